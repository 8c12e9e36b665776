import { type Analyzer, isEntityTerm, type Token } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { isEnglishWord } from "../search/wordFrequency.js";
import type { Span } from "./spans.js";

/**
 * "was it xi or kim who said forged in blood", "US special envoy - was it sung kim or kurt
 * campbell?", "upi article dated july 11 or july 7?", "xi promised 'a new stage' or 'new
 * heights'?": a member offers the answers to choose from. The one a passage names is the answer,
 * in the passage's words ("Kim", "Sung Kim", "Beijing" for "beijin"); none when it names both or
 * neither. Only names, numbers and dates (as the passage prints them: capitalised or in figures)
 * or words the member quotes: "stronger or weaker", "for attack or for defense" are judgements a
 * word found in a sentence does not settle. Not "... or not", "or smth", "or what", nor a second
 * question ("or is it just talk"), nor a condition ("if someone attacks china or nk").
 */
export interface Alternatives {
  options: readonly [string, string];
  /** Typed between quotation marks: words, not only names, to find as printed. */
  quoted: boolean;
}

/** At most this many words in an alternative: longer ones are clauses, not answers. */
const MOST_WORDS = 4;
/** Words that offer no alternative: "or not", "or nah", "or smth", "or someone else". */
const NO_ALTERNATIVE = /^(?:(?:not|no|nah|nope|naw)\b.*|what|wat|smth|sth|something|someone|somebody|somewhere|sometime|anything|anyone|nothing|other|others|else|otherwise|so|whatever|both|neither|either|more|less|the other|not yet|what else|something else|someone else|smth else|what exactly|something like that|smth like that|is it|was it)(?: else)?$/i;
/** A second question, not an alternative: "or is it just talk", "or did i dream that". */
const CLAUSE = /^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must|am|i|you|u|we|they|he|she|it|its|it's|that|this|how|what|why|when|where|who|which|just)\b/i;
/** Words that open an alternative without being part of it: "in beijing or in pyongyang", "the peninsula or the issue". */
const OPENING = /^(?:in|at|on|to|from|by|for|with|the|a|an|its|their|his|her)\s+/i;

const QUOTED_PAIR = /['"‘“]([^'"‘’“”]{1,60})['"’”]\s+or\s+['"‘“]([^'"‘’“”]{1,60})['"’”]/i;
/** "was it A or B", "is that A or B": what follows, up to "who", "that", a comma or the end. */
const WAS_IT = /\b(?:was|is|were|are) (?:it|that|this|they|he|she)\s+(.+?)\s+or\s+(.+?)(?=\s+(?:who|that|which|whom)\b|\s*[,?!.;:]|$)/i;
/** An "or" that ends a clause: "..., ri son-gwon or choe son hui?", "dated july 11 or july 7?". */
/** "A or B, where ...": a pair offered before the question it answers (groups 1 and 2). */
const OFFERED_FIRST = /^([^,;:?!.()]+?)\s+or\s+([^,;:?!.()]+?)\s*[,:]\s*(?=(?:what|whats|where|wheres|when|who|whos|which|how)\b)/i;
const CLAUSE_END = /([^,;:?!.()—–]+?)\s+or\s+([^,;:?!.()—–]+?)\s*(?:[?!.]+|$)/gi;

/** A comparison asked: "who has more to gain", "which is better", "who is the bigger ally". */
const JUDGEMENT = /\b(?:more|less|most|least|better|worse|best|worst|bigger|biggest|smaller|stronger|weaker|closer|rather)\b/i;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const stripped = (s: string) => s.trim().replace(OPENING, "").replace(OPENING, "").trim();
/** Words an alternative does not reach back past: "kcna is | state media or independent", "ready for dialogue w | the us or ...". */
const BOUNDARY = /^(?:is|are|was|were|be|been|being|am|r|it|that|this|did|does|do|has|have|had|said|says|say|called|named|dubbed|of|in|on|at|for|to|from|with|w|by|about|abt|than|as|into|like|and|but|if|whether|what|wat|which|who|whom|where|when|how|why)$/i;

