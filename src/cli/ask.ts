import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { formatAnswerText, answerJson } from "../answer/terminal.js";
import { readConfig } from "../config.js";
import { openAnswerer } from "../pipeline.js";
import { runCli } from "./run.js";

/**
 * `npm run ask -- "when was it renewed"`: the bot's answer in a terminal, no Discord needed.
 * `--json` prints one JSON object; with no question it reads one question per line from
 * standard input and prints one JSON line each. `--corpus DIR`, `--top N`.
 */
const usage = `Usage: npm run ask -- [--json] [--corpus DIR] [--top N] ["question"]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      corpus: { type: "string" },
      top: { type: "string", default: "3" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 25) {
    console.error(`--top must be a whole number from 1 to 25.\n${usage}`);
    return 2;
  }
  const config = readConfig(["CORPUS_DIR", "INDEX_FILE"]);
  const { answerer } = openAnswerer(values.corpus ?? config.CORPUS_DIR, config.INDEX_FILE);
  const question = positionals.join(" ").trim();

  if (question) {
    const answer = answerer.answer(question, { top });
    const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : undefined;
    console.log(values.json ? JSON.stringify(answerJson(answer)) : formatAnswerText(answer, bold));
    return 0;
  }
  if (!values.json) {
    console.error(`Give a question, or --json to read questions from standard input.\n${usage}`);
    return 2;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) console.log(JSON.stringify(answerJson(answerer.answer(line.trim(), { top }))));
  }
  return 0;
}

runCli(main);
