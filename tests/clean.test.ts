import { describe, expect, it } from "vitest";
import { cleanBody, FOOTER_RULES, LINE_RULES } from "../src/corpus/clean.js";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import type { Sentence } from "../src/corpus/types.js";

const kept = (body: string) => cleanBody(body).kept.map((l) => l.text);
const ruleOf = (line: string) => cleanBody(`Some real sentence.\n${line}\nAnother real sentence.`).removed[0]?.rule;

describe("cleaning page boilerplate", () => {
  it.each([
    ["RELATED Speculation about Kim Jong Un's health 'unfounded,' Seoul's spy agency says", "related-link"],
    ["File Photo by Stephen Shaver/UPI | License Photo", "photo-credit"],
    ["News \u00a0/ \u00a0Koreas", "breadcrumb"],
    ["!-- Google tag (gtag.js) -->", "tracking-tag"],
    ["www.presstv.ir", "bare-address"],
  ])("drops %j (%s)", (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    ["Latest Headlines", "footer-latest-headlines"],
    ["Follow Us", "footer-follow-us"],
    ["SHARE THIS ARTICLE", "footer-share"],
    ["Press TV’s website can also be accessed at the following alternate addresses:", "footer-alternate-addresses"],
  ])("cuts the footer from %j on", (marker, rule) => {
    const { kept: k, removed } = cleanBody(`Real text.\n${marker}\nwww.example.org\nPress TV News Roku\n`);
    expect(k.map((l) => l.text)).toEqual(["Real text."]);
    expect(removed.map((r) => r.rule)).toEqual([rule, rule, rule]);
  });

  it("keeps a photo caption's words and its credit as lines of their own, once, each a verbatim slice of its line", () => {
    const body = [
      "Headline of the story",
      "China reaffirmed strong ties with North Korea ahead of a bilateral anniversary Sunday. File Photo by Stephen Shaver/UPI",
      "China reaffirmed strong ties with North Korea ahead of a bilateral anniversary Sunday. File Photo by Stephen Shaver/UPI | License Photo",
      "North Korean leader Kim Jon-un (R) shakes hands with China's President Xi Jinping during Xi's visit in Pyongyang, North Korea on June 21, 2019. (Photo via Reuters)",
      "The story itself.",
    ].join("\n");
    const { kept: k, captions, removed } = cleanBody(body);
    expect(k.map((l) => l.text)).toEqual(["Headline of the story", "The story itself."]);
    expect(captions.map((l) => l.text.trim())).toEqual([
      "China reaffirmed strong ties with North Korea ahead of a bilateral anniversary Sunday.",
      "File Photo by Stephen Shaver/UPI",
      "North Korean leader Kim Jon-un (R) shakes hands with China's President Xi Jinping during Xi's visit in Pyongyang, North Korea on June 21, 2019.",
      "(Photo via Reuters)",
    ]);
    for (const l of captions) expect(body.slice(l.start, l.end)).toBe(l.text);
    // Only the licence link goes (the repeated caption is the same caption).
    expect(removed.map((r) => [r.text, r.rule])).toEqual([["| License Photo", "photo-credit"]]);
    // A credit with no caption is a credit line, dropped whole.
    expect(cleanBody("Story.\nFile Photo by Stephen Shaver/UPI | License Photo\n").captions).toEqual([]);
  });

  it("puts captions after the story, whose sentences keep their positions", () => {
    const press = loadCorpus("corpus").articles.find((a) => a.publisher === "Press TV")!;
    const [caption, credit] = press.sentences.slice(-2) as [Sentence, Sentence];
    expect(caption.text).toBe("North Korean leader Kim Jon-un (R) shakes hands with China's President Xi Jinping during Xi's visit in Pyongyang, North Korea on June 21, 2019.");
    expect(credit.text).toBe("(Photo via Reuters)");
    for (const s of [caption, credit]) expect(press.body.slice(s.start, s.end)).toBe(s.text);
    expect(press.sentences[1]!.text).toMatch(/^North Korea and China have hailed the 60th anniversary/);
  });

  it("keeps article sentences, headlines and sub-heads, and their exact offsets", () => {
    const body = "China is the biggest ally of North Korea\nThe treaty was renewed in 2001 by both sides.\n";
    const lines = cleanBody(body).kept;
    expect(lines.map((l) => l.text)).toEqual(["China is the biggest ally of North Korea", "The treaty was renewed in 2001 by both sides."]);
    for (const l of lines) expect(body.slice(l.start, l.end)).toBe(l.text);
  });

  it("does not mistake prose for boilerplate", () => {
    expect(kept("He said the photo by the river was related to the visit.\nShe follows us closely.")).toHaveLength(2);
    expect(kept("Beijing / Pyongyang relations have warmed, officials said on Monday in a long statement.")).toHaveLength(1);
  });

  it("has a reason for every rule", () => {
    for (const r of [...LINE_RULES, ...FOOTER_RULES]) expect(r.why.length).toBeGreaterThan(10);
  });

  it("leaves no boilerplate in the bundled articles", () => {
    const text = loadCorpus("corpus").sentences.map((s) => s.text).join("\n");
    for (const bad of ["RELATED", "License Photo", "Latest Headlines", "Follow Us", "SHARE THIS", "presstv.ir", "gtag", "News / Koreas", "alternate addresses"]) {
      expect(text).not.toContain(bad);
    }
  });
});
