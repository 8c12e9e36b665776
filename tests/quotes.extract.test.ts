import { describe, expect, it } from "vitest";
import { findArticleQuotations, findTextQuotations, piecesToCheck } from "../src/quotes/extract.js";
import { buildAnswerer, buildQuoteIndex } from "../src/pipeline.js";

const quotedIn = (text: string) => findTextQuotations(text).map((q) => text.slice(q.start, q.end));

describe("finding quotations", () => {
  it("reads curly and straight double quotes, and a pair that mixes them", () => {
    expect(quotedIn("He said “curly words,” then \"straight words.\"")).toEqual(["curly words,", "straight words."]);
    expect(quotedIn("“We are not considering any contact,\" Ri Son-gwon said")).toEqual(["We are not considering any contact,"]);
  });

  it("finds partial quotes inside a sentence, and several in one", () => {
    expect(quotedIn("Kim said it is “the fixed stand” of his government to “ceaselessly develop” ties.")).toEqual(["the fixed stand", "ceaselessly develop"]);
  });

  it("keeps a quote that holds several sentences whole", () => {
    expect(quotedIn("“We will fight. We will win,” he said.")).toEqual(["We will fight. We will win,"]);
  });

  it("reads single quotes without mistaking apostrophes for them", () => {
    expect(quotedIn("Seoul's spy agency called Kim Jong Un's health rumours 'unfounded,' it says")).toEqual(["unfounded,"]);
    expect(quotedIn("China's doorstep and the leaders' talks")).toEqual([]);
    expect(quotedIn("He said ‘no more’ twice")).toEqual(["no more"]);
  });

  it("treats quotation marks inside a quotation as part of it", () => {
    expect(quotedIn("“They call it ‘a new stage’ of ties,” Xi said.")).toEqual(["They call it ‘a new stage’ of ties,"]);
  });

  it("ignores a stray mark and follows the multi-paragraph convention", () => {
    expect(quotedIn("a 12\" record and nothing else")).toEqual([]);
    expect(quotedIn("“First paragraph of a long quote\n“Second paragraph ends here.”")).toEqual(["First paragraph of a long quote", "Second paragraph ends here."]);
  });

  it("keeps the exact text between the marks, with offsets into the article body", () => {
    const answerer = buildAnswerer("corpus");
    for (const article of answerer.corpus.articles) {
      for (const q of findArticleQuotations(article.body)) {
        expect(article.body[q.open]).toMatch(/[“"]/);
        expect(article.body.slice(q.start, q.end)).toBe(article.body.slice(q.open + 1, q.close - 1).trim());
      }
    }
  });

  it("finds no quotations in page boilerplate (RELATED headlines)", () => {
    const index = buildQuoteIndex(buildAnswerer("corpus"));
    const upi = index.quotes.filter((q) => q.articleId === "000_800dbf628b9ad5a2").map((q) => q.text);
    expect(upi).not.toContain("unfounded,");
    expect(upi).not.toContain("boost troops");
  });
});

describe("pieces of a chat message to check", () => {
  it("checks each quotation of two words or more, else the whole text", () => {
    expect(piecesToCheck('Kim said "the treaty is dead" and "fine"')).toEqual(["the treaty is dead"]);
    expect(piecesToCheck("> China will continue to play a constructive role")).toEqual(["China will continue to play a constructive role"]);
    expect(piecesToCheck("lol")).toEqual([]);
    expect(piecesToCheck("")).toEqual([]);
  });

  it("checks at most five pieces", () => {
    expect(piecesToCheck(Array.from({ length: 8 }, (_, i) => `"word ${i}"`).join(" "))).toHaveLength(5);
  });
});
