import { isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { YEAR } from "./measures.js";
import { type FactContext, longestFirst, nearestAsked } from "./directShared.js";
import { matches, only, type Span } from "./spans.js";

/**
 * Times of `direct.ts`: the month, year or date a question asks for, and what tells that time
 * from the others a sentence holds in news prose (a thing's making, a renewal, a dateline, a
 * saying's day, an anniversary, a time still to come).
 */

export const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** "July 11, 1961", "March 2018", "July 11", "1981 and 2001", "the 1930s", "1961". */
export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DATE = new RegExp(`${MONTH} \\d{1,2}, ${YEAR}|${MONTH} ${YEAR}|${MONTH} \\d{1,2}\\b|${YEAR}s?(?:,? and ${YEAR}s?)?|${MONTH}\\b|${WEEKDAY}\\b`, "g");
export const ANY_TIME = new RegExp(DATE.source);
/** Every time a text tells, for `matchAll`. */
export const EVERY_TIME = new RegExp(DATE.source, "g");
/** "what day", "what was the date", "the exact date", "signed when, date pls": a day asked, not a year. */
const DAY_ASKED = /\b(?:what|which|exact|actual) (?:[a-z]+ ){0,2}(?:day|date)\b|, (?:the )?date\b|\bdate (?:pls|plz|please)\b/;
const DAY_PRECISE = new RegExp(`^(?:${MONTH} \\d{1,2}\\b|${WEEKDAY})`);
/** "what day of the week", "which weekday": a weekday asked, which only a weekday's name answers. */
export const WEEKDAY_ASKED = /\bday of (?:the )?week\b|\bweek ?days?\b/;
const WEEKDAY_START = new RegExp(`^${WEEKDAY}`);
/** "what day and month": a weekday ("around Sunday") does not say it. */
const MONTH_DAY_ASKED = /\bday (?:and|n|&|\/) (?:the )?month\b|\bmonth (?:and|n|&|\/) (?:the )?day\b/;
const MONTH_DAY = new RegExp(`^${MONTH} \\d{1,2}\\b`);
/** A month's name in a sentence ("July 11"), and as a word of a question. */
const MONTH_NAMED = new RegExp(`${MONTH}\\b`, "g");
const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, "i");
/** "the 1961 treaty": a year used as a name of something, not the time of what the sentence tells (but "date back to the 1930s" is a time). */
const ATTRIBUTIVE_YEAR = /\bthe $/i;
/** Whether a question names a thing and no event of it ("treaty year?", "what year is the pact from"): only the subject's words, names and the frame. */
const thingOnly = (plan: QueryPlan) =>
  plan.concepts.some((c) => THING_WORD.test(c.surface)) && plan.concepts.every((c) => THING_WORD.test(c.surface) || BEGINNING.test(c.surface) || [...c.terms.keys()].every((t) => isEntityTerm(t))) && !SAID_ASKED.test(plan.normalised);
