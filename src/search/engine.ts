import type { Corpus, Sentence } from "../corpus/types.js";
import { Analyzer, isEntityTerm } from "./analyzer.js";
import { ANSWER_TYPE_FLAG_BITS, type AnswerType, answerTypeFit } from "./answerType.js";
import type { Lexicon } from "./lexicon.js";
import { type Concept, type QueryPlan, QueryPlanner } from "./queryPlan.js";
import type { RankingParams } from "./rankingParams.js";
import { loadSentenceIndex, type SavedSearch, saveSentenceIndex } from "./savedSearch.js";
import { buildSentenceIndex, indexTerms, type QueryResults, type SentenceIndex } from "./sentenceIndex.js";
import { ALL_FEATURES, type Features } from "./features.js";
import type { Hit, InternalHit } from "./hit.js";
import { MaxHeap, Workspace } from "./workspace.js";

/**
 * The retrieval core: a MiniSearch index over the corpus sentences, queried with an analysed
 * question. Public surface: `SentenceSearch.build`/`load`/`toJSON`, `plan`,
 * `search`/`searchPlan`, `highlights`, what the answerer and suggester read of a sentence's
 * terms (`sentenceTerms`, `distinctTerms`, `occurrences`), and the `analyzer` it shares with
 * the quote finder.
 *
 * A question becomes *concepts* (one per content word or name), each a set of weighted index
 * terms: the word's stem, its thesaurus neighbours (weaker) or the entity term of a name.
 * MiniSearch scores every term with BM25+ (each term once, when the index is built: see
 * `TermScores`; a word no sentence has is asked of MiniSearch at query time). A concept scores
 * by its best term (so a sentence full of synonyms of one word cannot beat one that answers
 * every word), and the sum is re-ranked by how much of the question the sentence covers, by
 * the question's words standing side by side in it as they do in the question, and by the
 * kind of answer asked for.
 */

export type { AnswerType };
export { ALL_FEATURES, type Features } from "./features.js";
export type { Hit } from "./hit.js";
export type { SavedSearch } from "./savedSearch.js";
export type { Concept, QueryPlan } from "./queryPlan.js";

export class SentenceSearch {
  readonly analyzer: Analyzer;
  private readonly sentences: Sentence[];
  /** The sentences' index, read-only once built or loaded. */
  private readonly index: SentenceIndex;
  private workspace: Workspace | undefined;
  /** Each sentence's position in its article, by `ord` (made on the first query). */
  private positions: Uint32Array | undefined;
  /** `distinctTerms` of each sentence asked for so far, by `ord`. */
  private readonly distinctTermsOf: (readonly number[] | undefined)[] = [];
  /** Numbers for analysed terms when the index is not stemmed (see `distinctTerms`). */
  private comparisonIds: Map<string, number> | undefined;
  private planner: QueryPlanner;
  private readonly lexicon: Lexicon;
  /** Fitted ranking and refusal parameters (`ranking.json`). */
  private rankingParams: RankingParams;
  /** The index terms of the alias file's topic words ("treaty" → its stem). */
  private readonly topic: ReadonlySet<string>;

  private constructor(
    corpus: Corpus,
    lexicon: Lexicon,
    readonly features: Features,
    makeIndex: (analyzer: Analyzer) => SentenceIndex,
  ) {
    this.analyzer = new Analyzer({
      entities: features.aliases ? lexicon.entities : [],
      synonyms: features.thesaurus ? lexicon.synonyms : [],
    });
    this.sentences = corpus.sentences;
    this.lexicon = lexicon;
    this.rankingParams = lexicon.ranking;
    this.planner = this.plannerFor(lexicon.ranking);
    this.topic = new Set(lexicon.topic.flatMap((w) => this.indexTerms(w)));
    // Built after the topic words are analysed, as before the split (the analyzer's stem cache fills in that order).
    this.index = makeIndex(this.analyzer);
  }

