import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { cleanBody } from "./clean.js";
import { CorpusError, splitFrontMatter } from "./frontMatter.js";
import { toSentences } from "./sentences.js";
import type { Article, Corpus } from "./types.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];
const MAX_TITLE = 120;

/** Article files of a folder, in name order (the order of articles without a number of their own). */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new CorpusError(dir, undefined, `cannot read the corpus folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return names
    .filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !/^readme\b/i.test(n) && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

/**
 * Parses one article file: front matter, cleaning, sentences. `n` is the citation number used
 * when the front matter gives none (see `numberArticles`).
 */
export function parseArticle(file: string, raw: string, n: number): Article {
  if (raw.includes("\uFFFD")) {
    const line = raw.slice(0, raw.indexOf("\uFFFD")).split("\n").length;
    throw new CorpusError(file, line, "the file is not valid UTF-8 (found a replacement character); save it as UTF-8");
  }
  const { meta, body, bodyLine } = splitFrontMatter(file, raw);
  const id = basename(file, extname(file));
  const { kept, captions, removed } = cleanBody(body);
  // Captions after the story: a caption describes a picture beside it, not a step of it, and the
  // story's sentences keep their positions (and ids) whether or not its page has pictures.
  const sentences = toSentences(id, body, [...kept, ...captions]);
  const first = sentences[0]?.text;
  return {
    id,
    n: meta.n ?? n,
    numbered: meta.n !== undefined,
    file,
    title: meta.title ?? (first ? shorten(first, MAX_TITLE) : id),
    titleFromText: meta.title === undefined,
    publisher: meta.publisher,
    published: meta.published,
    url: meta.url,
    body,
    bodyLine,
    sentences,
    removed,
  };
}

/** Loads every article of `dir`. Throws a `CorpusError` naming the file for a broken one. */
export function loadCorpus(dir: string): Corpus {
  const absolute = resolve(dir);
  const files = listArticleFiles(absolute);
  if (files.length === 0) throw new CorpusError(absolute, undefined, "the corpus folder holds no .txt or .md article files");
  const articles = numberArticles(files.map((file) => parseArticle(file, readFileSync(file, "utf8"), 0)));
  return { dir: absolute, articles, sentences: articles.flatMap((a) => a.sentences) };
}

/**
 * Citation numbers are kept in each file's front matter (`n:`), given once when the article is
 * added, so adding or removing a file never renumbers another. A file dropped in by hand
 * without one is numbered after the highest kept number, in file-name order, until it gets its
 * own (`corpus:check` says which number to write).
 */
export function numberArticles(articles: Article[]): Article[] {
  let next = nextFreeNumber(articles.filter((a) => a.numbered));
  for (const a of articles) if (!a.numbered) a.n = next++;
  return articles;
}

/** The number a new article gets: one past the highest in use (a freed number is never reused). */
export function nextFreeNumber(articles: readonly Pick<Article, "n">[]): number {
  return articles.reduce((max, a) => Math.max(max, a.n), 0) + 1;
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}
