import { ASKS, YES_NO_QUESTION } from "../askerAsides.js";
import { ROLE } from "../roles.js";
import { PAST_TENSE } from "./learners.js";

/**
 * Claims and guesses in a member's message, read before the words to look for are: "i heard it
 * was renewed in 1991, true?" puts a claim to check, "who is nk's biggest ally? russia?" asks and
 * then guesses. The claim's frame ("i heard", "true?") goes; what is claimed or guessed is then
 * read as values to check, not words an answer must hold (see `../claims.ts`).
 */
/**
 * "was it mao who signed it", "is it really xi who ...", "was it cnn that quoted kim", "(i heard)
 * it was mao who signed it in 61": the member names someone to be checked, which reads as the
 * claim "mao signed it" (not "is it true that ...", a frame: an adjective before "that" is no one
 * named).
 */
const CLAIM_CLEFT = /^\s*(?:(?:so|but|and|ok|okay|wait)[\s,]+)?(?:it (?:was|is|were) (?:really |actually )?((?:[\p{L}\p{N}'’.-]+ ){0,3}[\p{L}\p{N}'’.-]+) who|(?:was|is|were) it (?:really |actually )?((?:[\p{L}\p{N}'’.-]+ ){0,3}[\p{L}\p{N}'’.-]+) (?:who|(?<!\b(?:true|right|correct|so|possible|likely|fair|clear|known|said|reported|because|weird|odd|strange|wrong|bad|good|sad|funny|ironic|obvious|normal|rare|common|unusual|surprising|important|the case|just) )that))\s+(?=\p{L})/iu;

/**
 * "my notes say ...", "my history teacher said that ...", "my uncle swears ...": what someone told
 * the asker, to be checked (the lexicon's openers list the commonest; this takes the people and
 * notes members cite; not "my landlord says the lease ...", the asker's own affairs).
 */
const HEARSAY_SOURCE = "(?:friend|uncle|aunt|dad|mom|cousin|teacher|grandson|granddaughter|grandpa|grandma|brother|sister|notes|textbook|professor|history teacher|son|daughter|boss|coworker|partner|bf|gf|buddy|bro|mate|pal|roommate|classmate|friends|buddies|sibling|neighbou?r|girlfriend|boyfriend|wife|husband)";
const HEARSAY = new RegExp(`^\\s*my (?:[a-z]+ )?${HEARSAY_SOURCE} (?:says|said|say|thinks|thought|swears|swore|claims|claimed|insists|told me|tells me|keeps saying|kept saying)(?: that)?[\\s,:]+(?=\\S)`, "i");
/** Someone who tells the asker something about the subject, not about the asker's own affairs ("my landlord says the lease ..."): whose words a question puts to the test. */
export const HEARSAY_TOLD = new RegExp(`\\bmy ${HEARSAY_SOURCE} (?:says|said|thinks|told|swears|keeps|claims|mentioned|asked)\\b`, "i");

/** A verb after a subject that makes words a statement ("trump met kim 5 times"), not a bare phrase ("the 2001 renewal", "renewed in 2001"). */
const STATEMENT = /^\s*[\p{L}\p{N}'’-]+\s(?:.*\s)?(?:is|was|are|were|has|have|had|will|would|did|does|do|\p{L}{3,}ed|met|sent|led|made|took|went|ran|said|says|lasts?|expires?|ends?)\b/iu;
/** A request of the bot rather than a statement: "tell me about 1961", "explain the 2001 renewal". */
const REQUEST = /^\s*(?:tell|explain|show|give|list|describe|summari[sz]e|find|search|define|compare|name|info|details|facts)\b/i;
/** A yes-or-no question that puts a guess ("was it mao and kim il sung", "is it russia"). */
const GUESS_FRAME = /^(?:was|is|were|are) (?:it|that|this)\b/i;
const MAX_GUESS_WORDS = 9;
/** A part that asks itself, by a question word first (after "and", "so", "but"): "..., and when", not a name typed with one inside it ("wang when bin"). */
const ASKS_FIRST = /^(?:(?:and|so|but|also|or|plus|ok|okay|then)\s+)?(?:(?:until|till|since|from|by|in|at|for|to|of|on|with|about)\s+)?(?:what|whats|which|who|whom|whose|whos|when|where|why|how)\b/i;
/** A yes-or-no question about what was just asked: "is he even official", "was it real", "did they"; or whether someone or something guessed was part of it: "was mao involved at all", "did mao sign it", "was 1981 one of them"; or the other choice offered: "..., or is it on autopay". */
const YES_NO_ASIDE = /^(?:or )?(?:is|was|are|were|did|does|do|has|had) (?:he|she|it|they|that|this|[\p{L}\p{N}]+ (?:involved|there|one|the one|sign|signed|in on it|part of it|among them|behind it|in charge))\b/iu;

/**
 * Where a message that asks its question and then guesses puts its guess ("who is nk's biggest
 * ally according to scmp? russia?", "the upi article says it was last renewed when? i thought
 * 1981", "which anniversary was it in 2021, the 50th?"), or undefined. A guess is a short last
 * part, after a question mark (or after a comma, ending in one) that asks nothing itself.
 */
export function trailingGuessFrom(normalised: string, claimOpener?: RegExp): number | undefined {
  // "..., let me guess, switzerland": the comma after a guess's own frame opens no other part (a space for it keeps the offsets).
  const text = normalised.replace(GUESS_FRAME_COMMA, (m) => `${m.slice(0, -1)} `);
  const m = /^(.*?\S.*?)(\?+|,)(\s*)([^?,]+?)\s*\?*\s*$/s.exec(text);
  if (!m) return unmarkedGuessFrom(text);
  const [, question, mark, space, guess] = m as unknown as [string, string, string, string, string];
  // (Alternatives guessed count one at a time: "zhou enlai and kim il sung or was it mao".)
  // (And the parts of a guess after "but": "i know it was not kim jong un but was it his dad or his grandpa".)
  const longest = Math.max(...guess.split(/\s+(?:or|but)\s+(?:(?:was|is) it\s+)?/).map((part) => part.split(/\s+/).length));
  if (!ASKS.test(question) || (ASKS_FIRST.test(guess) && !GUESS_FRAME.test(guess)) || longest > MAX_GUESS_WORDS) return undefined;
  // After a comma only a guess that says so ("the 50th?", "was it 1953?"): ", and when was it renewed" is no guess.
  // (Or one that says it is a guess: "the ambassador called the friendship what, 'enduring and' something".)
  // (Or a yes-or-no aside of its own, question mark or not: "who is this chinese spokesman everyone keeps quoting, is he even official".)
  // (Or one framed as a claim: "where are biden and xi expected to meet, someone said apec".)
  // (Or two short values offered: "how many times has it been renewed, 2x or 3x".)
  // (A short guess after the question mark goes on after a comma: "who signed it on the chinese side? zhou something, he was premier i think".)
  const afterMark = mark === "," ? /\?+\s*([^?]+)$/d.exec(question) : null;
  if (afterMark && !ASKS.test(afterMark[1]!) && ASKS.test(question.slice(0, afterMark.index)) && afterMark[1]!.split(/\s+/).length <= MAX_GUESS_WORDS) return afterMark.indices![1]![0];
  // (Or a guess denied: "when did xi go to pyongyang, it wasnt 2018", "..., stop saying 2011"; or one that says it is a guess last: "..., some fancy banquet hall i guess".)
  if (mark === "," && !/\?\s*$/.test(text) && !/\b(?:something|smth|sth)\s*$/i.test(guess) && !GUESS_LAST.test(guess) && !YES_NO_ASIDE.test(guess) && !claimOpener?.test(guess) && !VALUES_OFFERED.test(guess) && !GUESS_DENIED.test(guess)) return undefined;
  // (Claims one after another are one guess: "where are biden and xi expected to meet? someone said apec, i said g20".)
  let from = question.length + mark.length + space.length;
  // (A guess after a guess is one: "who was the spokesman, wang yi or wang wenbin? lee thinks wang yi".)
  const earlier = mark.startsWith("?") ? trailingGuessFrom(`${question}${mark}`) : undefined;
  if (earlier !== undefined) return earlier;
  if (claimOpener?.test(guess)) {
    for (let before = CLAIM_BEFORE.exec(question); before && claimOpener.test(before[2]!) && ASKS.test(before[1]!); before = CLAIM_BEFORE.exec(before[1]!)) from = before.indices![2]![0];
  }
  return from;
}

/** A guess's own frame, then a comma: "let me guess,", "my bet is,". */
const GUESS_FRAME_COMMA = /\b(?:let me guess|my guess is|my bet is),/gi;

/** The last part of a text after a question mark or a comma (group 2), and the text before it (group 1). */
const CLAIM_BEFORE = /^(.*?\S.*?)(?:\?+|,)\s*([^?,]+?)\s*$/ds;

/** A guess that says so last: "some fancy banquet hall i guess", "the us probably". */
const GUESS_LAST = /\b(?:i (?:guess|think|assume|bet|reckon|suppose|imagine)|probably|prolly|maybe)\s*[.!]*$/i;

/** A guess denied after the question's comma: "it was not 2018", "it wasnt blinken", "stop saying 2011", "not kcna". */
const GUESS_DENIED = /^(?:(?:it|that|he|she|they)\s+(?:was|is|were|are)\s+not|(?:it|that)\s+(?:wasnt|isnt)|stop saying|not)\b/i;

/** Two values offered as a guess after a comma, a word or two each: "2x or 3x", "1981 or 2001". */
const VALUES_OFFERED = /^(?:[\p{L}\p{N}'’-]+ ){0,1}[\p{L}\p{N}'’-]+ or [\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+)?$/u;

/**
 * A guess put after the question with no mark between, as chat runs on ("who signed the treaty
 * for china lol was it mao", its "lol" gone as filler): "was it" or "is it" and a few words, after
 * a question of three words or more, with its own verb, that opens on a question word ("when was it
 * signed", "how many yrs is it good for" are none).
 */
function unmarkedGuessFrom(text: string): number | undefined {
  const m = /^((?:what|whats|which|who|whom|whose|when|where|how)\b\S*(?:\s+\S+){2,}?)\s+((?:or )?(?:was|is) (?:it|that)\s+[^?,]+?)(?:\s+or (?:who|what|smth|something))?\s*\?*\s*$/i.exec(text);
  // (The question has its own verb: "how many yrs is it good for" asks with "is it".)
  if (!m || ASKS.test(m[2]!) || m[2]!.split(/\s+/).length > MAX_GUESS_WORDS || !/\s(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|\w+ed|put|sent|met|said|told|made|gave|took|went|came|got|led|ran|wrote|spoke|broke|began|brought|held|kept|left|set|won|saw|knew|meant|thought|heard|found|built|fought)\b/i.test(m[1]!)) return undefined;
  return text.length - text.slice(m[1]!.length).trimStart().length;
}

/**
 * A time stated, not asked ("kim's first visit to china was 2019?", "kcna put out the message on
 * friday?", "was 1981 one of the renewal years", "is the treaty good for 10 years at a time"): a
 * year, a decade, a day of the week, a month and day, an ordinal, a length of years something
 * lasts for; or how often something happened ("xi and kim met like twice?"). A question that
 * states one, asks with no question word and does not ask for a number or a name is a claim to
 * check (see `claims.ts`), which the time (or count) asked answers.
 */
const TIME_STATED = /\b(?:1[6-9]|20)\d\ds?\b|\b\d0s\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}\b|\b(?:in|by|since) (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d+(?:st|nd|rd|th)\b|\b(?:for|lasts?|every)\s+(?:only\s+)?\d+\s*(?:years?|yrs?)\b|\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times)\b|\b\d+\s*(?:years?|yrs?) (?:old|long)\b/i;
/** The open question offered as the other choice, ending a message: "... in 1971 or when", "... 3 times or how many". */
const OPEN_ALTERNATIVE = /[\s,]+or (?:when|what(?: year| date| day| month)?|which (?:year|date|day|month)|how (?:many|long|old))\s*\?*\s*$/i;
/**
 * "did mao sign the treaty", "didnt zhou enlai sign it": a signer asked yes or no. Only signing:
 * "did xi deliver a speech" asks whether he did, not who delivered something.
 */
const DOER_ASKED = /^\s*(?:did|didn['’]?t) (?<doer>(?!(?:the|it|they|this|that|he|she|we|you|u|anyone|someone|somebody|anybody)\b)\p{L}+(?: \p{L}+){0,3}) (?<verb>sign)\b(?<rest>[^?]*)\??\s*$/iu;
/** "mao signed the treaty?", "the treaty was signed by mao": the doer stated, which a member puts to the bot to check. */
const DOER_STATED = /^\s*(?!(?:the|it|they|this|that|he|she|we|you|u|i|wh\p{L}*|how|anyone|someone|somebody|anybody|nobody|both|each)\b)\p{L}+(?: \p{L}+){0,3} signed (?:the|this|that|it)\b[^?]*\??\s*$|^\s*(?:the (?:treaty|pact|accord|agreement|deal)|it) (?:was|got) signed by (?!(?:who|whom|which|what)\b)\p{L}+(?: \p{L}+){0,3}\??\s*$/iu;
/** "china's special rep for north korea is wang yi?", "the nk fm was choe son hui?": a name stated as an office's holder, with a question mark. */
const OFFICE_HOLDER_STATED = new RegExp(`^\\s*(?:the )?(?:[\\p{L}'’-]+ ){0,4}(?:${ROLE})s?(?: (?:for|of|to|in|at) [\\p{L}'’ -]+?)? (?:is|was) (?!(?:the|a|an|who|what|not|still|also|in|at|from|based|called|named|now)\\b)\\p{L}+(?: \\p{L}+){0,2}\\?\\s*$`, "iu");
/** "was the treaty signed by mao", "did the treaty get signed by mao": the same, passive. */
const DONE_BY_ASKED = /^\s*(?:was|were|did|didn['’]?t) (?<thing>.+?) (?:get |got )?(?<act>signed) by (?<doer>[^?]+?)\??\s*$/iu;
/** A statement, then a question of a time after a comma or a question mark (group 1: the statement). */
const STATED_THEN_ASKED = /^(.*?)(?:,|\?+)\s+(?=(?:when|(?:which|what) (?:years?|dates?|days?|months?|decades?)|how (?:long|old))\b)/i;
/** "xi kim meetings count since 2018?", "official title of that 1961 agreement": a number or a name asked, not a time claimed. */
const OTHER_ASKED = /\b(?:count|number|total|title|name|signator(?:y|ies)|signers?)\b/i;
/**
 * "did nk sign a treaty with the soviet union in 1961?": whether something happened at all, which
 * the time it did would not answer (on the training parts, such a question was one the articles
 * cannot answer, given the treaty's year as a line).
 */
const ACT_ASKED = /^\s*(?:did|does|do)\b/i;

/** Numbers offered to choose from: "1961 or 1962", "50 or 60?", "20 vs 30", "the 1950s or the 1960s". */
const ALTERNATIVES = /\b\d{2,4}s?\s*(?:or|vs\.?|\/)\s*(?:the\s+)?\d{2,4}s?\b/i;


/** How a message frames a claim: the lexicon's openers and tags (as the question is rewritten), and what the asker's asides said. */
export interface ClaimFrames {
  /** The message as typed (a request of the bot, "tell me about 1961", states nothing). */
  typed: string;
  /** An aside of the asker's put something to check ("my notes say ...", see `askerAsides.ts`). */
  checked: boolean;
  opener: RegExp | undefined;
  tag: RegExp | undefined;
  /** A tag before a question of its own: "it was renewed in 2011 last time right? and the one before that was when". */
  tagBefore: RegExp | undefined;
}

/**
 * Whether the message (`normalised`, as far as the normaliser has come) states a claim to check rather than asks, with
 * its frame gone ("i heard", "right?"), and the claim put plainly ("did mao sign the treaty" →
 * "mao signed the treaty"); `claimSubject`, whom a cleft claim names ("was it choe son hui who
 * ...").
 */
export function readClaim(normalised: string, frames: ClaimFrames): { text: string; claim: boolean; claimSubject?: string } {
  const { opener, tag, tagBefore } = frames;
  let text = normalised;
  // "was teh treaty signed in 1971 or when": a yes-or-no question whose other choice is the open question puts its value to the bot to check.
  const open = OPEN_ALTERNATIVE.exec(text);
  if (open && YES_NO_QUESTION.test(text) && TIME_STATED.test(text.slice(0, open.index))) text = `${text.slice(0, open.index)}?`;
  // "1961 or 1962", "50 or 60": the member offers answers to choose from, which the articles need not repeat.
  let claim = frames.checked || ALTERNATIVES.test(text);
  // (Tags one after another too: "... zhao lijian?? is that right for this one or did i mix it up".)
  for (const frame of [opener, HEARSAY, tag, tag]) {
    // The frame goes only when a claim is left ("true?" alone stays a question), and a tag's
    // question mark stays: "what year was it signed, 1961 right?" still ends in a guess.
    let rest = frame ? text.replace(frame, " ") : text;
    if (frame === tag && rest !== text && /\?\s*$/.test(text)) rest = `${rest.trimEnd()}?`;
    if (rest !== text && /\p{L}{2,}/u.test(rest)) [text, claim] = [rest, true];
  }
  // "it was renewed in 2011 last time right? and the one before that was when": a claim, then a question of its own.
  const tagged = !claim && tagBefore ? tagBefore.exec(text) : null;
  if (tagged && !ASKS.test(text.slice(0, tagged.index)) && ASKS.test(text.slice(tagged.index + tagged[0].length))) [text, claim] = [`${text.slice(0, tagged.index)}${text.slice(tagged.index + tagged[0].length)}`, true];
  // (Without a tag too, when the claim states a time: "so they renewed it in 1971 and 1991, which years was it actually".)
  const stated = !claim ? STATED_THEN_ASKED.exec(text) : null;
  if (stated && TIME_STATED.test(stated[1]!) && !ASKS.test(stated[1]!)) claim = true;
  // (Stated without a question mark too: "trump met kim 5 times", typed to the bot, is put to it to check; not a request, "tell me about 1961".)
  if (TIME_STATED.test(text) && !ASKS.test(text) && !OTHER_ASKED.test(text) && !ACT_ASKED.test(text) && (text.includes("?") || YES_NO_QUESTION.test(text) || (STATEMENT.test(text) && !REQUEST.test(frames.typed)))) claim = true;
  // "did mao sign the treaty", "was the treaty signed by mao": the doer of an act, asked yes or no, is a doer claimed ("mao signed the treaty").
  // (Not when it offers a choice of something else: "did zhou enlai sign it in beijing or in pyongyang" asks where.)
  const doer = !claim && !/\bor\b/i.test(text) ? (DOER_ASKED.exec(text) ?? DONE_BY_ASKED.exec(text)) : null;
  if (doer?.groups) [text, claim] = [doer.groups.thing ? `${doer.groups.thing} was ${doer.groups.act} by ${doer.groups.doer}` : `${doer.groups.doer} ${PAST_TENSE[doer.groups.verb!.toLowerCase()]}${doer.groups.rest}`, true];
  // "mao signed the treaty?", "kim jong il signed the treaty": the signer stated, to be checked.
  else if (!claim && DOER_STATED.test(text)) claim = true;
  // "china's special rep for north korea is wang yi?": an office's holder stated, to be checked (asked as who holds it).
  if (!claim && text.trimEnd().endsWith("?") && OFFICE_HOLDER_STATED.test(text)) claim = true;
  const cleft = CLAIM_CLEFT.exec(text);
  const claimSubject = cleft ? (cleft[1] ?? cleft[2])! : undefined;
  if (cleft) [text, claim] = [`${claimSubject} ${text.slice(cleft[0].length)}`, true];
  return { text, claim, ...(claimSubject !== undefined ? { claimSubject } : {}) };
}
