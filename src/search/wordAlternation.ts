/**
 * Many words and phrases looked for as whole words in a member's question: the lexicon's
 * filler, shorthand, everyday phrases and demonyms (hundreds each). As one regular expression
 * (`still on|still in effect|…`) every alternative is tried at every position of the text; here
 * the alternatives are grouped by their first word, so at each word of the text only those that
 * begin with it are tried. The matches are exactly the single expression's: at each position the
 * first alternative of the list that matches, leftmost first, never overlapping.
 *
 * A word is a run of letters, digits and apostrophes; the words of a phrase may be typed with any
 * spaces or hyphens between them ("still-on"); case is ignored.
 */

const WORD_CHAR = String.raw`[\p{L}\p{N}']`;
/** Where an alternative may begin: a whole word, or one other visible character ("&", "+"). */
const START = new RegExp(String.raw`(?<!${WORD_CHAR})(?:${WORD_CHAR}+|[^\p{L}\p{N}'\s])`, "gu");
const LEADING_WORD = new RegExp(String.raw`^${WORD_CHAR}+`, "u");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface WordMatch {
  /** Where the match starts in the text, and what it covers as typed. */
  index: number;
  text: string;
}

export class WordAlternation {
  /** The alternatives of each first word (lower case), longest first, as one sticky expression. */
  private readonly byFirstWord = new Map<string, RegExp>();
  /** The whole alternation as one expression's source (for patterns built around it). */
  readonly source: string;

  /** `items`: words and phrases (words separated by spaces); the longer of two that start alike wins. */
  private constructor(items: readonly string[]) {
    const sorted = [...new Set(items)].sort((a, b) => b.length - a.length).map((p) => p.trim());
    const sourceOf = (p: string) => p.split(/\s+/).map(escape).join("[\\s-]+");
    const end = `(?!${WORD_CHAR})`;
    this.source = `(?<!${WORD_CHAR})(?:${sorted.map(sourceOf).join("|")})${end}`;
    const groups = new Map<string, string[]>();
    for (const p of sorted) {
      const first = (LEADING_WORD.exec(p)?.[0] ?? p[0]!).toLowerCase();
      groups.set(first, [...(groups.get(first) ?? []), sourceOf(p)]);
    }
    for (const [first, sources] of groups) this.byFirstWord.set(first, new RegExp(`(?:${sources.join("|")})${end}`, "iuy"));
  }

  static of(items: readonly string[]): WordAlternation | undefined {
    return items.length === 0 ? undefined : new WordAlternation(items);
  }

  /** Every match in `text`, left to right. */
  matchAll(text: string): WordMatch[] {
    const out: WordMatch[] = [];
    const starts = new RegExp(START.source, START.flags);
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      const group = this.byFirstWord.get(m[0].toLowerCase());
      if (!group) continue;
      group.lastIndex = m.index;
      const found = group.exec(text);
      if (!found) continue;
      out.push({ index: m.index, text: found[0] });
      // An alternative ends before a character that cannot start a word of its own: go on from there.
      starts.lastIndex = m.index + found[0].length;
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
}
