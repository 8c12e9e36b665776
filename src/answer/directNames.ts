import { type Analyzer, entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { rolePattern } from "../search/roles.js";
import { isEnglishWord } from "../search/wordFrequency.js";
import { personOf } from "./people/persons.js";
import { officeSayerOf, titleOf } from "./people/titles.js";
import { RELATION } from "./factKind.js";
import type { FactContext } from "./directShared.js";
import { calledSo } from "./directRelations.js";
import { DATELINE } from "./directTimes.js";
import { matches, only, type Span, trimLeadingLowercase } from "./spans.js";

/**
 * Names of `direct.ts`: the person a "who" question asks for (a doer, a sayer, an opponent, one
 * called an ally), the outlet that reported it, a person's title, the name or nickname of a thing,
 * an abbreviation's expansion.
 */

/** "Korean Central News Agency (KCNA)": the words before an abbreviation in brackets. */
const EXPANSION = /((?:[A-Z][\p{L}’'-]*|of|the|and|for|de)(?: (?:[A-Z][\p{L}’'-]*|of|the|and|for|de))*) \(([A-Z]{2,8})\)/gu;
/** "according to Nikkei Asia", "KCNA reported", "a statement carried by KCNA", "South China Morning Post goes on to add": an outlet, never a pronoun ("He said"). */
export const SOURCE = /\b(?:[Aa]ccording to|(?:carried|published|released|aired|broadcast) by) ((?:the )?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)|\b(?!(?:He|She|It|They|We|I) )((?:[A-Z][\p{L}]+ )*[A-Z][\p{L}]+) (?:goes on to |went on to )?(?:reported|reports|said|says|quoted|quotes|mentioned|mentions|adds|added|add|notes|noted|writes|wrote)\b/gu;
/** Whom a report cites: "citing a source at the U.S. State Department". */
const CITED = /(?<=\bciting )(?:an? (?:source|official)s? (?:at|in|from) )?(?:the )?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*(?<!\.)/gu;
/** "who said ...", "who reported ...": asked of whoever said it, a person or an outlet. */
export const WHO_SAID = /^who (?:said|says|reported|reports|wrote|writes|claimed|claims|added|adds|noted|notes|mentioned|quoted|quotes|cited|cites)\b/;

