import { type Analyzer } from "../../search/analyzer.js";
import type { QueryPlan } from "../../search/queryPlan.js";
import { countriesOfPeople, countryOf } from "../../search/places.js";
import { ROLE } from "../../search/roles.js";
import { type Span } from "../spans.js";
import { stemsAndSynonyms } from "./names.js";
import { appositiveAfter, titleOf } from "./titles.js";

/**
 * Posts and offices: whether a question asks who holds a post ("who is china's ambassador to
 * nk"), which country's post it is, and which of a sentence's people holds it.
 */
const PERSON_ROLES = new RegExp(`\\b(?:${ROLE})\\b`, "g");
/**
 * "who is china's special representative for north korea": of several people, the one whose
 * title holds the office asked (or all of them, when not exactly one does).
 */
export function holdingOffice(candidates: Span[], plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
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
export function ofSideAsked(doers: Span[], plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
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
