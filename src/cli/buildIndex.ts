import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { CorpusError } from "../corpus/frontMatter.js";
import { openPipeline } from "../pipeline.js";

/**
 * `npm run build-index`: builds the index of the corpus, its quotations and suggestions, and
 * saves them (default `.cache/index.json`), so `npm start` and `npm run ask` load them instead
 * of building them.
 * `--corpus DIR` and `--out FILE` override CORPUS_DIR and INDEX_FILE.
 */
const usage = "Usage: npm run build-index -- [--corpus DIR] [--out FILE]";

function main(): number {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const config = readConfig(["CORPUS_DIR", "INDEX_FILE"]);
  const corpusDir = values.corpus ?? config.CORPUS_DIR;
  const file = values.out ?? config.INDEX_FILE;
  const started = performance.now();
  // An index already up to date is loaded, not rebuilt: the command is safe to run on every deploy.
  const { pipeline, index, extras, saveError } = openPipeline(corpusDir, file);
  if (saveError) {
    console.error(`Could not write ${file}: ${saveError}`);
    return 1;
  }
  const { articles, sentences } = pipeline.answerer.corpus;
  const verb = index === "loaded" && extras === "loaded" ? "is up to date" : "written";
  console.log(`${file} ${verb}: ${articles.length} articles, ${sentences.length} sentences, ${(statSync(file).size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof CorpusError || (err as Error).name === "ConfigError" ? (err as Error).message : err);
  process.exitCode = 1;
}
