import MiniSearch from "minisearch";
import type { Corpus, Sentence } from "../corpus/types.js";
import { Analyzer, isEntityTerm } from "./analyzer.js";
import { type AnswerType, answerTypeFit, answerTypeFlags, answerTypeOf } from "./answerType.js";
import type { Lexicon } from "./lexicon.js";

/**
 * The retrieval core: a MiniSearch index over the corpus sentences, queried with an analysed
 * question. Public surface: `SentenceSearch.build`, `plan`, `search`/`searchPlan`,
 * `highlights`, and the `analyzer` it shares with the quote finder.
 *
 * A question becomes *concepts* (one per content word or name), each a set of weighted index
 * terms: the word's stem, its thesaurus neighbours (weaker) or the entity term of a name.
 * MiniSearch scores every term with BM25+; a concept scores by its best term (so a sentence
 * full of synonyms of one word cannot beat one that answers every word), and the sum is
 * re-ranked by how much of the question the sentence covers, by the question's words standing
 * side by side in it as they do in the question, and by the kind of answer asked for.
 */

export interface Features {
  /** Porter2 stemming and stop words (off: every word as it is). */
  stem: boolean;
  /** Names in any variant become one entity term. */
  aliases: boolean;
  /** Thesaurus neighbours join the query at reduced weight. */
  thesaurus: boolean;
  /** A word the index does not know matches index terms one edit away ("renwed"). */
  fuzzy: boolean;
  /** "when" wants dates, "who" people, "how many" numbers, "what did X say" reported speech. */
  answerType: boolean;
  /** Rank by IDF-weighted coverage of the question as well as BM25. */
  coverage: boolean;
  /** Words adjacent in the question and in the sentence ("hostile forces", "Wang Wenbin") count more. */
  proximity: boolean;
  /** A sentence opening with "He"/"She" is also found by the person named just before it. */
  pronouns: boolean;
}

export const ALL_FEATURES: Features = {
  stem: true,
  aliases: true,
  thesaurus: true,
  fuzzy: true,
  answerType: true,
  coverage: true,
  proximity: true,
  pronouns: true,
};

export type { AnswerType };

export interface Concept {
  /** The question's word or name as typed. */
  surface: string;
  /** Index terms with their weights: the concept's own term at 1, neighbours lower. */
  terms: Map<string, number>;
}

export interface QueryPlan {
  question: string;
  concepts: Concept[];
  /** Stems of consecutive content words of the question, for the proximity bonus. */
  bigrams: string[];
  answerType: AnswerType;
}

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
}

/** What MiniSearch indexes per sentence: its analysed terms, and those of its pronoun context, space-separated. */
interface IndexedSentence {
  ord: number;
  text: string;
  /** Entity names a leading pronoun stands for (from the sentence before), as terms. */
  context: string;
}

/**
 * Everything the engine derives from the corpus, in a form `JSON.stringify` keeps: MiniSearch's
 * own `toJSON`, plus per-sentence term sequences (ids into `vocabulary`), document frequencies
 * and answer-type flags. `SentenceSearch.load` restores an engine from it without analysing
 * a single sentence.
 */
export interface SavedSearch {
  minisearch: unknown;
  vocabulary: string[];
  /** Base64 of little-endian Uint32Arrays / a Uint8Array. */
  termStarts: string;
  terms: string;
  docFreq: string;
  flags: string;
}

const SYNONYM_WEIGHT = 0.6;
/** A fuzzy match ("renwed" for "renewed") counts for less than the word itself. */
const FUZZY_WEIGHT = 0.7;
/** Weight of the pronoun-context field against the sentence's own words. */
const CONTEXT_BOOST = 0.5;
const BIGRAM_BONUS = 0.2;
const MAX_PROXIMITY_FACTOR = 1.6;
/** Score factor for a sentence that lacks what the question asks for (a date for "when"...). */
const WRONG_TYPE_FACTOR: Record<AnswerType, number> = { time: 0.3, number: 0.3, person: 0.75, statement: 0.75, any: 1 };

