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
  /** How long answering the sample questions took (the start-up's warm-up counts it: the same answer path ran). */
  answeredMs: number;
  /** An article's sentences quoted in answers to the sample questions, most quoted first. */
  quoted(articleId: string): QuotedSentence[];
}

export function buildSourceCatalog(answerer: Answerer, questions: readonly string[]): SourceCatalog {
  const started = performance.now();
  const counts = new Map<string, QuotedSentence>();
  for (const q of questions) {
    for (const { sentence } of answerer.answer(q).passages) {
      const entry = counts.get(sentence.id) ?? { sentence, answers: 0 };
      entry.answers++;
      counts.set(sentence.id, entry);
    }
  }
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
    answeredMs,
    quoted: (articleId) => byArticle.get(articleId) ?? [],
  };
}

function corpusVersion(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  for (const a of articles) hash.update(`${a.id}\u0000${a.title}\u0000${a.sentences.length}\u0000`);
  return hash.digest("hex").slice(0, 8);
}