/** Words that ask for a thing's beginning, which its making is: "when did the alliance start". */
const BEGINNING = /^(?:begin|began|begun|begins|beginning|start|started|starts|starting|originate|originated|origin|origins)$/i;
/** A saying asked, whose words are stop words, not concepts ("when did the spokesman say the treaty stuff"). */
const SAID_ASKED = /\b(?:said|says|say|told|tell|spoke|speak|stated|wrote|called|claimed|mentioned)\b/i;
const THING_WORD = /^(?:treaty|treaties|pact|pacts|alliance|accord|agreement|deal|ties|relations|relationship|friendship)$/i;
/** The making of a thing asked: "when was it signed", "when were ties established". */
const MAKING_ASKED = /\b(?:sign|signs|signed|signing|conclude|concluded|ink|inked|establish|established|found|founded|form|formed|create|created|adopt|adopted)\b/;
/** A time told as a thing's making: "signed in 1961", "Signed in 1961, the ... Treaty", "signed between the two countries on July 11, 1961", "established diplomatic relations in 1949", "date back to the 1930s". */
/** (A year after its day counts too: "signed ... on July 11, 1961" dates the making by 1961 as well.) */
const madeAt = (text: string, s: Span) => MADE_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start).replace(DAY_OF_MONTH_BEFORE, ""));
/** Whether the sentence dates a making at all ("Signed in 1961, the ... Treaty"): what a thing's start is told by (see `refusal/asked.ts`). */
export const datesAMaking = (text: string) => matches(text, DATE).some((s) => madeAt(text, s));
const DAY_OF_MONTH_BEFORE = new RegExp(`${MONTH} \\d{1,2}, $`);
/** A renewal or extension of the treaty, asked about or told. */
export const RENEWAL = /\b(?:renew\w*|extension|extended|prolong\w*)\b/i;
const MADE_BEFORE = /\b(?:signed|concluded|inked|established|founded|formed|created|adopted)\b(?:\s+[\p{L}-]+){0,5}\s+(?:in|on)\s+$|\bdates? back to (?:the )?$/iu;
const attributive = (text: string, s: Span) => ATTRIBUTIVE_YEAR.test(text.slice(0, s.start)) && !text.slice(s.start, s.end).endsWith("s");
export const YEARS = new RegExp(`${YEAR}s?(?:,? and ${YEAR}s?)?`, "g");

/** Words that hedge a date ("around Sunday"): part of the line, but no more of an answer than the date. */
export const HEDGE = "around|about|approximately|roughly";
const HEDGE_BEFORE = new RegExp(`\\b(?:${HEDGE})\\s+$`, "i");

/** A date with the hedge the sentence puts before it: "likely to take place around Sunday" → "around Sunday", not a firm "Sunday". */
function hedged(text: string, span: Span | undefined): Span | undefined {
  const hedge = span && HEDGE_BEFORE.exec(text.slice(Math.max(0, span.start - 15), span.start));
  return hedge ? { start: span!.start - hedge[0].length, end: span!.end } : span;
}

/** "where and when were the messages delivered", "when n where", "where did they meet ... and what day": a place asked with the time. */
const WHERE_AND_WHEN = /\bwhere (?:and|n|&|\+) (?:when|(?:on |at )?(?:what|which) (?:day|date))\b|\bwhen (?:and|n|&|\+) where\b|\bwhere\b.*\b(?:and|n|&|\+) (?:when|(?:what|which) (?:day|date))\b|\b(?:when|(?:what|which) (?:day|date))\b.*\b(?:and|n|&|\+) where\b/;
/** "when ... some summit in september? which one", "was it at the un?": the occasion asked with the time. */
const OCCASION_GUESSED = /\b(?:summit|conference|forum|assembly|gathering|event)s?\b|\bat the un\b/;
/** A named place or occasion right before a time ("in Beijing on Monday", "at the G20 summit in October") or a place right after it ("on Monday in Beijing"). */
const PLACE_BEFORE = /\b(?:in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|at the \p{Lu}[\p{L}\d'’-]*(?: [\p{L}\d'’-]+)?) (?:on |at |in )?$/u;
const PLACE_AFTER = /^ in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/u;

/** The time found, with the place the sentence names beside it, if any ("in Beijing on Monday"); not one the question names ("when is the g20 summit"). */
function withPlaceBeside(text: string, when: Span, asked: string): Span {
  const named = (place: string) => (place.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).every((w) => asked.includes(w));
  const before = PLACE_BEFORE.exec(text.slice(0, when.start));
  if (before && !named(before[0].replace(/^(?:in|at) (?:the )?/, ""))) return { start: before.index, end: when.end };
  const after = PLACE_AFTER.exec(text.slice(when.end));
  return after && !named(after[0]) ? { start: when.start, end: when.end + after[0].length } : when;
}

