import MiniSearch from "minisearch";
import type { Sentence } from "../corpus/types.js";

/**
 * MiniSearch with its default options over the same sentences: the baseline a user would
 * start from, kept for `npm run eval -- --ablation` and the benchmark.
 */
export function buildPlainMiniSearch(sentences: readonly Sentence[]) {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  index.addAll(sentences.map((s, id) => ({ id, text: s.text })));
  return {
    index,
    search: (question: string, limit = 10): Sentence[] =>
      index
        .search(question)
        .slice(0, limit)
        .map((r) => sentences[r.id as number]!),
  };
}
