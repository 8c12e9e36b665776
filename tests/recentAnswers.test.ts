import { describe, expect, it } from "vitest";
import { renderPage } from "../src/answer/views.js";
import { buildAnswerer } from "../src/pipeline.js";

/** Answers kept for questions asked again (src/answer/recentAnswers.ts), through the real index. */
const fresh = buildAnswerer("corpus");
const remembering = buildAnswerer("corpus").rememberAnswers(3);
const QUESTIONS = ["when was it renewed", "whats the deal w the nk treaty", "who r the leaders that sent msgs", "what did the japanese prime minister say about the treaty"];

describe("recent answers", () => {
  it("gives the answer a search gives, and the same one again without searching", () => {
    for (const q of QUESTIONS) {
      const first = remembering.answer(q, { top: 4 });
      expect(first).toEqual(fresh.answer(q, { top: 4 }));
      expect(remembering.answer(q, { top: 4 })).toBe(first);
    }
    // The evaluation and benchmarks search every time.
    expect(fresh.answer(QUESTIONS[0]!)).not.toBe(fresh.answer(QUESTIONS[0]!));
  });

  it("keeps a page, a number of passages and each option apart", () => {
    const q = "when was the treaty renewed";
    const firstPage = remembering.answer(q, { top: 4 });
    const secondPage = remembering.answer(q, { top: 4, offset: 3 });
    expect(secondPage).toEqual(fresh.answer(q, { top: 4, offset: 3 }));
    expect(secondPage.passages[0]?.sentence.id).not.toBe(firstPage.passages[0]?.sentence.id);
    expect(remembering.answer(q, { top: 2 }).passages).toHaveLength(2);
    expect(remembering.answer(q, { top: 4, dedupe: false })).toEqual(fresh.answer(q, { top: 4, dedupe: false }));
    // Case is the question's own: "US" and "us" may be read differently.
    expect(remembering.answer("WHEN WAS THE TREATY RENEWED", { top: 4 })).toEqual(fresh.answer("WHEN WAS THE TREATY RENEWED", { top: 4 }));
  });

  it("keeps only the last few, so that members' questions cannot grow it without limit", () => {
    const [a, b, c, d] = QUESTIONS;
    const first = remembering.answer(a!);
    remembering.answer(b!);
    remembering.answer(c!);
    remembering.answer(d!); // a is the least recently used of four, past the limit of 3
    const again = remembering.answer(a!);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("shares answers read-only: rendering a kept answer leaves it as it was", async () => {
    const q = "who signed the treaty";
    const kept = remembering.answer(q, { top: 4 });
    const copy = structuredClone(kept);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.passages) && kept.passages.every((p) => Object.isFrozen(p) && Object.isFrozen(p.highlights))).toBe(true);
    const request = { question: q, key: "k", offset: 0, ephemeral: true, askerId: "1", mentionId: "2" };
    const [one, two] = [await renderPage(remembering, request), await renderPage(remembering, { ...request, ephemeral: false, ping: true })];
    expect(one.body).not.toEqual(two.body);
    expect(remembering.answer(q, { top: 4 })).toEqual(copy);
  });
});
