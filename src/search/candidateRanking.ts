import type { Sentence } from "../corpus/types.js";
import { ANSWER_TYPE_FLAG_BITS, type AnswerType, answerTypeFit } from "./answerType.js";
import { isGuessedPerson, weighConcepts } from "./conceptWeights.js";
import type { Features } from "./features.js";
import type { Hit, InternalHit } from "./hit.js";
import { bigramIds, proximityFactor } from "./proximity.js";
import { decidesByAbsence, type QueryPlan } from "./queryPlan.js";
import type { RankingParams } from "./rankingParams.js";
import type { QueryResults, SentenceIndex } from "./sentenceIndex.js";
import { MaxHeap, Workspace } from "./workspace.js";

/**
 * Scoring and ranking of the sentences a question's terms match (`SentenceSearch.searchPlan`).
 * A concept scores by its best term in a sentence; the sum is re-ranked by coverage of the
 * question, proximity and the kind of answer asked for. Keeps the query workspace from one
 * query to the next (queries run one at a time).
 */
export class CandidateRanker {
  private workspace: Workspace | undefined;
  /** Each sentence's position in its article, by `ord` (made on the first query). */
  private positions: Uint32Array | undefined;

  constructor(
    private readonly index: SentenceIndex,
    private readonly sentences: readonly Sentence[],
    private readonly features: Features,
  ) {}

