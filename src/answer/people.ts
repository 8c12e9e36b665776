import { type Analyzer, entityTerm, isEntityTerm, type WordAt } from "../search/analyzer.js";
import { messageParts, partText } from "../search/messageParts.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { countriesOfPeople, countryOf } from "../search/places.js";
import { alternativesOf } from "./alternatives.js";
import { namingOfTypedName } from "./namingPhrases.js";
import { PERSON_ROLE, ROLE } from "../search/roles.js";
import { isEnglishWord } from "../search/wordFrequency.js";
import { ACCORDING_TO, matches, only, questionInside, type Span, trimLeadingLowercase, whoAfterTopic } from "./spans.js";

/**
 * The people of a sentence that answer a "who" question (see `direct.ts`): whoever does what
 * the question asks ("Signed by ... Zhou Enlai and North Korea's Kim Il Sung"), the holder of
 * the office asked ("the DPRK ambassador to China"), and the titles that stand by a name.
 */

const PERSON_ROLES = new RegExp(`\\b(?:${ROLE})\\b`, "g");
/** A title: capitalised words (with "for", "of", "the") ending just before a name. */
const TITLE_WORD = "(?:[A-Z][\\p{L}.’'-]*|for|of|the|on|and)";
const NAME = /\b[A-Z][\p{Ll}’'-]+(?: [A-Z][\p{Ll}’'-]+){1,2}\b/gu;

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

/** Words that deny the act after them: "does not support", "never met", "didn't sign". */
const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i;

