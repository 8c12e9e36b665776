import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readConfig } from "../config.js";
import { CorpusError } from "../corpus/frontMatter.js";
import { buildAnswerer, buildQuoteIndex } from "../pipeline.js";
import { calibrate, evaluateQuotes, formatEvaluation, readGold } from "../quotes/evaluate.js";
import { formatQuoteText, formatVerificationText, quoteJson, verificationJson } from "../quotes/terminal.js";

/**
 * `npm run quotes`: the quotations of the articles and who said them, in a terminal.
 *
 *   --speaker "Kim Jong-un" [--about WORDS] [--top N]   that person's quotes (ranked like /quote with --about)
 *   --verify "text"                                     exact, close or not_found, like "Verify quote"
 *   --list                                              every quotation, attributed or not, with the rule used
 *   --speakers                                          the people quoted, with counts
 *   --eval tests/quotes/gold-quotes.json                per-speaker counts, precision and recall
 *   --calibrate tests/quotes/invented-quotes.json       similarity of misquotes and invented quotes
 *   --json, --corpus DIR
 */
const usage = `Usage: npm run quotes -- [--json] [--corpus DIR] (--speaker NAME [--about WORDS] [--top N] | --verify TEXT | --list | --speakers | --eval GOLD.json | --calibrate INVENTED.json)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      corpus: { type: "string" },
      speaker: { type: "string" },
      about: { type: "string" },
      top: { type: "string" },
      verify: { type: "string" },
      list: { type: "boolean", default: false },
      speakers: { type: "boolean", default: false },
      eval: { type: "string" },
      calibrate: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && (!Number.isInteger(top) || top < 1 || top > 100)) {
    console.error(`--top must be a whole number from 1 to 100.\n${usage}`);
    return 2;
  }
  const modes = [values.speaker, values.verify, values.list || undefined, values.speakers || undefined, values.eval, values.calibrate].filter((m) => m !== undefined);
  if (modes.length !== 1) {
    console.error(`Choose one of --speaker, --verify, --list, --speakers, --eval, --calibrate.\n${usage}`);
    return 2;
  }
  const print = (json: unknown, text: () => string) => console.log(values.json ? JSON.stringify(json) : text());
  const index = buildQuoteIndex(buildAnswerer(values.corpus ?? readConfig(["CORPUS_DIR"]).CORPUS_DIR));

  if (values.speaker !== undefined) {
    const speaker = index.resolveSpeaker(values.speaker);
    if (!speaker || index.of(speaker).length === 0) {
      const known = index.speakers().map((s) => s.name).join(", ");
      console.error(`No quotes of "${values.speaker}" in the articles. People quoted: ${known}.`);
      return 1;
    }
    const quotes = values.about ? index.rank(speaker, values.about).map((r) => r.quote).slice(0, top ?? 3) : index.of(speaker).slice(0, top);
    print(quotes.map(quoteJson), () => quotes.map(formatQuoteText).join("\n\n"));
    return 0;
  }
  if (values.verify !== undefined) {
    if (!values.verify.trim()) {
      console.error(`Give the words to check.\n${usage}`);
      return 2;
    }
    const v = index.verify(values.verify);
    print(verificationJson(v), () => formatVerificationText(v));
    return 0;
  }
  if (values.list) {
    const quotes = index.quotes.slice(0, top);
    print(
      quotes.map((q) => ({ ...quoteJson(q), rule: q.attribution.rule ?? null, via: q.attribution.via ?? null })),
      () => quotes.map(formatQuoteText).join("\n\n"),
    );
    return 0;
  }
  if (values.speakers) {
    const speakers = index.speakers();
    print(speakers, () => speakers.map((s) => `${s.name}: ${s.quotes}`).join("\n"));
    return 0;
  }
  if (values.eval !== undefined) {
    const e = evaluateQuotes(index, readGold(values.eval));
    print(e, () => formatEvaluation(e));
    return 0;
  }
  const invented = z.array(z.string().min(1)).parse(JSON.parse(readFileSync(values.calibrate!, "utf8")));
  const c = calibrate(index, invented);
  print(c, () => {
    const lines = [`close threshold: similarity >= ${c.threshold}`, "", "two-word misquotes (should be close):"];
    for (const m of [...c.misquotes].sort((a, b) => a.similarity - b.similarity)) lines.push(`  ${m.similarity.toFixed(3)} ${m.verdict.padEnd(9)} ${m.words} words: ${m.text.slice(0, 80)}`);
    lines.push("", "invented quotes (should be not_found):");
    for (const i of [...c.invented].sort((a, b) => b.similarity - a.similarity)) lines.push(`  ${i.similarity.toFixed(3)} ${i.verdict.padEnd(9)} ${i.text.slice(0, 80)}`);
    return lines.join("\n");
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof CorpusError || (err as Error).name === "ConfigError" || err instanceof z.ZodError ? (err as Error).message : err);
    process.exitCode = 1;
  },
);
