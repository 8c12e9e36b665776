import type { Article } from "../corpus/types.js";

/** Where a passage comes from. `n` is the article's number in every reply and in `/sources`. */
export interface Citation {
  n: number;
  articleId: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
}

export function citationOf(article: Article): Citation {
  const c: Citation = { n: article.n, articleId: article.id, title: article.title };
  if (article.publisher) c.publisher = article.publisher;
  if (article.published) c.published = article.published;
  if (article.url) c.url = article.url;
  return c;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2021-07-07" → "7 July 2021", "2021-07" → "July 2021": no more precise than the source. */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y!;
}

/** Plain-text citation line: `[1] UPI, "Headline", 7 July 2021`. */
export function citationText(c: Citation): string {
  const parts = [`[${c.n}]`, c.publisher ?? "publisher not named", `"${c.title}"`];
  if (c.published) parts.push(formatPublished(c.published));
  return `${parts[0]} ${parts.slice(1).join(", ")}${c.url ? ` <${c.url}>` : ""}`;
}
