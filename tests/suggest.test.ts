import { describe, expect, it } from "vitest";
import { Suggester } from "../src/answer/suggest.js";
import { buildAnswerer } from "../src/pipeline.js";
import { foldWord } from "../src/search/analyzer.js";

const answerer = buildAnswerer("corpus");
const suggester = Suggester.build(answerer);

describe("suggested questions", () => {
  it("are questions the articles answer well, and valid autocomplete values", () => {
    expect(suggester.questions.length).toBeGreaterThanOrEqual(25);
    for (const q of suggester.questions) {
      expect(q.text.length).toBeGreaterThanOrEqual(3);
      expect(q.text.length).toBeLessThanOrEqual(100);
      expect(answerer.answer(q.text).answered).toBe(true);
    }
  });

  it("cover people, what they said, and what happened to the treaty", () => {
    const texts = suggester.questions.map((q) => q.text);
    expect(texts).toEqual(expect.arrayContaining(["who is Wang Wenbin", "what did Kim Jong-un say", "when was the treaty renewed", "when was the treaty signed"]));
    expect(texts).toContain("what did Kim Jong-un say about hostile forces");
  });
});

describe("autocomplete choices", () => {
  const inputs = ["", "w", "wh", "when was it ren", "when was it renewed ", "who is", "kim jo", "xi", "hostile", "@everyone", "**", "x".repeat(99), "x".repeat(300), "   "];

  it.each(inputs)("for %j: at most 25, each 3–100 characters, no two alike", (typed) => {
    const choices = suggester.complete(typed);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.length).toBeGreaterThanOrEqual(3);
      expect(c.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.toLowerCase())).size).toBe(choices.length);
  });

  it("put what was typed first, then complete its last word from the articles", () => {
    const choices = suggester.complete("when was it ren");
    expect(choices[0]).toBe("when was it ren");
    expect(choices).toContain("when was it renewed");
    expect(choices).toContain("when was the treaty renewed");
  });

  it("complete names across words, and offer the questions that start as typed", () => {
    expect(suggester.complete("what did kim jo")).toContain("what did Kim Jong-un");
    const who = suggester.complete("who is ");
    expect(who.length).toBeGreaterThan(5);
    expect(who.every((c) => c.startsWith("who is"))).toBe(true);
  });

  it("offer the best questions, varied, before anything is typed", () => {
    const choices = suggester.complete("");
    expect(choices).toHaveLength(25);
    const sentences = choices.map((c) => suggester.questions.find((q) => q.text === c)!.bestSentence);
    expect(new Set(sentences).size).toBe(25);
  });
});

describe("did you mean", () => {
  it("corrects misspelt words to the articles' words, when that is answered", () => {
    expect(suggester.corrected("trety renewel")).toBe("treaty renewed");
    expect(suggester.didYouMean("trety renewel")[0]).toBe("treaty renewed");
    expect(suggester.corrected("Xi Jimping")).toBe("Xi Jinping");
  });

  it("offers nearby questions, never the question itself, at most four", () => {
    const offered = suggester.didYouMean("Kim Jong-un nucleer");
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(4);
    expect(offered.every((q) => q.includes("Kim Jong-un"))).toBe(true);
    for (const q of offered) expect(answerer.answer(q).answered).toBe(true);
  });

  it("offers the suggested questions sharing at least half the words, most shared first, then the best answered", () => {
    // The plain rule, worked out here by testing every suggested question's words.
    const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
    const termsOf = (word: string) => {
      const stem = answerer.search.analyzer.stemWord(foldWord(word));
      return stem === undefined ? [] : [foldWord(word), stem];
    };
    const words = (text: string) => [...text.matchAll(WORD)].map((m) => termsOf(m[0])).filter((t) => t.length > 0);
    const expected = (question: string) => {
      const asked = words(question);
      return suggester.questions
        .map((q, i) => ({ q, i, shared: asked.filter((alternatives) => words(q.text).flat().some((t) => alternatives.includes(t))).length }))
        .filter(({ shared }) => shared >= Math.max(1, Math.ceil(asked.length / 2)))
        .sort((a, b) => b.shared - a.shared || b.q.quality - a.q.quality || a.i - b.i)
        .map(({ q }) => q.text)
        .filter((text) => text.toLowerCase() !== question.toLowerCase())
        .slice(0, 4);
    };
    // Every word is one of the articles' (nothing to correct), and words repeat ("treaty treaty" counts once a question).
    for (const question of ["Kim Jong-un said", "treaty treaty renewed", "what did China say about the treaty", "who is Wang Wenbin", "hostile forces"]) {
      expect(suggester.corrected(question)).toBeUndefined();
      const offered = suggester.didYouMean(question);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered).toEqual(expected(question));
      // Asked again (its words' closest words now remembered), the same.
      expect(suggester.didYouMean(question)).toEqual(offered);
    }
  });

  it("corrects a misspelt word the same way each time it is asked", () => {
    const first = suggester.didYouMean("Kim Jong-un nucleer");
    expect(suggester.corrected("nucleer threat")).toBe(suggester.corrected("nucleer threat"));
    expect(suggester.didYouMean("Kim Jong-un nucleer")).toEqual(first);
  });

  it("keeps the suggestions for a question asked again, read-only, as a fresh suggester would make them", () => {
    const question = "who signd the trety";
    const offered = suggester.didYouMean(question);
    expect(offered.length).toBeGreaterThan(0);
    expect(suggester.didYouMean(question)).toBe(offered);
    expect(Object.isFrozen(offered)).toBe(true);
    expect(Suggester.build(answerer).didYouMean(question)).toEqual(offered);
    expect(suggester.didYouMean(question, 1)).toEqual(offered.slice(0, 1));
  });

  it("offers nothing for a question about something else", () => {
    expect(suggester.didYouMean("what is the capital of France")).toEqual([]);
    expect(suggester.didYouMean("wheather in paris")).toEqual([]);
  });
});
