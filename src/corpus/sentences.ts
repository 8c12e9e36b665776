import type { TextLine } from "./clean.js";
import type { Sentence } from "./types.js";

/**
 * Sentence segmentation with ICU's sentence rules (`Intl.Segmenter`), which already end a
 * sentence after a closing quote (`stage.” The`) and after a year (`1949. The`), plus ICU's
 * abbreviation suppressions. ICU ships those suppressions (locale key `ss=standard`), but V8
 * does not expose them, so `Intl.Segmenter` alone splits "U.S. State Department", "Mr. Smith"
 * and "John Q. Public". `ABBREVIATIONS` is the English part of that list; a break right after
 * one of them, or after a single initial, is not a sentence end.
 *
 * A line is always a boundary too: headlines and sub-heads carry no final stop.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations after which a sentence does not end when a capital follows (after ICU's en suppressions). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Jr", "Sr", "St", "Prof", "Rev", "Hon", "Gen", "Col", "Lt", "Maj", "Capt", "Cmdr",
    "Sgt", "Adm", "Gov", "Sen", "Rep", "Pres", "Amb", "Supt", "Messrs", "Mt", "Ft", "Ave", "Blvd", "No", "Nos", "Vol",
    "Fig", "Ph", "Co", "Corp", "Inc", "Ltd", "Bros", "vs", "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec",
  ].map((a) => a.toLowerCase()),
);

/** "U.S.", "U.N.", "D.C.": dotted initialisms; "Q.": a single initial. */
const INITIALISM = /(?:^|[^\p{L}.])(?:\p{L}\.){2,}$|(?:^|[^\p{L}.])\p{Lu}\.$/u;
const LAST_WORD = /(?:^|[^\p{L}.])(\p{L}+)\.$/u;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;

export interface Span {
  start: number;
  end: number;
}

/** True when a segment ending in `before` should continue into the next one. */
export function isFalseBreak(before: string, after: string): boolean {
  const tail = before.trimEnd();
  if (INITIALISM.test(tail)) return true;
  const word = LAST_WORD.exec(tail)?.[1];
  if (word && ABBREVIATIONS.has(word.toLowerCase())) return true;
  // ICU breaks after "etc." even before a lower-case word; a sentence never starts lower case.
  return /\.$/.test(tail) && STARTS_LOWER_OR_DIGIT.test(after);
}

/** Sentence spans (offsets into `body`) of one line. */
export function splitLine(body: string, line: TextLine): Span[] {
  const spans: Span[] = [];
  let pendingStart: number | undefined;
  const segments = [...segmenter.segment(line.text)];
  segments.forEach((seg, i) => {
    const start = pendingStart ?? seg.index;
    const next = segments[i + 1]?.segment.trimStart();
    if (next !== undefined && isFalseBreak(seg.segment, next)) {
      pendingStart = start;
      return;
    }
    pendingStart = undefined;
    const span = trimSpan(body, line.start + start, line.start + seg.index + seg.segment.length);
    if (span.end > span.start) spans.push(span);
  });
  return spans;
}

/** Splits the kept lines of one article into sentences with verbatim offsets. */
export function toSentences(articleId: string, body: string, lines: TextLine[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines) {
    for (const { start, end } of splitLine(body, line)) {
      const position = out.length;
      out.push({ id: `${articleId}:${position}`, articleId, position, start, end, text: foldSpace(body.slice(start, end)) });
    }
  }
  return out;
}

const SPACE = /[\s\u00A0\u2007\u202F\u200B\uFEFF]/;

function trimSpan(body: string, start: number, end: number): Span {
  while (start < end && SPACE.test(body[start]!)) start++;
  while (end > start && SPACE.test(body[end - 1]!)) end--;
  return { start, end };
}

/** Display form: every run of white space (non-breaking included) becomes one space. */
export function foldSpace(s: string): string {
  return s.replace(/[\s\u00A0\u2007\u202F]+/g, " ").replace(/[\u200B\uFEFF]/g, "").trim();
}
