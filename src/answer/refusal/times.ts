import { isEntityTerm } from "../../search/analyzer.js";
import type { Hit, QueryPlan } from "../../search/engine.js";
import type { ShortFact } from "../direct.js";
import { EVERY_TIME, MONTH, SAID_BEFORE } from "../directTimes.js";
import { ROLE } from "../../search/roles.js";
import { leavesOutOneAsked, tellsOfWhatIsAsked } from "./asked.js";

/**
 * The no-answer rules of times: a time asked that the best sentences tell only of something else,
 * a month or day no best sentence gives, when someone took a post, a person's birth, a time of day.
 */
/** Whether the question asks a person's birth: "when was xi born", "kim jong un's birthday" (not "the treaty's big birthday", though it names xi and kim). */
export function birthOfPersonAsked(plan: QueryPlan): boolean {
  const asked = plan.normalised.toLowerCase();
  if (!plan.concepts.some((c) => c.person)) return false;
  const after = (c: QueryPlan["concepts"][number]) => {
    const at = asked.indexOf(c.surface.toLowerCase());
    return at < 0 ? "" : asked.slice(at + c.surface.length);
  };
  return BORN_ASKED.test(asked) || plan.concepts.some((c) => c.person && BIRTHDAY_AFTER_NAME.test(after(c)));
}
/** "when was xi born", "the birthday of kim jong un" (the chat normaliser has already spelled "bday" out). */
const BORN_ASKED = /\bborn\b|\b(?:birthday|birth ?date|date of birth|birthplace) of (?!the |its |their )/;
/** What follows a person's name in "(kim jong un)'s birthday", "(kim jong un)s birth date". */
const BIRTHDAY_AFTER_NAME = /^['’]?s? (?:birthday|birth ?date|date of birth|birthplace)\b/;
/** A birth told: "born in 1984", "his birth", "birthday". */
export const BIRTH_TOLD = /\b(?:born|birth|birthday)\b/i;
/** A time of day asked: "what time was the briefing", "at what hour" (not "what time of year", "what timeframe"). */
export const CLOCK_ASKED = /(?<!\bback (?:to|until|till) )\b(?:what|wat|which) time(?:'s|’s|s)?\b(?! (?:of|in) (?:the )?(?:year|month|week)\b| period\b| frame\b)|\b(?:at )?what hour\b/;
/** A time of day told: "at 10 a.m.", "3:30 pm", "noon", "in the evening". */
export const CLOCK_TOLD = /\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bo['’]clock\b|\b(?:noon|midnight)\b|\b(?:in the |this |that |on \w+ )(?:morning|afternoon|evening)\b|\btonight\b/i;

const MONTH_TOLD = new RegExp(`\\b${MONTH}\\b`, "i");
const YEAR_ASKED = /\b(?:19|20)\d\d\b/g;
/** A sentence that asks a time: "what date did they sign it", "which month". */
const TIME_ASKED_IN = /\b(?:when|day|date|month)\b/i;
/** "what day", "which exact day", "the date": a day asked (see `calendarUntold`). */
const DAY_OF_MONTH_ASKED = /\b(?:what|which|exact|actual|precise) (?:[a-z]+ )?(?:day|date)\b/i;
/** "day n month", "month and day": both asked. */
const MONTH_AND_DAY_ASKED = /\bday (?:and|n|&|\/) (?:the )?month\b|\bmonth (?:and|n|&|\/) (?:the )?day\b/i;

/**
 * Whether a month is asked of a year that no best sentence tells a month in, or a day of a month
 * that no best sentence gives a day of (see `refusalRule`).
 */
export function calendarUntold(kind: string, question: string, best: readonly Hit[]): boolean {
  // The years of the sentences that ask the time: not a year the asker states before ("so 2021 was the 60th anniversary right? ... what date did they sign it").
  const asking = question.split(/(?<=[.?!])\s+/).filter((s) => TIME_ASKED_IN.test(s));
  const years = (asking.length ? asking.join(" ") : question).match(YEAR_ASKED);
  const monthOfYearUntold = () => !!years && best.every((h) => !(MONTH_TOLD.test(h.sentence.text) && years.every((y) => h.sentence.text.includes(y))));
  if (kind === "month") return monthOfYearUntold();
  // "exact date of the 2001 renewal? day n month": a day of a year no best sentence gives a month in ("last renewed in 2001").
  if (kind === "date" && (DAY_OF_MONTH_ASKED.test(question) || MONTH_AND_DAY_ASKED.test(question)) && !MONTH_TOLD.test(question) && monthOfYearUntold()) return true;
  const month = MONTH_TOLD.exec(question)?.[0];
  if (kind !== "date" || !month || !DAY_OF_MONTH_ASKED.test(question)) return false;
  const dayOf = new RegExp(`\\b${month} \\d{1,2}\\b`, "i");
  // (Unless a best sentence gives a day of another month in the year asked: "what day in august 1961 was it signed" mistakes "July 11, 1961".)
  const dayThatYear = years && new RegExp(`\\b${MONTH} \\d{1,2},? (?:${years.join("|")})\\b`, "i");
  return best.every((h) => !dayOf.test(h.sentence.text) && !(dayThatYear && dayThatYear.test(h.sentence.text)));
}

export const TIME_KINDS: ReadonlySet<string> = new Set(["date", "year", "month"]);
/** Everyday-English rarity (`Concept.english`) from which a word no article uses names a thing of its own ("armistice" 0.65), not a way of asking. */
const UNKNOWN_THING_RARITY = 0.5;
/** The verb of an event dated: "signed", "founded", "held" (group 1: the word before it). */
const EVENT_VERB = /\b([\p{L}'’-]+) (?:was |were |got |get )?(?:signed|founded|established|created|formed|built|launched|held|invented|born)\b/gu;

/** Whether a time is asked of a thing the question names by a rare word no article uses, right before the verb of the event ("armistice signed"). */
export function unknownThingTimed(plan: QueryPlan): boolean {
  const unknown = new Set(plan.concepts.filter((c) => !c.known && !c.offered && c.english >= UNKNOWN_THING_RARITY && ![...c.terms.keys()].some(isEntityTerm)).map((c) => c.surface.toLowerCase()));
  return unknown.size > 0 && [...plan.normalised.toLowerCase().matchAll(EVENT_VERB)].some((m) => unknown.has(m[1]!));
}
/**
 * "when was xi born", "when did china test its first nuke": the best sentences that tell a time
 * (`timed`) tell it of something else: none of them has a word of the question beside its
 * names. (When none tells a time at all, the model decides: "resumed its crossings in the
 * spring".) None of the answerable time questions of the training parts is refused by it.
 */
/**
 * When someone took a post: "when did X become special rep", "when was X appointed", "since when
 * has X headed ...", "when did X take office", and how long X has held it ("how long has xi been
 * president", "how long has kim been in power") (not "when did china and nk become allies": no post).
 */
export const POST_TAKEN_ASKED = new RegExp(`\\b(?:become|became|becoming|made)\\b(?: [\\w'’-]+){0,5}? (?:${ROLE})s?\\b(?! (?:[\\w'’-]+ )?(?:allies|ally|friends|partners|relations|ties|buddies|pals|besties|frens)\\b)|\\b(?:appointed|nominated|promoted|sworn in|took office|take office|assumed office|took over as|take over as)\\b|\\b(?:when|what year|which year|what yr|since when)\\b[^,.?!]*\\b(?:(?:take|took|taken|taking|takes) (?:over|power|charge)|(?:came|come|comes|coming|rose|rise|risen) to power|seized? power)\\b|\\bsince when has .+ (?:been|headed|led|served)\\b|\\bhow long (?:has|have|had) .+ (?:been|served as) (?:the |a |an )?(?:[\\w'’-]+ ){0,3}?(?:${ROLE})s?\\b|\\bhow long (?:has|have|had) .+ (?:been in (?:power|office|charge)|ruled|led|headed|served)\\b`, "i");
/** A sentence telling that someone took a post. */
export const POST_TAKEN = /\b(?:became|becomes|become|appointed|appoints|named|nominated|promoted|took office|takes office|took over|takes over|sworn in|assumed|succeeded|replaced|elected)\b/i;

/**
 * "when did this united front materialize": the best sentence tells of it by what it followed ("it
 * materialized after Pyongyang appeared to open up ..."), with no time; "when did campbell talk
 * about taiwan": one of the best tells of it as said on the occasion of the sentence before ("Campbell
 * also said ..."), whose time is then the time asked.
 */
export function tellsWithoutATime(plan: QueryPlan, best: readonly Hit[], fact: ShortFact, saidThenOnly: (h: Hit) => boolean): boolean {
  // (A saying's time is none of what it says: "Wang Wenbin ... said on Wednesday that the treaty ... will remain in effect ... until ...".)
  const told = (h: Hit) => (!fact.tellsATime(h.sentence) || saidThenOnly(h)) && tellsOfWhatIsAsked(plan, h) === true;
  // (Or, in any of them, what it lasts until: "when does it end" → "... will remain in effect all the time until Beijing and Pyongyang reach an agreement".)
  return (told(best[0]!) && RELATIVE_TIME.test(best[0]!.sentence.text)) || best.some((h) => told(h) && (SAID_THEN_TOO.test(h.sentence.text) || /\buntil\b/i.test(h.sentence.text)));
}
/** "Campbell also said the United States does not support Taiwan independence": said on the occasion the sentence before gives the time of ("said Tuesday at an online Asia Society event"). */
const SAID_THEN_TOO = /\balso (?:said|says|told|noted|stressed|added)\b|\b(?:he|she) added\b/i;
/**
 * A time told by an event: "after Pyongyang appeared to open up", "before the talks", "when Kim
 * Il Sung ... led". Not "during": "During a visit to Seoul, the US special representative ..."
 * names the very visit asked about ("when did sung kim visit seoul"), not when it was.
 */
const RELATIVE_TIME = /\b(?:after|before|since|until|when|while)\b/i;

export function timesOfSomethingElse(plan: QueryPlan, timed: readonly Hit[], saidThenOnly: (h: Hit) => boolean): boolean {
  return timed.length > 0 && timed.every((h) => tellsOfWhatIsAsked(plan, h) === false || leavesOutOneAsked(plan, h) || saidThenOnly(h));
}


/**
 * Whether every time the sentence tells is a saying's ("Yonhap reported Tuesday that ... Sung Kim
 * spoke to Liu"): the time of the report, not of what it reports ("when did the us special rep
 * visit seoul").
 */
export function onlySayingTimes(text: string): boolean {
  const times = [...text.matchAll(EVERY_TIME)];
  return times.length > 0 && times.every((t) => SAID_BEFORE.test(text.slice(Math.max(0, t.index - 12), t.index)));
}
