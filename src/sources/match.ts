import { DISCORD_LIMITS, truncate } from "../answer/limits.js";
import type { Article } from "../corpus/types.js";

/**
 * Finding an article by what a member types in `/sources article:`: autocomplete over the
 * number, publisher and headline, and resolving the submitted value, which is the chosen
 * article's id, or whatever the member typed without picking a suggestion.
 */
export interface ArticleChoice {
  /** Shown in the suggestion list (plain text: autocomplete renders no markdown). */
  name: string;
  value: string;
}

/** Case, accents, quotes and spacing do not matter when matching. */
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[“”‘’"'`]/g, "")
    .replace(/\s+/g, " ")
    .trim();

function haystack(a: Article): string {
  return fold(`${a.n} ${a.publisher ?? ""} ${a.title}`);
}

/** Articles whose number, publisher or headline contain every word typed; prefix matches first. */
export function matchArticles(articles: readonly Article[], query: string): Article[] {
  const q = fold(query);
  const words = q.split(" ").filter(Boolean);
  const found = articles.filter((a) => words.every((w) => haystack(a).includes(w)));
  const startsWith = (a: Article) => fold(a.publisher ?? "").startsWith(q) || fold(a.title).startsWith(q);
  return found.sort((a, b) => Number(startsWith(b)) - Number(startsWith(a)) || a.n - b.n);
}

export function articleChoices(articles: readonly Article[], query: string): ArticleChoice[] {
  return matchArticles(articles, query)
    .slice(0, DISCORD_LIMITS.choices)
    .map((a) => ({
      name: truncate(`[${a.n}] ${a.publisher ?? "publisher not named"} — ${a.title}`, DISCORD_LIMITS.choiceName),
      value: a.id.length <= DISCORD_LIMITS.choiceName ? a.id : String(a.n),
    }));
}

/** The article a submitted value names: its id, its number (`3`, `[3]`, `#3`), or the best match of the text. */
export function resolveArticle(articles: readonly Article[], value: string): Article | undefined {
  const v = value.trim();
  const byId = articles.find((a) => a.id === v);
  if (byId) return byId;
  const n = /^(?:\[(\d+)\]|#?(\d+))$/.exec(v);
  if (n) return articles.find((a) => a.n === Number(n[1] ?? n[2]));
  return v ? matchArticles(articles, v)[0] : undefined;
}
