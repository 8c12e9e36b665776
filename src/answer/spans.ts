import { TOPIC_BEFORE_WHO } from "../search/answerType.js";

/** A stretch of a sentence's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Every match of `pattern` in `text`, as spans (as `matchAll` finds them, without the copy of the pattern it makes per call). */
export function matches(text: string, pattern: RegExp): Span[] {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)));
  const out: Span[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    // An empty match moves on by one character (a whole surrogate pair for a Unicode pattern), as matchAll does.
    if (m[0] === "") global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Each pattern `matches` was given, with its global twin (a pattern is only ever read from one call at a time). */
const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The single span, or undefined when there are none or several different ones. */
export function only(spans: Span[]): Span | undefined {
  return spans.length === 1 ? spans[0] : undefined;
}

/** "according to the spokesman", "per the ambassador": who says so, not who is asked about. */
export const ACCORDING_TO = /\b(?:according (?:to|too)|per|says|said) (?:the |a )?[\w-]+(?: [\w-]+)?$/i;

/** The last space-separated word of a phrase ("missile tests" → "tests"). */
export const lastWord = (s: string): string => s.split(" ").at(-1) ?? "";

/** Drops leading lower-case words a pattern may have taken in ("the"). */
export const trimLeadingLowercase = (s: string) => s.replace(/^(?:(?:of|the|and|for|de|on) )+/, "");

/** "do u know", "can you tell me", "could you (please)", "any idea": a question asked about a question (the filler "please tell me" may be gone). */
const EMBEDDING = /^(?:(?:do|does) (?:you|u) know|(?:can|could|would) (?:you|u)(?: (?:please|pls|plz|kindly))?(?: (?:tell|show) me)?|any idea|i (?:wanna|want to|wonder|was wondering)(?: know)?)\s+(?=(?:what|whats|which|when|who|whos|whose|how|where|if|whether)\b)/;

/** A topic named before the question, set off by a comma: "nk side, who signed it", "the 1961 treaty, when was it renewed". */
const TOPIC_FIRST = /^(?!(?:what|whats|which|when|who|whos|whose|how|where|why|is|was|are|were|did|does|do)\b)[^,?]{1,40}, (?=(?:what|whats|which|when|who|whos|whose|how|where)\b)/;

/** `questionInside`, and a "who" question after a topic typed before it without a comma ("north korea side who signed" → "who signed": see `TOPIC_BEFORE_WHO`). */
export function whoAfterTopic(question: string): string {
  return questionInside(question).replace(TOPIC_BEFORE_WHO, "");
}

/**
 * The question asked inside "do u know ...", "can you tell me ...", after a topic named first or a conjunction:
 * "do u know who delivered the messages" → "who delivered the messages", "nk side, who signed it" → "who signed it".
 */
export function questionInside(question: string): string {
  return question.replace(EMBEDDING, "").replace(SOURCE_FIRST, "").replace(TOPIC_FIRST, "").replace(LEADING_CONJUNCTION, "");
}

/** The source named before the question: "in the 2nd article who pledged ...", "per blasting news whats ...", "acc to press tv what did ...", "the upi story: who is ...". */
const SOURCE_FIRST = /^(?:(?:in|per|acc to|according to|from) (?:the )?(?:[a-z0-9]+ ){1,3}?(?:article|piece|story|report|news|tv|times|post)?,? |(?:the )?(?:[a-z0-9]+ ){1,3}?(?:article|piece|story|report|news|tv|times|post|one)\s*[:—–-]+\s*)(?=(?:what|whats|which|when|who|whos|whose|how|where)\b)/;

/** "and who delivered the msgs?", "so when was it signed": a question carried on from the one before. */
const LEADING_CONJUNCTION = /^(?:and|so|but|also|then|ok|okay)\s+(?=(?:what|whats|which|when|who|whos|whose|how|where)\b)/;
