import { type Analyzer, entityTerm } from "../../search/analyzer.js";
import type { QueryPlan } from "../../search/queryPlan.js";
import { PERSON_ROLE, ROLE } from "../../search/roles.js";
import { isEnglishWord } from "../../search/wordFrequency.js";
import { matches, type Span } from "../spans.js";
import { namedInQuestion } from "./asked.js";

/**
 * The names of people in a sentence (those the alias file knows and capitalised names it does not,
 * less the question's own), and the stems of office words with their synonyms.
 */
const NAME = /\b[A-Z][\p{Ll}’'-]+(?: [A-Z][\p{Ll}’'-]+){1,2}\b/gu;

/** Words that deny the act after them: "does not support", "never met", "didn't sign". */
export const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i;

/** The countries and organisations of `spans` that are more than a title's qualifier ("U.S. President Joe Biden") or a compound's ("the China-DPRK Treaty"). */
export function notTitles<S extends Span>(text: string, spans: readonly S[]): S[] {
  return spans.filter((s) => !BEFORE_A_TITLE.test(text.slice(s.end)) && !/^[-–]\p{L}/u.test(text.slice(s.end)));
}

/** A country that only qualifies a title: "U.S. President Joe Biden", "Chinese foreign ministry spokesman". */
const BEFORE_A_TITLE = new RegExp(`^['’]?s?\\s+(?:[A-Za-z][\\p{L}.-]*\\s+){0,3}(?:${ROLE})\\b`, "iu");

/** Office words and the thesaurus's words for them ("diplomat": ambassador, envoy), as stems. */
export function stemsAndSynonyms(words: readonly string[], analyzer: Analyzer): Set<string> {
  return new Set(words.flatMap((w) => {
    const stem = analyzer.stemWord(w);
    return stem ? [stem, ...analyzer.synonyms(stem)] : [];
  }));
}

/** Names the alias file does not know: capitalised words not at the sentence start, one of them no English word ("North Korean Supreme" is no name). */
export function unknownNames(text: string, analyzer: Analyzer): Span[] {
  return matches(text, NAME).filter((s) => {
    const name = text.slice(s.start, s.end);
    return s.start > 0 && !ORGANISATION_NAME.test(name) && !/\baccording to $/.test(text.slice(0, s.start)) && analyzer.entities(name).length === 0 && name.split(" ").some((w) => !isEnglishWord(w, 50));
  });
}

/** "Kyodo News", "Korean Central News Agency", "Asia Society": an outlet or a body, not a person (nor is what comes after "according to"). */
const ORGANISATION_NAME = /\b(?:News|Agency|Times|Post|Party|Department|Ministry|Committee|Council|Press|Media|Service|Office|Association|Society|Institute|University|Journal|Herald|Daily|Group|Company|Bank|Summit|Forum)$/;

/** The people a sentence names that the question does not: those of the alias file, else names it does not know. */
export function nameSpans(plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  const askedNames = namedInQuestion(plan, analyzer);
  const entities = analyzer.entities(text).filter((e) => !askedNames.has(entityTerm(e.entity.name)));
  const people = entities.filter((e) => e.entity.kind === "person" && !PERSON_ROLE.test(text.slice(e.start, e.end)));
  if (people.length) return people.map((e) => ({ start: e.start, end: e.end }));
  const unknown = unknownNames(text, analyzer);
  if (unknown.length || PERSON_ROLE.test(plan.normalised)) return unknown;
  // As in `personOf`: with no person, a country or an organisation may be the doer ("The US has spearheaded those sanctions").
  return notTitles(text, entities.filter((e) => e.entity.kind === "place" || e.entity.kind === "organisation")).map((e) => ({ start: e.start, end: e.end }));
}
