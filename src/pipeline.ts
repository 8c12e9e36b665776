import { resolve } from "node:path";
import { Answerer } from "./answer/answer.js";
import { loadCorpus } from "./corpus/loadCorpus.js";
import { QuoteIndex } from "./quotes/index.js";
import { buildSourceCatalog, loadSampleQuestions, type SourceCatalog } from "./sources/catalog.js";
import { corpusFromSaved, corpusHash, readSavedIndex, type SavedIndex, toSavedIndex, writeSavedIndex } from "./savedIndex.js";
import { ALL_FEATURES, type Features, SentenceSearch } from "./search/engine.js";
import { loadLexicon } from "./search/lexicon.js";

/**
 * corpus → sentences → index → answerer: the one pipeline behind `/treaty`, `npm run ask`
 * and `npm run eval`.
 */
export function buildAnswerer(corpusDir: string, features: Features = ALL_FEATURES): Answerer {
  const dir = resolve(corpusDir);
  const corpus = loadCorpus(dir);
  const lexicon = loadLexicon(dir);
  return new Answerer(corpus, SentenceSearch.build(corpus, lexicon, features), QuoteIndex.build(corpus, lexicon));
}

/** The quotations of the same articles, attributed with the same alias file: behind `/quote`, "Verify quote" and `npm run quotes`. */
export function buildQuoteIndex(answerer: Answerer): QuoteIndex {
  return answerer.quotes ?? QuoteIndex.build(answerer.corpus, loadLexicon(answerer.corpus.dir));
}

/** Everything the bot's handlers read, built once at start-up: answers, quotations, sources. */
export interface Pipeline {
  answerer: Answerer;
  quotes: QuoteIndex;
  sources: SourceCatalog;
}

/** The quotations and source catalogue of an answerer's corpus, beside the answerer itself. */
export function pipelineFor(answerer: Answerer): Pipeline {
  return {
    answerer,
    quotes: buildQuoteIndex(answerer),
    sources: buildSourceCatalog(answerer, loadSampleQuestions(answerer.corpus.dir)),
  };
}

export const buildPipeline = (corpusDir: string): Pipeline => pipelineFor(buildAnswerer(corpusDir));

/** The answerer a saved index holds (read from its file, or handed over by the reload worker). */
export function answererFromSaved(saved: SavedIndex, corpusDir: string, features: Features = ALL_FEATURES): Answerer {
  const dir = resolve(corpusDir);
  const corpus = corpusFromSaved(saved, dir);
  const lexicon = loadLexicon(dir);
  return new Answerer(corpus, SentenceSearch.load(corpus, lexicon, saved.search, features), QuoteIndex.build(corpus, lexicon));
}

export interface OpenedAnswerer {
  answerer: Answerer;
  /** `loaded` from the saved index, or `built` (the file was missing, stale or unreadable). */
  source: "loaded" | "built";
  /** Set when a freshly built index could not be saved (the answerer works all the same). */
  saveError?: string;
}

/**
 * The answerer for start-up: loaded from the saved index `indexFile` when its hash matches
 * the corpus, otherwise built and (with `save`, the default) saved there for next time.
 */
export function openAnswerer(corpusDir: string, indexFile: string, options: { features?: Features; save?: boolean } = {}): OpenedAnswerer {
  const { features = ALL_FEATURES, save = true } = options;
  const dir = resolve(corpusDir);
  const hash = corpusHash(dir, features);
  const saved = readSavedIndex(indexFile, hash);
  if (saved) return { answerer: answererFromSaved(saved, dir, features), source: "loaded" };
  const corpus = loadCorpus(dir);
  const lexicon = loadLexicon(dir);
  const search = SentenceSearch.build(corpus, lexicon, features);
  const opened: OpenedAnswerer = { answerer: new Answerer(corpus, search, QuoteIndex.build(corpus, lexicon)), source: "built" };
  if (save) {
    try {
      writeSavedIndex(indexFile, toSavedIndex(hash, corpus, search.toJSON()));
    } catch (err) {
      opened.saveError = (err as Error).message;
    }
  }
  return opened;
}
