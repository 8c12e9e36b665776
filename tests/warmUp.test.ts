import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { allQuestions, readQuestionFile } from "../src/eval/evaluate.js";
import { buildAnswerer, buildPipeline } from "../src/pipeline.js";
import { warmUp } from "../src/warmUp.js";
import { logCapture, startTestBot } from "./helpers/bot.js";

const pipeline = buildPipeline("corpus");

describe("warming up the answer path at start-up", () => {
  it("answers the sources' sample questions, every suggested question, and a tenth of them garbled, within its budget", async () => {
    const capture = logCapture();
    await warmUp(pipeline, createLogger({ destination: capture.destination }), 60_000);
    const [line] = capture.parsed().filter((l) => l.msg === "answer path warmed up");
    const n = pipeline.suggester.questions.length;
    expect(n).toBeGreaterThan(10);
    expect(pipeline.sources.questions.length).toBeGreaterThan(10);
    expect(line?.questions).toBe(pipeline.sources.questions.length + n + Math.ceil(n / 10));
  });

  it("stops when its time is up", async () => {
    const capture = logCapture();
    await warmUp(pipeline, createLogger({ destination: capture.destination }), 0);
    const line = capture.parsed().find((l) => l.msg === "answer path warmed up");
    expect(line?.questions).toBeLessThanOrEqual(1);
    // What the answer path works out on first need is worked out all the same (`Answerer.prepare`).
    expect(typeof line?.preparedMs).toBe("number");
  });

  it("works out first what questions would otherwise work out on first need, and no answer changes for it", () => {
    const prepared = buildAnswerer("corpus");
    prepared.prepare();
    const plain = buildAnswerer("corpus");
    // Abbreviations spelt out, words typed as they sound, who speaks, everyday words beside the treaty's.
    const questions = ["what does DPRK stand for", "wat did the sankshuns do", "who said the treaty is a cornerstone", "is the alliance still on", ...allQuestions(readQuestionFile("tests/eval/dev-qa.json"))];
    for (const q of questions) expect(prepared.answer(q)).toEqual(plain.answer(q));
  });

  it("runs before the bot connects", async () => {
    const t = await startTestBot();
    try {
      const messages = t.logs.map((l) => JSON.parse(l).msg as string);
      expect(messages.indexOf("answer path warmed up")).toBeGreaterThan(-1);
      expect(messages.indexOf("answer path warmed up")).toBeLessThan(messages.indexOf("connected to Discord"));
      // The sample questions of /sources were answered just before (the same answer path), or their counts read from the saved index: the start-up logs how long, and counts it toward the warm-up.
      // (Its line reads "... sources built" after a start from the saved index, "quotes, sources and suggestions built" after one without.)
      const sources = t.logs.map((l) => JSON.parse(l)).find((l) => /\bsources\b.*\bbuilt$/.test(l.msg));
      expect(sources?.sampleQuestions).toBeGreaterThan(0);
      expect(typeof sources?.sampleQuestionsMs).toBe("number");
      // The bot process keeps answers for questions asked again (src/answer/recentAnswers.ts), as /treaty asks them.
      const suggestion = pipeline.suggester.questions[0]!.text;
      expect(await t.bot.answerer.answer(suggestion, { top: 4 })).toBe(await t.bot.answerer.answer(suggestion, { top: 4 }));
    } finally {
      await t.stop();
    }
  });
});
