import type { Corpus, Sentence } from "../corpus/types.js";
import { acronymsOf } from "./acronyms.js";
import { Analyzer, entityTerm } from "./analyzer.js";
import type { AnswerType } from "./answerType.js";
import { CandidateRanker } from "./candidateRanking.js";
import { weighConcepts } from "./conceptWeights.js";
import { ALL_FEATURES, type Features } from "./features.js";
import { Highlighter, highlightsByAnalysis } from "./highlights.js";
import type { Hit, InternalHit } from "./hit.js";
import type { Lexicon } from "./lexicon.js";
import { type QueryPlan, QueryPlanner } from "./queryPlan.js";
import type { RankingParams } from "./rankingParams.js";
import { loadSentenceIndex, type SavedSearch, saveSentenceIndex } from "./savedSearch.js";
import { buildSentenceIndex, indexTerms, type SentenceIndex } from "./sentenceIndex.js";
import { SoundAlike } from "./soundAlike.js";
import { SourceReferences } from "./sourceReferences.js";
import { Subject } from "./subject.js";

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
 *
 * This class is the public surface; the work is done along the flow: `sentenceIndex.ts` builds
 * the index, `savedSearch.ts` saves and restores it, `queryPlan.ts` analyses the question,
 * `candidateRanking.ts` scores and ranks (with `conceptWeights.ts` and `proximity.ts`),
 * `subject.ts` and `highlights.ts` answer the answerer's other questions.
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
  private readonly ranker: CandidateRanker;
  /** `distinctTerms` of each sentence asked for so far, by `ord`. */
  private readonly distinctTermsOf: (readonly number[] | undefined)[] = [];
  /** Numbers for analysed terms when the index is not stemmed (see `distinctTerms`). */
  private comparisonIds: Map<string, number> | undefined;
  private planner: QueryPlanner;
  private readonly lexicon: Lexicon;
  /** Fitted ranking and refusal parameters (`ranking.json`). */
  private rankingParams: RankingParams;
  private readonly subject: Subject;
  private readonly highlighter: Highlighter;
  /** The years the articles were published in (see `QueryPlanner`). */
  private readonly reportedYears: ReadonlySet<string>;
  /** Acronym → the phrase the sentences spell out (see `acronyms.ts`): built with the index and saved with it, as it reads all the sentences. */
  private readonly acronyms: ReadonlyMap<string, string>;
  /** The entity terms of the alias file's people (made on first need). */
  private people: Set<string> | undefined;
  private readonly sources: SourceReferences;
  /** Article words by sound, for words spelt as they sound (made on first need). */
  private soundAlike: SoundAlike | undefined;

  private constructor(
    corpus: Corpus,
    lexicon: Lexicon,
    readonly features: Features,
    makeIndex: (analyzer: Analyzer) => SentenceIndex,
    acronyms: ReadonlyMap<string, string>,
    /** The terms' sounds saved with the index (`SavedSearch.sounds`), when loaded. */
    private readonly savedSounds?: readonly (string | null)[],
  ) {
    this.analyzer = new Analyzer({
      entities: features.aliases ? lexicon.entities : [],
      synonyms: features.thesaurus ? lexicon.synonyms : [],
    });
    this.sentences = corpus.sentences;
    this.lexicon = lexicon;
    this.rankingParams = lexicon.ranking;
    this.sources = new SourceReferences(corpus.articles);
    this.acronyms = acronyms;
    this.reportedYears = new Set(corpus.articles.flatMap((a) => (a.published ? [a.published.slice(0, 4)] : [])));
    this.planner = this.plannerFor(lexicon.ranking);
    this.subject = new Subject(new Set(lexicon.topic.flatMap((w) => this.indexTerms(w))));
    // After the topic words: the analyzer's stem cache is bounded and keeps the words it meets first.
    this.index = makeIndex(this.analyzer);
    this.ranker = new CandidateRanker(this.index, this.sentences, features);
    this.highlighter = new Highlighter(this.index);
  }

  private plannerFor(params: RankingParams): QueryPlanner {
    return new QueryPlanner(this.analyzer, this.lexicon, params, this.features, (term) => this.index.termIds.has(term), {
      nearTerm: (term) => term.length >= 5 && this.index.minisearch.search(term, { fuzzy: 2, prefix: false, processTerm: (t) => t, tokenize: (s) => [s] }).length > 0,
      soundsLike: (word) => this.wordSoundingLike(word),
      reportedYears: this.reportedYears,
      acronym: (word) => this.acronyms.get(word),
      sources: this.sources,
    });
  }

  /** Works out now what a question otherwise works out on first need (the words by sound, the first use of each term, the chat lexicon as questions are rewritten). */
  prepare(): void {
    this.index.prepare();
    this.soundsAlike().prepare();
    this.planner.prepare();
  }

  private soundsAlike(): SoundAlike {
    return (this.soundAlike ??= new SoundAlike(this.index.vocabulary, this.index.docFreq, (w) => this.analyzer.stemWord(w, false), (term) => this.wordOf(term), this.savedSounds));
  }

  /** The article word a typed word sounds like ("sankshuns" → "sanctions"; see `SoundAlike`), as the article writes it. */
  private wordSoundingLike(word: string): string | undefined {
    const term = this.soundsAlike().termFor(word);
    return term === undefined ? undefined : this.wordOf(term);
  }

  /** A word of the sentences (lower case) whose term is `term`: its first use. */
  private wordOf(term: string): string | undefined {
    const use = this.index.firstUse(term);
    return use && this.sentences[use.ord]!.text.slice(use.start, use.end).toLowerCase();
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
    const acronyms = acronymsOf(corpus.sentences.map((s) => s.text));
    return new SentenceSearch(corpus, lexicon, features, (analyzer) => buildSentenceIndex(corpus.sentences, analyzer, features), acronyms);
  }

  /** Restores an engine saved with `toJSON` over the same corpus, lexicon and features. */
  static load(corpus: Corpus, lexicon: Lexicon, saved: SavedSearch, features: Features = ALL_FEATURES): SentenceSearch {
    return new SentenceSearch(corpus, lexicon, features, () => loadSentenceIndex(saved, corpus.sentences.length, features), new Map(saved.acronyms), saved.sounds);
  }

  toJSON(): SavedSearch {
    return { ...saveSentenceIndex(this.index), acronyms: [...this.acronyms], sounds: this.soundsAlike().toJSON() };
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

  /** The last year any article was published in (0 when none says). */
  get latestReportedYear(): number {
    return Math.max(0, ...[...this.reportedYears].map(Number).filter(Number.isFinite));
  }

  /** What each concept of the question weighs in a sentence's coverage (see `conceptWeights.ts`). */
  conceptWeights(plan: QueryPlan): { weights: Float64Array; total: number } {
    return weighConcepts(this.index, plan, this.features, this.params);
  }

  /**
   * The share of the question's weight a hit's sentence and other text shown with it or told
   * of the same thing (the sentence before it) match together (at least the hit's own coverage):
   * a concept counts when either holds one of its terms, at the concept's full weight.
   * `besideTerms`: index terms counted beside it as well (the parties the sentence's story names).
   */
  passageCoverage(plan: QueryPlan, hit: Hit, beside: string, besideTerms: readonly string[] = []): number {
    const { weights, total } = weighConcepts(this.index, plan, this.features, this.params);
    if (total === 0) return hit.coverage;
    const terms = new Set([...hit.matchedTerms, ...this.analyzer.terms(beside), ...besideTerms]);
    let got = 0;
    plan.concepts.forEach((c, i) => {
      for (const t of c.terms.keys()) if (terms.has(t)) return void (got += weights[i]!);
    });
    return Math.max(hit.coverage, got / total);
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

  /**
   * For the sentences marked in `only` (by position in corpus order), how many of them use each
   * index term in their own words (a pronoun's context aside), as a look-up by term.
   */
  sentenceCounts(only: Uint8Array): (term: string) => number {
    const counts = new Uint32Array(this.index.vocabulary.length);
    const seen = new Int32Array(this.index.vocabulary.length).fill(-1);
    for (let ord = 0; ord < this.index.sentences; ord++) {
      if (!only[ord]) continue;
      for (let i = this.index.termStarts[ord]!; i < this.index.termStarts[ord + 1]!; i++) {
        const id = this.index.terms[i]!;
        if (seen[id] !== ord) (seen[id] = ord), counts[id]!++;
      }
    }
    return (term) => {
      const id = this.index.termIds.get(term);
      return id === undefined ? 0 : counts[id]!;
    };
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
   * Scores every sentence that matches a term of the plan and ranks them (see `candidateRanking.ts`).
   * `only` (by sentence, in corpus order): the sentences that may be found, the rest left out
   * before anything is scored.
   */
  searchPlan(plan: QueryPlan, limit = 10, only?: Uint8Array): Hit[] {
    return this.ranker.search(plan, this.params, limit, only);
  }

  /**
   * For each sentence (in corpus order), whether it is on the bot's subject: it names someone or
   * something of the alias file, or uses one of its topic words. Read from the index, not the text.
   */
  onSubject(): Uint8Array {
    return this.subject.sentenceMask(this.index);
  }

  /** Whether a text (an article's title) names the bot's subject: someone or something of the alias file, or a topic word. */
  namesSubjectIn(text: string): boolean {
    return this.subject.namedIn(this.indexTerms(text));
  }

  /** Whether a question is made only of the bot's subject: every concept a name of the alias file or a topic word. */
  onlySubject(plan: QueryPlan): boolean {
    return this.subject.onlyIn(plan);
  }

  /** The parties a question names a pact by ("the china-north korea pact"): their entity terms (see `Subject.partiesOfTopic`). */
  partiesOfTopic(plan: QueryPlan): string[] {
    // Countries and bodies are a pact's parties; people ("the kim and xi treaty") sign it or speak of it.
    this.people ??= new Set(this.lexicon.entities.filter((e) => e.kind === "person").map((e) => entityTerm(e.name)));
    return this.subject.partiesOfTopic(plan.normalised, this.analyzer.tokens(plan.normalised)).filter((t) => !this.people!.has(t));
  }

  /** The first topic word of the alias file ("treaty"): what the bot's subject is called, if it lists any. */
  get topicWord(): string | undefined {
    return this.lexicon.topic[0];
  }

  /** The words (lower case) of the article references in `text` ("the upi piece": the, upi, piece; see `SourceReferences`). */
  sourceReferenceWords(text: string): Set<string> {
    return new Set(this.sources.find(text).flatMap((r) => text.slice(r.start, r.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  }

  /** Whether a term is one of the alias file's topic words ("treati"). */
  isTopicTerm(term: string): boolean {
    return this.subject.isTopicTerm(term);
  }

  /** Whether a question names the bot's subject: someone or something of the alias file, or a topic word, as typed. */
  namesSubject(plan: QueryPlan): boolean {
    return this.subject.namedBy(plan);
  }

  /** Character ranges of a hit's text whose terms the question asked for (to show in bold). */
  highlights(hit: Hit, plan: QueryPlan): [number, number][] {
    if (!this.features.stem) return highlightsByAnalysis(this.analyzer, hit.sentence.text, this.sentenceTerms(hit), plan);
    return this.highlighter.inSentence((hit as InternalHit).ord, plan);
  }

  /** The same for the sentence before a hit in its article (a passage shows it when the hit leans on it). */
  highlightsBefore(hit: Hit, plan: QueryPlan): [number, number][] {
    const ord = (hit as InternalHit).ord - 1;
    const before = this.sentences[ord];
    return before?.articleId === hit.sentence.articleId ? this.highlights({ ...hit, sentence: before, ord } as InternalHit, plan) : [];
  }
}

/** `ids` sorted, without repeats (sorts in place). Plain arrays: a small typed array per sentence would cost the GC more. */
function sortedUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[n - 1]) ids[n++] = ids[i]!;
  ids.length = n;
  return ids;
}


