import { type Analyzer, entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { SAYING, SPEAKING } from "./saying.js";
import { only, type Span } from "./spans.js";

/**
 * What the rules of `direct.ts` for every kind of short fact share: what the question asks in
 * words (read once per sentence), and how one answer is chosen of several a sentence holds.
 */

/** Numbers offered to choose from: "1961 or 1962", "every 20 years or every 10", "10 yrs vs 20". */
const OFFERED = /\b\d{1,4}s?(?:\s+(?:years?|yrs?|times?))?\s*(?:or|vs\.?|\/)\s*(?:every\s+|the\s+|maybe\s+)?\d{1,4}s?\b/gi;

/** A short-fact question and one sentence that may answer it, as every kind's rule reads them. */
export interface FactContext {
  plan: QueryPlan;
  text: string;
  analyzer: Analyzer;
  /** The question in lower case, without a guess after it. */
  asked: string;
  /** The question's words, space-padded, without numbers offered. */
  askedWords: string;
  /** Whether the span of `text` is not a word or phrase of the question. */
  notAsked: (s: Span) => boolean;
}

/** What `plan` asks, made once for the sentence `text` (see `spanOf`). */
export function factContext(plan: QueryPlan, text: string, analyzer: Analyzer): FactContext {
  // A guess after the question is not asked: "what year was it signed, 1961?" is answered "1961" all the same,
  // and "where will they meet? someone said apec, i said g20" asks no saying.
  const asked = plan.normalised.slice(0, plan.guessFrom).toLowerCase();
  // As a whole word: "US" is not asked by "who led the push".
  // Nor are numbers offered to choose from: "every 20 years or every 10" is answered "20 years".
  const askedWords = ` ${asked.replace(OFFERED, " ").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const notAsked = (s: Span) => !askedWords.includes(` ${text.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
  return { plan, text, analyzer, asked, askedWords, notAsked };
}

/** Keeps the longest of overlapping spans ("July 11, 1961" over "July" and "1961"). */
export function longestFirst(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Span[] = [];
  for (const s of sorted) if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** How many times nearer to the question's words one answer must stand than the next to be taken. */
const NEARER = 1.5;

/**
 * The answer of a sentence that tells of what the question asks (some word of it beside its
 * names: "when was xi born" is not answered by "Xi's visit ... on June 21, 2019"), and of several
 * there, the one that stands by the question's words and names ("what day did they exchange
 * messages": "on Sunday while exchanging messages", not "signed ... on July 11, 1961"): the
 * nearest, when NEARER times nearer than any other.
 */
export function nearestAsked(spans: Span[], plan: QueryPlan, text: string, analyzer: Analyzer, { before = false } = {}): Span | undefined {
  if (spans.length === 0) return undefined;
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => !isEntityTerm(t))));
  const named = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => isEntityTerm(t))));
  // The question's words and the names it asks about ("Kurt Campbell said Tuesday at an online Asia Society event"), as [start, end].
  // A sentence with none of the question's words but its names tells of something else about them ("when was xi born": not "Xi ... on Sunday").
  // (A year or decade asked counts: "the 50s or the 60s" is asked by the "1961" it holds.)
  // "what day did wang speak": "said" (a stop word, no term) tells the speaking asked.
  const speaks = plan.concepts.some((c) => SPEAKING.test(c.surface));
  const own = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => asked.has(analyzer.stemWord(m[0].toLowerCase()) ?? "") || (speaks && SAYING.test(m[0].toLowerCase()))).map((m): [number, number] => [m.index, m.index + m[0].length]);
  // (A question of names alone, "when did xi and kim meet", leaves nothing to check.)
  if (!own.length) return asked.size === 0 ? only(spans) : undefined;
  if (spans.length === 1) return spans[0];
  const words = [...own, ...analyzer.entities(text).filter((e) => named.has(entityTerm(e.entity.name))).map((e): [number, number] => [e.start, e.end])];
  // Characters between the word and the span: "signed between the two countries on July 11, 1961".
  // With `before`, only from the words before it: a venue follows what happened there ("will meet at the G20 summit").
  const distance = (s: Span) => Math.min(...words.filter(([start, end]) => end <= s.start || (!before && start >= s.end)).map(([start, end]) => (start < s.start ? s.start - end : start - s.end)));
  const ranked = spans.map((s) => ({ s, d: distance(s) })).sort((a, b) => a.d - b.d);
  return ranked[0]!.d * NEARER <= ranked[1]!.d ? ranked[0]!.s : undefined;
}
