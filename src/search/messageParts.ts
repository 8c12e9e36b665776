import { hasQuestionWords, POINTS_BACK_LAST, SOMEONE_BEFORE } from "./askerAsides.js";

/**
 * The parts of a chat message, each asking or not: its sentences, a run-on sentence split where it
 * turns to its question ("... but my buddy says its way older so when was it signed"), and a
 * question's reason after "because", who says what after its comma ("someone said 3, i said more")
 * and a statement typed with a question mark before an open question, which ask nothing. What the
 * query plan marks as the asker's context (`markContext`) and where the answer type is read
 * (`answerTypeOf`).
 */
export interface MessagePart {
  start: number;
  end: number;
  asks: boolean;
}

/** Fillers a sentence may open with before it asks: "so", "ok", "wait". */
const OPENING_FILLERS = String.raw`^\W*(?:(?:so|ok|okay|and|but|well|like|hey|also|then|anyway|wait)\W+)*`;
const QUESTION_WORDS = "what|whats|which|who|whom|whose|whos|when|where|why|how";
/** A sentence that opens asking: on a question word or a yes-or-no verb, after fillers ("so when was it signed"); not "someone said it was kim yo jong who said ...". */
const OPENS_ASKING = new RegExp(`${OPENING_FILLERS}(?:${QUESTION_WORDS}|is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\\b`, "i");
/** A sentence that opens on a question word (after fillers): an open question, not a yes-or-no one. */
const OPENS_QUESTION_WORD = new RegExp(`${OPENING_FILLERS}(?:${QUESTION_WORDS})\\b`, "i");
/** A last clause after a comma, two to six words with no question word, number, choice or question mark: the asker's remark ("shocking i know"); not a noun phrase, which names what is asked again ("..., the spokesperson guy's name"). */
const TRAILING_REMARK = /,\s*(?!(?:the|a|an|his|her|their|its|this|that)\s)(?![^,]*\b(?:what|whats|which|who|whom|whose|when|where|why|how|or|and|in|on|at|by|from|with|about|to|for|like)\b)(?![^,]*\d)[\p{L}'’]+(?:\s+[\p{L}'’]+){1,5}\s*[.!]*$/iu;
/** Words of a question before such a remark: fewer, and the clause may be what it asks ("when, in what year"). */
const MIN_WORDS_BEFORE_REMARK = 5;

