import { describe, expect, it } from "vitest";
import { evaluate, readQuestionFile } from "../src/eval/evaluate.js";
import { buildAnswerer } from "../src/pipeline.js";

/** The bot's answer quality on the dev questions; figures are deterministic, so this is a fair gate. */
describe("answer quality (npm run eval)", () => {
  const answerer = buildAnswerer("corpus");
  const system = (q: string) => {
    const a = answerer.answer(q, { top: 10 });
    return { answered: a.answered, passages: a.passages.map((p) => p.text) };
  };

  it("meets the targets on the dev questions", () => {
    const report = evaluate(readQuestionFile("tests/eval/dev-qa.json"), system);
    expect(report.answerable).toBe(20);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.hitAt3).toBe(1);
    expect(report.unanswerableRefused).toBe(1);
    expect(report.answerableRefused).toBe(0);
  });

  it("holds up on the team's second question file", () => {
    const report = evaluate(readQuestionFile("tests/eval/extra-qa.json"), system);
    expect(report.hitAt3).toBeGreaterThanOrEqual(0.9);
    expect(report.unanswerableRefused).toBe(1);
    expect(report.answerableRefused).toBe(0);
  });

  it("counts a refusal of an answerable question as a miss and a refusal", () => {
    const report = evaluate({ answerable: [{ q: "x", gold: ["y"] }], unanswerable: ["z"] }, () => ({ answered: false, passages: [] }));
    expect(report).toMatchObject({ hitAt1: 0, hitAt3: 0, mrrAt10: 0, answerableRefused: 1, unanswerableRefused: 1 });
  });

  it("folds case, quotes and white space when matching gold", () => {
    const report = evaluate({ answerable: [{ q: "x", gold: ['ruled out "any contact"'] }], unanswerable: [] }, () => ({
      answered: true,
      passages: ["nope", "He has Ruled  out “any contact” with them."],
    }));
    expect(report).toMatchObject({ hitAt1: 0, hitAt3: 1, mrrAt10: 0.5 });
  });
});
