import { afterAll, describe, expect, it } from "vitest";
import { CorpusError } from "../src/corpus/frontMatter.js";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);
const corpusOf = (files: Record<string, string>) => tempCorpus(files);

describe("corpus loading", () => {
  it("loads the four bundled articles with their metadata, numbered in file order", () => {
    const { articles } = loadCorpus("corpus");
    expect(articles.map((a) => [a.n, a.publisher, a.published])).toEqual([
      [1, "UPI", "2021-07-07"],
      [2, undefined, "2021-07"],
      [3, "Press TV", "2021-07"],
      [4, undefined, "2021-07"],
    ]);
    expect(articles[0]!.title).toBe("China stands by mutual defense treaty with North Korea after 60 years");
    expect(articles.every((a) => a.url === undefined)).toBe(true);
  });

  it("titles an article without a title by its first sentence, never by boilerplate", () => {
    const fourth = loadCorpus("corpus").articles[3]!;
    expect(fourth.titleFromText).toBe(true);
    expect(fourth.title.startsWith("Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un")).toBe(true);
    expect(fourth.title.length).toBeLessThanOrEqual(120);
  });

  it("indexes a file with no front matter, titled by its first line", () => {
    const dir = corpusOf({ "a.md": "Treaty talk resumes\n\nThe envoys met on Monday.\n" });
    const [a] = loadCorpus(dir).articles;
    expect(a!.title).toBe("Treaty talk resumes");
    expect(a!.sentences.map((s) => s.text)).toEqual(["Treaty talk resumes", "The envoys met on Monday."]);
  });

  it.each([
    ["---\npublished: July 2021\n---\nText.", "a.txt:2", "published"],
    ["---\nurl: not a url\n---\nText.", "a.txt:2", "url"],
    ["---\ntitle: Fine\nauthor: Someone\n---\nText.", "a.txt:3", "author"],
    ["---\ntitle: [unclosed\n---\nText.", "a.txt", "YAML"],
    ["---\ntitle: Never closed\nText.", "a.txt:1", "never closed"],
  ])("names the file, line and field of a broken front matter", (text, where, field) => {
    const dir = corpusOf({ "a.txt": text });
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    try {
      loadCorpus(dir);
    } catch (err) {
      expect((err as Error).message).toContain(where);
      expect((err as Error).message).toContain(field);
    }
  });

  it("refuses an empty folder clearly", () => {
    expect(() => loadCorpus(corpusOf({ "notes.json": "{}" }))).toThrow(/no \.txt or \.md article files/);
  });
});
