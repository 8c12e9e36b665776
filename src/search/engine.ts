import MiniSearch from "minisearch";
import type { Corpus, Sentence } from "../corpus/types.js";
import { Analyzer, isEntityTerm, STOP_WORDS } from "./analyzer.js";
import type { Lexicon } from "./lexicon.js";

/**
 * The retrieval core: a MiniSearch index over the corpus sentences, queried with an analysed
 * question. Public surface: `SentenceSearch.build`, `search`, `plan` and `highlights`.
 *
 * A question becomes a list of *concepts* (one per content word or name), each a set of
 * weighted index terms: the word's stem, its thesaurus neighbours (weaker) or the entity term
 * of a name. MiniSearch scores candidates with BM25+; the engine then re-ranks them by how
 * much of the question they cover (IDF-weighted) and by the answer type the question asks for.
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
  /** "when" prefers dates, "who" people, "how many" numbers. */
  answerType: boolean;
  /** Rank by IDF-weighted coverage of the question as well as BM25. */
  coverage: boolean;
}

export const ALL_FEATURES: Features = { stem: true, aliases: true, thesaurus: true, fuzzy: true, answerType: true, coverage: true };

export type AnswerType = "time" | "person" | "number" | "any";

export interface Concept {
  /** The question's word or name as typed. */
  surface: string;
  /** Index terms with their weights: the concept's own term(s) at 1, neighbours lower. */
  terms: Map<string, number>;
}

export interface QueryPlan {
  question: string;
  concepts: Concept[];
  answerType: AnswerType;
}

export interface Hit {
  sentence: Sentence;
  /** Final ranking score. */
  score: number;
  /** BM25 score from MiniSearch before re-ranking. */
  bm25: number;
  /** Share (0..1) of the question's IDF weight this sentence matches. */
  coverage: number;
  /** Index terms of the question that this sentence matched. */
  matchedTerms: string[];
}

/** What MiniSearch stores: the sentence's position in `corpus.sentences` and its text. */
interface IndexedSentence {
  ord: number;
  text: string;
}

const SYNONYM_WEIGHT = 0.6;
const ANSWER_TYPE_BOOST = 1.35;
/** A fuzzy match ("renwed" for "renewed") counts for less than the word itself. */
const FUZZY_WEIGHT = 0.7;

const TIME = /\b(1[6-9]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d+(st|nd|rd|th) anniversary\b|\b(years?|decades?) ago\b/i;
const NUMBER = /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|several|dozens?)\b/i;

export class SentenceSearch {
  readonly analyzer: Analyzer;
  private readonly index: MiniSearch<IndexedSentence>;
  private readonly sentences: Sentence[];
  private readonly docFreq = new Map<string, number>();

  private constructor(
    corpus: Corpus,
    lexicon: Lexicon,
    readonly features: Features,
  ) {
    const effective: Lexicon = {
      entities: features.aliases ? lexicon.entities : [],
      synonyms: features.thesaurus ? lexicon.synonyms : [],
    };
    this.analyzer = new Analyzer(effective);
    this.sentences = corpus.sentences;
    this.index = new MiniSearch<IndexedSentence>({
      fields: ["text"],
      idField: "ord",
      // The analyzer yields final terms, so MiniSearch's own term processing is switched off.
      tokenize: (text) => this.indexTerms(text),
      processTerm: (term) => term,
    });
  }

  /** Builds the index over every sentence of the corpus. */
  static build(corpus: Corpus, lexicon: Lexicon, features: Features = ALL_FEATURES): SentenceSearch {
    const engine = new SentenceSearch(corpus, lexicon, features);
    engine.addAll();
    return engine;
  }

  private addAll(): void {
    this.index.addAll(this.sentences.map((s, ord) => ({ ord, text: s.text })));
    for (const s of this.sentences) for (const t of new Set(this.indexTerms(s.text))) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
  }

