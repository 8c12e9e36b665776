import type { Concept, QueryPlan } from "../search/queryPlan.js";
import { isEntityTerm } from "../search/analyzer.js";
import { englishCount, totalEnglishCount } from "../search/wordFrequency.js";

/**
 * How much a question is about what the articles are about: for each of its words, how many
 * times more often the subject's articles use it than everyday English does (SUBTLEX), as a
 * log ratio; the question's topicality is that of its most topical word.
 *
 * Why: a question off the subject ("best pizza toppings? go", "anyone up for a party tonight")
 * still shares a word or two with the articles, and coverage alone cannot tell "party" (common in
 * everyday English, in the articles only as the Workers' Party) from "treaty", "pact" or
 * "Pyongyang", which the articles use thousands of times more often than people do in chat.
 * Counted on the subject's articles only, so that texts beside them on other subjects (the
 * Brown corpus of the benchmarks) do not make everyday words look topical.
 */
export class Topicality {
  /** Per question word and its index term, the log ratio (remembered). */
  private readonly byTerm = new Map<string, number>();
  /** How many of the subject's sentences use a term, and how many there are (counted on the first question, not at start-up). */
  private counts: { inSubject: (term: string) => number; sentences: number } | undefined;

  constructor(
    /** Sentences (in corpus order) of the subject's articles: 1 for those. */
    private readonly subject: () => Uint8Array,
    /** Counts, for the sentences marked, of the sentences using each term. */
    private readonly sentenceCounts: (only: Uint8Array) => (term: string) => number,
  ) {}

  /** Counts now what `of` otherwise counts on the first question. */
  prepare(): void {
    this.counts ??= this.count();
  }

  /** The question's most topical word's log ratio over MAX_LOG_RATIO, 0..1 (0 for a question with no word the articles use). */
  of(plan: QueryPlan): number {
    let best = 0;
    for (const c of plan.concepts) best = Math.max(best, this.ofConcept(c));
    return best / MAX_LOG_RATIO;
  }

  private ofConcept(c: Concept): number {
    const own = [...c.terms].find(([, w]) => w === 1)?.[0];
    if (!own || !c.known) return 0;
    // By word and term: the ratio reads the word as typed ("according" and "accord" share a term,
    // not an English count), so a term alone would keep whichever word came first.
    const key = `${c.surface.toLowerCase()} ${own}`;
    let ratio = this.byTerm.get(key);
    if (ratio === undefined) {
      const { inSubject, sentences } = (this.counts ??= this.count());
      const n = inSubject(own);
      ratio = n === 0 ? 0 : this.logRatio(n / sentences, c.surface, own);
      if (this.byTerm.size < REMEMBERED) this.byTerm.set(key, ratio);
    }
    return ratio;
  }

  private count(): { inSubject: (term: string) => number; sentences: number } {
    const mask = this.subject();
    let sentences = 0;
    for (const x of mask) sentences += x;
    return { inSubject: this.sentenceCounts(mask), sentences: Math.max(1, sentences) };
  }

  /**
   * The share of subject sentences using the word against its everyday-English frequency. The
   * word counts in English as the commoner of itself and its stem ("toppings" as "top", the stem
   * it shares with the articles' "top envoy"); a name of the alias file (an entity term) as itself.
   */
  private logRatio(share: number, surface: string, term: string): number {
    const word = surface.toLowerCase();
    const count = Math.max(englishCount(word), isEntityTerm(term) ? 0 : englishCount(term));
    const english = (count + 1) / totalEnglishCount();
    return Math.min(MAX_LOG_RATIO, Math.max(0, Math.log(share / english)));
  }
}

/** Word and term pairs remembered; past this many, new ones are worked out and not kept (members' words cannot grow it without limit). */
const REMEMBERED = 10_000;

/** The top of the scale: a word the subject's sentences use a million times as often as everyday English (names of the alias file reach it). */
const MAX_LOG_RATIO = Math.log(1e6);
