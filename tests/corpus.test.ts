import { afterAll, describe, expect, it } from "vitest";
import { CorpusError } from "../src/corpus/frontMatter.js";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, nextFreeNumber } from "../src/corpus/loadCorpus.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);
const corpusOf = (files: Record<string, string>) => tempCorpus(files);

describe("corpus loading", () => {
  it("loads the four bundled articles with their metadata and the citation numbers their front matter gives", () => {
    const { articles } = loadCorpus("corpus");
    expect(articles.map((a) => [a.n, a.numbered, a.publisher, a.published])).toEqual([
      [1, true, "UPI", "2021-07-07"],
      [2, true, "Blasting News", "2021-07"],
      [3, true, "Press TV", "2021-07-11"],
      [4, true, undefined, "2021-07"],
    ]);
    expect(articles[0]!.title).toBe("China stands by mutual defense treaty with North Korea after 60 years");
    expect(articles[1]!.title).toBe("China and North Korea pledge to strengthen cooperation to tackle hostile foreign forces");
    // The addresses known (shared/corpus-seed); none is known for the fourth.
    expect(articles.map((a) => a.url)).toEqual([
      "https://www.upi.com/Top_News/World-News/2021/07/07/China-stands-by-mutual-defense-treaty-with-North-Korea-after-60-years/8851625677806/",
      "https://us.blastingnews.com/world/2021/07/china-and-north-korea-pledge-to-strengthen-cooperation-to-tackle-hostile-foreign-forces-003345796.html",
      "https://www.presstv.co.uk/Detail/2021/07/11/661977/North-Korea-China-ties-treaty-US-hostile-",
      undefined,
    ]);
  });

  it("keeps every article's number when a file is added, removed or sorts first", () => {
    const dir = corpusOf({
      "b.txt": "---\nn: 2\ntitle: Second\n---\nThe envoys met on Monday.\n",
      "c.txt": "---\nn: 7\ntitle: Seventh\n---\nThe treaty was renewed.\n",
      "a.txt": "---\ntitle: Dropped in by hand\n---\nA file without a number of its own.\n",
    });
    const numbers = () => Object.fromEntries(loadCorpus(dir).articles.map((a) => [a.title, [a.n, a.numbered]]));
    // Kept numbers stay; one without is numbered after the highest kept one, even though it sorts first.
    expect(numbers()).toEqual({ "Dropped in by hand": [8, false], Second: [2, true], Seventh: [7, true] });
    rmSync(join(dir, "b.txt"));
    expect(numbers()).toEqual({ "Dropped in by hand": [8, false], Seventh: [7, true] });
    expect(nextFreeNumber(loadCorpus(dir).articles)).toBe(9);
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
    ["---\nn: 2.5\n---\nText.", "a.txt:2", "'n' must be a whole number from 1 to 9999"],
    ["---\nn: 0\n---\nText.", "a.txt:2", "'n' must be a whole number from 1 to 9999"],
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
