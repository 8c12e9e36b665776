import { type Analyzer } from "../../search/analyzer.js";
import { ROLE } from "../../search/roles.js";
import { only, type Span, trimLeadingLowercase } from "../spans.js";
import { unknownNames } from "./names.js";

/**
 * The titles that stand by a name in a sentence ("North Korea's ambassador to China, Ri Ryong
 * Nam"), the offices a sentence names, and the office that says something when no one is named.
 */
/** A title: capitalised words (with "for", "of", "the") ending just before a name. */
const TITLE_WORD = "(?:[A-Z][\\p{L}.’'-]*|for|of|the|on|and)";
/** A country or organisation with the article it is written with: "The US has spearheaded" → "The US". */
export function withArticle(text: string, s: Span): Span {
  return /\bthe $/i.test(text.slice(Math.max(0, s.start - 4), s.start)) ? { start: s.start - 4, end: s.end } : s;
}

/**
 * A person's title as the sentence gives it: the words standing before their name (read from
 * `from` on), else the description set off after it ("Song Tao, the minister of ...").
 */
export function titleOf(text: string, name: Span, from = 0): Span | undefined {
  const before = titleBefore(text.slice(from), name.start - from);
  return (before && { start: before.start + from, end: before.end + from }) ?? appositiveAfter(text, name.end);
}

/**
 * "Ri Ryong Nam, the DPRK ambassador to China, during ...": the description set off after a name
 * ending at `nameEnd`; also one a news text writes without its first comma when it names an office
 * ("Wang Wenbin a Chinese Foreign Ministry spokesman, said ...").
 */
export function appositiveAfter(text: string, nameEnd: number): Span | undefined {
  const rest = text.slice(nameEnd);
  const after = /^, (the [^,]+?)(?:,| during| and )/.exec(rest) ?? OFFICE_AFTER.exec(rest);
  return after ? { start: nameEnd + after[0].indexOf(after[1]!), end: nameEnd + after[0].indexOf(after[1]!) + after[1]!.length } : undefined;
}
/** ", a Chinese Foreign Ministry spokesman," or " a Chinese Foreign Ministry spokesman,": an office after a name. */
const OFFICE_AFTER = new RegExp(`^,? ((?:a|an) (?:[\\p{L}.'’-]+ ){0,5}(?:${ROLE}))(?=,)`, "iu");

/**
 * The title standing just before a name: capitalised words ("U.S. Special Representative for
 * North Korea Sung Kim"), or a few words ending in an office ("Chinese foreign ministry
 * spokesman Wang Wenbin").
 */
function titleBefore(text: string, nameStart: number): Span | undefined {
  const before = text.slice(0, nameStart);
  const m = CAPITALISED_TITLE.exec(before);
  if (m) {
    // Of two people named together, the second's title is what follows "and" ("Chinese President Xi Jinping and North
    // Korean Supreme Leader Kim Jong-un"); a possessive is none ("... Zhou Enlai and North Korea's Kim Il Sung").
    const words = trimLeadingLowercase(m[1]!.split(" and ").pop()!).replace(/^(?:The |A )/, "");
    if (words.split(" ").length >= 2 && !/['’]s$/.test(words)) return { start: nameStart - 1 - words.length, end: nameStart - 1 };
  }
  const office = OFFICE_TITLE.exec(before);
  return office ? { start: nameStart - 1 - office[1]!.length, end: nameStart - 1 } : undefined;
}
const CAPITALISED_TITLE = new RegExp(`((?:${TITLE_WORD} )*${TITLE_WORD}) $`, "u");
const OFFICE_TITLE = new RegExp(`((?:[A-Z][\\p{L}.]+ ){0,2}(?:(?!(?:said|says|and|the|a|of|by|to|with)\\b)[a-z-]+ ){0,3}(?:${ROLE})) $`, "u");

/** An office with what qualifies it: "The top envoy of the North to Beijing", "China’s ambassador to Pyongyang", "the US special representative for North Korea". */
const ROLE_PHRASE = new RegExp(
  `(?:\\b(?:the|The) )?(?:(?:[A-Z][\\p{L}.]*(?:['’]s)?|top|chief|senior|special|foreign|former) ){0,3}(?:${ROLE})\\b(?: (?:to|of|for|in) (?:the )?[A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*)?){0,2}`,
  "gu",
);

/**
 * For "who said ...": the office a sentence that names no one has say it ("..., the Chinese
 * spokesman said." → the Chinese spokesman; "the US special representative for North Korea
 * indicated the willingness ..."), if exactly one does.
 */
export function officeSayerOf(text: string, analyzer: Analyzer): Span | undefined {
  // A sentence that names anyone gives none, nor does an office the alias file knows as one person's
  // ("the Chinese spokesman" is Wang Wenbin): the member asks for the name, which another sentence gives.
  if (analyzer.entities(text).some((e) => e.entity.kind === "person") || unknownNames(text, analyzer).length) return undefined;
  const said = only(roleSpans(text).filter((s) => OFFICE_SAID_AFTER.test(text.slice(s.end))));
  // "As expert comments": the office, not the sentence's first word.
  const lead = said && SENTENCE_OPENER.exec(text.slice(said.start, said.end));
  return said && lead ? { start: said.start + lead[0].length, end: said.end } : said;
}
/** A capitalised word that opens a sentence before an office ("As expert comments ..."). */
const SENTENCE_OPENER = /^(?:As|In|On|At|For|But|And|When|While|After|Before|Then|So|Also) /;
/** A verb of saying right after an office ("the Chinese spokesman said", "... for North Korea indicated"). */
const OFFICE_SAID_AFTER = /^,? (?:also |has |had )?(?:said|says|added|adds|noted|notes|told|tells|indicated|claimed|stated|highlighted|comments|commented|cautioned|warned|stressed)\b/;

/** The offices a sentence names as phrases (see ROLE_PHRASE). */
export function roleSpans(text: string): Span[] {
  return [...text.matchAll(ROLE_PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
