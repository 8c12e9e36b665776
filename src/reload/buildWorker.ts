import { parentPort, workerData } from "node:worker_threads";
import { CorpusError } from "../corpus/frontMatter.js";
import { openAnswerer } from "../pipeline.js";
import { corpusHash, type SavedIndex, toSavedIndex } from "../savedIndex.js";
import { ALL_FEATURES } from "../search/engine.js";

/**
 * The reload's heavy half, on a worker thread so the bot keeps answering meanwhile: reads the
 * corpus folder, builds the index (or loads it, when the saved one already matches) and saves
 * it, then hands the saved form back for the main thread to load.
 */
export interface BuildRequest {
  dir: string;
  indexFile: string;
  /** The hash of the corpus the bot answers from now: the same one means nothing to do. */
  knownHash?: string;
}

export type BuildResult =
  | { ok: true; unchanged: true; hash: string }
  | { ok: true; unchanged: false; hash: string; saved: SavedIndex; source: "loaded" | "built"; saveError?: string; ms: number }
  | { ok: false; error: string; corpusError: boolean };

function build({ dir, indexFile, knownHash }: BuildRequest): BuildResult {
  const started = performance.now();
  try {
    const hash = corpusHash(dir, ALL_FEATURES);
    if (hash === knownHash) return { ok: true, unchanged: true, hash };
    const { answerer, source, saveError } = openAnswerer(dir, indexFile);
    const saved = toSavedIndex(hash, answerer.corpus, answerer.search.toJSON());
    return { ok: true, unchanged: false, hash, saved, source, saveError, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), corpusError: err instanceof CorpusError };
  }
}

parentPort?.postMessage(build(workerData as BuildRequest));