/** Who says what after the question's comma: "how many times have xi and kim met, someone said 3, i said more", "..., dev: 'he called it outdated'", "..., bro goes 'mao obviously'" (the claims the asker puts up, context). */
const CLAIMS_AFTER = /,\s*(?=(?:someone|somebody|people|everyone|my [a-z]+|i|we|he|she|they|you|u)\s+(?:said|says|say|think|thinks|thought|swears?|claims?|reckons?|bet|guess(?:es)?)\b|@?[\p{L}\p{N}_]{2,15}(?:\s+(?:goes|says|said|went|was like|is like))?:?\s*['"‘“])/iu;

/** A time question's point of reference after its comma, which the answer comes before: "how far back do the ties go, even before diplomatic relations" (the ties, not the relations, are asked). */
const TIME_ASKED = /^\W*(?:how far back|how old|how long ago|when|since when|what (?:decade|year|era|century))\b/i;
const BEFORE_AFTER = /,\s*(?:(?:like|even|way|long|well|so)\s+)*(?:before|b4|prior to|predating|not counting)\b/i;

/** Whether a question has words enough of its own, not ending on what was said before it: not "how many?", "when was that". */
const asksOnItsOwn = (question: string) => hasQuestionWords(question) && !POINTS_BACK_LAST.test(question);

/** The asker's reason for asking, after the question: "... because i have seen people say ...", "... because me and my friend are arguing". */
const ASKERS_REASON = /\s(?:because|cause|cuz) (?=(?:i|i'm|im|i have|ive|me|my|we|our|people|everyone|someone|some)\b)/i;

/** Where a run-on sentence turns to its question: "..., so when", "... but who", "... and now how", or a question word and its verb ("... way older when was it signed"). */
const QUESTION_TURN = /(?:,|\bso|\bbut|\band now)\s+(?=(?:what|whats|which|who|whos|when|where|why|how)\b)|\s(?=(?:what|which|who|when|where|why|how)\s+(?:was|is|were|are|did|does|do|has|have|had|can|could|will|would)\b)/i;

/** A dash before a question word: "... - which years". */
const DASH_TURN = /\s[-–—]+\s+(?=(?:what|whats|which|who|whos|when|where|why|how)\b)/i;

/** The parts of `text`, in order (one part for a message of one sentence that does not turn). */
export function messageParts(text: string): MessagePart[] {
  const parts = [...text.matchAll(/[^.!?]+(?:[.!?]+|$)/g)].flatMap((m): MessagePart[] => {
    const start = m.index;
    const end = start + m[0].length;
    if (OPENS_ASKING.test(m[0])) {
      // Who says what, or a remark, after the question's comma asks nothing: "..., someone said 3", "..., brace urself for the answer".
      const asksBefore = (aside: RegExpExecArray | null) => aside !== null && m[0].slice(0, aside.index).split(/\s+/).length >= MIN_WORDS_BEFORE_REMARK;
      const claims = CLAIMS_AFTER.exec(m[0]);
      const remark = OPENS_QUESTION_WORD.test(m[0]) ? TRAILING_REMARK.exec(m[0]) : null;
      const before = TIME_ASKED.test(m[0]) ? BEFORE_AFTER.exec(m[0]) : null;
      const aside = asksBefore(claims) ? claims : asksBefore(remark) ? remark : asksBefore(before) ? before : null;
      return aside ? [{ start, end: start + aside.index, asks: true }, { start: start + aside.index, end, asks: false }] : [{ start, end, asks: true }];
    }
    // A run-on message: the question after ", so" or "but" ("... now im not sure so when was it signed").
    // Or after a dash, when the question asks on its own: "kev keeps saying 'it only got renewed once' - which years did they renew it" (not "the ambassador's line — which paper reported that one").
    const dash = DASH_TURN.exec(m[0]);
    const turn = dash && asksOnItsOwn(m[0].slice(dash.index)) ? dash : QUESTION_TURN.exec(m[0]);
    if (turn) return [{ start, end: start + turn.index, asks: false }, { start: start + turn.index, end, asks: true }];
    return [{ start, end, asks: /\?\s*$/.test(m[0]) }];
  });
  // A statement typed with a question mark before an open question of its own is a claim the question
  // checks ("they renew it every time kim gets a new haircut right? when did they actually renew it"),
  // unless the question leans on someone it names ("moon congratulated them right? what did he say").
  for (const [i, x] of parts.entries()) {
    const next = parts[i + 1];
    const question = next && text.slice(next.start, next.end);
    if (x.asks && question && !OPENS_ASKING.test(text.slice(x.start, x.end)) && OPENS_QUESTION_WORD.test(question) && !SOMEONE_BEFORE.test(question) && asksOnItsOwn(question)) x.asks = false;
  }
  // A question's reason after "because" is the asker's: "whats the validity period on the treaty bc ive seen people online say 10 yrs".
  return parts.flatMap((x) => {
    const reason = x.asks ? ASKERS_REASON.exec(text.slice(x.start, x.end)) : null;
    return reason ? [{ start: x.start, end: x.start + reason.index, asks: true }, { start: x.start + reason.index, end: x.end, asks: false }] : [x];
  });
}

/** The words of a part, from its first (a part starts after the mark that ends the one before: ", which chinese leader signed it", "— who signed"). */
export function partText(text: string, part: MessagePart): string {
  return text.slice(part.start, part.end).replace(/^[\s,;:.!?—–-]+/, "");
}

/** The parts of `text` that ask, each from its first word, when some part asks nothing (else none): read alone by rules anchored at a question's start. */
export function askingParts(text: string): string[] {
  const parts = messageParts(text);
  return parts.every((x) => x.asks) ? [] : parts.filter((x) => x.asks).map((x) => partText(text, x));
}

/** The parts of `text` that ask, joined (the whole of it when every part asks or none does): what rules that read the question alone read. */
export function askingText(text: string): string {
  const parts = messageParts(text);
  if (parts.every((x) => x.asks) || !parts.some((x) => x.asks)) return text;
  return parts.filter((x) => x.asks).map((x) => text.slice(x.start, x.end)).join(" ");
}
