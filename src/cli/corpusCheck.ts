import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { type CheckedArticle, duplicateArticles, emptyArticle, encodingProblem, type Finding, removedLines } from "../corpus/check.js";
import { CorpusError } from "../corpus/frontMatter.js";
import { listArticleFiles, parseArticle } from "../corpus/loadCorpus.js";
import { buildAnswerer } from "../pipeline.js";
import { loadLexicon } from "../search/lexicon.js";
import { buildSourceCatalog, loadSampleQuestions, SAMPLE_QUESTIONS_FILE } from "../sources/catalog.js";

/**
 * `npm run corpus:check`: validates every article file of the corpus folder (encoding, front
 * matter, empty and duplicate articles) and its data files (aliases.json, thesaurus.json, chat.json, ranking.json,
 * questions.json), shows the lines cleaning removed, and prints a table of the articles with
 * their sentence counts. Exits 1 when anything is wrong, naming the file and line. Part of
 * `npm test`, so CI runs it.
 */
const usage = "Usage: npm run corpus:check -- [--corpus DIR]   (default: CORPUS_DIR, or corpus/)";

/** A path as short as it can be: relative to the working folder when inside it. */
function show(file: string): string {
  const r = relative(process.cwd(), file);
  return r && !r.startsWith("..") ? r : file;
}
const where = (f: Finding) => `${show(f.file)}${f.line ? `:${f.line}` : ""}`;
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function fromCorpusError(err: unknown): Finding {
  if (!(err instanceof CorpusError)) throw err;
  return { level: "error", file: err.file, line: err.line, message: err.detail };
}

/** Reads and parses every article file, turning each problem into a finding instead of stopping. */
function readArticles(dir: string, findings: Finding[]): CheckedArticle[] {
  let files: string[] = [];
  try {
    files = listArticleFiles(dir);
  } catch (err) {
    findings.push(fromCorpusError(err));
    return [];
  }
  if (files.length === 0) findings.push({ level: "error", file: dir, message: "the corpus folder holds no .txt or .md article files" });
  const checked: CheckedArticle[] = [];
  files.forEach((file, i) => {
    const bytes = readFileSync(file);
    const encoding = encodingProblem(file, bytes);
    if (encoding) return void findings.push(encoding);
    const raw = bytes.toString("utf8");
    try {
      checked.push({ article: parseArticle(file, raw, i + 1), raw });
    } catch (err) {
      findings.push(fromCorpusError(err));
    }
  });
  return checked;
}

/** The data files beside the articles: one summary each, or a finding. */
function checkDataFiles(dir: string, findings: Finding[]): string[] {
  const origin = (name: string) => (existsSync(join(dir, name)) ? name : `${name} (the project's)`);
  const summary: string[] = [];
  try {
    const lexicon = loadLexicon(dir);
    summary.push(
      `${origin("aliases.json")}: ${lexicon.entities.length} names`,
      `${origin("thesaurus.json")}: ${lexicon.synonyms.length} word groups`,
      `${origin("chat.json")}: ${Object.keys(lexicon.chat.shorthand).length} shorthands, ${Object.keys(lexicon.chat.phrases).length} everyday phrases`,
      `${origin("ranking.json")}: fitted ranking and refusal parameters`,
    );
  } catch (err) {
    findings.push(fromCorpusError(err));
  }
  try {
    summary.push(`${origin(SAMPLE_QUESTIONS_FILE)}: ${loadSampleQuestions(dir).length} sample questions`);
  } catch (err) {
    findings.push(fromCorpusError(err));
  }
  return summary;
}

function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

function main(): number {
  const { values } = parseArgs({ options: { corpus: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const dir = resolve(values.corpus ?? readConfig(["CORPUS_DIR"]).CORPUS_DIR);
  const findings: Finding[] = [];
  const checked = readArticles(dir, findings);
  for (const c of checked) {
    const empty = emptyArticle(c);
    if (empty) findings.push(empty);
    findings.push(...removedLines(c));
  }
  findings.push(...duplicateArticles(checked));
  const dataFiles = checkDataFiles(dir, findings);
  const byPlace = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  const errors = findings.filter((f) => f.level === "error").sort(byPlace);

  // How often answers to the sample questions quote each article: only a corpus that loads can answer.
  let quotes: ((articleId: string) => string) | undefined;
  if (errors.length === 0) {
    const answerer = buildAnswerer(dir);
    const catalog = buildSourceCatalog(answerer, loadSampleQuestions(dir));
    quotes = (id) => String(catalog.quoted(id).reduce((sum, q) => sum + q.answers, 0));
  }

  const articles = checked.map((c) => c.article);
  const sentences = articles.reduce((sum, a) => sum + a.sentences.length, 0);
  console.log(`${show(dir)}: ${articles.length} articles, ${sentences} sentences\n`);
  console.log(
    table(
      ["n", "file", "sentences", "removed lines", "quoted", "published", "publisher", "title"],
      articles.map((a) => [
        String(a.n),
        show(a.file).replace(/^.*[\\/]/, ""),
        String(a.sentences.length),
        String(a.removed.length),
        quotes?.(a.id) ?? "-",
        a.published ?? "-",
        cut(a.publisher ?? "-", 24),
        cut(a.title, 60) + (a.titleFromText ? " (from text)" : ""),
      ]),
      new Set([0, 2, 3, 4]),
    ),
  );
  if (quotes) console.log(`\n"quoted": passages quoting the article in the bot's answers to the sample questions.`);
  if (dataFiles.length > 0) console.log(`\n${dataFiles.join(" · ")}`);

  const removed = findings.filter((f) => f.level === "info");
  if (removed.length > 0) {
    console.log(`\nLines cleaning removed as page boilerplate (information, not errors; the rules are in src/corpus/clean.ts):`);
    const width = Math.max(...removed.map((f) => where(f).length));
    for (const f of removed) console.log(`  ${where(f).padEnd(width)}  ${cut(f.message, 110)}`);
  }
  if (errors.length === 0) {
    console.log("\n✓ No errors.");
    return 0;
  }
  console.error(`\n✗ ${errors.length} error${errors.length === 1 ? "" : "s"}:`);
  for (const f of errors) console.error(`${where(f)}: ${f.message}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof CorpusError || (err as Error).name === "ConfigError" ? (err as Error).message : err);
  process.exitCode = 1;
}
