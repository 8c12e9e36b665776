import type { Answerer } from "../../src/answer/answer.js";
import type { AnswerService } from "../../src/discord/command.js";

/**
 * The real answerer with faults on demand, chosen by a prefix of the question (removed before
 * answering): `[slow] ...` answers after `slowMs`, `[fail] ...` throws as a broken index would.
 * The slowness is asynchronous on purpose: a synchronous stall would block the event loop and
 * with it the router's deferral timer (real slowness must be made asynchronous the same way).
 */
export const SLOW = "[slow] ";
export const FAIL = "[fail] ";

export function faultyAnswerer(real: Answerer, slowMs = 2600): AnswerService {
  return {
    corpus: real.corpus,
    search: real.search,
    subject: real.subject,
    article: (id) => real.article(id),
    neighbours: (sentence, radius) => real.neighbours(sentence, radius),
    async answer(question, options) {
      if (question.startsWith(FAIL)) throw new Error("the index is unavailable (injected fault)");
      if (question.startsWith(SLOW)) {
        await new Promise((resolve) => setTimeout(resolve, slowMs));
        return real.answer(question.slice(SLOW.length), options);
      }
      return real.answer(question, options);
    },
  };
}
