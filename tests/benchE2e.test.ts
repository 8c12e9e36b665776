import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * `npm run bench:e2e` measures the pipeline only if every question really reaches it: a
 * harness whose interactions all came from one member once measured the cooldown notice
 * instead. A small run on the bundled articles checks the harness itself.
 */
describe("npm run bench:e2e (small run on the bundled articles)", () => {
  it("gets a real reply (passages with citations, or nothing found) to every question, from both bots", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/e2e.ts", "--size", "articles", "--count", "40", "--concurrency", "8", "--json"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    expect(out.distinctQuestions).toBe(40);
    expect(out.pipeline.answered).toBe(40);
    expect(out.pipeline.replies.other).toBe(0);
    expect(out.pipeline.replies.answer).toBeGreaterThan(30);
    expect(out.pipeline.replies.nothingFound).toBeGreaterThan(0); // the off-topic evaluation questions
    expect(out.bare.answered).toBe(40);
    expect(out.p50Ratio).toBeGreaterThan(0);
  }, 150_000);
});
