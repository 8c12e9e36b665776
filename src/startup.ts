import { type BotContext, createBotContext } from "./discord/command.js";
import type { Logger } from "./logger.js";
import { recordIndex } from "./metrics/metrics.js";
import { openPipeline, type Pipeline } from "./pipeline.js";
import { WARM_UP_MS, warmUp } from "./warmUp.js";

/**
 * Start-up of every bot process (gateway, shard or HTTP): the index, quotations and
 * suggestions from the saved index when it matches the corpus, else built (and saved for next
 * time), with a log line for each step saying which and how long it took.
 */
export function openSavedWork(config: { CORPUS_DIR: string; INDEX_FILE: string }, logger: Logger): Pipeline {
  const { pipeline, index, extras, ms, saveError } = openPipeline(config.CORPUS_DIR, config.INDEX_FILE);
  const { answerer, quotes, sources, suggester } = pipeline;
  const fields = { articles: answerer.corpus.articles.length, sentences: answerer.corpus.sentences.length, source: index, ms: ms.index };
  logger.info(fields, `index ${index}`);
  recordIndex(fields, index);
  logger.info(
    { quotes: quotes.quotes.length, sampleQuestions: sources.sampleQuestions, sampleQuestionsMs: Math.round(sources.answeredMs), suggestions: suggester.questions.length, source: extras, ms: ms.extras },
    extras === "loaded" ? "quotes and suggestions loaded, sources built" : "quotes, sources and suggestions built",
  );
  if (saveError) logger.warn({ indexFile: config.INDEX_FILE, err: saveError }, "could not save the index; the next start will build it again");
  return pipeline;
}

/**
 * Everything a bot process's handlers need: the index (saved or built), quotations, sources,
 * suggestions; with the answer path warmed up, so the first members are served by fast code.
 */
export async function openBotContext(config: { CORPUS_DIR: string; INDEX_FILE: string }, logger: Logger, overrides: Partial<BotContext> = {}): Promise<BotContext> {
  const pipeline = openSavedWork(config, logger);
  // Members repeat questions: those asked again (and the suggestions the warm-up answers) are looked up, not searched.
  pipeline.answerer.rememberAnswers();
  // Answering the sample questions of /sources (unless the saved index held their counts) ran the same answer path just now: it counts toward the warm-up.
  await warmUp(pipeline, logger, Math.max(0, WARM_UP_MS - pipeline.sources.answeredMs));
  return createBotContext(pipeline, logger, overrides);
}
