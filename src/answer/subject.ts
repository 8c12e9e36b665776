import type { Corpus } from "../corpus/types.js";

/**
 * Which articles are about the bot's subject, as the alias file defines it: those whose share of
 * sentences on the subject (naming someone or something of the file, or using one of its topic
 * words: see `SentenceSearch.onSubject`) is at least half the largest share of any article. The
 * four bundled articles are on it in 80–95% of their sentences; the 500 Brown corpus texts that
 * the benchmarks put beside them in at most about a third; a one-line article a moderator adds
 * about "the treaty" in all of them. Without such marks (no aliases), every article counts.
 *
 * A question that names nothing of the subject is answered from these articles only: a text
 * that merely shares its words ("the capital of France") is no answer about the treaty.
 */
export function articlesOnSubject(corpus: Corpus, onSubject: Uint8Array | undefined): Set<string> {
  const all = new Set(corpus.articles.map((a) => a.id));
  if (!onSubject) return all;
  const marked = new Map<string, number>();
  corpus.sentences.forEach((s, ord) => marked.set(s.articleId, (marked.get(s.articleId) ?? 0) + onSubject[ord]!));
  const share = corpus.articles.map((a) => [a.id, a.sentences.length ? (marked.get(a.id) ?? 0) / a.sentences.length : 0] as const);
  const top = Math.max(0, ...share.map(([, v]) => v));
  if (top === 0) return all;
  return new Set(share.filter(([, v]) => v >= top / 2).map(([id]) => id));
}
