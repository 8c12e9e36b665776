import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { type Draft, draftFromFile, draftFromUrl, saveDraft } from "../ingest/addArticle.js";
import { FETCH_LIMITS } from "../ingest/fetchPage.js";
import { IngestError } from "../ingest/ingestError.js";
import { runCli } from "./run.js";

/**
 * `npm run add-article -- <url | file.html | file.txt | file.md> [--corpus DIR] [--dry-run]`:
 * fetches or reads one article, prints what was extracted and what was dropped, and saves it
 * in the corpus folder under the next free citation number (nothing with `--dry-run`). A bot
 * running on the same folder picks it up by itself.
 */
const usage = "Usage: npm run add-article -- <url | file.html | file.txt | file.md> [--corpus DIR] [--dry-run]";

function describe(draft: Draft): string {
  const { meta, article } = draft;
  const lines = [
    `Headline:   ${meta.title ?? `(none on the page; the first sentence: “${article.title}”)`}`,
    `Publisher:  ${meta.publisher ?? "(not named)"}`,
    `Date:       ${meta.published ?? "(not given)"}`,
    `Address:    ${meta.url ?? "(none)"}`,
    `Sentences:  ${article.sentences.length}`,
    ...article.sentences.slice(0, 3).map((s) => `  > ${s.text}`),
  ];
  if (draft.dropped.length > 0) {
    lines.push(`Dropped from the page (${draft.dropped.length} blocks that are not article text):`);
    lines.push(...draft.dropped.slice(0, 15).map((d) => `  - ${d.length > 100 ? `${d.slice(0, 99)}…` : d}`));
    if (draft.dropped.length > 15) lines.push(`  … and ${draft.dropped.length - 15} more`);
  }
  if (article.removed.length > 0) {
    lines.push(`Removed by cleaning (${article.removed.length} lines):`);
    lines.push(...article.removed.map((r) => `  - ${r.rule}: ${r.text.trim()}`));
  }
  for (const w of draft.warnings) lines.push(`Warning: ${w}`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { corpus: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(usage);
    return 2;
  }
  const config = readConfig(["CORPUS_DIR", "SOURCE_URL_ALLOW_PRIVATE"]);
  const dir = resolve(values.corpus ?? config.CORPUS_DIR);
  const source = positionals[0]!;
  const existing = loadCorpus(dir).articles;
  try {
    // A path that exists is a file; anything else must be a web address (a file: URL is refused there).
    const draft = existsSync(source)
      ? draftFromFile(source, existing, FETCH_LIMITS.maxBytes)
      : await draftFromUrl(source, existing, { allowPrivate: config.SOURCE_URL_ALLOW_PRIVATE });
    console.log(describe(draft));
    if (values["dry-run"]) {
      console.log("\nDry run: nothing was written.");
      return 0;
    }
    const saved = saveDraft(draft, dir);
    console.log(`\nAdded as [${saved.n}]: ${relative(process.cwd(), saved.file) || saved.file}`);
    return 0;
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    console.error(`Not added: ${err.message}. Nothing was written.`);
    return 1;
  }
}

runCli(main);
