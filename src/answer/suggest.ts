import { LRUCache } from "lru-cache";
import MiniSearch from "minisearch";
import { isPhotoCredit } from "../corpus/clean.js";
import type { Hit } from "../search/engine.js";
import type { Entity } from "../search/lexicon.js";
import { foldWord, STOP_WORDS } from "../search/analyzer.js";
import { remembered } from "../search/remembered.js";
import type { Answerer } from "./answer.js";
import { DISCORD_LIMITS } from "./limits.js";
import { RECENT_ANSWERS } from "./recentAnswers.js";

/**
 * Question suggestions, built once at start-up so that autocomplete (which cannot be
 * deferred) answers in microseconds instead of running a search per keystroke:
 * - *suggested questions*: questions generated from the corpus (who is / what did each person
 *   say, organisations, titles and sub-heads, frequent phrases, a person with a phrase they are
 *   quoted on, "when was the treaty renewed"), each kept only if the answerer answers it well;
 * - a *vocabulary* of the articles' words and names, to complete the word being typed and to
 *   correct misspellings ("did you mean").
 * The vocabulary is a small MiniSearch index (its prefix and fuzzy search); the questions,
 * a few hundred at most, are matched as one types by precomputed term sets.
 */

export interface SuggestedQuestion {
  text: string;
  /** How well the articles answer it: the best sentence's score times its coverage, per concept of the question. */
  quality: number;
  /** Id of the sentence that answers it best (to keep the list varied). */
  bestSentence: string;
}

export interface SuggesterOptions {
  /** At most this many generated questions are checked against the answerer (bounds start-up time). */
  maxCandidates?: number;
  /** A generated question is kept when its best sentence covers this share of it. */
  minCoverage?: number;
}

const MIN_QUESTION = 3; // the /treaty question option's min_length
const MAX_CHOICE = DISCORD_LIMITS.choiceName;
const COMPLETIONS = 5;
/** Closest words remembered per Suggester; past this many, new ones are looked up and not kept (typed words cannot grow it without limit). */
const REMEMBERED = 10_000;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface VocabularyWord {
  id: number;
  word: string;
  display: string;
  count: number;
}

/**
 * The suggestions as saved with the search index (src/savedIndex.ts), so a start from the
 * saved index loads them instead of generating and checking every candidate question again.
 */
export interface SavedSuggestions {
  minCoverage: number;
  questions: SuggestedQuestion[];
  /** The vocabulary as [folded word, form to show, count]; a word's id is its position. */
  vocabulary: [string, string, number][];
}

export class Suggester {
  /** Each suggested question with its words folded and stemmed, for matching as one types. */
  private readonly indexed: { question: SuggestedQuestion; folded: string; terms: Set<string> }[];
  /** Term → positions in `indexed` of the questions that have it: matching looks up a question's words instead of testing every question. */
  private readonly questionsWith = new Map<string, number[]>();
  /**
   * For a word the articles never use: the most frequent article word one typo away (two for
   * long words). Remembered per word as typed (the vocabulary never changes for one Suggester):
   * it costs a fuzzy search of the vocabulary, and did-you-mean asks twice for each word
   * (correcting it, then matching).
   */
  private readonly closestWord = remembered(REMEMBERED, (word) => this.findClosestWord(word));
  /** "Did you mean" for the questions asked last, as the answerer keeps their answers (see `recentAnswers.ts`): a question nothing answers is often asked again. */
  private readonly recentSuggestions = new LRUCache<string, readonly string[]>({ max: RECENT_ANSWERS });
  private readonly vocabulary: MiniSearch<VocabularyWord>;
  private readonly known = new Set<string>();
  private readonly names: { folded: string; name: string; entity: string }[];

  private constructor(
    private readonly answerer: Answerer,
    private readonly minCoverage: number,
    readonly questions: readonly SuggestedQuestion[],
    private readonly words: readonly VocabularyWord[],
    entities: readonly Entity[],
  ) {
    this.indexed = questions.map((question) => ({
      question,
      folded: foldWord(question.text),
      terms: new Set([...question.text.matchAll(WORD)].flatMap((m) => this.termsOf(m[0]))),
    }));
    this.indexed.forEach(({ terms }, i) => {
      for (const t of terms) {
        const list = this.questionsWith.get(t);
        if (list) list.push(i);
        else this.questionsWith.set(t, [i]);
      }
    });
    this.vocabulary = new MiniSearch({ fields: ["word"], storeFields: ["display", "count"], processTerm: (t) => t });
    this.vocabulary.addAll(words);
    for (const w of words) this.known.add(w.word);
    // The canonical name first, so it is the completion whenever it fits what was typed.
    this.names = entities.flatMap((e) => [...new Set([e.name, ...e.variants])].map((v) => ({ folded: foldWord(v), name: v, entity: e.name })));
  }

