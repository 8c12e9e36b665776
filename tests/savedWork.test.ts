import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Suggester } from "../src/answer/suggest.js";
import { allQuestions, readQuestionFile } from "../src/eval/evaluate.js";
import { buildAnswerer, buildQuoteIndex, openAnswerer, openPipeline, type Pipeline } from "../src/pipeline.js";
import type { QuoteIndex } from "../src/quotes/index.js";
import type { SavedIndex } from "../src/savedIndex.js";
import { acronymsOf } from "../src/search/acronyms.js";
import { loadSampleQuestions, SAMPLE_QUESTIONS_FILE } from "../src/sources/catalog.js";
import { benchCorpusDir } from "../scripts/bench/brownCorpus.js";

/**
 * The quotations and suggestions are saved with the index, so that a start from the saved
 * index loads them. Loaded, they must behave exactly as freshly built ones: every check below
 * compares the two through the real index, on the bundled articles and on the 44 press texts
 * of the Brown corpus (4,700 sentences, more quotations and words than the four articles).
 */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function workspace(corpusDir: string) {
  const root = mkdtempSync(join(tmpdir(), "treaty-saved-work-"));
  made.push(root);
  cpSync(corpusDir, join(root, "corpus"), { recursive: true });
  return { corpus: join(root, "corpus"), file: join(root, "cache", "index.json") };
}

const evalQuestions = allQuestions(readQuestionFile("tests/eval/dev-qa.json"));

/** "renewed" → "renwed": a deterministic typo in every word of five letters or more. */
const misspelt = (q: string) => q.replace(/\b(\p{L})(\p{L})(\p{L})(\p{L}{2,})/gu, (_, a, b, c, rest) => `${a}${c}${b}${rest}`);

/** At most about `n` items of `list`, spread over all of it. */
const spread = <T>(list: readonly T[], n: number) => list.filter((_, i) => i % Math.ceil(list.length / n) === 0);

/** Everything a member can get out of the quote index, as one comparable list. */
function quoteBehaviour(index: QuoteIndex, sentences: string[]): string[] {
  const out: string[] = [JSON.stringify(index.quotes), JSON.stringify(index.speakers())];
  for (const { name } of index.speakers()) {
    out.push(JSON.stringify(index.rank(name)), JSON.stringify(index.rank(name, "treaty alliance")), JSON.stringify(index.suggestSpeakers(name.slice(0, 3), 25)));
  }
  for (const q of spread(index.quotes, 150)) {
    const words = q.text.split(" ");
    // The quote as printed (exact), with a word changed (close or not found), and a piece of it.
    out.push(JSON.stringify(index.verify(q.text)), JSON.stringify(index.verify([...words.slice(0, -1), "banana"].join(" "))), JSON.stringify(index.verify(words.slice(1, 6).join(" "))));
  }
  for (const s of sentences) out.push(JSON.stringify(index.verify(s)), JSON.stringify(index.nearest(misspelt(s))));
  return out;
}

/** Everything a member can get out of the suggestions, as one comparable list. */
function suggestionBehaviour(suggester: Suggester, typed: string[]): string[] {
  const out: string[] = [JSON.stringify(suggester.questions), JSON.stringify(suggester.complete(""))];
  for (const t of typed) {
    for (const cut of [2, 5, 9, 14, t.length]) out.push(JSON.stringify(suggester.complete(t.slice(0, cut))));
    out.push(JSON.stringify(suggester.didYouMean(misspelt(t))), JSON.stringify(suggester.corrected(misspelt(t)) ?? null));
  }
  return out;
}

