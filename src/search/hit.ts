import type { Sentence } from "../corpus/types.js";

export interface Hit {
  sentence: Sentence;
  /** Final ranking score. */
  score: number;
  /** Sum of the concepts' BM25 scores before re-ranking. */
  bm25: number;
  /** Share (0..1) of the question's IDF weight this sentence matches. */
  coverage: number;
  /** Index terms of the question that this sentence matched. */
  matchedTerms: string[];
  /**
   * Weight (0..1) of the heaviest name-like question word (a name, a country, a word everyday
   * English does not have) this sentence leaves unmatched; a neighbour's match counts in part.
   */
  missing: number;
  /** Weight (0..1) of the heaviest question word this sentence matches (a neighbour's match counts in part). */
  strongest: number;
  /** How far the sentence can be the kind of answer asked for (a date for "when"...): 1 fully, 0 not at all. */
  typeFit: number;
  /** Everyday-English rarity (0..1) of the rarest question word this sentence matches by no term at all. */
  unmatchedRarity: number;
  /** Share of the question's concepts this sentence matches by no term at all. */
  unmatchedShare: number;
}

/** A hit with the sentence's position in `corpus.sentences` (for `sentenceTerms`). */
export interface InternalHit extends Hit {
  ord: number;
}
