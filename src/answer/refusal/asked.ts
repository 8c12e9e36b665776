import { isEntityTerm } from "../../search/analyzer.js";
import type { Hit, QueryPlan } from "../../search/engine.js";
import { datesAMaking } from "../directTimes.js";
import { SAYING, SPEAKING } from "../saying.js";
import { PERSON_ROLE as OFFICE } from "../../search/roles.js";

/**
 * Whether a best sentence tells of what a question asks: its words of content matched by the
 * sentence's own terms, the people it names, the concepts it matched. The no-answer rules and the
 * direct line read these.
 */
/** The stories themselves ("which articles carry kim's line about ..."): every passage is in one, whether it says "article" or not. */
export const STORY_WORD = /^(?:articles?|stor(?:y|ies)|pieces?|outlets?|publications?)$/;
/** An article of the treaty, not a news article: "which article of the treaty has the defense clause", "the treaty's article". */
export const TREATY_ARTICLE = /\barticles? (?:of|in) (?:the |this |that )?(?:treaty|pact|accord|agreement|deal|alliance)\b|\b(?:treaty|pact|accord|agreement)['’]?s? articles?\b|\barticle (?:\d+|[ivx]+|one|two|three|four|five|six|seven|number|no|#)\b|\barticles?\b.*\b(?:clause|provision|section|text)s?\b/;

/** Everyday-English rarity from which a question word says what it asks about ("born", "test", "sanctions"), not how ("actually", "first"). */
export const CONTENT_RARITY = 0.4;

/**
 * Whether the question names people and the sentence leaves one of them out: its time is of
 * another's doing ("when did sung kim visit seoul", "when did trump and kim first meet": not "Kim
 * first visited China in March 2018"; three unanswerable questions of the training parts more
 * refused than by none of them, no answerable one). Not countries: "since when have china and the
 * dprk had relations" is told of "the two countries".
 */
export function leavesOutOneAsked(plan: QueryPlan, hit: Hit): boolean {
  const named = plan.concepts.filter((c) => c.person);
  return named.length > 0 && !named.every((c) => matchesConcept(hit, c));
}

/**
 * Whether the sentence has a word of what the question asks about, beside its names ("born",
 * "test", "comments": not "china", "korean", "2018"), by the word, a thesaurus synonym or a phrase's
 * words, not a WordNet relative ("last" is one of WordNet's senses of "die", but "the agreement
 * was last renewed" is no death), whatever weight the fit gives relatives; undefined
 * when the question has no such word. A time in a sentence that has none is the time of
 * something else ("when did china's ambassador make those comments": not "established
 * diplomatic relations in 1949"). With `officesAsked` false, a word for an office ("ambassador")
 * is not what is asked about either (for the direct line; the no-answer rules count it); nor
 * where the member saw it ("in the photo on the press tv story").
 */
export function tellsOfWhatIsAsked(plan: QueryPlan, hit: Hit, { officesAsked = true } = {}): boolean | undefined {
  const content = plan.concepts.filter((c) => c.rarity >= CONTENT_RARITY && !/^\d+$/.test(c.surface) && !WHICH_ONE.test(c.surface) && !STRESS.test(c.surface) && !WHERE_SHOWN.test(c.surface) && !STORY_WORD.test(c.surface.toLowerCase()) && (officesAsked || !OFFICE.test(c.surface)) && ![...c.terms.keys()].some((t) => isEntityTerm(t)));
  // Only words of the asker's context or guess ("when did kim first go to china, his first ever vacation abroad lol"): nothing of what is asked to look for.
  if (content.length === 0 || content.every((c) => c.context || c.offered)) return undefined;
  // (A thing's start is told by its making: "what year did the treaty start" → "Signed in 1961, the ... Treaty"; when the
  // sentence has the question's other words too: not "when did the missile test moratorium begin".)
  const made = (c: (typeof content)[number]) => BEGINNING.test(c.surface) && datesAMaking(hit.sentence.text) && content.every((o) => o === c || matchesOwnTerms(hit, o));
  return content.some((c) => matchesOwnTerms(hit, c) || (SPEAKING.test(c.surface) && SAYING.test(hit.sentence.text)) || made(c));
}

/** Words for something's start ("when did the treaty start"), which its making tells. */
const BEGINNING = /^(?:start|starts|started|starting|begin|begins|began|begun|beginning)$/i;

/** Where the member saw it ("in the photo on the press tv story, when was xi in pyongyang"), beside the stories themselves (`STORY_WORD`): not what is asked about. */
const WHERE_SHOWN = /^(?:photos?|pictures?|pics?|images?|captions?)$/i;

/** Whether the sentence matched the concept, by any of its terms. */
export function matchesConcept(hit: Hit, concept: QueryPlan["concepts"][number]): boolean {
  return hit.matchedTerms.some((t) => concept.terms.has(t));
}

/** Whether the sentence matched the concept by its word, a thesaurus synonym or a phrase's words, not only by a WordNet relative. */
export function matchesOwnTerms(hit: Hit, concept: QueryPlan["concepts"][number]): boolean {
  return hit.matchedTerms.some((t) => concept.terms.has(t) && !concept.distant?.has(t));
}

/** Words that pick one of several events ("the first summit", "its last test"), not what the event is: "last renewed in 2001" is no test. */
const WHICH_ONE = /^(?:first|last|latest|recent|recently|earliest|initial|initially|original|originally|next|previous)$/i;
/** A word that only stresses what follows ("the whole china nk friendship treaty", "the exact date"): nothing a sentence must tell of. */
const STRESS = /^(?:whole|entire|actual|exact|precise|real|very|particular|specific)$/i;
