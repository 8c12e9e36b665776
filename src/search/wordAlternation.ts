/**
 * Many words and phrases looked for as whole words in a member's question: the lexicon's
 * filler, shorthand, everyday phrases and demonyms (hundreds each). As one regular expression
 * (`still on|still in effect|…`) every alternative is tried at every position of the text, and
 * V8 runs such an expression (Unicode classes, case folding, a look-behind) slowly; here the
 * alternatives are grouped by their first word, so at each word of the text only those that
 * begin with it are compared, as plain strings. The matches are the single expression's (`source`):
 * at each position the first alternative of the list that matches, leftmost first, never
 * overlapping.
 *
 * A word is a run of letters, digits and apostrophes; the words of a phrase may be typed with any
 * spaces or hyphens between them ("still-on"); case is ignored.
 */

const WORD_CHAR = String.raw`[\p{L}\p{N}']`;
const IS_WORD_CHAR = /^[\p{L}\p{N}']$/u;
const IS_SPACE = /^\s$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface WordMatch {
  /** Where the match starts in the text, and what it covers as typed. */
  index: number;
  text: string;
}

export class WordAlternation {
  /** The alternatives (each as its lower-case words) by their first word, longest first. */
  private readonly byFirstWord = new Map<string, string[][]>();
  /** The whole alternation as one expression's source (for patterns built around it). */
  readonly source: string;
  private expression: RegExp | undefined;

  /** `items`: words and phrases (words separated by spaces); the longer of two that start alike wins. */
  private constructor(items: readonly string[]) {
    const sorted = [...new Set(items)].sort((a, b) => b.length - a.length).map((p) => p.trim());
    this.source = `(?<!${WORD_CHAR})(?:${sorted.map((p) => p.split(/\s+/).map(escape).join("[\\s-]+")).join("|")})(?!${WORD_CHAR})`;
    for (const p of sorted) {
      const words = p.toLowerCase().split(/\s+/);
      const first = leadingWord(words[0]!);
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), words]);
    }
  }

  static of(items: readonly string[]): WordAlternation | undefined {
    return items.length === 0 ? undefined : new WordAlternation(items);
  }

  /** Every match in `text`, left to right. */
  matchAll(text: string): WordMatch[] {
    const lower = text.toLowerCase();
    // Lower case that changes a length ("İ") would shift every index: the single expression decides.
    if (lower.length !== text.length) return [...text.matchAll((this.expression ??= new RegExp(this.source, "giu")))].map((m) => ({ index: m.index, text: m[0] }));
    const out: WordMatch[] = [];
    let i = 0;
    while (i < lower.length) {
      const width = charWidth(lower, i);
      // An alternative begins only where no word character stands before it.
      if (wordCharBefore(lower, i) || isSpace(lower, i)) {
        i += width;
        continue;
      }
      let end = i + width;
      if (isWordChar(lower, i)) while (end < lower.length && isWordChar(lower, end)) end += charWidth(lower, end);
      const matched = this.matchAt(lower, i, lower.slice(i, end));
      if (matched > i) {
        out.push({ index: i, text: text.slice(i, matched) });
        i = matched;
      } else i = end;
    }
    return out;
  }

  /** `text` with every match replaced by `by(match, index)`. */
  replace(text: string, by: (match: string, index: number) => string): string {
    let out = "";
    let at = 0;
    for (const { index, text: match } of this.matchAll(text)) {
      out += text.slice(at, index) + by(match, index);
      at = index + match.length;
    }
    return out + text.slice(at);
  }

  /** Where the first alternative starting with `first` that matches at `start` ends, or -1. */
  private matchAt(lower: string, start: number, first: string): number {
    for (const words of this.byFirstWord.get(first) ?? []) {
      let at = start;
      for (let w = 0; w < words.length && at >= 0; w++) {
        if (w > 0) {
          // One or more spaces or hyphens between words.
          const from = at;
          while (at < lower.length && (lower[at] === "-" || isSpace(lower, at))) at += charWidth(lower, at);
          if (at === from) at = -1;
        }
        if (at >= 0) at = lower.startsWith(words[w]!, at) ? at + words[w]!.length : -1;
      }
      if (at >= 0 && !(at < lower.length && isWordChar(lower, at))) return at;
    }
    return -1;
  }
}

/** The word an alternative's first word begins with, as a text's word is cut ("u.s" → "u"); else its first character ("&"). */
function leadingWord(word: string): string {
  let end = 0;
  while (end < word.length && isWordChar(word, end)) end += charWidth(word, end);
  return end > 0 ? word.slice(0, end) : word.slice(0, charWidth(word, 0));
}

function charWidth(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** Letters, digits and the apostrophe (ASCII without a regular expression: almost every character of a question). */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return IS_WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

function wordCharBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const low = s.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWordChar(s, at);
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return IS_SPACE.test(String.fromCodePoint(s.codePointAt(i)!));
}
