import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { evaluate, figures, readQuestionFile, type Report, type System } from "../eval/evaluate.js";
import { buildAnswerer } from "../pipeline.js";
import { ALL_FEATURES, type Features } from "../search/engine.js";
import { buildPlainMiniSearch } from "../search/plainMiniSearch.js";

/**
 * `npm run eval -- FILE`: hit@1, hit@3, MRR@10, refusals, then every miss.
 * `--json` prints the figures as one JSON object. `--ablation` measures, in one run, plain
 * MiniSearch and then each retrieval technique added in turn.
 */
const usage = "Usage: npm run eval -- [--json] [--ablation] [--corpus DIR] [FILE]   (default FILE: tests/eval/dev-qa.json)";

function pipelineSystem(corpusDir: string, features: Features, opts: { dedupe: boolean; refuse: boolean }): System {
  const answerer = buildAnswerer(corpusDir, features);
  return (q) => {
    const a = answerer.answer(q, { top: 10, ...opts });
    return { answered: a.answered, passages: a.passages.map((p) => p.text) };
  };
}

/** The techniques in the order they were added, each step keeping the ones before it. */
function ablationSteps(corpusDir: string): [string, System][] {
  const plain = buildPlainMiniSearch(loadCorpus(corpusDir).sentences);
  const none: Features = { stem: false, aliases: false, thesaurus: false, fuzzy: false, answerType: false, coverage: false, proximity: false, pronouns: false };
  const steps: [string, Partial<Features>][] = [
    ["+ stop words and Porter2 stemming", { stem: true }],
    ["+ fuzzy matching of unknown words", { fuzzy: true }],
    ["+ names and their variants (aliases)", { aliases: true }],
    ["+ domain thesaurus", { thesaurus: true }],
    ["+ coverage re-ranking", { coverage: true }],
    ["+ adjacent question words (proximity)", { proximity: true }],
    ["+ pronouns resolved to the person before", { pronouns: true }],
    ["+ answer types (when/who/how many/say)", { answerType: true }],
  ];
  const out: [string, System][] = [
    ["MiniSearch defaults (no refusal)", (q) => ({ answered: true, passages: plain.search(q).map((s) => s.text) })],
  ];
  let features = { ...none };
  for (const [name, change] of steps) {
    features = { ...features, ...change };
    out.push([name, pipelineSystem(corpusDir, features, { dedupe: false, refuse: false })]);
  }
  out.push(["+ near-duplicate merging", pipelineSystem(corpusDir, ALL_FEATURES, { dedupe: true, refuse: false })]);
  out.push(["+ honest no-answer decision (the bot)", pipelineSystem(corpusDir, ALL_FEATURES, { dedupe: true, refuse: true })]);
  return out;
}

function printReport(r: Report) {
  const f = figures(r);
  console.log(`questions: ${f.answerable} answerable, ${f.unanswerable} unanswerable`);
  console.log(`hit@1  ${f.hitAt1.toFixed(3)}`);
  console.log(`hit@3  ${f.hitAt3.toFixed(3)}`);
  console.log(`MRR@10 ${f.mrrAt10.toFixed(3)}`);
  console.log(`unanswerable answered "nothing found": ${f.unanswerableRefused.toFixed(3)}`);
  console.log(`answerable wrongly refused:           ${f.answerableRefused.toFixed(3)}`);
  if (r.misses.length) console.log(`\nmisses (not first):`);
  for (const m of r.misses) {
    console.log(`- ${m.q}  [${m.refused ? "refused" : m.rank ? `gold at rank ${m.rank}` : "gold not in top 10"}]`);
    console.log(`  gold: ${m.gold.map((g) => JSON.stringify(g)).join(" | ")}`);
    m.returned.forEach((p, i) => console.log(`  ${i + 1}. ${p.length > 160 ? `${p.slice(0, 159)}…` : p}`));
  }
  if (r.falseAnswers.length) console.log(`\nunanswerable questions that got passages:`);
  for (const m of r.falseAnswers) {
    console.log(`- ${m.q}`);
    m.returned.forEach((p, i) => console.log(`  ${i + 1}. ${p.length > 160 ? `${p.slice(0, 159)}…` : p}`));
  }
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      ablation: { type: "boolean", default: false },
      corpus: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length > 1) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const file = readQuestionFile(positionals[0] ?? "tests/eval/dev-qa.json");
  const corpusDir = values.corpus ?? readConfig(["CORPUS_DIR"]).CORPUS_DIR;

  if (values.ablation) {
    const rows = ablationSteps(corpusDir).map(([name, system]) => ({ step: name, ...figures(evaluate(file, system)) }));
    if (values.json) console.log(JSON.stringify(rows));
    else console.table(rows.map(({ step, hitAt1, hitAt3, mrrAt10, unanswerableRefused, answerableRefused }) => ({ step, hitAt1, hitAt3, mrrAt10, unanswerableRefused, answerableRefused })));
    return 0;
  }
  const report = evaluate(file, pipelineSystem(corpusDir, ALL_FEATURES, { dedupe: true, refuse: true }));
  if (values.json) console.log(JSON.stringify(figures(report)));
  else printReport(report);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
