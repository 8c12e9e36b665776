import { isUtf8 } from "node:buffer";
import { basename } from "node:path";
import { foldSpace } from "./sentences.js";
import type { Article } from "./types.js";

/**
 * The checks behind `npm run corpus:check`, each on one article (or all of them) already in
 * memory: a moderator adding a file learns what is wrong with it, where, before the bot starts.
 * Errors stop the check; information (lines that cleaning dropped) is shown so that a rule
 * eating real text is noticed.
 */
export interface Finding {
  level: "error" | "info";
  file: string;
  /** 1-based line of the file. */
  line?: number;
  message: string;
}

/** An article with the raw text of its file, so findings can point at file lines. */
export interface CheckedArticle {
  article: Article;
  raw: string;
}

/**
 * Text that is not UTF-8 shows as "�" in every answer. Lines are checked one by one (a line
 * break byte never occurs inside a UTF-8 sequence), so the finding names the first bad line.
 * A byte-order mark is fine; NUL bytes mean UTF-16 or a binary file.
 */
export function encodingProblem(file: string, bytes: Uint8Array): Finding | undefined {
  const lines = splitBytes(bytes, 0x0a);
  const nul = lines.findIndex((l) => l.includes(0));
  if (nul >= 0) {
    return { level: "error", file, line: nul + 1, message: "the file contains NUL bytes: it is UTF-16 or not text at all; save it as UTF-8" };
  }
  const bad = lines.findIndex((l) => !isUtf8(l));
  if (bad >= 0) {
    return { level: "error", file, line: bad + 1, message: "the file is not valid UTF-8 (saved as Windows-1252 or Latin-1?); save it as UTF-8" };
  }
  return undefined;
}

function splitBytes(bytes: Uint8Array, separator: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === separator) {
      out.push(bytes.subarray(from, i));
      from = i + 1;
    }
  }
  return out;
}

/** Line of the file on which a body offset falls. */
function fileLine(a: Article, offset: number): number {
  let line = a.bodyLine;
  for (let i = 0; i < offset && i < a.body.length; i++) if (a.body[i] === "\n") line++;
  return line;
}

export function emptyArticle({ article: a }: CheckedArticle): Finding | undefined {
  if (a.sentences.length > 0) return undefined;
  const why = a.removed.length > 0 ? `cleaning removed all ${a.removed.length} of its lines as page boilerplate` : "it has no text after the front matter";
  return { level: "error", file: a.file, line: a.bodyLine, message: `the article has no sentences to index: ${why}` };
}

/** Lines that cleaning dropped, with the rule that dropped each (information, not errors). */
export function removedLines({ article: a }: CheckedArticle): Finding[] {
  return a.removed.map((r) => ({ level: "info", file: a.file, line: a.bodyLine + r.line - 1, message: `${r.rule}: ${r.text.trim()}` }));
}

/** Where the title comes from: the `title:` line of the front matter, or the first sentence. */
function titleLine({ article: a, raw }: CheckedArticle): number {
  if (a.titleFromText) return a.sentences[0] ? fileLine(a, a.sentences[0].start) : a.bodyLine;
  const index = raw.split("\n").findIndex((l, i) => i < a.bodyLine && /^title\s*:/.test(l));
  return index >= 0 ? index + 1 : 1;
}

export const foldTitle = (t: string) => foldSpace(t).toLowerCase().replace(/[“”"‘’']/g, "");

/**
 * The same article twice: the same text (sentence for sentence), or the same headline. Each
 * later copy is an error naming the first; a copy with the same text is not reported again
 * for its title.
 */
export function duplicateArticles(checked: readonly CheckedArticle[]): Finding[] {
  const findings: Finding[] = [];
  const byText = new Map<string, CheckedArticle>();
  const byTitle = new Map<string, CheckedArticle>();
  for (const c of checked) {
    const { article: a } = c;
    const text = a.sentences.map((s) => s.text).join("\n");
    const sameText = text ? byText.get(text) : undefined;
    const sameTitle = byTitle.get(foldTitle(a.title));
    if (sameText) {
      findings.push({ level: "error", file: a.file, line: a.bodyLine, message: `the same text as ${basename(sameText.article.file)}: remove one of the two copies` });
    } else if (sameTitle) {
      findings.push({
        level: "error",
        file: a.file,
        line: titleLine(c),
        message: `the same title as ${basename(sameTitle.article.file)}:${titleLine(sameTitle)} (“${a.title}”): remove the copy, or give each its own headline`,
      });
    }
    if (text && !sameText) byText.set(text, c);
    if (!sameTitle) byTitle.set(foldTitle(a.title), c);
  }
  return findings;
}

/** Where the front matter's `n:` line is (or its first line, when it has none). */
function numberLine({ raw, article: a }: CheckedArticle): number {
  const index = raw.split("\n").findIndex((l, i) => i < a.bodyLine && /^n\s*:/.test(l));
  return index >= 0 ? index + 1 : 1;
}

/** Two articles with the same citation number would both be cited as [n]: every later one is an error. */
export function duplicateNumbers(checked: readonly CheckedArticle[]): Finding[] {
  const first = new Map<number, CheckedArticle>();
  const findings: Finding[] = [];
  for (const c of checked) {
    const { article: a } = c;
    const taken = first.get(a.n);
    if (!taken) {
      first.set(a.n, c);
      continue;
    }
    findings.push({
      level: "error",
      file: a.file,
      line: numberLine(c),
      message: `citation number ${a.n} is already ${basename(taken.article.file)}'s: give this article the next free number, ${Math.max(...checked.map((x) => x.article.n)) + 1}`,
    });
  }
  return findings;
}

/** An article numbered at load time keeps that number only while no file sorts before it: say which `n:` to write. */
export function unnumbered({ article: a }: CheckedArticle): Finding | undefined {
  if (a.numbered) return undefined;
  return { level: "info", file: a.file, line: 1, message: `no \`n:\` in its front matter: cited as [${a.n}] for now; add \`n: ${a.n}\` to keep that number for good` };
}
