import { diffArrays } from "diff";
import { STOP_WORDS } from "../search/analyzer.js";

/**
 * Checking posted words against the articles. Both sides are compared as word sequences,
 * normalised so that only the words count: case, accents, curly or straight quotes and
 * apostrophes, hyphens, punctuation and white space are ignored ("Kim Jong-un" = "kim jong
 * un"). What is shown is always the original text of each side.
 *
 * - exact: every posted word, in order, is a run of words of the article;
 * - close: a fitting alignment (the posted words against the best-matching stretch of the
 *   article) aligns at least `CLOSE.minSimilarity` of the words (Dice: 2·aligned / (posted +
 *   stretch)), and the posted words' own content words mostly appear in it. A quote with two
 *   words swapped out of ten aligns 0.8; `npm run quotes -- --calibrate
 *   tests/quotes/invented-quotes.json` shows how the threshold separates two-word misquotes
 *   of every quote from invented quotes;
 * - not_found: anything else.
 */
export const CLOSE = {
  /**
   * Dice similarity of the aligned words at or above which a near match is "close": two words
   * in three the same, in order. Two changed words stay close in any quote of six words or
   * more (the shortest misquote of the calibration scores 0.71); the invented quotes score
   * at most 0.56.
   */
  minSimilarity: 2 / 3,
  /** Share of the posted content words (not stop words) that must be in the matched stretch. */
  minContentShared: 0.5,
  /** Fewer posted words than this can only be exact (two words out of three is not a near match). */
  minWords: 4,
};

export interface Token {
  /** Normalised word. */
  w: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function normaliseWord(w: string): string {
  // Most words are plain ASCII, which decomposes to itself and has no marks or curly apostrophes.
  if (ASCII.test(w)) return w.toLowerCase();
  return w.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Index of the first run of `hay` equal to `needle`, or -1. */
export function findRun(hay: readonly Token[], needle: readonly Token[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j]!.w !== needle[j]!.w) continue outer;
    return i;
  }
  return -1;
}

/** One piece of the word-by-word comparison: words both share, or words only one side has. */
export interface DiffPart {
  kind: "same" | "posted" | "article";
  text: string;
}

export interface Alignment {
  /** Token range of the article text that the posted words align with. */
  from: number;
  to: number;
  similarity: number;
  contentShared: number;
  parts: DiffPart[];
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * Fitting alignment: all of `posted` against the best-scoring stretch of `article` (free
 * start and end in the article), so a misquoted part of a long quote is compared with that
 * part only. O(posted × article); both are sentences, so a few thousand cells.
 */
function fit(posted: readonly Token[], article: readonly Token[]): { from: number; to: number } {
  const n = posted.length;
  const m = article.length;
  const score: Int32Array[] = [];
  const from: Int32Array[] = [];
  for (let i = 0; i <= n; i++) {
    score.push(new Int32Array(m + 1));
    from.push(new Int32Array(m + 1));
  }
  for (let j = 0; j <= m; j++) from[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    score[i]![0] = i * GAP;
    from[i]![0] = 0;
    for (let j = 1; j <= m; j++) {
      const diag = score[i - 1]![j - 1]! + (posted[i - 1]!.w === article[j - 1]!.w ? MATCH : MISMATCH);
      const up = score[i - 1]![j]! + GAP;
      const left = score[i]![j - 1]! + GAP;
      if (diag >= up && diag >= left) {
        score[i]![j] = diag;
        from[i]![j] = from[i - 1]![j - 1]!;
      } else if (up >= left) {
        score[i]![j] = up;
        from[i]![j] = from[i - 1]![j]!;
      } else {
        score[i]![j] = left;
        from[i]![j] = from[i]![j - 1]!;
      }
    }
  }
  let best = 0;
  for (let j = 1; j <= m; j++) if (score[n]![j]! > score[n]![best]!) best = j;
  return { from: from[n]![best]!, to: best };
}

/** Aligns posted words with the best stretch of an article text and marks the differences. */
export function align(postedText: string, posted: readonly Token[], articleText: string, article: readonly Token[]): Alignment {
  const { from, to } = fit(posted, article);
  const window = article.slice(from, to);
  const changes = diffArrays(
    posted.map((t) => t.w),
    window.map((t) => t.w),
  );
  const parts: DiffPart[] = [];
  let p = 0;
  let a = 0;
  let same = 0;
  for (const c of changes) {
    const k = c.count ?? c.value.length;
    if (c.added) {
      parts.push({ kind: "article", text: slice(articleText, window, a, a + k) });
      a += k;
    } else if (c.removed) {
      parts.push({ kind: "posted", text: slice(postedText, posted, p, p + k) });
      p += k;
    } else {
      parts.push({ kind: "same", text: slice(articleText, window, a, a + k) });
      same += k;
      a += k;
      p += k;
    }
  }
  const windowWords = new Set(window.map((t) => t.w));
  const content = posted.filter((t) => !STOP_WORDS.has(t.w));
  const contentShared = content.length ? content.filter((t) => windowWords.has(t.w)).length / content.length : 0;
  const similarity = posted.length + window.length ? (2 * same) / (posted.length + window.length) : 0;
  return { from, to, similarity, contentShared, parts };
}

export const isClose = (a: Alignment, postedWords: number) =>
  postedWords >= CLOSE.minWords && a.similarity >= CLOSE.minSimilarity && a.contentShared >= CLOSE.minContentShared;

/** The original text of tokens [i, j), with the spaces and punctuation between them. */
function slice(text: string, tokens: readonly Token[], i: number, j: number): string {
  if (j <= i) return "";
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/\s+/g, " ");
}

/** Posted-versus-article pairs of what changed, for terminal and JSON output. */
export function changesOf(parts: readonly DiffPart[]): { posted: string; article: string }[] {
  const out: { posted: string; article: string }[] = [];
  let current: { posted: string; article: string } | undefined;
  for (const part of parts) {
    if (part.kind === "same") {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { posted: "", article: "" };
      out.push(current);
    }
    current[part.kind] = current[part.kind] ? `${current[part.kind]} ${part.text}` : part.text;
  }
  return out;
}