  /**
   * Scores every sentence that matches a term of the plan. Each concept takes, per sentence,
   * its best-scoring term; the concepts' sum is then re-ranked. The adjacency bonus (the only
   * costly factor) is computed best-first, and stops once no remaining sentence can reach the
   * top `limit` even with the largest bonus: the result is the same as ranking them all.
   * `only` (by sentence, in corpus order): the sentences that may be found, the rest left out
   * before anything is scored.
   */
  search(plan: QueryPlan, params: RankingParams, limit: number, only?: Uint8Array): Hit[] {
    const nc = plan.concepts.length;
    const queryTerms = [...new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]))];
    const termIndex = new Map(queryTerms.map((t, i) => [t, i]));
    // Only a word as typed is looked up fuzzily ("renwed"); a neighbour the sentences lack matches nothing.
    const typed = new Set(plan.concepts.flatMap((c) => (c.asTyped ? [] : [...c.terms].filter(([, w]) => w === 1).map(([t]) => t))));
    const results = queryTerms.map((term) => this.index.termResults(term, typed.has(term)));
    const ws = (this.workspace ??= new Workspace(this.sentences.length));
    // Slots in order of first match, concept by concept (which fixes the order of equal scores).
    let slots = 0;
    for (const concept of plan.concepts) {
      for (const term of concept.terms.keys()) {
        const { docs } = results[termIndex.get(term)!]!;
        if (only) for (let i = 0; i < docs.length; i++) only[docs[i]!] && (slots = ws.assign(docs[i]!, slots));
        else for (let i = 0; i < docs.length; i++) slots = ws.assign(docs[i]!, slots);
      }
    }
    try {
      return this.rank(plan, params, limit, { queryTerms, termIndex, results, ws, slots, nc });
    } finally {
      ws.release(slots);
    }
  }

  /** Scores and ranks the slots a query matched (see `search`). */
  private rank(plan: QueryPlan, params: RankingParams, limit: number, q: QueryState): Hit[] {
    const { queryTerms, termIndex, results, ws, slots, nc } = q;
    const { docs, slotOf } = ws;
    // Each concept's best term in each sentence.
    const best = ws.best(slots * nc);
    plan.concepts.forEach((concept, ci) => {
      for (const [term, weight] of concept.terms) {
        const ti = termIndex.get(term)!;
        const r = results[ti]!;
        for (let i = 0; i < r.docs.length; i++) {
          const slot = slotOf[r.docs[i]!]!;
          if (slot === -1) continue; // a sentence `only` leaves out
          // A match on another word than the one asked (fuzzy) counts for less.
          const w = r.fuzzy?.[i] ? weight * params.fuzzyWeight : weight;
          const k = slot * nc + ci;
          const score = w * r.scores[i]!;
          if (best.term[k] === -1 || score > best.score[k]!) {
            best.score[k] = score;
            best.term[k] = ti;
            best.weight[k] = w;
          }
        }
      }
    });

    // What each concept weighs in the coverage, and the proximity bigrams as term id pairs.
    const { weights: conceptWeights, total: coverageTotal } = weighConcepts(this.index, plan, this.features, params);
    const conceptTermIdx = plan.concepts.map((c) => [...c.terms.keys()].map((t) => termIndex.get(t)!));
    const bigrams = bigramIds(this.index, plan);
    const useProximity = this.features.proximity && plan.bigrams.length > 0;
    const { bigramBonus, maxProximity: proximityCap, coverageFloor } = params;
    const maxProximity = useProximity ? Math.min(proximityCap, 1 + bigramBonus * plan.bigrams.length) : 1;
    const wrongType = plan.answerType === "any" ? 1 : params.wrongType[plan.answerType];
    const fitOf = fitTable(plan.answerType);

    const { bm25, coverage, partial, typeFactor, final } = ws;
    const byCoverage = this.features.coverage;
    // A concept is covered by the weight of the best term matched for any concept among its own
    // terms. When no term serves two concepts, that is simply its own best term's weight.
    const termsShared = conceptTermIdx.flat().length > queryTerms.length;
    const matchedWeight = new Float64Array(queryTerms.length);
    // A person guessed counts in the sum no more than in the coverage (see `isGuessedPerson`).
    const scoreShare = Float64Array.from(plan.concepts, (c) => (isGuessedPerson(c, plan) ? 0 : 1));
    for (let slot = 0; slot < slots; slot++) {
      const cells = slot * nc;
      let sum = 0;
      let got = 0;
      if (termsShared) matchedWeight.fill(0);
      for (let ci = 0; ci < nc; ci++) {
        const ti = best.term[cells + ci]!;
        if (ti === -1) continue;
        sum += best.score[cells + ci]! * scoreShare[ci]!;
        if (termsShared) matchedWeight[ti] = Math.max(matchedWeight[ti]!, best.weight[cells + ci]!);
        else got += conceptWeights[ci]! * best.weight[cells + ci]!;
      }
      if (termsShared) {
        for (let ci = 0; ci < nc; ci++) {
          let top = 0;
          for (const ti of conceptTermIdx[ci]!) top = Math.max(top, matchedWeight[ti]!);
          got += conceptWeights[ci]! * top;
        }
      }
      const cov = coverageTotal === 0 ? 0 : got / coverageTotal;
      const fit = fitOf[this.index.flags[docs[slot]!]!]!;
      bm25[slot] = sum;
      coverage[slot] = cov;
      partial[slot] = byCoverage ? sum * (coverageFloor + cov) : sum;
      typeFactor[slot] = fit + (1 - fit) * wrongType;
      ws.heapKeys[slot] = partial[slot]! * typeFactor[slot]!;
    }

    // Best-first by the highest score each candidate could reach; `top` keeps the `limit` best
    // (by final score, then earlier in its article, then first matched). Only the proximity
    // factor is costly, and it is computed only for candidates that could still enter the top:
    // the result is the same as ranking them all.
    const heap = new MaxHeap(ws.heap, ws.heapKeys, slots);
    const positions = (this.positions ??= Uint32Array.from(this.sentences, (s) => s.position));
    const position = (slot: number) => positions[docs[slot]!]!;
    const before = (a: number, b: number) => final[a]! > final[b]! || (final[a] === final[b] && (position(a) < position(b) || (position(a) === position(b) && a < b)));
    const top: number[] = [];
    for (let slot = heap.pop(); slot !== undefined; slot = heap.pop()) {
      const bound = ws.heapKeys[slot]! * maxProximity * (1 + 1e-9);
      if (top.length >= limit && bound < final[top[top.length - 1]!]!) break;
      final[slot] = partial[slot]! * (useProximity ? proximityFactor(this.index, docs[slot]!, bigrams, params) : 1) * typeFactor[slot]!;
      let i = top.length;
      top.push(slot);
      while (i > 0 && before(slot, top[i - 1]!)) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = slot;
      if (top.length > limit) top.pop();
    }
    return top.map((slot) => {
      const matched = new Set<string>();
      let missing = 0;
      let strongest = 0;
      let unmatchedRarity = 0;
      let unmatched = 0;
      let asked = 0;
      for (let ci = 0; ci < nc; ci++) {
        const ti = best.term[slot * nc + ci]!;
        // (The asker's context, "my history prof mentioned it in passing", is no word of the question a sentence leaves out.)
        const context = plan.concepts[ci]!.context === true;
        if (!context) asked++;
        if (ti !== -1) matched.add(queryTerms[ti]!);
        else if (!context) {
          unmatched++;
          unmatchedRarity = Math.max(unmatchedRarity, plan.concepts[ci]!.rarity);
        }
        const got = ti === -1 ? 0 : best.weight[slot * nc + ci]!;
        // Only a name-like word decides by its absence (a person, a country, a word no English list has).
        if (decidesByAbsence(plan.concepts[ci]!)) missing = Math.max(missing, conceptWeights[ci]! * (1 - got));
        strongest = Math.max(strongest, conceptWeights[ci]! * got);
      }
      const hit: InternalHit = {
        sentence: this.sentences[docs[slot]!]!,
        score: final[slot]!,
        bm25: bm25[slot]!,
        coverage: coverage[slot]!,
        matchedTerms: [...matched],
        missing,
        strongest,
        typeFit: answerTypeFit(plan.answerType, this.index.flags[docs[slot]!]!),
        unmatchedRarity,
        unmatchedShare: asked === 0 ? 0 : unmatched / asked,
        ord: docs[slot]!,
      };
      return hit;
    });
  }
}

/** `answerTypeFit(type, flags)` for every value of the flags, looked up per candidate instead of worked out. */
const fitTables = new Map<AnswerType, Float64Array>();
function fitTable(type: AnswerType): Float64Array {
  let table = fitTables.get(type);
  if (!table) fitTables.set(type, (table = Float64Array.from({ length: 1 << ANSWER_TYPE_FLAG_BITS }, (_, flags) => answerTypeFit(type, flags))));
  return table;
}

/** What `searchPlan` hands to `rank`: the query's terms, their results, and the slots they matched. */
interface QueryState {
  queryTerms: string[];
  termIndex: Map<string, number>;
  results: QueryResults[];
  ws: Workspace;
  slots: number;
  nc: number;
}
