import { type Analyzer, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";

/**
 * Measures in news prose (years, lengths of time, ages, numbers of things, distances) as patterns, and
 * whether a sentence holds one of the kind a short-fact question asks for at all: the no-answer
 * rule's test (`refusal/rules.ts`: "how many nukes does nk have" is refused when no best sentence counts
 * nukes), looser than the direct answer's, which wants exactly one (`direct.ts`).
 */

const ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth";
export const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
/** A number as digits or a word: "20", "1,416", "three". */
const EXACT_NUMBER_WORD = "\\d+(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty";
export const NUMBER_WORD = `${EXACT_NUMBER_WORD}|several|dozens of|hundreds of|thousands of`;
/** "20 years", "six months", "for decades". */
export const DURATION = new RegExp(`\\b(?:${NUMBER_WORD}) (?:years?|months?|decades?|days?|weeks?)\\b|\\bfor decades\\b`, "gi");
/** "the 60th anniversary", "67 years old". */
export const AGE = new RegExp(`\\b(?:\\d+(?:st|nd|rd|th)|${ORDINAL}) anniversary\\b|\\b\\d+ (?:years?|yrs) (?:old|of)\\b`, "gi");

/** Whether `text` holds any measure of `kind` (undefined for kinds that are not measures, and for a count with nothing named to count). */
export function holdsMeasure(
  kind: string,
  text: string,
  { personsAge, counted, exact = false, analyzer }: { personsAge: boolean; counted: ReadonlySet<string> | undefined; exact?: boolean; analyzer: Analyzer },
): boolean | undefined {
  switch (kind) {
    case "year":
      return ANY_YEAR.test(text);
    case "duration":
      // "remains in force until agreement is reached": how long, told without a number.
      return ANY_DURATION.test(text);
    case "age":
      // A person's age is in years; a thing's may be an anniversary or a length of time ("after 60 years").
      return personsAge ? PERSON_AGE.test(text) : ANY_AGE.test(text) || ANY_LENGTH.test(text);
    case "count":
      return counted && quantifies(text, counted, analyzer, exact ? EXACT_QUANTITY : QUANTITY);
    case "distance":
      return DISTANCE.test(text);
    default:
      return undefined;
  }
}

const ANY_YEAR = new RegExp(`\\b${YEAR}`);
/** "1,416 km", "880 miles". */
const DISTANCE = /\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b/i;
/** A length of time, or how long told without a number ("remains in force until agreement is reached", "has long been under sanctions", "longtime ally"). */
const ANY_DURATION = new RegExp(`${DURATION.source}|\\b(?:until|indefinitely|forever|permanently|longtime|long-standing)\\b|\\b(?:has|have|had) long been\\b`, "i");
const ANY_AGE = new RegExp(AGE.source, "i");
const ANY_LENGTH = new RegExp(DURATION.source, "i");
/** "67 years old", "aged 37", "a 37-year-old": a person's age. */
const PERSON_AGE = /\b\d+ (?:years?|yrs) old\b|\baged \d+\b|\b\d+-year-old\b/i;
/** Words that say how many: "three times", "several rounds", "the only defense treaty", "most of the trade". */
const QUANTITY = new RegExp(`^(?:${NUMBER_WORD.replace(/ of\b/g, "")}|\\d+(?:\\.\\d+)?|once|twice|many|few|both|only|most|all|multiple|numerous|dozens|hundreds|thousands|millions|billions|single|no)$`, "i");
/** A number asked for exactly ("how many rounds exactly", "like a number", "the exact number"): "several rounds" does not tell it. */
export const EXACT_COUNT_ASKED = /\bexact(?:ly)?\b|\bprecise(?:ly)?\b|\b(?:like an?|an actual|a specific|the specific) number\b/i;
/** Words that say how many as a number: "three times", "twice", "one" (not "several", "many", "most"). */
const EXACT_QUANTITY = new RegExp(`^(?:${EXACT_NUMBER_WORD}|\\d+(?:\\.\\d+)?|once|twice|single)$`, "i");
/** A word that looks like a plural noun: "tourists", "rounds", "treaties", "people" (not "its", "this", "us"). */
const PLURAL_NOUN = /^(?:[a-z-]{2,}[^su'’]s|people|men|women|children|police|folks)$/i;
/** A claim's tag or a filler, typed before "how many": no thing counted. */
const TAG_BEFORE = /^(?:right|so|ok|okay|and|but|yeah|yes|no|true|correct|um|uh|lol|then|well|anyway)$/;
/** Words between "how many" and the thing counted that are not it ("how many of", "how much is"). */
const NOT_COUNTED = /^(?:occasions?|instances?|of|the|is|are|was|were|do|does|did|has|have|had|will|would|can|could|there|in|on|to|for|per|it|they|u|you|we|i|so|far|exactly|total|altogether|now|yet|then)$/;

/**
 * A statement, then "how many" after its comma or mark with no thing of its own counted ("..., how
 * many", "nk has like 50 nukes right? how many do they actually have") (group 1: the statement).
 */
const COUNT_AFTER_STATEMENT = /^(.+?)[,.?!]\s*(?:(?:so|ok|okay|and|but)\s+)?how many(?:\s+(?:do|does|did|are|is|were|was|have|has|had|they|it|there|exactly|really|in total|total|now|right now|then))*\s*\??$/;
/** "nuke tests count", "nk nuclear warhead count" (its last three words), "xi kim meetings #" (number): the things counted, typed before "count" or "number" (group 2, as `COUNT_ASKED` gives them). */
const COUNT_LAST = /^()(?:.*\s)?((?:[\w'’-]+ ){1,3})(?:count|number)\??$/;
/** "how many ...", "how much ...", "number of ..." (group 1: the word before; group 2: the words after). */
const COUNT_ASKED = /(?:\b([\w'’-]+) )?\b(?:how (?:many|much)|number of)(?: (?:of )?(?:the |their |its )?([\w'’ -]+))?/g;

/** A manner typed before what is counted: "face to face", "one on one", "back to back". */
const MANNER_OF_MEETING = /^\s*([a-z]+)[ -](?:to|on)[ -]\1\b/;

/** The words a count question's match names as counted: those after it up to its plural noun, else the one before it. */
function countedWords(m: RegExpMatchArray, many: boolean): string[] {
  const words: string[] = [];
  // ("how many face to face meetings": a manner of meeting, not what is counted.)
  for (const w of (m[2] ?? "").replace(MANNER_OF_MEETING, " ").split(/\s+/).filter(Boolean)) {
    if (NOT_COUNTED.test(w) || words.length === 3) break;
    words.push(w.replace(/['’]s$/, ""));
    // "how many chinese tourists visit nk": what is counted ends at its plural noun, before the verb ("visit" counts no "met five times").
    if (many && PLURAL_NOUN.test(w)) break;
  }
  // "xi kim meetings how many so far": the thing counted before the question words.
  // (Not a word that ends a claim before it: "trump and kim had those summits right how many was it total".)
  if (words.length === 0 && m[1] && !TAG_BEFORE.test(m[1])) words.push(m[1].replace(/['’]s$/, ""));
  return words;
}

/**
 * The index terms of the thing a "how many"/"how much" question counts: the concepts of the
 * (at most three) words after it, up to the verb ("how many chinese troops fought" → chinese,
 * troops; "how many nukes does nk have" → nukes and the lexicon's terms for it), else the word
 * just before it ("xi kim meetings how many so far"). Undefined when no word names it ("how
 * often", "how much is the trade worth").
 */
export function countedTerms(plan: QueryPlan): Set<string> | undefined {
  const question = plan.normalised.toLowerCase();
  // ("number of china missile silos": the number of things typed as a noun.)
  const asked: RegExpMatchArray[] = [...question.matchAll(COUNT_ASKED)];
  // (Else "... count", "... number" last: "xi kim meetings number".)
  if (asked.length === 0) {
    const last = COUNT_LAST.exec(question);
    if (!last) return undefined;
    asked.push(last);
  }
  const many = /\bhow many\b|\bnumber of\b/.test(question);
  // The last "how many" that names what it counts: "ok how many then. how many times have the two leaders met" counts times.
  const words = asked.reverse().map((a) => countedWords(a, many)).find((w) => w.length > 0) ?? [];
  // "china sent troops in the korean war, how many": the statement's first plural noun, which the question after its comma counts.
  const stated = words.length === 0 ? COUNT_AFTER_STATEMENT.exec(question)?.[1] : undefined;
  const plural = stated?.split(/\s+/).find((w) => PLURAL_NOUN.test(w) && !NOT_COUNTED.test(w));
  if (plural) words.push(plural);
  // A name is whose things are counted ("how much of north korea's trade"), not what.
  const concepts = plan.concepts.filter((c) => words.some((w) => c.surface.toLowerCase().split(/\s+/).includes(w)) && ![...c.terms.keys()].every((t) => isEntityTerm(t)));
  if (concepts.length === 0) return undefined;
  return new Set(concepts.flatMap((c) => [...c.terms.keys()]));
}

/**
 * Whether a quantity word stands at most three words before a word of `counted` ("several rounds",
 * "most of the trade"), or how often follows it within four ("met with Kim three times", "visited
 * twice"): an event is counted after its verb.
 */
function quantifies(text: string, counted: ReadonlySet<string>, analyzer: Analyzer, quantity: RegExp): boolean {
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}.,'’-]*/gu) ?? []).map((w) => w.replace(/[.,]$/, ""));
  return words.some((w, i) => {
    if (!counted.has(analyzer.stemWord(w.toLowerCase()) ?? "")) return false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (quantity.test(words[k]!)) return true;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 4); k++) {
      if (/^(?:once|twice|thrice)$/i.test(words[k]!) || (/^times$/i.test(words[k]!) && quantity.test(words[k - 1]!))) return true;
    }
    return false;
  });
}
