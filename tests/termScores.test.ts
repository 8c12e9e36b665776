import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { allQuestions, readQuestionFile } from "../src/eval/evaluate.js";
import { Answerer } from "../src/answer/answer.js";
import { loadLexicon } from "../src/search/lexicon.js";
import { SentenceSearch } from "../src/search/engine.js";
import { TermScores } from "../src/search/termScores.js";
import { Workspace } from "../src/search/workspace.js";

const corpus = loadCorpus("corpus");
const lexicon = loadLexicon("corpus");

describe("term scores kept from MiniSearch", () => {
  // MiniSearch as the engine sets it up: two fields, one boosted, terms given as they are.
  const index = new MiniSearch<{ id: number; text: string; context: string }>({
    fields: ["text", "context"],
    tokenize: (t) => t.split(/\s+/).filter(Boolean),
    processTerm: (t) => t.toLowerCase(),
    searchOptions: { boost: { context: 0.5 } },
  });
  index.addAll(corpus.sentences.map((s, id) => ({ id, text: s.text, context: id % 7 === 0 ? "Kim Jong-un" : "" })));
  const vocabulary = [...new Set(corpus.sentences.flatMap((s) => s.text.toLowerCase().split(/\s+/).filter(Boolean))), "kim", "jong-un"];
  const options = { fuzzy: false, prefix: false };
  const scores = TermScores.compute(index, vocabulary, options);

  it("holds for every term what MiniSearch's search returns: the same sentences, order and scores", () => {
    expect(scores.terms).toBe(vocabulary.length);
    vocabulary.forEach((term, id) => {
      const expected = index.search(term, options);
      const got = scores.results(id);
      expect([...got.docs]).toEqual(expected.map((r) => r.id));
      expect([...got.scores]).toEqual(expected.map((r) => r.score));
    });
    expect(scores.size).toBeGreaterThan(corpus.sentences.length);
  });

  it("survives JSON exactly (the saved index)", () => {
    const loaded = TermScores.load(JSON.parse(JSON.stringify(scores.toJSON())));
    vocabulary.forEach((_, id) => {
      expect(loaded.results(id).docs).toEqual(scores.results(id).docs);
      expect(loaded.results(id).scores).toEqual(scores.results(id).scores);
    });
  });
});

describe("the engine's query workspace", () => {
  const dev = readQuestionFile("tests/eval/dev-qa.json");
  const questions = [...allQuestions(dev), "when was it renwed", "what did he say", "treaty treaty treaty"];

  it("leaves nothing behind: each answer is the same whatever was asked before", () => {
    const fresh = () => new Answerer(corpus, SentenceSearch.build(corpus, lexicon));
    const first = questions.map((q) => {
      const alone = fresh(); // a new engine per question: nothing asked before
      return JSON.stringify(alone.answer(q, { top: 10 }));
    });
    const shared = fresh();
    const forward = questions.map((q) => JSON.stringify(shared.answer(q, { top: 10 })));
    const backward = [...questions].reverse().map((q) => JSON.stringify(shared.answer(q, { top: 10 }))).reverse();
    expect(forward).toEqual(first);
    expect(backward).toEqual(first);
  });

  it("gives slots in order of first match and frees them all", () => {
    const ws = new Workspace(10);
    let slots = 0;
    for (const doc of [4, 2, 4, 9, 2]) slots = ws.assign(doc, slots);
    expect(slots).toBe(3);
    expect([...ws.docs.subarray(0, slots)]).toEqual([4, 2, 9]);
    expect(ws.slotOf[9]).toBe(2);
    ws.release(slots);
    expect([...ws.slotOf]).toEqual(new Array(10).fill(-1));
  });

  it("clears the cells a query uses, and does not keep a rare huge set of them", () => {
    const ws = new Workspace(10);
    const small = ws.best(8);
    small.term.fill(3);
    expect(ws.best(8)).toBe(small);
    expect([...ws.best(8).term.subarray(0, 8)]).toEqual(new Array(8).fill(-1));
    const huge = ws.best(1 << 20);
    expect(huge).not.toBe(small);
    expect(ws.best(8)).toBe(small); // the huge cells went with their query
  });
});
