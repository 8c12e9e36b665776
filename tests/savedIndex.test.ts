import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAnswerer, openAnswerer } from "../src/pipeline.js";
import { allQuestions, readQuestionFile } from "../src/eval/evaluate.js";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A copy of the project corpus and a place for its saved index. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), "treaty-index-"));
  made.push(root);
  cpSync("corpus", join(root, "corpus"), { recursive: true });
  return { corpus: join(root, "corpus"), file: join(root, "cache", "index.json") };
}

const questions = (() => {
  return allQuestions(readQuestionFile("tests/eval/dev-qa.json"));
})();
const answers = (a: ReturnType<typeof buildAnswerer>) => questions.map((q) => JSON.stringify(a.answer(q, { top: 10 })));

describe("the saved index", () => {
  it("is written on the first start and loaded on the next, giving the very same answers", () => {
    const w = workspace();
    const first = openAnswerer(w.corpus, w.file);
    expect(first.source).toBe("built");
    const second = openAnswerer(w.corpus, w.file);
    expect(second.source).toBe("loaded");
    expect(answers(second.answerer)).toEqual(answers(buildAnswerer(w.corpus)));
    expect(second.answerer.corpus.sentences).toEqual(first.answerer.corpus.sentences);
  });

  it("is rebuilt when an article, the aliases or the thesaurus change", () => {
    const w = workspace();
    openAnswerer(w.corpus, w.file);
    writeFileSync(join(w.corpus, "004_new.txt"), "The treaty was discussed in Geneva in 2024.\n");
    const changed = openAnswerer(w.corpus, w.file);
    expect(changed.source).toBe("built");
    expect(changed.answerer.answer("when was the treaty discussed in Geneva").passages[0]?.text).toBe("The treaty was discussed in Geneva in 2024.");
    expect(openAnswerer(w.corpus, w.file).source).toBe("loaded");

    const thesaurus = JSON.parse(readFileSync(join(w.corpus, "thesaurus.json"), "utf8"));
    thesaurus.groups.push(["renew", "extend"]);
    writeFileSync(join(w.corpus, "thesaurus.json"), JSON.stringify(thesaurus));
    expect(openAnswerer(w.corpus, w.file).source).toBe("built");
  });

  it("is rebuilt, not trusted, when the file is damaged", () => {
    const w = workspace();
    openAnswerer(w.corpus, w.file);
    writeFileSync(w.file, readFileSync(w.file, "utf8").slice(0, 1000));
    const reopened = openAnswerer(w.corpus, w.file);
    expect(reopened.source).toBe("built");
    expect(reopened.answerer.answer("when was it renewed").passages[0]?.text).toBe("The treaty between China and North Korea is valid for 20 years. Both the sides renewed it in 1981 and 2001, and it could get another extension.");
  });

  it("keeps working when the index cannot be saved", () => {
    const w = workspace();
    writeFileSync(join(w.corpus, "..", "cache"), "a file where the folder should be");
    const opened = openAnswerer(w.corpus, w.file);
    expect(opened.source).toBe("built");
    expect(opened.saveError).toBeDefined();
    expect(opened.answerer.answer("when was it renewed").answered).toBe(true);
  });
});