/** "who is ...", "who's ...": someone asked by what they are (a post), not by what they did. */
export const WHO_IS = /^who(?:'s|s| is| was)\b/i;

/** "who said ...", "who says ...": a person's words (see `personOf`). */
const WHO_SAID = /^who (?:said|says|say)\b/;

/** The countries and organisations of `spans` that are more than a title's qualifier ("U.S. President Joe Biden") or a compound's ("the China-DPRK Treaty"). */
function notTitles<S extends Span>(text: string, spans: readonly S[]): S[] {
  return spans.filter((s) => !BEFORE_A_TITLE.test(text.slice(s.end)) && !/^[-–]\p{L}/u.test(text.slice(s.end)));
}

/** A country or organisation with the article it is written with: "The US has spearheaded" → "The US". */
function withArticle(text: string, s: Span): Span {
  return /\bthe $/i.test(text.slice(Math.max(0, s.start - 4), s.start)) ? { start: s.start - 4, end: s.end } : s;
}

/** A country that only qualifies a title: "U.S. President Joe Biden", "Chinese foreign ministry spokesman". */
const BEFORE_A_TITLE = new RegExp(`^['’]?s?\\s+(?:[A-Za-z][\\p{L}.-]*\\s+){0,3}(?:${ROLE})\\b`, "iu");

/**
 * "who is china's special representative for north korea": of several people, the one whose
 * title holds the office asked (or all of them, when not exactly one does).
 */
function holdingOffice(candidates: Span[], plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  const offices = plan.normalised.toLowerCase().match(PERSON_ROLES);
  if (candidates.length < 2 || !offices) return candidates;
  const officeTerms = stemsAndSynonyms(offices, analyzer);
  // "which chinese official": any office will do, the country decides.
  const anyOffice = offices.every((o) => ANY_OFFICE.test(o));
  // Whose office: "china's ambassador" is not "the DPRK ambassador to China".
  const askedFor = countryOfOffice(plan.normalised, analyzer, true);
  if (anyOffice && !askedFor) return candidates;
  const titles = new Map<Span, string>();
  const holding = candidates.filter((c, i) => {
    // Not across the name before: "Premier Zhou Enlai and North Korea's Kim Il Sung" gives Kim no title of premier.
    const title = titleOf(text, c, i > 0 ? candidates[i - 1]!.end : 0);
    if (title === undefined || (!anyOffice && !analyzer.wordTerms(text.slice(title.start, title.end)).some((t) => officeTerms.has(t)))) return false;
    titles.set(c, text.slice(title.start, title.end));
    const holds = countryOfOffice(text.slice(title.start, title.end), analyzer);
    return !askedFor || !holds || askedFor === holds;
  });
  if (holding.length === 1) return holding;
  // "who is the supreme leader": of "Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un" (a president is a leader too), the one whose title has the word the question puts before the office.
  const modifier = OFFICE_MODIFIER.exec(plan.normalised.toLowerCase())?.[1];
  const qualified = modifier ? holding.filter((c) => new RegExp(`\\b${modifier}\\b`, "i").test(titles.get(c)!)) : [];
  if (qualified.length === 1) return qualified;
  // "who is the us president": of "U.S. President Joe Biden and Chinese leader Xi Jinping", the one whose title names the country asked, by its people's name too.
  // (Not for the holder "now": a story's holder is of its day.)
  const ofCountry = askedFor && !NOW_ASKED.test(plan.normalised) ? holding.filter((c) => countryOfOffice(titles.get(c)!, analyzer, true) === askedFor) : [];
  return ofCountry.length === 1 ? ofCountry : candidates;
}

/**
 * "who signed it for china", "nk side signer": of several doers ("Zhou Enlai and North Korea's Kim
 * Il Sung"), the one the sentence gives the country the question names ("former Chinese Premier
 * Zhou Enlai"); all of them when the question names no one country, or not one doer is its.
 */
function ofSideAsked(doers: Span[], plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  if (doers.length < 2) return doers;
  const asked = sidesAsked(plan, analyzer);
  if (asked.size === 0) return doers;
  // ("on the korean side": either Korea; of "Zhou Enlai and North Korea's Kim Il Sung", only Kim is of one.)
  const own = doers.filter((d, i) => asked.has(countryOfPerson(text, d, i > 0 ? doers[i - 1]! : undefined, analyzer) ?? ""));
  return own.length === 1 ? own : doers;
}

/** The countries a question names, or failing those the countries its organisations are named for ("the cpc guy": the Communist Party of China, China's side). */
function sidesAsked(plan: QueryPlan, analyzer: Analyzer): Set<string> {
  const countries = countriesIn(plan.normalised, analyzer);
  if (countries.size) return countries;
  // "on the korean side": a people's name that is the end of several ("North Korean", "South Korean").
  const ofPeople = [...plan.normalised.toLowerCase().matchAll(/\p{L}+/gu)].flatMap((w) => countriesOfPeople(w[0]));
  if (ofPeople.length) return new Set(ofPeople);
  const organisations = analyzer.entities(plan.normalised).filter((e) => e.entity.kind === "organisation");
  return new Set(organisations.flatMap((e) => [...countriesIn(e.entity.name, analyzer)]));
}

/**
 * The country the sentence gives a person: the first its title names ("the DPRK ambassador to
 * China" is North Korea's; "former Chinese Premier" China's), else the last named just before the
 * name ("North Korea's Kim Il Sung"), after the person before it and their description.
 */
function countryOfPerson(text: string, person: Span, before: Span | undefined, analyzer: Analyzer): string | undefined {
  const from = before ? (appositiveAfter(text, before.end)?.end ?? before.end) : 0;
  const title = titleOf(text, person, from);
  const named = title && [...countriesIn(text.slice(title.start, title.end), analyzer)][0];
  return named ?? [...countriesIn(text.slice(Math.max(from, person.start - SIDE_BEFORE), person.start), analyzer)].at(-1);
}
/** How far before a name (in characters) its country may qualify it: "former Chinese Premier ". */
const SIDE_BEFORE = 30;

/** The countries `text` names, by the alias file's places or by a country's name, capital or people ("Chinese", "North Korean"), in order. */
export function countriesIn(text: string, analyzer: Analyzer): Set<string> {
  const found: { at: number; country: string }[] = analyzer.entities(text).filter((e) => e.entity.kind === "place").map((e) => ({ at: e.start, country: e.entity.name }));
  const words = [...text.matchAll(/\p{L}+/gu)];
  words.forEach((w, i) => {
    const pair = i + 1 < words.length ? countryOf(`${w[0]} ${words[i + 1]![0]}`) : undefined;
    const country = pair ?? countryOf(w[0]);
    if (country) found.push({ at: w.index, country });
  });
  return new Set(found.sort((a, b) => a.at - b.at).map((f) => f.country));
}

/** Words for someone in any office: "official", "guy", "person". */
const ANY_OFFICE = /^(?:official|guy|man|woman|person)s?$/i;

/**
 * Whether the person at `candidate` holds the post a "who" question asks for, as the sentence
 * tells it (a title before the name, or a description after it): "who is the us secretary of
 * state rn" is not answered by "Campbell also said ...", which gives him no post. True when the
 * question asks for no post ("who signed the treaty", "which guy").
 */
export function holdsPostAsked(candidate: Span, plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const terms = postTermsAsked(plan, analyzer);
  if (!terms) return true;
  const title = titleOf(text, candidate);
  if (title === undefined || !analyzer.wordTerms(text.slice(title.start, title.end)).some((t) => terms.has(t))) return false;
  // "who is china's foreign minister": the minister of another department is not the one asked.
  const qualifier = POST_QUALIFIER.exec(postsAsked(plan))?.[1];
  if (qualifier && !new RegExp(`\\b${qualifier}`, "i").test(text.slice(title.start, title.end))) return false;
  // "who is south koreas president", "who was chinas head of state": a post of that country ("North Korean Supreme Leader" is none).
  const country = countryOfPostAsked(plan, analyzer);
  if (country !== undefined && !countriesIn(text.slice(Math.max(0, title.start - 20), title.end), analyzer).has(country)) return false;
  // "who is the us president now": not "Former US president Donald Trump".
  return !(FORMER.test(text.slice(Math.max(0, title.start - 10), title.end)) && PRESENT.test(plan.normalised));
}

/** Whether `span` names several people where one holder of a post is asked ("who is the president": not "Xi Jinping and North Korean Supreme Leader Kim Jong-un"). */
export function severalForOnePost(span: Span, plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const post = postTyped(plan);
  return post !== undefined && !/s$/.test(post) && analyzer.entities(text.slice(span.start, span.end)).filter((e) => e.entity.kind === "person").length > 1;
}

/** Whether the question asks for the holders of several posts: "who are the china and us special reps", "who were the envoys". */
export function severalHoldersAsked(plan: QueryPlan): boolean {
  return /s$/.test(postTyped(plan) ?? "") || /\bwho (?:are|were)\b/i.test(plan.normalised);
}

/** The first post the question types ("reps", "ambassador"), in lower case. */
const postTyped = (plan: QueryPlan): string | undefined => plan.normalised.toLowerCase().match(POST)?.[0];

/** Whether every post `text` names is one held once ("former Chinese Premier"). */
function onlyFormerPosts(text: string): boolean {
  const posts = [...text.matchAll(POST)];
  return posts.length > 0 && posts.every((m) => FORMER.test(text.slice(Math.max(0, m.index - 25), m.index)));
}

/** A word that says which minister or secretary is asked: "foreign minister", "prime minister", "defense secretary". */
const POST_QUALIFIER = /\b(foreign|prime|defen[cs]e|finance|interior|trade|home|vice|deputy)[ -](?:minister|secretary|ministry)\b/;
/** A post held once: "Former US president", "the late leader". */
const FORMER = /\b(?:former|ex|late)\b/i;
/** A question about who holds a post today: "who is", "whos", "now", "current". */
const PRESENT = /^(?:who|whos|who's) is\b|\b(?:now|currently|current|today|rn)\b/i;

/**
 * Whether the sentence names the post a "who" question asks for ("North Korea's foreign minister
 * has ruled out ..."), and the country of the post asked, if any ("who is south koreas president":
 * not "U.S. President Joe Biden").
 */
export function namesPostAsked(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  // "who is china's premier (now)": "former Chinese Premier Zhou Enlai" names the post as held once, not its holder today.
  if (PRESENT.test(plan.normalised) && onlyFormerPosts(text)) return false;
  const terms = postTermsAsked(plan, analyzer);
  if (!terms) return true;
  const country = countryOfPostAsked(plan, analyzer);
  // "who is china's foreign minister": "the minister of the International Department" names another post.
  const qualifier = POST_QUALIFIER.exec(postsAsked(plan))?.[1];
  if (qualifier && !new RegExp(`\\b${qualifier}[ -](?:minister|secretary|ministry)\\b`, "i").test(text)) return false;
  return analyzer.wordTerms(text).some((t) => terms.has(t)) && (country === undefined || countriesIn(text, analyzer).has(country));
}

/** Offices that name a post ("secretary of state", "ambassador"), not only a kind of person ("guy", "leader"). */
const POST = /\b(?:minister|president|prez|premier|spokes(?:man|woman|person)|ambassador|envoy|diplomat|representative|chairman|secretary|coordinator|expert|analyst|scholar|head of state)s?\b/gi;
const A_POST = new RegExp(POST.source, "i");
/** The words right before a post asked: "(south koreas) president", "(chinas) head of state" (group 1). */
const POST_OF_COUNTRY = /\b((?:[a-z]+ )?[a-z'’]+) (?:(?:foreign|prime|vice|supreme|top|current) )?(?:minister|president|prez|premier|leader|head of state|ambassador|envoy)\b/;

/** The country whose post a question asks for ("south koreas president" → South Korea, "nk's ambassador" → North Korea), if it names one. */
function countryOfPostAsked(plan: QueryPlan, analyzer: Analyzer): string | undefined {
  // Asked of every candidate sentence: read once per question.
  if (!postCountries.has(plan)) postCountries.set(plan, readCountryOfPost(plan, analyzer));
  return postCountries.get(plan);
}
const postCountries = new WeakMap<QueryPlan, string | undefined>();

function readCountryOfPost(plan: QueryPlan, analyzer: Analyzer): string | undefined {
  // As the plan writes them: "the US", not "the us".
  const m = POST_OF_COUNTRY.exec(plan.normalised.toLowerCase());
  // Without a possessive ("south koreas", "china's"), as the plan writes the words ("the US", not "the us").
  const words = m && plan.normalised.slice(m.index, m.index + m[1]!.length).replace(/['’]s$|(?<=\p{L}{3})s$/u, "");
  return words ? [...countriesIn(words, analyzer)].at(-1) : undefined;
}

/** The stems of the posts a question asks for and the thesaurus's words for them ("envoy": representative), or undefined when it asks for none. */
function postTermsAsked(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  const posts = postsAsked(plan).match(POST);
  // An ambassador is one post, not any envoy: "china's ambassador to pyongyang" is not its special representative.
  return posts ? new Set(posts.flatMap((p) => (EXACT_POST.test(p) ? (analyzer.stemWord(p) ?? []) : [...stemsAndSynonyms([p], analyzer)]))) : undefined;
}
/** The question with its everyday phrases in the articles' words, as its posts are read: "the north korean top diplomat" asks a foreign minister. */
function postsAsked(plan: QueryPlan): string {
  // Asked of every candidate sentence: read once per question.
  let text = postTexts.get(plan);
  if (text === undefined) {
    text = plan.normalised;
    for (const p of [...plan.paraphrases].sort((a, b) => b.start - a.start)) if (A_POST.test(p.words)) text = `${text.slice(0, p.start)}${p.words}${text.slice(p.end)}`;
    postTexts.set(plan, (text = text.toLowerCase()));
  }
  return text;
}
const postTexts = new WeakMap<QueryPlan, string>();

/** Posts asked for as named, without the thesaurus's words for them. */
const EXACT_POST = /^(?:ambassadors?|presidents?)$/i;

/** Office words and the thesaurus's words for them ("diplomat": ambassador, envoy), as stems. */
function stemsAndSynonyms(words: readonly string[], analyzer: Analyzer): Set<string> {
  return new Set(words.flatMap((w) => {
    const stem = analyzer.stemWord(w);
    return stem ? [stem, ...analyzer.synonyms(stem)] : [];
  }));
}

/**
 * The index terms a question names, less the people it names only by their role: "who is the
 * chinese foreign ministry spokesman" names Wang Wenbin by a variant of the alias file, and
 * asks for exactly him.
 */
function namedInQuestion(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> {
  let named = namedIn.get(plan);
  if (named) return named;
  // (Not the names the member guesses after a question of an act, "who signed it, zhou enlai and kim il sung?", which the
  // sentence may tell them doing; but "who's the main driver behind the sanctions, the un alone?" is not answered by "the UN".)
  // (A choice offered between them is read as one: "who delivered kims message, song tao or ri ryong nam?")
  const act = askedVerb(plan, analyzer) !== undefined && !alternativesOf(plan);
  // Nor the person guessed after a question of an office's holder: "who is nk's foreign minister, ri son gwon?" is answered by a sentence naming him in it.
  const office = plan.guessFrom !== undefined && PERSON_ROLE.test(plan.normalised.slice(0, plan.guessFrom));
  named = new Set(plan.concepts.filter((c) => !c.offered || !(act || (office && c.person))).flatMap((c) => [...c.terms.keys()]));
  for (const e of analyzer.entities(plan.normalised)) {
    if (e.entity.kind === "person" && PERSON_ROLE.test(plan.normalised.slice(e.start, e.end))) named.delete(entityTerm(e.entity.name));
  }
  namedIn.set(plan, named);
  return named;
}

/** `namedInQuestion` per plan: a "who" question reads it for each of its candidate sentences. */
const namedIn = new WeakMap<QueryPlan, Set<string>>();

/** Names the alias file does not know: capitalised words not at the sentence start, one of them no English word ("North Korean Supreme" is no name). */
function unknownNames(text: string, analyzer: Analyzer): Span[] {
  return matches(text, NAME).filter((s) => {
    const name = text.slice(s.start, s.end);
    return s.start > 0 && !ORGANISATION_NAME.test(name) && !/\baccording to $/.test(text.slice(0, s.start)) && analyzer.entities(name).length === 0 && name.split(" ").some((w) => !isEnglishWord(w, 50));
  });
}

/** "Kyodo News", "Korean Central News Agency", "Asia Society": an outlet or a body, not a person (nor is what comes after "according to"). */
const ORGANISATION_NAME = /\b(?:News|Agency|Times|Post|Party|Department|Ministry|Committee|Council|Press|Media|Service|Office|Association|Society|Institute|University|Journal|Herald|Daily|Group|Company|Bank|Summit|Forum)$/;

/** The people a sentence names that the question does not: those of the alias file, else names it does not know. */
function nameSpans(plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  const askedNames = namedInQuestion(plan, analyzer);
  const entities = analyzer.entities(text).filter((e) => !askedNames.has(entityTerm(e.entity.name)));
  const people = entities.filter((e) => e.entity.kind === "person" && !PERSON_ROLE.test(text.slice(e.start, e.end)));
  if (people.length) return people.map((e) => ({ start: e.start, end: e.end }));
  const unknown = unknownNames(text, analyzer);
  if (unknown.length || PERSON_ROLE.test(plan.normalised)) return unknown;
  // As in `personOf`: with no person, a country or an organisation may be the doer ("The US has spearheaded those sanctions").
  return notTitles(text, entities.filter((e) => e.entity.kind === "place" || e.entity.kind === "organisation")).map((e) => ({ start: e.start, end: e.end }));
}

/** An office's word ("ambassador", "foreign minister"). */
const OFFICE_WORD = new RegExp(`\\b(?:${ROLE})s?\\b`, "i");

/**
 * The country an office belongs to, named just before the office word: "China's Special
 * Representative", "the DPRK ambassador to China" (North Korea), "chinas ambassador in pyongyang".
 */
function countryOfOffice(text: string, analyzer: Analyzer, byPeople = false): string | undefined {
  const office = OFFICE_WORD.exec(text);
  if (!office) return undefined;
  // In a question, a people's name at most three words before the office too: "chinese ambassador" is China's.
  // (Not in a sentence's title: "Chinese leader Xi Jinping" would then hold no "us president" post, and
  // "who is the us president now" be answered from a story years old.)
  const words = byPeople ? (text.slice(0, office.index).match(/[\p{L}]+/gu)?.slice(-4) ?? []) : [];
  const demonym = [...countriesIn(words.join(" "), analyzer)].at(-1);
  const places = analyzer.entities(text.slice(0, office.index)).filter((e) => e.entity.kind === "place");
  let before = places.at(-1);
  if (!before) return demonym;
  // In a question, a country right before another is the office's owner, the other its brief: "chinas nk special rep", "beijing's special nk envoy" are China's.
  const owner = places.at(-2);
  if (byPeople && owner && /^(?:['’]?s)?\s+(?:(?:special|top|chief|main)\s+)?$/u.test(text.slice(owner.end, before.start))) before = owner;
  // Up to two words between ("China's Special Representative", "Korea (DPRK) ambassador").
  return /^\)?(?:['’]?s)?(?:\s+\([A-Z]{2,}\))?(?:\s+[\p{L}-]+){0,2}\s+$/u.test(text.slice(before.end, office.index)) ? before.entity.name : undefined;
}

/** A word that qualifies the office asked ("supreme leader", "special representative", "prime minister"; not a determiner or a people's name). */
const OFFICE_MODIFIER = new RegExp(`\\b(supreme|special|prime|foreign|deputy|vice|former|top|chief|senior)\\s+(?:${ROLE})\\b`);
/** The present asked: "who is the us president now", "currently", "rn". */
const NOW_ASKED = /\b(?:now|currently|current|today|these days|at the moment|rn|right now|nowadays)\b/i;

/** Two names joined as one answer: "Zhou Enlai and North Korea's Kim Il Sung". */
const JOINED = /^ and (?:[A-Z][\p{L}’']+ )*$/u;
/** Two doers joined, the second by its office: "Xi Jinping and North Korean leader Kim Jong-un pledged". */
const JOINED_BY_OFFICE = new RegExp(`^ and (?:[A-Z][\\p{L}’']+ )*(?:${ROLE}) $`, "u");

/**
 * Two doers of the act asked as one answer: "Zhou Enlai and North Korea's Kim Il Sung", "Xi
 * Jinping and North Korean leader Kim Jong-un", or with the first one's description between
 * ("Song Tao, the minister of the International Department ..., and Ri Ryong Nam"): who did it
 * is both, and neither alone.
 */
function joined(text: string, first: Span, second: Span): boolean {
  const between = text.slice(first.end, second.start);
  if (JOINED.test(between) || JOINED_BY_OFFICE.test(between)) return true;
  const description = appositiveAfter(text, first.end);
  return description !== undefined && /^,? and $/.test(text.slice(description.end, second.start));
}

/** "who signed", "who has led", "which leaders signed", "what officials delivered", "who physically delivered": the word that may be the action asked about. */
const WHO_DID = new RegExp(`^(?:who|whom|(?:which|what) (?:[a-z-]+ ){0,2}(?:${ROLE}|countr(?:y|ies)|sides?|signator(?:y|ies)|parties|korean|chinese|american|russian|japanese)s?) (?:(?:has|have|had|did|will|would|can|could|should|may|might|must|(?:is|are|was|were|has been|have been|is been)(?= (?!(?:talk|speak|say|writ)ing\\b)[a-z]+ing(?:\\s|$))) )?(?:[a-z]{3,}ly |first )?(?!(?:${ROLE})s?\\b)([a-z]+)\\b`);

/**
 * "who did sung kim talk to", "who did pyongyang blast": someone named (or "he", "they") does the
 * act, and the one it is done to is asked, not its doer.
 */
/** Whether a "who" question asks whom someone did something to ("who did sung kim call", "who did he call"), not who holds an office it names. */
export function asksForObject(plan: QueryPlan, analyzer: Analyzer): boolean {
  return objectAsked(questionInside(plan.normalised.toLowerCase()), analyzer) !== undefined;
}

/** An office as the subject of a question: "the us special representative", "china's envoy" (group 1: the office's word). */
const OFFICE_SUBJECT = new RegExp(`^(?:the |a |an )?(?:[a-z.'’]+ ){0,3}(${ROLE})s?\\b`);

function objectAsked(question: string, analyzer: Analyzer): { verb: string; pronoun?: true; office?: string } | undefined {
  // (Or after a statement of its own: "the us special rep guy seems busy. who did he call?")
  const aux = /(?:^|[.!?]\s+)(?:who|whom) (?:did|does|do|has|have|had|will|would) /.exec(question);
  if (!aux) return undefined;
  const rest = question.slice(aux.index + aux[0].length);
  const pronoun = /^(?:he|she|they|it|we|you)\b/.exec(rest);
  // (Or an office: "who did the us special rep call".)
  const office = OFFICE_SUBJECT.exec(rest);
  const subject = pronoun ? pronoun[0].length : (analyzer.entities(rest).find((e) => e.start === 0)?.end ?? office?.[0].length);
  if (subject === undefined) return undefined;
  const verb = /^\s+([a-z]+)/.exec(rest.slice(subject))?.[1];
  return pronoun ? { verb: verb ?? "", pronoun: true } : office && subject === office[0].length ? { verb: verb ?? "", office: office[1]! } : { verb: verb ?? "" };
}

/**
 * For "who did sung kim talk to": the one person of `candidates` named within a few words after
 * the act in the sentence ("spoke to Liu on the phone", "has blasted Trump’s successor, Joe
 * Biden"), by the question's verb or a thesaurus word for it (its `span` none when it names no one
 * person there); undefined when the sentence does not tell the act in those words.
 */
function objectOf(verb: string, text: string, candidates: readonly Span[], analyzer: Analyzer): { span: Span | undefined } | undefined {
  const acts = stemsAndSynonyms([verb], analyzer);
  // Talking and meeting go both ways: "who did liu talk to" is "Sung Kim spoke to Liu".
  const mutual = [...acts].some((a) => MUTUAL_ACTS.has(a));
  for (const w of analyzer.words(text)) {
    if (!acts.has(w.stem ?? "")) continue;
    const after = w.index + w.word.length;
    const near = candidates.filter((c) => (c.start >= after && c.start - after <= OBJECT_WITHIN) || (mutual && c.end <= w.index && w.index - c.end <= OBJECT_WITHIN));
    // "blasted Trump’s successor, Joe Biden": a name in the possessive only qualifies the one the act is done to.
    const own = near.filter((c) => !/^['’]s\b/.test(text.slice(c.end)));
    return { span: only(own.length ? own : near) };
  }
  return undefined;
}
/** Acts done with someone rather than to them (as stems). */
const MUTUAL_ACTS: ReadonlySet<string> = new Set(["talk", "speak", "spoke", "meet", "met", "phone", "chat", "negoti"]);
/** How far after the act (in characters) the one it is done to may be named: "blasted Trump’s successor, Joe Biden". */
const OBJECT_WITHIN = 30;

/** Verbs of saying and foreseeing, as stems: their doer is whoever the sentence gives the words to. */
const SAYING = new Set(["predict", "forecast", "expect", "anticip", "think", "believ", "suggest", "hint", "claim", "argu", "warn", "insist", "assert", "state", "announc"]);

/** "who was the north korean who signed it", "who is the guy that delivered the msgs": the act of the relative clause. */
const WHO_WAS_THE_ONE_WHO = /^who (?:is|was|are|were) (?:the |a |an )?(?:[a-z'’-]+ ){1,4}(?:who|that) (?:(?:has|have|had|did|will|would) )?([a-z]+)\b/;
/** "north korean leader who signed the treaty?": an office and its signing, typed as the whole question. */
const OFFICE_WHO_SIGNED = new RegExp(`^(?:the |a |an )?(?:[a-z'’-]+ ){0,3}(?:${ROLE}) (?:who|that) (?:did )?(sign|signed)\\b[^?]*\\??$`);
const SIGNED = /^sign(?:ed)?$/;
/** "the cpc guy who delivered the msg is who": the act of the relative clause, its doer asked last. */
const THE_ONE_WHO_IS_WHO = /^(?:the |a |an )?(?:[a-z'’-]+ ){1,5}(?:who|that) (?:(?:has|have|had|did|will|would) )?([a-z]+)\b.* (?:is|was) who\??$/d;
/** "the cpc guy who passed along xi's message, whats his name": an office's act, its doer's name asked after a comma. */
const THE_OFFICE_WHO_NAMED = new RegExp(`^(?:the |a |an |that |this )(?:[a-z'’-]+ ){0,3}(?:${ROLE}) (?:who|that) (?:(?:has|have|had|did) )?([a-z]+)\\b.*, (?:what is|whats|what's|what was) (?:his|her|their) (?:full )?names?(?: again)?\\??$`, "d");
/** "who was the ", "who's their ": before a word for someone by what they do ("mailman", "ringleader"). */
const WHO_IS_THE = /^who(?:'s|s| is| was| are| were) (?:the|a|an|their|his|her) (?:real |actual |main )?$/;
/** Words after "who" that ask for no action ("who is", "who was the envoy"). */
const NOT_AN_ACTION = /^(?:is|was|are|were|be|been|has|have|had|did|does|do|will|would|can|could|should|exactly|actually|really|else|the|a|an)$/;

/**
 * The stems of the action a "who" question asks about: "who signed the treaty" → sign; none for
 * "who is Sung Kim". An everyday phrase for it adds the articles' word: "which chinese premier
 * put his name on the pact" asks who signed it, "who passed on the messages" who delivered them.
 */
function askedVerb(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // Asked of every candidate sentence (see `namesNoDoer`): read once per question.
  let verb = askedVerbs.get(plan);
  if (verb === undefined) askedVerbs.set(plan, (verb = readAskedVerb(plan, analyzer) ?? null));
  return verb ?? undefined;
}
const askedVerbs = new WeakMap<QueryPlan, ReadonlySet<string> | null>();

/** Everything before a last sentence that opens on "who": "kim jong un? (who signed for them)". */
const BEFORE_LAST_WHO = /^.*[.?!]\s+(?=(?:(?:and|so|but|also|then|ok|okay) )*(?:who|whos|who's)\b[^.?!]*[.?!]*$)/s;

/** The message from the last part that asks, when a part before it asks nothing (see `messageParts`); else the whole message. */
function lastAskingPart(text: string): string {
  const parts = messageParts(text);
  const last = parts.at(-1);
  if (!last?.asks || parts.every((x) => x.asks)) return text;
  return partText(text, { ...last, end: text.length });
}

function readAskedVerb(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // The part that asks last, after members' lines that ask nothing ("'mao signed it'. pretty sure it was not mao, which chinese leader signed it"),
  // when it asks an act of its own; else the whole message ("the cpc guy who passed along xi's message, whats his name").
  const whole = plan.normalised.toLowerCase();
  const last = lastAskingPart(whole);
  return (last !== whole ? askedVerbIn(last, plan, analyzer) : undefined) ?? askedVerbIn(whole, plan, analyzer);
}

/** `readAskedVerb` of `text`, the question or the end of it. */
function askedVerbIn(text: string, plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // "i assume it was kim jong un as a toddler? who signed for them": a "who" question after a sentence of its own is the question.
  const whole = plan.normalised;
  const question = text.replace(BEFORE_LAST_WHO, "");
  // (The plan's paraphrases are placed in the whole message.)
  const shift = whole.length - question.length;
  const inside = whoAfterTopic(question);
  // "signatories?", "who were the signers": those who signed.
  if (/\b(?:signator(?:y|ies)|signers?)\b/.test(inside)) return new Set([analyzer.stemWord("signed")!]);
  // After "who is/was" comes what someone is ("who is their partner"), not an action: only "who did/has/will" may come before one.
  // But "who was the north korean who signed it" asks who did what its own "who" says (when no office
  // says whom: "the spokesman who talked about the treaty" is whoever holds it).
  // Except the signing: "the north korean leader who signed it" is whoever signed it in 1961 (Kim Il Sung), not the one the stories call leader.
  // "who was the mailman between xi and kim": the doer of the act the everyday word for them stands for ("delivered").
  const from = question.length - inside.length;
  const agent = plan.paraphrases.find((p) => p.start >= from + shift && WHO_IS_THE.test(question.slice(from, p.start - shift)) && /^[a-z]+ed\b/.test(p.words));
  if (agent) {
    const stem = analyzer.stemWord(agent.words.split(" ")[0]!);
    if (stem) return new Set([stem]);
  }
  const one = WHO_WAS_THE_ONE_WHO.exec(inside) ?? OFFICE_WHO_SIGNED.exec(inside);
  const m = (one && (!PERSON_ROLE.test(one[0]) || SIGNED.test(one[1]!)) ? one : null) ?? WHO_DID.exec(inside) ?? THE_ONE_WHO_IS_WHO.exec(inside) ?? THE_OFFICE_WHO_NAMED.exec(inside);
  if (!m || NOT_AN_ACTION.test(m[1]!) || objectAsked(inside, analyzer)) return undefined;
  // (Group 1 ends the match, but for THE_ONE_WHO_IS_WHO and THE_OFFICE_WHO_NAMED, which read on to the end: their indices say where.)
  const at = shift + question.length - inside.length + (m.indices?.[1]?.[0] ?? m.index + m[0].length - m[1]!.length);
  const phrase = plan.paraphrases.find((p) => p.start === at);
  // Stop words ("said", "told") have no stem: "who said ..." is read by the other rules.
  const stems = [m[1]!, ...(phrase ? [phrase.words.split(" ")[0]!] : [])].flatMap((w) => analyzer.stemWord(w) ?? []);
  return stems.length ? new Set(stems) : undefined;
}

/**
 * The people of `candidates` who do `verb` in the sentence: after "<verb> by" ("Signed by former
 * Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord ..."), up to the end of
 * that clause, or just before it ("Liu told the envoy"). `undefined` when the sentence does not
 * use the verb (then it may still answer otherwise); `[]` when it uses it without saying who.
 */
function agentsOf(verb: ReadonlySet<string>, text: string, candidates: Span[], analyzer: Analyzer): Span[] | undefined {
  // "spoke to Liu on the phone": after a determiner the word names a thing, not the act asked
  // ("who phoned Liu"); but "the signing of the treaty", "the visit of Xi" name the act.
  const thing = (w: WordAt) => DETERMINER_BEFORE.test(text.slice(Math.max(0, w.index - 7), w.index)) && !/^\s+of\b/.test(text.slice(w.index + w.word.length));
  const uses = analyzer.words(text).filter((w) => verb.has(w.stem ?? "") && !thing(w));
  if (!uses.length) return undefined;
  const found: Span[] = [];
  for (const use of uses) {
    const after = use.index + use.word.length;
    const by = /^ by /.exec(text.slice(after));
    if (by) {
      const clauseEnd = (from: number) => {
        const end = text.slice(from).search(/, (?:the|a|an|which|who|as|while)\b|[.;]\s|[.;]?$/);
        return end < 0 ? text.length : from + end;
      };
      let end = clauseEnd(after);
      // A description set off after a doer does not end the clause when another follows: "by Song Tao, the minister of ..., and Ri Ryong Nam".
      for (let last = candidates.filter((c) => c.start >= after && c.end <= end).at(-1); last; ) {
        const description = appositiveAfter(text, last.end);
        const and = description && /^,? and /.exec(text.slice(description.end));
        if (!and) break;
        end = clauseEnd(description.end + and[0].length);
        const next = candidates.filter((c) => c.start >= description.end && c.end <= end).at(-1);
        last = next !== last ? next : undefined;
      }
      found.push(...candidates.filter((c) => c.start >= after && c.end <= end));
    } else {
      // The doer just before the verb, a word or two between at most ("Liu also told"), or a clause
      // set off by commas ("Wang, who also referred to the peninsula as “China's doorstep,” said").
      const before = (c: Span) => text.slice(c.end, use.index);
      const earlier = candidates.filter((c) => c.end <= use.index);
      const nearest = earlier.at(-1);
      // (A quotation may open between: 'Liu Xiaoming is "actively engaging ...'.)
      // Not one who does not do it: "the United States does not support Taiwan independence" is no supporter.
      if (nearest && NEGATION.test(before(nearest))) continue;
      // Or the subject of a relative clause: "Wang, who also referred to ...".
      if (nearest && (/^(?:\s+["“]?\p{L}+){0,2}\s+["“]?$/u.test(` ${before(nearest)}`) || /^, (?:who|whose|the|a|an)\b.*,["”’]?\s+$/u.test(before(nearest)) || /^, who(?: (?:also|\p{L}+ly))?\s+$/u.test(before(nearest)))) {
        // Both of "Xi Jinping and North Korean leader Kim Jong-un pledged": the doer is the pair.
        const other = earlier.at(-2);
        if (other && joined(text, other, nearest)) found.push(other);
        found.push(nearest);
      } else if (nearest && earlier.length > 1 && /^['’]s\b/.test(text.slice(nearest.end)) && /^, [^,]{1,60},\s+$/u.test(before(earlier.at(-2)!))) {
        // "Kim Il Sung, Kim Jong Un’s grandfather, led ...": the one named in the description is not the doer.
        found.push(earlier.at(-2)!);
      } else {
        // "Kurt Campbell said Tuesday at ... that he expects": "he" of what a speaker said is the speaker.
        const sayer = SAYER_THEN_PRONOUN.exec(text.slice(0, use.index));
        const speaker = sayer && candidates.filter((c) => c.end <= sayer.index).at(-1);
        if (speaker && /^(?:\s+\p{L}+){0,2}\s+$/u.test(` ${text.slice(speaker.end, sayer.index)}`)) found.push(speaker);
        // "Former US president Donald Trump met with Kim three times, but he refused ...": "he" of a second clause is the subject of the first, who opens the sentence.
        else if (!sayer && SECOND_CLAUSE_PRONOUN.test(text.slice(0, use.index)) && candidates[0] && SUBJECT_OPENING.test(text.slice(0, candidates[0].start))) found.push(candidates[0]);
      }
    }
  }
  return [...new Map(found.map((f) => [f.start, f])).values()].sort((a, b) => a.start - b.start);
}

const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|this|that)\s+$/i;

/** A second clause of the sentence that opens on "he" or "she" just before the verb: ", but he [refused]", "and she [said]". */
const SECOND_CLAUSE_PRONOUN = /,? (?:but|and|yet|so|while|although|though) (?:he|she)(?: (?:also|then|later|still|never|\p{Ll}+ly))?\s+$/u;
/** What may stand before a sentence's subject: a few words of its title ("Former US president "), no clause. */
const SUBJECT_OPENING = /^(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** A saying whose clause opens on "he" or "she" just before the verb: "said Tuesday at an online event that he [expects]". */
const SAYER_THEN_PRONOUN = /\b(?:said|says|told [\p{L} ]{1,40}?|added|noted|stated)\b[^.;:“”"]{0,80}?\bthat (?:he|she)(?: \p{Ll}+ly)?\s+$/u;

/** Whether the question asks who did something ("who signed the treaty"), not who someone is. */
export function asksForDoer(plan: QueryPlan, analyzer: Analyzer): boolean {
  return askedVerb(plan, analyzer) !== undefined;
}

/** Whether the sentence tells the act asked, done by someone it names by office and not by name: "North Korea's foreign minister has ruled out ...". */
export function doneByOffice(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const verb = askedVerb(plan, analyzer);
  const found = verb ? agentsOf(verb, text, nameSpans(plan, text, analyzer), analyzer) : undefined;
  // The act itself, not a noun made of it ("saying negotiations with the US would lead nowhere" tells no one negotiating).
  const asAVerb = verb !== undefined && analyzer.words(text).some((w) => verb.has(w.stem ?? "") && !NOUN_OF_ACT.test(w.word));
  return found !== undefined && found.length === 0 && asAVerb && PERSON_ROLE.test(text);
}
/** A noun made of a verb: "negotiations", "agreement". */
const NOUN_OF_ACT = /(?:ions?|ments?)$/i;

/**
 * Whether a "who <did it>" question's act goes without a doer in the sentence: told without one
 * ("the signing of the treaty") or not told at all ("Wang Wenbin said ... the 1961 treaty"). Such
 * a sentence answers nothing, however well it matches.
 */
export function namesNoDoer(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const verb = askedVerb(plan, analyzer);
  return verb !== undefined && !agentsOf(verb, text, nameSpans(plan, text, analyzer), analyzer)?.length;
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
function appositiveAfter(text: string, nameEnd: number): Span | undefined {
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
 * "who reciprocated the chinese ambassador's remarks" → "The top envoy of the North to Beijing
 * reciprocated.": the office that does the act asked, in a sentence that names no one (the last
 * resort of a "who" line: a quotation after it may name the holder, see `answer.ts`).
 */
export function officeDoerOf(plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const verb = askedVerb(plan, analyzer);
  if (!verb || analyzer.entities(text).some((e) => e.entity.kind === "person") || unknownNames(text, analyzer).length) return undefined;
  const asked = plan.normalised.toLowerCase();
  const found = agentsOf(verb, text, roleSpans(text).filter((s) => !asked.includes(text.slice(s.start, s.end).toLowerCase())), analyzer);
  return found && only(found);
}

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
function roleSpans(text: string): Span[] {
  return [...text.matchAll(ROLE_PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
