import type { Analyzer } from "../search/analyzer.js";
import { countriesIn } from "./people/posts.js";
import { type FactContext, nearestAsked } from "./directShared.js";
import { MONTH, WEEKDAY } from "./directTimes.js";
import { only, type Span } from "./spans.js";

/**
 * Places of `direct.ts`: where a "where" question's answer is (a place after "in" or "at", an
 * occasion or the ground, where something leads), and what `ShortFact.tellsAPlace` counts as
 * telling one.
 */

/** A saying, or what is made by one, asked about in any way ("campbell said it at which event", "he made the g20 prediction at what event"). */
const SPEECH_ASKED = /\b(?:say|said|says|saying|speak|spoke|speaks|speaking|talk|talked|talks|talking|comments?|remarks?|statements?|speech|predictions?|predicted|predict|claims?|claimed|made|make|makes)\b/;
/** "where did campbell say that stuff", "where did he make those comments", "what event was campbell at": where someone spoke. */
const SPEECH_PLACE_ASKED = /\b(?:where|(?:at|in) (?:which|what) (?:event|occasion|venue|forum|conference))\b.*\b(?:say|said|speak|spoke|talk|talked|make|made|give|gave)\b|\bwhere\b.*\b(?:comments?|remarks?|statement|speech)\b|\b(?:say|said|speak|spoke|speaking|talk|talked) (?:at|in) (?:which|what) (?:event|occasion|venue|forum|conference)\b|^(?:what|which) (?:kind of |sort of |type of )?(?:event|occasion|forum|conference) (?:was|were|is|did) [a-z' -]+ (?:at|attend|attending|in)\??$/;
/** "where did campbell say biden and xi would meet": a saying that reports an act to come, whose place is asked (not where the saying was made). */
const REPORTED_ACT_ASKED = /\b(?:say|said|says|think|thinks|thought|expect|expects|expected)\s+(?:that\s+)?(?:[a-z'’]+\s+){1,5}?(?:would|will|could|might|should|gonna|(?:is|are|was|were) going to)\s+[a-z]+/;
/** Who said it, typed after the question: ", campbell said", ", the us envoy says". */
const SAYER_AFTER = /,\s*(?:[\w'’-]+ ){1,3}(?:said|says|claims|claimed|thinks|reckons)\W*$/;
/** Where someone was speaking, asked before what they said: "where was campbell speaking when he said ...". */
const SPEAKING_WHERE = /\bwhere (?:was|were|is|did)\b(?: [\p{L}'’-]+){1,3}? (?:speaking|talking|speak|talk)\b(?= (?:when|as|while)\b)/u;
/** "where would talks lead", "where did he say talking to the americans would get them", "how would talks end up": where something leads, not a place. */
const LEADS_WHERE_ASKED = /\bwhere\b.*\b(?:lead|leads|led|leading|get|gets|got|getting|take|takes|took|taking)(?: (?:them|us|him|her|it|anyone|anybody|pyongyang|north korea|nk))?\??$|\bhow\b.*\b(?:end up|ends up|ended up|turn out|turns out)\??$/;
/** Where a thing leads, told: "which would get us nowhere", "will lead nowhere" (group 1: the word). */
const LEADS_NOWHERE = /\b(?:lead|leads|led|leading|get|gets|got|getting|take|takes|took|taking)\b(?: [\p{L}]+)? [“"‘']?(nowhere|anywhere)\b/gu;
/** A saying verb a few words before a place: "said Tuesday ", "told reporters ". */
const SAID_JUST_BEFORE = /\b(?:said|says|told|spoke|noted|added|commented|remarked|stated)\b(?: [\p{L}]+){0,2} $/u;
/** "at the G20 summit", "at an online Asia Society event", "in the desert": the occasion or ground with its preposition, as a line says where. */
const OCCASION = "summit|event|briefing|conference|meeting|forum|ceremony|session|banquet|reception|rally|parade";
const VENUE = new RegExp(`\\b((?:at|in|during) (?:a|an|the) (?:[\\p{L}\\d-]+ ){0,3}(?:${OCCASION}|desert|border|capital))\\b`, "gu");
export const ANY_VENUE = new RegExp(VENUE.source, "u");
/** A capitalised name after "in" or "at" that is no month or weekday ("in Geneva", not "in March"): group 1. */
export const NAMED_PLACES = new RegExp(`\\b(?:in|at) (?!(?:${MONTH}|${WEEKDAY})\\b)([A-Z][\\p{Ll}]+)`, "gu");
/** The country whose places a "where" question asks for: "which chinese city", "where in china" (its common name), if any. */
export function countryAsked(question: string, analyzer: Analyzer): string | undefined {
  const m = /\b(?:which|what) ([a-z]+(?: [a-z]+)?) (?:city|cities|town|towns|province|region|place|places)\b|\bwhere in ([a-z]+(?: [a-z]+)?)\b/i.exec(question);
  const words = m?.[1] ?? m?.[2];
  if (words) return [...countriesIn(words, analyzer)][0];
  // "where did kim go in china", "which city did kim go to on his first china visit": the country of the trip asked about.
  const trip = /\b(?:go|went|travel(?:l?ed)?|stay(?:ed)?) in ([a-z]+(?: [a-z]+)?)\b|\b([a-z]+) (?:visit|trip)\b/i.exec(question);
  const of = trip?.[1] ?? trip?.[2];
  return of ? [...countriesIn(of, analyzer)][0] : undefined;
}
/** A question word for a place: "where", "which city". */
export const WHERE_WORD = /\bwhere\b|\b(?:which|what) (?:city|cities|town|towns|place|places|country|countries|capital|capitals|venue|venues)\b/;
/** Ground told by what lies near it: "near its territorial waters", "along the border", "off the coast". */
export const GROUND = /\b(?:near|off|along|across|inside|outside|around|in|on) (?:its|their|the|his|her|our) (?:[a-z]+ )?(?:waters|border|borders|coast|coastline|territory|shores?|skies|airspace|soil)\b/;
/** Where something lies told by whose doorstep it is at: "China's doorstep" (no city or country to name). */
export const DOORSTEP = /\b(?:[A-Z][\p{L}]+['’]s|its|their|our) (?:door-?step|backyard|doorway|front ?yard|neighbou?rhood)\b/u;
/** A "where" question that names the occasion itself ("where was the g20 summit held"), or asks for a city, town or country: only a place answers it. */
export const PLACE_ONLY = new RegExp(`\\b(?:the|that|this|those|these) (?:(?!(?:what|which|at|in|on|during)\\b)[a-z0-9-]+ ){0,2}(?:${OCCASION})s?\\b|\\b(?:what|which) (?:city|cities|town|towns|capital|capitals|country|countries)\\b`);

/** "where did they meet", "where did campbell say that": the place, else the occasion or ground, of what is asked. */
export function placeSpan({ plan, text, analyzer, asked, notAsked }: FactContext): Span | undefined {
  // "where did ri son-gwon say talks with the us would lead": where something leads, figuratively ("which would get us nowhere").
  if (LEADS_WHERE_ASKED.test(asked)) {
    const led = [...text.matchAll(LEADS_NOWHERE)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
    if (led.length) return only(led);
  }
  const places = analyzer
    .entities(text)
    .filter((e) => e.entity.kind === "place" && /\b(?:in|at|visit to|trip to)\s+$/.test(text.slice(Math.max(0, e.start - 9), e.start)))
    .map((e) => ({ start: e.start, end: e.end }));
  if (places.some(notAsked)) return nearestAsked(places.filter(notAsked), plan, text, analyzer);
  // "where was the g20 summit held", "which city hosts it": a place is asked, not another occasion.
  if (PLACE_ONLY.test(plan.normalised.toLowerCase())) return undefined;
  // Else "at the G20 summit", "at a regular press briefing", "in the desert": where, said by the occasion or the ground.
  const venues = [...text.matchAll(VENUE)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length })).filter(notAsked);
  // "where did campbell say that": the occasion told just after the saying ("said Tuesday at an online Asia Society event").
  // (Unless the event is asked too: "where did campbell say the leaders would meet, like what event" asks where he said it.)
  // (Nor who said it, after the question: "where biden and xi gonna meet, campbell said".)
  // (Nor where someone was speaking "when he said" it: "where was campbell speaking when he said biden and xi would meet".)
  const reported = (REPORTED_ACT_ASKED.test(asked) || SAYER_AFTER.test(asked)) && !/\b(?:what|which) (?:event|occasion|venue|forum|conference)\b/.test(asked) && !SPEAKING_WHERE.test(asked);
  if (SPEECH_PLACE_ASKED.test(asked) && !reported) {
    const spoken = venues.filter((v) => SAID_JUST_BEFORE.test(text.slice(Math.max(0, v.start - 25), v.start)));
    if (spoken.length === 1) return spoken[0];
  }
  // Else not where a saying was made ("where is the g20 being held": not "said Tuesday at an online Asia Society event").
  const unspoken = SPEECH_ASKED.test(asked) && !reported ? venues : venues.filter((v) => !SAID_JUST_BEFORE.test(text.slice(Math.max(0, v.start - 25), v.start)));
  // Nor the very thing asked about ("where is the g20 being held": "at the G20 summit" says nothing).
  const named = (v: Span) => (text.slice(v.start, v.end).match(/\p{L}[\p{L}\p{N}]+|\p{N}+\p{L}*/gu) ?? []).some((w) => !/^(?:the|an?|of|at|in|on|during|summit|event|meeting|conference)$/i.test(w) && new RegExp(`\\b${w.toLowerCase()}\\b`).test(asked));
  return nearestAsked(unspoken.filter((v) => !named(v)), plan, text, analyzer, { before: true });
}
