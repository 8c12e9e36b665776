import MiniSearch from "minisearch";
import type { Features } from "./features.js";
import { miniSearchOptions, SentenceIndex } from "./sentenceIndex.js";
import { type SavedTermScores, TermScores } from "./termScores.js";
import { fromBase64, toBase64 } from "./typedArrays.js";

/**
 * Everything the engine derives from the corpus, in a form `JSON.stringify` keeps: MiniSearch's
 * own `toJSON` and its scores for every term, plus per-sentence term sequences (ids into
 * `vocabulary`), document frequencies, answer-type flags, the acronyms the sentences spell out
 * and the terms' sounds. `SentenceSearch.load` restores an engine from it without analysing a
 * single sentence.
 *
 * This is the `search` part of the saved index: a change to it (keys, order, encoding) is a
 * change of layout and needs `INDEX_FORMAT` bumped (`savedIndex.ts`).
 */
export interface SavedSearch {
  minisearch: unknown;
  vocabulary: string[];
  /** Base64 of little-endian Uint32Arrays / a Uint8Array. */
  termStarts: string;
  terms: string;
  /** Base64 of a Uint32Array: each term's [start, end) in its sentence's text, in `terms` order. */
  termSpans: string;
  docFreq: string;
  flags: string;
  termScores: SavedTermScores;
  /** Acronym → phrase (`acronymsOf`): read from all the sentences, so saved rather than read again at each start. */
  acronyms: [string, string][];
  /** Each vocabulary term's sounds (`SoundAlike.toJSON`): Double Metaphone over the whole vocabulary, 0.15 s at 57k sentences. */
  sounds: (string | null)[];
}

export function saveSentenceIndex(index: SentenceIndex): Omit<SavedSearch, "acronyms" | "sounds"> {
  return {
    minisearch: index.minisearch.toJSON(),
    vocabulary: index.vocabulary,
    termStarts: toBase64(index.termStarts),
    terms: toBase64(index.terms),
    termSpans: toBase64(index.termSpans),
    docFreq: toBase64(index.docFreq),
    flags: toBase64(index.flags),
    termScores: index.termScores.toJSON(),
  };
}

/** Restores an index saved with `saveSentenceIndex` over `sentences` sentences; throws when the file does not fit them. */
export function loadSentenceIndex(saved: SavedSearch, sentences: number, features: Features): SentenceIndex {
  const vocabulary = saved.vocabulary;
  const index = new SentenceIndex(
    {
      minisearch: MiniSearch.loadJS(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions()),
      vocabulary,
      termIds: new Map(vocabulary.map((t, id) => [t, id])),
      termStarts: fromBase64(saved.termStarts, Uint32Array),
      terms: fromBase64(saved.terms, Uint32Array),
      termSpans: fromBase64(saved.termSpans, Uint32Array),
      docFreq: fromBase64(saved.docFreq, Uint32Array),
      flags: fromBase64(saved.flags, Uint8Array),
      termScores: TermScores.load(saved.termScores),
    },
    features,
  );
  if (index.termScores.terms !== vocabulary.length) throw new Error("saved index does not match its vocabulary");
  if (index.termStarts.length !== sentences + 1) throw new Error("saved index does not match the corpus");
  if (index.termSpans.length !== 2 * index.terms.length) throw new Error("saved index does not match its terms");
  return index;
}
