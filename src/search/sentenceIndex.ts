import MiniSearch from "minisearch";
import { leansOnPrevious } from "../corpus/discourse.js";
import type { Sentence } from "../corpus/types.js";
import { type Analyzer, isEntityTerm } from "./analyzer.js";
import { answerTypeFlags } from "./answerType.js";
import type { Features } from "./features.js";
import { remembered } from "./remembered.js";
import { rolePattern } from "./roles.js";
import { type TermResults, TermScores } from "./termScores.js";

/**
 * The engine's index over the corpus sentences: MiniSearch over their analysed terms, and
 * beside it what a query reads without asking MiniSearch (each sentence's terms as ids in text
 * order and where each stands in the text, document frequencies, answer-type flags, and
 * MiniSearch's results for every term). Built once from the corpus (`buildSentenceIndex`) or
 * restored from the saved index (`savedSearch.ts`), and read-only after that: what is computed
 * from it once can be kept.
 */

/** What MiniSearch indexes per sentence: its analysed terms, and those of its pronoun context, space-separated. */
export interface IndexedSentence {
  ord: number;
  text: string;
  /** Entity names a leading pronoun stands for (from the sentence before), as terms. */
  context: string;
}

/** What a built or restored index is made of. */
export interface IndexParts {
  minisearch: MiniSearch<IndexedSentence>;
  /** Term ↔ id for the terms of every sentence. */
  vocabulary: string[];
  termIds: Map<string, number>;
  /** Sentence `ord`'s terms in text order are `terms[termStarts[ord]..termStarts[ord + 1]]`. */
  termStarts: Uint32Array;
  terms: Uint32Array;
  /** Where each of `terms` stands in its sentence's text: `[termSpans[2i], termSpans[2i + 1])` (for highlights). */
  termSpans: Uint32Array;
  /** Number of sentences containing each term id. */
  docFreq: Uint32Array;
  /** `answerTypeFlags` of each sentence. */
  flags: Uint8Array;
  /** MiniSearch's results for each term id, computed once (the index is read-only). */
  termScores: TermScores;
}

/** A query term's results; `fuzzy[i]` marks a match on a word one edit away from the term. */
export interface QueryResults extends TermResults {
  fuzzy?: Uint8Array;
}

const NO_RESULTS: QueryResults = { docs: new Uint32Array(0), scores: new Float64Array(0) };

/** Weight of the pronoun-context field against the sentence's own words. */
const CONTEXT_BOOST = 0.5;

