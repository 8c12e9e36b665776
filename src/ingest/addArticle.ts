import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { stringify } from "yaml";
import { foldTitle } from "../corpus/check.js";
import { CorpusError, splitFrontMatter } from "../corpus/frontMatter.js";
import { listArticleFiles, nextFreeNumber, parseArticle } from "../corpus/loadCorpus.js";
import type { Article } from "../corpus/types.js";
import { FETCH_LIMITS, type FetchLimits, fetchPage, type PageKind, parseSourceUrl } from "./fetchPage.js";
import { extract } from "./extract.js";
import { IngestError } from "./ingestError.js";
import type { PageMeta } from "./metadata.js";

/**
 * Adding one article to a corpus folder, in two steps so that a moderator sees what will be
 * saved before anything is written: `draftFrom…` fetches or reads, extracts and checks (it
 * throws an `IngestError`, having changed nothing, when the article must not be added), and
 * `saveDraft` writes the file atomically under the next free citation number.
 */
export interface Draft {
  /** Where the article came from, as the moderator gave it (a URL or a file name). */
  source: string;
  meta: PageMeta;
  /** The article text as it will be saved, a paragraph per line. */
  text: string;
  /** The article as the bot will load it (sentences, what cleaning removed), numbered provisionally. */
  article: Article;
  /** Blocks of the page that extraction left out. */
  dropped: string[];
  /** Things the moderator should know before confirming (missing date, few sentences…). */
  warnings: string[];
}

export const FILE_KINDS: Record<string, PageKind> = { ".html": "html", ".htm": "html", ".txt": "text", ".md": "markdown" };

/** Fetches `address` and drafts its article. */
export async function draftFromUrl(address: string, existing: readonly Article[], limits: FetchLimits): Promise<Draft> {
  const url = parseSourceUrl(address);
  const page = await fetchPage(url, limits);
  return draftFromBytes(page.bytes, { kind: page.kind, charset: page.charset, pageUrl: page.url, source: address }, existing);
}

/** An .html, .txt or .md file (a path on disk, or an attachment fetched by its URL) as a draft. */
export function fileKind(name: string): PageKind {
  const kind = FILE_KINDS[extname(name).toLowerCase()];
  if (!kind) throw new IngestError("wrong-type", `“${basename(name).slice(0, 100)}” is not an .html, .txt or .md file`);
  return kind;
}

/**
 * An uploaded file (a Discord attachment), fetched from its URL through the same safe fetcher.
 * Its kind comes from its name; the attachment's address is not the article's, so only an
 * address the file itself gives (canonical, og:url, front matter) is kept.
 */
