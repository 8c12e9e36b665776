import type MiniSearch from "minisearch";
import type { SearchOptions } from "minisearch";
import { fromBase64, toBase64 } from "./typedArrays.js";

/**
 * MiniSearch's scores for every term of a read-only index, computed once when the index is
 * built: for each term, the sentences it matches and their BM25+ scores, exactly as
 * `index.search(term)` returns them (same order, same floating-point values).
 *
 * Why: a question's terms are looked up one by one (a concept scores by its best term), and
 * `MiniSearch#search` builds a result object per matching sentence and sorts them. For a common
 * word in a large corpus that is thousands of objects per term per question, most of the
 * query's time and garbage. The index never changes after start-up, so its answers per term
 * can be kept as typed arrays, as lunr keeps its term scores; MiniSearch still does every bit
 * of the scoring, and still serves the words it does not know (fuzzy matching).
 */
export interface SavedTermScores {
  /** Base64 of little-endian Uint32Array / Float64Array. */
  starts: string;
  docs: string;
  scores: string;
}

/** One term's results: sentence ords and their scores, best first. */
export interface TermResults {
  docs: Uint32Array;
  scores: Float64Array;
}

export class TermScores {
  private constructor(
    /** Term id `t`'s results are `docs[starts[t]..starts[t + 1]]`. */
    private readonly starts: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly scores: Float64Array,
  ) {}

  /** Asks `index` for each term of `vocabulary` (term id = position), with the options the engine queries with. */
  static compute<T>(index: MiniSearch<T>, vocabulary: readonly string[], options: SearchOptions): TermScores {
    const starts = new Uint32Array(vocabulary.length + 1);
    const docs: number[] = [];
    const scores: number[] = [];
    vocabulary.forEach((term, id) => {
      starts[id] = docs.length;
      for (const r of index.search(term, options)) {
        docs.push(r.id as number);
        scores.push(r.score);
      }
    });
    starts[vocabulary.length] = docs.length;
    return new TermScores(starts, Uint32Array.from(docs), Float64Array.from(scores));
  }

  static load(saved: SavedTermScores): TermScores {
    return new TermScores(fromBase64(saved.starts, Uint32Array), fromBase64(saved.docs, Uint32Array), fromBase64(saved.scores, Float64Array));
  }

  toJSON(): SavedTermScores {
    return { starts: toBase64(this.starts), docs: toBase64(this.docs), scores: toBase64(this.scores) };
  }

  /** How many terms this holds results for. */
  get terms(): number {
    return this.starts.length - 1;
  }

  /** How many (term, sentence) results in all. */
  get size(): number {
    return this.docs.length;
  }

  /** The results of term id `id` (views, not copies). */
  results(id: number): TermResults {
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    return { docs: this.docs.subarray(from, to), scores: this.scores.subarray(from, to) };
  }
}