/** The first alternative: the words before "or" back to a boundary, at most as many as `MOST_WORDS` (then as many as the second has). */
function firstOf(before: string, second: string): string {
  const all = words(before);
  let from = all.length;
  while (from > 0 && !BOUNDARY.test(all[from - 1]!)) from--;
  const own = all.slice(from);
  return stripped((own.length > MOST_WORDS ? own.slice(-words(second).length) : own).join(" "));
}

function pair(a: string, b: string): Alternatives | undefined {
  const second = stripped(b);
  if (!second || CLAUSE.test(b.trim()) || NO_ALTERNATIVE.test(second) || words(second).length > MOST_WORDS) return undefined;
  // "if someone attacks china or nk": either, not a choice.
  if (/\b(?:if|either)\b/i.test(a)) return undefined;
  const first = firstOf(a, second);
  if (!first || NO_ALTERNATIVE.test(first) || CLAUSE.test(first)) return undefined;
  return { options: [first, second], quoted: false };
}

/** The alternatives a question offers, as typed, or undefined when it offers none. */
export function alternativesOffered(question: string): Alternatives | undefined {
  // (A dash between spaces parts clauses as a comma does; one inside a word is the word's: "son-gwon".)
  // (Read as typed, case aside: "the US" stays a name, as the plan writes it.)
  const q = question.replace(/\s+/g, " ").replace(/ [-–—] /g, ", ");
  // (Not a judgement between them: "who has more to gain, china or nk" is no name a sentence holds.)
  if (!/\bor\b/i.test(q) || JUDGEMENT.test(q)) return undefined;
  const quoted = QUOTED_PAIR.exec(q);
  if (quoted) return { options: [quoted[1]!.trim(), quoted[2]!.trim()], quoted: true };
  const wasIt = WAS_IT.exec(q);
  const afterWasIt = wasIt ? pair(wasIt[1]!, wasIt[2]!) : undefined;
  if (afterWasIt) return afterWasIt;
  // "beijing or pyongyang, where were the msgs handed over": the pair offered first, the question after it.
  const first = OFFERED_FIRST.exec(q);
  const offeredFirst = first ? pair(first[1]!, first[2]!) : undefined;
  if (offeredFirst) return offeredFirst;
  // The last clause that ends in "A or B" (a question may go on after it: "... or confrontation?? i saw both posted").
  const last = [...q.matchAll(CLAUSE_END)].at(-1);
  return last ? pair(last[1]!, last[2]!) : undefined;
}

const offered = new WeakMap<QueryPlan, Alternatives | null>();

/**
 * The alternatives the plan's question offers, made once per plan: as typed, read from the
 * question the member wrote ("or just un ones", before the chat normaliser drops "just"); spelt
 * as the plan corrected them ("pyonyang or beijin" → "pyongyang", "beijing") when the corrected
 * question offers alternatives of the same lengths.
 */
export function alternativesOf(plan: QueryPlan): Alternatives | undefined {
  let found = offered.get(plan);
  if (found === undefined) {
    const typed = alternativesOffered(plan.question);
    const corrected = typed && alternativesOffered(plan.normalised);
    const same = corrected && corrected.options.every((o, i) => words(o).length === words(typed.options[i]!).length);
    offered.set(plan, (found = (same ? corrected : typed) ?? null));
  }
  return found ?? undefined;
}

/** The tokens of an alternative that say it: its words, or for a name typed alone ("US") the name the analyzer reads in it. */
function alternativeTokens(alternative: string, analyzer: Analyzer): Token[] {
  const all = analyzer.tokens(alternative).filter((t) => t.terms.length > 0);
  const ofWords = all.filter((t) => !t.terms.every(isEntityTerm));
  return ofWords.length ? ofWords : all;
}