  private indexTerms(text: string): string[] {
    if (this.features.stem) return this.analyzer.terms(text);
    return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
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
      const surface = question.slice(token.start, token.end);
      if (!concepts.some((c) => c.terms.has(term) && c.terms.get(term) === 1)) concepts.push({ surface, terms });
    }
    return { question, concepts, answerType: this.features.answerType ? answerTypeOf(question) : "any" };
  }

  /** The best sentences for a question, best first. */
  search(question: string, limit = 10): Hit[] {
    return this.searchPlan(this.plan(question), limit);
  }

  searchPlan(plan: QueryPlan, limit = 10): Hit[] {
    // One MiniSearch lookup per term; a concept scores by its best-matching term, so a
    // sentence full of synonyms of one word cannot outrank one that answers every word.
    const termScores = new Map<string, Map<number, { score: number; fuzzy: boolean }>>();
    for (const term of new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]))) {
      const perDoc = new Map<number, { score: number; fuzzy: boolean }>();
      for (const r of this.index.search(term, this.termSearchOptions)) {
        perDoc.set(r.id as number, { score: r.score, fuzzy: !r.terms.includes(term) });
      }
      termScores.set(term, perDoc);
    }

    const totals = new Map<number, { score: number; matched: Map<string, number> }>();
    for (const concept of plan.concepts) {
      const best = new Map<number, { score: number; term: string; weight: number }>();
      for (const [term, weight] of concept.terms) {
        for (const [doc, { score, fuzzy }] of termScores.get(term) ?? []) {
          const w = weight * (fuzzy ? FUZZY_WEIGHT : 1);
          const prev = best.get(doc);
          if (!prev || w * score > prev.score) best.set(doc, { score: w * score, term, weight: w });
        }
      }
      for (const [doc, b] of best) {
        const t = totals.get(doc) ?? { score: 0, matched: new Map<string, number>() };
        t.score += b.score;
        t.matched.set(b.term, Math.max(t.matched.get(b.term) ?? 0, b.weight));
        totals.set(doc, t);
      }
    }

    const hits = [...totals].map(([doc, t]) => this.rerank(doc, t.score, t.matched, plan));
    hits.sort((a, b) => b.score - a.score || a.sentence.position - b.sentence.position);
    return hits.slice(0, limit);
  }

  private readonly termSearchOptions = {
    fuzzy: (term: string) => this.features.fuzzy && !this.docFreq.has(term) && !isEntityTerm(term) && term.length >= 4 && 1,
    processTerm: (t: string) => t,
    tokenize: (s: string) => [s],
  };

  private rerank(doc: number, bm25: number, matched: Map<string, number>, plan: QueryPlan): Hit {
    const sentence = this.sentences[doc]!;
    const coverage = this.coverage(plan, matched);
    let score = bm25;
    if (this.features.coverage) score *= 0.25 + coverage;
    if (plan.answerType !== "any" && fitsAnswerType(plan.answerType, sentence.text, this.analyzer)) score *= ANSWER_TYPE_BOOST;
    return { sentence, score, bm25, coverage, matchedTerms: [...matched.keys()] };
  }

  /** IDF of a term; a term no sentence has weighs the most. */
  idf(term: string): number {
    const n = this.docFreq.get(term) ?? 0;
    const N = this.sentences.length;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  }

  /** Share (0..1) of the question's IDF weight covered by `matched` (term → the weight it matched at). */
  coverage(plan: QueryPlan, matched: ReadonlyMap<string, number>): number {
    let total = 0;
    let got = 0;
    for (const c of plan.concepts) {
      const own = [...c.terms].filter(([, w]) => w === 1).map(([t]) => t);
      const weight = Math.max(...own.map((t) => this.idf(t)));
      total += weight;
      let best = 0;
      for (const t of c.terms.keys()) best = Math.max(best, matched.get(t) ?? 0);
      got += weight * best;
    }
    return total === 0 ? 0 : got / total;
  }

  /** Character ranges of `text` whose terms the question asked for (to show in bold). */
  highlights(text: string, plan: QueryPlan): [number, number][] {
    const wanted = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
    return this.analyzer
      .tokens(text)
      .filter((t) => t.terms.some((term) => wanted.has(term)))
      .map((t) => [t.start, t.end]);
  }
}

export function answerTypeOf(question: string): AnswerType {
  const q = question.trim().toLowerCase();
  if (/^(when|what (year|date|day|month|time)|since when|how long ago)\b/.test(q) || /\b(what|which) year\b/.test(q)) return "time";
  if (/^(who|whom|whose)\b/.test(q)) return "person";
  if (/^how (many|much|long|often|old)\b/.test(q)) return "number";
  return "any";
}

function fitsAnswerType(type: AnswerType, text: string, analyzer: Analyzer): boolean {
  switch (type) {
    case "time":
      return TIME.test(text);
    case "number":
      return NUMBER.test(text);
    case "person":
      return analyzer.entities(text).some((e) => e.entity.kind === "person") || /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/u.test(text.slice(1));
    default:
      return true;
  }
}

export { STOP_WORDS };
