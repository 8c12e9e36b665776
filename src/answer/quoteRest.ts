import type { Span } from "./spans.js";

/**
 * The rest of a quotation the member starts and asks to be finished: "finish the quote: “the
 * comradely trust and militant friendship between the DPRK and China...”", "strategic decision
 * made with foresight by ... and ... what? whats the rest", "whats the end of the ri son gwon quote,
 * '...which would get us nowhere'". The answer is what the sentence says after the member's last
 * words, up to the end of the quotation (its closing mark) or of the sentence.
 */

/** A quotation's rest asked: "finish the quote", "complete this quote", "whats the rest (of ...)", "the end of the ... quote", "how does the quote go on". */
export const QUOTE_REST_ASKED = /\b(?:finish|complete|continue)(?: the| this| that| his| her)? (?:quote|quotation|line|sentence)\b|\b(?:what(?:'s|’s|s| is)? the )?(?:rest|end) of (?:the |that |this |his |her |[a-z]+['’]?s )?(?:[a-z'’-]+ ){0,3}(?:quote|quotation|line|sentence)\b|\bwhat(?:'s|’s|s| is)? the rest\b|\bhow does (?:the |that |this )?(?:quote|line) (?:end|go on|continue)\b/;

const REQUEST_WORDS = new RegExp(QUOTE_REST_ASKED.source, "g");

/** The fewest of the member's last words that must stand together in the sentence, so that a common phrase ("and the") is no match. */
const MIN_WORDS = 3;
/** The most of them looked for: a member may misquote the start of a long quotation. */
const MAX_WORDS = 6;

/** The member's words of the quotation: the question less the request's own words, quotation marks and ellipses. */
function quotedWords(question: string): string[] {
  const words = question
    .toLowerCase()
    .replace(REQUEST_WORDS, " ")
    .replace(/\b(?:(?:what(?:'s|’s|s| is)?|wat)(?: the)?|pls|please|exactly|the rest|of it|of that)\b|\.{2,}|…/g, " ")
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);
  return words ?? [];
}

/** Where the member's last words end in `text` (the index of the word after them), if the sentence has them together. */
function afterQuotedWords(question: string, text: string): { words: { start: number }[]; after: number } | undefined {
  const asked = quotedWords(question);
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index! }));
  for (let n = Math.min(MAX_WORDS, asked.length); n >= MIN_WORDS; n--) {
    const tail = asked.slice(-n);
    for (let i = 0; i + n <= words.length; i++) if (tail.every((w, k) => words[i + k]!.word === w)) return { words, after: i + n };
  }
  return undefined;
}

/** Whether `text` has the member's last words of the quotation together (whatever follows them). */
export function quotesTheWords(question: string, text: string): boolean {
  return afterQuotedWords(question, text) !== undefined;
}

/** The rest of the quotation in `text` after the member's last words, if the sentence has them together. */
export function quoteRestIn(question: string, text: string): Span | undefined {
  const found = afterQuotedWords(question, text);
  const from = found?.words[found.after]?.start;
  if (from === undefined) return undefined;
  // Up to the quotation's closing mark, else the sentence's end; without the punctuation before either.
  const close = text.slice(from).search(/[”"]|$/);
  const rest = text.slice(from, from + close).replace(/[\s,;:.!?’'-]+$/u, "");
  return rest ? { start: from, end: from + rest.length } : undefined;
}
