import type { Answerer } from "./answer/answer.js";
import { type BotContext, createBotContext } from "./discord/command.js";
import type { Logger } from "./logger.js";
import { recordIndex } from "./metrics/metrics.js";
import { openAnswerer, pipelineFor } from "./pipeline.js";

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
  recordIndex(fields, source);
  if (saveError) logger.warn({ indexFile: config.INDEX_FILE, err: saveError }, "could not save the index; the next start will build it again");
  return answerer;
}

/** Everything a bot process's handlers need: the index (saved or built), quotations, sources, suggestions. */
export function openBotContext(config: { CORPUS_DIR: string; INDEX_FILE: string }, logger: Logger, overrides: Partial<BotContext> = {}): BotContext {
  const answerer = openIndex(config, logger);
  const started = performance.now();
  const ctx = createBotContext(pipelineFor(answerer), logger, overrides);
  logger.info(
    { quotes: ctx.quotes.quotes.length, sampleQuestions: ctx.sources.sampleQuestions, suggestions: ctx.suggester.questions.length, ms: Math.round(performance.now() - started) },
    "quotes, sources and suggestions built",
  );
  return ctx;
}
