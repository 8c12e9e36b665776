import { type Analyzer, entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { RELATION } from "./factKind.js";
import type { FactContext } from "./directShared.js";
import { matches, only, type Span } from "./spans.js";

/**
 * Relations of `direct.ts`: a kin asked of someone ("who is kim jong un's grandpa"), and whether
 * a sentence calls the answer the relation asked ("who is nk's ally": "China, North Korea's major
 * ally").
 */

/** "Kim Jong Un’s grandfather": a kinship word. */
const KIN = /\b(?:grand)?(?:father|mother|son|daughter|parent)s?\b|\b(?:brother|sister|uncle|aunt|nephew|niece|wife|husband|cousin|successor|predecessor)s?\b/gi;
/** A kinship word of a question, as the articles write it: "grandpa" → "grandfather" (group-less rows keep the word asked). */
const KIN_ASKED: readonly [RegExp, string][] = [
  [/\bgreat[- ]?(?:grandpa|granddad|grandad|grandfather)s?\b/, "great-grandfather"],
  [/\b(?:grandpa|granddad|grandad|grandfather)s?\b/, "grandfather"],
  [/\b(?:grandma|granny|grandmother)s?\b/, "grandmother"],
  [/\b(?:dad|father)s?\b/, "father"],
  [/\b(?:mom|mum|mother)s?\b/, "mother"],
  [/\bgrandsons?\b/, "grandson"],
  [/\bgranddaughters?\b/, "granddaughter"],
  [/\bparents?\b/, "parent"],
  [/\b(?:son|brother|sister|uncle|aunt|nephew|niece|wife|husband|cousin|daughter)s?\b/, ""],
];
/** The kinship a question asks of someone, as the articles would write it; undefined when it asks none. */
export function kinAsked(asked: string): string | undefined {
  for (const [pattern, word] of KIN_ASKED) {
    const m = pattern.exec(asked);
    if (m) return word || m[0].replace(/s$/, "");
  }
  return undefined;
}

/**
 * "Kim Il Sung, Kim Jong Un’s grandfather", "Kim Jong Un’s grandfather, Kim Il Sung": the person
 * standing beside the kinship asked of someone the question names; nobody when the sentence
 * gives another kinship ("father" asked, "grandfather" written) or another person's kin.
 */
function kinHolder(kin: string, plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const named = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => isEntityTerm(t))));
  const people = analyzer.entities(text).filter((e) => e.entity.kind === "person");
  for (const owner of people) {
    if (!named.has(entityTerm(owner.entity.name))) continue;
    const kinAfter = new RegExp(`^['’]s ${kin}\\b`, "i").exec(text.slice(owner.end));
    if (!kinAfter) continue;
    // The kin stands in apposition: right before "Kim Jong Un’s grandfather", or right after it.
    const before = people.find((e) => e !== owner && /^,\s*$/.test(text.slice(e.end, owner.start)));
    const after = people.find((e) => e !== owner && /^,\s*$/.test(text.slice(owner.end + kinAfter[0].length, e.start)));
    const holder = before ?? after;
    if (holder) return { start: holder.start, end: holder.end };
  }
  return undefined;
}

/**
 * Whether the sentence calls the answer at `span` the relation asked ("ally", "enemy": the word or
 * its thesaurus terms): in an apposition right after it ("China, North Korea's major ally"), in
 * what it is said to be ("China is the biggest ally of North Korea", "China was the only ally of
 * the hermit kingdom and its main trade partner"), or just before it ("its ally, China"). A
 * relation word elsewhere says nothing of it: "China, North Korea vow to boost ties in face of
 * foreign hostility" makes no enemy of China.
 */
function relationLinked(plan: QueryPlan, text: string, span: Span, analyzer: Analyzer): boolean {
  const stems = relationStems(plan, analyzer);
  const isRelation = (w: { word: string; stem?: string }) => stems.has(w.stem ?? w.word.toLowerCase());
  const rest = text.slice(span.end);
  const link = APPOSITION.exec(rest) ?? COPULA.exec(rest);
  const clause = link ? rest.slice(link[0].length).split(/[.;!?,]/)[0]! : "";
  const said = analyzer.words(clause).slice(0, link === null ? 0 : link[0].includes(",") ? RELATION_IN_APPOSITION : RELATION_IN_PREDICATE);
  const before = analyzer.words(text.slice(0, span.start).split(/[.;!?]/).pop()!).slice(-RELATION_BEFORE);
  return said.some(isRelation) || before.some(isRelation);
}
/** The mention of the answer at `span` (or of the same entity) that the sentence calls the relation asked, if any (see `relationLinked`). */
export function calledSo(plan: QueryPlan, text: string, span: Span, analyzer: Analyzer): Span | undefined {
  if (relationLinked(plan, text, span, analyzer)) return span;
  const mentions = analyzer.entities(text);
  const entity = mentions.find((e) => e.start <= span.start && span.end <= e.end)?.entity.name;
  const other = entity ? mentions.find((e) => e.entity.name === entity && relationLinked(plan, text, e, analyzer)) : undefined;
  return other && { start: other.start, end: other.end };
}

/** The stems that tell the relation a question asks (its word, the thesaurus's words for it, and its kind's), made once per plan. */
function relationStems(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> {
  let stems = relationStemsOf.get(plan);
  if (!stems) {
    const word = RELATION.exec(plan.normalised.toLowerCase())?.[0] ?? "";
    const concept = plan.concepts.find((c) => c.surface.toLowerCase() === word);
    const stem = analyzer.stemWord(word) ?? word;
    const family = RELATION_FAMILIES.find((f) => f.includes(stem)) ?? [];
    stems = new Set([...(concept ? concept.terms.keys() : [stem]), ...family]);
    relationStemsOf.set(plan, stems);
  }
  return stems;
}
const relationStemsOf = new WeakMap<QueryPlan, ReadonlySet<string>>();

/** Relations of one kind, as stems: a friend asked is an ally told ("China is North Korea's longtime ally"); an enemy, an adversary. */
const RELATION_FAMILIES = [
  ["alli", "friend", "partner", "backer", "benefactor", "sponsor"],
  ["enemi", "adversari", "foe", "rival", "oppon"],
];
/** A comma and a noun phrase after it (not ", for pursuing ...", ", who said ..."). */
const APPOSITION = /^\s*,(?!\s*(?:for|in|on|at|to|with|by|from|as|of|who|whom|which|that|while|when|after|before|because|said|says|and|but|or)\b)\s*/i;
const COPULA = /^\s+(?:is|was|are|were|has been|have been|remains|remained|became|becomes)\s+/;
/** Words of an apposition up to the relation ("North Korea's major ally"), of what the answer is said to be, and before it. */
const RELATION_IN_APPOSITION = 6;
const RELATION_IN_PREDICATE = 14;
const RELATION_BEFORE = 3;

/** "who is kim jong un's grandpa": the person who is that kin; else the one kinship word of the sentence. */
export function kinSpan({ plan, text, analyzer, asked }: FactContext): Span | undefined {
  // "who is kim jong un's grandpa" asks for the person who is that kin ("Kim Il Sung, Kim Jong Un’s grandfather");
  // "who is kim jong un's father" for no one the sentence names so ("grandfather" is no answer to it).
  const kin = /^who\b/.test(asked) ? kinAsked(asked) : undefined;
  if (kin) return kinHolder(kin, plan, text, analyzer);
  return only(matches(text, KIN));
}
