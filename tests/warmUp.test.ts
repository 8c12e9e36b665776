import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { buildPipeline } from "../src/pipeline.js";
import { warmUp } from "../src/warmUp.js";
import { logCapture, startTestBot } from "./helpers/bot.js";

const pipeline = buildPipeline("corpus");

describe("warming up the answer path at start-up", () => {
  it("answers every suggested question, and a tenth of them garbled, within its budget", async () => {
    const capture = logCapture();
    await warmUp(pipeline, createLogger({ destination: capture.destination }), 60_000);
    const [line] = capture.parsed().filter((l) => l.msg === "answer path warmed up");
    const n = pipeline.suggester.questions.length;
    expect(n).toBeGreaterThan(10);
    expect(line?.questions).toBe(n + Math.ceil(n / 10));
  });

  it("stops when its time is up", async () => {
    const capture = logCapture();
    await warmUp(pipeline, createLogger({ destination: capture.destination }), 0);
    expect(capture.parsed().find((l) => l.msg === "answer path warmed up")?.questions).toBeLessThanOrEqual(1);
  });

  it("runs before the bot connects", async () => {
    const t = await startTestBot();
    try {
      const messages = t.logs.map((l) => JSON.parse(l).msg as string);
      expect(messages.indexOf("answer path warmed up")).toBeGreaterThan(-1);
      expect(messages.indexOf("answer path warmed up")).toBeLessThan(messages.indexOf("connected to Discord"));
      // The sample questions of /sources were answered just before (the same answer path): the start-up logs how long, and counts it toward the warm-up.
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
