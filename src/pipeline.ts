import { resolve } from "node:path";
import { Answerer } from "./answer/answer.js";
import { Suggester } from "./answer/suggest.js";
import { loadCorpus } from "./corpus/loadCorpus.js";
import type { Corpus } from "./corpus/types.js";
import { QuoteIndex } from "./quotes/index.js";
import { buildSourceCatalog, loadSampleQuestions, type SavedSources, type SourceCatalog } from "./sources/catalog.js";
import { corpusFromSaved, corpusHash, readSavedIndex, type SavedIndex, toSavedIndex, writeSavedIndex } from "./savedIndex.js";
import { ALL_FEATURES, type Features, SentenceSearch } from "./search/engine.js";
import { type Lexicon, loadLexicon } from "./search/lexicon.js";

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

/** Everything the bot's handlers read, built once at start-up: answers, quotations, sources, suggestions. */
export interface Pipeline {
  answerer: Answerer;
  quotes: QuoteIndex;
  sources: SourceCatalog;
  /** Autocomplete and "did you mean", precomputed from the real index. */
  suggester: Suggester;
}

/** The quotations, source catalogue and suggestions of an answerer's corpus, beside the answerer itself. */
export function pipelineFor(answerer: Answerer, parts: { suggester?: Suggester; sources?: SavedSources } = {}): Pipeline {
  return {
    answerer,
    quotes: buildQuoteIndex(answerer),
    sources: buildSourceCatalog(answerer, loadSampleQuestions(answerer.corpus.dir), parts.sources),
    suggester: parts.suggester ?? Suggester.build(answerer),
  };
}

export const buildPipeline = (corpusDir: string): Pipeline => pipelineFor(buildAnswerer(corpusDir));

/** The answerer a saved index holds (read from its file, or handed over by the reload worker). */
export function answererFromSaved(saved: SavedIndex, corpusDir: string, features: Features = ALL_FEATURES): Answerer {
  const { corpus, lexicon, quotes } = corpusAndQuotesFromSaved(saved, corpusDir);
  return new Answerer(corpus, searchFromSaved(saved, corpus, lexicon, features), quotes);
}

/** The search engine a saved index holds, its analyzer's stem cache filled as the one that built it had it. */
function searchFromSaved(saved: SavedIndex, corpus: Corpus, lexicon: Lexicon, features: Features = ALL_FEATURES): SentenceSearch {
  const search = SentenceSearch.load(corpus, lexicon, saved.search, features);
  if (saved.stems) search.analyzer.loadStems(saved.stems);
  return search;
}

/** The first half of `answererFromSaved`: the corpus, its lexicon and the quotations (the answerer ranks a speaker's own words by them). */
function corpusAndQuotesFromSaved(saved: SavedIndex, corpusDir: string) {
  const dir = resolve(corpusDir);
  const corpus = corpusFromSaved(saved, dir);
  const lexicon = loadLexicon(dir);
  const quotes = saved.quotes ? QuoteIndex.load(corpus, lexicon, saved.quotes) : QuoteIndex.build(corpus, lexicon);
  return { corpus, lexicon, quotes };
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
  const { answerer, quotes, source, hash } = openSearch(corpusDir, indexFile, features);
  const opened: OpenedAnswerer = { answerer, source };
  if (source === "built" && save) opened.saveError = trySave(indexFile, () => toSavedIndex(hash, answerer.corpus, answerer.search.toJSON(), { quotes: quotes.toJSON(), stems: answerer.search.analyzer.savedStems() }));
  return opened;
}