  /** Builds the suggestions for the answerer's corpus (done once, at start-up). */
  static build(answerer: Answerer, options: SuggesterOptions = {}): Suggester {
    const { maxCandidates = 400, minCoverage = 0.75 } = options;
    const kept: SuggestedQuestion[] = [];
    for (const text of candidateQuestions(answerer).slice(0, maxCandidates)) {
      const best = answeredWell(answerer, text, minCoverage);
      if (!best) continue;
      // Per concept, so long questions do not outrank short ones by having more words to match.
      const concepts = Math.max(1, answerer.search.plan(text).concepts.length);
      kept.push({ text, quality: (best.score * best.coverage) / concepts, bestSentence: best.sentence.id });
    }
    kept.sort((a, b) => b.quality - a.quality);
    const entities = answerer.search.analyzer.lexicon.entities;
    return new Suggester(answerer, minCoverage, kept, vocabularyOf(answerer), entities);
  }

  /** Restores suggestions saved with `toJSON` for the same corpus and lexicon. */
  static load(answerer: Answerer, saved: SavedSuggestions): Suggester {
    const words = saved.vocabulary.map(([word, display, count], id) => ({ id, word, display, count }));
    return new Suggester(answerer, saved.minCoverage, saved.questions, words, answerer.search.analyzer.lexicon.entities);
  }

  toJSON(): SavedSuggestions {
    return { minCoverage: this.minCoverage, questions: [...this.questions], vocabulary: this.words.map((w) => [w.word, w.display, w.count]) };
  }

  /**
   * Autocomplete choices for what a member has typed so far, best first: what they typed
   * (so Enter asks it as is), suggested questions that start the same way, the word being
   * typed completed from the articles' names and words, then suggested questions sharing the
   * most words with it. At most 25, each 3 to 100 characters, no two alike. With nothing
   * typed yet: the best suggested questions, one per answering sentence.
   */
  complete(typed: string, limit: number = DISCORD_LIMITS.choices): string[] {
    const choices = new Choices(limit);
    const text = typed.replace(/\s+/g, " ").trimStart();
    if (text.trim() === "") {
      for (const q of this.varied()) choices.add(q.text);
      return choices.list;
    }
    choices.add(text.trim());
    const start = foldWord(text);
    for (const q of this.indexed) if (q.folded.startsWith(start)) choices.add(q.question.text);
    // A word being typed, unless it is already a whole stop word ("who is" is not "who island").
    const last = /[\p{L}\p{N}]$/u.test(text) ? lastWord(text) : undefined;
    const partial = last && !STOP_WORDS.has(foldWord(last)) ? last : undefined;
    if (partial) for (const c of this.completions(text, partial)) choices.add(c);
    const words = [...text.matchAll(WORD)].map((m) => m[0]);
    if (partial) words.pop();
    for (const q of this.matching(words.map((w) => this.termsOf(w)), partial ? foldWord(partial) : undefined)) choices.add(q);
    return choices.list;
  }

  /**
   * For a question nothing answers: the question with misspelt words replaced by the closest
   * words of the articles (offered only if that is answered well), then suggested questions
   * sharing at least half its words (misspelt ones corrected). At most `max`, none equal to
   * the question.
   */
  didYouMean(question: string, max = 4): readonly string[] {
    const key = `${max}/${question}`;
    let suggestions = this.recentSuggestions.get(key);
    if (!suggestions) this.recentSuggestions.set(key, (suggestions = Object.freeze(this.suggestionsFor(question, max))));
    return suggestions;
  }

  private suggestionsFor(question: string, max: number): string[] {
    const choices = new Choices(max + 1);
    choices.add(question.trim());
    const corrected = this.corrected(question);
    if (corrected && answeredWell(this.answerer, corrected, this.minCoverage)) choices.add(corrected);
    const words = [...question.matchAll(WORD)]
      .map((m) => [...this.termsOf(m[0]), ...this.termsOf(this.closestWord(m[0]) ?? "")])
      .filter((alternatives) => alternatives.length > 0);
    for (const q of this.matching(words, undefined, Math.max(1, Math.ceil(words.length / 2)))) choices.add(q);
    return choices.list.slice(1);
  }