/** "the korean peninsula is at whose doorstep": "China's", the possessive the sentence gives ("at China's doorstep"), not "China". */
function possessive(asked: string, text: string, span: Span | undefined): Span | undefined {
  if (!span || !/\bwhose\b/.test(asked)) return span;
  const mark = /^['’]s\b/.exec(text.slice(span.end));
  return mark ? { start: span.start, end: span.end + mark[0].length } : span;
}

/** A question that speaks of a succession, or asks "whose": there the owner of "Trump’s successor" is what is asked. */
const SUCCESSION_MENTIONED = /\bwhose\b|\bsucce(?:ed|eded|ssor)\b|\breplace[ds]?\b|\bpredecessor\b|\b(?:came|come|comes) (?:after|before)\b/;
/** After a name: its possessive and the one it names, set off by commas ("Trump’s successor, Joe Biden,"). */
const OWNER_OF_NAMED = /^['’]s (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+, \p{Lu}/u;

/** A nickname of the alias file: a name of lower-case words only ("hermit kingdom"; not "the North" or "Pyongyang"). */
export const NICKNAME = /^(?:the )?\p{Ll}[\p{Ll} -]*$/u;

/**
 * Where the sentence calls a place or person the question names by a nickname of the alias file:
 * a name of lower-case words only ("hermit kingdom" for North Korea; not "the North" or
 * "Pyongyang", which are names).
 */
export function nicknamesOfAsked(plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
  return analyzer
    .entities(text)
    .filter((e) => asked.has(entityTerm(e.entity.name)) && NICKNAME.test(text.slice(e.start, e.end)))
    .map((e) => ({ start: e.start, end: e.end }));
}

/** A fight asked about ("who were they fighting", "1930s they fought who"). */
const FIGHT_ASKED = /\b(?:fight|fights|fought|fighting|battle|battled|battling|war with|at war)\b/;
/** Not whom it was against when the question names them ("who fought against the japanese"), nor when it asks who fought beside whom ("who did he fight alongside", "... fight with?"). */
const OPPONENT_NOT_ASKED = /\bagainst (?!(?:who|whom|what|which|wat|alongside|with|in|during|back)\b)[a-z]|\balongside\??$|\b(?:fight|fights|fought|fighting|battle|battled|battling) with\??$/;
/** Whom a fight was against, as the sentence names them after the fight or "against" ("alongside Chinese soldiers to fight Japanese colonisers."). */
const AGAINST = /(?<=\b(?:against|fight|fights|fought|fighting|battle|battled|battling) )(?:the )?[\p{L}’'-]+(?: [\p{L}’'-]+){0,2}?(?=[,.;:!?]|\s+(?:in|during|until|from|since|and|but|on|at|for|with)\b|$)/gu;

/** "who were the korean guerrillas fighting": the one the sentence says they fought against; undefined for other questions. */
export function opponentOf(asked: string, text: string, notAsked: (s: Span) => boolean): Span | undefined {
  if (!FIGHT_ASKED.test(asked)) return undefined;
  // "who fought alongside the korean guerrillas": the ones beside them, when the question names others than the sentence's allies
  // ("... alongside the chinese" names them: then whom they fought).
  const ally = /\balongside\b/.test(asked) ? only(matches(text, ALONGSIDE)) : undefined;
  if (ally && !text.slice(ally.start, ally.end).toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length > 3 && new RegExp(`\\b${w}`).test(asked))) return ally;
  if (OPPONENT_NOT_ASKED.test(asked)) return undefined;
  // "who fought alongside chinese soldiers": who did the fighting, not whom it was against (the line was "Japanese colonisers").
  if (/^who (?:fought|fights|battled)\b/.test(asked)) return undefined;
  return only(matches(text, AGAINST).filter(notAsked));
}
/** "Korean guerrillas alongside Chinese soldiers": who fought beside the ones named. */
const ALONGSIDE = /(?<=\balongside )(?:the )?(?:\p{Lu}[\p{L}’'-]* )*[\p{L}’'-]+/gu;

/** The abbreviation a "what does KCNA stand for" question asks about, in capitals. */
export function abbreviationAsked(question: string): string | undefined {
  const asked = question.toLowerCase();
  // In lower case, the first letters no English word spells ("kcna is korean communist news agency?"), else a word placed as one.
  // (The chat normaliser's own capitals aside: "dprk is the official name for North Korea? what does it stand for".)
  const letters = question.match(/(?<![\p{L}’'-])[a-z]{2,8}(?![\p{L}’'-])/gu)?.find((w) => !isEnglishWord(w));
  return (/\b([A-Z]{2,8})\b/.exec(question)?.[1] ?? letters ?? /\b(?:is|are|does) (?:the )?([a-z]{2,8})\b|^([a-z]{2,8}) ?=|^(?:the )?([a-z]{2,8}) (?:stands?|is short|full (?:name|form)\b)/.exec(asked)?.slice(1).find(Boolean))?.toUpperCase();
}

/** The abbreviations a sentence spells out ("Korean Central News Agency (KCNA)" → KCNA). */
export function abbreviationsExpanded(text: string): string[] {
  return text.includes("(") ? [...text.matchAll(EXPANSION)].map((m) => m[2]!) : [];
}

/** The words set off just before a name, which it names ("North Korea’s state-owned media house, Korean Central News Agency"). */
function besideBefore(text: string, start: number): string {
  return /([\p{L}’'-]+(?: [\p{L}’'-]+){0,3}), $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
}

/** "whats the official name of the pact": the one named thing or organisation of the sentence (as the alias file knows them), at its fullest mention. */
export function nameOf(plan: QueryPlan, text: string, analyzer: Analyzer, notAsked: (s: Span) => boolean): Span | undefined {
  // The name of what is asked about, by a word of the question or a synonym ("the pact": "Treaty of ..."; "the ruling party": "Workers’ Party of
  // Korea"): "what are nk's nuclear programs called" is not answered "United Nations".
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
  // A name is written in capitals: "the mutual defense treaty" names the treaty, but is not its name.
  const named = analyzer
    .entities(text)
    .filter((e) => (e.entity.kind === "thing" || e.entity.kind === "organisation") && (text.slice(e.start, e.end).match(/\b\p{Lu}/gu)?.length ?? 0) >= 2)
    .filter((e) => asked.has(entityTerm(e.entity.name)) || [text.slice(e.start, e.end), besideBefore(text, e.start)].some((part) => analyzer.wordTerms(part).some((t) => asked.has(t))));
  if (new Set(named.map((e) => e.entity.name)).size !== 1) return undefined;
  const fullest = named.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return only([{ start: fullest.start, end: fullest.end }].filter(notAsked));
}

