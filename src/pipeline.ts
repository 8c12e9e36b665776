import { resolve } from "node:path";
import { Answerer } from "./answer/answer.js";
import { loadCorpus } from "./corpus/loadCorpus.js";
import { QuoteIndex } from "./quotes/index.js";
import { buildSourceCatalog, loadSampleQuestions, type SourceCatalog } from "./sources/catalog.js";
import { ALL_FEATURES, type Features, SentenceSearch } from "./search/engine.js";
import { loadLexicon } from "./search/lexicon.js";

/**
 * corpus → sentences → index → answerer: the one pipeline behind `/treaty`, `npm run ask`
 * and `npm run eval`.
 */
export function buildAnswerer(corpusDir: string, features: Features = ALL_FEATURES): Answerer {
  const dir = resolve(corpusDir);
  const corpus = loadCorpus(dir);
  const search = SentenceSearch.build(corpus, loadLexicon(dir), features);
  return new Answerer(corpus, search);
}

/** The quotations of the same articles, attributed with the same alias file: behind `/quote`, "Verify quote" and `npm run quotes`. */
export function buildQuoteIndex(answerer: Answerer): QuoteIndex {
  return QuoteIndex.build(answerer.corpus, loadLexicon(answerer.corpus.dir));
}

/** Everything the bot's handlers read, built once at start-up: answers, quotations, sources. */
export interface Pipeline {
  answerer: Answerer;
  quotes: QuoteIndex;
  sources: SourceCatalog;
}

export function buildPipeline(corpusDir: string): Pipeline {
  const answerer = buildAnswerer(corpusDir);
  return {
    answerer,
    quotes: buildQuoteIndex(answerer),
    sources: buildSourceCatalog(answerer, loadSampleQuestions(answerer.corpus.dir)),
  };
}
