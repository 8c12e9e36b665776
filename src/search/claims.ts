import type { AnswerType } from "./answerType.js";
import { isEntityTerm } from "./analyzer.js";
import type { NormalisedQuestion } from "./chat/normaliser.js";
import { isPlaceName } from "./places.js";
import type { Concept } from "./queryPlan.js";

/**
 * What a member states rather than asks, read off a question's concepts (the query plan's
 * step after chat normalisation, which finds the frames: see `chat/claims.ts`): the values of a claim
 * to check ("i heard it was renewed in 1991, true?", "was it mao who signed it") and the values
 * of a guess after the question ("who is nk's biggest ally? russia?"). Such values are not words
 * an answer must hold: a claim's say what kind of answer is sought, a guess's are dropped.
 */

/** Everyday-English rarity from which an unknown word is taken for a name: "yi" 0.72, "mao" 0.76; "guy" 0.40, "folks" 0.53, "gifts" 0.63. */
export const NAME_RARITY = 0.7;
/** A word, not a number or a symbol, of three letters or more. */
export const NAME_LIKE = /^\p{L}[\p{L}'’-]{2,}$/u;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
/** How often a claim says something happened: "twice", "3 times", "five times". */
export const COUNT_CLAIMED = /\s*\b(?:once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) times)\b/i;

