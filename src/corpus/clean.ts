/**
 * Page boilerplate removal. Articles are kept verbatim on disk; cleaning decides which
 * lines of the body are article text. It works on whole lines because boilerplate on news
 * pages always sits on lines of its own (link blocks, footers), so a kept line is never
 * altered and every sentence can still be quoted exactly from the file. A photo caption is the
 * one line cut in two: its words, which tell facts the story may not ("Xi's visit in Pyongyang,
 * North Korea on June 21, 2019"), and its credit ("File Photo by Stephen Shaver/UPI", "(Photo via
 * Reuters)"), which tells who took or supplied the picture (members ask), each a verbatim slice of
 * the line; a licence link after the credit ("| License Photo") goes.
 */

export interface TextLine {
  /** 1-based line number within the body. */
  line: number;
  /** Offsets of the line (without its line break) in the body. */
  start: number;
  end: number;
  text: string;
}

export interface Rule {
  name: string;
  /** Why the rule exists, shown by `corpus:check`. */
  why: string;
  test: (text: string) => boolean;
}

/** Zero-width and non-breaking spaces are common in scraped pages; rules see plain spaces. */
const normalise = (s: string) => s.replace(/[\u00A0\u2007\u202F]/g, " ").replace(/[\u200B-\u200D\uFEFF]/g, "").trim();

/** Lines that are boilerplate wherever they appear. */
export const LINE_RULES: readonly Rule[] = [
  {
    name: "related-link",
    why: '"RELATED ..." lines link to other stories',
    test: (t) => /^RELATED\b/.test(t),
  },
  {
    name: "breadcrumb",
    why: 'section breadcrumbs such as "News / Koreas" are site navigation',
    test: (t) => /^[\p{L}&' -]{1,30}( \/ [\p{L}&' -]{1,30}){1,4}$/u.test(t) && t.split(/\s+/).length <= 8,
  },
  {
    name: "tracking-tag",
    why: "HTML comments and analytics tags leaked from the page source",
    test: (t) => /^<?!--.*-->$/.test(t) || /\b(gtag|googletagmanager|google tag)\b/i.test(t),
  },
  {
    name: "bare-address",
    why: "a line that is only a web address is a link, not a sentence",
    test: (t) => /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t),
  },
];

/** Lines that start the page footer: they and everything after them are dropped. */
export const FOOTER_RULES: readonly Rule[] = [
  {
    name: "footer-latest-headlines",
    why: '"Latest Headlines" starts the list of other stories at the foot of the page',
    test: (t) => /^latest headlines$/i.test(t),
  },
  {
    name: "footer-follow-us",
    why: '"Follow Us" starts the social-media footer',
    test: (t) => /^follow us( on\b.*)?$/i.test(t),
  },
  {
    name: "footer-share",
    why: "share buttons and what follows them are page chrome",
    test: (t) => /^share (this|the) (article|story|page)$/i.test(t),
  },
  {
    name: "footer-alternate-addresses",
    why: "notices of mirror addresses belong to the site, not the story",
    test: (t) => /can (also )?be accessed at the following (alternate|alternative) addresses/i.test(t),
  },
];

export interface CleanResult {
  kept: TextLine[];
  /** Photo captions, each once (a page may repeat one), each followed by its credit as a line of its own. */
  captions: TextLine[];
  removed: { line: number; text: string; rule: string }[];
}

/** A photo credit ending a caption: "File Photo by Stephen Shaver/UPI | License Photo", "(Photo via Reuters)". */
/** A licence link after a photo credit: page furniture. */
const LICENCE_LINK = /\s*\|\s*License Photo\s*$/i;
const CREDIT = new RegExp(`\\s*\\b(?:File )?Photo (?:by|via|courtesy of)\\b[^.]*$|${LICENCE_LINK.source}|\\s*\\((?:File )?(?:Photo|Image|Picture)s? (?:by|via|courtesy of)[^)]*\\)\\s*$`, "i");
/** A caption shorter than this (in words) once its credit is gone is a credit line, dropped whole. */
const MIN_CAPTION_WORDS = 4;
/** A sentence that is a photo credit kept from a caption: "File Photo by Stephen Shaver/UPI", "(Photo via Reuters)". */
export function isPhotoCredit(sentence: string): boolean {
  return PHOTO_CREDIT.test(sentence);
}
const PHOTO_CREDIT = /^\(?(?:File )?(?:Photo|Image|Picture)s? (?:by|via|courtesy of)\b[^.]*\)?$/i;
/** The rule name of a removed credit line (a credit with no caption) or licence link. */
const CREDIT_RULE = "photo-credit";

export function splitLines(body: string): TextLine[] {
  const lines: TextLine[] = [];
  const re = /[^\r\n]*(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(body)) && m[0] !== "") {
    n++;
    const text = m[0].slice(0, m[0].length - m[1]!.length);
    lines.push({ line: n, start: m.index, end: m.index + text.length, text });
  }
  return lines;
}

/** Splits the body into lines and keeps those that are article text. */
export function cleanBody(body: string): CleanResult {
  const kept: TextLine[] = [];
  const captions: TextLine[] = [];
  const removed: CleanResult["removed"] = [];
  let footer: string | undefined;
  for (const l of splitLines(body)) {
    const t = normalise(l.text);
    if (t === "") continue;
    footer ??= FOOTER_RULES.find((r) => r.test(t))?.name;
    const rule = footer ?? LINE_RULES.find((r) => r.test(t))?.name;
    const credit = rule ? null : CREDIT.exec(l.text);
    if (rule) removed.push({ line: l.line, text: l.text, rule });
    else if (credit) {
      const caption = l.text.slice(0, credit.index);
      if (caption.trim().split(/\s+/).length < MIN_CAPTION_WORDS) {
        removed.push({ line: l.line, text: l.text, rule: CREDIT_RULE });
        continue;
      }
      const licence = LICENCE_LINK.exec(l.text);
      if (licence) removed.push({ line: l.line, text: licence[0].trim(), rule: CREDIT_RULE });
      if (captions.some((c) => normalise(c.text) === normalise(caption))) continue;
      // The credit without the spaces before it and the licence link after it.
      const creditStart = credit.index + (credit[0].length - credit[0].trimStart().length);
      const creditEnd = licence ? licence.index : l.text.trimEnd().length;
      captions.push({ ...l, end: l.start + caption.length, text: caption });
      if (creditEnd > creditStart) captions.push({ ...l, start: l.start + creditStart, end: l.start + creditEnd, text: l.text.slice(creditStart, creditEnd) });
    } else kept.push(l);
  }
  return { kept, captions, removed };
}