const LEADING_PRONOUN = /^(?:[“"‘']\s*)?(he|she|his|her)\b/i;

export class SentenceSearch {
  readonly analyzer: Analyzer;
  private readonly sentences: Sentence[];
  private index!: MiniSearch<IndexedSentence>;
  /** Term ↔ id for the terms of every sentence. */
  private vocabulary: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** Sentence `ord`'s terms in text order are `terms[termStarts[ord]..termStarts[ord + 1]]`. */
  private termStarts = new Uint32Array(1);
  private terms = new Uint32Array(0);
  /** Number of sentences containing each term id. */
  private docFreq = new Uint32Array(0);
  /** `answerTypeFlags` of each sentence. */
  private flags = new Uint8Array(0);
  /** Term ids that are entity terms (skipped by the adjacency check). */
  private entityIds = new Uint8Array(0);

  private constructor(
    corpus: Corpus,
    lexicon: Lexicon,
    readonly features: Features,
  ) {
    this.analyzer = new Analyzer({
      entities: features.aliases ? lexicon.entities : [],
      synonyms: features.thesaurus ? lexicon.synonyms : [],
    });
    this.sentences = corpus.sentences;
  }

  private miniSearchOptions() {
    return {
      fields: ["text", "context"],
      idField: "ord",
      // Sentences arrive analysed (terms joined by spaces), so MiniSearch only splits them.
      tokenize: (text: string) => (text === "" ? [] : text.split(" ")),
      processTerm: (term: string) => term,
      searchOptions: { boost: { text: 1, context: CONTEXT_BOOST } },
    };
  }

  /** Builds the index over every sentence of the corpus, analysing each sentence once. */
  static build(corpus: Corpus, lexicon: Lexicon, features: Features = ALL_FEATURES): SentenceSearch {
    const engine = new SentenceSearch(corpus, lexicon, features);
    engine.addAll();
    return engine;
  }

  /** Restores an engine saved with `toJSON` over the same corpus, lexicon and features. */
  static load(corpus: Corpus, lexicon: Lexicon, saved: SavedSearch, features: Features = ALL_FEATURES): SentenceSearch {
    const engine = new SentenceSearch(corpus, lexicon, features);
    engine.index = MiniSearch.loadJS(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], engine.miniSearchOptions());
    engine.vocabulary = saved.vocabulary;
    engine.vocabulary.forEach((t, id) => engine.termIds.set(t, id));
    engine.termStarts = fromBase64(saved.termStarts, Uint32Array);
    engine.terms = fromBase64(saved.terms, Uint32Array);
    engine.docFreq = fromBase64(saved.docFreq, Uint32Array);
    engine.flags = fromBase64(saved.flags, Uint8Array);
    engine.markEntityIds();
    if (engine.termStarts.length !== corpus.sentences.length + 1) throw new Error("saved index does not match the corpus");
    return engine;
  }

  toJSON(): SavedSearch {
    return {
      minisearch: this.index.toJSON(),
      vocabulary: this.vocabulary,
      termStarts: toBase64(this.termStarts),
      terms: toBase64(this.terms),
      docFreq: toBase64(this.docFreq),
      flags: toBase64(this.flags),
    };
  }

  private addAll(): void {
    const n = this.sentences.length;
    const starts = new Uint32Array(n + 1);
    const ids: number[] = [];
    const flags = new Uint8Array(n);
    const docs: IndexedSentence[] = new Array(n);
    let prevPeople: string[] = [];
    for (let ord = 0; ord < n; ord++) {
      const s = this.sentences[ord]!;
      const entities = this.analyzer.entities(s.text);
      const terms = this.features.stem
        ? this.analyzer.tokens(s.text, entities).flatMap((t) => t.terms)
        : [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
      starts[ord] = ids.length;
      for (const t of terms) ids.push(this.idOf(t));
      flags[ord] = answerTypeFlags(s.text, entities);
      // "He added that ...": the people named in the sentence before find this sentence too.
      const prev = this.sentences[ord - 1];
      const context =
        this.features.pronouns && prev?.articleId === s.articleId && LEADING_PRONOUN.test(s.text) ? prevPeople.join(", ") : "";
      docs[ord] = { ord, text: terms.join(" "), context: context && this.indexTerms(context).join(" ") };
      prevPeople = entities.filter((e) => e.entity.kind === "person").map((e) => e.entity.variants[0]!);
    }
    starts[n] = ids.length;
    this.termStarts = starts;
    this.terms = Uint32Array.from(ids);
    this.flags = flags;
    this.docFreq = new Uint32Array(this.vocabulary.length);
    const lastSeen = new Int32Array(this.vocabulary.length).fill(-1);
    for (let ord = 0; ord < n; ord++) {
      for (let i = starts[ord]!; i < starts[ord + 1]!; i++) {
        const id = this.terms[i]!;
        if (lastSeen[id] !== ord) {
          lastSeen[id] = ord;
          this.docFreq[id]!++;
        }
      }
    }
    this.markEntityIds();
    this.index = new MiniSearch<IndexedSentence>(this.miniSearchOptions());
    this.index.addAll(docs);
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  private markEntityIds(): void {
    this.entityIds = Uint8Array.from(this.vocabulary, (t) => (isEntityTerm(t) ? 1 : 0));
  }

  private indexTerms(text: string): string[] {
    if (this.features.stem) return this.analyzer.terms(text);
    return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
  }

  /**
   * The index terms of a sentence (stems and entity terms, as `analyzer.terms` gives them),
   * read from the index instead of analysing the text again.
   */
  sentenceTerms(hit: Hit): string[] {
    if (!this.features.stem) return this.analyzer.terms(hit.sentence.text);
    const ord = (hit as InternalHit).ord;
    const out: string[] = [];
    for (let i = this.termStarts[ord]!; i < this.termStarts[ord + 1]!; i++) out.push(this.vocabulary[this.terms[i]!]!);
    return out;
  }

  /** Analyses a question into concepts and the kind of answer it asks for. */
  plan(question: string): QueryPlan {
    const concepts: Concept[] = [];
    const tokens = this.features.stem
      ? this.analyzer.tokens(question)
      : [...question.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, terms: [m[0].toLowerCase()] }));
    let coveredTo = -1;
    for (const token of tokens) {
      if (token.start < coveredTo || token.terms.length === 0) continue;
      const [term] = token.terms as [string];
      const terms = new Map<string, number>([[term, 1]]);
      if (isEntityTerm(term)) {
        coveredTo = token.end; // the words of a name are the entity, not concepts of their own
      } else {
        for (const syn of this.analyzer.synonyms(term)) if (!terms.has(syn)) terms.set(syn, SYNONYM_WEIGHT);
      }
      if (!concepts.some((c) => c.terms.get(term) === 1)) concepts.push({ surface: question.slice(token.start, token.end), terms });
    }
    const stems = this.features.stem ? tokens.flatMap((t) => t.terms).filter((t) => !isEntityTerm(t)) : [];
    const bigrams = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
    return { question, concepts, bigrams, answerType: this.features.answerType ? answerTypeOf(question) : "any" };
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
   */
  searchPlan(plan: QueryPlan, limit = 10): Hit[] {
    const nc = plan.concepts.length;
    const queryTerms = [...new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]))];
    const results = queryTerms.map((term) => this.index.search(term, this.termSearchOptions));
    const fuzzy = queryTerms.map((term) => !this.termIds.has(term));
    const termIndex = new Map(queryTerms.map((t, i) => [t, i]));

    // One slot per candidate sentence, in order of first match (which fixes ties as before).
    const capacity = results.reduce((n, r) => n + r.length, 0);
    const slotOf = new Map<number, number>();
    const docs = new Int32Array(capacity);
    const bestScore = new Float64Array(capacity * nc);
    const bestTerm = new Int32Array(capacity * nc).fill(-1);
    const bestWeight = new Float64Array(capacity * nc);
    let slots = 0;
    plan.concepts.forEach((concept, ci) => {
      for (const [term, weight] of concept.terms) {
        const ti = termIndex.get(term)!;
        for (const r of results[ti]!) {
          const doc = r.id as number;
          // Only a word the sentences lack is looked up fuzzily; a match on another word counts less.
          const w = fuzzy[ti] && !r.terms.includes(term) ? weight * FUZZY_WEIGHT : weight;
          let slot = slotOf.get(doc);
          if (slot === undefined) {
            slot = slots++;
            slotOf.set(doc, slot);
            docs[slot] = doc;
          }
          const k = slot * nc + ci;
          const score = w * r.score;
          if (bestTerm[k] === -1 || score > bestScore[k]!) {
            bestScore[k] = score;
            bestTerm[k] = ti;
            bestWeight[k] = w;
          }
        }
      }
    });

    // What each concept weighs in the coverage, and the proximity bigrams as term id pairs.
    const { weights: conceptWeights, total: coverageTotal } = this.conceptWeights(plan);
    const conceptTermIdx = plan.concepts.map((c) => [...c.terms.keys()].map((t) => termIndex.get(t)!));
    const bigrams = this.bigramIds(plan);
    const useProximity = this.features.proximity && plan.bigrams.length > 0;
    const maxProximity = Math.min(MAX_PROXIMITY_FACTOR, 1 + BIGRAM_BONUS * plan.bigrams.length);
    const wrongType = WRONG_TYPE_FACTOR[plan.answerType];

    const bm25 = new Float64Array(slots);
    const coverage = new Float64Array(slots);
    const partial = new Float64Array(slots); // score before the proximity factor
    const typeFactor = new Float64Array(slots);
    const matchedWeight = new Float64Array(queryTerms.length);
    for (let slot = 0; slot < slots; slot++) {
      let sum = 0;
      matchedWeight.fill(0);
      for (let ci = 0; ci < nc; ci++) {
        const k = slot * nc + ci;
        const ti = bestTerm[k]!;
        if (ti === -1) continue;
        sum += bestScore[k]!;
        matchedWeight[ti] = Math.max(matchedWeight[ti]!, bestWeight[k]!);
      }
      let got = 0;
      for (let ci = 0; ci < nc; ci++) {
        let best = 0;
        for (const ti of conceptTermIdx[ci]!) best = Math.max(best, matchedWeight[ti]!);
        got += conceptWeights[ci]! * best;
      }
      const cov = coverageTotal === 0 ? 0 : got / coverageTotal;
      const fit = answerTypeFit(plan.answerType, this.flags[docs[slot]!]!);
      bm25[slot] = sum;
      coverage[slot] = cov;
      partial[slot] = this.features.coverage ? sum * (0.25 + cov) : sum;
      typeFactor[slot] = fit + (1 - fit) * wrongType;
    }

    const final = new Float64Array(slots);
    const ranked: number[] = [];
    if (!useProximity) {
      for (let slot = 0; slot < slots; slot++) {
        final[slot] = partial[slot]! * typeFactor[slot]!;
        ranked.push(slot);
      }
    } else {
      // Best-first by the highest score each candidate could reach; `top` keeps the `limit` best finals.
      const heap = new MaxHeap(slots, (slot) => partial[slot]! * typeFactor[slot]!);
      const top: number[] = [];
      for (let slot = heap.pop(); slot !== undefined; slot = heap.pop()) {
        const bound = partial[slot]! * maxProximity * typeFactor[slot]! * (1 + 1e-9);
        if (top.length >= limit && bound < final[top[top.length - 1]!]!) break;
        final[slot] = partial[slot]! * this.proximityFactor(docs[slot]!, bigrams) * typeFactor[slot]!;
        ranked.push(slot);
        let i = top.length;
        top.push(slot);
        while (i > 0 && final[top[i - 1]!]! < final[slot]!) {
          top[i] = top[i - 1]!;
          i--;
        }
        top[i] = slot;
        if (top.length > limit) top.pop();
      }
      ranked.sort((a, b) => a - b);
    }
    ranked.sort((a, b) => final[b]! - final[a]! || this.sentences[docs[a]!]!.position - this.sentences[docs[b]!]!.position);
    return ranked.slice(0, limit).map((slot) => {
      const matched = new Set<string>();
      for (let ci = 0; ci < nc; ci++) {
        const ti = bestTerm[slot * nc + ci]!;
        if (ti !== -1) matched.add(queryTerms[ti]!);
      }
      const hit: InternalHit = {
        sentence: this.sentences[docs[slot]!]!,
        score: final[slot]!,
        bm25: bm25[slot]!,
        coverage: coverage[slot]!,
        matchedTerms: [...matched],
        ord: docs[slot]!,
      };
      return hit;
    });
  }

  private readonly termSearchOptions = {
    fuzzy: (term: string) => this.features.fuzzy && !this.termIds.has(term) && !isEntityTerm(term) && term.length >= 4 && 1,
    processTerm: (t: string) => t,
    tokenize: (s: string) => [s],
  };

  /** Bigrams of the plan as pairs of term ids; a pair with a word no sentence has cannot match. */
  private bigramIds(plan: QueryPlan): [number, number][] {
    const out: [number, number][] = [];
    for (const b of plan.bigrams) {
      const [x, y] = b.split(" ") as [string, string];
      const a = this.termIds.get(x);
      const c = this.termIds.get(y);
      out.push(a === undefined || c === undefined ? [-1, -1] : [a, c]);
    }
    return out;
  }

  /** Bonus for each pair of consecutive question words that stand side by side in the sentence. */
  private proximityFactor(doc: number, bigrams: [number, number][]): number {
    const from = this.termStarts[doc]!;
    const to = this.termStarts[doc + 1]!;
    let found = 0;
    for (const [x, y] of bigrams) {
      if (x === -1) continue;
      let prev = -1;
      for (let i = from; i < to; i++) {
        const id = this.terms[i]!;
        if (this.entityIds[id]) continue; // names are not words of the adjacency check
        if (prev === x && id === y) {
          found++;
          break;
        }
        prev = id;
      }
    }
    return Math.min(MAX_PROXIMITY_FACTOR, 1 + BIGRAM_BONUS * found);
  }

  /** IDF of a term in the sentence collection; `undefined` for a term no sentence has. */
  private idf(term: string): number | undefined {
    const id = this.termIds.get(term);
    const n = id === undefined ? 0 : this.docFreq[id]!;
    if (n === 0) return undefined;
    return Math.log(1 + (this.sentences.length - n + 0.5) / (n + 0.5));
  }

  /**
   * What each concept weighs in a sentence's coverage of the question: its own term's IDF. A
   * word no article uses weighs as much as the rarest word the articles do use once: the
   * asker's own vocabulary should not sink an answerable question, yet a question made only of
   * such words covers nothing.
   */
  private conceptWeights(plan: QueryPlan): { weights: number[]; total: number } {
    const unseen = Math.log(1 + (this.sentences.length - 0.5) / 1.5) / 2;
    let total = 0;
    const weights = plan.concepts.map((c) => {
      const own = [...c.terms].filter(([, w]) => w === 1).map(([t]) => this.idf(t) ?? unseen);
      const weight = Math.max(...own);
      total += weight;
      return weight;
    });
    return { weights, total };
  }

  /** Character ranges of a hit's text whose terms the question asked for (to show in bold). */
  highlights(hit: Hit, plan: QueryPlan): [number, number][] {
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

/** A hit with the sentence's position in `corpus.sentences` (for `sentenceTerms`). */
interface InternalHit extends Hit {
  ord: number;
}

/** A binary max-heap of slot numbers by a fixed key, popped best first. */
class MaxHeap {
  private readonly heap: Int32Array;
  private readonly keys: Float64Array;
  private size: number;

  constructor(n: number, key: (slot: number) => number) {
    this.heap = new Int32Array(n);
    this.keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.heap[i] = i;
      this.keys[i] = key(i);
    }
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.down(i);
  }

  pop(): number | undefined {
    if (this.size === 0) return undefined;
    const top = this.heap[0]!;
    this.heap[0] = this.heap[--this.size]!;
    this.down(0);
    return top;
  }

  private down(i: number): void {
    const { heap, keys } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && keys[heap[l]!]! > keys[heap[m]!]!) m = l;
      if (r < this.size && keys[heap[r]!]! > keys[heap[m]!]!) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
}

function toBase64(a: Uint32Array | Uint8Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

function fromBase64<T extends Uint32Array | Uint8Array>(s: string, type: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(s, "base64");
  // Copy into a fresh, aligned buffer (Buffer's pool offsets need not be multiples of 4).
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new type(copy);
}