describe.each([
  ["the bundled articles", () => "corpus"],
  ["the press texts", () => benchCorpusDir("press")],
])("quotations and suggestions saved with the index (%s)", (_name, corpusDir) => {
  const w = workspace(corpusDir());
  let fresh: Pipeline;
  let loaded: Pipeline;

  it("are built and saved on the first start, and loaded with the index on the next", () => {
    const first = openPipeline(w.corpus, w.file);
    expect([first.index, first.extras, first.saveError]).toEqual(["built", "built", undefined]);
    const second = openPipeline(w.corpus, w.file);
    expect([second.index, second.extras]).toEqual(["loaded", "loaded"]);
    fresh = first.pipeline;
    loaded = second.pipeline;
  });

  it("give a loaded quote index the very same quotes, speakers, rankings and verdicts as a freshly built one", () => {
    const sentences = spread(loaded.answerer.corpus.sentences, 100).map((s) => s.text);
    expect(loaded.quotes.quotes.length).toBeGreaterThan(0);
    expect(quoteBehaviour(loaded.quotes, sentences)).toEqual(quoteBehaviour(fresh.quotes, sentences));
  });

  it("give a loaded analyzer every stem the one that built the index had cached, so that it stems no word of the articles again", () => {
    const saved = (JSON.parse(readFileSync(w.file, "utf8")) as SavedIndex).stems!;
    const words = new Set(loaded.answerer.corpus.sentences.flatMap((s) => s.text.match(/[\p{L}\p{N}]+/gu) ?? []));
    expect(saved.length / 2).toBeGreaterThan(words.size / 2);
    const cached = new Map<string, string>();
    const flat = loaded.answerer.search.analyzer.savedStems();
    for (let i = 0; i < flat.length; i += 2) cached.set(flat[i]!, flat[i + 1]!);
    for (let i = 0; i < saved.length; i += 2) expect(cached.get(saved[i]!)).toBe(saved[i + 1]);
    for (const word of spread([...words], 2000)) expect(loaded.answerer.search.analyzer.stemWord(word)).toBe(fresh.answerer.search.analyzer.stemWord(word));
  });

  it("give the loaded sources the very same most quoted sentences as answering the sample questions, without answering them", () => {
    expect([fresh.sources.fromSaved, loaded.sources.fromSaved]).toEqual([false, true]);
    const quoted = (p: Pipeline) => p.sources.articles.map((a) => p.sources.quoted(a.id).map((q) => `${q.sentence.id} ${q.answers}`));
    expect(quoted(fresh).flat().length).toBeGreaterThan(0);
    expect(quoted(loaded)).toEqual(quoted(fresh));
  });

  it("give a loaded search the acronyms the articles spell out and the terms' sounds, as the one that read the sentences", () => {
    const { acronyms, sounds } = loaded.answerer.search.toJSON();
    const built = fresh.answerer.search.toJSON();
    expect(built.acronyms.length).toBeGreaterThan(0);
    expect(acronyms).toEqual(built.acronyms);
    expect(built.acronyms).toEqual([...acronymsOf(fresh.answerer.corpus.sentences.map((s) => s.text))]);
    expect(built.sounds.filter((s) => s !== null).length).toBeGreaterThan(100);
    expect(sounds).toEqual(built.sounds);
    // Words typed as they sound find the same article words.
    for (const typed of ["wat did the sankshuns do", "who is the ambasader", "when was the treety renued"]) expect(loaded.answerer.answer(typed)).toEqual(fresh.answerer.answer(typed));
  });

  it("give a loaded suggester the very same autocomplete, corrections and did-you-mean as a freshly built one", () => {
    const typed = [...evalQuestions, ...spread(fresh.suggester.questions, 100).map((q) => q.text)];
    expect(loaded.suggester.questions.length).toBeGreaterThan(0);
    expect(suggestionBehaviour(loaded.suggester, typed)).toEqual(suggestionBehaviour(fresh.suggester, typed));
  });
});

describe("quotations and suggestions saved with the index", () => {
  it("are built as `pipelineFor` builds them", () => {
    const w = workspace("corpus");
    openPipeline(w.corpus, w.file);
    const { pipeline } = openPipeline(w.corpus, w.file);
    const answerer = buildAnswerer(w.corpus);
    expect(JSON.stringify(pipeline.quotes.quotes)).toBe(JSON.stringify(buildQuoteIndex(answerer).quotes));
    expect(JSON.stringify(pipeline.suggester.questions)).toBe(JSON.stringify(Suggester.build(answerer).questions));
  });

  it("are added to a saved index that holds no suggestions, under the same hash", () => {
    const w = workspace("corpus");
    expect(openAnswerer(w.corpus, w.file).source).toBe("built"); // as `npm run ask` leaves it
    const completed = openPipeline(w.corpus, w.file);
    expect([completed.index, completed.extras]).toEqual(["loaded", "built"]);
    const next = openPipeline(w.corpus, w.file);
    expect([next.index, next.extras]).toEqual(["loaded", "loaded"]);
    expect(JSON.stringify(next.pipeline.suggester.questions)).toBe(JSON.stringify(completed.pipeline.suggester.questions));
    expect(openAnswerer(w.corpus, w.file).source).toBe("loaded"); // and the search alone still loads from it
  });

  it("answer the sample questions again, and save their counts, when the corpus folder's questions are not the file's", () => {
    const w = workspace("corpus");
    openPipeline(w.corpus, w.file);
    const questionsFile = join(w.corpus, SAMPLE_QUESTIONS_FILE);
    const questions = loadSampleQuestions(w.corpus);
    writeFileSync(questionsFile, JSON.stringify({ questions: questions.slice(0, 3) }));
    const changed = openPipeline(w.corpus, w.file);
    expect([changed.index, changed.extras, changed.pipeline.sources.fromSaved, changed.pipeline.sources.sampleQuestions]).toEqual(["loaded", "built", false, 3]);
    const next = openPipeline(w.corpus, w.file);
    expect([next.extras, next.pipeline.sources.fromSaved]).toEqual(["loaded", true]);
    expect(next.pipeline.sources.toJSON()).toEqual(changed.pipeline.sources.toJSON());
  });

  it("load from a saved index written before the stems were saved with it, answering the same", () => {
    const w = workspace("corpus");
    const first = openPipeline(w.corpus, w.file);
    const { stems, ...withoutStems } = JSON.parse(readFileSync(w.file, "utf8")) as SavedIndex;
    expect(stems!.length).toBeGreaterThan(0);
    writeFileSync(w.file, JSON.stringify(withoutStems));
    const older = openPipeline(w.corpus, w.file);
    expect([older.index, older.extras]).toEqual(["loaded", "loaded"]);
    for (const q of evalQuestions) expect(older.pipeline.answerer.answer(q)).toEqual(first.pipeline.answerer.answer(q));
  });
});
