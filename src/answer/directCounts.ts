import { type Analyzer, entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { AGE, DURATION, NUMBER_WORD, YEAR } from "./measures.js";
import { type FactContext, nearestAsked } from "./directShared.js";
import { YEARS } from "./directTimes.js";
import { lastWord, matches, only, type Span } from "./spans.js";

/**
 * Counts and lengths of time of `direct.ts`: "how many rounds", "how long does it last", "until
 * when", "how old is he"; and what `ShortFact.measures` reads of a sentence besides `holdsMeasure`.
 */

/** "how long is the border", "how long is the river": the length of a thing on the ground. */
export const LENGTH_OF_A_THING = /\bhow long (?:is|was|are|were) (?:the )?(?:[\w'’-]+ ){0,4}(?:border|frontier|boundary|river|wall|bridge|road|railway|railroad|coast|coastline|tunnel|canal|runway|pipeline)s?\b/i;

/** "how many times", "how often": a number of times asked. */
export const TIMES_ASKED = /\bhow many times\b|\bhow often\b/i;
/** None yet: "have yet to meet", "has never visited". */
const NOT_YET = /\b(?:yet to|never|not yet) [a-z]+/g;
/** Where the sentence says the act asked has not happened yet ("how many times have biden and xi met": "have yet to meet"). */
export const notYet = (plan: QueryPlan, text: string, analyzer: Analyzer): Span[] =>
  matches(text, NOT_YET).filter((s) => {
    const act = analyzer.stemWord(lastWord(text.slice(s.start, s.end)));
    return act !== undefined && plan.concepts.some((c) => c.terms.has(act));
  });
/** "how long have they had ties", "how long has he been in office": the time since something began, which its year tells too. */
export const LENGTH_SINCE_ASKED = /\bhow long (?:have|has|had|'ve)\b/i;
export const YEAR_OR_DECADE = new RegExp(`\\b${YEAR}\\b|\\b(?:1[6-9]|20)\\d0s\\b`);
/** Two years or more told together: "in 1981 and 2001". */
export const YEAR_LIST = new RegExp(`${YEAR}(?:,? ${YEAR})*,? and ${YEAR}`);
/** What something lasts until: "until agreement is reached on its amendment or termination", up to the clause's end. */
const UNTIL = /\buntil [^,.;:"”]+/g;
/** "several rounds", "three times", "20 years", "five times"; with an adjective ("two leading powers") for a noun the question names. */
const COUNT = new RegExp(`\\b(?:${NUMBER_WORD}) [a-z]+\\b|\\b(?:once|twice)\\b`, "gi");
const COUNT_WITH_ADJECTIVE = new RegExp(`\\b(?:${NUMBER_WORD}) [a-z]+ [a-z]+\\b`, "gi");
/** A share of something: "most of the trade", "half of", "90 percent of". */
const SHARE = /\b(?:most|nearly all|almost all|all|half|(?:a|one|two) (?:third|quarter)s?|\d+(?:\.\d+)?\s?(?:%|percent|per cent)) of (?:the |its |their )?[\p{L}-]+/giu;

/**
 * Whether a length of time stands before a verb the question does not ask about: "which has for
 * decades promised peaceful ..." tells how long it promised, not how long the treaty lasts.
 */
function ofAnotherAct(plan: QueryPlan, text: string, d: Span, analyzer: Analyzer): boolean {
  const verb = /^ ([a-z]+ed)\b/.exec(text.slice(d.end))?.[1];
  const stem = verb && analyzer.stemWord(verb);
  return stem !== undefined && !plan.concepts.some((c) => c.terms.has(stem));
}

/** "how long does it last each time", "per term", "at a time", "valid for how long before it needs renewing": the length of one term asked. */
const TERM_ASKED = /\b(?:each|every|per|one) (?:time|term|renewal|period|round)\b|\bat a time\b|\bbefore (?:[a-z]+ ){0,4}(?:renew|renewed|renewing|renewal|extend|extended|extension)\b/;

/** Whether the question names a person of the alias file and nothing else of it ("how old is kim jong un", not "how old is the treaty", nor "what anniversary were xi and kim marking"). */
export function asksAboutAPerson(plan: QueryPlan, analyzer: Analyzer): boolean {
  const people = new Set(analyzer.entities(plan.normalised).filter((e) => e.entity.kind === "person").map((e) => entityTerm(e.entity.name)));
  // "how old was kim il sung when he signed the treaty": the age of the person the question opens on, whatever else it names.
  const subject = /^how old (?:was|is|were) (.+?)(?: when| at the time| in \d{4}|\?|$)/i.exec(plan.normalised)?.[1];
  if (subject && analyzer.entities(subject).some((e) => e.entity.kind === "person")) return true;
  const named = plan.concepts.flatMap((c) => [...c.terms].filter(([t, w]) => w === 1 && isEntityTerm(t)).map(([t]) => t));
  return named.length > 0 && named.every((t) => people.has(t)) && !/\b(?:treaty|pact|alliance|agreement|accord|deal|friendship|ties|relations|anniversar(?:y|ies))\b/.test(plan.normalised.toLowerCase());
}

/** "(several rounds) of its own": a count its clause's doer owns. */
const OF_ITS_OWN = /^\s+of (?:its|their|his|her) own\b/i;

/** Whether the question names a country or body and the sentence's first one (its doer) is another ("how many rounds of un sanctions": "The US has ..."). */
function namesAnotherOwner(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const bodies = (s: string) => analyzer.entities(s).filter((e) => e.entity.kind !== "person").map((e) => e.entity.name);
  const asked = bodies(plan.normalised);
  const doer = bodies(text)[0];
  return asked.length > 0 && doer !== undefined && !asked.includes(doer);
}

const sameWord = (a: string, b: string, analyzer: Analyzer) => analyzer.stemWord(a) === analyzer.stemWord(b);

/** "how many rounds", "how often", "how much of the trade": the one count of what is asked. */
export function countSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  // "how much of nk's trade goes thru china": a share ("most of the trade").
  if (/\bhow much of\b|\bwhat (?:share|part|portion|proportion|percentage|percent|fraction) of\b|\bhow (?:big|large|much) (?:a )?(?:share|part|portion|chunk|slice) of\b/.test(asked)) return nearestAsked(matches(text, SHARE).filter(notAsked), plan, text, analyzer);
  // "how many rounds" → the number before "rounds"; else the one "several"/"three times" of the sentence.
  // (The last "how many" asks: "ok how many then. how many times have the two leaders met".)
  const noun = [...asked.matchAll(/\bhow (?:many|much) ([a-z]+)/g)].at(-1)?.[1];
  const notYear = (s: Span) => !/^\d{4}\b/.test(text.slice(s.start, s.end));
  // "several rounds of its own": the count of the sentence's own doer ("The US has ... imposed"), not of another the question names ("un sanctions").
  const ownersOther = (s: Span) => OF_ITS_OWN.test(text.slice(s.end)) && namesAnotherOwner(plan, text, analyzer);
  const all = matches(text, COUNT).filter(notAsked).filter(notYear).filter((s) => !ownersOther(s));
  const nounLast = (s: Span) => noun !== undefined && sameWord(lastWord(text.slice(s.start, s.end)), noun, analyzer);
  const withNoun = [...all, ...matches(text, COUNT_WITH_ADJECTIVE).filter(notAsked).filter(notYear)].filter(nounLast);
  // "how often": a number of times, not "several steps".
  const often = /\bhow often\b/.test(asked) ? /^(?:once|twice|\S+ times)$/i : /^(several|once|twice|\d+ times|[a-z]+ times)/i;
  // Of several ("met with Kim three times ... several steps"), the one beside the question's words.
  const counted = nearestAsked(withNoun.length ? withNoun : all.filter((s) => often.test(text.slice(s.start, s.end))), plan, text, analyzer);
  // "how many times has it been renewed": no count, but the years it happened in ("renewed it in 1981 and 2001").
  const years = TIMES_ASKED.test(asked) && all.length === 0 ? matches(text, YEARS).filter((y) => /\band\b/.test(text.slice(y.start, y.end))) : [];
  // "how many times have biden and xi met": none yet, when the sentence says so of the act asked ("have yet to meet").
  return counted ?? only(years) ?? (TIMES_ASKED.test(asked) && all.length === 0 ? only(notYet(plan, text, analyzer)) : undefined);
}

/** "how long does it stay in force": a length of time, else what it lasts until. */
export function durationSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  // "how long does it stay in force": a length of time, else what it lasts until ("will remain in effect ... until Beijing and Pyongyang reach an agreement ...").
  const lengths = matches(text, DURATION).filter(notAsked);
  const own = lengths.filter((d) => !ofAnotherAct(plan, text, d, analyzer));
  // (Not for a term asked, "how long does it last each time": a condition is no length of a term. As typed too: "at a time" is filler to the search.)
  const termAsked = TERM_ASKED.test(asked) || TERM_ASKED.test(plan.question.toLowerCase());
  return own.length ? only(own) : lengths.length && !termAsked ? only(matches(text, UNTIL)) : undefined;
}

/** "until when": what something lasts until. */
export function untilSpan({ text }: FactContext): Span | undefined {
  // "remains in force until agreement is reached on its amendment or termination".
  return only(matches(text, UNTIL));
}

/** "how old is kim jong un", "how old is the treaty". */
export function ageSpan({ plan, text, analyzer }: FactContext): Span | undefined {
  // "how old is kim jong un": a person's age is in years, never an anniversary.
  return only(matches(text, AGE).filter((a) => !asksAboutAPerson(plan, analyzer) || /\bold$/.test(text.slice(a.start, a.end))));
}
