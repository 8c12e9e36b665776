import { parseArgs } from "node:util";
import { Suggester } from "../answer/suggest.js";
import { readConfig } from "../config.js";
import { buildAnswerer } from "../pipeline.js";

/**
 * `npm run bench:autocomplete`: how long /treaty's autocomplete takes per keystroke (every
 * prefix of every suggested question, typed letter by letter), against running a full search
 * per keystroke, and how long building the suggestions adds to start-up. Prints figures; it
 * asserts nothing.
 */
const { values } = parseArgs({ options: { corpus: { type: "string" }, rounds: { type: "string", default: "5" } } });
const corpusDir = values.corpus ?? readConfig(["CORPUS_DIR"]).CORPUS_DIR;
const rounds = Math.max(1, Number(values.rounds) || 5);

const answerer = buildAnswerer(corpusDir);
const started = performance.now();
const suggester = Suggester.build(answerer);
const buildMs = performance.now() - started;

const keystrokes = suggester.questions.flatMap((q) => Array.from({ length: q.text.length + 1 }, (_, i) => q.text.slice(0, i)));
/** Wall-clock percentiles per keystroke, and mean CPU time per keystroke (steady on a busy machine). */
const measure = (f: (typed: string) => unknown) => {
  const times: number[] = [];
  let cpu = 0;
  for (let r = 0; r < rounds; r++) {
    const cpuStart = process.cpuUsage();
    for (const k of keystrokes) {
      const t = performance.now();
      f(k);
      if (r > 0) times.push(performance.now() - t); // the first round warms up
    }
    const used = process.cpuUsage(cpuStart);
    if (r > 0) cpu += (used.user + used.system) / 1000;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { n: times.length, p50: at(0.5), p99: at(0.99), max: times.at(-1)!, cpuMean: cpu / times.length };
};
const fmt = (ms: number) => `${ms < 1 ? (ms * 1000).toFixed(0) + " µs" : ms.toFixed(2) + " ms"}`;

const complete = measure((k) => suggester.complete(k));
const search = measure((k) => (k.trim().length >= 3 ? answerer.answer(k) : undefined));
let choices = 0;
for (const k of keystrokes) choices = Math.max(choices, suggester.complete(k).length);

console.log(`corpus: ${answerer.corpus.articles.length} articles, ${answerer.corpus.sentences.length} sentences`);
console.log(`suggestions: ${suggester.questions.length} questions, built in ${buildMs.toFixed(0)} ms at start-up`);
console.log(`keystrokes: ${keystrokes.length} (every prefix of every suggested question), ${rounds - 1} measured rounds`);
console.log(`autocomplete (Suggester.complete): p50 ${fmt(complete.p50)}, p99 ${fmt(complete.p99)}, max ${fmt(complete.max)}, mean CPU ${fmt(complete.cpuMean)}; at most ${choices} choices`);
console.log(`full search per keystroke (Answerer.answer): p50 ${fmt(search.p50)}, p99 ${fmt(search.p99)}, max ${fmt(search.max)}, mean CPU ${fmt(search.cpuMean)}`);
