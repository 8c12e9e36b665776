import { type Analyzer, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { lastWord, only, type Span } from "./spans.js";

/**
 * The words a sentence names or describes a thing with: what someone called it (a short quoted
 * phrase, or the name set off by commas after it), the thing asked by a noun of its own with the
 * words around that noun, and the words it is described with. Rules of `direct.ts`, kept apart
 * for their size.
 */

/** A short phrase in quotation marks: “hostile policy”, "China's doorstep". */
const QUOTED = /[“"]([^”"]{2,60})[”"]/g;
/** Most words of a quoted phrase that names something ("China's doorstep", "hostile policy"); longer ones are words said. */
const MAX_NAME_WORDS = 6;
/** Verbs that give a thing a name ("referred to the Korean Peninsula as", "called the treaty"). */
const NAMING = "referred to|referring to|described|called|dubbed|labell?ed|termed";

/**
 * "what did nk call bidens policy" → "hostile policy": the one short quoted phrase of the sentence
 * holding a word of the question, or naming what the question asks about just before it ("referred
 * to the Korean Peninsula as "China's doorstep"" for "what did wang call the korean peninsula").
 */
export function coinedFor(plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => !isEntityTerm(t))));
  const holdsAsked = (words: string) => words.split(/[^\p{L}]+/u).some((w) => asked.has(analyzer.stemWord(w.toLowerCase()) ?? ""));
  const namedBefore = (at: number) => {
    const named = CALLED_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[1]?.toLowerCase();
    // By the question's word or name as typed ("korean peninsula" is a name of the alias file).
    return named !== undefined && (holdsAsked(named) || plan.concepts.some((c) => named.includes(c.surface.toLowerCase())));
  };
  // "which place did wang describe as china's doorstep": the name typed, the thing named just before it ("referred to the Korean Peninsula as "China's doorstep"").
  const question = plan.normalised.toLowerCase();
  if (NAMED_AS_ASKED.test(question)) {
    const things: Span[] = [];
    for (const m of text.matchAll(QUOTED)) {
      // (Apostrophes aside: "chinas doorstep" is typed for "China's doorstep".)
      if (!question.replace(/['‘’]/g, "").includes(m[1]!.replace(/[,.;:!?]+$/, "").toLowerCase().replace(/['‘’]/g, ""))) continue;
      const from = Math.max(0, m.index - 60);
      const before = CALLED_BEFORE.exec(text.slice(from, m.index));
      const thing = before?.[1]!.trimEnd().replace(/\s+as$/, "");
      if (!before || !thing || /^(?:it|them|him|her|this|that)\b/i.test(thing)) continue;
      const start = from + before.index + before[0].indexOf(before[1]!);
      things.push({ start, end: start + thing.length });
    }
    return only(things);
  }
  const quoted = [...text.matchAll(QUOTED)]
    .filter((m) => m[1]!.split(/\s+/).length <= MAX_NAME_WORDS && (holdsAsked(m[1]!) || namedBefore(m.index)))
    // Without the comma an American-style quotation closes over ("China's doorstep,").
    .map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1]!.replace(/[,.;:!?]+$/, "").length }));
  if (quoted.length) return only(quoted);
  const after = [...text.matchAll(CALLED_AFTER)];
  // "what did kim call a common treasure of both sides": the name asked the other way round, the thing it names ("the DPRK-China friendship").
  const named = after.filter((m) => question.includes(m[2]!.toLowerCase()));
  if (named.length) return only(named.map((m) => thingBefore(text, m.index, m.index + m[1]!.length)));
  // Or what the sentence calls it in commas after it: "the DPRK-China friendship, a common treasure of both sides, and ...".
  return only(after.filter((m) => holdsAsked(m[1]!)).map((m) => ({ start: m.index + m[0].length - m[2]!.length - 1, end: m.index + m[0].length - 1 })));
}

