import { createHash } from "node:crypto";
import { z } from "zod";
import type { Answerer } from "../answer/answer.js";
import type { Article, Sentence } from "../corpus/types.js";
import { readDataFile } from "../search/lexicon.js";

/**
 * What `/sources` and `/pin-sources` show about the corpus, computed once at start-up.
 *
 * "Most quoted" has an honest, reproducible meaning: the bot keeps no history of what it has
 * answered, so the corpus ships the questions members typically ask (`questions.json`), and a
 * sentence's count is how many of those questions the bot answers by quoting it (the passages
 * `/treaty` would show). The same corpus and questions always give the same counts, so a pinned
 * card stays true until the articles change.
 */
export const SampleQuestionsSchema = z
  .object({ about: z.string().optional(), questions: z.array(z.string().trim().min(3).max(300)) })
  .strict();

export const SAMPLE_QUESTIONS_FILE = "questions.json";

/** The corpus folder's sample questions (or the project's default ones, like aliases.json). */
export function loadSampleQuestions(corpusDir: string): string[] {
  return readDataFile(corpusDir, SAMPLE_QUESTIONS_FILE, SampleQuestionsSchema).questions;
}

export interface QuotedSentence {
  sentence: Sentence;
  /** How many sample questions the bot answers by quoting this sentence. */
  answers: number;
}

export interface SourceCatalog {
  articles: readonly Article[];
  /** Short fingerprint of the corpus: page buttons carry it, so one from before a change is stale. */
  version: string;
  sampleQuestions: number;
  /** The sample questions themselves (the warm-up answers them first: they are what members ask). */
  questions: readonly string[];
  /** How long answering the sample questions took (the start-up's warm-up counts it: the same answer path ran). */
  answeredMs: number;
  /** Whether the counts came from the saved index (nothing answered; `answeredMs` is the time to read them). */
  fromSaved: boolean;
  /** An article's sentences quoted in answers to the sample questions, most quoted first. */
  quoted(articleId: string): QuotedSentence[];
  /** The counts, saved with the index (see `SavedSources`). */
  toJSON(): SavedSources;
}

/**
 * The counts as the saved index keeps them, with the questions they answer: answering them is
 * some 0.6 s of a start on a large corpus, and the same index answers the same questions alike.
 * `questions.json` is no part of the index's hash, so a file whose questions differ from the
 * corpus folder's is answered again.
 */
export interface SavedSources {
  questions: string[];
  /** Sentence id → how many of the questions quote it. */
  quoted: [string, number][];
}

/** The catalogue, from `saved` when it holds the same questions, else by answering them. */
export function buildSourceCatalog(answerer: Answerer, questions: readonly string[], saved?: SavedSources): SourceCatalog {
  const started = performance.now();
  const fromSaved = sameQuestions(saved, questions);
  const counts = fromSaved ? savedCounts(answerer, saved.quoted) : answeredCounts(answerer, questions);
  const answeredMs = performance.now() - started;
  const byArticle = new Map<string, QuotedSentence[]>();
  for (const entry of counts.values()) {
    const list = byArticle.get(entry.sentence.articleId) ?? [];
    list.push(entry);
    byArticle.set(entry.sentence.articleId, list);
  }
  for (const list of byArticle.values()) list.sort((a, b) => b.answers - a.answers || a.sentence.position - b.sentence.position);

  const { articles } = answerer.corpus;
  return {
    articles,
    version: corpusVersion(articles),
    sampleQuestions: questions.length,
    questions,
    answeredMs,
    fromSaved,
    quoted: (articleId) => byArticle.get(articleId) ?? [],
    toJSON: () => ({ questions: [...questions], quoted: [...counts.values()].map((e) => [e.sentence.id, e.answers]) }),
  };
}

function sameQuestions(saved: SavedSources | undefined, questions: readonly string[]): saved is SavedSources {
  return saved !== undefined && saved.questions.length === questions.length && saved.questions.every((q, i) => q === questions[i]);
}

function answeredCounts(answerer: Answerer, questions: readonly string[]): Map<string, QuotedSentence> {
  const counts = new Map<string, QuotedSentence>();
  for (const q of questions) {
    for (const { sentence } of answerer.answer(q).passages) {
      const entry = counts.get(sentence.id) ?? { sentence, answers: 0 };
      entry.answers++;
      counts.set(sentence.id, entry);
    }
  }
  return counts;
}

/** Saved counts over this corpus's sentences (in the order they were counted, as answering gives them). */
function savedCounts(answerer: Answerer, quoted: readonly [string, number][]): Map<string, QuotedSentence> {
  const wanted = new Map(quoted);
  const sentences = new Map<string, Sentence>();
  for (const s of answerer.corpus.sentences) if (wanted.has(s.id)) sentences.set(s.id, s);
  const counts = new Map<string, QuotedSentence>();
  for (const [id, answers] of quoted) {
    const sentence = sentences.get(id);
    if (!sentence) throw new Error(`the saved sources name sentence ${id}, which the corpus does not have`);
    counts.set(id, { sentence, answers });
  }
  return counts;
}

function corpusVersion(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  for (const a of articles) hash.update(`${a.id}\u0000${a.title}\u0000${a.sentences.length}\u0000`);
  return hash.digest("hex").slice(0, 8);
}
