import MiniSearch from "minisearch";
import type { Corpus, Sentence } from "../corpus/types.js";
import { Analyzer, isEntityTerm } from "./analyzer.js";
import { type AnswerType, answerTypeFit, answerTypeOf } from "./answerType.js";
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

/** What MiniSearch stores: the sentence's position in `corpus.sentences`, its text and context. */
interface IndexedSentence {
  ord: number;
  text: string;
  /** Entity names a leading pronoun stands for (from the sentence before). */
  context: string;
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
  private readonly index: MiniSearch<IndexedSentence>;
  private readonly sentences: Sentence[];
  private readonly docFreq = new Map<string, number>();
  private readonly stemSequences: string[][] = [];

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
    this.index = new MiniSearch<IndexedSentence>({
      fields: ["text", "context"],
      idField: "ord",
      // The analyzer yields final terms, so MiniSearch's own term processing is switched off.
      tokenize: (text) => this.indexTerms(text),
      processTerm: (term) => term,
      searchOptions: { boost: { text: 1, context: CONTEXT_BOOST } },
    });
  }

  /** Builds the index over every sentence of the corpus. */
  static build(corpus: Corpus, lexicon: Lexicon, features: Features = ALL_FEATURES): SentenceSearch {
    const engine = new SentenceSearch(corpus, lexicon, features);
    engine.addAll();
    return engine;
  }

  private addAll(): void {
    this.index.addAll(this.sentences.map((s, ord) => ({ ord, text: s.text, context: this.pronounContext(ord) })));
    for (const s of this.sentences) {
      const terms = this.indexTerms(s.text);
      for (const t of new Set(terms)) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      this.stemSequences.push(this.contentStems(s.text));
    }
  }

  /** For "He added that ...": the people named in the sentence before, so the sentence is found by them. */
  private pronounContext(ord: number): string {
    const s = this.sentences[ord]!;
    const prev = this.sentences[ord - 1];
    if (!this.features.pronouns || !prev || prev.articleId !== s.articleId || !LEADING_PRONOUN.test(s.text)) return "";
    const people = this.analyzer.entities(prev.text).filter((e) => e.entity.kind === "person");
    return people.map((e) => e.entity.variants[0]).join(", ");
  }

  private indexTerms(text: string): string[] {
    if (this.features.stem) return this.analyzer.terms(text);
    return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
  }

  /** Stems of the content words in order (names as their words), for adjacency checks. */
  private contentStems(text: string): string[] {
    return this.analyzer
      .tokens(text)
      .flatMap((t) => t.terms)
      .filter((t) => !isEntityTerm(t));
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
    const stems = this.features.stem ? this.contentStems(question) : [];
    const bigrams = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
    return { question, concepts, bigrams, answerType: this.features.answerType ? answerTypeOf(question) : "any" };
  }

  /** The best sentences for a question, best first. */
  search(question: string, limit = 10): Hit[] {
    return this.searchPlan(this.plan(question), limit);
  }

  searchPlan(plan: QueryPlan, limit = 10): Hit[] {
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
    if (this.features.proximity) score *= this.proximityFactor(doc, plan);
    const fit = answerTypeFit(plan.answerType, sentence.text, this.analyzer);
    score *= fit + (1 - fit) * WRONG_TYPE_FACTOR[plan.answerType];
    return { sentence, score, bm25, coverage, matchedTerms: [...matched.keys()] };
  }

  /** Bonus for each pair of consecutive question words that stand side by side in the sentence. */
  private proximityFactor(doc: number, plan: QueryPlan): number {
    if (plan.bigrams.length === 0) return 1;
    const seq = this.stemSequences[doc]!;
    let found = 0;
    for (const bigram of plan.bigrams) {
      for (let i = 1; i < seq.length; i++) {
        if (`${seq[i - 1]} ${seq[i]}` === bigram) {
          found++;
          break;
        }
      }
    }
    return Math.min(MAX_PROXIMITY_FACTOR, 1 + BIGRAM_BONUS * found);
  }

  /** IDF of a term in the sentence collection; `undefined` for a term no sentence has. */
  idf(term: string): number | undefined {
    const n = this.docFreq.get(term);
    if (n === undefined) return undefined;
    return Math.log(1 + (this.sentences.length - n + 0.5) / (n + 0.5));
  }

  /**
   * Share (0..1) of the question's IDF weight covered by `matched` (term → the weight it
   * matched at). A word no article uses weighs as much as the rarest word the articles do use
   * once: the asker's own vocabulary should not sink an answerable question, yet a question
   * made only of such words covers nothing.
   */
  coverage(plan: QueryPlan, matched: ReadonlyMap<string, number>): number {
    const unseen = Math.log(1 + (this.sentences.length - 0.5) / 1.5) / 2;
    let total = 0;
    let got = 0;
    for (const c of plan.concepts) {
      const own = [...c.terms].filter(([, w]) => w === 1).map(([t]) => this.idf(t) ?? unseen);
      const weight = Math.max(...own);
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
    const ranges: [number, number][] = [];
    for (const t of this.analyzer.tokens(text)) {
      if (!t.terms.some((term) => wanted.has(term))) continue;
      const last = ranges.at(-1);
      if (last && t.start < last[1]) last[1] = Math.max(last[1], t.end);
      else ranges.push([t.start, t.end]);
    }
    return ranges;
  }
}