/** "whats sung kims job": the capitalised title just before the person's name ("U.S. Special Representative for North Korea Sung Kim"). */
export function titleAsked(plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const person = plan.concepts.flatMap((c) => [...c.terms.keys()]).find((t) => isEntityTerm(t));
  if (!person) return undefined;
  // "what was liu's job before he became special rep": an earlier post, which a sentence gives only as one ("former", "previously").
  if (EARLIER_POST_ASKED.test(plan.normalised) && !EARLIER_POST.test(text)) return undefined;
  const mentions = analyzer.entities(text).filter((e) => e.entity.kind === "person" && entityTerm(e.entity.name) === person);
  // The alias file may know the title itself as a variant ("Chinese foreign ministry spokesman"): the title stands before the name as written.
  const mention = mentions.find((e) => text.slice(e.start, e.end) === e.entity.name) ?? mentions[0];
  if (mention) return titleOf(text, mention);
  // A sentence that names the person's office as the alias file gives it, and not the person: "North Korea’s
  // foreign minister has ruled out ..." for "what's ri son-gwon's job" (the quotation after it names him).
  const role = rolesOf(analyzer).get(person)?.exec(text);
  return role ? { start: role.index, end: role.index + role[0].length } : undefined;
}

/** Each person's roles in the alias file as one pattern, by entity term (made once per analyzer). */
function rolesOf(analyzer: Analyzer): ReadonlyMap<string, RegExp> {
  let roles = rolePatterns.get(analyzer);
  if (!roles) {
    roles = new Map(analyzer.lexicon.entities.filter((e) => e.kind === "person" && e.roles?.length).map((e) => [entityTerm(e.name), rolePattern(e.roles!)]));
    rolePatterns.set(analyzer, roles);
  }
  return roles;
}
const rolePatterns = new WeakMap<Analyzer, ReadonlyMap<string, RegExp>>();

