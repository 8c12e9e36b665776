import { rmSync, statSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import lunr from "lunr";
import { Answerer } from "../../src/answer/answer.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { Corpus } from "../../src/corpus/types.js";
import { allQuestions, evaluate, readQuestionFile, type System } from "../../src/eval/evaluate.js";
import { openAnswerer } from "../../src/pipeline.js";
import { SentenceSearch } from "../../src/search/engine.js";
import { loadLexicon } from "../../src/search/lexicon.js";
import { buildPlainMiniSearch } from "../../src/search/plainMiniSearch.js";
import { BENCH_SIZES, type BenchSize, benchCorpusDir } from "./brownCorpus.js";

/**
 * `npm run bench`: speed and quality of our pipeline against MiniSearch with its defaults and
 * lunr with its defaults, on the same sentences, at three corpus sizes (the articles alone,
 * with the 44 Brown press texts, with all 500 Brown texts). For each: index build time, heap
 * after build, query latency p50/p99 over the dev questions repeated, hit@3 and MRR@10 on the
 * dev questions; and start-up from scratch versus from the saved index. `--json` prints the
 * same as one JSON object; `--sizes articles,press` and `--repeat N` narrow a run.
 *
 * Run with `--expose-gc` (the npm script does) so heap figures are measured after a full GC;
 * they count array buffers too, where our engine keeps its term scores.
 */
const DEV = "tests/eval/dev-qa.json";
/** Passes over the questions before timing. */
const WARM_UP = 5;

interface SystemFigures {
  buildMs: number;
  heapMB: number;
  p50Ms: number;
  p99Ms: number;
  hitAt3: number;
  mrrAt10: number;
}

interface SizeFigures {
  size: BenchSize;
  articles: number;
  sentences: number;
  systems: Record<"pipeline" | "minisearch" | "lunr", SystemFigures>;
  startup: { buildMs: number; loadMs: number; speedup: number; indexMB: number };
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Memory in use after a full GC: the JS heap plus array buffers (typed arrays live outside the heap). */
function heapAfterGc(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

interface Candidate {
  build(): unknown;
  /** Runs one question on what `build` returned (the full answer for the pipeline, a ranked list for the others). */
  query(index: unknown, q: string): unknown;
  system(index: unknown): System;
}

function candidates(corpus: Corpus, corpusDir: string): Record<keyof SizeFigures["systems"], Candidate> {
  const texts = corpus.sentences.map((s) => s.text);
  const lexicon = loadLexicon(corpusDir);
  return {
    pipeline: {
      build: () => new Answerer(corpus, SentenceSearch.build(corpus, lexicon)),
      query: (a, q) => (a as Answerer).answer(q),
      system: (a) => (q) => {
        const ans = (a as Answerer).answer(q, { top: 10 });
        return { answered: ans.answered, passages: ans.passages.map((p) => p.text) };
      },
    },
    minisearch: {
      build: () => buildPlainMiniSearch(corpus.sentences),
      query: (m, q) => (m as ReturnType<typeof buildPlainMiniSearch>).search(q),
      system: (m) => (q) => ({ answered: true, passages: (m as ReturnType<typeof buildPlainMiniSearch>).search(q).map((s) => s.text) }),
    },
    lunr: {
      build: () =>
        lunr(function () {
          this.ref("id");
          this.field("text");
          texts.forEach((text, id) => this.add({ id: String(id), text }));
        }),
      query: (idx, q) => lunrSearch(idx as lunr.Index, q).slice(0, 10),
      system: (idx) => (q) => ({ answered: true, passages: lunrSearch(idx as lunr.Index, q).slice(0, 10).map((r) => texts[Number(r.ref)]!) }),
    },
  };
}

/** `Index.search` as a user would call it; a question that trips lunr's query syntax is run as plain terms. */
function lunrSearch(idx: lunr.Index, q: string): lunr.Index.Result[] {
  try {
    return idx.search(q);
  } catch {
    return idx.query((query) => query.term(lunr.tokenizer(q), {}));
  }
}

function measure(candidate: Candidate, questions: string[], repeat: number, dev: ReturnType<typeof readQuestionFile>): SystemFigures {
  const before = heapAfterGc();
  const started = performance.now();
  const index = candidate.build();
  const buildMs = performance.now() - started;
  const heap = heapAfterGc() - before;
  // Warm-up: every system is timed compiled (the JIT needs a few hundred calls), as in a bot that has been up a while.
  for (let r = 0; r < WARM_UP; r++) for (const q of questions) candidate.query(index, q);
  const latencies: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const q of questions) {
      const t = performance.now();
      candidate.query(index, q);
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  const report = evaluate(dev, candidate.system(index));
  return {
    buildMs: Math.round(buildMs),
    heapMB: round(heap / 1e6, 1),
    p50Ms: round(percentile(latencies, 0.5), 3),
    p99Ms: round(percentile(latencies, 0.99), 3),
    hitAt3: round(report.hitAt3, 3),
    mrrAt10: round(report.mrrAt10, 3),
  };
}

/** Start-up as the bot does it: from the article files, versus from a valid saved index. */
function startup(corpusDir: string, size: BenchSize): SizeFigures["startup"] {
  const file = `.cache/bench/index-${size}.json`;
  rmSync(file, { force: true });
  openAnswerer(corpusDir, file); // writes the saved index (not timed: `npm run build-index` does this once)
  heapAfterGc();
  let t = performance.now();
  const corpus = loadCorpus(corpusDir);
  SentenceSearch.build(corpus, loadLexicon(corpusDir));
  const buildMs = performance.now() - t;
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    heapAfterGc();
    t = performance.now();
    const opened = openAnswerer(corpusDir, file);
    loads.push(performance.now() - t);
    if (opened.source !== "loaded") throw new Error(`the saved index for ${size} was not loaded`);
  }
  loads.sort((a, b) => a - b);
  const loadMs = loads[1]!;
  return { buildMs: Math.round(buildMs), loadMs: Math.round(loadMs), speedup: round(buildMs / loadMs, 1), indexMB: round(statSync(file).size / 1e6, 1) };
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGB: round(totalmem() / 1e9, 1),
    freeMemoryGB: round(freemem() / 1e9, 1),
    loadAverage: loadavg().map((l) => round(l, 2)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      sizes: { type: "string", default: BENCH_SIZES.join(",") },
      repeat: { type: "string", default: "20" },
    },
  });
  if (!gc) console.error("note: run with node --expose-gc (npm run bench does) for heap figures after a full GC");
  const sizes = values.sizes.split(",") as BenchSize[];
  const repeat = Number(values.repeat);
  const dev = readQuestionFile(DEV);
  const questions = allQuestions(dev);
  const started = new Date().toISOString();
  const results: SizeFigures[] = [];
  for (const size of sizes) {
    const dir = benchCorpusDir(size);
    const corpus = loadCorpus(dir);
    const all = candidates(corpus, dir);
    const systems = {} as SizeFigures["systems"];
    for (const name of ["pipeline", "minisearch", "lunr"] as const) {
      systems[name] = measure(all[name], questions, repeat, dev);
      if (!values.json) console.error(`${size}: ${name} done`);
    }
    const figures: SizeFigures = { size, articles: corpus.articles.length, sentences: corpus.sentences.length, systems, startup: startup(dir, size) };
    results.push(figures);
  }
  const out = { started, machine: machine(), questions: questions.length, repeat, results };
  if (values.json) {
    console.log(JSON.stringify(out));
    return;
  }
  console.log(`${out.machine.cpu}, ${out.machine.cores} cores, ${out.machine.memoryGB} GB, Node ${out.machine.node}, load average ${out.machine.loadAverage.join(" ")}`);
  console.log(`${questions.length} dev questions × ${repeat} for latency\n`);
  for (const r of results) {
    console.log(`${r.size}: ${r.articles} articles, ${r.sentences} sentences`);
    console.table(Object.fromEntries(Object.entries(r.systems).map(([name, f]) => [name, f])));
    console.log(`start-up: build ${r.startup.buildMs} ms, load saved index ${r.startup.loadMs} ms (${r.startup.speedup}× faster; file ${r.startup.indexMB} MB)\n`);
  }
}

main();