/** The saved index in `indexFile` when it matches the corpus, with the answerer loaded from it; otherwise a freshly built answerer. */
function openSearch(corpusDir: string, indexFile: string, features: Features): OpenedAnswerer & { quotes: QuoteIndex; saved?: SavedIndex; hash: string } {
  const dir = resolve(corpusDir);
  const hash = corpusHash(dir, features);
  const saved = readSavedIndex(indexFile, hash);
  if (saved) {
    const answerer = answererFromSaved(saved, dir, features);
    return { answerer, quotes: answerer.quotes!, source: "loaded", saved, hash };
  }
  const corpus = loadCorpus(dir);
  const lexicon = loadLexicon(dir);
  const quotes = QuoteIndex.build(corpus, lexicon);
  return { answerer: new Answerer(corpus, SentenceSearch.build(corpus, lexicon, features), quotes), quotes, source: "built", hash };
}

/** Writes the saved index; the error message if that failed (the bot works all the same). */
function trySave(indexFile: string, saved: () => SavedIndex): string | undefined {
  try {
    writeSavedIndex(indexFile, saved());
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * The pipeline of a saved index handed over whole (by the reload worker): the index, the
 * quotations, the suggestions and the sources' counts are loaded, and the answerer prepared.
 * In steps, `await`ing `between()` after each, so that a caller can serve others meanwhile.
 */
export async function pipelineFromSaved(saved: SavedIndex, corpusDir: string, between: () => Promise<unknown>): Promise<Pipeline> {
  const { corpus, lexicon, quotes } = corpusAndQuotesFromSaved(saved, corpusDir);
  await between();
  const answerer = new Answerer(corpus, searchFromSaved(saved, corpus, lexicon), quotes);
  await between();
  const suggester = saved.suggestions ? Suggester.load(answerer, saved.suggestions) : undefined;
  await between();
  // What the first questions would otherwise work out, as at start-up (see `Answerer.prepare`).
  answerer.prepare();
  await between();
  return pipelineFor(answerer, { suggester, sources: saved.sources });
}

export interface OpenedPipeline {
  pipeline: Pipeline;
  /** Whether the search index (with the quotations it ranks speakers by), and the suggestions, were loaded from `indexFile` or built. */
  index: "loaded" | "built";
  extras: "loaded" | "built";
  /** Time taken by each, in ms. */
  ms: { index: number; extras: number };
  saveError?: string;
  /** The corpus hash, and everything above in its saved form (what the file holds, or would): for the reload worker to hand over. */
  hash: string;
  saved: SavedIndex;
}

/**
 * Everything the bot needs, from the saved index `indexFile` when its hash matches the corpus:
 * the search index, the quotations and the suggestions are loaded rather than worked out
 * again. What is missing (a file written by `npm run ask` holds no suggestions) is built and the
 * file completed, under the same hash, for the next start.
 */
export function openPipeline(corpusDir: string, indexFile: string, options: { save?: boolean } = {}): OpenedPipeline {
  const { save = true } = options;
  let started = performance.now();
  const { answerer, source, saved, hash } = openSearch(corpusDir, indexFile, ALL_FEATURES);
  const indexMs = performance.now() - started;
  started = performance.now();
  const savedSuggestions = saved?.quotes ? saved.suggestions : undefined;
  const pipeline = pipelineFor(answerer, { suggester: savedSuggestions && Suggester.load(answerer, savedSuggestions), sources: saved?.sources });
  const ms = { index: Math.round(indexMs), extras: Math.round(performance.now() - started) };
  // Complete when nothing had to be worked out: the sample questions were answered again if the file's differ from the folder's.
  const complete = savedSuggestions !== undefined && pipeline.sources.fromSaved;
  if (complete && saved) return { pipeline, index: source, extras: "loaded", ms, hash, saved };
  const extras = { quotes: pipeline.quotes.toJSON(), suggestions: pipeline.suggester.toJSON(), stems: answerer.search.analyzer.savedStems(), sources: pipeline.sources.toJSON() };
  const whole = saved ? { ...saved, ...extras } : toSavedIndex(hash, answerer.corpus, answerer.search.toJSON(), extras);
  const opened: OpenedPipeline = { pipeline, index: source, extras: "built", ms, hash, saved: whole };
  if (save) opened.saveError = trySave(indexFile, () => whole);
  return opened;
}