/** The noun phrase that ends at `end` with the word at `start`, from its determiner if one stands within three words before it ("the DPRK-China friendship"). */
function thingBefore(text: string, start: number, end: number): Span {
  const before = /\b(?:the|its|their|his|her) (?:[\p{L}’'-]+ ){0,2}$/u.exec(text.slice(Math.max(0, start - 60), start));
  return { start: before ? start - before[0].length : start, end };
}
/**
 * Whether a sentence could tell what something was called at all: a verb of naming, or a short
 * quoted phrase. One that has neither ("“China will continue to play a constructive role until ...
 * on the peninsula,” the Chinese spokesman said") leaves the line to a later passage.
 */
export function mayName(text: string): boolean {
  return NAMING_VERB.test(text) || [...text.matchAll(QUOTED)].some((m) => m[1]!.split(/\s+/).length <= MAX_NAME_WORDS);
}
const NAMING_VERB = new RegExp(`\\b(?:${NAMING}|calls)\\b`);

/**
 * The naming verb of `text` that gives a quoted name the question types ("referred to" of "Wang,
 * who also referred to the Korean Peninsula as "China's doorstep,"" for "which chinese official
 * called the korean peninsula chinas doorstep"), when the question asks who gave it by a verb of
 * naming; undefined otherwise ("which envoy called liu" asks a phone call).
 */
export function namingOfTypedName(question: string, text: string): string | undefined {
  if (!WHO_NAMED.test(question)) return undefined;
  const typed = question.replace(/['‘’]/g, "");
  for (const m of text.matchAll(QUOTED)) {
    if (!typed.includes(m[1]!.replace(/[,.;:!?]+$/, "").toLowerCase().replace(/['‘’]/g, ""))) continue;
    const from = Math.max(0, m.index - 60);
    const before = NAMING_THEN_THING.exec(text.slice(from, m.index));
    if (before) return before[1]!;
  }
  return undefined;
}
/** "who called ...", "which chinese official described ...": who gave something a name. */
const WHO_NAMED = new RegExp(`^(?:who|(?:which|what) (?:[a-z'’-]+ ){0,3}?[a-z]+) (?:(?:has|had|first|also) )?(?:${NAMING}|calls|call|describes|describe|dubs|labels|refers to)\\b`);
/** A naming verb and the thing it names just before a quoted name (group 1: the verb's first word). */
const NAMING_THEN_THING = new RegExp(`\\b(${NAMING.replace(/ to/g, "")})(?: to)?\\s+(?:[\\p{L}’'-]+\\s+){1,4}(?:as\\s+)?$`, "u");

/** A word, then what the sentence calls it set off by commas: "friendship, a common treasure of both sides," (the thing, then the name). */
const CALLED_AFTER = /\b([\p{L}-]+), ((?:a|an) [\p{L}’'-]+(?: [\p{L}’'-]+){0,5}),/gu;
/** A name typed and the thing it was given asked: "which place did wang describe as china's doorstep", "what did he refer to as the hostile policy". */
const NAMED_AS_ASKED = /\b(?:describe|described|refer to|referred to|call|called|label|labelled|labeled|dub|dubbed) as\b/;
/** The thing named just before a quoted name for it: "referred to the Korean Peninsula as ", "called the treaty ". */
const CALLED_BEFORE = new RegExp(`\\b(?:${NAMING})\\s+((?:[\\p{L}’'-]+\\s+){1,4})(?:as\\s+)?$`, "u");

/** Words that end a noun's modifiers: determiners, pronouns, prepositions, conjunctions, auxiliaries. */
const NOT_A_MODIFIER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|each|every|all|both|no|to|of|in|on|at|by|for|with|from|into|about|against|as|and|or|but|than|is|was|were|are|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|should|said|says|say|told|which|who|whom|whose|what|when|where|while|also|not|very|more|most|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d+)$/i;
/** Adjectives that may follow "to" ("to new levels"), by themselves or by their ending. */
const ADJECTIVE = /^(?:new|old|full|further|higher|greater|closer|stronger|deeper|better|high|great|good|big)$|(?:al|ic|ive|ous|ful|less|ary|ible|able|ese|ian)$/i;
/** A word, with whatever quote or space sits between it and the next. */
const WORD_BEFORE = /([\p{L}\p{N}’'-]+)\s+$/u;

/**
 * The phrase a sentence names the thing asked by its noun with (see `focusNoun`): the noun with
 * the modifiers before it ("Japanese colonisers", "the country's missile tests" → missile tests)
 * and what follows "of" ("the sacred journey of building socialism and communism"), up to a
 * quotation mark or a stop; only when it tells more than the question does, and only one.
 */
export function focusPhrase(noun: string, text: string, askedWords: string, analyzer: Analyzer): Span | undefined {
  const found: Span[] = [];
  let names: ReturnType<Analyzer["entities"]> | undefined;
  for (const m of wordsOfStem(noun, text, analyzer)) {
    // "What Trump did about the sanctions": a name is no thing asked by its noun.
    names ??= analyzer.entities(text);
    if (names.some((e) => e.start <= m.index && m.index < e.end)) continue;
    let start = m.index;
    let modifiers = 0;
    for (let before = WORD_BEFORE.exec(text.slice(0, start)); before && modifiers < 3; before = WORD_BEFORE.exec(text.slice(0, start))) {
      const word = before[1]!;
      const at = start - before[0].length;
      // "the country’s missile tests": whose they are is no modifier.
      // "to fight Japanese colonisers": nor is a verb after "to" (but "to new levels").
      if (NOT_A_MODIFIER.test(word) || /['’]s?$/.test(word) || (/\bto\s+$/i.test(text.slice(0, at)) && !ADJECTIVE.test(word))) break;
      start = at;
      modifiers++;
    }
    let end = m.index + m.word.length;
    // Up to a stop, a quotation mark or a new clause ("... of leaders of the two countries and a major event").
    const of = /^ of [^,.;:"“”()]+?(?=\s*(?:[,.;:"“”()]|$|\s(?:and|or|but) (?:a|an|the|its|their|his|her)\b|\s(?:to|in|on|at|for|with|by|from|that|which|who|as|is|was|were|are)\b))/.exec(text.slice(end));
    if (of) end += of[0].length;
    // More than the noun itself ("neighboring" is no answer to "which neighbor"), and more than the question says.
    const told = (text.slice(start, m.index) + text.slice(m.index + m.word.length, end)).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (told.some((w) => !askedWords.includes(` ${w} `) && !NOT_A_MODIFIER.test(w))) found.push({ start, end });
  }
  return only(found);
}

/**
 * The words a sentence describes a thing with, by its noun (the last word of `thing`): a quotation
 * just before it ("their “enduring and unbreakable” friendship"), after "was a" ("the treaty was a
 * "strategic decision made with foresight by ...": up to "by"), or a participle after it ("the
 * DPRK-China friendship forged with blood on a solid legal basis": up to "on"); only one.
 */
export function describingWords(thing: string, text: string, analyzer: Analyzer): Span | undefined {
  const found: Span[] = [];
  for (const m of wordsOfStem(lastWord(thing), text, analyzer)) {
    // "a similar “hostile policy”": the noun closes a quoted phrase, which is the words it was described with.
    // (A name of a few words, not a quoted act: "“ceaselessly develop the friendly and cooperative relations”".)
    const quotedWith = /[“"]((?:[\p{L}-]+ ){1,2})$/u.exec(text.slice(0, m.index));
    if (quotedWith && /^[”"]/u.test(text.slice(m.index + m.word.length)) && !/\b(?:the|a|an|and|of|to)\b/i.test(quotedWith[1]!)) {
      found.push({ start: m.index - quotedWith[1]!.length, end: m.index + m.word.length });
      continue;
    }
    const before = /[“"]([^”"]{2,60})[”"]\s+$/u.exec(text.slice(0, m.index));
    const after = text.slice(m.index + m.word.length);
    const predicate = /^,? (?:was|is|were|are|as) (?:a |an |the )?[“"]([^”",.;]{2,80}?)(?=[”",.;]| by\b| of the\b)/u.exec(after);
    const participle = /^ ((?:[a-z]+ed|[a-z]+en) (?:with|in|by) [\p{L} -]{2,40}?)(?=[,.;”"]| (?:on|at|to|for|and)\b)/u.exec(after);
    if (before) found.push({ start: m.index - before[0].length + 1, end: m.index - before[0].length + 1 + before[1]!.length });
    else if (predicate) {
      const start = m.index + m.word.length + predicate[0].length - predicate[1]!.length;
      found.push({ start, end: start + predicate[1]!.length });
    } else if (participle) {
      const start = m.index + m.word.length + 1;
      found.push({ start, end: start + participle[1]!.length });
    }
  }
  return only(found);
}

/** The words of `text` with the stem of `word` ("colonisers" for "coloniser"), with where they stand. */
function wordsOfStem(word: string, text: string, analyzer: Analyzer): { word: string; index: number }[] {
  const stem = analyzer.stemWord(word);
  return [...text.matchAll(/[\p{L}-]+/gu)].flatMap((m) => (analyzer.stemWord(m[0]) === stem ? [{ word: m[0], index: m.index }] : []));
}
