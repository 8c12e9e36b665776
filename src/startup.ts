import type { Answerer } from "./answer/answer.js";
import type { Logger } from "./logger.js";
import { openAnswerer } from "./pipeline.js";

/**
 * Start-up of every bot process (gateway, shard or HTTP): the answerer from the saved index
 * when it matches the corpus, else built (and saved for next time), with one log line saying
 * which and how long it took.
 */
export function openIndex(config: { CORPUS_DIR: string; INDEX_FILE: string }, logger: Logger): Answerer {
  const started = performance.now();
  const { answerer, source, saveError } = openAnswerer(config.CORPUS_DIR, config.INDEX_FILE);
  const fields = { articles: answerer.corpus.articles.length, sentences: answerer.corpus.sentences.length, source, ms: Math.round(performance.now() - started) };
  logger.info(fields, source === "loaded" ? "index loaded" : "index built");
  if (saveError) logger.warn({ indexFile: config.INDEX_FILE, err: saveError }, "could not save the index; the next start will build it again");
  return answerer;
}