export async function draftFromUpload(upload: { url: string; name: string; size: number }, existing: readonly Article[], limits: FetchLimits): Promise<Draft> {
  const kind = fileKind(upload.name);
  const maxBytes = limits.maxBytes ?? FETCH_LIMITS.maxBytes;
  if (upload.size > maxBytes) throw new IngestError("too-large", `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const file = await fetchPage(upload.url, limits, kind);
  return draftFromBytes(file.bytes, { kind, charset: file.charset, source: upload.name }, existing);
}

export function draftFromFile(path: string, existing: readonly Article[], maxBytes: number): Draft {
  const kind = fileKind(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new IngestError("unreadable", `cannot read ${basename(path)} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (bytes.length > maxBytes) throw new IngestError("too-large", `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  return draftFromBytes(bytes, { kind, source: basename(path) }, existing);
}

export interface BytesOrigin {
  kind: PageKind;
  charset?: string;
  /** The address the bytes were fetched from (a web page's, not an attachment's). */
  pageUrl?: string;
  source: string;
}

export function draftFromBytes(bytes: Uint8Array, origin: BytesOrigin, existing: readonly Article[]): Draft {
  const extracted = asIngestError(() => extract(bytes, origin.kind, origin.pageUrl, origin.charset));
  const meta = fitting({ ...extracted.meta, url: extracted.meta.url ?? origin.pageUrl });
  // Numbered as it would be now; saveDraft takes the number free at the moment it writes.
  const n = nextFreeNumber(existing);
  const article = asIngestError(() => parseArticle(`new article from ${origin.source}`, fileText(meta, extracted.text, n), n));
  if (article.sentences.length === 0) {
    throw new IngestError("no-text", article.removed.length > 0 ? `cleaning removed every line of the text as page boilerplate` : "the article has no text");
  }
  const same = duplicateOf(article, meta, origin.pageUrl, existing);
  if (same) throw new IngestError("duplicate", `it is already in the corpus as [${same.article.n}] (${same.why}): “${same.article.title}”`);
  return { source: origin.source, meta, text: extracted.text, article, dropped: extracted.dropped, warnings: warnings(meta, article) };
}

/** A file's own front matter that the corpus would refuse is a refusal, not a crash. */
function asIngestError<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof CorpusError) throw new IngestError("bad-file", err.detail);
    throw err;
  }
}

/** Metadata within the front matter's limits: an over-long headline is cut, an over-long publisher name dropped. */
function fitting(meta: PageMeta): PageMeta {
  const title = meta.title && meta.title.length > 300 ? `${meta.title.slice(0, 299)}…` : meta.title;
  const publisher = meta.publisher && meta.publisher.length <= 100 ? meta.publisher : undefined;
  return { ...meta, title, publisher };
}

function warnings(meta: PageMeta, article: Article): string[] {
  const w: string[] = [];
  if (!meta.title) w.push("the page gives no headline: the first sentence will be its title");
  if (!meta.publisher) w.push("the page names no publisher");
  if (!meta.published) w.push("the page gives no date");
  if (!meta.url) w.push("no web address is known: its citation will have no link");
  if (article.sentences.length < 3) w.push(`only ${article.sentences.length} sentence${article.sentences.length === 1 ? "" : "s"} of text`);
  return w;
}

/** Query parameters that track the reader, not the article: two addresses that differ only in them are the same page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|_ga|cmpid|ocid|smid)$/i;

export function normaliseUrl(address: string): string | undefined {
  try {
    const url = new URL(address);
    for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
    url.hash = "";
    url.pathname = url.pathname.replace(/\/+$/, "") || "/";
    return url.href.replace(/\?$/, "");
  } catch {
    return undefined;
  }
}

const sentenceText = (a: Article) => a.sentences.map((s) => s.text).join("\n");

/** The article already in the corpus that this one repeats: same address, same headline or same text. */
export function duplicateOf(article: Article, meta: PageMeta, pageUrl: string | undefined, existing: readonly Article[]): { article: Article; why: string } | undefined {
  const urls = new Set([meta.url, pageUrl].map((u) => u && normaliseUrl(u)).filter(Boolean));
  const text = sentenceText(article);
  for (const a of existing) {
    if (a.url && urls.has(normaliseUrl(a.url))) return { article: a, why: "the same address" };
    if (meta.title && foldTitle(a.title) === foldTitle(meta.title)) return { article: a, why: "the same headline" };
    if (sentenceText(a) === text) return { article: a, why: "the same text" };
  }
  return undefined;
}

/** The file as saved: front matter (number, headline, publisher, date, address), then the text. */
function fileText(meta: PageMeta, text: string, n: number): string {
  const fields = Object.fromEntries(
    Object.entries({ n, title: meta.title, publisher: meta.publisher, published: meta.published, url: meta.url }).filter(([, v]) => v !== undefined),
  );
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${text}\n`;
}

/**
 * The citation number a new article gets in `dir`: one past the highest in use, read from the
 * files themselves (not from what a running bot has loaded), counting the files without a
 * number as `loadCorpus` numbers them.
 */
export function nextNumberIn(dir: string): number {
  let highest = 0;
  let unnumbered = 0;
  for (const file of listArticleFiles(dir)) {
    let n: number | undefined;
    try {
      n = splitFrontMatter(file, readFileSync(file, "utf8")).meta.n;
    } catch {
      n = undefined; // a broken file is corpus:check's business; it is numbered like one without n
    }
    if (n === undefined) unnumbered++;
    else highest = Math.max(highest, n);
  }
  return highest + unnumbered + 1;
}

export interface Saved {
  n: number;
  file: string;
}

/**
 * Writes the draft into `dir` as `NNN_<hash>.txt` under the next free number: first to a
 * hidden temporary file, then renamed, so a watcher or a reload never sees half an article.
 */
export function saveDraft(draft: Draft, dir: string): Saved {
  const n = nextNumberIn(dir);
  const content = fileText(draft.meta, draft.text, n);
  const hash = createHash("sha256").update(draft.text).digest("hex").slice(0, 16);
  const file = join(dir, `${String(n).padStart(3, "0")}_${hash}.txt`);
  if (existsSync(file)) throw new IngestError("duplicate", `a file named ${basename(file)} already exists`);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: "wx" });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new IngestError("write-failed", `the file could not be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return { n, file };
}
