import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatFeedbackSummary, summariseFeedback } from "../src/feedback/summary.js";

const vote = (verdict: "up" | "down", question: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ level: 30, time: 1, app: "treaty-bot", event: "feedback", verdict, question, offset: 0, passages: ["a:1", "b:2"], answerKey: "k", userId: "u", msg: "feedback", ...extra });

const LOG = [
  JSON.stringify({ level: 30, msg: "index built", articles: 4 }),
  vote("down", "when was it renewed", { userId: "1" }),
  vote("up", "when was it renewed", { userId: "1" }), // changed their mind: counts as 👍
  vote("down", "When  was it renewed", { userId: "2", passages: ["a:1"] }),
  vote("down", "who is Sung Kim", { answerKey: "other", userId: "3", passages: ["c:3"] }),
  vote("down", "who is Sung Kim", { answerKey: "other", userId: "4", passages: ["c:3"] }),
  vote("up", "what did Wang Wenbin say", { answerKey: "w", userId: "5" }),
  "not json",
  JSON.stringify({ event: "feedback", verdict: "maybe", question: "x" }),
];

describe("feedback summary", () => {
  it("counts each member's last vote per answer page, and ranks the worst questions and passages", () => {
    const s = summariseFeedback(LOG);
    expect(s).toMatchObject({ votes: 5, up: 2, down: 3, skipped: 3 });
    expect(s.worstQuestions).toEqual([
      { question: "who is Sung Kim", up: 0, down: 2 },
      { question: "when was it renewed", up: 1, down: 1 },
    ]);
    expect(s.worstPassages).toEqual([
      { sentence: "c:3", down: 2 },
      { sentence: "a:1", down: 1 },
    ]);
    expect(formatFeedbackSummary(s)).toMatch(/^5 votes: 👍 2 \(40%\)  👎 3 \(60%\)/);
  });

  it("handles an empty log", () => {
    expect(formatFeedbackSummary(summariseFeedback([]))).toBe("0 votes: 👍 0 (0%)  👎 0 (0%)");
  });
});

describe("npm run feedback", () => {
  const dir = mkdtempSync(join(tmpdir(), "treaty-feedback-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], input?: string) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/feedback.ts", ...args], { encoding: "utf8", input, timeout: 30_000 });

  it("summarises a JSON-lines log file, as text or JSON", () => {
    const file = join(dir, "bot.log");
    writeFileSync(file, LOG.join("\n"));
    const text = run([file]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("Questions voted down most:");
    expect(text.stdout).toMatch(/ {3}2 {3}0 {2}who is Sung Kim/);
    const json = run(["--json", "--top", "1", file]);
    expect(JSON.parse(json.stdout)).toMatchObject({ votes: 5, down: 3, worstQuestions: [{ question: "who is Sung Kim" }] });
  });

  it("reads standard input, and names a missing file", () => {
    expect(run([], LOG.join("\n")).stdout).toContain("5 votes");
    const missing = run([join(dir, "nope.log")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No such log file");
  });
});
