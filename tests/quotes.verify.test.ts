import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAnswerer, buildQuoteIndex } from "../src/pipeline.js";
import { calibrate, evaluateQuotes, formatEvaluation, readGold } from "../src/quotes/evaluate.js";
import { formatVerificationText, verificationJson } from "../src/quotes/terminal.js";
import { CLOSE, changesOf } from "../src/quotes/verify.js";

const index = buildQuoteIndex(buildAnswerer("corpus"));
const WANG_UPI = "China will continue to play a constructive role until lasting peace and stability is realized on the peninsula,";

describe("hand-checked quotations (tests/quotes/gold-quotes.json)", () => {
  const gold = readGold("tests/quotes/gold-quotes.json");
  const e = evaluateQuotes(index, gold);

  it("finds every quotation of the articles and nothing else", () => {
    expect(e.extraction).toEqual({ gold: gold.quotes.length, found: gold.quotes.length, matched: gold.quotes.length });
  });

  it.each(["Xi Jinping", "Kim Jong-un", "Wang Wenbin"])("attributes every quotation of %s, and only those, to him", (speaker) => {
    const s = e.speakers.find((x) => x.speaker === speaker)!;
    expect(s.gold).toBeGreaterThan(0);
    expect(s).toMatchObject({ found: s.gold, correct: s.gold, precision: 1, recall: 1 });
  });

  it("never gives a quote to the wrong person, and keeps the unclear ones unattributed", () => {
    expect(e.errors).toEqual([]);
    expect(e.unattributed.keptUnknown).toBe(e.unattributed.gold);
    expect(e.overall.precision).toBe(1);
  });

  it("prints per-speaker counts, precision and recall", () => {
    const text = formatEvaluation(e);
    expect(text).toMatch(/^Kim Jong-un +10 +10 +10 +100\.0% +100\.0%$/m);
    expect(text).toContain("errors: none");
  });

  it("measures, so a wrong attribution would show", () => {
    const wrong = { quotes: gold.quotes.map((g, i) => (i === 0 ? { ...g, speaker: "Xi Jinping" } : g)) };
    const w = evaluateQuotes(index, wrong);
    // The index gives Wang a quote the list gives Xi: Wang's precision and Xi's recall drop.
    expect(w.speakers.find((s) => s.speaker === "Wang Wenbin")!.precision).toBeLessThan(1);
    expect(w.speakers.find((s) => s.speaker === "Xi Jinping")!.recall).toBeLessThan(1);
    expect(w.errors).toHaveLength(1);
  });
});

describe("verifying a quote", () => {
  it("says exact for a quote copied from an article, with who said it and where", () => {
    const v = index.verify(WANG_UPI);
    expect(v.verdict).toBe("exact");
    expect(v.match).toMatchObject({ speaker: "Wang Wenbin", citation: { n: 1, publisher: "UPI" } });
  });

  it("ignores case, curly or straight quotes and apostrophes, hyphens and spacing", () => {
    const v = index.verify("“CHINA’S   position on the Korean-Peninsula issue is always clear”");
    expect(v.verdict).toBe("exact");
    expect(v.match!.speaker).toBe("Wang Wenbin");
    expect(v.match!.text).toBe("China's position on the Korean Peninsula issue is always clear");
  });

  it("finds part of a quote, and cites the other articles that print it", () => {
    const v = index.verify("the comradely trust and militant friendship between the DPRK and China");
    expect(v.verdict).toBe("exact");
    expect(v.match!.speaker).toBe("Kim Jong-un");
    expect([v.match!.citation.n, ...v.match!.alsoReportedBy.map((c) => c.n)].sort()).toEqual([2, 3]);
  });

  it("says close for the same quote with two words changed, and shows which", () => {
    const posted = WANG_UPI.replace("constructive", "decisive").replace("lasting", "eternal");
    const v = index.verify(posted);
    expect(v.verdict).toBe("close");
    expect(v.match).toMatchObject({ speaker: "Wang Wenbin", citation: { n: 1 } });
    expect(changesOf(v.parts!)).toEqual([
      { posted: "decisive", article: "constructive" },
      { posted: "eternal", article: "lasting" },
    ]);
    expect(v.similarity).toBeCloseTo(16 / 18, 3);
  });

  it("marks the changed words in terminal text, and lists them in JSON", () => {
    const v = index.verify(WANG_UPI.replace("constructive", "decisive"));
    expect(formatVerificationText(v)).toContain("play a [-decisive-] {+constructive+} role");
    expect(verificationJson(v)).toMatchObject({ verdict: "close", speaker: "Wang Wenbin", quote: WANG_UPI, changes: [{ posted: "decisive", article: "constructive" }] });
  });

  it("says not_found for an invented quote", () => {
    expect(index.verify("China will never allow war or chaos on the Korean Peninsula under any circumstances").verdict).toBe("not_found");
  });

  it("recognises the article's own words as such, not as a quotation", () => {
    const v = index.verify("The agreement was last renewed in 2001.");
    expect(v.verdict).toBe("exact");
    expect(v.match!.quote).toBeUndefined();
    expect(v.match!.speaker).toBeUndefined();
  });

  it("separates every two-word misquote from every invented quote with the documented threshold", () => {
    const invented = JSON.parse(readFileSync("tests/quotes/invented-quotes.json", "utf8")) as string[];
    const c = calibrate(index, invented);
    expect(c.misquotes.length).toBeGreaterThan(15);
    for (const m of c.misquotes) expect(m, m.text).toMatchObject({ verdict: "close" });
    for (const i of c.invented) expect(i, i.text).toMatchObject({ verdict: "not_found" });
    expect(Math.min(...c.misquotes.map((m) => m.similarity))).toBeGreaterThan(CLOSE.minSimilarity);
    expect(Math.max(...c.invented.map((i) => i.similarity))).toBeLessThan(CLOSE.minSimilarity);
  });

  it("needs enough words for a near match: a short phrase is exact or not found", () => {
    expect(index.verify("hostile policy").verdict).toBe("exact");
    expect(index.verify("hostile treaty talks").verdict).toBe("not_found");
  });
});
