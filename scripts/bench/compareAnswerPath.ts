import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { allQuestions, readQuestionFile } from "../../src/eval/evaluate.js";
import { BENCH_SIZES, type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `tsx scripts/bench/compareAnswerPath.ts --base DIR [--size all] [--questions dev|bench] [--passes 16]`:
 * this checkout's answer path against another's (DIR: a checkout of another commit, e.g. made with
 * `git worktree add DIR COMMIT`, its `node_modules` linked to this one's), in one process, passes
 * interleaved (A B, B A, ...), so that the load of a shared machine falls on both alike. Both
 * open the saved index of `npm run bench` (`.cache/bench/index-SIZE.json`, written by a run of it)
 * as the bot opens it and answer the same questions; prints the median time of a question over
 * the passes after four warm-up ones, the ratio, and how many answers differ (a change meant only
 * to make the path faster must leave 0; `npm run answers:digest` checks more).
 */
const { values } = parseArgs({
  options: {
    base: { type: "string" },
    size: { type: "string", default: "all" },
    questions: { type: "string", default: "dev" },
    passes: { type: "string", default: "16" },
  },
});
if (!values.base) throw new Error("--base DIR: a checkout of the code to compare with");
const size = values.size as BenchSize;
if (!BENCH_SIZES.includes(size)) throw new Error(`unknown size ${size} (${BENCH_SIZES.join(", ")})`);
const corpusDir = benchCorpusDir(size);
const indexFile = `.cache/bench/index-${size}.json`;

type Open = (corpusDir: string, indexFile: string, options: { save: boolean }) => { pipeline: { answerer: { answer(q: string, o: object): unknown } } };
const baseModule = (await import(resolve(values.base, "src/pipeline.ts"))) as { openPipeline: Open };
const ownModule = (await import("../../src/pipeline.js")) as unknown as { openPipeline: Open };
const systems = {
  base: baseModule.openPipeline(corpusDir, indexFile, { save: false }).pipeline.answerer,
  this: ownModule.openPipeline(corpusDir, indexFile, { save: false }).pipeline.answerer,
};

const questions = values.questions === "bench" ? benchQuestions(corpusDir, 1000) : allQuestions(readQuestionFile("tests/eval/dev-qa.json"));
// About 500 questions a pass either way.
const repeat = Math.max(1, Math.round(500 / questions.length));
const passMs: Record<keyof typeof systems, number[]> = { base: [], this: [] };
const passes = Number(values.passes);
for (let p = 0; p < passes + 4; p++) {
  const order: (keyof typeof systems)[] = p % 2 ? ["base", "this"] : ["this", "base"];
  for (const name of order) {
    const started = performance.now();
    for (let r = 0; r < repeat; r++) for (const q of questions) systems[name].answer(q, {});
    if (p >= 4) passMs[name].push(performance.now() - started);
  }
}
const differing = questions.filter((q) => JSON.stringify(systems.base.answer(q, {})) !== JSON.stringify(systems.this.answer(q, {}))).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const perQuestion = (name: keyof typeof systems) => (median(passMs[name]) / (questions.length * repeat)) * 1000;
console.log(
  `${size}, ${values.questions} questions (${questions.length} × ${repeat} a pass, ${passes} passes): base ${perQuestion("base").toFixed(1)} µs, this ${perQuestion("this").toFixed(1)} µs a question, this / base ${(perQuestion("this") / perQuestion("base")).toFixed(3)}; answers differing: ${differing} of ${questions.length}`,
);
