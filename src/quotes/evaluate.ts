import { readFileSync } from "node:fs";
import { z } from "zod";
import { STOP_WORDS } from "../search/analyzer.js";
import type { QuoteIndex } from "./index.js";
import { CLOSE, tokenize } from "./verify.js";

/**
 * Measures extraction and attribution against a hand-checked list of every quotation of the
 * articles (`tests/quotes/gold-quotes.json`), and shows how the "close" threshold separates
 * misquotes from invented quotes. Behind `npm run quotes -- --eval` and `--calibrate`.
 */
export const GoldFileSchema = z
  .object({
    about: z.string().optional(),
    quotes: z.array(
      z
        .object({
          article: z.string().min(1),
          /** The quoted words exactly as between the marks in the article. */
          quote: z.string().min(1),
          /** Canonical person, or null when the article does not say who (or names no person). */
          speaker: z.string().min(1).nullable(),
          note: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFileSchema>;

export const readGold = (file: string): GoldFile => GoldFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));

export interface SpeakerScore {
  speaker: string;
  /** Quotes of this speaker in the hand-checked list. */
  gold: number;
  /** Quotes the index attributes to this speaker. */
  found: number;
  /** Of those, attributed rightly. */
  correct: number;
  precision: number | null;
  recall: number | null;
}

export interface Evaluation {
  speakers: SpeakerScore[];
  /** Every attributed quote together (micro average). */
  overall: { gold: number; found: number; correct: number; precision: number | null; recall: number | null };
  /** Quotations found at all (any speaker). */
  extraction: { gold: number; found: number; matched: number };
  /** Hand-checked quotes left without a speaker that the index also leaves without one. */
  unattributed: { gold: number; keptUnknown: number };
  /** What went wrong, one line each. */
  errors: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export function evaluateQuotes(index: QuoteIndex, gold: GoldFile): Evaluation {
  const key = (article: string, text: string) => `${article}\u0000${text}`;
  const goldByKey = new Map(gold.quotes.map((g) => [key(g.article, g.quote), g]));
  const foundKeys = new Set(index.quotes.map((q) => key(q.articleId, q.text)));
  const errors: string[] = [];

  for (const g of gold.quotes) if (!foundKeys.has(key(g.article, g.quote))) errors.push(`missed quote in ${g.article}: “${g.quote}”`);
  for (const q of index.quotes) {
    const g = goldByKey.get(key(q.articleId, q.text));
    if (!g) errors.push(`not in the hand-checked list, ${q.articleId}: “${q.text}”`);
    else if ((q.speaker ?? null) !== g.speaker) errors.push(`“${q.text}” (${q.articleId}): attributed to ${q.speaker ?? "nobody"}, should be ${g.speaker ?? "nobody"}`);
  }

  const names = [...new Set([...gold.quotes.flatMap((g) => g.speaker ?? []), ...index.quotes.flatMap((q) => q.speaker ?? [])])].sort();
  const speakers = names.map((speaker) => {
    const goldN = gold.quotes.filter((g) => g.speaker === speaker).length;
    const found = index.quotes.filter((q) => q.speaker === speaker);
    const correct = found.filter((q) => goldByKey.get(key(q.articleId, q.text))?.speaker === speaker).length;
    return { speaker, gold: goldN, found: found.length, correct, precision: ratio(correct, found.length), recall: ratio(correct, goldN) };
  });
  const sum = (f: (s: SpeakerScore) => number) => speakers.reduce((n, s) => n + f(s), 0);
  const unknownGold = gold.quotes.filter((g) => g.speaker === null);
  const keptUnknown = unknownGold.filter((g) => index.quotes.some((q) => q.articleId === g.article && q.text === g.quote && !q.speaker)).length;
  return {
    speakers,
    overall: {
      gold: sum((s) => s.gold),
      found: sum((s) => s.found),
      correct: sum((s) => s.correct),
      precision: ratio(sum((s) => s.correct), sum((s) => s.found)),
      recall: ratio(sum((s) => s.correct), sum((s) => s.gold)),
    },
    extraction: { gold: gold.quotes.length, found: index.quotes.length, matched: gold.quotes.filter((g) => foundKeys.has(key(g.article, g.quote))).length },
    unattributed: { gold: unknownGold.length, keptUnknown },
    errors,
  };
}

export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number | null) => (x === null ? "  n/a" : `${(x * 100).toFixed(1).padStart(5)}%`);
  const rows = e.speakers.map((s) => `${s.speaker.padEnd(14)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.correct).padStart(7)}  ${pct(s.precision)}  ${pct(s.recall)}`);
  const o = e.overall;
  return [
    `quotations: ${e.extraction.matched}/${e.extraction.gold} hand-checked found, ${e.extraction.found} extracted`,
    `left without a speaker as they should be: ${e.unattributed.keptUnknown}/${e.unattributed.gold}`,
    "",
    "speaker        gold found correct  precision  recall",
    ...rows,
    `${"all".padEnd(14)} ${String(o.gold).padStart(4)} ${String(o.found).padStart(5)} ${String(o.correct).padStart(7)}  ${pct(o.precision)}  ${pct(o.recall)}`,
    "",
    e.errors.length ? `errors:\n${e.errors.map((x) => `  ${x}`).join("\n")}` : "errors: none",
  ].join("\n");
}

/** Stand-ins for two changed words: plausible in a leader's statement, absent from these quotes. */
const SWAPS = ["eternal", "unshakable"];

/**
 * Two-word misquotes of every attributed quote of at least six words (the 2nd and the
 * second-to-last content words replaced) and the invented quotes, with the similarity each
 * gets and the verdict: the threshold must put the first "close" and the second "not_found".
 */
export function calibrate(index: QuoteIndex, invented: readonly string[]) {
  const misquotes = index.quotes
    .filter((q) => q.speaker && tokenize(q.text).length >= 6)
    .map((q) => {
      const tokens = tokenize(q.text);
      const content = tokens.filter((t) => !STOP_WORDS.has(t.w));
      const targets = [content[1], content[content.length - 2]].filter((t, i, all) => t && all.indexOf(t) === i);
      let text = q.text;
      // Replace from the end so earlier offsets stay valid.
      for (const [i, t] of [...targets.entries()].reverse()) text = text.slice(0, t!.start) + SWAPS[i] + text.slice(t!.end);
      const v = index.verify(text);
      return { text, words: tokens.length, verdict: v.verdict, similarity: v.similarity ?? (v.verdict === "exact" ? 1 : 0) };
    });
  const inventedResults = invented.map((text) => {
    const v = index.verify(text);
    return { text, verdict: v.verdict, similarity: bestSimilarity(index, text) };
  });
  return { threshold: CLOSE.minSimilarity, misquotes, invented: inventedResults };
}

/** The similarity of the nearest article words, whether or not it reaches the threshold. */
function bestSimilarity(index: QuoteIndex, text: string): number {
  return index.nearest(text)?.similarity ?? 0;
}
