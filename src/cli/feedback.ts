import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { formatFeedbackSummary, summariseFeedback } from "../feedback/summary.js";

/**
 * `npm run feedback -- FILE...`: summarises the 👍/👎 votes in the bot's JSON-lines logs
 * (standard input when no file is given): counts per verdict, the questions and the passages
 * voted down most. `--top N` (default 10), `--json`.
 */
const usage = "Usage: npm run feedback -- [--json] [--top N] [LOG_FILE...]   (reads standard input without a file)";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      top: { type: "string", default: "10" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    console.error(`--top must be a whole number from 1.\n${usage}`);
    return 2;
  }
  const lines: string[] = [];
  const inputs = positionals.length > 0 ? positionals.map((f) => createReadStream(f, "utf8")) : [process.stdin];
  for (const input of inputs) {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) lines.push(line);
  }
  const summary = summariseFeedback(lines, top);
  console.log(values.json ? JSON.stringify(summary) : formatFeedbackSummary(summary));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    console.error(e.code === "ENOENT" ? `No such log file: ${e.path}` : e.message ?? String(err));
    process.exitCode = 1;
  },
);
