import { describe, expect, it } from "vitest";
import { fullNameIn, fullOfficeIn } from "../src/answer/fullNames.js";
import { buildAnswerer } from "../src/pipeline.js";

// Through the real corpus and alias file: the articles as they name people.
const answerer = buildAnswerer("corpus");
const article = (publisher: string) => answerer.corpus.articles.find((a) => a.publisher === publisher)!.sentences;
const analyzer = answerer.search.analyzer;

describe("the full name an article gives a lone surname", () => {
  it("gives the name as the article writes it, its canonical spelling first", () => {
    expect(fullNameIn("Wang", article("Press TV"), analyzer)).toBe("Wang Wenbin");
    // Blasting News writes "Kim Jong-un" only.
    expect(fullNameIn("Kim", article("Blasting News"), analyzer)).toBe("Kim Jong-un");
    expect(fullNameIn("Liu", article("UPI"), analyzer)).toBe("Liu Xiaoming");
  });

  it("gives none when another person of the article has that name too, or the article never names them in full", () => {
    // UPI names Kim Jong Un, Kim Il Sung and Sung Kim.
    expect(fullNameIn("Kim", article("UPI"), analyzer)).toBeUndefined();
    // Blasting News never names Wang Wenbin.
    expect(fullNameIn("Wang", article("Blasting News"), analyzer)).toBeUndefined();
  });

  it("leaves alone what is not one word naming a person", () => {
    expect(fullNameIn("Wang Wenbin", article("Press TV"), analyzer)).toBeUndefined();
    expect(fullNameIn("Beijing", article("Press TV"), analyzer)).toBeUndefined();
    expect(fullNameIn("1961", article("Press TV"), analyzer)).toBeUndefined();
  });
});

describe("the fuller words an article gives a post named by its office alone", () => {
  it("gives whose post it is and where, as the article first writes it", () => {
    // Blasting News: "China’s ambassador to Pyongyang highlighted ..." then "The ambassador made these observations ...".
    expect(fullOfficeIn("The ambassador", article("Blasting News"))).toBe("China’s ambassador to Pyongyang");
    expect(answerer.answer("who called the friendship 'unbreakable', was it xi?").direct?.text).toBe("China’s ambassador to Pyongyang");
  });

  it("gives none when the article names the post's holder after the office, or never says whose post it is", () => {
    // UPI: "Chinese foreign ministry spokesman Wang Wenbin said ...": his name says more.
    expect(fullOfficeIn("the spokesman", article("UPI"))).toBeUndefined();
    expect(fullOfficeIn("The ambassador", article("UPI"))).toBeUndefined();
    expect(fullOfficeIn("Wang Wenbin", article("Press TV"))).toBeUndefined();
  });
});
