import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * `npm run bench:e2e` measures the pipeline only if every question really reaches it: a
 * harness whose interactions all came from one member once measured the cooldown notice
 * instead. A small run on the bundled articles checks the harness itself: the compiled bot
 * started as `npm start` starts it, cold and from the saved index, and the bare bot.
 */
describe("npm run bench:e2e (small run on the bundled articles)", () => {
  it("gets a real reply (passages with citations, or nothing found) to every question, from both bots, and times start-up", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/e2e.ts", "--size", "articles", "--count", "40", "--concurrency", "8", "--json"], {
      encoding: "utf8",
      timeout: 150_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    expect(out.distinctQuestions).toBe(40);
    expect(out.pipeline.lost).toBe(0);
    expect(out.pipeline.answered).toBe(40);
    expect(out.pipeline.replies.other).toBe(0);
    expect(out.pipeline.replies.answer).toBeGreaterThan(30);
    expect(out.pipeline.replies.nothingFound).toBeGreaterThan(0); // the off-topic evaluation questions
    expect(out.bare.lost).toBe(0);
    expect(out.bare.answered).toBe(40);
    expect(out.p50Ratio).toBeGreaterThan(0);
    // CPU by thread adds up to the process's: each thread's readings (and the process's) are
    // truncated to Linux's 10 ms ticks, so over these 40 interactions the sum may miss the whole by
    // less than a tick per thread and one for the process, shared among the interactions (the
    // fixed 1 ms once allowed failed a run on that rounding alone: "expected 1 to be less than 1").
    for (const bot of [out.pipeline, out.bare]) {
      const threads = Object.values(bot.cpuMsPerInteractionByThread as Record<string, number>);
      expect(bot.cpuMsPerInteractionByThread.main).toBeGreaterThan(0);
      expect(bot.threads).toBeGreaterThanOrEqual(threads.length);
      const ticks = bot.threads + 1;
      expect(Math.abs(threads.reduce((a, b) => a + b, 0) - bot.cpuMsPerInteraction)).toBeLessThanOrEqual((ticks * 10) / out.distinctQuestions);
    }
    // Start-up: the cold bot built the index, the next one loaded what it saved; both answered.
    expect(out.startup.cold.log).toHaveProperty(["index built"]);
    expect(out.startup.saved.log).toHaveProperty(["index loaded"]);
    for (const start of [out.startup.cold, out.startup.saved, out.startup.bare]) expect(start.firstAnswerMs).toBeGreaterThanOrEqual(start.readyMs);
  }, 180_000);
});