/** An occasion as a time: "on the second anniversary of the visit of President Xi Jinping". */
const OCCASION_TIME = /\b(?:on|at) the (?:[\p{L}\d-]+ )?anniversary of [^,.;:]+/gu;
/** "when did the ambassador make those remarks": the time of a saying, which an occasion may tell. */
const WHEN_SAID = /\b(?:say|said|says|comments?|remarks?|statements?|speech|observations?|words)\b/;
/** A saying or a report asked about: "what day did yonhap report the call", "when did wang give the briefing", "what day did kcna put out kim's message". */
export const SAYING_ASKED = new RegExp(`${WHEN_SAID.source}|\\b(?:talk|talks|talked|spoke|speak|tell|tells|told|call|called|phone|report|reported|reports|briefing|story|stories|piece|article|news|put out|broke|announce|announced|message|messages|msg|msgs|came out|come out|credit)\\b`);
/** A verb of saying or reporting just before a time: "said Tuesday", "reported on Sunday". */
export const SAID_BEFORE = /\b(?:said|says|reported|reports|told|announced|added|noted)(?: on)? $/i;
/** A report just before a time ("Yonhap reported Tuesday"), and a question that asks about a report ("when did yonhap report it", "who broke the story ... on what day"). */
const REPORTED_BEFORE = /\breport(?:ed|s)(?: on)? $/i;
const REPORT_ASKED = /\b(?:report|reported|reports|reporting|story|stories|news|broke|break|piece|article|published|carried|ran)\b/;

