import { type Analyzer, entityTerm, isEntityTerm } from "../../search/analyzer.js";
import type { QueryPlan } from "../../search/queryPlan.js";
import { namingOfTypedName } from "../namingPhrases.js";
import { PERSON_ROLE } from "../../search/roles.js";
import { ACCORDING_TO, only, questionInside, type Span } from "../spans.js";
import { JOINED, SAYING, agentsOf, joined, objectOf } from "./acts.js";
import { askedVerb, namedInQuestion, objectAsked } from "./asked.js";
import { notTitles, unknownNames } from "./names.js";
import { holdingOffice, ofSideAsked } from "./posts.js";
import { roleSpans, titleOf, withArticle } from "./titles.js";

/**
 * The people of a sentence that answer a "who" question (see `direct.ts`): whoever does what
 * the question asks ("Signed by ... Zhou Enlai and North Korea's Kim Il Sung"), the holder of
 * the office asked ("the DPRK ambassador to China"). `personOf` is the entry; beside it: what the
 * question asks (`asked.ts`), the names of a sentence (`names.ts`), the titles by a name
 * (`titles.ts`), posts and their holders (`posts.ts`), and who did the act asked (`acts.ts`).
 */

/**
 * "who signed the treaty": the people of the sentence the question does not name (one person
 * named twice is one answer, at the mention that gives the name); two joined by "and" are one
 * answer. With no person, "who is their main trade partner" may be a country or an organisation.
 */