  /** The question with each word the articles never use replaced by its closest article word, if any was. */
  corrected(question: string): string | undefined {
    let changed = false;
    const out = question.replace(WORD, (word) => {
      const closest = this.closestWord(word);
      if (closest === undefined) return word;
      changed = true;
      return closest;
    });
    return changed ? out : undefined;
  }

  private findClosestWord(word: string): string | undefined {
    const folded = foldWord(word);
    if (folded.length < 4 || this.known.has(folded) || STOP_WORDS.has(folded) || /\d/.test(folded)) return undefined;
    const best = this.vocabulary.search(folded, { fuzzy: folded.length >= 8 ? 2 : 1, boostDocument: (_id, _t, stored) => Math.log(2 + Number(stored?.count ?? 0)) })[0];
    return best?.display as string | undefined;
  }

  /** A word's terms for matching: as written (folded) and its stem; none for a stop word. */
  private termsOf(word: string): string[] {
    const folded = foldWord(word);
    const stem = this.answerer.search.analyzer.stemWord(folded);
    return stem === undefined ? [] : [...new Set([folded, stem])];
  }

  /**
   * Suggested questions that contain any of `words` (each given as its alternative terms) or,
   * for `prefix`, a word starting with it; those matching the most first, then the best
   * answered. A plain scan of precomputed sets: microseconds for hundreds of questions.
   */
  private matching(words: string[][], prefix: string | undefined, atLeast = 1): string[] {
    if (words.length === 0 && !prefix) return [];
    const matched = new Uint16Array(this.indexed.length);
    // The last word that counted for each question: a word counts once however many of its alternatives a question has.
    const countedFor = new Int32Array(this.indexed.length).fill(-1);
    words.forEach((alternatives, w) => {
      for (const t of alternatives) {
        for (const i of this.questionsWith.get(t) ?? []) {
          if (countedFor[i] === w) continue;
          countedFor[i] = w;
          matched[i]!++;
        }
      }
    });
    const found: { text: string; matched: number; quality: number }[] = [];
    this.indexed.forEach((q, i) => {
      if (prefix !== undefined && hasPrefix(q.terms, prefix)) matched[i]!++;
      if (matched[i]! >= atLeast) found.push({ text: q.question.text, matched: matched[i]!, quality: q.question.quality });
    });
    found.sort((a, b) => b.matched - a.matched || b.quality - a.quality);
    return found.map((f) => f.text);
  }

  /** The best questions, one per answering sentence first, then the rest. */
  private varied(): SuggestedQuestion[] {
    const seen = new Set<string>();
    const first: SuggestedQuestion[] = [];
    const rest: SuggestedQuestion[] = [];
    for (const q of this.questions) (seen.has(q.bestSentence) ? rest : first).push(q), seen.add(q.bestSentence);
    return [...first, ...rest];
  }

  /** `text` with its last, partly typed word completed: names first, then words by frequency. */
  private completions(text: string, partial: string): string[] {
    const out: string[] = [];
    const folded = foldWord(text);
    // A name may span the last few words typed ("kim jo" → "Kim Jong-un"); the longest match wins.
    const named = new Set<string>();
    for (let words = 3; words >= 1; words--) {
      const tail = lastWords(folded, words);
      if (tail === undefined || tail.length < 2) continue;
      for (const { folded: variant, name, entity } of this.names) {
        if (named.has(entity) || !variant.startsWith(tail) || variant === tail) continue;
        named.add(entity);
        out.push(text.slice(0, text.length - lastWords(text, words)!.length) + name);
      }
      if (named.size > 0) break;
    }
    const p = foldWord(partial);
    if (p.length >= 2) {
      const words = this.vocabulary.search(p, { prefix: true, boostDocument: (_id, _t, stored) => Number(stored?.count ?? 1) });
      for (const w of words.slice(0, COMPLETIONS)) if (w.display !== partial) out.push(text.slice(0, text.length - partial.length) + (w.display as string));
    }
    return out;
  }
}

/** The best hit for `question` when the answerer answers it and that hit covers `minCoverage` of it. */
function answeredWell(answerer: Answerer, question: string, minCoverage: number): Hit | undefined {
  // The answerer's own refusal rule applies to the same best hits.
  const plan = answerer.search.plan(question);
  const hits = answerer.search.searchPlan(plan, 2);
  const best = hits[0];
  return best && best.coverage >= minCoverage && answerer.confident(plan, hits) ? best : undefined;
}

function hasPrefix(terms: ReadonlySet<string>, prefix: string): boolean {
  for (const t of terms) if (t.startsWith(prefix)) return true;
  return false;
}

