import { type Analyzer, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { blankOf, guessedPhrase } from "./blanks.js";
import { askedPart, BESIDES_ASKED, BLANK_FIRST, describedThingOf, focusNounOf, HOW_MADE, whatMovedLast } from "./factKind.js";
import { describingWords, focusPhrase } from "./namingPhrases.js";
import { type FactContext, longestFirst } from "./directShared.js";
import { opponentOf } from "./directNames.js";
import { matches, only, type Span } from "./spans.js";

/**
 * Phrases of `direct.ts`: the words a question leaves blank, a list, what something has at its
 * core, a purpose, a manner, what else a thing is, an occasion, the words that describe a thing
 * or say what it focuses on.
 */

/** What something has at its core: "with socialism as its core", "socialism is at the core of". */
const CORE = /(?<=\bwith )(?:[\p{L}-]+ ){0,2}[\p{L}-]+(?= as (?:its|their|the) (?:core|heart|basis|foundation|cornerstone)\b)|\b[\p{L}-]+(?= (?:is|was|are|were|lies|remains) (?:at )?the (?:core|heart|basis|foundation|cornerstone) of\b)/gu;
/** A purpose told by the infinitive after it: "the treaty's purpose is to defend socialism and peace in Asia" (to the clause's end, eight words at most). */
const PURPOSE = /(?<=\b(?:purpose|point|aim|goal) (?:is|was) )to(?: [\p{L}’'-]+){1,8}/gu;
/** An occasion: "the second anniversary of the visit of President Xi Jinping to the hermit kingdom", up to the clause's end (a date's year kept: "on July 11, 1961"). */
const ANNIVERSARY = /\b(?:the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|tenth|[a-z]+tieth) anniversary of [^,.;:"“”]+(?:, \d{4}\b)?/g;
/** The way or means of a doing: "through diplomacy as well as stern deterrence", "on the phone", "in person". */
const MEANS = /\bthrough (?!the (?:years|decades|centuries)\b)[^,.;:"“”]+|\b(?:on|over|by) the (?:phone|telephone)\b|\bby (?:phone|telephone|video(?: link)?|letter)\b|\bin person\b|\bface[ -]to[ -]face\b|\bvirtually\b/g;
/** A participle and how: "forged with blood", "delivered by Song Tao", "built through ..." (group 1: the participle, group 2: the phrase). */
const MADE_WITH = /\b([a-z]+(?:ed|en)) ((?:with|by|through|via|in) [\p{L}’' -]{2,40}?)(?=[,.;”"]| (?:on|at|to|for|and|of)\b|$)/gu;

/** Three or more short items in a row ("education, culture, health, agriculture"), without a closing "etcetera". */
const LIST = /\b[\p{Ll}-]+(?:, [\p{Ll}-]+(?: [\p{Ll}-]+)?){2,}(?:,? and [\p{Ll}-]+(?: [\p{Ll}-]+)?)?(?<!\betc(?:etera)?)(?=[,.;]|$)/gu;

/** A blank asked by "who": "xi wrote to who", "kim il sung led who". */
const PERSON_BLANK = / whom?\??$/;

/** Whether `phrase` names a person the question names. */
function namesAskedPerson(plan: QueryPlan, analyzer: Analyzer, phrase: string): boolean {
  const named = new Set(plan.concepts.filter((c) => c.person).flatMap((c) => [...c.terms.keys()].filter(isEntityTerm)));
  return named.size > 0 && analyzer.terms(phrase).some((t) => named.has(t));
}

/** The blank of the question put in the articles' wording: its everyday phrases replaced ("prepare for" → "ready for"; see `chat.json`). */
function blankInArticleWords(plan: QueryPlan, text: string): Span | undefined {
  let asked = plan.normalised;
  for (const p of [...plan.paraphrases].sort((a, b) => b.start - a.start)) asked = asked.slice(0, p.start) + p.words + asked.slice(p.end);
  asked = asked.toLowerCase();
  return blankOf(asked, text) ?? blankOf(whatMovedLast(asked) ?? "", text);
}

/** The noun a "focus" or "described" question asks by, read once per plan (every candidate sentence asks for it). */
function nounAsked(kind: "focus" | "described", plan: QueryPlan): string | undefined {
  let nouns = askedNouns.get(plan);
  if (!nouns) askedNouns.set(plan, (nouns = {}));
  if (!(kind in nouns)) nouns[kind] = kind === "focus" ? focusNounOf(plan.normalised) : describedThingOf(plan.normalised);
  return nouns[kind];
}
const askedNouns = new WeakMap<QueryPlan, Partial<Record<"focus" | "described", string | undefined>>>();

/** "kim called the friendship a what": the words the sentence has where the question leaves a blank. */
export function blankSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  const span =
    blankOf(asked, text) ??
    blankOf(whatMovedLast(asked) ?? "", text) ??
    // "what did kim tell his country to prepare for": in the articles' words ("be ready for").
    (plan.paraphrases.length ? blankInArticleWords(plan, text) : undefined) ??
    (plan.guessFrom === undefined ? undefined : (blankOf(askedPart(plan).toLowerCase(), text) ?? guessedPhrase(plan.normalised.slice(plan.guessFrom), plan.normalised, text))) ??
    // "kim called the friendship a common what? treasure? so sappy": the blank asked first, before guesses and chatter.
    blankOf(`${BLANK_FIRST.exec(asked)?.[1] ?? ""}?`, text) ??
    opponentOf(asked, text, notAsked);
  // "xi wrote to who": not Xi, whom the question names as the one who did it ("a message sent to Chinese President Xi Jinping" is Kim's).
  return span && PERSON_BLANK.test(asked) && namesAskedPerson(plan, analyzer, text.slice(span.start, span.end)) ? undefined : span;
}

/** "what areas do they cooperate in": the longest list the sentence tells. */
export function listSpan({ text }: FactContext): Span | undefined {
  // "education, culture, health, agriculture, etcetera": three or more, the longest list told.
  return longestFirst(matches(text, LIST))[0];
}

/** "what is at the core of the treaty". */
export function coreSpan({ text }: FactContext): Span | undefined {
  return only(matches(text, CORE));
}

/** "what is the treaty's purpose". */
export function purposeSpan({ text }: FactContext): Span | undefined {
  return only(matches(text, PURPOSE));
}

/** "how was the friendship forged", "how did they talk": the way or means told. */
export function mannerSpan({ text, analyzer, asked }: FactContext): Span | undefined {
  // "how was the friendship forged": what follows the participle in the sentence ("forged with blood").
  const participle = HOW_MADE.exec(asked)?.[1];
  if (participle) {
    const stem = analyzer.stemWord(participle);
    const made = [...text.matchAll(MADE_WITH)].filter((m) => analyzer.stemWord(m[1]!) === stem).map((m) => ({ start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length }));
    return only(made);
  }
  return only(matches(text, MEANS));
}

/** "what is china besides an ally": what follows the thing named and "and". */
export function besidesSpan({ text, asked }: FactContext): Span | undefined {
  // What follows the thing named, singular or plural ("allies": ally), and "and": "longtime ally and
  // economic benefactor", "the only ally of the hermit kingdom and its main trade partner".
  const named = BESIDES_ASKED.exec(asked)?.[1]?.replace(/ies$/, "y").replace(/s$/, "");
  const after = named && new RegExp(`\\b(?:${named}|${named.replace(/y$/, "ie")}s)(?: of (?:the )?[\\p{L} -]{1,30}?)? and ((?:its |their |the |an? )?(?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)`, "iu").exec(text);
  if (!after) return undefined;
  const start = after.index + after[0].length - after[1]!.length;
  return { start, end: start + after[1]!.length };
}

/** "on what occasion": an anniversary the question does not name. */
export function occasionSpan({ text, notAsked }: FactContext): Span | undefined {
  return only(matches(text, ANNIVERSARY).filter(notAsked));
}

/** "how is the friendship described": the words the sentence describes the thing asked with. */
export function describedSpan({ plan, text, analyzer }: FactContext): Span | undefined {
  const thing = nounAsked("described", plan);
  return thing ? describingWords(thing, text, analyzer) : undefined;
}

/** "what does the treaty focus on": the phrase of the noun asked by. */
export function focusSpan({ plan, text, analyzer, askedWords }: FactContext): Span | undefined {
  const noun = nounAsked("focus", plan);
  return noun ? focusPhrase(noun, text, askedWords, analyzer) : undefined;
}