  private plannerFor(params: RankingParams): QueryPlanner {
    return new QueryPlanner(
      this.analyzer,
      this.lexicon,
      params,
      this.features,
      (term) => this.index.termIds.has(term),
      (term) => term.length >= 5 && this.index.minisearch.search(term, { fuzzy: 2, prefix: false, processTerm: (t) => t, tokenize: (s) => [s] }).length > 0,
    );
  }

  /** Fitted ranking and refusal parameters (`ranking.json`). */
  get params(): RankingParams {
    return this.rankingParams;
  }

  /** Ranks with other parameters from now on: for the fitting script, which tries many on one index. */
  useParams(params: RankingParams): void {
    this.rankingParams = params;
    this.planner = this.plannerFor(params);
  }

  /** Builds the index over every sentence of the corpus, analysing each sentence once. */
  static build(corpus: Corpus, lexicon: Lexicon, features: Features = ALL_FEATURES): SentenceSearch {
    return new SentenceSearch(corpus, lexicon, features, (analyzer) => buildSentenceIndex(corpus.sentences, analyzer, features));
  }

  /** Restores an engine saved with `toJSON` over the same corpus, lexicon and features. */
  static load(corpus: Corpus, lexicon: Lexicon, saved: SavedSearch, features: Features = ALL_FEATURES): SentenceSearch {
    return new SentenceSearch(corpus, lexicon, features, () => loadSentenceIndex(saved, corpus.sentences.length, features));
  }

  toJSON(): SavedSearch {
    return saveSentenceIndex(this.index);
  }

  private indexTerms(text: string): string[] {
    return indexTerms(this.analyzer, this.features, text);
  }

  /**
   * The index terms of a sentence (stems and entity terms, as `analyzer.terms` gives them),
   * read from the index instead of analysing the text again.
   */
  sentenceTerms(hit: Hit): string[] {
    if (!this.features.stem) return this.analyzer.terms(hit.sentence.text);
    const ord = (hit as InternalHit).ord;
    const out: string[] = [];
    for (let i = this.index.termStarts[ord]!; i < this.index.termStarts[ord + 1]!; i++) out.push(this.index.vocabulary[this.index.terms[i]!]!);
    return out;
  }

  /**
   * How many times the sentences use each of `terms` (stems and entity terms, as
   * `analyzer.terms` gives them), counted from the index rather than by analysing every
   * sentence again.
   */
  occurrences(terms: Iterable<string>): Map<string, number> {
    const wanted = new Set(terms);
    const counts = new Map<string, number>();
    const count = (t: string) => wanted.has(t) && counts.set(t, (counts.get(t) ?? 0) + 1);
    if (this.features.stem) for (const id of this.index.terms) count(this.index.vocabulary[id]!);
    // Without stemming the index holds words as written, not these terms: analyse again.
    else for (const s of this.sentences) for (const t of this.analyzer.terms(s.text)) count(t);
    return counts;
  }

  /**
   * The distinct terms of a hit's sentence (those of `sentenceTerms`) as sorted numbers, so
   * that sentences compare by merging two arrays instead of hashing strings.
   */
  distinctTerms(hit: Hit): readonly number[] {
    if (this.features.stem) {
      // Kept per sentence once asked for (the index is read-only): at most one array per sentence.
      const ord = (hit as InternalHit).ord;
      const known = this.distinctTermsOf[ord];
      if (known) return known;
      const ids: number[] = [];
      for (let i = this.index.termStarts[ord]!; i < this.index.termStarts[ord + 1]!; i++) ids.push(this.index.terms[i]!);
      return (this.distinctTermsOf[ord] = sortedUnique(ids));
    }
    // Without stemming the index holds words as written; analysed terms get numbers of their own.
    const ids = (this.comparisonIds ??= new Map());
    return sortedUnique(this.sentenceTerms(hit).map((t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1)));
  }

  /** Analyses a question into concepts, the kind of answer it asks for and the speaker it asks about (see `queryPlan.ts`). */
  plan(question: string): QueryPlan {
    return this.planner.plan(question);
  }

