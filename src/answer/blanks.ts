import type { Span } from "./spans.js";

/**
 * Blanks: "kim called the friendship a what", "xi said he'd take cooperation to a new what". The
 * question repeats the sentence's words up to the one it asks for; the answer is what follows
 * them in the sentence (see `blankOf`). A rule of `direct.ts`, kept apart for its size.
 */

/** A verb's -ing form ("pursuing"): a doing, which takes its object with it. */
const GERUND = /^\p{L}{3,}ing$/u;

/** A group of people named by what they are: "the older generation", "a delegation". */
const GROUP = /\b(?:generation|delegation|group|team|members?|leadership|committee)$/i;
/** Who a group is of, after it: " of leaders of the two countries" (two "of"s at most, a few words each). */
const GROUP_OF = /^ of (?:the )?\p{Ll}+(?: (?!(?:of|and|or)\b)\p{Ll}+)?(?: of (?:the )?\p{Ll}+(?: (?!(?:of|and|or)\b)\p{Ll}+){0,2})?(?=[\s,.;:!?"”]|$)/u;

/**
 * "kim called the friendship a what": the longest run of the question's last words before the
 * blank (one of them a content word) found once in the sentence, punctuation aside ("friendship,
 * a"), and the words that follow it there up to the next small word ("common treasure" of both
 * sides). A content word right before the blank stays with the answer ("common what" → "common
 * treasure"; but "lead “nowhere"” gives "nowhere"). A run found twice, or none, gives no answer.
 */
export function blankOf(question: string, text: string): Span | undefined {
  const asked = withoutTrailingFiller(question);
  const inside = ENDS_IN_QUESTION_WORD.test(asked.slice(-7)) ? undefined : MID_BLANK.exec(asked);
  // Only a question ending in its question word, or with one inside it (see MID_BLANK), has a blank: most have neither.
  if (!inside && !ENDS_IN_QUESTION_WORD.test(asked.slice(-7))) return undefined;
  const before = plainWords(inside ? inside[1]! : beforeTrailingBlank(asked));
  const whereAsked = !inside && / where\??$/.test(asked);
  // "kim il sung led who": a person, whom no word before the blank describes (not "led Korean guerrillas").
  const personAsked = !inside && / whom?\??$/.test(asked);
  // "campbell expects what": the object of a verb.
  const possessiveBefore = /['’]s\s+(?:what|who|whom|where)\??$/.test(asked);
  const objectOfVerb = !inside && !possessiveBefore && verbBefore(before);
  const words = sentenceWords(text);
  // "kim jong un's grandpa did what in the 1930s": an act asked, which no noun phrase fills ("led Korean guerrillas ...").
  if (inside && DOING.test(before.at(-1) ?? "")) return undefined;
  if (inside) return midBlank(before, plainWords(inside[2]!), words, text);
  // "the fixed stand of his govt to do what", "let pyongyang cut its nukes while doing wat": the act, when the sentence
  // quotes it right after the words before "do" ("... of his government to “ceaselessly develop the friendly and
  // cooperative relations”", "while “gaining concessions”").
  if (/^(?:do|doing)$/.test(before.at(-1) ?? "") && /^(?:to|while|by|after|before|without)$/.test(before.at(-2) ?? "")) {
    const act = placeBlank(before.slice(0, -1), words, (after) => quotationAt(words, text, after, QUOTED_ACT));
    return act === NOT_PLACED ? undefined : act;
  }
  // The words after position `after` up to three, ending at a small word or at punctuation ("grandfather, led ..." → "grandfather").
  const phraseAfter = (after: number, withWordBefore: boolean): Span | undefined => {
    // "china missile silos where": the place with its preposition ("in the desert").
    // (Not a time: "signed where?" is not answered "in 1961".)
    if (whereAsked && words[after] && LOCATIVE.test(words[after]!.word) && /^\p{N}/u.test(words[after + 1]?.word ?? "")) return undefined;
    if (whereAsked && words[after] && LOCATIVE.test(words[after]!.word) && words[after + 1]) {
      const place = phraseAfter(after + 1, false);
      return place && { start: words[after]!.start, end: place.end };
    }
    // An article opens the phrase, and the words after it are the answer: to “a new stage”.
    const opening = words[after] && (ARTICLE.test(words[after]!.word) || POSSESSIVE.test(words[after]!.word)) && words[after + 1] && !SMALL_WORD.test(words[after + 1]!.word) ? 1 : 0;
    // A quoted phrase is the answer whole: ready for “both dialogue and confrontation”, the road to the “new starting point”.
    for (const at of opening ? [after, after + 1] : [after]) {
      const quoted = quotationAt(words, text, at, QUOTED);
      if (quoted) return quoted;
    }
    // "the treaty's purpose is what": an aim is told by an infinitive after the copula ("is to defend socialism and peace in Asia").
    if (words[after]?.word === "to" && COPULA.test(words[after - 1]?.word ?? "") && words[after + 1] && !SMALL_WORD.test(words[after + 1]!.word)) {
      const act = phraseAfter(after + 1, false);
      return act && { start: words[after]!.start, end: act.end };
    }
    // "campbell who": "Campbell also said ..." has no noun phrase after the name.
    if (words[after] && CLAUSE_WORD.test(words[after]!.word)) return undefined;
    let last = after + opening;
    const phraseGoesOn = (i: number) => i === after || text.slice(words[i - 1]!.end, words[i]!.start) === " ";
    while (last < words.length && last - after - opening < 3 && !SMALL_WORD.test(words[last]!.word) && !PHRASE_END.test(words[last]!.word) && !CLAUSE_WORD.test(words[last]!.word) && phraseGoesOn(last)) last++;
    if (last === after + opening) return undefined;
    // "campbell expects what": "the two leaders will meet" is a clause, whose subject alone is no answer.
    if (objectOfVerb && words[last] && phraseGoesOn(last) && CLAUSE_VERB_AFTER.test(words[last]!.word)) return undefined;
    // "a similar “hostile policy”": the noun phrase goes on into the quoted words after it.
    const quotedNoun = last > after + opening && words[last] && /^ [“"]$/.test(text.slice(words[last - 1]!.end, words[last]!.start)) ? /^ [“"][^”"]{1,40}[”"]/.exec(text.slice(words[last - 1]!.end)) : null;
    if (quotedNoun && opening) return { start: words[after]!.start, end: words[last - 1]!.end + quotedNoun[0].length };
    // "blasted biden for what": a doing and what it is done to ("pursuing a similar “hostile policy”"), not the verb alone.
    if (last === after + 1 && !opening && GERUND.test(words[after]!.word) && words[last] && (ARTICLE.test(words[last]!.word) || POSSESSIVE.test(words[last]!.word))) {
      const object = phraseAfter(last, false);
      // (With the quoted words the noun phrase goes on in: "a similar “hostile policy”".)
      const quotedRest = object && /^\s*[“"][^”"]{1,40}[”"]/.exec(text.slice(object.end));
      if (object) return { start: words[after]!.start, end: object.end + (quotedRest ? quotedRest[0].length : 0) };
    }
    // "kim announced what": "an end to a moratorium", not "an end" (an end is of something).
    if (words[last - 1]?.word === "end" && words[last]?.word === "to" && words[last + 1] && phraseGoesOn(last) && phraseGoesOn(last + 1)) {
      const ended = phraseAfter(last + 1, false);
      if (ended) return { start: words[after]!.start, end: ended.end };
    }
    // "accounts for what": "most of the trade", not "most" (a share is of something).
    if (last === after + opening + 1 && QUANTIFIER.test(words[after + opening]!.word) && words[last]?.word === "of") {
      let end = last + 1;
      if (words[end] && ARTICLE.test(words[end]!.word)) end++;
      if (words[end] && !SMALL_WORD.test(words[end]!.word)) last = end + 1;
    }
    const joined = text.slice(words[after - 1]!.end, words[after]?.start) === " ";
    // "a common what" → "common treasure"; but "at chinas what" → "doorstep", not "China's doorstep".
    const possessive = /['’]s$/.test(text.slice(words[after - 1]!.start, words[after - 1]!.end));
    const first = withWordBefore && joined && !possessive ? words[after - 1]! : words[after]!;
    const capital = (i: number) => !!words[i] && /^\p{Lu}/u.test(text.slice(words[i]!.start)) && phraseGoesOn(i);
    // "the visit of President Xi Jinping", "the signing of the Treaty on ...": a thing of someone or something named goes on
    // to the name (the line then takes in the whole of a name the alias file knows).
    const the = words[last + 1]?.word === "the" && phraseGoesOn(last + 1) ? 1 : 0;
    if (words[last]?.word === "of" && phraseGoesOn(last) && capital(last + 1 + the)) {
      let name = last + 1 + the;
      while (name < last + 5 && capital(name)) name++;
      last = name;
    }
    // Two things joined make one answer: "socialism and peace in Asia" (with the place they are in), "China and North
    // Korea" (a name of several words), "diplomacy as well as stern deterrence" ("as well as" is one word, "and": see
    // `sentenceWords`). Not when the second goes on past a noun phrase's few words: "... and party leaderships reached by
    // ..." is cut short, so it is left out.
    const from = last + 1;
    if (words[last]?.word === "and" && words[from] && !SMALL_WORD.test(words[from]!.word) && phraseGoesOn(last) && phraseGoesOn(from)) {
      const inPhrase = (i: number) => !!words[i] && !SMALL_WORD.test(words[i]!.word) && !PHRASE_END.test(words[i]!.word) && !CLAUSE_WORD.test(words[i]!.word) && phraseGoesOn(i);
      let end = from;
      if (capital(from)) while (end < from + 3 && capital(end)) end++;
      else while (end < from + 2 && inPhrase(end)) end++;
      const endsAfter = !words[end] || !phraseGoesOn(end) || SMALL_WORD.test(words[end]!.word) || PHRASE_END.test(words[end]!.word);
      if (end > from && endsAfter) {
        last = end;
        if (words[last]?.word === "in" && capital(last + 1)) last += 2;
      }
    }
    return { start: first.start, end: words[last - 1]!.end };
  };
  const afterWords = (after: number, withWordBefore: boolean) => {
    const span = phraseAfter(after, withWordBefore && !personAsked);
    if (!span || !personAsked) return span;
    // Whom: "xi met who" is not answered "five times"; nor "sanctions who" by a verb ("... sanctions imposed over it").
    if (COUNTED.test(text.slice(span.start, span.end)) || /^\p{Ll}\p{L}*(?:ed|ing)$/u.test(text.slice(span.start, span.end).split(" ")[0]!)) return undefined;
    // "made with foresight by who": "the older generation of leaders of the two countries", a group of people and of whom.
    const ofWhom = GROUP_OF.exec(text.slice(span.end));
    if (ofWhom && GROUP.test(text.slice(span.start, span.end))) return { start: span.start, end: span.end + ofWhom[0].length };
    // "nk blasted who": "Trump’s successor, Joe Biden", the name in apposition with it.
    const named = APPOSED_NAME.exec(text.slice(span.end));
    return named ? { start: span.start, end: span.end + named[0].length } : span;
  };
  // The question's words as the sentence has them; else (not for a place or a person) in another form of the verb.
  const exact = placeBlank(before, words, afterWords, objectOfVerb);
  const placed = exact === NOT_PLACED && !whereAsked && !personAsked ? placeBlank(before, words, afterWords, objectOfVerb, sameForm) : exact;
  if (placed !== NOT_PLACED) return placed;
  // "negotiations would lead to what": the sentence may quote it without the preposition ("would lead “nowhere.”"),
  // only a quotation right after the question's words (not "to nk about what" → "North Korea indicated").
  const bare = before.at(-1) && PREPOSITION.test(before.at(-1)!) ? before.slice(0, -1) : undefined;
  if (bare && bare.length && !SMALL_WORD.test(bare.at(-1)!)) {
    const again = placeBlank(bare, words, phraseAfter);
    if (again && again !== NOT_PLACED && OPENING_QUOTE.test(text.slice(0, again.start))) return again;
    // "what did pyongyang accuse biden of": or with another preposition after the same words, found once ("Joe Biden, for pursuing ...").
    const other = words.flatMap((w, i) => (PREPOSITION.test(w.word) && i > 0 && words[i - 1]!.word === bare.at(-1) ? [i + 1] : []));
    if (other.length === 1) return phraseAfter(other[0]!, false);
  }
  return undefined;
}

/**
 * How many of the question's last words before a trailing blank the sentence repeats in a row
 * (at most 4, not only small words; 0 when none or no trailing blank): "is at china's what" has 3
 * in "... is at China's doorstep", 1 in "China's position ...". Of two sentences a passage shows,
 * the one with more placed the blank where the question puts it.
 */
export function blankRun(question: string, text: string): number {
  const asked = withoutTrailingFiller(question);
  if (!ENDS_IN_QUESTION_WORD.test(asked.slice(-7))) return 0;
  const before = plainWords(beforeTrailingBlank(asked));
  const words = sentenceWords(text);
  for (let n = Math.min(4, before.length); n >= 1; n--) {
    const tail = before.slice(-n);
    if (tail.every((w) => SMALL_WORD.test(w))) continue;
    for (let i = 0; i + n <= words.length; i++) if (tail.every((w, k) => words[i + k]!.word === w)) return n;
  }
  return 0;
}

/** A question's words, apostrophes and marks aside: members type "chinas" and "jong uns" for "China's" and "Jong Un’s". */
const plainWords = (part: string) => part.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, "")).filter(Boolean);
/** The question before its trailing question word ("kim called the friendship a what" → "kim called the friendship a"). */
const beforeTrailingBlank = (asked: string) => asked.replace(/\s*(?:what|where|who|whom)\??$/, "");
/** A sentence's words (lower case, apostrophes dropped), where they stand. */
const sentenceWords = (text: string) => asWellAsAnd([...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/['’]/g, ""), start: m.index, end: m.index + m[0].length })));
/** "as well as" is one word, "and", as a question puts it ("diplomacy and what" → "diplomacy as well as stern deterrence"). */
function asWellAsAnd(words: { word: string; start: number; end: number }[]): { word: string; start: number; end: number }[] {
  for (let i = words.length - 3; i >= 0; i--) {
    if (words[i]!.word === "as" && words[i + 1]!.word === "well" && words[i + 2]!.word === "as") words.splice(i, 3, { word: "and", start: words[i]!.start, end: words[i + 2]!.end });
  }
  return words;
}

/** No run of the question's last words places the blank (as against one found twice, which places nothing either). */
const NOT_PLACED = Symbol("not placed");
/** A preposition a sentence may leave out before its object. */
const PREPOSITION = /^(?:to|for|of|in|on|at|with|about|into)$/;

/** The blank after the longest run of the question's last words (`before`) found once in the sentence; NOT_PLACED when no run is found. */
function placeBlank(before: string[], words: { word: string }[], phraseAfter: (after: number, withWordBefore: boolean) => Span | undefined, afterVerb?: boolean, same: (asked: string, word: string) => boolean = (a, w) => a === w): Span | undefined | typeof NOT_PLACED {
  for (let n = Math.min(4, before.length); n >= 1; n--) {
    const tail = before.slice(-n);
    if (tail.every((w) => SMALL_WORD.test(w))) return looseBlank(before, tail, words, phraseAfter) ?? NOT_PLACED;
    const found: number[] = [];
    for (let i = 0; i + n <= words.length; i++) if (tail.every((w, k) => same(w, words[i + k]!.word))) found.push(i + n);
    if (found.length > 1) return undefined;
    if (found.length === 0) continue;
    return phraseAfter(found[0]!, !SMALL_WORD.test(tail.at(-1)!) && !PHRASE_END.test(tail.at(-1)!) && !((afterVerb ?? verbBefore(before)) || verbInSentence(words, found[0]! - 1)));
  }
  return NOT_PLACED;
}

/**
 * The question's word in another form of the verb ("the treaty is for defending what" → "to defend
 * socialism ...", "defends" → "defend"): words of five letters or more, their -ing, -ed or -s (and a
 * final e) aside.
 */
function sameForm(asked: string, word: string): boolean {
  if (asked === word) return true;
  const base = (w: string) => w.replace(/(?:ing|ed|es|s)$/, "").replace(/e$/, "");
  return asked.length >= 5 && word.length >= 4 && base(asked) === base(word);
}

/** The sentence's word at `i` is a verb by what stands before it: "to", or a modal, perhaps with an adverb ("will earnestly implement"). */
function verbInSentence(words: readonly { word: string }[], i: number): boolean {
  const before = words[i - 1]?.word ?? "";
  if (VERB_MARKER.test(before)) return true;
  return /ly$/.test(before) && VERB_MARKER.test(words[i - 2]?.word ?? "");
}
const VERB_MARKER = /^(?:to|will|would|shall|should|can|could|may|might|must)$/;

/**
 * A blank inside the question ("kurt campbell is the what coordinator", "kim said the relations
 * have what at their core", "nk said biden has a similar what policy"): the answer stands before
 * the first words after the blank, found once in the sentence ("... Indo-Pacific Coordinator",
 * "socialism as its core": a small word the sentence has in place of the question's, "at", aside).
 * It starts right after the words before the blank when the sentence has them ("a similar
 * “hostile policy”"), else it is the few words before those after it, up to a small word. A noun
 * right after the blank is part of the answer ("Indo-Pacific Coordinator", "hostile policy").
 */
function midBlank(before: string[], after: string[], words: readonly { word: string; start: number; end: number }[], text: string): Span | undefined {
  const found = (run: readonly string[]) => {
    const at: number[] = [];
    for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k]!.word === w)) at.push(i);
    return at;
  };
  // The words after the blank, as many as the sentence has in a row (a content word among them), found once.
  let right: number | undefined;
  let skipped = 0;
  search: for (skipped = 0; skipped <= 1 && skipped < after.length; skipped++) {
    if (skipped === 1 && !SMALL_WORD.test(after[0]!)) break;
    for (let n = Math.min(3, after.length - skipped); n >= 1; n--) {
      const run = after.slice(skipped, skipped + n);
      if (run.every((w) => SMALL_WORD.test(w))) continue;
      const at = found(run);
      if (at.length > 1) return undefined;
      if (at.length === 1) {
        right = at[0]!;
        break search;
      }
    }
  }
  if (right === undefined) return undefined;
  const nounAfter = skipped === 0 && !SMALL_WORD.test(after[0]!);
  const end = nounAfter ? words[right]!.end : words[right - 1]?.end;
  // The words before the blank, when the sentence has them (a content word among them) just before.
  for (let n = Math.min(4, before.length); n >= 1; n--) {
    const run = before.slice(-n);
    if (run.every((w) => SMALL_WORD.test(w))) continue;
    const left = found(run).map((i) => i + n).filter((i) => i < right! && right! - i <= MID_BLANK_WORDS);
    // Not a verb ("plans what for the people" → "to make"): a blank asks for a thing.
    if (left.length === 1) return words[left[0]!]!.word === "to" ? undefined : { start: words[left[0]!]!.start, end: end! };
  }
  // A blank joined by "and" is placed only by the words it is joined to ("trust and ___ friendship"):
  // "kim and ___ met" is not "the two leaders have since met".
  if (/^(?:and|or)$/.test(before.at(-1) ?? "")) return undefined;
  // A noun right after the blank needs a word of the answer right before it ("the coordinator" fills no blank).
  if (nounAfter && (right === 0 || SMALL_WORD.test(words[right - 1]!.word))) return undefined;
  // Else the few words before those after the blank, up to a small word or a comma: before a noun
  // ("... Indo-Pacific Coordinator"), or before the small word the sentence has in place of the
  // question's ("socialism as its core" for "at its core"); not "to make the people" for "plans what for the people".
  if (!nounAfter && !(skipped === 1 && right > 0 && SMALL_WORD.test(words[right - 1]!.word))) return undefined;
  const joined = (i: number) => text.slice(words[i - 1]!.end, words[i]!.start) === " ";
  let first = right;
  while (first > 0 && SMALL_WORD.test(words[first - 1]!.word)) first--;
  const last = first;
  while (first > 0 && last - first < MID_BLANK_WORDS - 1 && !SMALL_WORD.test(words[first - 1]!.word) && !CLAUSE_WORD.test(words[first - 1]!.word) && (first === last || joined(first))) first--;
  if (first === last) return nounAfter ? { start: words[right]!.start, end: end! } : undefined;
  return { start: words[first]!.start, end: nounAfter ? end! : words[last - 1]!.end };
}

/**
 * The question's word before its blank is a verb, whose object is asked ("to defend what", "is
 * defending what" → "socialism and peace in Asia", not "defend socialism"; "us imposed what" →
 * "several rounds"): after "to", or in a verb's form (-ing, -ed, -s) with no determiner before it;
 * as against a word of the answer's noun phrase ("a common what" → "common treasure").
 */
function verbBefore(before: readonly string[]): boolean {
  const word = before.at(-1) ?? "";
  const previous = before.at(-2) ?? "";
  if (previous === "to" || COMMON_VERB.test(word) || CLAUSE_VERB_AFTER.test(word)) return true;
  return !DETERMINER.test(previous) && /^\p{L}{3,}(?:ing|ed|s)$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|these|those|some|any|one|another|such)$/;
/** Everyday verbs in their plain form ("friendship get what"), which no noun phrase begins with. */
const COMMON_VERB = /^(?:get|make|take|give|keep|become|remain|stay|bring|build|see|want|need|seek|hold|reach|defend|protect|support|oppose|pursue|impose|offer|send|receive|sign|renew|call|say|tell)$/;

/** A verb of doing before a blank: what is asked is an act. */
const DOING = /^(?:did|does|do|doing|done)$/;

/** Words that open or join a clause, never part of a blank's noun phrase. */
const CLAUSE_WORD = /^(?:which|who|whom|whose|what|has|have|had|will|would|can|could|did|does|do|not|also|said|says)$/;

/** Most words a blank inside a question stands for. */
const MID_BLANK_WORDS = 4;

/**
 * A question word inside a statement: the words before it and after it. "kurt campbell is the
 * what coordinator", "kim said the relations have what at their core". (See `factKind`, which
 * decides when a question is such a blank.)
 */
const MID_BLANK = /^(.+?) (?:what|wat)['’"”]? (.+?)\??$/;

/**
 * "xi wants to take cooperation to a what": no run of the question's last words is in the
 * sentence ("cooperation between the two countries to a new stage"), so the blank is after the
 * question's closing small words ("to a") standing a few words after its last content word
 * ("cooperation"), when that happens once.
 */
function looseBlank(before: string[], smalls: string[], words: { word: string }[], phraseAfter: (after: number, withWordBefore: boolean) => Span | undefined): Span | undefined {
  // One small word ("friendship a what") is too common to place the blank this loosely; but a
  // copula a word or two after the last content word may ("china's position on the peninsula is
  // what" → "... on the Korean Peninsula issue is always clear").
  const anchor = before[before.length - smalls.length - 1];
  const copula = smalls.length === 1 && COPULA.test(smalls[0]!);
  if ((smalls.length < 2 && !copula) || !anchor || SMALL_WORD.test(anchor)) return undefined;
  const gap = copula ? COPULA_GAP : LOOSE_BLANK_GAP;
  const found = new Set<number>();
  words.forEach((w, i) => {
    if (w.word !== anchor) return;
    for (let j = i + 1; j <= i + gap && j + smalls.length <= words.length; j++) {
      if (smalls.every((s, k) => words[j + k]!.word === s)) found.add(j + smalls.length);
    }
  });
  return found.size === 1 ? phraseAfter([...found][0]!, false) : undefined;
}

/** How many words may stand between the question's last content word and its closing small words in the sentence. */
const LOOSE_BLANK_GAP = 8;
/** A copula closing the question's words, and how near its last content word it must stand in the sentence. */
const COPULA = /^(?:is|are|was|were)$/;
const COPULA_GAP = 2;

/** An opening quotation mark just before a word, and a short quotation from that word to its closing mark. */
const OPENING_QUOTE = /[“"]$/;
const QUOTED = /^((?:[\p{L}\p{N}'’-]+[ ,]+){0,5}[\p{L}\p{N}'’-]+)[.,!?]?[”"]/u;
/** A quoted act, which runs longer than a quoted name: “ceaselessly develop the friendly and cooperative relations”. */
const QUOTED_ACT = /^((?:[\p{L}\p{N}'’-]+[ ,]+){0,9}[\p{L}\p{N}'’-]+)[.,!?]?[”"]/u;

/** The quotation (as `pattern` bounds it) that opens at word `at` of `text`, right after its opening mark. */
function quotationAt(words: readonly { start: number }[], text: string, at: number, pattern: RegExp): Span | undefined {
  const word = words[at];
  const quoted = word && OPENING_QUOTE.test(text.slice(0, word.start)) ? pattern.exec(text.slice(word.start)) : null;
  return quoted ? { start: word!.start, end: word!.start + quoted[1]!.length } : undefined;
}

/** Words that end an answer's noun phrase, and that alone cannot place a blank. */
const SMALL_WORD = /^(?:a|an|the|of|to|in|on|at|by|for|from|with|about|into|towards?|against|and|or|but|between|as|is|are|was|were|be|that|this|its|their|his|her|it|he|she|they|said|says)$/;
/** Prepositions that end a noun phrase too, though a blank may follow them ("after what"): "Korean guerrillas alongside ...". */
const PHRASE_END = /^(?:alongside|during|after|before|since|until|among|amid|through|across|despite|via|over|under|within|without|beyond|upon|behind|toward|towards|onto|like)$/;
const ARTICLE = /^(?:a|an|the)$/;
/** A possessive determiner, which opens a noun phrase as an article does ("developing its economy"). */
const POSSESSIVE = /^(?:its|their|his|her|our)$/;
/** A verb after a noun phrase, which makes it a clause's subject. */
const CLAUSE_VERB_AFTER = /^(?:will|would|can|could|should|must|may|might|has|have|had|did|does|is|are|was|were)$/;
/** A name set off by commas right after a phrase: ", Joe Biden," (two to four capitalised words). */
const APPOSED_NAME = /^, (?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*){1,3}(?=,)/u;
/** A number of times or things, which no "who" is. */
const COUNTED = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|several|many)\b/i;
/** A share, which the words "of the ..." after it complete. */
const QUANTIFIER = /^(?:most|much|all|some|any|each|part|half|majority|bulk|share|rest|many|none)$/;
/** Where something is: "in the desert", "near the border". */
const LOCATIVE = /^(?:in|at|near|inside|outside|along|across|beside|under)$/;
const ENDS_IN_QUESTION_WORD = / (?:what|where|who|whom)\??$/;

/**
 * "dialogue and what else", "accused biden of what exactly", "forged with what??", "pave the road
 * to what, the ambassador said?": the question word is the end of the question all the same.
 */
export function withoutTrailingFiller(question: string): string {
  return question
    .replace(/\s*[?!.]*\?[?!.]*$/, "?")
    .replace(SAID_AFTER, "$1")
    .replace(/ (?:else|exactly|again|then|tho|though|now)(\??)$/, "$1");
}

/** Who said it, told after the question: "..., the ambassador say?", "..., the minister said?". */
const SAID_AFTER = /(?<= (?:what|wat|where|who|whom)),\s*(?:the |that |this )?(?:[a-z'’-]+ ){0,3}(?:said|say|says)(\??)$/;

/**
 * "what did kju tell his country to be ready for", "what did they express solidarity for": a
 * question about what follows a preposition, asked with "what" first; read as the blank it is
 * ("kju tell his country to be ready for what").
 */
const WHAT_THEN_PREPOSITION = /^(?:what|wat) (?:did|does|do|will|would|has|have|had) ((?:[\w'’-]+ ){2,}(?:for|of|to|about|with|into|in|on|at|towards?|against|from|by|as))\??$/;

/** The question as a blank, when it asks "what" of a preposition's object (see `WHAT_THEN_PREPOSITION`); else as typed. */
export function asBlank(question: string): string {
  const m = WHAT_THEN_PREPOSITION.exec(question);
  return m ? `${m[1]} what` : question;
}

/**
 * "wang spoke at what, a press thing?", "biden said diplomacy plus what? deterrence of some kind?":
 * a blank the question's words do not place, with a guess after it that shares a word with the
 * answer. The answer is the phrase around that word in the sentence ("a regular press briefing",
 * "stern deterrence"): the words before it up to a small word or punctuation, and lower-case
 * words after it. Only one guessed word found once: two, or one found twice, give no answer.
 */
export function guessedPhrase(guess: string, question: string, text: string): Span | undefined {
  // ", the minister said?": who said it, not a guess.
  if (/\b(?:said|say|says)\W*$/.test(guess)) return undefined;
  const asked = new Set(question.toLowerCase().slice(0, question.length - guess.length).match(/\p{L}+/gu) ?? []);
  const guessed = (guess.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !SMALL_WORD.test(w) && !VAGUE_GUESS.test(w) && !asked.has(w));
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const at = words.flatMap((w, i) => (guessed.includes(w.word) ? [i] : []));
  if (at.length !== 1) return undefined;
  const joined = (i: number) => text.slice(words[i - 1]!.end, words[i]!.start) === " ";
  let first = at[0]!;
  while (first > 0 && at[0]! - first < 2 && joined(first) && !SMALL_WORD.test(words[first - 1]!.word) && !CLAUSE_WORD.test(words[first - 1]!.word)) first--;
  let last = at[0]!;
  while (last + 1 < words.length && last - at[0]! < 2 && joined(last + 1) && /^\p{Ll}/u.test(text.slice(words[last + 1]!.start)) && !SMALL_WORD.test(words[last + 1]!.word) && !CLAUSE_WORD.test(words[last + 1]!.word)) last++;
  return { start: words[first]!.start, end: words[last]!.end };
}

/** Words of a guess that only hedge it: "deterrence of some kind", "a press thing", "new level or smth". */
const VAGUE_GUESS = /^(?:some|kind|sort|thing|things|stuff|smth|something|like|maybe|idk|lol|lmao|right|yeah|think|guess|was|were|not|exactly)$/;

/**
 * "kim said what gets stronger day by day", "what did kim say gets stronger", "what is at china's
 * doorstep according to wang": a blank that is the subject of a saying's clause. Group 1: the
 * clause's verb and the words after it, which the sentence repeats after the answer.
 */
const SUBJECT_BLANK_ASKED =
  /^(?:(?:[\p{L}'’-]+ ){1,4}(?:said|says|say|claimed|claims|thinks|believes) (?:that )?(?:what|wat)|(?:what|wat) (?:did|does|do) (?:[\p{L}'’-]+ ){1,4}(?:say|claim|think|believe))((?: [\p{L}'’-]+){2,})\??$|^(?:what|wat)((?: [\p{L}'’-]+){2,}) (?:according to|per) (?:[\p{L}'’-]+ ?){1,3}\??$/u;
/** The verbs of such a clause (group 1 opens with one). */
const CLAUSE_VERB = /^(?:gets?|grows?|becomes?|became|remains?|stays?|is|are|was|were|has|have|had|will|would|can|could)$/;
/** Most words such a subject has: a longer run is no noun phrase. */
const SUBJECT_WORDS = 12;

/**
 * The subject asked by such a blank (see SUBJECT_BLANK_ASKED): the noun phrase before the
 * clause's verb and the next one or two words after it, found once in the sentence ("gets
 * stronger": "“..., the comradely trust and militant friendship between the DPRK and China gets
 * stronger day by day”"), back to the start of its clause (a comma, a colon, a quotation mark,
 * "that"). A verb's ending aside: "get stronger" is "gets stronger".
 */
export function subjectBlankOf(question: string, text: string): Span | undefined {
  const m = SUBJECT_BLANK_ASKED.exec(withoutTrailingFiller(question));
  const asked = (m?.[1] ?? m?.[2] ?? "").trim().split(/\s+/);
  if (!m || !CLAUSE_VERB.test(asked[0]!) || asked.length < 2) return undefined;
  const bare = (w: string) => w.toLowerCase().replace(/['’]/g, "").replace(/(?<=..)s$/, "");
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((w) => ({ word: bare(w[0]), start: w.index, end: w.index + w[0].length }));
  const run = asked.slice(0, SMALL_WORD.test(asked[1]!) && asked[2] ? 3 : 2).map(bare);
  const at: number[] = [];
  for (let i = 1; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k]!.word === w)) at.push(i);
  if (at.length !== 1) return undefined;
  const verb = at[0]!;
  let first = verb;
  while (first > 0 && verb - first < SUBJECT_WORDS && !/[,:;“"(]\s*$|\bthat\s+$/i.test(text.slice(0, words[first]!.start)) && !CLAUSE_WORD.test(words[first - 1]!.word)) first--;
  // A run that reaches a clause's start within SUBJECT_WORDS, and holds more than a small word.
  if (verb - first >= SUBJECT_WORDS || words.slice(first, verb).every((w) => SMALL_WORD.test(w.word))) return undefined;
  return { start: words[first]!.start, end: words[verb - 1]!.end };
}
