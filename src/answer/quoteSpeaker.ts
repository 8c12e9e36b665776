import type { QuoteIndex } from "../quotes/index.js";
import type { People } from "../quotes/people.js";
import type { Span } from "./spans.js";

/**
 * Who said the words a member pastes into a question ("is 'the fixed stand' a kim quote", "someone
 * pasted 'a major event in the history of bilateral relations' ... who said that", "is 'unswerving
 * position of the WPK' kim or xi"): the quote index knows who said what, and the direct line gives
 * the speaker's name as the passage that prints the words writes it.
 */

/** Fewest words of a pasted quotation: "the fixed stand" is one, "the treaty" is not. */
const MIN_QUOTED_WORDS = 3;

/**
 * Quoted words in a question: between double quotes or curly ones, or single quotes that open
 * after a space and close before one (an apostrophe inside, "china's doorstep", stays inside).
 */
const QUOTED = /["“]([^"“”]+)["”]|(?<=^|[\s(])['‘](.+?)['’](?=$|[\s?!.,;:)])/gu;

/** Asks who said them: "who said that", "whose line", "whos quote is that", "who's that from" (not "who's that about", "who was he praising"). */
const ASKS_WHO = /\bwho(?:['’]?s| is| was)? (?:said|says|say|wrote|writes|speaking|talking)\b|\bwhose\b|\bwho['’]?s (?:line|words|quote|statement|remarks?)\b|\bwho(?:['’]?s| is| was)? (?:that|this|it) from\b|\bwho from\b/;
/** Checks a speaker named after the words: "is 'the fixed stand' a kim quote", "is 'X' kim or xi", "was 'X' from wang". */
const CHECK = /^\s*(?:is|was|are|were)\s*$/;
/** "quote check: 'X' — kim?", "fact check 'X' xi": the words pasted to check whose they are. */
const QUOTE_CHECK = /\b(?:quote|fact) ?check\b[\s:,-]*$/;
/** "'X' — kim or xi?": speakers to choose from after the words. */
const SPEAKER_CHOICE = /^[\s,:;—–-]*(?:was (?:it|that) |is (?:it|that) |from )?[\p{L}'’. -]+? or [\p{L}'’. -]+\??\s*$/u;

/**
 * The question with each pasted quotation (three words or more) read as "that": what kind of
 * answer a question asks is in its own words, not the quotation's ("“China's position ... is
 * always clear” who said that" asks a person, though "position" is an office word).
 */
export function withoutPastedQuotes(question: string): string {
  return question.replace(QUOTED, (quote, a?: string, b?: string) => (wordCount(a ?? b ?? "") >= MIN_QUOTED_WORDS ? "that" : quote));
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Each quotation of a question of at least `fewest` words, with the question's words before and after it (lower case). */
function* quotations(question: string, fewest: number): Generator<{ words: string; before: string; after: string }> {
  for (const m of question.matchAll(QUOTED)) {
    const words = (m[1] ?? m[2] ?? "").trim();
    if (wordCount(words) >= fewest) yield { words, before: question.slice(0, m.index).toLowerCase(), after: question.slice(m.index + m[0].length).toLowerCase() };
  }
}

/**
 * The quoted words of a question that asks who said them, or checks whom the member names as
 * the speaker ("is 'the fixed stand' a kim quote"); undefined for any other question ("whats the
 * rest of 'until lasting peace'", "xi said smth like 'chart the course', whats the full quote").
 */
export function quotedWordsAsked(question: string, people: People): string | undefined {
  for (const { words, before, after } of quotations(question, MIN_QUOTED_WORDS)) {
    // "who said they would meet at the g20? jim says blinken, i say 'no its some guy at the white house'": a member's words, not asked about.
    if (saidByMember(before, people) && !ASKS_WHO.test(after)) continue;
    if (ASKS_WHO.test(`${before} ${after}`) || ((CHECK.test(before) || QUOTE_CHECK.test(before) || SPEAKER_CHOICE.test(after)) && people.mentions(after).length > 0)) return words;
  }
  return undefined;
}

/**
 * "who said the korean peninsula is at chinas doorstep", "who called the friendship a common
 * treasure": the words after the verb, typed without quote marks, when there are at least
 * MIN_CHECKED_WORDS of them (whether anyone said them is the quote index's to tell, see `spokenBy`).
 */
export function wordsAfterWhoSaid(question: string): string | undefined {
  const asked = question.toLowerCase().trim();
  const verb = WHO_SAID.exec(asked);
  const words = verb && asked.slice(verb[0].length).replace(/[\s?!.]+$/, "");
  return words && wordCount(words) >= MIN_CHECKED_WORDS ? words : undefined;
}

const WHO_SAID = /^who (?:said|says|wrote|called|mentioned|mentions|claimed|claims|stressed|noted|added|warned|spoke (?:of|about)|talked about|talks about)\s+(?:that\s+)?/;

/**
 * The quotation that holds `words` (exactly or nearly) and the speaker the quote index attributes
 * it to, if any; with `whole`, only when the words found are nearly as many as those asked ("the
 * treaty is important" is not "the treaty" of someone's quotation).
 */
export function spokenBy(quotes: QuoteIndex, words: string, whole = false): { text: string; speaker: string } | undefined {
  const found = quotes.verify(words);
  const speaker = found.verdict !== "not_found" ? found.match?.quote?.speaker : undefined;
  if (!speaker || !found.match || (whole && wordCount(found.match.text) < WHOLE_SHARE * wordCount(words))) return undefined;
  return { text: found.match.text, speaker };
}

/** Share of the words typed after "who said" that the quotation found must hold (see `spokenBy`). */
const WHOLE_SHARE = 0.8;

/**
 * The speaker of a quotation (see `spokenBy`) as named in `text` (a passage shown), when the
 * passage both prints the words and names the speaker; the span is the name the passage uses
 * ("Kim", "Wang Wenbin"), never the alias file's spelling; with `nameOnly`, never a role either
 * ("the Chinese spokesman").
 */
export function speakerSpan(people: People, { text: quoted, speaker }: { text: string; speaker: string }, text: string, nameOnly = false): Span | undefined {
  return text.includes(quoted) ? speakerNamed(people, speaker, text, nameOnly) : undefined;
}

/** Where `text` names `speaker` (see `speakerSpan`), by a name rather than a role when it has both; with `nameOnly`, never a role. */
export function speakerNamed(people: People, speaker: string, text: string, nameOnly = false): Span | undefined {
  // A name rather than a role ("Kim Jong-un" over "North Korean leader", both variants): one sharing a word with the canonical name.
  const nameWords = new Set(speaker.toLowerCase().split(/[\s-]+/));
  const isName = (m: Span) => text.slice(m.start, m.end).toLowerCase().split(/[\s-]+/).some((w) => nameWords.has(w));
  const mentions = people.mentions(text).filter((m) => m.person === speaker);
  const named = mentions.find(isName) ?? (nameOnly ? undefined : mentions[0]);
  return named && { start: named.start, end: named.end };
}

/** A sentence after the quotation's own that opens on a question word: "... is that real? (whats his name)". */
const QUESTION_AFTER = /[.?!]\s+(?:(?:so|and|but|then|ok)\s+)?(?:what|whats|who|whos|when|where|which|how)\b/;

/**
 * `text` without other quotations and without members' sayings: "jen says ..., kev goes 'no u, its mid
 * july'", "i said 'no u'", "other says 'no its the nukes'" put a member's words in quotes, which no one
 * asks the articles to check (a person of the articles saying them, "kim says 'X'", stays).
 */
function withoutMembersSaying(text: string, people: People): string {
  return text.replace(QUOTED, " ").replace(MEMBER_SAYING, (saying, who: string) => (people.mentions(who).length > 0 ? saying : " "));
}
/** Whether the words before a quotation end in a member's saying: "i say '", "kev goes '", "tim: '" (not "kim said '"). */
function saidByMember(before: string, people: People): boolean {
  const who = SAYING_LAST.exec(before)?.[1];
  // (Not what the words are: "is this a real xi quote: '...'", "the headline: '...'".)
  return who !== undefined && !ASKS_REAL.test(who) && !WHAT_WORDS_ARE.test(who) && people.mentions(who).length === 0;
}
/** What pasted words are, or what is asked of them, before a colon: "this", "the headline", "quote check". */
const WHAT_WORDS_ARE = /^(?:check|this|that|it|headline|title|article|story|line|lines|words|statement|tweet|post|text|caption|message|msg|report)$/;
/** Words before a verb of saying that are no one saying it: an auxiliary or adverb of a question's "did xi actually say". */
const NO_SAYER = String.raw`did|does|do|didnt|doesnt|dont|to|would|will|could|can|should|actually|really|also|just|even|ever|not|never|literally`;
/** A word and a verb of saying or a colon, last before a quotation (group 1: who); not "who said '...'". */
const SAYING_LAST = new RegExp(String.raw`(?<![\p{L}\p{N}_'’@-])(?!(?:who|whom|what|which|${NO_SAYER})\b)(@?[\p{L}\p{N}_'’-]+)\s*(?:(?:says|said|say|goes|went|replied|replies|was like|is like)\s*:?|:)\s*$`, "u");
/** Someone's saying: "kev goes", "i said", "she literally says" (group 1: who); not a question's "did xi actually say". */
const MEMBER_SAYING = new RegExp(String.raw`(?<![\p{L}\p{N}_'’@-])(?!(?:${NO_SAYER})\b)(@?[\p{L}\p{N}_'’-]+)\s+(?:(?:actually|really|also|just|literally|always|still)\s+)?(?:says|said|say|goes|went|replied|replies|was like|is like)\b`, "giu");

/** Fewest words of a pasted quotation checked against the articles: a short one ("the fixed stand") may be anyone's words. */
const MIN_CHECKED_WORDS = 4;
/** Asks whether pasted words are real: "is 'X' a real quote", "did xi actually say 'X'", "did xi really call them 'X'", "'X' legit?". */
const ASKS_REAL = /\b(?:real|really|legit|actual|actually|fake|genuine|made up|quote|quoted|said|say|says|call|calls|called|wrote|write|writes)\b/;

/** A question of its own after pasted words, for what was really said or done: "what did they actually list", "where did he actually say they'd meet". */
const REAL_WORDS_ASKED = /\b(?:what|where|when|which|how)\b[^.?!"“”]*\b(?:actually|really|in fact|truly)\b/i;

/** An open question, then a comma before the quotation: the words are the asker's guess at its answer. */
const OPEN_QUESTION_THEN_COMMA = /^\W*(?:(?:so|ok|okay|wait|and|but|hey|yo|bot)\W+)*(?:what|whats|what's|which|who|whos|who's|when|where|why|how)\b[^,'"‘“]*,[^,'"‘“]*$/i;

/** The question's words after its last pasted quotation of four words or more ("" when it ends on one): where a question of its own may follow the words checked. */
export function wordsAfterPastedQuotation(question: string): string {
  let after = "";
  for (const q of quotations(question, MIN_CHECKED_WORDS)) after = q.after;
  return after;
}

/**
 * The pasted quotation a question asks about (who said it, or whether it is real), four words or
 * more; undefined for a question that merely quotes a word or two, or asks something else of it.
 */
export function pastedQuotationChecked(question: string, people: People): string | undefined {
  for (const { words, before, after } of quotations(question, MIN_CHECKED_WORDS)) {
    // "apparently wang told the us to 'drop all sanctions now' - is that what he said? what did he actually want": the real
    // words are asked for after the pasted ones, which the articles answer whether or not they print these.
    if (REAL_WORDS_ASKED.test(after)) continue;
    // Or an open question of its own after the sentence that checks them: "my bro says the us envoy is 'some guy named kim', is that real? whats his name".
    if (QUESTION_AFTER.test(after)) continue;
    // Asked in the quotation's own sentence: "is this basically a 'if u aggro one of us u aggro both' pact? what does it
    // actually oblige them to do" asks its "actually" of the treaty, not of the words pasted.
    const ownBefore = before.split(/[.?!]\s/).pop() ?? "";
    const ownAfter = after.split(/[.?!]/)[0] ?? "";
    // "what did wang say abt the treaty, dev: 'he called it outdated' vs me: 'he praised it'": members' words, unless asked whether they are real.
    if (saidByMember(before, people) && !ASKS_REAL.test(withoutMembersSaying(ownAfter, people))) continue;
    // Nor words offered as a guess after an open question's comma: "what did xi write in his msg, something deep like 'new phone who dis'?",
    // "whats kurt campbells actual job title, 'guy who says things'?" (unless asked whether they are real).
    if (OPEN_QUESTION_THEN_COMMA.test(ownBefore) && !ASKS_REAL.test(ownAfter)) continue;
    if (ASKS_REAL.test(withoutMembersSaying(`${ownBefore} ${ownAfter}`, people)) || quotedWordsAsked(question, people) === words) return words;
  }
  return undefined;
}
