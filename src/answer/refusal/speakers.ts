import type { Hit, QueryPlan } from "../../search/engine.js";
import { OWN_NAME_LETTERS } from "../../search/nameWords.js";
import type { Concept } from "../../search/queryPlan.js";
import { NAME_RARITY } from "../../search/claims.js";
import { PERSON_ROLE as OFFICE } from "../../search/roles.js";
import { TREATY_ARTICLE, matchesConcept } from "./asked.js";

/**
 * Whose words a question asks ("what did X say", "what was X's reaction"), and whether the articles
 * name that speaker at all, or any best sentence does: the rules "speaker-unknown" and
 * "speaker-unmatched".
 */
/** The speaker of "what did X say" (or think, tell, reply...) and of "what was X's reaction". */
const SPEAKER = [
  /\b(?:what|how) (?:did|does|do|has|have|would|will) (.+?) (?:say|says|said|think|thinks|thought|tell|told|respond|responded|react|reacted|reply|replied|write|wrote|feel|claim|claimed|make of|made of)\b/i,
  /\b(?:what|how) (?:was|is|were|are) (.+?)(?:['’]s?)? (?:reaction|response|reply|view|views|position|stance|take|opinion)\b/iu,
  // "south korean president reaction?", "seoul's take on the treaty": the speaker, then what is asked of them, as a message's whole.
  /^(?!(?:who|whos|whom|whose|what|whats|which|when|where|why|how|is|was|are|were|did|does|do)\b)((?:the )?(?:[\p{L}'’-]+ ){0,3}?[\p{L}'’-]+?)(?:['’]s?)? (?:reaction|response|reply|view|views|position|stance|take|opinion)\b(?: (?:on|to|about|of) [^?,.]*)?\s*\?*\s*$/iu,
  // "did the south korean president say anything about it": whether someone spoke, asked yes or no.
  /^(?:did|has|have|does) (.+?) (?:say|said|comment|commented|mention|mentioned|react|reacted|respond|responded) (?:anything|something|a word|much)\b/i,
];

/** The speakers a question asks the words of ("what did X say", "what was X's reaction"), in lower case; read once per question (two rules ask). */
export function speakersAsked(plan: QueryPlan): string[] {
  let speakers = askedSpeakers.get(plan);
  if (!speakers) askedSpeakers.set(plan, (speakers = SPEAKER.flatMap((pattern) => pattern.exec(plan.normalised)?.[1]?.toLowerCase() ?? [])));
  return speakers;
}
const askedSpeakers = new WeakMap<QueryPlan, string[]>();

/**
 * Whether a question asks what someone said, naming them by a word no article uses ("what did
 * wang yi say": "Wang" is the spokesman, but "yi" is in no sentence): the articles cannot report
 * the words of someone they never name. A typo was corrected before this (see `spelling.ts`).
 */
export function speakerUnknown(plan: QueryPlan): boolean {
  for (const speaker of speakersAsked(plan)) {
    const words = new Set(speaker.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => !DOCUMENT.test(w)));
    const named = plan.concepts.filter((c) => words.has(c.surface.toLowerCase()));
    // (A person of the articles named by a name of several words, by a long word of their own name, or by a name word and
    // another name word of the articles, is who is asked, the other word a misspelt part of the name: "lu xiaoming", "zi
    // jinping", "kim jong oon"; not a surname alone beside an unknown one: "wang yi" is someone else.)
    const nameLike = (c: Concept) => c.known && c.rarity >= NAME_RARITY;
    if (named.some((c) => c.person && (/\s/.test(c.surface) || (c.surface.length >= OWN_NAME_LETTERS && c.rarity >= NAME_RARITY) || named.some((o) => o !== c && !o.person && nameLike(o))))) continue;
    // A name ("yi", "mao", "eu"), not an everyday word for a person ("guy", "folks", "lady").
    if (named.some((c) => !c.known && c.rarity >= NAME_RARITY)) return true;
  }
  return false;
}

/** The office of a country's head ("the south korean president", "the japanese pm"): news names the holder by it, as the spokesman need not be. */
const HEAD_OFFICE = /^(?:president|prez|premier|pm|prime|chancellor|king|queen|emperor)s?$/i;
/** Most words a speaker is named in ("kim describe the friendship ... someone" is no speaker). */
const MAX_SPEAKER_WORDS = 6;
/** Words for what a speaker put out ("the kcna report", "the chinese readout"), no name of theirs to find. */
const DOCUMENT = /^(?:report|reports|blurb|statement|statements|story|stories|piece|pieces|readout|readouts|message|messages|msg|msgs|letter|letters|post|posts|tweet|tweets|release|remarks|comments|briefing|presser|coverage|version|account|write-?up|transcript)$/i;
/** Words for a group of people ("biden's team"), no name to find. */
const GROUP = /^(?:team|camp|people|folks|staff|aides?|side|guys?)$/;

/**
 * Whether a question asks what someone said and no best sentence names them by every word the
 * question does (by the word or a word the alias file or thesaurus gives for it): "what did the un
 * secretary general say about the anniversary" (the United Nations, but no secretary general),
 * "what did south koreas govt say" (South Korea, but not its government). A person named is
 * enough: "what did the us ambassador wang wenbin say" asks the spokesman's words, mistitled.
 */
export function speakerUnmatched(plan: QueryPlan, best: readonly Hit[]): boolean {
  for (const speaker of speakersAsked(plan)) {
    // A speaker named in a few words ("kim describe the friendship ... someone" is no speaker).
    if (/[?,]/.test(speaker) || speaker.split(" ").length > MAX_SPEAKER_WORDS) continue;
    // Not a word for any person or group ("guy", "official", "team"), nor a participle ("the expert quoted").
    // (A news article is a document too: "what did the article say about trade"; not the treaty's "article 2".)
    const newsArticle = (w: string) => /^articles?$/.test(w) && !TREATY_ARTICLE.test(plan.normalised.toLowerCase());
    const typed = speaker.split(/[^\p{L}\p{N}'’-]+/u);
    const words = new Set(typed.filter((w) => !OFFICE.test(w) && !GROUP.test(w) && !DOCUMENT.test(w) && !newsArticle(w) && !/ed$/.test(w)));
    const named = plan.concepts.filter((c) => c.surface.toLowerCase().split(/\s+/).every((w) => words.has(w)));
    // A person named is the speaker, whatever else the question calls them ("the us ambassador wang wenbin": the spokesman).
    // A country's head named by office, the office too: "the south korean president" is not "During a visit to Seoul, the US special representative ...".
    const heads = plan.concepts.filter((c) => HEAD_OFFICE.test(c.surface) && typed.includes(c.surface.toLowerCase()));
    const needed = named.some((c) => c.person) ? named.filter((c) => c.person) : named.length ? [...named, ...heads] : named;
    return needed.length > 0 && best.every((h) => !needed.every((c) => matchesConcept(h, c)));
  }
  return false;
}
