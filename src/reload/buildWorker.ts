import { parentPort, workerData } from "node:worker_threads";
import { CorpusError } from "../corpus/frontMatter.js";
import { openPipeline } from "../pipeline.js";
import { corpusHash, type SavedIndex } from "../savedIndex.js";
import { ALL_FEATURES } from "../search/engine.js";

/**
 * The reload's heavy half, on a worker thread so the bot keeps answering meanwhile: reads the
 * corpus folder, builds the index, the quotations and the suggestions (or loads them, when the
 * saved index already matches) and saves them, then hands the saved form back for the main
 * thread to load.
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
    const opened = openPipeline(dir, indexFile);
    // The hash of what was read (the folder may have changed since the check above: then it is the newer one).
    return { ok: true, unchanged: false, hash: opened.hash, saved: opened.saved, source: opened.index, saveError: opened.saveError, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), corpusError: err instanceof CorpusError };
  }
}

parentPort?.postMessage(build(workerData as BuildRequest));