/**
 * Where `text` names the alternative: each of its tokens' terms, in that order, close together
 * (a name the analyzer adds over words may stand between: "sung kim" in "... North Korea Sung
 * Kim"; "beijing" in "in Beijing"; "US" as the United States), the span running from the first to
 * the last. Undefined when some word is missing.
 */
function named(wanted: readonly string[][], tokens: readonly Token[]): Span | undefined {
  const holds = (token: Token, terms: readonly string[]) => terms.some((t) => token.terms.includes(t));
  for (let i = 0; i < tokens.length; i++) {
    if (!holds(tokens[i]!, wanted[0]!)) continue;
    let end = i;
    let found = 1;
    for (const terms of wanted.slice(1)) {
      const next = [end + 1, end + 2].find((j) => j < tokens.length && holds(tokens[j]!, terms));
      if (next === undefined) break;
      end = next;
      found++;
    }
    if (found === wanted.length) return { start: tokens[i]!.start, end: Math.max(...tokens.slice(i, end + 1).map((t) => t.end)) };
  }
  return undefined;
}

/**
 * The answer to a question that offers alternatives, in `text`: the kind's own answer when it is
 * one of them or none is named; else the one alternative the text names. Undefined when the text
 * names both and the kind's answer is neither.
 */
export function chosenAlternative(alternatives: Alternatives, text: string, kindAnswer: Span | undefined, analyzer: Analyzer): Span | undefined {
  const present = alternativesNamed(alternatives, text, analyzer);
  if (present === undefined || present.length === 0) return kindAnswer;
  if (kindAnswer && present.some((s) => s.start < kindAnswer.end && kindAnswer.start < s.end)) return kindAnswer;
  if (present.length > 1) return undefined;
  const [only] = present as [Span];
  // Quoted words as typed; else only names and figures, as the text prints them.
  const asName = alternatives.options.every((a) => nameLike(a, analyzer)) && PRINTED_AS_NAME.test(text.slice(only.start, only.end));
  if (!alternatives.quoted && !asName) return undefined;
  // A number with the unit the text gives it: "10 yrs or 20?" → "20 years", not a bare "20".
  const unit = /^\d+$/.test(text.slice(only.start, only.end)) ? UNIT_AFTER.exec(text.slice(only.end))?.[0].length ?? 0 : 0;
  return { start: only.start, end: only.end + unit };
}

/** A unit after a number: " years", " times", " percent". */
const UNIT_AFTER = /^ (?:years?|months?|weeks?|days?|decades?|times|percent|per cent)\b/;

/** A name or a number as typed: a name the analyzer knows, figures, or a word everyday English does not have ("kyodo"); not "president" or "chairman", titles capitalised before a name. */
const nameLike = (typed: string, analyzer: Analyzer) => /\d/.test(typed) || analyzer.terms(typed).some(isEntityTerm) || words(typed).some((w) => !isEnglishWord(w));

/**
 * Where `text` names each alternative it names (see `named`); undefined when an alternative is no
 * word of any weight ("the us" typed in lower case): nothing to tell them apart by.
 */
export function alternativesNamed(alternatives: Alternatives, text: string, analyzer: Analyzer): Span[] | undefined {
  const wanted = alternatives.options.map((a) => alternativeTokens(a, analyzer).map((t) => t.terms));
  if (wanted.some((w) => w.length === 0)) return undefined;
  const tokens = analyzer.tokens(text).filter((t) => t.terms.length > 0);
  return wanted.map((w) => named(w, tokens)).filter((s): s is Span => s !== undefined);
}

/** Every word capitalised or in figures: "Sung Kim", "July 7", "Kyodo News", "1949". */
const PRINTED_AS_NAME = /^(?:[\p{Lu}\p{N}][^\s]*)(?:\s+[\p{Lu}\p{N}][^\s]*)*$/u;
