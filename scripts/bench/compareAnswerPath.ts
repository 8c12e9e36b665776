import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { allQuestions, readQuestionFile } from "../../src/eval/evaluate.js";
import { BENCH_SIZES, type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `tsx scripts/bench/compareAnswerPath.ts --base DIR [--size all] [--questions dev|bench] [--passes 16]`:
 * this checkout's answer path against another's (DIR: a checkout of another commit, e.g. made with
 * `git worktree add DIR COMMIT`, its `node_modules` linked to this one's), each in its own process
 * (`answerPathWorker.ts`), passes interleaved (A B, B A, ...), so that the load of a shared machine
 * falls on both alike. Both open the saved index of `npm run bench` (`.cache/bench/index-SIZE.json`,
 * written by a run of it) as the bot opens it and answer the same questions; prints the median
 * time of a question over the passes after four warm-up ones, the ratio, and how many answers
 * differ (a change meant only to make the path faster must leave 0; `npm run answers:digest`
 * checks more). (Both loaded into one process, as this script first did, the one loaded second
 * took about 1.5 times as long whichever code it was: separate processes measure the code.)
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

const side = async (checkout: string): Promise<ChildProcess> => {
  const child = fork(resolve(import.meta.dirname, "answerPathWorker.ts"), [resolve(checkout, "src/pipeline.ts"), corpusDir, indexFile], {
    execArgv: ["--import", "tsx"],
  });
  await once(child, "message");
  return child;
};
const ask = async <T>(child: ChildProcess, order: object): Promise<T> => {
  const reply = once(child, "message");
  child.send(order);
  return (await reply)[0] as T;
};
const systems = { base: await side(values.base), this: await side(resolve(import.meta.dirname, "../..")) };

const questions = values.questions === "bench" ? benchQuestions(corpusDir, 1000) : allQuestions(readQuestionFile("tests/eval/dev-qa.json"));
// About 500 questions a pass either way.
const repeat = Math.max(1, Math.round(500 / questions.length));
const passMs: Record<keyof typeof systems, number[]> = { base: [], this: [] };
const passes = Number(values.passes);
for (let p = 0; p < passes + 4; p++) {
  const order: (keyof typeof systems)[] = p % 2 ? ["base", "this"] : ["this", "base"];
  for (const name of order) {
    const { ms } = await ask<{ ms: number }>(systems[name], { pass: questions, repeat });
    if (p >= 4) passMs[name].push(ms);
  }
}
const [baseHashes, ownHashes] = await Promise.all([ask<{ hashes: string[] }>(systems.base, { digest: questions }), ask<{ hashes: string[] }>(systems.this, { digest: questions })]);
const differing = baseHashes.hashes.filter((h, i) => h !== ownHashes.hashes[i]).length;
for (const child of Object.values(systems)) child.kill();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const perQuestion = (name: keyof typeof systems) => (median(passMs[name]) / (questions.length * repeat)) * 1000;
console.log(
  `${size}, ${values.questions} questions (${questions.length} × ${repeat} a pass, ${passes} passes): base ${perQuestion("base").toFixed(1)} µs, this ${perQuestion("this").toFixed(1)} µs a question, this / base ${(perQuestion("this") / perQuestion("base")).toFixed(3)}; answers differing: ${differing} of ${questions.length}`,
);
