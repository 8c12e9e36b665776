import { cleanBody } from "../corpus/clean.js";

/**
 * Finds direct quotations in text: the exact characters between a pair of quote marks, with
 * offsets, so a quote can always be shown and checked verbatim.
 *
 * - Curly (“ ”), straight (") and guillemet (« ») double quotes, paired whatever their style:
 *   scraped articles mix them (`“...precious time," Ri said`). A straight mark opens after a
 *   space or an opening bracket and closes after anything else.
 * - Single quotes (‘ ’ and ') only at the top level: a ' between letters is an apostrophe
 *   (China's), and one after a word ending in s followed by a space may be a plural
 *   possessive, so a single quote closes only before a non-letter.
 * - Quotation marks inside a double quote belong to the quoted text.
 * - A quote never crosses a line, except by the newspaper convention for a quote of several
 *   paragraphs: no closing mark at the end of the paragraph, an opening mark at the start of
 *   the next. Each paragraph is then a quote of its own.
 */
export interface QuoteSpan {
  /** Offsets of the opening mark and just after the closing mark (the line end when unclosed). */
  open: number;
  close: number;
  /** Offsets of the quoted text (between the marks), trimmed of surrounding white space. */
  start: number;
  end: number;
}

const DOUBLE_OPEN = new Set(["“", "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const SINGLE_OPEN = new Set(["‘"]);
const SINGLE_CLOSE = new Set(["’"]);
const STRAIGHT_DOUBLE = '"';
const STRAIGHT_SINGLE = "'";
const OPENS_AFTER = /[\s([{\-–—/:]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const isOpeningMark = (ch: string | undefined) => ch !== undefined && (DOUBLE_OPEN.has(ch) || SINGLE_OPEN.has(ch) || ch === STRAIGHT_DOUBLE || ch === STRAIGHT_SINGLE);

interface LineScan {
  spans: QuoteSpan[];
  /** Offset of a double quote opened on the line and never closed. */
  unclosed?: number;
}

/** Quotations on one line (`text.slice(from, to)`), offsets into `text`. */
function scanLine(text: string, from: number, to: number): LineScan {
  const spans: QuoteSpan[] = [];
  let open: { at: number; single: boolean } | undefined;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const afterSpace = prev === undefined || OPENS_AFTER.test(prev);
    const beforeText = next !== undefined && !/\s/.test(next);
    if (!open) {
      if (DOUBLE_OPEN.has(ch) || (ch === STRAIGHT_DOUBLE && afterSpace && beforeText)) open = { at: i, single: false };
      else if ((SINGLE_OPEN.has(ch) || ch === STRAIGHT_SINGLE) && afterSpace && next !== undefined && WORD_CHAR.test(next)) open = { at: i, single: true };
      continue;
    }
    const closes = open.single
      ? (SINGLE_CLOSE.has(ch) || ch === STRAIGHT_SINGLE) && prev !== undefined && !/\s/.test(prev) && (next === undefined || !WORD_CHAR.test(next))
      : (DOUBLE_CLOSE.has(ch) || ch === STRAIGHT_DOUBLE) && prev !== undefined && !/\s/.test(prev);
    if (closes) {
      pushSpan(spans, text, open.at, i + 1);
      open = undefined;
    }
  }
  return { spans, unclosed: open && !open.single ? open.at : undefined };
}

function pushSpan(spans: QuoteSpan[], text: string, open: number, close: number, closed = true): void {
  let start = open + 1;
  let end = closed ? close - 1 : close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ open, close, start, end });
}

/**
 * Quotations in the given lines of `text` (offsets into `text`; each line `[start, end)`).
 * Lines must be in order.
 */
export function findQuotations(text: string, lines: readonly { start: number; end: number }[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  lines.forEach((line, i) => {
    const scan = scanLine(text, line.start, line.end);
    spans.push(...scan.spans);
    const nextLine = lines[i + 1];
    const nextStart = nextLine ? text.slice(nextLine.start, nextLine.end).trimStart()[0] : undefined;
    // A paragraph of a multi-paragraph quote: open at the line end, reopened on the next line.
    if (scan.unclosed !== undefined && isOpeningMark(nextStart)) pushSpan(spans, text, scan.unclosed, line.end, false);
  });
  return spans;
}

/** Quotations in the article text of `body` (page boilerplate removed by the corpus cleaner). */
export function findArticleQuotations(body: string): QuoteSpan[] {
  return findQuotations(body, cleanBody(body).kept);
}

/** Quotations in free text such as a chat message: every line is searched. */
export function findTextQuotations(text: string): QuoteSpan[] {
  const lines: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (let m; (m = re.exec(text)); ) lines.push({ start: m.index, end: m.index + m[0].length });
  return findQuotations(text, lines);
}

/** Most pieces of one message checked at once (a reply must fit one Discord message). */
export const MAX_PIECES = 5;

/**
 * The words of a chat message to check: each quotation in it of at least two words, or,
 * when it quotes nothing, its whole text (Discord block-quote markers removed).
 */
export function piecesToCheck(message: string): string[] {
  const twoWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2;
  const quoted = findTextQuotations(message)
    .map((q) => message.slice(q.start, q.end))
    .filter(twoWords);
  if (quoted.length) return quoted.slice(0, MAX_PIECES);
  const whole = message.replace(/^\s*>>?>?\s?/gm, "").replace(/\s+/g, " ").trim();
  return twoWords(whole) ? [whole] : [];
}
