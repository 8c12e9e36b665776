import { LRUCache } from "lru-cache";
import type { Answer, AnswerOptions } from "./answer.js";

/** How many distinct questions (with their page and options) a bot process keeps the answers of. */
export const RECENT_ANSWERS = 1000;

/**
 * The answers to the questions asked last, so that a question asked again (members repeat the
 * popular ones, and pick the same autocomplete suggestions) costs a look-up instead of a search.
 * An answer is a pure function of the question as typed, its options and the articles: the
 * cache belongs to one `Answerer`, so a reload (a new answerer) starts empty. Answers are frozen
 * when kept, since every caller then shares them.
 */
export class RecentAnswers {
  private readonly answers: LRUCache<string, Answer>;

  constructor(max: number = RECENT_ANSWERS) {
    this.answers = new LRUCache<string, Answer>({ max });
  }

  /** The answer kept for `question` with `options`, or `work()`'s, kept from now on. */
  get(question: string, options: AnswerOptions, work: () => Answer): Answer {
    const key = keyOf(question, options);
    const kept = this.answers.get(key);
    if (kept) return kept;
    const answer = frozen(work());
    this.answers.set(key, answer);
    return answer;
  }
}

/** Every option that changes an answer, with its default, then the question as typed (its case and spaces may matter). */
function keyOf(question: string, o: AnswerOptions): string {
  const flags = [o.dedupe ?? true, o.refuse ?? true, o.continuation ?? true].map((f) => (f ? 1 : 0)).join("");
  return `${o.top ?? 3}/${o.offset ?? 0}/${flags}/${question}`;
}

/** The answer and what it holds of its own (not the corpus's sentences and citations), read-only. */
function frozen(answer: Answer): Answer {
  for (const p of answer.passages) {
    Object.freeze(p.highlights);
    Object.freeze(p.alsoReportedBy);
    Object.freeze(p);
  }
  Object.freeze(answer.passages);
  if (answer.direct) Object.freeze(answer.direct);
  return Object.freeze(answer);
}
