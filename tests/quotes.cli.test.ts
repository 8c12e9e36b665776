import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const quotes = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/quotes.ts", ...args], { encoding: "utf8", timeout: 30_000, env: { ...process.env, CORPUS_DIR: "" } });

const WANG = "China will continue to play a constructive role until lasting peace and stability is realized on the peninsula";

describe("npm run quotes", () => {
  it("--json --speaker prints every quote of that person with its citation", () => {
    const run = quotes("--json", "--speaker", "Kim Jong Un");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { speaker: string; quote: string; citation: { n: number } }[];
    expect(out).toHaveLength(10);
    for (const q of out) expect(Object.keys(q)).toEqual(["speaker", "quote", "citation"]);
    expect(out.every((q) => q.speaker === "Kim Jong-un")).toBe(true);
    expect(out[0]).toMatchObject({ quote: "The comradely trust and militant friendship between the DPRK and China get stronger day by day.", citation: { n: 2 } });
  });

  it("--json --verify: exact for copied words, close with the two changed words, not_found for invented ones", () => {
    const exact = JSON.parse(quotes("--json", "--verify", WANG).stdout);
    expect(exact).toMatchObject({ verdict: "exact", speaker: "Wang Wenbin", quote: `${WANG},`, citation: { n: 1, publisher: "UPI" } });

    const close = JSON.parse(quotes("--json", "--verify", WANG.replace("constructive", "decisive").replace("peace", "calm")).stdout);
    expect(close).toMatchObject({ verdict: "close", speaker: "Wang Wenbin", citation: { n: 1 } });
    expect(close.changes).toEqual([
      { posted: "decisive", article: "constructive" },
      { posted: "calm", article: "peace" },
    ]);

    expect(JSON.parse(quotes("--json", "--verify", "Our friendship will shine forever like the sun").stdout)).toEqual({ verdict: "not_found" });
  });

  it("--eval prints per-speaker counts, precision and recall", () => {
    const run = quotes("--eval", "tests/quotes/gold-quotes.json");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Xi Jinping +5 +5 +5 +100\.0% +100\.0%$/m);
    expect(run.stdout).toMatch(/^Wang Wenbin +9 +9 +9 +100\.0% +100\.0%$/m);
  });

  it("names the people quoted when asked for someone else, and exits 1", () => {
    const run = quotes("--speaker", "Mickey Mouse");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No quotes of "Mickey Mouse" in the articles\. People quoted: Kim Jong-un, Wang Wenbin, Xi Jinping/);
  });
});