/** Up to `limit` distinct choices (case-insensitively), each a valid /treaty question and autocomplete value. */
class Choices {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly limit: number) {}
  add(choice: string): void {
    const c = choice.trim();
    const key = c.toLowerCase();
    if (this.list.length >= this.limit || c.length < MIN_QUESTION || c.length > MAX_CHOICE || this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(c);
  }
}

function lastWord(text: string): string | undefined {
  return /[\p{L}\p{N}'’-]+$/u.exec(text)?.[0];
}

/** The last `n` space-separated words of `text`, or undefined if it has fewer. */
function lastWords(text: string, n: number): string | undefined {
  const parts = text.split(" ");
  return parts.length < n ? undefined : parts.slice(-n).join(" ");
}

/** Every word of the articles (no stop words, no numbers) with its count and the form to show. */
function vocabularyOf(answerer: Answerer): VocabularyWord[] {
  const forms = new Map<string, Map<string, number>>();
  for (const s of answerer.corpus.sentences) {
    for (const m of s.text.matchAll(WORD)) {
      const folded = foldWord(m[0]);
      if (folded.length < 3 || STOP_WORDS.has(folded) || /^\d+$/.test(folded)) continue;
      const f = forms.get(folded) ?? new Map<string, number>();
      f.set(m[0], (f.get(m[0]) ?? 0) + 1);
      forms.set(folded, f);
    }
  }
  return [...forms].map(([word, f], id) => {
    const count = [...f.values()].reduce((a, b) => a + b, 0);
    // Lower case when the articles ever write it so ("Treaty" at a sentence start is "treaty"); names keep their capitals.
    const lower = [...f.keys()].find((k) => k === k.toLowerCase());
    const display = lower ?? [...f].sort((a, b) => b[1] - a[1])[0]![0];
    return { id, word, display: display.replace(/’/g, "'"), count };
  });
}

/** Words that report speech: a sentence with one can answer "what did X say about Y". */
const REPORTED = /["“”]|\b(said|says|told|added|noted|stated|quoted|stressed|warned|cautioned|vowed|pledged|promised|insisted)\b/i;
/** Noun-like endings, for phrases whose first word (not the second) is a topic word ("hostile forces"). */
const NOUN_ENDING = /(s|tion|sion|ity|ment|ship|ance|ence|ism|ure|ram)$/;
/** Adjective-like endings: "say about hostile forces", not "say about strengthen cooperation". */
const ADJECTIVE_ENDING = /(al|ar|ic|ive|ile|ant|ent|ous|ful|ary|est|ern)$/;

/**
 * Questions worth suggesting, most promising first. They are checked against the answerer
 * before they are offered, so these only need to be plausible; to keep them well formed they
 * are built from the curated data: names from `aliases.json`, topic words from
 * `thesaurus.json`, titles and sub-heads from the articles.
 */
export function candidateQuestions(answerer: Answerer): string[] {
  const { corpus, search } = answerer;
  const analyzer = search.analyzer;
  const out = new Set<string>();
  const add = (q: string) => {
    const t = q.replace(/\s+/g, " ").trim();
    if (t.length >= MIN_QUESTION && t.length <= MAX_CHOICE) out.add(t);
  };
  const topical = new Set(analyzer.lexicon.synonyms.flat().flatMap((w) => analyzer.wordTerms(w)));

  // Names: who each person is and what they said; what each organisation or named thing is.
  // Finding names is the costly part of analysis: once per sentence, for both passes below.
  const namesBySentence = corpus.sentences.map((s) => analyzer.entities(s.text));
  const entitiesBySentence = namesBySentence.map((names) => names.map((e) => e.entity));
  const mentions = new Map<string, { entity: Entity; count: number }>();
  for (const list of entitiesBySentence) for (const e of list) mentions.set(e.name, { entity: e, count: (mentions.get(e.name)?.count ?? 0) + 1 });
  for (const { entity } of [...mentions.values()].sort((a, b) => b.count - a.count)) {
    if (entity.kind === "person") add(`who is ${entity.name}`), add(`what did ${entity.name} say`);
    else if (entity.kind === "organisation" || entity.kind === "thing") add(`what is ${entity.name.includes(" ") ? "the " : ""}${entity.name}`);
  }

  // Titles and sub-heads (short lines without a full stop): what the articles are about.
  for (const a of corpus.articles) if (!a.titleFromText) add(a.title);
  for (const s of corpus.sentences) {
    const words = s.text.split(" ").length;
    // (Not a photo's credit, a short line without a stop too: "File Photo by Stephen Shaver/UPI".)
    if (words >= 4 && words <= 12 && !/[.!?:"”’)]$/.test(s.text) && !isPhotoCredit(s.text)) add(s.text);
  }

  // Topic phrases: two words side by side in two or more sentences, one of them a thesaurus
  // word ("hostile forces", "mutual assistance"); and who is quoted using them.
  const phrases = new Map<string, { surface: Map<string, number>; sentences: Set<number> }>();
  corpus.sentences.forEach((s, ord) => {
    const names = namesBySentence[ord]!;
    const words = [...s.text.matchAll(WORD)].filter((m) => !names.some((n) => m.index < n.end && m.index + m[0].length > n.start));
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!];
      if (s.text.slice(a.index + a[0].length, b.index) !== " " || /\d/.test(a[0] + b[0])) continue;
      const [sa, sb] = [analyzer.stemWord(a[0]), analyzer.stemWord(b[0])];
      if (!sa || !sb || !(topical.has(sb) || (topical.has(sa) && NOUN_ENDING.test(b[0].toLowerCase())))) continue;
      const p = phrases.get(`${sa} ${sb}`) ?? { surface: new Map<string, number>(), sentences: new Set<number>() };
      const surface = `${a[0]} ${b[0]}`.toLowerCase().replace(/’/g, "'");
      p.surface.set(surface, (p.surface.get(surface) ?? 0) + 1);
      p.sentences.add(ord);
      phrases.set(`${sa} ${sb}`, p);
    }
  });
  const frequent = [...phrases.values()]
    .filter((p) => p.sentences.size >= 2)
    .sort((a, b) => b.sentences.size - a.sentences.size)
    .slice(0, 60)
    .map((p) => ({ text: [...p.surface].sort((a, b) => b[1] - a[1])[0]![0], sentences: p.sentences }));
  for (const p of frequent) add(p.text);
  for (const p of frequent) {
    if (!ADJECTIVE_ENDING.test(p.text.split(" ")[0]!)) continue;
    for (const ord of p.sentences) {
      const sentence = corpus.sentences[ord]!;
      if (!REPORTED.test(sentence.text)) continue;
      // "He said ...": the speaker is named in the sentence before.
      const before = corpus.sentences[ord - 1];
      const speakers = /\b(he|she)\b/i.test(sentence.text) && before?.articleId === sentence.articleId ? entitiesBySentence[ord - 1]! : [];
      for (const e of [...entitiesBySentence[ord]!, ...speakers]) if (e.kind === "person") add(`what did ${e.name} say about ${p.text}`);
    }
  }

  // What happened to the treaty, and when: near a word of the thesaurus group the articles use
  // most ("agreement ... renewed in 2001"), a thesaurus verb ("renewed", "guarantees").
  const topic = mainTopic(answerer);
  if (topic) {
    for (const s of corpus.sentences) {
      const tokens = [...s.text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), stem: analyzer.stemWord(m[0]) }));
      tokens.forEach((t, i) => {
        if (!t.stem || !topical.has(t.stem) || topic.terms.has(t.stem)) return;
        const near = tokens.slice(Math.max(0, i - 6), i + 7).some((n) => n.stem && topic.terms.has(n.stem));
        if (!near) return;
        if (/ed$/.test(t.word) && /\b(1[89]|20)\d\d\b/.test(s.text)) add(`when was the ${topic.word} ${t.word}`);
        const before = tokens.slice(Math.max(0, i - 2), i).some((n) => n.stem && topic.terms.has(n.stem));
        if (before && /[^s]s$/.test(t.word) && analyzer.stemWord(t.word.slice(0, -1)) === t.stem) add(`what does the ${topic.word} ${t.word.slice(0, -1)}`);
      });
    }
  }
  return [...out];
}

/** The thesaurus group the articles use most, named by its first word ("treaty"). */
function mainTopic(answerer: Answerer): { word: string; terms: Set<string> } | undefined {
  const analyzer = answerer.search.analyzer;
  const groups = analyzer.lexicon.synonyms.map((group) => ({ word: group[0]!, terms: new Set(group.flatMap((w) => analyzer.wordTerms(w))) }));
  const counts = answerer.search.occurrences(groups.flatMap((g) => [...g.terms]));
  let best: { word: string; terms: Set<string>; n: number } | undefined;
  for (const { word, terms } of groups) {
    const n = [...terms].reduce((sum, t) => sum + (counts.get(t) ?? 0), 0);
    if (!best || n > best.n) best = { word, terms, n };
  }
  return best && best.n > 0 ? best : undefined;
}
