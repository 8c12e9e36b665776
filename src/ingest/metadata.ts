/**
 * What a news page says about itself, read from its own markup: the canonical address
 * (`link rel=canonical`, `og:url`), the headline (`og:title`, JSON-LD `headline`, `<title>`
 * without the site name), the publisher (`og:site_name`, JSON-LD `publisher.name`) and the
 * date (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`), each from the
 * first source that has it. Nothing is guessed: a field the page does not give stays unset.
 */
export interface PageMeta {
  url?: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD, as the page writes the date (its own time zone). */
  published?: string;
}

/** The DOM calls used here (linkedom's document has them). */
interface Doc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

export function pageMeta(document: Doc, pageUrl: string): PageMeta {
  const attr = (selector: string, name: string) => clean(document.querySelector(selector)?.getAttribute(name));
  const meta = (key: string) => attr(`meta[property="${key}"]`, "content") ?? attr(`meta[name="${key}"]`, "content");
  const ld = jsonLdArticle(document);
  const publisher = meta("og:site_name") ?? clean(nameOf(ld?.publisher));
  const title = meta("og:title") ?? clean(typeof ld?.headline === "string" ? ld.headline : undefined) ?? withoutSiteName(clean(document.querySelector("title")?.textContent), publisher);
  const published = [meta("article:published_time"), typeof ld?.datePublished === "string" ? ld.datePublished : undefined, attr("time[datetime]", "datetime")]
    .map(isoDate)
    .find((d) => d !== undefined);
  return {
    url: absoluteHttp(attr('link[rel="canonical"]', "href"), pageUrl) ?? absoluteHttp(meta("og:url"), pageUrl),
    title,
    publisher,
    published,
  };
}

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
};

type LdNode = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

/** The first JSON-LD object that is an article (in a list or an `@graph` too); broken blocks are skipped. */
function jsonLdArticle(document: Doc): LdNode | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((n) => (n && typeof n === "object" && Array.isArray((n as LdNode)["@graph"]) ? ((n as LdNode)["@graph"] as unknown[]) : [n]));
    const found = nodes.find((n): n is LdNode => !!n && typeof n === "object" && [(n as LdNode)["@type"]].flat().some((t) => typeof t === "string" && ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return undefined;
}

function nameOf(publisher: unknown): string | undefined {
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  if (typeof first === "string") return first;
  return first && typeof first === "object" && typeof (first as LdNode).name === "string" ? ((first as LdNode).name as string) : undefined;
}

/** "Headline | Site", "Headline - Site", "Site: Headline" → "Headline", when the site is known. */
export function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const kept = parts.filter((p) => fold(p) !== fold(site));
  return kept.length > 0 && kept.length < parts.length ? kept.join(" - ") : title;
}

/** The calendar date an ISO timestamp starts with ("2026-07-11T09:30:00+09:00" → "2026-07-11"). */
function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(?:$|[T ])/.exec(value?.trim() ?? "");
  return m?.[1];
}

function absoluteHttp(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
