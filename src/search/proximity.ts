import type { QueryPlan } from "./queryPlan.js";
import type { RankingParams } from "./rankingParams.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/**
 * The proximity factor of ranking: consecutive question words ("hostile forces") that stand
 * side by side in a sentence count more. Ranking computes it best-first and only for the
 * candidates that could still reach the top, as it is the one costly factor.
 */

/** A plan's bigrams as term ids (`first[i]` then `second[i]`; -1 for a pair that cannot match), with the sentence each was last found in. */
export interface Bigrams {
  first: Int32Array;
  second: Int32Array;
  foundIn: Int32Array;
  /** How many pairs can match at all. */
  matchable: number;
}

/** Bigrams of the plan as pairs of term ids; a pair with a word no sentence has cannot match (-1). */
export function bigramIds(index: SentenceIndex, plan: QueryPlan): Bigrams {
  const n = plan.bigrams.length;
  const bigrams: Bigrams = { first: new Int32Array(n), second: new Int32Array(n), foundIn: new Int32Array(n).fill(-1), matchable: 0 };
  plan.bigrams.forEach((b, i) => {
    const [x, y] = b.split(" ") as [string, string];
    const a = index.termIds.get(x);
    const c = index.termIds.get(y);
    const known = a !== undefined && c !== undefined;
    bigrams.first[i] = known ? a : -1;
    bigrams.second[i] = known ? c : -1;
    if (known) bigrams.matchable++;
  });
  return bigrams;
}

/** Bonus for each pair of consecutive question words that stand side by side in the sentence. */
export function proximityFactor(index: SentenceIndex, doc: number, bigrams: Bigrams, params: RankingParams): number {
  const { first, second, foundIn } = bigrams;
  const n = first.length;
  let found = 0;
  let left = bigrams.matchable;
  if (left > 0) {
    const { terms, entityIds } = index;
    // One pass over the sentence's words for all the pairs (names are not words of the adjacency check).
    let prev = -1;
    for (let i = index.termStarts[doc]!, to = index.termStarts[doc + 1]!; i < to; i++) {
      const id = terms[i]!;
      if (entityIds[id]) continue;
      for (let b = 0; b < n; b++) {
        // `foundIn[b] === doc`: this pair was found in this sentence already (a query looks at each sentence once).
        if (first[b] === prev && second[b] === id && foundIn[b] !== doc) {
          foundIn[b] = doc;
          found++;
          left--;
        }
      }
      if (left === 0) break;
      prev = id;
    }
  }
  return Math.min(params.maxProximity, 1 + params.bigramBonus * found);
}
