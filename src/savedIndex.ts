import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { listArticleFiles } from "./corpus/loadCorpus.js";
import type { SavedSuggestions } from "./answer/suggest.js";
import type { Article, Corpus, Sentence } from "./corpus/types.js";
import type { SavedQuotes } from "./quotes/index.js";
import type { SavedSources } from "./sources/catalog.js";
import type { Features, SavedSearch } from "./search/engine.js";
import { lexiconFiles } from "./search/lexicon.js";

/**
 * The saved index (`npm run build-index`, default `.cache/index.json`): the split corpus,
 * everything the search engine precomputes and, once a bot has started on it, the quotations
 * and the suggestions behind autocomplete, stamped with a hash of what it was built from.
 * Start-up loads it when the hash matches and builds afresh otherwise, so a stale file can
 * cost time but never give wrong answers.
 *
 * The hash covers the format version, the engine features, every article file (name and
 * bytes) and the aliases and thesaurus files in force. Bump `INDEX_FORMAT` whenever the cleaning,
 * analysis, the sentence splitting, quote extraction, suggestions or the saved layout changes.
 */
export const INDEX_FORMAT = 31;

export interface SavedIndex {
  format: number;
  hash: string;
  corpus: SavedArticle[];
  search: SavedSearch;
  quotes?: SavedQuotes;
  /** Absent when the file was written by a command that needs no suggestions (`npm run ask`). */
  suggestions?: SavedSuggestions;
  /** The analyzer's stem cache (`Analyzer.savedStems`); absent in files written before it was saved, which load without it. */
  stems?: string[];
  /** The sources' sample questions and the sentences quoting them (`SourceCatalog.toJSON`); absent, like `suggestions`, when written by `npm run ask`. */
  sources?: SavedSources;
}

/** What the bot adds to the search index: built from it, saved beside it, under the same hash. */
export type SavedExtras = Pick<SavedIndex, "quotes" | "suggestions" | "stems" | "sources">;

/** `spans`: base64 of [start, end] pairs; `folded`: sentence texts that differ from their verbatim slice. */
type SavedArticle = Omit<Article, "sentences" | "file"> & { fileName: string; spans: string; folded: Record<number, string> };

export function corpusHash(corpusDir: string, features: Features): string {
  const h = createHash("sha256");
  h.update(`treaty-bot index v${INDEX_FORMAT}\0${JSON.stringify(features)}\0`);
  for (const file of [...listArticleFiles(corpusDir), ...lexiconFiles(corpusDir)]) {
    const bytes = readFileSync(file);
    h.update(`${basename(file)}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest("hex");
}

export function toSavedIndex(hash: string, corpus: Corpus, search: SavedSearch, extras: SavedExtras = {}): SavedIndex {
  const articles = corpus.articles.map(({ sentences, file, ...rest }) => {
    const spans = Uint32Array.from(sentences.flatMap((s) => [s.start, s.end]));
    const folded: Record<number, string> = {};
    for (const s of sentences) if (s.text !== rest.body.slice(s.start, s.end)) folded[s.position] = s.text;
    return { ...rest, fileName: basename(file), spans: Buffer.from(spans.buffer).toString("base64"), folded };
  });
  return { format: INDEX_FORMAT, hash, corpus: articles, search, ...extras };
}

/** The corpus as `loadCorpus` would give it, from a saved index (sentence texts are slices of the bodies). */
export function corpusFromSaved(saved: SavedIndex, dir: string): Corpus {
  const articles: Article[] = saved.corpus.map(({ fileName, spans, folded, ...rest }) => {
    const bytes = Buffer.from(spans, "base64");
    const offsets = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sentences: Sentence[] = [];
    for (let i = 0; i < offsets.length; i += 2) {
      const [start, end] = [offsets[i]!, offsets[i + 1]!];
      const position = i / 2;
      sentences.push({ id: `${rest.id}:${position}`, articleId: rest.id, position, start, end, text: folded[position] ?? rest.body.slice(start, end) });
    }
    return { ...rest, file: join(dir, fileName), sentences };
  });
  return { dir, articles, sentences: articles.flatMap((a) => a.sentences) };
}

/** The saved index in `file` if it exists, parses and has this hash; otherwise undefined. */
export function readSavedIndex(file: string, hash: string): SavedIndex | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const saved = JSON.parse(text) as SavedIndex;
    return saved.format === INDEX_FORMAT && saved.hash === hash ? saved : undefined;
  } catch {
    return undefined; // a truncated or foreign file is rebuilt, not trusted
  }
}

/** Writes atomically (temporary file, then rename), so a reader never sees half a file. */
export function writeSavedIndex(file: string, saved: SavedIndex): number {
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify(saved);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, file);
  return json.length;
}