  /** The best sentences for a question, best first. */
  search(question: string, limit = 10): Hit[] {
    return this.searchPlan(this.plan(question), limit);
  }

  /**
   * Scores every sentence that matches a term of the plan. Each concept takes, per sentence,
   * its best-scoring term; the concepts' sum is then re-ranked. The adjacency bonus (the only
   * costly factor) is computed best-first, and stops once no remaining sentence can reach the
   * top `limit` even with the largest bonus: the result is the same as ranking them all.
   * `only` (by sentence, in corpus order): the sentences that may be found, the rest left out
   * before anything is scored.
   */
  searchPlan(plan: QueryPlan, limit = 10, only?: Uint8Array): Hit[] {
    const nc = plan.concepts.length;
    const queryTerms = [...new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]))];
    const termIndex = new Map(queryTerms.map((t, i) => [t, i]));
    // Only a word as typed is looked up fuzzily ("renwed"); a neighbour the sentences lack matches nothing.
    const typed = new Set(plan.concepts.flatMap((c) => [...c.terms].filter(([, w]) => w === 1).map(([t]) => t)));
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
      return this.rank(plan, limit, { queryTerms, termIndex, results, ws, slots, nc });
    } finally {
      ws.release(slots);
    }
  }

  /** Scores and ranks the slots a query matched (see `searchPlan`). */
  private rank(plan: QueryPlan, limit: number, q: QueryState): Hit[] {
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
          const w = r.fuzzy?.[i] ? weight * this.params.fuzzyWeight : weight;
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
    const { weights: conceptWeights, total: coverageTotal } = this.conceptWeights(plan);
    const conceptTermIdx = plan.concepts.map((c) => [...c.terms.keys()].map((t) => termIndex.get(t)!));
    const bigrams = this.bigramIds(plan);
    const useProximity = this.features.proximity && plan.bigrams.length > 0;
    const { bigramBonus, maxProximity: proximityCap, coverageFloor } = this.params;
    const maxProximity = useProximity ? Math.min(proximityCap, 1 + bigramBonus * plan.bigrams.length) : 1;
    const wrongType = plan.answerType === "any" ? 1 : this.params.wrongType[plan.answerType];
    const fitOf = fitTable(plan.answerType);

    const { bm25, coverage, partial, typeFactor, final } = ws;
    const byCoverage = this.features.coverage;
    // A concept is covered by the weight of the best term matched for any concept among its own
    // terms. When no term serves two concepts, that is simply its own best term's weight.
    const termsShared = conceptTermIdx.flat().length > queryTerms.length;
    const matchedWeight = new Float64Array(queryTerms.length);
    for (let slot = 0; slot < slots; slot++) {
      const cells = slot * nc;
      let sum = 0;
      let got = 0;
      if (termsShared) matchedWeight.fill(0);
      for (let ci = 0; ci < nc; ci++) {
        const ti = best.term[cells + ci]!;
        if (ti === -1) continue;
        sum += best.score[cells + ci]!;
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
      final[slot] = partial[slot]! * (useProximity ? this.proximityFactor(docs[slot]!, bigrams) : 1) * typeFactor[slot]!;
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
      for (let ci = 0; ci < nc; ci++) {
        const ti = best.term[slot * nc + ci]!;
        if (ti !== -1) matched.add(queryTerms[ti]!);
        else {
          unmatched++;
          unmatchedRarity = Math.max(unmatchedRarity, plan.concepts[ci]!.rarity);
        }
        const got = ti === -1 ? 0 : best.weight[slot * nc + ci]!;
        // Only a name-like word decides by its absence (a person, a country, a word no English list has).
        if (plan.concepts[ci]!.english === 1) missing = Math.max(missing, conceptWeights[ci]! * (1 - got));
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
        unmatchedShare: nc === 0 ? 0 : unmatched / nc,
        ord: docs[slot]!,
      };
      return hit;
    });
  }

  /** Bigrams of the plan as pairs of term ids; a pair with a word no sentence has cannot match (-1). */
  private bigramIds(plan: QueryPlan): Bigrams {
    const n = plan.bigrams.length;
    const bigrams: Bigrams = { first: new Int32Array(n), second: new Int32Array(n), foundIn: new Int32Array(n).fill(-1), matchable: 0 };
    plan.bigrams.forEach((b, i) => {
      const [x, y] = b.split(" ") as [string, string];
      const a = this.index.termIds.get(x);
      const c = this.index.termIds.get(y);
      const known = a !== undefined && c !== undefined;
      bigrams.first[i] = known ? a : -1;
      bigrams.second[i] = known ? c : -1;
      if (known) bigrams.matchable++;
    });
    return bigrams;
  }

  /** Bonus for each pair of consecutive question words that stand side by side in the sentence. */
  private proximityFactor(doc: number, bigrams: Bigrams): number {
    const { first, second, foundIn } = bigrams;
    const n = first.length;
    let found = 0;
    let left = bigrams.matchable;
    if (left > 0) {
      const { terms, entityIds } = this.index;
      // One pass over the sentence's words for all the pairs (names are not words of the adjacency check).
      let prev = -1;
      for (let i = this.index.termStarts[doc]!, to = this.index.termStarts[doc + 1]!; i < to; i++) {
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
    return Math.min(this.params.maxProximity, 1 + this.params.bigramBonus * found);
  }

  /**
   * What each concept weighs in a sentence's coverage of the question, from 0 to 1: a share
   * (`corpusShare`) of its own term's IDF in the articles, against the largest IDF there, and
   * the rest of its rarity in everyday English. A word the articles never use weighs by its
   * English rarity alone: "basically" nothing, "Medvedev" fully, so that everyday words cannot
   * sink an answerable question and a decisive word that nothing matches refuses it.
   */
  private conceptWeights(plan: QueryPlan): { weights: number[]; total: number } {
    const maxIdf = Math.log(1 + (this.sentences.length - 0.5) / 1.5);
    const share = this.features.englishWeights ? this.params.weight.corpusShare : 1;
    let total = 0;
    const weights = plan.concepts.map((c) => {
      const own = [...c.terms].filter(([, w]) => w === 1).map(([t]) => this.index.idf(t));
      const seen = own.filter((x): x is number => x !== undefined);
      // Without English weights, a word no article uses weighs as much as half the rarest one (the old rule).
      const corpus = seen.length ? Math.max(...seen) / maxIdf : this.features.englishWeights ? undefined : own.length ? 0.5 : 0;
      const weight = corpus === undefined ? c.english : share * corpus + (1 - share) * c.english;
      total += weight;
      return weight;
    });
    return { weights, total };
  }

  /**
   * For each sentence (in corpus order), whether it is on the bot's subject: it names someone or
   * something of the alias file, or uses one of its topic words. Read from the index, not the text.
   */
  onSubject(): Uint8Array {
    const out = new Uint8Array(this.sentences.length);
    for (let ord = 0; ord < out.length; ord++) {
      for (let i = this.index.termStarts[ord]!; i < this.index.termStarts[ord + 1]!; i++) {
        const id = this.index.terms[i]!;
        if (this.index.entityIds[id] || this.topic.has(this.index.vocabulary[id]!)) {
          out[ord] = 1;
          break;
        }
      }
    }
    return out;
  }

  /** Whether a text (an article's title) names the bot's subject: someone or something of the alias file, or a topic word. */
  namesSubjectIn(text: string): boolean {
    return this.indexTerms(text).some((t) => this.isSubjectTerm(t));
  }

  /** Whether a question is made only of the bot's subject: every concept a name of the alias file or a topic word. */
  onlySubject(plan: QueryPlan): boolean {
    return plan.concepts.length > 0 && plan.concepts.every((c) => this.conceptNamesSubject(c));
  }

  /** Whether a question names the bot's subject: someone or something of the alias file, or a topic word, as typed. */
  namesSubject(plan: QueryPlan): boolean {
    return plan.concepts.some((c) => this.conceptNamesSubject(c));
  }

  /** Whether a concept's own word (not a neighbour's) is a name of the alias file or a topic word. */
  private conceptNamesSubject(c: Concept): boolean {
    for (const [t, w] of c.terms) if (w === 1 && this.isSubjectTerm(t)) return true;
    return false;
  }

  private isSubjectTerm(term: string): boolean {
    return isEntityTerm(term) || this.topic.has(term);
  }

  /**
   * Character ranges of a hit's text whose terms the question asked for (to show in bold).
   * Read from the index (each term's place in its sentence was kept when the index was built),
   * as analysing the sentence again would find them, without stemming a word.
   */
  highlights(hit: Hit, plan: QueryPlan): [number, number][] {
    if (!this.features.stem) return this.highlightsByAnalysis(hit, plan);
    const wanted = this.wantedTermIds(plan);
    const ord = (hit as InternalHit).ord;
    const from = this.index.termStarts[ord]!;
    const to = this.index.termStarts[ord + 1]!;
    const ranges: [number, number][] = [];
    // Terms in text order, a name before the words it spans: ranges that overlap merge.
    for (let i = from; i < to; i++) {
      if (!wanted.has(this.index.terms[i]!)) continue;
      const start = this.index.termSpans[2 * i]!;
      const end = this.index.termSpans[2 * i + 1]!;
      const last = ranges.at(-1);
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    return ranges;
  }

  /** The index term ids of a plan's concepts (once per plan: an answer highlights several passages with it). */
  private wantedTermIds(plan: QueryPlan): Set<number> {
    let ids = this.wantedIds.get(plan);
    if (!ids) {
      ids = new Set();
      for (const c of plan.concepts) for (const t of c.terms.keys()) if (this.index.termIds.has(t)) ids.add(this.index.termIds.get(t)!);
      this.wantedIds.set(plan, ids);
    }
    return ids;
  }

  private readonly wantedIds = new WeakMap<QueryPlan, Set<number>>();

  /** `highlights` for an index of words as written (no stemming): the sentence analysed again. */
  private highlightsByAnalysis(hit: Hit, plan: QueryPlan): [number, number][] {
    const text = hit.sentence.text;
    const wanted = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
    // Looking for names is the costly part of analysis: skip it when the sentence has none the question wants.
    const namesWanted = this.sentenceTerms(hit).some((t) => isEntityTerm(t) && wanted.has(t));
    const ranges: [number, number][] = [];
    for (const t of this.analyzer.tokens(text, namesWanted ? undefined : [])) {
      if (!t.terms.some((term) => wanted.has(term))) continue;
      const last = ranges.at(-1);
      if (last && t.start < last[1]) last[1] = Math.max(last[1], t.end);
      else ranges.push([t.start, t.end]);
    }
    return ranges;
  }
}

/** `answerTypeFit(type, flags)` for every value of the flags, looked up per candidate instead of worked out. */
const fitTables = new Map<AnswerType, Float64Array>();
function fitTable(type: AnswerType): Float64Array {
  let table = fitTables.get(type);
  if (!table) fitTables.set(type, (table = Float64Array.from({ length: 1 << ANSWER_TYPE_FLAG_BITS }, (_, flags) => answerTypeFit(type, flags))));
  return table;
}

/** `ids` sorted, without repeats (sorts in place). Plain arrays: a small typed array per sentence would cost the GC more. */
function sortedUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[n - 1]) ids[n++] = ids[i]!;
  ids.length = n;
  return ids;
}

/** A plan's bigrams as term ids (`first[i]` then `second[i]`; -1 for a pair that cannot match), with the sentence each was last found in. */
interface Bigrams {
  first: Int32Array;
  second: Int32Array;
  foundIn: Int32Array;
  /** How many pairs can match at all. */
  matchable: number;
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