/** A word without its possessive ending ("russia's" → "russia"). */
export const bareWord = (word: string) => word.replace(/['’]s$/, "");

/** A name, not a word: one the alias file knows, or a word rarer in everyday English than NAME_RARITY ("mao", "choe"). */
const isName = (c: Concept) => [...c.terms.keys()].some(isEntityTerm) || (c.rarity >= NAME_RARITY && NAME_LIKE.test(c.surface));

/**
 * A guess after the question ("who is nk's biggest ally? russia?", "which anniversary was it,
 * the 50th?", "... renewed when? i thought 1981"): its words may help find the answer, but a
 * name, place or number of it that no article uses is the member's guess, not a word the answer
 * must hold, nor a reason to refuse. These concepts are to be dropped.
 */
export function guessedValues(normalised: NormalisedQuestion, conceptAt: readonly { start: number; concept: Concept }[]): Set<Concept> {
  const from = normalised.guessFrom;
  if (from === undefined) return new Set();
  const guessed = new Set(conceptAt.filter((a) => a.start >= from).map((a) => a.concept));
  for (const a of conceptAt) if (a.start < from) guessed.delete(a.concept);
  const value = (c: Concept) => /^\d+(?:st|nd|rd|th|s)?$/.test(c.surface) || isPlaceName(bareWord(c.surface)) || isName(c);
  return new Set([...guessed].filter((c) => !c.known && value(c)));
}

/** A number offered as a value: "10", "1991", "the 60th", "the 80s". */
const NUMBER_VALUE = /^\d+(?:st|nd|rd|th|s)?$/;
/** At most this many words between an alternative and the "or" beside it ("20 years or every 10"). */
const ALTERNATIVE_GAP = 2;

/**
 * Values offered as alternatives ("every 20 years or every 10", "1981 or 1991", "xi or kim"):
 * an answer holds one of them, seldom both. The later value joins the first one's concept as an
 * equal term, so that a sentence holding either covers it, and the one it lacks is not counted
 * missing. Only values of one kind are joined, two numbers or two names: "when was it signed or
 * who signed it" asks two things. Changes `concepts` and `conceptAt` in place.
 */
export function joinAlternatives(text: string, concepts: Concept[], conceptAt: { start: number; end: number; concept: Concept }[]): void {
  const kind = (c: Concept) => {
    const word = c.surface.replace(/[^\p{L}\p{N}]+$/u, ""); // "10?" as typed before the question mark
    return NUMBER_VALUE.test(word) ? "number" : isName(c) || isPlaceName(bareWord(word)) ? "name" : undefined;
  };
  const wordsBetween = (from: number, to: number) => text.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  for (const or of text.matchAll(/\bor\b/gi)) {
    // The nearest value on each side of the "or", a few words at most from it.
    const before = conceptAt
      .filter((a) => a.end <= or.index && kind(a.concept) && wordsBetween(a.end, or.index) <= ALTERNATIVE_GAP)
      .sort((a, b) => b.end - a.end)[0];
    const after = conceptAt
      .filter((a) => a.start >= or.index + 2 && kind(a.concept) && wordsBetween(or.index + 2, a.start) <= ALTERNATIVE_GAP)
      .sort((a, b) => a.start - b.start)[0];
    if (!before || !after || before.concept === after.concept) continue;
    const first = before.concept;
    if (kind(first) !== kind(after.concept)) continue;
    // The alternative's whole name: "wang wenbin or zhao lijian" offers "zhao lijian", not "zhao" and a word of its own.
    const offered = [after];
    for (let next = conceptAt.find((a) => a.start > offered.at(-1)!.end && wordsBetween(offered.at(-1)!.end, a.start) === 0); next && isName(next.concept) && next.concept !== first; next = conceptAt.find((a) => a.start > offered.at(-1)!.end && wordsBetween(offered.at(-1)!.end, a.start) === 0)) offered.push(next);
    for (const other of new Set(offered.map((a) => a.concept))) {
      for (const [term, weight] of other.terms) first.terms.set(term, Math.max(first.terms.get(term) ?? 0, weight));
      first.known ||= other.known;
      concepts.splice(concepts.indexOf(other), 1);
      for (const a of conceptAt) if (a.concept === other) a.concept = first;
    }
  }
}

/** Whether a name stands after "of" in the name of a thing: "the treaty of versailles", "the battle of midway". */
function namesAThing(name: string, text: string): boolean {
  return new RegExp(`\\b(?:treaty|pact|accord|agreement|war|battle|siege|congress|council|peace|declaration|charter|convention|protocol) of (?:the )?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);
}

/**
 * What a claim to check states that an answer may well contradict: its numbers ("renewed in
 * 1991", "lasts 10 yrs") and the names no article uses ("mao signed it"). They are not words the
 * answer must contain but the kind of answer sought: a year is a time, a number before a unit of
 * time a span, another number a count, a name a person.
 */
export function claimedValues(concepts: readonly Concept[], text: string): { values: Set<Concept>; type?: AnswerType; name?: Concept; year?: Concept } {
  const values = new Set<Concept>();
  let type: AnswerType | undefined;
  let name: Concept | undefined;
  let year: Concept | undefined;
  for (const c of concepts) {
    // A decade is claimed only when no article's year falls in it ("the 50s or the 60s": the 60s hold 1961).
    // An ordinal no article uses is claimed too ("the 50th anniversary": the articles say 60th).
    const number = /^\d+$/.test(c.surface) || (/^\d+(?:s|st|nd|rd|th)$/.test(c.surface) && !c.known);
    // A name no article uses: a rare word ("mao") or a name the alias file knows ("kim jong il"); not a
    // country ("i heard japan signed a treaty with nk": the articles tell of no such treaty).
    // Nor the name of a thing named after it ("the treaty of versailles was signed in 1918 right?": the claim is its year).
    const unknownName = !number && !c.known && isName(c) && !isPlaceName(bareWord(c.surface)) && !namesAThing(c.surface, text);
    if (!number && !unknownName) continue;
    values.add(c);
    if (unknownName) name ??= c;
    else if (YEAR.test(c.surface)) year ??= c;
    if (type) continue;
    if (unknownName) type = "person";
    else if (YEAR.test(c.surface)) type = "time";
    else type = new RegExp(`\\b${c.surface}\\s*(?:years?|yrs?|months?|weeks?|days?|decades?)\\b`, "i").test(text) ? "duration" : "number";
  }
  return { values, type, name, year };
}
