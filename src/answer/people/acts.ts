import { type Analyzer, type WordAt } from "../../search/analyzer.js";
import type { QueryPlan } from "../../search/queryPlan.js";
import { PERSON_ROLE, ROLE } from "../../search/roles.js";
import { only, type Span } from "../spans.js";
import { askedVerb } from "./asked.js";
import { NEGATION, nameSpans, stemsAndSynonyms, unknownNames } from "./names.js";
import { appositiveAfter, roleSpans } from "./titles.js";

/**
 * Who did what a question asks ("who signed the treaty", "who did kim meet"): a sentence's doers
 * and objects of the verb asked, people or offices.
 */
/** Two names joined as one answer: "Zhou Enlai and North Korea's Kim Il Sung". */
export const JOINED = /^ and (?:[A-Z][\p{L}’']+ )*$/u;
/** Two doers joined, the second by its office: "Xi Jinping and North Korean leader Kim Jong-un pledged". */
const JOINED_BY_OFFICE = new RegExp(`^ and (?:[A-Z][\\p{L}’']+ )*(?:${ROLE}) $`, "u");

/**
 * Two doers of the act asked as one answer: "Zhou Enlai and North Korea's Kim Il Sung", "Xi
 * Jinping and North Korean leader Kim Jong-un", or with the first one's description between
 * ("Song Tao, the minister of the International Department ..., and Ri Ryong Nam"): who did it
 * is both, and neither alone.
 */
export function joined(text: string, first: Span, second: Span): boolean {
  const between = text.slice(first.end, second.start);
  if (JOINED.test(between) || JOINED_BY_OFFICE.test(between)) return true;
  const description = appositiveAfter(text, first.end);
  return description !== undefined && /^,? and $/.test(text.slice(description.end, second.start));
}

/**
 * For "who did sung kim talk to": the one person of `candidates` named within a few words after
 * the act in the sentence ("spoke to Liu on the phone", "has blasted Trump’s successor, Joe
 * Biden"), by the question's verb or a thesaurus word for it (its `span` none when it names no one
 * person there); undefined when the sentence does not tell the act in those words.
 */
export function objectOf(verb: string, text: string, candidates: readonly Span[], analyzer: Analyzer): { span: Span | undefined } | undefined {
  const acts = stemsAndSynonyms([verb], analyzer);
  // Talking and meeting go both ways: "who did liu talk to" is "Sung Kim spoke to Liu".
  const mutual = [...acts].some((a) => MUTUAL_ACTS.has(a));
  for (const w of analyzer.words(text)) {
    if (!acts.has(w.stem ?? "")) continue;
    const after = w.index + w.word.length;
    const near = candidates.filter((c) => (c.start >= after && c.start - after <= OBJECT_WITHIN) || (mutual && c.end <= w.index && w.index - c.end <= OBJECT_WITHIN));
    // "blasted Trump’s successor, Joe Biden": a name in the possessive only qualifies the one the act is done to.
    const own = near.filter((c) => !/^['’]s\b/.test(text.slice(c.end)));
    return { span: only(own.length ? own : near) };
  }
  return undefined;
}
/** Acts done with someone rather than to them (as stems). */
const MUTUAL_ACTS: ReadonlySet<string> = new Set(["talk", "speak", "spoke", "meet", "met", "phone", "chat", "negoti"]);
/** How far after the act (in characters) the one it is done to may be named: "blasted Trump’s successor, Joe Biden". */
const OBJECT_WITHIN = 30;

/** Verbs of saying and foreseeing, as stems: their doer is whoever the sentence gives the words to. */
export const SAYING = new Set(["predict", "forecast", "expect", "anticip", "think", "believ", "suggest", "hint", "claim", "argu", "warn", "insist", "assert", "state", "announc"]);

/**
 * The people of `candidates` who do `verb` in the sentence: after "<verb> by" ("Signed by former
 * Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord ..."), up to the end of
 * that clause, or just before it ("Liu told the envoy"). `undefined` when the sentence does not
 * use the verb (then it may still answer otherwise); `[]` when it uses it without saying who.
 */
export function agentsOf(verb: ReadonlySet<string>, text: string, candidates: Span[], analyzer: Analyzer): Span[] | undefined {
  // "spoke to Liu on the phone": after a determiner the word names a thing, not the act asked
  // ("who phoned Liu"); but "the signing of the treaty", "the visit of Xi" name the act.
  const thing = (w: WordAt) => DETERMINER_BEFORE.test(text.slice(Math.max(0, w.index - 7), w.index)) && !/^\s+of\b/.test(text.slice(w.index + w.word.length));
  const uses = analyzer.words(text).filter((w) => verb.has(w.stem ?? "") && !thing(w));
  if (!uses.length) return undefined;
  const found: Span[] = [];
  for (const use of uses) {
    const after = use.index + use.word.length;
    const by = /^ by /.exec(text.slice(after));
    if (by) {
      const clauseEnd = (from: number) => {
        const end = text.slice(from).search(/, (?:the|a|an|which|who|as|while)\b|[.;]\s|[.;]?$/);
        return end < 0 ? text.length : from + end;
      };
      let end = clauseEnd(after);
      // A description set off after a doer does not end the clause when another follows: "by Song Tao, the minister of ..., and Ri Ryong Nam".
      for (let last = candidates.filter((c) => c.start >= after && c.end <= end).at(-1); last; ) {
        const description = appositiveAfter(text, last.end);
        const and = description && /^,? and /.exec(text.slice(description.end));
        if (!and) break;
        end = clauseEnd(description.end + and[0].length);
        const next = candidates.filter((c) => c.start >= description.end && c.end <= end).at(-1);
        last = next !== last ? next : undefined;
      }
      found.push(...candidates.filter((c) => c.start >= after && c.end <= end));
    } else {
      // The doer just before the verb, a word or two between at most ("Liu also told"), or a clause
      // set off by commas ("Wang, who also referred to the peninsula as “China's doorstep,” said").
      const before = (c: Span) => text.slice(c.end, use.index);
      const earlier = candidates.filter((c) => c.end <= use.index);
      const nearest = earlier.at(-1);
      // (A quotation may open between: 'Liu Xiaoming is "actively engaging ...'.)
      // Not one who does not do it: "the United States does not support Taiwan independence" is no supporter.
      if (nearest && NEGATION.test(before(nearest))) continue;
      // Or the subject of a relative clause: "Wang, who also referred to ...".
      if (nearest && (/^(?:\s+["“]?\p{L}+){0,2}\s+["“]?$/u.test(` ${before(nearest)}`) || /^, (?:who|whose|the|a|an)\b.*,["”’]?\s+$/u.test(before(nearest)) || /^, who(?: (?:also|\p{L}+ly))?\s+$/u.test(before(nearest)))) {
        // Both of "Xi Jinping and North Korean leader Kim Jong-un pledged": the doer is the pair.
        const other = earlier.at(-2);
        if (other && joined(text, other, nearest)) found.push(other);
        found.push(nearest);
      } else if (nearest && earlier.length > 1 && /^['’]s\b/.test(text.slice(nearest.end)) && /^, [^,]{1,60},\s+$/u.test(before(earlier.at(-2)!))) {
        // "Kim Il Sung, Kim Jong Un’s grandfather, led ...": the one named in the description is not the doer.
        found.push(earlier.at(-2)!);
      } else {
        // "Kurt Campbell said Tuesday at ... that he expects": "he" of what a speaker said is the speaker.
        const sayer = SAYER_THEN_PRONOUN.exec(text.slice(0, use.index));
        const speaker = sayer && candidates.filter((c) => c.end <= sayer.index).at(-1);
        if (speaker && /^(?:\s+\p{L}+){0,2}\s+$/u.test(` ${text.slice(speaker.end, sayer.index)}`)) found.push(speaker);
        // "Former US president Donald Trump met with Kim three times, but he refused ...": "he" of a second clause is the subject of the first, who opens the sentence.
        else if (!sayer && SECOND_CLAUSE_PRONOUN.test(text.slice(0, use.index)) && candidates[0] && SUBJECT_OPENING.test(text.slice(0, candidates[0].start))) found.push(candidates[0]);
      }
    }
  }
  return [...new Map(found.map((f) => [f.start, f])).values()].sort((a, b) => a.start - b.start);
}

const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|this|that)\s+$/i;

/** A second clause of the sentence that opens on "he" or "she" just before the verb: ", but he [refused]", "and she [said]". */
const SECOND_CLAUSE_PRONOUN = /,? (?:but|and|yet|so|while|although|though) (?:he|she)(?: (?:also|then|later|still|never|\p{Ll}+ly))?\s+$/u;
/** What may stand before a sentence's subject: a few words of its title ("Former US president "), no clause. */
const SUBJECT_OPENING = /^(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** A saying whose clause opens on "he" or "she" just before the verb: "said Tuesday at an online event that he [expects]". */
const SAYER_THEN_PRONOUN = /\b(?:said|says|told [\p{L} ]{1,40}?|added|noted|stated)\b[^.;:“”"]{0,80}?\bthat (?:he|she)(?: \p{Ll}+ly)?\s+$/u;

/** Whether the question asks who did something ("who signed the treaty"), not who someone is. */
export function asksForDoer(plan: QueryPlan, analyzer: Analyzer): boolean {
  return askedVerb(plan, analyzer) !== undefined;
}

/** Whether the sentence tells the act asked, done by someone it names by office and not by name: "North Korea's foreign minister has ruled out ...". */
export function doneByOffice(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const verb = askedVerb(plan, analyzer);
  const found = verb ? agentsOf(verb, text, nameSpans(plan, text, analyzer), analyzer) : undefined;
  // The act itself, not a noun made of it ("saying negotiations with the US would lead nowhere" tells no one negotiating).
  const asAVerb = verb !== undefined && analyzer.words(text).some((w) => verb.has(w.stem ?? "") && !NOUN_OF_ACT.test(w.word));
  return found !== undefined && found.length === 0 && asAVerb && PERSON_ROLE.test(text);
}
/** A noun made of a verb: "negotiations", "agreement". */
const NOUN_OF_ACT = /(?:ions?|ments?)$/i;

/**
 * Whether a "who <did it>" question's act goes without a doer in the sentence: told without one
 * ("the signing of the treaty") or not told at all ("Wang Wenbin said ... the 1961 treaty"). Such
 * a sentence answers nothing, however well it matches.
 */
export function namesNoDoer(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const verb = askedVerb(plan, analyzer);
  return verb !== undefined && !agentsOf(verb, text, nameSpans(plan, text, analyzer), analyzer)?.length;
}

/**
 * "who reciprocated the chinese ambassador's remarks" → "The top envoy of the North to Beijing
 * reciprocated.": the office that does the act asked, in a sentence that names no one (the last
 * resort of a "who" line: a quotation after it may name the holder, see `answer.ts`).
 */
export function officeDoerOf(plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const verb = askedVerb(plan, analyzer);
  if (!verb || analyzer.entities(text).some((e) => e.entity.kind === "person") || unknownNames(text, analyzer).length) return undefined;
  const asked = plan.normalised.toLowerCase();
  const found = agentsOf(verb, text, roleSpans(text).filter((s) => !asked.includes(text.slice(s.start, s.end).toLowerCase())), analyzer);
  return found && only(found);
}