/** Whether a "when" question asks when something was said (see OCCASION_TIME). */
export const asksWhenSaid = (plan: QueryPlan) => WHEN_SAID.test(plan.normalised.toLowerCase());
/** A news dateline ("July 7 (UPI) -- ..."): when the story was filed, not when anything in it happened. */
export const DATELINE = /^[A-Z][a-z]{2,8}\.? \d{1,2} \(([A-Za-z. ]+)\) *(?:--|—|–)/;
const inDateline = (text: string, s: Span) => s.end <= (DATELINE.exec(text)?.[0].length ?? 0);
/** "upi article date?", "when was the story filed", "what date is the upi story from": the date of the report itself, which its dateline gives. */
export const REPORT_DATE_ASKED = /\b(?:article|report|story|piece)(?:'s)? date\b|\bdate (?:of|on) (?:the |that |this )?(?:[a-z]+ )?(?:article|report|story|piece)\b|\bdatelined?\b|\b(?:article|report|story|piece) (?:was |get |got )?(?:published|filed|written|posted|out)\b|\b(?:ran|run|published|posted|put out) (?:the |that |this |its )?(?:[a-z]+ )?(?:article|report|story|piece)\b|\b(?:date|day|when) (?:is|was|did) (?:the |that |this )?(?:[a-z]+ )?(?:article|report|story|piece) (?:from|come out|came out|dated)\b/;
/** "when's the renewal supposed to happen", "whens the treaty up for renewal": a time still to come, which only a sentence telling what will or may happen gives. */
const UPCOMING_ASKED = /\b(?:supposed|expected|due|set|likely|scheduled|planned|going) to\b|\b(?:does|do|did) (?:[a-z]+ ){1,3}expect\b|\b(?:up|due) for (?:renewal|extension|review)\b|\b(?:is|are|r) (?:the |that |this |it |they )?(?:[a-z]+ )?(?:happening|taking place|coming up)\b|(?:’s|'s) (?:[a-z]+ )?(?:happening|taking place|coming up)\b|\b(?:was|is|were|are) (?:the |that |this |it |they )?(?:[a-z]+ )?(?:expected|supposed|due|scheduled|planned)\b|\b(?:gonna|will|upcoming)\b|\bnext (?:one|time|renewal|meeting|summit)\b/;
/** A question of what happened: "when did they last meet", "when was it renewed" (not what was expected: "when did they think it would happen"). */
const PAST_ASKED = /^(?!.*\b(?:would|will|likely|expect\w*|think|thought|supposed|plan\w*|going to|gonna)\b).*\b(?:did|was|were|had)\b/;
/** Whether the words just before the time at `s` tell of something to come ("is likely to take place around Sunday", "will meet at the G20 summit in October"). */
const upcoming = (text: string, s: Span) => /\b(?:will|would|likely|expects?|expected|plans?|planned|set to|due to|could|next)\b/i.test(text.slice(Math.max(0, s.start - 80), s.start));

/**
 * Whether the time at `s` is not the one asked: the other end of a series ("when did the two leaders
 * last meet" is not answered by "Kim first visited China in March 2018"), or a time still to come
 * for what happened.
 */
function otherTimeThanAsked(asked: string, text: string, s: Span): boolean {
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  // (Nor is a time still expected the answer to what did happen: "the two leaders will meet at the G20 summit in October".)
  if (PAST_ASKED.test(asked) && !UPCOMING_ASKED.test(asked) && upcoming(text, s)) return true;
  // (Not the other way: "first renewal year?" takes the first of "1981 and 2001", see `itemOfFuller`.)
  return /\b(?:last|latest|most recent|recently)\b/.test(asked) && /\bfirst\b/i.test(before);
}

/**
 * Whether an anniversary is asked and the time at `s` is inside what an anniversary is of: "which
 * day (or year) did the 60th anniversary fall on" is not "... on the 60th anniversary of the Treaty
 * ... signed between the two countries on July 11, 1961", which dates that event.
 */
function ofWhatAnniversaryMarks(asked: string, text: string, s: Span): boolean {
  return /\banniversar/.test(asked) && !MAKING_ASKED.test(asked) && /\banniversary of\b[^.;]*$/i.test(text.slice(Math.max(0, s.start - 100), s.start));
}

/** A time told as an anniversary, in apposition: "Sunday, the 60th anniversary of the signing" (group 1: the first words of what it marks). */
const ANNIVERSARY_AFTER = /^,\s*(?:the|its|their)\s+[\p{L}\d-]+\s+anniversary of ((?:[\p{L}'’-]+\s*){1,3})/iu;

/** "which month": the one month the sentence names, not the dateline's. */
export function monthSpan({ text, asked, notAsked }: FactContext): Span | undefined {
  // Not the dateline's month ("July 7 (UPI) -- ..."): when the story was filed, unless that is asked.
  return only(matches(text, MONTH_NAMED).filter(notAsked).filter((s) => inDateline(text, s) === REPORT_DATE_ASKED.test(asked)));
}

/** "what year was it renewed", "treaty year?": the year of what is asked. */
export function yearSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  // "what year is the next renewal": a year still to come ("last renewed in 2001" is no answer).
  const toCome = UPCOMING_ASKED.test(asked);
  // "what year is the treaty from", "treaty year?": only its making dates a thing asked with no event ("the 1961 treaty", "signed in 1961"), not another event of it ("last renewed in 2001").
  if (thingOnly(plan)) return nearestAsked(matches(text, YEARS).filter(notAsked).filter((s) => attributive(text, s) || madeAt(text, s)), plan, text, analyzer);
  // ("what years was the treaty renewed": not the year it was made, "signed ... on July 11, 1961".)
  const renewalAsked = RENEWAL.test(asked);
  return nearestAsked(matches(text, YEARS).filter(notAsked).filter((s) => !attributive(text, s) && (!toCome || upcoming(text, s)) && !otherTimeThanAsked(asked, text, s) && !(renewalAsked && madeAt(text, s)) && !ofWhatAnniversaryMarks(asked, text, s)), plan, text, analyzer);
}

/** "when was it signed", "what day did they meet": the date of what is asked, with its hedge, and with its place when asked. */
export function dateSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  // "what day", "the exact date": a year or a month alone does not say which day.
  // ("what day of the week", "what weekday": a weekday, not "July 11, 1961".)
  const precise = MONTH_DAY_ASKED.test(asked) ? MONTH_DAY : WEEKDAY_ASKED.test(asked) ? WEEKDAY_START : DAY_PRECISE;
  const day = DAY_ASKED.test(asked) || MONTH_DAY_ASKED.test(asked) || WEEKDAY_ASKED.test(asked) ? (s: Span) => precise.test(text.slice(s.start, s.end)) : () => true;
  // The dateline is when the story was filed: the answer only when the story's own date is asked ("upi article date?").
  const filed = REPORT_DATE_ASKED.test(asked);
  const toCome = UPCOMING_ASKED.test(asked);
  // "Campbell said Tuesday that ... the G20 summit in October": the day of a saying is not the day asked, unless a saying's is.
  // And when a saying but no report is asked, the day of a report is not its day: "when did the ambassador speak" is not
  // answered by "Yonhap reported Tuesday that ..." (nor "when did the envoys talk": that is the report's day).
  const ofTheSaying = (s: Span) => {
    const before = text.slice(Math.max(0, s.start - 12), s.start);
    return SAID_BEFORE.test(before) && (!SAYING_ASKED.test(asked) || (REPORTED_BEFORE.test(before) && !REPORT_ASKED.test(asked)));
  };
  // "... a renewal ... around Sunday, the 60th anniversary of the signing of the Treaty": the day of the renewal and of an
  // anniversary, not of the signing that it marks ("when was the treaty signed"), unless an anniversary is asked.
  const ofAnAnniversary = (s: Span) => {
    const marked = ANNIVERSARY_AFTER.exec(text.slice(s.end))?.[1];
    const stems = (part: string) => (part.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4));
    return marked !== undefined && !/\banniversar/.test(asked) && stems(marked).some((w) => stems(asked).includes(w) && !stems(text.slice(0, s.start)).includes(w));
  };
  // And the other way round (see `ofWhatAnniversaryMarks`).
  const ofTheMarked = (s: Span) => ofWhatAnniversaryMarks(asked, text, s);
  // "when is the treaty from", "treaty date?": its making (see the year's case).
  const made = thingOnly(plan) && !filed ? (s: Span) => madeAt(text, s) || attributive(text, s) : () => true;
  const dates = longestFirst(matches(text, DATE)).filter(notAsked).filter(day).filter((s) => inDateline(text, s) === filed).filter((s) => !toCome || upcoming(text, s)).filter((s) => !ofTheSaying(s)).filter((s) => !ofAnAnniversary(s) && !ofTheMarked(s)).filter(made).filter((s) => !otherTimeThanAsked(asked, text, s));
  // The story's own date is its dateline's, whatever words of the question the sentence holds ("upi article date?").
  if (filed) return only(dates);
  // "on what day in july": a date in the month asked, if the sentence has one.
  const month = MONTH_WORD.exec(asked)?.[0];
  const inMonth = month ? dates.filter((s) => text.slice(s.start, s.end).toLowerCase().startsWith(month.toLowerCase())) : [];
  if (inMonth.length) return nearestAsked(inMonth.filter((s) => !attributive(text, s)), plan, text, analyzer);
  // "when did the ambassador make those remarks": an occasion tells when, in a sentence that gives no time ("on the second anniversary of ...").
  if (!dates.length && !ANY_TIME.test(text) && WHEN_SAID.test(asked) && !DAY_ASKED.test(asked) && !toCome) return only(matches(text, OCCASION_TIME).filter(notAsked));
  // "when was the bilateral pact signed": the date the sentence gives its making ("signed ... on July 11, 1961"), when it
  // gives one, not the one beside another word asked ("bilateral ties on Sunday").
  const making = MAKING_ASKED.test(asked) ? dates.filter((s) => madeAt(text, s) && !attributive(text, s)) : [];
  // (A weekday asked of a making the sentence dates otherwise is not another weekday of it: "signed ... on July 11, 1961" is no "Sunday".)
  if (WEEKDAY_ASKED.test(asked) && !making.length && MAKING_ASKED.test(asked) && matches(text, DATE).some((s) => madeAt(text, s) && !attributive(text, s))) return undefined;
  const when = hedged(text, making.length === 1 ? making[0] : nearestAsked(dates.filter((s) => !attributive(text, s)), plan, text, analyzer));
  // (An event yet to come is told by its occasion with its time: "when will biden and xi meet" → "at the G20 summit in October".)
  return when && (WHERE_AND_WHEN.test(asked) || OCCASION_GUESSED.test(asked) || toCome) ? withPlaceBeside(text, when, asked) : when;
}
