import { type Analyzer, isEntityTerm } from "./analyzer.js";
import type { QueryPlan } from "./queryPlan.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/** Character ranges of a sentence whose terms the question asked for (to show in bold). */
export type Ranges = [number, number][];

/**
 * Highlights read from the index: each term's place in its sentence was kept when the index
 * was built, so this finds what analysing the sentence again would, without stemming a word.
 */
export class Highlighter {
  /** `wantedTermIds` per plan: an answer highlights several passages with one plan. */
  private readonly wantedIds = new WeakMap<QueryPlan, Set<number>>();

  constructor(private readonly index: SentenceIndex) {}

  /** The highlights of sentence `ord`. */
  inSentence(ord: number, plan: QueryPlan): Ranges {
    const { termStarts, terms, termSpans } = this.index;
    const wanted = this.wantedTermIds(plan);
    const from = termStarts[ord]!;
    const to = termStarts[ord + 1]!;
    const ranges: Ranges = [];
    // Terms in text order, a name before the words it spans: ranges that overlap merge.
    for (let i = from; i < to; i++) {
      if (!wanted.has(terms[i]!)) continue;
      const start = termSpans[2 * i]!;
      const end = termSpans[2 * i + 1]!;
      const last = ranges.at(-1);
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    return ranges;
  }

  /** The index term ids of a plan's concepts. */
  private wantedTermIds(plan: QueryPlan): Set<number> {
    const { termIds } = this.index;
    let ids = this.wantedIds.get(plan);
    if (!ids) {
      ids = new Set();
      for (const c of plan.concepts) for (const t of c.terms.keys()) if (termIds.has(t)) ids.add(termIds.get(t)!);
      this.wantedIds.set(plan, ids);
    }
    return ids;
  }
}

/**
 * Highlights for an index of words as written (no stemming), which kept no analysed terms'
 * places: the sentence is analysed again. `sentenceTerms`: the sentence's index terms.
 */
export function highlightsByAnalysis(analyzer: Analyzer, text: string, sentenceTerms: readonly string[], plan: QueryPlan): Ranges {
  const wanted = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
  // Looking for names is the costly part of analysis: skip it when the sentence has none the question wants.
  const namesWanted = sentenceTerms.some((t) => isEntityTerm(t) && wanted.has(t));
  const ranges: Ranges = [];
  for (const t of analyzer.tokens(text, namesWanted ? undefined : [])) {
    if (!t.terms.some((term) => wanted.has(term))) continue;
    const last = ranges.at(-1);
    if (last && t.start < last[1]) last[1] = Math.max(last[1], t.end);
    else ranges.push([t.start, t.end]);
  }
  return ranges;
}