/** A sentence that names its people only by a pronoun or as "the two leaders": they are the people of the sentence before. */
const REFERS_BACK = /^(?:[“"‘']\s*)?(he|she|his|her)\b|\b(the two leaders|both leaders|the leaders|the two men|the pair)\b/i;
/**
 * A sentence that names two countries only as "the two nations" or "both countries" ("the bilateral
 * ties between the two nations date back to the 1930s"): they are the two its story names most.
 */
const REFERS_TO_PAIR = /\b(?:the two|both(?: the)?) (?:countries|nations)\b/i;
/**
 * An office named only as "the ambassador" ("The ambassador made these observations on ..."; not
 * "the minister of ..."): held by whom the story named with that office before ("China’s
 * ambassador to Pyongyang"), whose country or name finds the sentence too.
 */
const OFFICE_REFERRED = /\bthe (ambassador|envoy|spokes(?:man|woman|person)|minister|president|premier|diplomat|representative)\b(?! (?:of|to|for)\b)/i;
/** How many sentences back the office's earlier mention is looked for. */
const OFFICE_LOOKBACK = 6;

/** A person of the alias file and an office they are named by ("North Korea's foreign minister"), as a pattern. */
interface RoleOfPerson {
  name: string;
  role: RegExp;
}

/** The alias file's roles, each as a whole-word pattern. */
function rolesOf(analyzer: Analyzer): RoleOfPerson[] {
  return analyzer.lexicon.entities.flatMap((e) => (e.kind === "person" ? (e.roles ?? []).map((role) => ({ name: e.variants[0]!, role: rolePattern([role]) })) : []));
}

export class SentenceIndex {
  readonly minisearch: MiniSearch<IndexedSentence>;
  readonly vocabulary: string[];
  readonly termIds: ReadonlyMap<string, number>;
  readonly termStarts: Uint32Array;
  readonly terms: Uint32Array;
  readonly termSpans: Uint32Array;
  readonly docFreq: Uint32Array;
  readonly flags: Uint8Array;
  readonly termScores: TermScores;
  /** Term ids that are entity terms (skipped by the adjacency check). */
  readonly entityIds: Uint8Array;
  /** How many sentences are indexed. */
  readonly sentences: number;
  private readonly termSearchOptions;
  /** Each term id's first position in `terms` (-1 for none), made on first need (see `firstUse`). */
  private firstUses: Int32Array | undefined;
  /** MiniSearch's answer for a word no sentence has, remembered: its fuzzy search walks the whole vocabulary, and members repeat their words and typos. */
  private readonly unknownTermResults = remembered(UNKNOWN_TERMS_REMEMBERED, (term) => this.searchUnknown(term));

  constructor(parts: IndexParts, features: Features) {
    this.minisearch = parts.minisearch;
    this.vocabulary = parts.vocabulary;
    this.termIds = parts.termIds;
    this.termStarts = parts.termStarts;
    this.terms = parts.terms;
    this.termSpans = parts.termSpans;
    this.docFreq = parts.docFreq;
    this.flags = parts.flags;
    this.termScores = parts.termScores;
    this.entityIds = Uint8Array.from(this.vocabulary, (t) => (isEntityTerm(t) ? 1 : 0));
    this.sentences = this.termStarts.length - 1;
    this.termSearchOptions = termSearchOptions(parts.termIds, features);
  }

  /**
   * The sentences a query term matches, with MiniSearch's scores: kept from the build for a
   * term the sentences use; otherwise asked of MiniSearch now (a word no sentence has is looked
   * up fuzzily, and those matches are flagged).
   */
  termResults(term: string, fuzzy: boolean): QueryResults {
    const id = this.termIds.get(term);
    if (id !== undefined) return this.termScores.results(id);
    return fuzzy ? this.unknownTermResults(term) : NO_RESULTS;
  }

  private searchUnknown(term: string): QueryResults {
    const found = this.minisearch.search(term, this.termSearchOptions);
    return {
      docs: Uint32Array.from(found, (r) => r.id as number),
      scores: Float64Array.from(found, (r) => r.score),
      fuzzy: Uint8Array.from(found, (r) => (r.terms.includes(term) ? 0 : 1)),
    };
  }

  /** Works out now what `firstUse` otherwise works out on first need. */
  prepare(): Int32Array {
    return (this.firstUses ??= firstUses(this.terms, this.vocabulary.length));
  }

  /** Where a term is first used: its sentence and the span of its word there (the word to write for a term found by sound). */
  firstUse(term: string): { ord: number; start: number; end: number } | undefined {
    const id = this.termIds.get(term);
    const i = id === undefined ? -1 : this.prepare()[id]!;
    if (i < 0) return undefined;
    // The sentence whose terms hold position i: the last whose terms start at or before it.
    let [lo, hi] = [0, this.sentences - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.termStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return { ord: lo, start: this.termSpans[2 * i]!, end: this.termSpans[2 * i + 1]! };
  }

  /** IDF of a term in the sentence collection; `undefined` for a term no sentence has. */
  idf(term: string): number | undefined {
    const id = this.termIds.get(term);
    const n = id === undefined ? 0 : this.docFreq[id]!;
    if (n === 0) return undefined;
    return Math.log(1 + (this.sentences - n + 0.5) / (n + 0.5));
  }
}

/** Each term id's first position in `terms` (-1 for a term no sentence text uses: a pronoun's context). */
function firstUses(terms: Uint32Array, vocabulary: number): Int32Array {
  const first = new Int32Array(vocabulary).fill(-1);
  for (let i = terms.length - 1; i >= 0; i--) first[terms[i]!] = i;
  return first;
}

/** How many words no sentence has keep their search results (see `unknownTermResults`). */
const UNKNOWN_TERMS_REMEMBERED = 5000;

/** MiniSearch's options, the same when building and when loading (`loadJS` must be given them again). */
export function miniSearchOptions() {
  return {
    fields: ["text", "context"],
    idField: "ord",
    // Sentences arrive analysed (terms joined by spaces), so MiniSearch only splits them.
    tokenize: (text: string) => (text === "" ? [] : text.split(" ")),
    processTerm: (term: string) => term,
    searchOptions: { boost: { text: 1, context: CONTEXT_BOOST } },
  };
}

/** How a term is looked up: the same for the scores kept at build time and for a word asked later. */
function termSearchOptions(termIds: ReadonlyMap<string, number>, features: Features) {
  return {
    // Never a number: "2021" one edit from "2001" is another year, not a typo.
    fuzzy: (term: string) => features.fuzzy && !termIds.has(term) && !isEntityTerm(term) && term.length >= 4 && !/\d/.test(term) && 1,
    processTerm: (t: string) => t,
    tokenize: (s: string) => [s],
  };
}

/** The index terms of a text: analysed as the sentences were (stems and entity terms), or its words as written. */
export function indexTerms(analyzer: Analyzer, features: Features, text: string): string[] {
  if (features.stem) return analyzer.terms(text);
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
}

/** Builds the index over every sentence, analysing each sentence once. */
export function buildSentenceIndex(sentences: readonly Sentence[], analyzer: Analyzer, features: Features): SentenceIndex {
  const vocabulary: string[] = [];
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  const n = sentences.length;
  const starts = new Uint32Array(n + 1);
  const ids: number[] = [];
  const spans: number[] = [];
  const flags = new Uint8Array(n);
  const docs: IndexedSentence[] = new Array(n);
  let prevPeople: string[] = [];
  /** Whether the sentence before leaned on the one before it (see `leansOnPrevious`). */
  let prevLeaned = false;
  /** The entities of each sentence of the current article, from its first sentence on; and the two countries it is about (see REFERS_TO_PAIR). */
  let articleStart = 0;
  let articleEntities: ReturnType<Analyzer["entities"]>[] = [];
  let pairPlaces: string[] = [];
  const roles = rolesOf(analyzer);
  for (let ord = 0; ord < n; ord++) {
    const s = sentences[ord]!;
    if (ord === 0 || sentences[ord - 1]!.articleId !== s.articleId) {
      articleStart = ord;
      articleEntities = [];
      for (let i = ord; i < n && sentences[i]!.articleId === s.articleId; i++) articleEntities.push(analyzer.entities(sentences[i]!.text));
      pairPlaces = mainPair(articleEntities);
    }
    const entities = articleEntities[ord - articleStart]!;
    const tokens = features.stem
      ? analyzer.tokens(s.text, entities)
      : [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, terms: [m[0].toLowerCase()] }));
    const terms: string[] = [];
    starts[ord] = ids.length;
    for (const t of tokens) {
      for (const term of t.terms) {
        terms.push(term);
        ids.push(idOf(term));
        spans.push(t.start, t.end);
      }
    }
    flags[ord] = answerTypeFlags(s.text, entities);
    // "He added that ...": the people named in the sentence before find this sentence too; "It
    // accounts for most of the trade ...": all the words of the sentence before do; "the ties
    // between the two nations ...": the two countries of the story do.
    const prev = sentences[ord - 1];
    const follows = features.pronouns && prev?.articleId === s.articleId;
    // A sentence that leans on one that leans in turn ("These would pave the road ..." after "Actions of
    // this nature could include ..." after "China’s ambassador ... highlighted ..."): the first one's words too.
    const leans = follows && leansOnPrevious(s.text);
    const before = !follows ? "" : leans ? (prevLeaned ? `${sentences[ord - 2]!.text} ${prev!.text}` : prev!.text) : REFERS_BACK.test(s.text) ? prevPeople.join(", ") : "";
    prevLeaned = leans;
    const places = features.pronouns && REFERS_TO_PAIR.test(s.text) ? pairPlaces.filter((p) => !entities.some((e) => e.entity.variants[0] === p)).join(", ") : "";
    const holder = features.pronouns ? officeHolder(s.text, articleEntities, sentences, articleStart, ord) : "";
    const roleHolders = features.pronouns ? holdersOfRoles(s.text, entities, articleEntities, roles) : "";
    const context = [before, places, holder, roleHolders].filter(Boolean).join(", ");
    docs[ord] = { ord, text: terms.join(" "), context: context && indexTerms(analyzer, features, context).join(" ") };
    prevPeople = entities.filter((e) => e.entity.kind === "person").map((e) => e.entity.variants[0]!);
  }
  starts[n] = ids.length;
  const terms = Uint32Array.from(ids);
  const docFreq = new Uint32Array(vocabulary.length);
  const lastSeen = new Int32Array(vocabulary.length).fill(-1);
  for (let ord = 0; ord < n; ord++) {
    for (let i = starts[ord]!; i < starts[ord + 1]!; i++) {
      const id = terms[i]!;
      if (lastSeen[id] !== ord) {
        lastSeen[id] = ord;
        docFreq[id]!++;
      }
    }
  }
  const minisearch = new MiniSearch<IndexedSentence>(miniSearchOptions());
  minisearch.addAll(docs);
  const termScores = TermScores.compute(minisearch, vocabulary, termSearchOptions(termIds, features));
  return new SentenceIndex(
    { minisearch, vocabulary, termIds, termStarts: starts, terms, termSpans: Uint32Array.from(spans), docFreq, flags, termScores },
    features,
  );
}

/** The two countries an article names most often (the first named first on a tie), or none when it names fewer. */
function mainPair(entitiesBySentence: readonly ReturnType<Analyzer["entities"]>[]): string[] {
  const counts = new Map<string, number>();
  for (const entities of entitiesBySentence) for (const e of entities) if (e.entity.kind === "place") counts.set(e.entity.variants[0]!, (counts.get(e.entity.variants[0]!) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length >= 2 ? [ranked[0]![0], ranked[1]![0]] : [];
}

/** Whether a name stands right beside an office named at [start, end): just before it ("China’s ambassador") or just after it ("Ambassador Li Jinjun"). */
function standsBeside(e: { start: number; end: number }, start: number, end: number): boolean {
  return (e.end <= start && start - e.end <= 3) || (e.start >= end && e.start - end <= 1);
}

/**
 * "North Korea’s foreign minister has ruled out ...", with Ri Son-gwon named later in the story:
 * an office the alias file gives a person ("roles"), named in a sentence without its holder, is
 * theirs when the same story names them and nobody stands beside the office in the sentence.
 */
function holdersOfRoles(text: string, entities: ReturnType<Analyzer["entities"]>, articleEntities: ReturnType<Analyzer["entities"]>[], roles: readonly RoleOfPerson[]): string {
  const holders: string[] = [];
  for (const { name, role } of roles) {
    const m = role.exec(text);
    if (!m || holders.includes(name)) continue;
    const end = m.index + m[0].length;
    // "Former US president Donald Trump": someone else holds (or held) it here.
    if (entities.some((e) => e.entity.kind === "person" && standsBeside(e, m.index, end))) continue;
    if (entities.some((e) => e.entity.variants[0] === name)) continue;
    if (articleEntities.some((es) => es.some((e) => e.entity.variants[0] === name))) holders.push(name);
  }
  return holders.join(", ");
}

/**
 * Who holds the office a sentence names only as "the ambassador" (see OFFICE_REFERRED): the names
 * standing right before or after that office in the nearest earlier sentence of the article
 * that names it otherwise ("China’s ambassador", "Ambassador Li Jinjun"); empty when none does.
 */
function officeHolder(text: string, articleEntities: ReturnType<Analyzer["entities"]>[], sentences: readonly Sentence[], articleStart: number, ord: number): string {
  const office = OFFICE_REFERRED.exec(text)?.[1];
  if (!office) return "";
  const named = new RegExp(`(?<!\\bthe )\\b${office}\\b`, "i");
  for (let i = ord - 1; i >= Math.max(articleStart, ord - OFFICE_LOOKBACK); i--) {
    const m = named.exec(sentences[i]!.text);
    if (!m) continue;
    const end = m.index + m[0].length;
    const beside = articleEntities[i - articleStart]!.filter((e) => standsBeside(e, m.index, end));
    return beside.map((e) => e.entity.variants[0]!).join(", ");
  }
  return "";
}
