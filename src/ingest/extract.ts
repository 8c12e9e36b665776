import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as LinkedomModule from "linkedom";
import { splitFrontMatter } from "../corpus/frontMatter.js";
import type { PageKind } from "./fetchPage.js";
import { IngestError } from "./ingestError.js";
import { type PageMeta, pageMeta } from "./metadata.js";

/**
 * A page or file turned into article text: one paragraph per line, each paragraph's words
 * exactly as published (only runs of white space folded), so every quote can be checked
 * against the saved file. HTML goes through Mozilla's Readability (Firefox Reader View) over
 * linkedom's server-side DOM; text and Markdown are kept as they are.
 */
export interface Extracted {
  /** The article text, a paragraph per line. */
  text: string;
  meta: PageMeta;
  /** Blocks of the page that are not article text (navigation, banners, links, comments…). */
  dropped: string[];
}

/** Bytes as text, only when they are UTF-8 (declared or not): anything else would quote wrongly. */
export function decodeUtf8(bytes: Uint8Array, declaredCharset?: string): string {
  if (declaredCharset && !/^utf-?8$/i.test(declaredCharset)) {
    throw new IngestError("not-utf8", `the page is encoded as ${declaredCharset}, not UTF-8`);
  }
  if (!isUtf8(bytes) || bytes.includes(0)) throw new IngestError("not-utf8", "the text is not valid UTF-8");
  const text = Buffer.from(bytes).toString("utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

export function extract(bytes: Uint8Array, kind: PageKind, pageUrl: string | undefined, declaredCharset?: string): Extracted {
  const text = decodeUtf8(bytes, declaredCharset);
  return kind === "html" ? extractHtml(text, pageUrl) : extractText(text);
}

/** A text or Markdown file: its front matter (if any) gives metadata; the rest is kept verbatim. */
function extractText(raw: string): Extracted {
  const { meta, body } = splitFrontMatter("the file", raw.replace(/\r\n?/g, "\n"));
  const text = body.replace(/^\n+/, "").trimEnd();
  if (!text) throw new IngestError("no-text", "the file has no text");
  return { text, meta: { url: meta.url, title: meta.title, publisher: meta.publisher, published: meta.published }, dropped: [] };
}

/**
 * Readability and linkedom, loaded on the first web page (about 0.2 s of a bot's start-up
 * otherwise, for a command most processes never run). `require`, not `import()`, keeps
 * extracting synchronous; both packages ship CommonJS builds.
 */
let htmlTools: { parseHTML: typeof LinkedomModule.parseHTML; Readability: typeof ReadabilityModule.Readability; isProbablyReaderable: typeof ReadabilityModule.isProbablyReaderable } | undefined;

function loadHtmlTools(): NonNullable<typeof htmlTools> {
  if (!htmlTools) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require("linkedom") as typeof LinkedomModule;
    const { Readability, isProbablyReaderable } = require("@mozilla/readability") as typeof ReadabilityModule;
    htmlTools = { parseHTML, Readability, isProbablyReaderable };
  }
  return htmlTools;
}

function extractHtml(html: string, pageUrl: string | undefined): Extracted {
  const { parseHTML, Readability, isProbablyReaderable } = loadHtmlTools();
  const { document } = parseHTML(html);
  const charset = document.querySelector("meta[charset]")?.getAttribute("charset") ?? /charset=([\w-]+)/i.exec(document.querySelector('meta[http-equiv="Content-Type" i]')?.getAttribute("content") ?? "")?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw new IngestError("not-utf8", `the page declares ${charset}, not UTF-8`);
  const meta = pageMeta(document, pageUrl ?? "https://invalid.example/");
  // Everything the page shows, before Readability takes the document apart: what it drops is reported.
  const before = document.body ? paragraphs(document.body as unknown as DomNode) : [];
  // The project has no DOM types (no "dom" lib): Readability gets linkedom's document as its own.
  const dom = document as unknown as ConstructorParameters<typeof ReadabilityModule.Readability>[0];
  // Readability's own test for "is there an article here" (paragraphs of some length), a little
  // laxer than Firefox's so that a short news item passes; a page of links does not.
  const readable = isProbablyReaderable(dom, { minContentLength: 80, minScore: 10 });
  const article = readable ? new Readability(dom, { serializer: (node) => node as unknown as DomNode }).parse() : null;
  const kept = article?.content ? paragraphs(article.content) : [];
  if (kept.join("").length < 200) throw new IngestError("no-text", "no article text was found on the page (it may need JavaScript, or be a list of links)");
  const keptSet = new Set(kept);
  return {
    text: kept.join("\n"),
    meta: { ...meta, title: meta.title ?? fold(article?.title ?? "") ?? undefined },
    dropped: before.filter((p) => !keptSet.has(p)),
  };
}

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TD TH TR UL BR".split(" "),
);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "OPTION"]);

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** The little of a DOM node that the walk reads. */
interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of `root` as paragraphs: each run of inline content between block boundaries is one. */
function paragraphs(root: DomNode): string[] {
  const out: string[] = [];
  let run = "";
  const flush = () => {
    const p = fold(run);
    if (p) out.push(p);
    run = "";
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) run += child.textContent ?? "";
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? "").toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
