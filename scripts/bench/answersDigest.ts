import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { renderPage } from "../../src/answer/views.js";
import { allQuestions, readQuestionFile } from "../../src/eval/evaluate.js";
import { buildPipeline, openPipeline } from "../../src/pipeline.js";
import { BENCH_SIZES, type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `npm run answers:digest -- [--sizes articles,all] [--count 1000] [--saved] [--out FILE] [--compare FILE]`:
 * everything the answer path gives for a fixed list of questions, to check that a change meant
 * to make it faster leaves every answer as it was. In process, with the real `Answerer` and
 * `Suggester`, built from the article files (`--saved`: loaded from a saved index, as a bot
 * starts), no Discord.
 *
 * Questions, the same every run: every question of `tests/eval/*.json`, then the bench
 * questions (`scripts/bench/questions.ts`), each also with one letter dropped (a typo).
 * For each: the raw answer (passages, scores, highlights, near-duplicates, direct answer),
 * the first page as the bot sends it (content and buttons, or "nothing found" with its "did you
 * mean"), the second page, and autocomplete for its first ten characters.
 *
 * Prints one SHA-256 per size and over all; `--out` writes every record (JSON lines),
 * `--compare` exits 1 naming the first questions whose records differ from (or are missing in)
 * such a file.
 */
function questionList(corpusDir: string, count: number): string[] {
  const out = new Set<string>();
  for (const f of readdirSync("tests/eval").filter((f) => f.endsWith(".json")).sort()) {
    for (const q of allQuestions(readQuestionFile(join("tests/eval", f)))) out.add(q);
  }
  for (const q of benchQuestions(corpusDir, count)) {
    out.add(q);
    // A typo of the longest word (the speller and fuzzy matching at work).
    const long = q.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "");
    if (long.length >= 5) out.add(q.replace(long, long.slice(0, 2) + long.slice(3)));
  }
  return [...out];
}

async function records(size: BenchSize, count: number, fromSaved: boolean): Promise<string[]> {
  const corpusDir = benchCorpusDir(size);
  const { answerer, suggester } = fromSaved ? savedPipeline(corpusDir, size) : buildPipeline(corpusDir);
  const out: string[] = [];
  for (const question of questionList(corpusDir, count)) {
    const answer = answerer.answer(question, { top: 4 });
    const request = { question, key: "KEY", offset: 0, ephemeral: false, askerId: "ASKER" };
    const first = await renderPage(answerer, request, () => suggester.didYouMean(question));
    const second = await renderPage(answerer, { ...request, offset: 3 });
    const record = {
      size,
      question,
      answer: { ...answer, passages: answer.passages.map(({ sentence, ...p }) => ({ id: sentence.id, ...p })) },
      first: first.body,
      second: second.body,
      autocomplete: suggester.complete(question.slice(0, 10)),
    };
    out.push(JSON.stringify(record));
  }
  return out;
}

/** The pipeline as a bot loads it from its saved index (built and saved first, so that the file is this code's). */
function savedPipeline(corpusDir: string, size: BenchSize) {
  const indexFile = `.cache/bench/digest-index-${size}.json`;
  rmSync(indexFile, { force: true });
  openPipeline(corpusDir, indexFile);
  const opened = openPipeline(corpusDir, indexFile);
  if (opened.index !== "loaded" || opened.extras !== "loaded") throw new Error(`${indexFile} was not loaded`);
  return opened.pipeline;
}

const sha256 = (lines: string[]) => createHash("sha256").update(lines.join("\n")).digest("hex");

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "articles,all" },
      count: { type: "string", default: "1000" },
      out: { type: "string" },
      compare: { type: "string" },
      /** Answer from the saved index (built, saved, then loaded as a bot's start-up loads it) instead of a freshly built one. */
      saved: { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes.split(",") as BenchSize[];
  for (const s of sizes) if (!BENCH_SIZES.includes(s)) throw new Error(`unknown size ${s} (${BENCH_SIZES.join(", ")})`);
  const all: string[] = [];
  for (const size of sizes) {
    const lines = await records(size, Number(values.count), values.saved);
    console.log(`${size}: ${lines.length} questions, sha256 ${sha256(lines)}`);
    all.push(...lines);
  }
  console.log(`all: ${all.length} records, sha256 ${sha256(all)}`);
  if (values.out) writeFileSync(values.out, `${all.join("\n")}\n`);
  if (values.compare) {
    // By size and question, so that a run over fewer sizes compares with a file of more.
    const key = (line: string) => {
      const { size, question } = JSON.parse(line) as { size: string; question: string };
      return `${size}\0${question}`;
    };
    const before = new Map(readFileSync(values.compare, "utf8").split("\n").filter(Boolean).map((line) => [key(line), line]));
    const differ = all.filter((line) => before.get(key(line)) !== line);
    for (const line of differ.slice(0, 10)) console.log(`differs: ${key(line).replace("\0", " ")}`);
    console.log(differ.length === 0 ? `all ${all.length} identical to ${values.compare}` : `${differ.length} of ${all.length} records differ from ${values.compare}`);
    if (differ.length > 0) process.exitCode = 1;
  }
}

await main();
