import { renderPage } from "./answer/views.js";
import type { Logger } from "./logger.js";
import type { Pipeline } from "./pipeline.js";

/** How long the answer path answers questions before a bot process connects (see `warmUp`), after `Answerer.prepare`. */
export const WARM_UP_MS = 400;

/**
 * Runs the answer path (search, formatting, buttons, "did you mean") on the sources' sample
 * questions, then the suggested ones, before the bot connects, for at most `budgetMs`. V8
 * compiles a regular expression on its first use and a function to fast code only after it has
 * run many times: without this, the first members after a start wait behind cold code (the
 * first 20 questions took several times as long as the next ones). The sample questions come
 * first because they are what members ask (the suggested ones are all "who is", "what did ...
 * say"). Nothing is stored, sent or logged per question.
 */
export async function warmUp(pipeline: Pick<Pipeline, "answerer" | "suggester" | "sources">, logger: Logger, budgetMs = WARM_UP_MS): Promise<void> {
  // What questions would otherwise work out on first need (0.2-0.4 s at 57k sentences), before
  // the budget: on a busy machine it took the whole of one, and the first members met cold code.
  let started = performance.now();
  pipeline.answerer.prepare();
  const preparedMs = Math.round(performance.now() - started);
  started = performance.now();
  const answered = pipeline.suggester.questions.map((q) => q.text);
  // Every tenth one with its words reversed: questions nothing answers, for "did you mean".
  const unanswered = answered.filter((_, i) => i % 10 === 0).map((q) => q.replace(/\p{L}+/gu, (w) => [...w].reverse().join("")));
  let questions = 0;
  for (const question of [...pipeline.sources.questions, ...answered, ...unanswered]) {
    if (performance.now() - started > budgetMs) break;
    const request = { question, key: "warm-up-key", offset: 0, ephemeral: false, askerId: "0" };
    await renderPage(pipeline.answerer, request, () => pipeline.suggester.didYouMean(question));
    questions++;
  }
  logger.info({ preparedMs, questions, ms: Math.round(performance.now() - started) }, "answer path warmed up");
}
