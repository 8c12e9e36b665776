import { describe, expect, it } from "vitest";
import { splitLines } from "../src/corpus/clean.js";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { toSentences } from "../src/corpus/sentences.js";

const split = (text: string) => toSentences("t", text, splitLines(text)).map((s) => s.text);

describe("sentence splitting", () => {
  it("keeps U.S. with what follows it", () => {
    expect(split("Liu told the U.S. envoy that. He spoke at the U.S. State Department. Then he left.")).toEqual([
      "Liu told the U.S. envoy that.",
      "He spoke at the U.S. State Department.",
      "Then he left.",
    ]);
  });

  it("keeps titles, Jr. and initials inside a sentence", () => {
    expect(split("Mr. Smith met Sen. John Q. Public Jr. in Washington. He left.")).toEqual([
      "Mr. Smith met Sen. John Q. Public Jr. in Washington.",
      "He left.",
    ]);
  });

  it("ends a sentence after a closing quote and after a year", () => {
    expect(split("He promised “to a new stage.” The treaty was signed in 1949. The Straits\u00a0Times said so.")).toEqual([
      "He promised “to a new stage.”",
      "The treaty was signed in 1949.",
      "The Straits Times said so.",
    ]);
  });

  it("treats a line as a boundary, so headlines without a stop stand alone", () => {
    expect(split("The validity of the treaty is of 20 years\nThe treaty is valid for 20 years.")).toEqual([
      "The validity of the treaty is of 20 years",
      "The treaty is valid for 20 years.",
    ]);
  });

  it("keeps the verbatim offsets of every sentence in the articles", () => {
    const corpus = loadCorpus("corpus");
    for (const a of corpus.articles) {
      a.sentences.forEach((s, i) => {
        expect(s.position).toBe(i);
        expect(s.id).toBe(`${a.id}:${i}`);
        expect(a.body.slice(s.start, s.end).replace(/[\s\u00a0]+/g, " ")).toBe(s.text);
      });
    }
  });

  it("splits the real articles where a reader would", () => {
    const texts = loadCorpus("corpus").sentences.map((s) => s.text);
    expect(texts).toContain(
      "Yonhap reported Tuesday that U.S. Special Representative for North Korea Sung Kim spoke to Liu on the phone, citing a source at the U.S. State Department.",
    );
    expect(texts).toContain("The agreement was last renewed in 2001.");
    expect(texts).toContain("Both the sides renewed it in 1981 and 2001, and it could get another extension.");
    expect(texts).toContain("The defence treaty guarantees cooperation and mutual assistance during an armed attack.");
    expect(texts).toContain("The Straits Times mentioned that Kim first visited China in March 2018 and the two leaders have since met five times.");
    expect(texts.some((t) => /^(U\.S\.|State Department)/.test(t) && t.length < 20)).toBe(false);
  });
});