export function personOf(plan: QueryPlan, text: string, analyzer: Analyzer, notAsked: (s: Span) => boolean): Span | undefined {
  // "who is the chinese president": an office the alias file gives one person (a variant of their name); the answer is that person, by name.
  const byOffice = plan.concepts.filter((c) => c.person && PERSON_ROLE.test(c.surface));
  if (byOffice.length === 1 && plan.concepts.length === 1 && WHO_IS.test(questionInside(plan.normalised.toLowerCase()))) {
    const term = [...byOffice[0]!.terms.keys()].find(isEntityTerm);
    const named = analyzer.entities(text).find((e) => entityTerm(e.entity.name) === term && !PERSON_ROLE.test(text.slice(e.start, e.end)));
    return named && { start: named.start, end: named.end };
  }
  const askedNames = namedInQuestion(plan, analyzer);
  // A mention by a role ("the Chinese spokesman") is no name to answer "who" with.
  const mentions = analyzer.entities(text).filter((e) => !askedNames.has(entityTerm(e.entity.name)) && !(e.entity.kind === "person" && PERSON_ROLE.test(text.slice(e.start, e.end))));
  const oneEach = (kind: (k: string) => boolean) => {
    const byEntity = new Map<string, (typeof mentions)[number]>();
    for (const m of mentions.filter((e) => kind(e.entity.kind))) {
      const kept = byEntity.get(m.entity.name);
      if (!kept || (text.slice(m.start, m.end) === m.entity.name && text.slice(kept.start, kept.end) !== m.entity.name)) byEntity.set(m.entity.name, m);
    }
    return [...byEntity.values()].sort((a, b) => a.start - b.start).map((e) => ({ start: e.start, end: e.end }));
  };
  // "which countries signed it": several countries, which no one person or place of the sentence answers ("Zhou Enlai and North Korea's Kim Il Sung" is none).
  // (Nor "who are the parties to the treaty": the countries, not "Kim" of "the two parties" in his quotation.)
  if (/\b(?:which|what) (?:countries|nations|sides)\b|\bparties (?:to|of|in)\b/.test(plan.normalised.toLowerCase())) return undefined;
  // "which country is their main partner": a country, whoever else the sentence names.
  if (/\b(?:which|what) (?:country|nation|side)\b/.test(plan.normalised.toLowerCase())) return only(oneEach((k) => k === "place").filter(notAsked));
  const people = oneEach((k) => k === "person");
  const unknown = people.length ? [] : unknownNames(text, analyzer);
  // A country answers "who is their main partner" or "who led the sanctions push", never "who is their foreign minister".
  // Nor whoever said something: "He said that China ... on the Korean Peninsula" names no sayer (not the peninsula).
  // (An office after "according to" names who tells it: "the korean peninsula is at whose doorstep according to the spokesman".)
  const asksForAPerson = PERSON_ROLE.test(plan.normalised.replace(ACCORDING_TO, "")) || WHO_SAID.test(plan.normalised.toLowerCase());
  // (Nor a country in an office's name: "China’s ambassador to Pyongyang highlighted ..." is the ambassador's doing, not Pyongyang's.)
  const offices = people.length || unknown.length || asksForAPerson ? [] : roleSpans(text);
  const inOffice = (s: Span) => offices.some((o) => o.start <= s.start && s.end <= o.end);
  const others = people.length || unknown.length || asksForAPerson ? [] : notTitles(text, oneEach((k) => k === "place" || k === "organisation")).filter((s) => !inOffice(s)).map((s) => withArticle(text, s));
  // "who did sung kim talk to": the one the act is done to, named beside the act. When the sentence
  // does not tell the act in the question's words, or the verb has no stem ("who does nk do most of
  // its trading with"), the person it names besides the question's is the answer, as below.
  const object = objectAsked(questionInside(plan.normalised.toLowerCase()), analyzer);
  const done = object?.verb ? objectOf(object.verb, text, [...people, ...unknown].filter(notAsked), analyzer) : undefined;
  if (done) return done.span;
  // "who did he call": whoever "he" is, the person the sentence names besides the question's may be him ("Sung Kim spoke to Liu").
  if (object?.pronoun) return undefined;
  // "who did the us special rep call": not the one the sentence gives that office ("U.S. Special Representative ... Sung Kim").
  if (object?.office) {
    const holdsIt = (c: Span) => {
      const title = titleOf(text, c);
      return title !== undefined && new RegExp(`\\b${object.office}`, "i").test(text.slice(title.start, title.end));
    };
    const others = [...people, ...unknown].filter(notAsked);
    if (others.some(holdsIt)) return only(others.filter((c) => !holdsIt(c)));
  }
  // "who did kim il sung's guerrillas fight": not an act of the one named; not safe to read further.
  if (object && !object.verb) return undefined;
  // "which chinese official called the korean peninsula chinas doorstep": whoever gave the name typed ("Wang, who also referred to ... as "China's doorstep,"").
  const naming = namingOfTypedName(questionInside(plan.normalised.toLowerCase()), text);
  const namingStem = naming && analyzer.stemWord(naming.toLowerCase());
  if (namingStem) {
    const namers = agentsOf(new Set([namingStem]), text, [...people, ...unknown].filter(notAsked), analyzer);
    if (namers?.length === 1) return namers[0];
  }
  // "who signed the treaty": whoever did what the question asks ("Signed by ... Zhou Enlai and ... Kim Il Sung"); a sentence that tells it without saying who ("the signing of the treaty") answers nothing.
  const verb = askedVerb(plan, analyzer);
  if (verb) {
    let found = agentsOf(verb, text, [...people, ...unknown, ...others].filter(notAsked), analyzer);
    // "who blasted biden": "Pyongyang has blasted Trump’s successor, Joe Biden": a country that did the act, though the sentence names people too.
    if (found?.length === 0 && others.length === 0 && !asksForAPerson) {
      const roles = roleSpans(text);
      const places = notTitles(text, oneEach((k) => k === "place" || k === "organisation")).filter((s) => !roles.some((o) => o.start <= s.start && s.end <= o.end));
      found = agentsOf(verb, text, places.map((s) => withArticle(text, s)).filter(notAsked), analyzer);
    }
    // "which chinese premier signed it": of "Zhou Enlai and North Korea's Kim Il Sung", the premier.
    const doers = found && ofSideAsked(holdingOffice(found, plan, text, analyzer), plan, text, analyzer);
    if (doers) return doers.length === 2 && joined(text, doers[0]!, doers[1]!) ? { start: doers[0]!.start, end: doers[1]!.end } : only(doers);
    // Nor one that does not tell of the act: "Wang Wenbin said ... the 1961 treaty" names no signer.
    // (The thesaurus's words for the act, tried too, gave as many wrong answers as right ones.)
    // But what someone foresaw or claimed is told as their words: "who predicted they would meet"
    // is answered by "Campbell said ... he expects the two leaders will meet", as "who said" is.
    if (found !== undefined || ![...verb].some((v) => SAYING.has(v))) return undefined;
  }
  const candidates = holdingOffice((people.length ? people : unknown.length ? unknown : others).filter(notAsked), plan, text, analyzer);
  if (candidates.length === 2 && JOINED.test(text.slice(candidates[0]!.end, candidates[1]!.start))) {
    return { start: candidates[0]!.start, end: candidates[1]!.end };
  }
  return only(candidates);
}

/** "who is ...", "who's ...": someone asked by what they are (a post), not by what they did. */
export const WHO_IS = /^who(?:'s|s| is| was)\b/i;

/** "who said ...", "who says ...": a person's words (see `personOf`). */
const WHO_SAID = /^who (?:said|says|say)\b/;