/** An earlier post asked: "before he became ...", "his previous job", "what did he do before", "used to be". */
export const EARLIER_POST_ASKED = /\bbefore (?:he|she|they|that|this|becoming|being|taking)\b|\b(?:job|post|role|position|title) (?:did|had|was) [a-z' -]+? (?:have|hold|had|held) before (?:the |being )?[a-z-]+(?: [a-z-]+){0,3}\??$|\b(?:previous|prior|earlier|former|old) (?:job|post|role|position|title)\b|\bused to (?:be|do|work)\b/i;
/** A sentence giving an earlier post: "former Chinese Premier", "previously served as", "ex-ambassador". */
export const EARLIER_POST = /\b(?:former|formerly|previously|ex-|once|earlier|before)\b/i;

/**
 * The shortest end of `words` whose capitalised words' initials spell `abbreviation`
 * ("International Department of the Communist Party of China", CPC → "Communist Party of
 * China"); all of `words` when none does.
 */
function initialsMatch(words: string, abbreviation: string): string {
  const list = words.split(" ");
  for (let i = list.length - 1; i >= 0; i--) {
    const tail = list.slice(i);
    const initials = tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    if (initials === abbreviation && /^\p{Lu}/u.test(tail[0]!)) return tail.join(" ");
    if (initials.length > abbreviation.length) break;
  }
  return words;
}

/** "who wants ...", "who would like ...": a wish, told by the doer and what is wished (see `namesDoer`). */
export const WISH_ASKED = /^who (?:wants?|wanted|wishe[sd]|hopes?|hoped|would like|prefers?)\b/i;

/** "what does KCNA stand for": the capitalised words before it in brackets, those its initials spell. */
export function expansionSpan({ plan, text }: FactContext): Span | undefined {
  const abbr = abbreviationAsked(plan.normalised);
  const found = [...text.matchAll(EXPANSION)].filter((m) => !abbr || m[2] === abbr);
  const m = found.length === 1 ? found[0]! : undefined;
  if (!m) return undefined;
  const words = initialsMatch(trimLeadingLowercase(m[1]!), m[2]!);
  const start = m.index + m[1]!.length - words.length;
  return { start, end: start + words.length };
}

/** "which outlet reported it": the dateline's outlet, the one it is "according to" or that "reported", or whom it cites. */
export function sourceSpan({ text, asked, notAsked }: FactContext): Span | undefined {
  // The outlet of a dateline: "July 7 (UPI) --" → UPI.
  const dateline = DATELINE.exec(text);
  const outletAt = dateline ? dateline[0].indexOf("(") + 1 : -1;
  const byDateline = dateline ? [{ start: outletAt, end: outletAt + dateline[1]!.length }] : [];
  // "which outlet ran the story": the story's own outlet, not whom it quotes ("Beijing said").
  if (byDateline.length && /\b(?:article|story|piece|report)\b/.test(asked)) return byDateline[0];
  // "which news agency wrote that the treaty remains in effect": the dateline's outlet, not a government it quotes ("Beijing said").
  if (byDateline.length && /\b(?:news|agency|outlet|newspaper|paper|wire|publication)\b/.test(asked) && notAsked(byDateline[0]!)) return byDateline[0];
  const outlets = [
    ...byDateline,
    ...[...text.matchAll(SOURCE)].map((m) => {
      // "according to Nikkei Asia.": the sentence's full stop is not the outlet's.
      const group = (m[1] ?? m[2]!).replace(/(?<=\p{Ll})\.$/u, "");
      const start = m.index + m[0].indexOf(group);
      return { start, end: start + group.length };
    }),
  ];
  const unasked = outlets.filter(notAsked);
  // "who was yonhap's source": when the outlet that tells it is the one asked about, whom it cites;
  // "where did the info come from, like which department": whom it cites, when a department is asked.
  const cited = () => only(matches(text, CITED).filter(notAsked));
  if (unasked.length === 0 && outlets.length > 0) return cited();
  // (Not when the question tells whom it cites itself: "by which news agency was it reported, citing a state department source".)
  if (/\b(?:department|ministry|officials?|insiders?)\b/.test(asked) && !/\bciting\b/.test(asked)) return cited() ?? only(unasked);
  return only(unasked);
}

/** "who signed it", "who said ...": the person asked (or an opponent, an ally, an outlet or an office that said it). */
export function personSpan(fact: FactContext): Span | undefined {
  const { plan, text, analyzer, asked, notAsked } = fact;
  const opponent = opponentOf(asked, text, notAsked);
  if (opponent) return opponent;
  // Someone named only to name another the question names is not the one asked for: "who called biden's approach a
  // hostile policy" is not "Trump" of "Trump’s successor, Joe Biden" (unless "whose" or a succession is asked).
  const notOwner = (s: Span) => {
    const owned = OWNER_OF_NAMED.exec(text.slice(s.end));
    if (!owned || SUCCESSION_MENTIONED.test(asked)) return true;
    const named = analyzer.entities(text.slice(s.end + owned[0].length - 1)).find((e) => e.start === 0);
    return !named || !plan.concepts.some((c) => c.terms.has(entityTerm(named.entity.name)));
  };
  if (!WHO_SAID.test(asked)) {
    const found = possessive(asked, text, personOf(plan, text, analyzer, (s) => notAsked(s) && notOwner(s)));
    // "who is nk's ally": one the sentence calls so ("China, North Korea's major ally"), not any country it names;
    // by any of its names there ("Beijing is the biggest ally of Pyongyang" for China).
    return found && RELATION.test(asked) ? calledSo(plan, text, found, analyzer) : found;
  }
  // "who said they need each other": a person or an outlet ("Al Jazeera adds ..."), never a
  // place the sentence names ("deal with Washington"); "Beijing said" is the outlet rule's.
  const places = analyzer.entities(text).filter((e) => e.entity.kind === "place");
  const notAPlace = (s: Span) => !places.some((p) => p.start === s.start && p.end === s.end);
  return personOf(plan, text, analyzer, (s) => notAsked(s) && notAPlace(s) && notOwner(s)) ?? sourceSpan(fact) ?? officeSayerOf(text, analyzer);
}
