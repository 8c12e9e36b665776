import { describe, expect, it } from "vitest";
import { allQuestions, readQuestionFile } from "../src/eval/evaluate.js";
import { loadLexicon } from "../src/search/lexicon.js";
import { WordAlternation } from "../src/search/wordAlternation.js";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const { chat } = loadLexicon("corpus");
const lists: [string, string[]][] = [
  ["filler", chat.filler.map((k) => k.toLowerCase())],
  ["shorthand", Object.keys(chat.shorthand).map((k) => k.toLowerCase())],
  ["phrases", Object.keys(chat.phrases).map((k) => k.toLowerCase())],
  ["demonyms", Object.keys(chat.demonyms).map((k) => k.toLowerCase())],
];
const questions = readdirSync("tests/eval")
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => allQuestions(readQuestionFile(join("tests/eval", f))));
// Hyphens, case, punctuation inside shorthand, symbols and words that only begin like a key.
const awkward = ["U.S.A. & the PRC + nk's govt w/o abt. it", "still-on?? STILL  ON", "re-up'd the nks pact", "tbh&ngl", "'61 ok'", "the u.s's envoy", "amb.", "sino–korean", "still\u00a0on 𝐬𝐭𝐢𝐥𝐥 on😀still on", "İs it still on, naïve nk", "Ｕ.S. nk—still on"];

describe("WordAlternation", () => {
  it.each(lists)("finds exactly what one alternation of the %s finds, on every evaluation question", (_name, items) => {
    const words = WordAlternation.of(items)!;
    const single = new RegExp(words.source, "giu");
    for (const text of [...questions, ...awkward, ...questions.map((q) => q.toUpperCase().replace(/ /g, "-"))]) {
      const expected = [...text.matchAll(single)].map((m) => ({ index: m.index, text: m[0] }));
      expect(words.matchAll(text), text).toEqual(expected);
      expect(words.replace(text, (m) => `<${m}>`)).toBe(text.replace(single, (m) => `<${m}>`));
    }
  });

  it("prefers the longest phrase at a position, matches across hyphens, and only whole words", () => {
    const words = WordAlternation.of(["still on", "still", "on", "&"])!;
    expect(words.matchAll("Still-on & stillon").map((m) => m.text)).toEqual(["Still-on", "&"]);
    expect(words.matchAll("it's still going on")).toEqual([
      { index: 5, text: "still" },
      { index: 17, text: "on" },
    ]);
    expect(WordAlternation.of([])).toBeUndefined();
  });
});
