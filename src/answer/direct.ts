import { type Analyzer, entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { countryOf } from "../search/places.js";
import { PERSON_ROLE, rolePattern } from "../search/roles.js";
import { isEnglishWord } from "../search/wordFrequency.js";
import { asksForDoer, asksForObject, countriesIn, doneByOffice, holdsPostAsked, namesNoDoer, namesPostAsked, officeDoerOf, officeSayerOf, personOf, titleOf } from "./people.js";
import { type Alternatives, alternativesOf, chosenAlternative } from "./alternatives.js";
import { blankOf, guessedPhrase } from "./blanks.js";
import { askedPart, BESIDES_ASKED, BLANK_FIRST, HOW_MADE, type FactKind, describedThingOf, factKindOf, focusNounOf, RELATION, whatMovedLast } from "./factKind.js";
import { AGE, countedTerms, DURATION, EXACT_COUNT_ASKED, holdsMeasure, NUMBER_WORD, YEAR } from "./measures.js";
import { coinedFor, describingWords, focusPhrase } from "./namingPhrases.js";
import { quoteRestIn } from "./quoteRest.js";
import { SAYING, SPEAKING } from "./saying.js";
import { ACCORDING_TO, lastWord, matches, only, type Span, trimLeadingLowercase } from "./spans.js";

/**
 * The one-line answer to a short-fact question ("when was it renewed" → "1981 and 2001"),
 * copied from a passage: the words are a slice of the sentence, never composed. Each kind of
 * question has a rule for what its answer looks like in news prose (a year or date, a number
 * with its noun, a name, the title before a name, an abbreviation's expansion, the outlet after
 * "according to", the place after "in"). A rule answers only when the sentence holds exactly
 * one thing of that kind that the question does not already name: a wrong line is worse than
 * none, so anything ambiguous gives none.
 */
export type { Span } from "./spans.js";

/** "how long is the border", "how long is the river": the length of a thing on the ground. */
const LENGTH_OF_A_THING = /\bhow long (?:is|was|are|were) (?:the )?(?:[\w'’-]+ ){0,4}(?:border|frontier|boundary|river|wall|bridge|road|railway|railroad|coast|coastline|tunnel|canal|runway|pipeline)s?\b/i;

export const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** "July 11, 1961", "March 2018", "July 11", "1981 and 2001", "the 1930s", "1961". */
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DATE = new RegExp(`${MONTH} \\d{1,2}, ${YEAR}|${MONTH} ${YEAR}|${MONTH} \\d{1,2}\\b|${YEAR}s?(?:,? and ${YEAR}s?)?|${MONTH}\\b|${WEEKDAY}\\b`, "g");
const ANY_TIME = new RegExp(DATE.source);
/** "what day", "what was the date", "the exact date", "signed when, date pls": a day asked, not a year. */
const DAY_ASKED = /\b(?:what|which|exact|actual) (?:[a-z]+ ){0,2}(?:day|date)\b|, (?:the )?date\b|\bdate (?:pls|plz|please)\b/;
const DAY_PRECISE = new RegExp(`^(?:${MONTH} \\d{1,2}\\b|${WEEKDAY})`);
/** "what day of the week", "which weekday": a weekday asked, which only a weekday's name answers. */
export const WEEKDAY_ASKED = /\bday of (?:the )?week\b|\bweek ?days?\b/;
const WEEKDAY_START = new RegExp(`^${WEEKDAY}`);
/** "what day and month": a weekday ("around Sunday") does not say it. */
const MONTH_DAY_ASKED = /\bday (?:and|n|&|\/) (?:the )?month\b|\bmonth (?:and|n|&|\/) (?:the )?day\b/;
const MONTH_DAY = new RegExp(`^${MONTH} \\d{1,2}\\b`);
/** A month's name in a sentence ("July 11"), and as a word of a question. */
const MONTH_NAMED = new RegExp(`${MONTH}\\b`, "g");
const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, "i");
/** "the 1961 treaty": a year used as a name of something, not the time of what the sentence tells (but "date back to the 1930s" is a time). */
const ATTRIBUTIVE_YEAR = /\bthe $/i;
/** Whether a question names a thing and no event of it ("treaty year?", "what year is the pact from"): only the subject's words, names and the frame. */
const thingOnly = (plan: QueryPlan) =>
  plan.concepts.some((c) => THING_WORD.test(c.surface)) && plan.concepts.every((c) => THING_WORD.test(c.surface) || BEGINNING.test(c.surface) || [...c.terms.keys()].every((t) => isEntityTerm(t))) && !SAID_ASKED.test(plan.normalised);
/** Words that ask for a thing's beginning, which its making is: "when did the alliance start". */
const BEGINNING = /^(?:begin|began|begun|begins|beginning|start|started|starts|starting|originate|originated|origin|origins)$/i;
/** A saying asked, whose words are stop words, not concepts ("when did the spokesman say the treaty stuff"). */
const SAID_ASKED = /\b(?:said|says|say|told|tell|spoke|speak|stated|wrote|called|claimed|mentioned)\b/i;
const THING_WORD = /^(?:treaty|treaties|pact|pacts|alliance|accord|agreement|deal|ties|relations|relationship|friendship)$/i;
/** The making of a thing asked: "when was it signed", "when were ties established". */
const MAKING_ASKED = /\b(?:sign|signs|signed|signing|conclude|concluded|ink|inked|establish|established|found|founded|form|formed|create|created|adopt|adopted)\b/;
/** A time told as a thing's making: "signed in 1961", "Signed in 1961, the ... Treaty", "signed between the two countries on July 11, 1961", "established diplomatic relations in 1949", "date back to the 1930s". */
/** (A year after its day counts too: "signed ... on July 11, 1961" dates the making by 1961 as well.) */
const madeAt = (text: string, s: Span) => MADE_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start).replace(DAY_OF_MONTH_BEFORE, ""));
const DAY_OF_MONTH_BEFORE = new RegExp(`${MONTH} \\d{1,2}, $`);
/** A renewal or extension of the treaty, asked about or told. */
export const RENEWAL = /\b(?:renew\w*|extension|extended|prolong\w*)\b/i;
const MADE_BEFORE = /\b(?:signed|concluded|inked|established|founded|formed|created|adopted)\b(?:\s+[\p{L}-]+){0,5}\s+(?:in|on)\s+$|\bdates? back to (?:the )?$/iu;
const attributive = (text: string, s: Span) => ATTRIBUTIVE_YEAR.test(text.slice(0, s.start)) && !text.slice(s.start, s.end).endsWith("s");
const YEARS = new RegExp(`${YEAR}s?(?:,? and ${YEAR}s?)?`, "g");
/** What something has at its core: "with socialism as its core", "socialism is at the core of". */
const CORE = /(?<=\bwith )(?:[\p{L}-]+ ){0,2}[\p{L}-]+(?= as (?:its|their|the) (?:core|heart|basis|foundation|cornerstone)\b)|\b[\p{L}-]+(?= (?:is|was|are|were|lies|remains) (?:at )?the (?:core|heart|basis|foundation|cornerstone) of\b)/gu;
/** A purpose told by the infinitive after it: "the treaty's purpose is to defend socialism and peace in Asia" (to the clause's end, eight words at most). */
const PURPOSE = /(?<=\b(?:purpose|point|aim|goal) (?:is|was) )to(?: [\p{L}’'-]+){1,8}/gu;
/** An occasion: "the second anniversary of the visit of President Xi Jinping to the hermit kingdom", up to the clause's end (a date's year kept: "on July 11, 1961"). */
const ANNIVERSARY = /\b(?:the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|tenth|[a-z]+tieth) anniversary of [^,.;:"“”]+(?:, \d{4}\b)?/g;
/** The way or means of a doing: "through diplomacy as well as stern deterrence", "on the phone", "in person". */
const MEANS = /\bthrough (?!the (?:years|decades|centuries)\b)[^,.;:"“”]+|\b(?:on|over|by) the (?:phone|telephone)\b|\bby (?:phone|telephone|video(?: link)?|letter)\b|\bin person\b|\bface[ -]to[ -]face\b|\bvirtually\b/g;
/** A participle and how: "forged with blood", "delivered by Song Tao", "built through ..." (group 1: the participle, group 2: the phrase). */
const MADE_WITH = /\b([a-z]+(?:ed|en)) ((?:with|by|through|via|in) [\p{L}’' -]{2,40}?)(?=[,.;”"]| (?:on|at|to|for|and|of)\b|$)/gu;
/** "how many times", "how often": a number of times asked. */
const TIMES_ASKED = /\bhow many times\b|\bhow often\b/i;
/** None yet: "have yet to meet", "has never visited". */
const NOT_YET = /\b(?:yet to|never|not yet) [a-z]+/g;
/** Where the sentence says the act asked has not happened yet ("how many times have biden and xi met": "have yet to meet"). */
const notYet = (plan: QueryPlan, text: string, analyzer: Analyzer): Span[] =>
  matches(text, NOT_YET).filter((s) => {
    const act = analyzer.stemWord(lastWord(text.slice(s.start, s.end)));
    return act !== undefined && plan.concepts.some((c) => c.terms.has(act));
  });
/** "how long have they had ties", "how long has he been in office": the time since something began, which its year tells too. */
const LENGTH_SINCE_ASKED = /\bhow long (?:have|has|had|'ve)\b/i;
const YEAR_OR_DECADE = new RegExp(`\\b${YEAR}\\b|\\b(?:1[6-9]|20)\\d0s\\b`);
/** Two years or more told together: "in 1981 and 2001". */
const YEAR_LIST = new RegExp(`${YEAR}(?:,? ${YEAR})*,? and ${YEAR}`);
/** What something lasts until: "until agreement is reached on its amendment or termination", up to the clause's end. */
const UNTIL = /\buntil [^,.;:"”]+/g;
/** "several rounds", "three times", "20 years", "five times"; with an adjective ("two leading powers") for a noun the question names. */
const COUNT = new RegExp(`\\b(?:${NUMBER_WORD}) [a-z]+\\b|\\b(?:once|twice)\\b`, "gi");
const COUNT_WITH_ADJECTIVE = new RegExp(`\\b(?:${NUMBER_WORD}) [a-z]+ [a-z]+\\b`, "gi");
/** A share of something: "most of the trade", "half of", "90 percent of". */
const SHARE = /\b(?:most|nearly all|almost all|all|half|(?:a|one|two) (?:third|quarter)s?|\d+(?:\.\d+)?\s?(?:%|percent|per cent)) of (?:the |its |their )?[\p{L}-]+/giu;
/** "Korean Central News Agency (KCNA)": the words before an abbreviation in brackets. */
const EXPANSION = /((?:[A-Z][\p{L}’'-]*|of|the|and|for|de)(?: (?:[A-Z][\p{L}’'-]*|of|the|and|for|de))*) \(([A-Z]{2,8})\)/gu;
/** "according to Nikkei Asia", "KCNA reported", "a statement carried by KCNA", "South China Morning Post goes on to add": an outlet, never a pronoun ("He said"). */
const SOURCE = /\b(?:[Aa]ccording to|(?:carried|published|released|aired|broadcast) by) ((?:the )?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)|\b(?!(?:He|She|It|They|We|I) )((?:[A-Z][\p{L}]+ )*[A-Z][\p{L}]+) (?:goes on to |went on to )?(?:reported|reports|said|says|quoted|quotes|mentioned|mentions|adds|added|add|notes|noted|writes|wrote)\b/gu;
/** Whom a report cites: "citing a source at the U.S. State Department". */
const CITED = /(?<=\bciting )(?:an? (?:source|official)s? (?:at|in|from) )?(?:the )?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*(?<!\.)/gu;
/** Numbers offered to choose from: "1961 or 1962", "every 20 years or every 10", "10 yrs vs 20". */
const OFFERED = /\b\d{1,4}s?(?:\s+(?:years?|yrs?|times?))?\s*(?:or|vs\.?|\/)\s*(?:every\s+|the\s+|maybe\s+)?\d{1,4}s?\b/gi;
/** "who said ...", "who reported ...": asked of whoever said it, a person or an outlet. */
export const WHO_SAID = /^who (?:said|says|reported|reports|wrote|writes|claimed|claims|added|adds|noted|notes|mentioned|quoted|quotes|cited|cites)\b/;
export interface DirectInput {
  plan: QueryPlan;
  text: string;
  analyzer: Analyzer;
}

/** The answer's span in `text`, or undefined when this sentence holds no single answer of the kind asked. */
export function directSpan({ plan, text, analyzer }: DirectInput): Span | undefined {
  const kind = factKindOf(plan);
  return kind && spanOf(kind, plan, text, analyzer);
}

/**
 * A short-fact question as one search reads it: its kind, and the answer each sentence holds,
 * found once per sentence (ranking, the no-answer decision and the reply all ask for it).
 */
export class ShortFact {
  private readonly spans = new Map<string, Span | undefined>();

  constructor(
    readonly kind: FactKind,
    private readonly plan: QueryPlan,
    private readonly analyzer: Analyzer,
    /** The alternatives the question offers, for the reply's line (see `directFact`). */
    private readonly alternatives?: Alternatives,
  ) {}

  span(sentence: { id: string; text: string }): Span | undefined {
    if (!this.spans.has(sentence.id)) {
      const own = this.kind === "choice" ? undefined : spanOf(this.kind, this.plan, sentence.text, this.analyzer);
      // Alternatives offered ("was it in pyongyang or beijing"): the one the sentence holds, unless the kind's own answer is one.
      this.spans.set(sentence.id, this.alternatives ? chosenAlternative(this.alternatives, sentence.text, own, this.analyzer) : own);
    }
    return this.spans.get(sentence.id);
  }

  /**
   * Whether the sentence holds anything at all that could answer a question asking for a
   * measure (a year, a number of things, a length of time, a person's age), however many:
   * looser than `span`, which wants exactly one. Undefined for the other kinds, and for a count
   * whose question names no thing counted ("how often", "how much is it worth").
   */
  measures(sentence: { text: string }): boolean | undefined {
    const personsAge = this.kind === "age" && asksAboutAPerson(this.plan, this.analyzer);
    // "how long is the china nk border": a distance, not a length of time.
    const kind = this.kind === "duration" && LENGTH_OF_A_THING.test(this.plan.normalised) ? "distance" : this.kind;
    const exact = this.kind === "count" && EXACT_COUNT_ASKED.test(this.plan.normalised);
    const held = holdsMeasure(kind, sentence.text, { personsAge, counted: this.kind === "count" ? this.counted : undefined, exact, analyzer: this.analyzer });
    // "how many times has it been renewed": the years it happened in count too ("renewed it in 1981 and 2001").
    // (Or none yet: "how many times have biden and xi met", "have yet to meet".)
    if (held === false && this.kind === "count" && TIMES_ASKED.test(this.plan.normalised) && (YEAR_LIST.test(sentence.text) || notYet(this.plan, sentence.text, this.analyzer).length > 0)) return true;
    // "how long have china and nk had diplomatic ties": the year it began tells as much ("established diplomatic relations in 1949").
    return held === false && this.kind === "duration" && LENGTH_SINCE_ASKED.test(this.plan.normalised) && YEAR_OR_DECADE.test(sentence.text) ? true : held;
  }

  /** The stems of the thing a "how many" question counts ("how many chinese troops" → chinese, troop and their neighbours), made once. */
  private get counted(): ReadonlySet<string> | undefined {
    if (this.countedTerms === undefined) this.countedTerms = countedTerms(this.plan) ?? null;
    return this.countedTerms ?? undefined;
  }
  private countedTerms: ReadonlySet<string> | null | undefined;

  /**
   * Whether the sentence tells a place or an occasion at all (for "where" questions; see
   * `refusal.ts`): the answer it would give, else a capitalised name after "in" or "at" that the
   * alias file does not know ("discussed in Geneva"), or an occasion ("at an online Asia Society
   * event", of which the sentence may tell two), which a line would not state but a passage may
   * well answer with.
   */
  tellsAPlace(sentence: { id: string; text: string }): boolean {
    // An occasion ("at an online Asia Society event") or whose doorstep it is at ("China's doorstep") tells where, unless the
    // question names the occasion itself or asks for a city or country.
    const anyWhere = !PLACE_ONLY.test(this.plan.normalised.toLowerCase());
    const occasion = anyWhere && (ANY_VENUE.test(sentence.text) || DOORSTEP.test(sentence.text));
    // "which chinese city did kim visit", "where in china": a place of that country ("in Pyongyang" is none).
    const country = countryAsked(this.plan.normalised, this.analyzer);
    const inCountry = (name: string) => !country || (countryOf(name) ?? country) === country;
    const span = this.span(sentence);
    // "the us special rep said in seoul the us is willing to meet the north?": a place stated, not asked, which a sentence naming it tells ("During a visit to Seoul").
    if (!WHERE_WORD.test(this.plan.normalised.toLowerCase()) && this.analyzer.entities(sentence.text).some((e) => e.entity.kind === "place" && this.plan.concepts.some((c) => c.terms.get(entityTerm(e.entity.name)) === 1 && this.analyzer.entities(c.surface).some((n) => n.entity.kind === "place")))) return true;
    const named = [...sentence.text.matchAll(NAMED_PLACES)].some((m) => inCountry(m[1]!));
    return (span !== undefined && inCountry(sentence.text.slice(span.start, span.end))) || named || GROUND.test(sentence.text) || occasion;
  }

  /**
   * Whether the sentence names any outlet a "which outlet reported it" question could be answered
   * with (its dateline's, one it is "according to", one that "reported" or "said", one it cites):
   * one that names none ("In a message sent to ... Kim Jong-un said ...") cannot answer it.
   */
  namesAnOutlet(sentence: { text: string }): boolean {
    return DATELINE.test(sentence.text) || matches(sentence.text, SOURCE).length > 0 || /\bciting\b/.test(sentence.text);
  }

  /** Whether the sentence tells a time at all: a year, a month or a day of the week (for "when" questions; see `refusal.ts`). */
  tellsATime(sentence: { text: string }): boolean {
    return ANY_TIME.test(sentence.text);
  }

  /** Whether the question asks who holds an office ("whats the name of chinas ambassador in pyongyang", "who is the chinese spokesman"), not who did something. */
  get asksForOfficeHolder(): boolean {
    // "according to the spokesman" names a source, not the office asked for.
    // "who said the two presidents might meet": the office named is what was said about, not the sayer's.
    // Nor "the us special rep guy seems busy. who did he call": whom the office's holder called.
    return this.kind === "person" && PERSON_ROLE.test(this.plan.normalised.replace(ACCORDING_TO, "")) && !this.asksForDoer && !WHO_SAID.test(this.plan.normalised.toLowerCase()) && !asksForObject(this.plan, this.analyzer);
  }

  /**
   * Whether the sentence may name the holder of the office asked: the person it names holds that
   * post as it tells it ("U.S. Special Representative for North Korea Sung Kim" for "who is the us
   * envoy"), or it names the post beside the person ("Liu told the U.S. envoy ..."). Not "Song
   * Tao, the minister of the International Department" for "who is china's ambassador".
   */
  mayNameHolder(sentence: { id: string; text: string }, next?: { id: string; text: string }): boolean {
    const span = this.span(sentence);
    if (span !== undefined) return this.givesPostAsked(sentence.text, span) || namesPostAsked(this.plan, sentence.text, this.analyzer);
    // Or the quotation shown after it names them ("North Korea's foreign minister has ruled out ..." → "..., Ri Son-gwon said").
    const later = next && this.span(next);
    return later !== undefined && this.givesPostAsked(next!.text, later, sentence.text);
  }

  /**
   * Whether the answer at `span` of `text` is the holder of the post asked, as the sentence tells
   * it ("who is the us secretary of state": not "Campbell also said ..."); true for other questions.
   * With `post`, a sentence before it that names the post vouches for it ("North Korea's foreign
   * minister has ruled out ..." before "“We are not considering ...,” Ri Son-gwon said").
   */
  givesPostAsked(text: string, span: Span, post?: string): boolean {
    if (!this.asksForOfficeHolder) return true;
    return holdsPostAsked(span, this.plan, text, this.analyzer) || (post !== undefined && namesPostAsked(this.plan, post, this.analyzer));
  }

  /** Whether the sentence tells the act a "who" question asks about as done by someone it names only by office ("North Korea's foreign minister has ruled out ..."). */
  doneByUnnamedHolder(text: string): boolean {
    return this.asksForDoer && doneByOffice(this.plan, text, this.analyzer);
  }

  /** The office that did the act a "who" question asks about, in a sentence that names no one (see `officeDoerOf`). */
  officeDoer(sentence: { text: string }): Span | undefined {
    return this.asksForDoer ? officeDoerOf(this.plan, sentence.text, this.analyzer) : undefined;
  }

  /** Whether the sentence names whoever did the act a "who" question asks about ("Signed by ... Zhou Enlai"): evidence enough that it answers, however little else of the question it matches. */
  namesDoer(sentence: { text: string }): boolean {
    // (Not a wish, whose object is the question: "who wants the treaty to end" is not "Regional stability is what China and North Korea want".)
    return this.asksForDoer && !WISH_ASKED.test(this.plan.normalised) && !this.silent(sentence);
  }

  /** Whether the sentence does not say who did what a "who" question asks ("the signing of the treaty", or no signing at all): no answer, however well it matches. */
  silent(sentence: { text: string }): boolean {
    return this.asksForDoer && namesNoDoer(this.plan, sentence.text, this.analyzer);
  }

  /** Whether it is a "who <did it>" question ("who signed the treaty"), read once: ranking and the reply ask it of every candidate sentence. */
  private get asksForDoer(): boolean {
    return (this.doerAsked ??= this.kind === "person" && asksForDoer(this.plan, this.analyzer));
  }
  private doerAsked: boolean | undefined;
}

const shortFacts = new WeakMap<QueryPlan, ShortFact | null>();

/**
 * The plan's short fact (made once per plan), or undefined when it asks for none, as ranking and
 * the no-answer decision read it: not a choice between alternatives offered, which only the
 * reply's line reads (see `directFact`).
 */
export function shortFact(plan: QueryPlan, analyzer: Analyzer): ShortFact | undefined {
  let fact = shortFacts.get(plan);
  if (fact === undefined) {
    const kind = factKindOf(plan);
    shortFacts.set(plan, (fact = kind && kind !== "choice" ? new ShortFact(kind, plan, analyzer) : null));
  }
  return fact ?? undefined;
}

const directFacts = new WeakMap<QueryPlan, ShortFact | null>();

/**
 * The short fact as the reply's line reads it: as `shortFact`, but where the question offers
 * alternatives ("was it xi or kim who said ...", "in pyongyang or beijing?"), the one a sentence
 * holds answers (see `alternatives.ts`).
 */
export function directFact(plan: QueryPlan, analyzer: Analyzer): ShortFact | undefined {
  const alternatives = alternativesOf(plan);
  if (!alternatives) return shortFact(plan, analyzer);
  let fact = directFacts.get(plan);
  if (fact === undefined) {
    const kind = factKindOf(plan);
    directFacts.set(plan, (fact = kind ? new ShortFact(kind, plan, analyzer, alternatives) : null));
  }
  return fact ?? undefined;
}

/** Words that hedge a date ("around Sunday"): part of the line, but no more of an answer than the date. */
export const HEDGE = "around|about|approximately|roughly";
const HEDGE_BEFORE = new RegExp(`\\b(?:${HEDGE})\\s+$`, "i");

/** A date with the hedge the sentence puts before it: "likely to take place around Sunday" → "around Sunday", not a firm "Sunday". */
function hedged(text: string, span: Span | undefined): Span | undefined {
  const hedge = span && HEDGE_BEFORE.exec(text.slice(Math.max(0, span.start - 15), span.start));
  return hedge ? { start: span!.start - hedge[0].length, end: span!.end } : span;
}

/** Three or more short items in a row ("education, culture, health, agriculture"), without a closing "etcetera". */
const LIST = /\b[\p{Ll}-]+(?:, [\p{Ll}-]+(?: [\p{Ll}-]+)?){2,}(?:,? and [\p{Ll}-]+(?: [\p{Ll}-]+)?)?(?<!\betc(?:etera)?)(?=[,.;]|$)/gu;

/** "where and when were the messages delivered", "when n where", "where did they meet ... and what day": a place asked with the time. */
const WHERE_AND_WHEN = /\bwhere (?:and|n|&|\+) (?:when|(?:on |at )?(?:what|which) (?:day|date))\b|\bwhen (?:and|n|&|\+) where\b|\bwhere\b.*\b(?:and|n|&|\+) (?:when|(?:what|which) (?:day|date))\b|\b(?:when|(?:what|which) (?:day|date))\b.*\b(?:and|n|&|\+) where\b/;
/** "when ... some summit in september? which one", "was it at the un?": the occasion asked with the time. */
const OCCASION_GUESSED = /\b(?:summit|conference|forum|assembly|gathering|event)s?\b|\bat the un\b/;
/** A named place or occasion right before a time ("in Beijing on Monday", "at the G20 summit in October") or a place right after it ("on Monday in Beijing"). */
const PLACE_BEFORE = /\b(?:in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|at the \p{Lu}[\p{L}\d'’-]*(?: [\p{L}\d'’-]+)?) (?:on |at |in )?$/u;
const PLACE_AFTER = /^ in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/u;

/** The time found, with the place the sentence names beside it, if any ("in Beijing on Monday"); not one the question names ("when is the g20 summit"). */
function withPlaceBeside(text: string, when: Span, asked: string): Span {
  const named = (place: string) => (place.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).every((w) => asked.includes(w));
  const before = PLACE_BEFORE.exec(text.slice(0, when.start));
  if (before && !named(before[0].replace(/^(?:in|at) (?:the )?/, ""))) return { start: before.index, end: when.end };
  const after = PLACE_AFTER.exec(text.slice(when.end));
  return after && !named(after[0]) ? { start: when.start, end: when.end + after[0].length } : when;
}

/** An occasion as a time: "on the second anniversary of the visit of President Xi Jinping". */
const OCCASION_TIME = /\b(?:on|at) the (?:[\p{L}\d-]+ )?anniversary of [^,.;:]+/gu;
/** "when did the ambassador make those remarks": the time of a saying, which an occasion may tell. */
const WHEN_SAID = /\b(?:say|said|says|comments?|remarks?|statements?|speech|observations?|words)\b/;
/** A saying or a report asked about: "what day did yonhap report the call", "when did wang give the briefing", "what day did kcna put out kim's message". */
const SAYING_ASKED = new RegExp(`${WHEN_SAID.source}|\\b(?:talk|talked|spoke|speak|report|reported|reports|briefing|story|stories|piece|article|put out|broke|announce|announced|message|messages|msg|msgs|came out|come out|credit)\\b`);
/** A verb of saying or reporting just before a time: "said Tuesday", "reported on Sunday". */
const SAID_BEFORE = /\b(?:said|says|reported|reports|told|announced|added|noted)(?: on)? $/i;
/** A report just before a time ("Yonhap reported Tuesday"), and a question that asks about a report ("when did yonhap report it", "who broke the story ... on what day"). */
const REPORTED_BEFORE = /\breport(?:ed|s)(?: on)? $/i;
const REPORT_ASKED = /\b(?:report|reported|reports|reporting|story|stories|news|broke|break|piece|article|published|carried|ran)\b/;

/** Whether a "when" question asks when something was said (see OCCASION_TIME). */
export const asksWhenSaid = (plan: QueryPlan) => WHEN_SAID.test(plan.normalised.toLowerCase());
/** A news dateline ("July 7 (UPI) -- ..."): when the story was filed, not when anything in it happened. */
export const DATELINE = /^[A-Z][a-z]{2,8}\.? \d{1,2} \(([A-Za-z. ]+)\) *(?:--|—|–)/;
const inDateline = (text: string, s: Span) => s.end <= (DATELINE.exec(text)?.[0].length ?? 0);
/** "upi article date?", "when was the story filed", "what date is the upi story from": the date of the report itself, which its dateline gives. */
export const REPORT_DATE_ASKED = /\b(?:article|report|story|piece)(?:'s)? date\b|\bdate (?:of|on) (?:the |that |this )?(?:[a-z]+ )?(?:article|report|story|piece)\b|\bdatelined?\b|\b(?:article|report|story|piece) (?:was |get |got )?(?:published|filed|written|posted|out)\b|\b(?:ran|run|published|posted|put out) (?:the |that |this |its )?(?:[a-z]+ )?(?:article|report|story|piece)\b|\b(?:date|day|when) (?:is|was|did) (?:the |that |this )?(?:[a-z]+ )?(?:article|report|story|piece) (?:from|come out|came out|dated)\b/;
/** "when's the renewal supposed to happen", "whens the treaty up for renewal": a time still to come, which only a sentence telling what will or may happen gives. */
const UPCOMING_ASKED = /\b(?:supposed|expected|due|set|likely|scheduled|planned|going) to\b|\b(?:does|do|did) (?:[a-z]+ ){1,3}expect\b|\b(?:up|due) for (?:renewal|extension|review)\b|\b(?:is|are|r) (?:the |that |this |it |they )?(?:[a-z]+ )?(?:happening|taking place|coming up)\b|(?:’s|'s) (?:[a-z]+ )?(?:happening|taking place|coming up)\b|\b(?:was|is|were|are) (?:the |that |this |it |they )?(?:[a-z]+ )?(?:expected|supposed|due|scheduled|planned)\b|\b(?:gonna|will|upcoming)\b|\bnext (?:one|time|renewal|meeting|summit)\b/;
/** A question of what happened: "when did they last meet", "when was it renewed" (not what was expected: "when did they think it would happen"). */
const PAST_ASKED = /^(?!.*\b(?:would|will|likely|expect\w*|think|thought|supposed|plan\w*|going to|gonna)\b).*\b(?:did|was|were|had)\b/;
/** Whether the words just before the time at `s` tell of something to come ("is likely to take place around Sunday", "will meet at the G20 summit in October"). */
const upcoming = (text: string, s: Span) => /\b(?:will|would|likely|expects?|expected|plans?|planned|set to|due to|could|next)\b/i.test(text.slice(Math.max(0, s.start - 80), s.start));

/**
 * Whether a length of time stands before a verb the question does not ask about: "which has for
 * decades promised peaceful ..." tells how long it promised, not how long the treaty lasts.
 */
function ofAnotherAct(plan: QueryPlan, text: string, d: Span, analyzer: Analyzer): boolean {
  const verb = /^ ([a-z]+ed)\b/.exec(text.slice(d.end))?.[1];
  const stem = verb && analyzer.stemWord(verb);
  return stem !== undefined && !plan.concepts.some((c) => c.terms.has(stem));
}

/**
 * Whether the time at `s` is not the one asked: the other end of a series ("when did the two leaders
 * last meet" is not answered by "Kim first visited China in March 2018"), or a time still to come
 * for what happened.
 */
function otherTimeThanAsked(asked: string, text: string, s: Span): boolean {
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  // (Nor is a time still expected the answer to what did happen: "the two leaders will meet at the G20 summit in October".)
  if (PAST_ASKED.test(asked) && !UPCOMING_ASKED.test(asked) && upcoming(text, s)) return true;
  // (Not the other way: "first renewal year?" takes the first of "1981 and 2001", see `itemOfFuller`.)
  return /\b(?:last|latest|most recent|recently)\b/.test(asked) && /\bfirst\b/i.test(before);
}

/** "the korean peninsula is at whose doorstep": "China's", the possessive the sentence gives ("at China's doorstep"), not "China". */
function possessive(asked: string, text: string, span: Span | undefined): Span | undefined {
  if (!span || !/\bwhose\b/.test(asked)) return span;
  const mark = /^['’]s\b/.exec(text.slice(span.end));
  return mark ? { start: span.start, end: span.end + mark[0].length } : span;
}

/** A blank asked by "who": "xi wrote to who", "kim il sung led who". */
const PERSON_BLANK = / whom?\??$/;

/** Whether `phrase` names a person the question names. */
function namesAskedPerson(plan: QueryPlan, analyzer: Analyzer, phrase: string): boolean {
  const named = new Set(plan.concepts.filter((c) => c.person).flatMap((c) => [...c.terms.keys()].filter(isEntityTerm)));
  return named.size > 0 && analyzer.terms(phrase).some((t) => named.has(t));
}

/** A time told as an anniversary, in apposition: "Sunday, the 60th anniversary of the signing" (group 1: the first words of what it marks). */
const ANNIVERSARY_AFTER = /^,\s*(?:the|its|their)\s+[\p{L}\d-]+\s+anniversary of ((?:[\p{L}'’-]+\s*){1,3})/iu;

function spanOf(kind: FactKind, plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const asked = plan.normalised.toLowerCase();
  // As a whole word: "US" is not asked by "who led the push". A guess after the question is not
  // asked: "what year was it signed, 1961?" is answered "1961" all the same.
  // Nor are numbers offered to choose from: "every 20 years or every 10" is answered "20 years".
  const askedWords = ` ${asked.slice(0, plan.guessFrom).replace(OFFERED, " ").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const notAsked = (s: Span) => !askedWords.includes(` ${text.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
  switch (kind) {
    case "blank": {
      const span =
        blankOf(asked, text) ??
        blankOf(whatMovedLast(asked) ?? "", text) ??
        // "what did kim tell his country to prepare for": in the articles' words ("be ready for").
        (plan.paraphrases.length ? blankInArticleWords(plan, text) : undefined) ??
        (plan.guessFrom === undefined ? undefined : (blankOf(askedPart(plan).toLowerCase(), text) ?? guessedPhrase(plan.normalised.slice(plan.guessFrom), plan.normalised, text))) ??
        // "kim called the friendship a common what? treasure? so sappy": the blank asked first, before guesses and chatter.
        blankOf(`${BLANK_FIRST.exec(asked)?.[1] ?? ""}?`, text) ??
        opponentOf(asked, text, notAsked);
      // "xi wrote to who": not Xi, whom the question names as the one who did it ("a message sent to Chinese President Xi Jinping" is Kim's).
      return span && PERSON_BLANK.test(asked) && namesAskedPerson(plan, analyzer, text.slice(span.start, span.end)) ? undefined : span;
    }
    case "month":
      // Not the dateline's month ("July 7 (UPI) -- ..."): when the story was filed, unless that is asked.
      return only(matches(text, MONTH_NAMED).filter(notAsked).filter((s) => inDateline(text, s) === REPORT_DATE_ASKED.test(asked)));
    case "year": {
      // "what year is the next renewal": a year still to come ("last renewed in 2001" is no answer).
      const toCome = UPCOMING_ASKED.test(asked);
      // "what year is the treaty from", "treaty year?": only its making dates a thing asked with no event ("the 1961 treaty", "signed in 1961"), not another event of it ("last renewed in 2001").
      if (thingOnly(plan)) return nearestAsked(matches(text, YEARS).filter(notAsked).filter((s) => attributive(text, s) || madeAt(text, s)), plan, text, analyzer);
      // ("what years was the treaty renewed": not the year it was made, "signed ... on July 11, 1961".)
      const renewalAsked = RENEWAL.test(asked);
      return nearestAsked(matches(text, YEARS).filter(notAsked).filter((s) => !attributive(text, s) && (!toCome || upcoming(text, s)) && !otherTimeThanAsked(asked, text, s) && !(renewalAsked && madeAt(text, s))), plan, text, analyzer);
    }
    case "date": {
      // "what day", "the exact date": a year or a month alone does not say which day.
      // ("what day of the week", "what weekday": a weekday, not "July 11, 1961".)
      const precise = MONTH_DAY_ASKED.test(asked) ? MONTH_DAY : WEEKDAY_ASKED.test(asked) ? WEEKDAY_START : DAY_PRECISE;
      const day = DAY_ASKED.test(asked) || MONTH_DAY_ASKED.test(asked) || WEEKDAY_ASKED.test(asked) ? (s: Span) => precise.test(text.slice(s.start, s.end)) : () => true;
      // The dateline is when the story was filed: the answer only when the story's own date is asked ("upi article date?").
      const filed = REPORT_DATE_ASKED.test(asked);
      const toCome = UPCOMING_ASKED.test(asked);
      // "Campbell said Tuesday that ... the G20 summit in October": the day of a saying is not the day asked, unless a saying's is.
      // And when a saying but no report is asked, the day of a report is not its day: "when did the ambassador speak" is not
      // answered by "Yonhap reported Tuesday that ..." (nor "when did the envoys talk": that is the report's day).
      const ofTheSaying = (s: Span) => {
        const before = text.slice(Math.max(0, s.start - 12), s.start);
        return SAID_BEFORE.test(before) && (!SAYING_ASKED.test(asked) || (REPORTED_BEFORE.test(before) && !REPORT_ASKED.test(asked)));
      };
      // "... a renewal ... around Sunday, the 60th anniversary of the signing of the Treaty": the day of the renewal and of an
      // anniversary, not of the signing that it marks ("when was the treaty signed"), unless an anniversary is asked.
      const ofAnAnniversary = (s: Span) => {
        const marked = ANNIVERSARY_AFTER.exec(text.slice(s.end))?.[1];
        const stems = (part: string) => (part.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4));
        return marked !== undefined && !/\banniversar/.test(asked) && stems(marked).some((w) => stems(asked).includes(w) && !stems(text.slice(0, s.start)).includes(w));
      };
      // "when is the treaty from", "treaty date?": its making (see the year's case).
      const made = thingOnly(plan) && !filed ? (s: Span) => madeAt(text, s) || attributive(text, s) : () => true;
      const dates = longestFirst(matches(text, DATE)).filter(notAsked).filter(day).filter((s) => inDateline(text, s) === filed).filter((s) => !toCome || upcoming(text, s)).filter((s) => !ofTheSaying(s)).filter((s) => !ofAnAnniversary(s)).filter(made).filter((s) => !otherTimeThanAsked(asked, text, s));
      // The story's own date is its dateline's, whatever words of the question the sentence holds ("upi article date?").
      if (filed) return only(dates);
      // "on what day in july": a date in the month asked, if the sentence has one.
      const month = MONTH_WORD.exec(asked)?.[0];
      const inMonth = month ? dates.filter((s) => text.slice(s.start, s.end).toLowerCase().startsWith(month.toLowerCase())) : [];
      if (inMonth.length) return nearestAsked(inMonth.filter((s) => !attributive(text, s)), plan, text, analyzer);
      // "when did the ambassador make those remarks": an occasion tells when, in a sentence that gives no time ("on the second anniversary of ...").
      if (!dates.length && !ANY_TIME.test(text) && WHEN_SAID.test(asked) && !DAY_ASKED.test(asked) && !toCome) return only(matches(text, OCCASION_TIME).filter(notAsked));
      // "when was the bilateral pact signed": the date the sentence gives its making ("signed ... on July 11, 1961"), when it
      // gives one, not the one beside another word asked ("bilateral ties on Sunday").
      const making = MAKING_ASKED.test(asked) ? dates.filter((s) => madeAt(text, s) && !attributive(text, s)) : [];
      // (A weekday asked of a making the sentence dates otherwise is not another weekday of it: "signed ... on July 11, 1961" is no "Sunday".)
      if (WEEKDAY_ASKED.test(asked) && !making.length && MAKING_ASKED.test(asked) && matches(text, DATE).some((s) => madeAt(text, s) && !attributive(text, s))) return undefined;
      const when = hedged(text, making.length === 1 ? making[0] : nearestAsked(dates.filter((s) => !attributive(text, s)), plan, text, analyzer));
      // (An event yet to come is told by its occasion with its time: "when will biden and xi meet" → "at the G20 summit in October".)
      return when && (WHERE_AND_WHEN.test(asked) || OCCASION_GUESSED.test(asked) || toCome) ? withPlaceBeside(text, when, asked) : when;
    }
    case "count": {
      // "how much of nk's trade goes thru china": a share ("most of the trade").
      if (/\bhow much of\b|\bwhat (?:share|part|portion|proportion|percentage|percent|fraction) of\b|\bhow (?:big|large|much) (?:a )?(?:share|part|portion|chunk|slice) of\b/.test(asked)) return nearestAsked(matches(text, SHARE).filter(notAsked), plan, text, analyzer);
      // "how many rounds" → the number before "rounds"; else the one "several"/"three times" of the sentence.
      const noun = /\bhow (?:many|much) ([a-z]+)/.exec(asked)?.[1];
      const notYear = (s: Span) => !/^\d{4}\b/.test(text.slice(s.start, s.end));
      // "several rounds of its own": the count of the sentence's own doer ("The US has ... imposed"), not of another the question names ("un sanctions").
      const ownersOther = (s: Span) => OF_ITS_OWN.test(text.slice(s.end)) && namesAnotherOwner(plan, text, analyzer);
      const all = matches(text, COUNT).filter(notAsked).filter(notYear).filter((s) => !ownersOther(s));
      const nounLast = (s: Span) => noun !== undefined && sameWord(lastWord(text.slice(s.start, s.end)), noun, analyzer);
      const withNoun = [...all, ...matches(text, COUNT_WITH_ADJECTIVE).filter(notAsked).filter(notYear)].filter(nounLast);
      // "how often": a number of times, not "several steps".
      const often = /\bhow often\b/.test(asked) ? /^(?:once|twice|\S+ times)$/i : /^(several|once|twice|\d+ times|[a-z]+ times)/i;
      // Of several ("met with Kim three times ... several steps"), the one beside the question's words.
      const counted = nearestAsked(withNoun.length ? withNoun : all.filter((s) => often.test(text.slice(s.start, s.end))), plan, text, analyzer);
      // "how many times has it been renewed": no count, but the years it happened in ("renewed it in 1981 and 2001").
      const years = TIMES_ASKED.test(asked) && all.length === 0 ? matches(text, YEARS).filter((y) => /\band\b/.test(text.slice(y.start, y.end))) : [];
      // "how many times have biden and xi met": none yet, when the sentence says so of the act asked ("have yet to meet").
      return counted ?? only(years) ?? (TIMES_ASKED.test(asked) && all.length === 0 ? only(notYet(plan, text, analyzer)) : undefined);
    }
    case "duration": {
      // "how long does it stay in force": a length of time, else what it lasts until ("will remain in effect ... until Beijing and Pyongyang reach an agreement ...").
      const lengths = matches(text, DURATION).filter(notAsked);
      const own = lengths.filter((d) => !ofAnotherAct(plan, text, d, analyzer));
      // (Not for a term asked, "how long does it last each time": a condition is no length of a term.)
      return own.length ? only(own) : lengths.length && !TERM_ASKED.test(asked) ? only(matches(text, UNTIL)) : undefined;
    }
    case "list":
      // "education, culture, health, agriculture, etcetera": three or more, the longest list told.
      return longestFirst(matches(text, LIST))[0];
    case "until":
      // "remains in force until agreement is reached on its amendment or termination".
      return only(matches(text, UNTIL));
    case "age":
      // "how old is kim jong un": a person's age is in years, never an anniversary.
      return only(matches(text, AGE).filter((a) => !asksAboutAPerson(plan, analyzer) || /\bold$/.test(text.slice(a.start, a.end))));
    case "expansion": {
      const abbr = abbreviationAsked(plan.normalised);
      const found = [...text.matchAll(EXPANSION)].filter((m) => !abbr || m[2] === abbr);
      const m = found.length === 1 ? found[0]! : undefined;
      if (!m) return undefined;
      const words = initialsMatch(trimLeadingLowercase(m[1]!), m[2]!);
      const start = m.index + m[1]!.length - words.length;
      return { start, end: start + words.length };
    }
    case "title":
      return titleAsked(plan, text, analyzer);
    case "kin": {
      // "who is kim jong un's grandpa" asks for the person who is that kin ("Kim Il Sung, Kim Jong Un’s grandfather");
      // "who is kim jong un's father" for no one the sentence names so ("grandfather" is no answer to it).
      const kin = /^who\b/.test(asked) ? kinAsked(asked) : undefined;
      if (kin) return kinHolder(kin, plan, text, analyzer);
      return only(matches(text, KIN));
    }
    case "rest":
      return quoteRestIn(plan.normalised, text);
    case "core":
      return only(matches(text, CORE));
    case "purpose":
      return only(matches(text, PURPOSE));
    case "manner": {
      // "how was the friendship forged": what follows the participle in the sentence ("forged with blood").
      const participle = HOW_MADE.exec(asked)?.[1];
      if (participle) {
        const stem = analyzer.stemWord(participle);
        const made = [...text.matchAll(MADE_WITH)].filter((m) => analyzer.stemWord(m[1]!) === stem).map((m) => ({ start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length }));
        return only(made);
      }
      return only(matches(text, MEANS));
    }
    case "besides": {
      // What follows the thing named, singular or plural ("allies": ally), and "and": "longtime ally and
      // economic benefactor", "the only ally of the hermit kingdom and its main trade partner".
      const named = BESIDES_ASKED.exec(asked)?.[1]?.replace(/ies$/, "y").replace(/s$/, "");
      const after = named && new RegExp(`\\b(?:${named}|${named.replace(/y$/, "ie")}s)(?: of (?:the )?[\\p{L} -]{1,30}?)? and ((?:its |their |the |an? )?(?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)`, "iu").exec(text);
      if (!after) return undefined;
      const start = after.index + after[0].length - after[1]!.length;
      return { start, end: start + after[1]!.length };
    }
    case "occasion":
      return only(matches(text, ANNIVERSARY).filter(notAsked));
    case "described": {
      const thing = nounAsked("described", plan);
      return thing ? describingWords(thing, text, analyzer) : undefined;
    }
    case "focus": {
      const noun = nounAsked("focus", plan);
      return noun ? focusPhrase(noun, text, askedWords, analyzer) : undefined;
    }
    case "coined":
      return coinedFor(plan, text, analyzer);
    case "name":
      return nameOf(plan, text, analyzer, notAsked);
    case "nickname":
      return only(nicknamesOfAsked(plan, text, analyzer));
    case "source": {
      // The outlet of a dateline: "July 7 (UPI) --" → UPI.
      const dateline = DATELINE.exec(text);
      const outletAt = dateline ? dateline[0].indexOf("(") + 1 : -1;
      const byDateline = dateline ? [{ start: outletAt, end: outletAt + dateline[1]!.length }] : [];
      // "which outlet ran the story": the story's own outlet, not whom it quotes ("Beijing said").
      if (byDateline.length && /\b(?:article|story|piece|report)\b/.test(asked)) return byDateline[0];
      // "which news agency wrote that the treaty remains in effect": the dateline's outlet, not a government it quotes ("Beijing said").
      if (byDateline.length && /\b(?:news|agency|outlet|newspaper|paper|wire|publication)\b/.test(asked) && notAsked(byDateline[0]!)) return byDateline[0];
      const outlets = [
        ...byDateline,
        ...[...text.matchAll(SOURCE)].map((m) => {
          // "according to Nikkei Asia.": the sentence's full stop is not the outlet's.
          const group = (m[1] ?? m[2]!).replace(/(?<=\p{Ll})\.$/u, "");
          const start = m.index + m[0].indexOf(group);
          return { start, end: start + group.length };
        }),
      ];
      const unasked = outlets.filter(notAsked);
      // "who was yonhap's source": when the outlet that tells it is the one asked about, whom it cites;
      // "where did the info come from, like which department": whom it cites, when a department is asked.
      const cited = () => only(matches(text, CITED).filter(notAsked));
      if (unasked.length === 0 && outlets.length > 0) return cited();
      if (/\b(?:department|ministry|officials?|insiders?)\b/.test(asked)) return cited() ?? only(unasked);
      return only(unasked);
    }
    case "person": {
      const opponent = opponentOf(asked, text, notAsked);
      if (opponent) return opponent;
      // Someone named only to name another the question names is not the one asked for: "who called biden's approach a
      // hostile policy" is not "Trump" of "Trump’s successor, Joe Biden" (unless "whose" or a succession is asked).
      const notOwner = (s: Span) => {
        const owned = OWNER_OF_NAMED.exec(text.slice(s.end));
        if (!owned || SUCCESSION_MENTIONED.test(asked)) return true;
        const named = analyzer.entities(text.slice(s.end + owned[0].length - 1)).find((e) => e.start === 0);
        return !named || !plan.concepts.some((c) => c.terms.has(entityTerm(named.entity.name)));
      };
      if (!WHO_SAID.test(asked)) {
        const found = possessive(asked, text, personOf(plan, text, analyzer, (s) => notAsked(s) && notOwner(s)));
        // "who is nk's ally": one the sentence calls so ("China, North Korea's major ally"), not any country it names;
        // by any of its names there ("Beijing is the biggest ally of Pyongyang" for China).
        return found && RELATION.test(asked) ? calledSo(plan, text, found, analyzer) : found;
      }
      // "who said they need each other": a person or an outlet ("Al Jazeera adds ..."), never a
      // place the sentence names ("deal with Washington"); "Beijing said" is the outlet rule's.
      const places = analyzer.entities(text).filter((e) => e.entity.kind === "place");
      const notAPlace = (s: Span) => !places.some((p) => p.start === s.start && p.end === s.end);
      return personOf(plan, text, analyzer, (s) => notAsked(s) && notAPlace(s) && notOwner(s)) ?? spanOf("source", plan, text, analyzer) ?? officeSayerOf(text, analyzer);
    }
    case "place": {
      // "where did ri son-gwon say talks with the us would lead": where something leads, figuratively ("which would get us nowhere").
      if (LEADS_WHERE_ASKED.test(asked)) {
        const led = [...text.matchAll(LEADS_NOWHERE)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
        if (led.length) return only(led);
      }
      const places = analyzer
        .entities(text)
        .filter((e) => e.entity.kind === "place" && /\b(?:in|at|visit to|trip to)\s+$/.test(text.slice(Math.max(0, e.start - 9), e.start)))
        .map((e) => ({ start: e.start, end: e.end }));
      if (places.some(notAsked)) return nearestAsked(places.filter(notAsked), plan, text, analyzer);
      // "where was the g20 summit held", "which city hosts it": a place is asked, not another occasion.
      if (PLACE_ONLY.test(plan.normalised.toLowerCase())) return undefined;
      // Else "at the G20 summit", "at a regular press briefing", "in the desert": where, said by the occasion or the ground.
      const venues = [...text.matchAll(VENUE)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length })).filter(notAsked);
      // "where did campbell say that": the occasion told just after the saying ("said Tuesday at an online Asia Society event").
      if (SPEECH_PLACE_ASKED.test(asked)) {
        const spoken = venues.filter((v) => SAID_JUST_BEFORE.test(text.slice(Math.max(0, v.start - 25), v.start)));
        if (spoken.length === 1) return spoken[0];
      }
      // Else not where a saying was made ("where is the g20 being held": not "said Tuesday at an online Asia Society event").
      const unspoken = SPEECH_ASKED.test(asked) ? venues : venues.filter((v) => !SAID_JUST_BEFORE.test(text.slice(Math.max(0, v.start - 25), v.start)));
      // Nor the very thing asked about ("where is the g20 being held": "at the G20 summit" says nothing).
      const named = (v: Span) => (text.slice(v.start, v.end).match(/\p{L}[\p{L}\p{N}]+|\p{N}+\p{L}*/gu) ?? []).some((w) => !/^(?:the|an?|of|at|in|on|during|summit|event|meeting|conference)$/i.test(w) && new RegExp(`\\b${w.toLowerCase()}\\b`).test(asked));
      return nearestAsked(unspoken.filter((v) => !named(v)), plan, text, analyzer, { before: true });
    }
  }
}

/** A question that speaks of a succession, or asks "whose": there the owner of "Trump’s successor" is what is asked. */
const SUCCESSION_MENTIONED = /\bwhose\b|\bsucce(?:ed|eded|ssor)\b|\breplace[ds]?\b|\bpredecessor\b|\b(?:came|come|comes) (?:after|before)\b/;
/** After a name: its possessive and the one it names, set off by commas ("Trump’s successor, Joe Biden,"). */
const OWNER_OF_NAMED = /^['’]s (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+, \p{Lu}/u;

/** A nickname of the alias file: a name of lower-case words only ("hermit kingdom"; not "the North" or "Pyongyang"). */
export const NICKNAME = /^(?:the )?\p{Ll}[\p{Ll} -]*$/u;

/**
 * Where the sentence calls a place or person the question names by a nickname of the alias file:
 * a name of lower-case words only ("hermit kingdom" for North Korea; not "the North" or
 * "Pyongyang", which are names).
 */
function nicknamesOfAsked(plan: QueryPlan, text: string, analyzer: Analyzer): Span[] {
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
  return analyzer
    .entities(text)
    .filter((e) => asked.has(entityTerm(e.entity.name)) && NICKNAME.test(text.slice(e.start, e.end)))
    .map((e) => ({ start: e.start, end: e.end }));
}

/** "how long does it last each time", "per term", "at a time", "valid for how long before it needs renewing": the length of one term asked. */
const TERM_ASKED = /\b(?:each|every|per|one) (?:time|term|renewal|period|round)\b|\bat a time\b|\bbefore (?:[a-z]+ ){0,3}(?:renew|renewed|renewing|renewal|extend|extended|extension)\b/;

/** A fight asked about ("who were they fighting", "1930s they fought who"). */
const FIGHT_ASKED = /\b(?:fight|fights|fought|fighting|battle|battled|battling|war with|at war)\b/;
/** Not whom it was against when the question names them ("who fought against the japanese"), nor when it asks who fought beside whom ("who did he fight alongside", "... fight with?"). */
const OPPONENT_NOT_ASKED = /\bagainst (?!(?:who|whom|what|which|wat|alongside|with|in|during|back)\b)[a-z]|\balongside\??$|\b(?:fight|fights|fought|fighting|battle|battled|battling) with\??$/;
/** Whom a fight was against, as the sentence names them after the fight or "against" ("alongside Chinese soldiers to fight Japanese colonisers."). */
const AGAINST = /(?<=\b(?:against|fight|fights|fought|fighting|battle|battled|battling) )(?:the )?[\p{L}’'-]+(?: [\p{L}’'-]+){0,2}?(?=[,.;:!?]|\s+(?:in|during|until|from|since|and|but|on|at|for|with)\b|$)/gu;

/** "who were the korean guerrillas fighting": the one the sentence says they fought against; undefined for other questions. */
function opponentOf(asked: string, text: string, notAsked: (s: Span) => boolean): Span | undefined {
  if (!FIGHT_ASKED.test(asked)) return undefined;
  // "who fought alongside the korean guerrillas": the ones beside them, when the question names others than the sentence's allies
  // ("... alongside the chinese" names them: then whom they fought).
  const ally = /\balongside\b/.test(asked) ? only(matches(text, ALONGSIDE)) : undefined;
  if (ally && !text.slice(ally.start, ally.end).toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length > 3 && new RegExp(`\\b${w}`).test(asked))) return ally;
  if (OPPONENT_NOT_ASKED.test(asked)) return undefined;
  // "who fought alongside chinese soldiers": who did the fighting, not whom it was against (the line was "Japanese colonisers").
  if (/^who (?:fought|fights|battled)\b/.test(asked)) return undefined;
  return only(matches(text, AGAINST).filter(notAsked));
}
/** "Korean guerrillas alongside Chinese soldiers": who fought beside the ones named. */
const ALONGSIDE = /(?<=\balongside )(?:the )?(?:\p{Lu}[\p{L}’'-]* )*[\p{L}’'-]+/gu;

/** The blank of the question put in the articles' wording: its everyday phrases replaced ("prepare for" → "ready for"; see `chat.json`). */
function blankInArticleWords(plan: QueryPlan, text: string): Span | undefined {
  let asked = plan.normalised;
  for (const p of [...plan.paraphrases].sort((a, b) => b.start - a.start)) asked = asked.slice(0, p.start) + p.words + asked.slice(p.end);
  asked = asked.toLowerCase();
  return blankOf(asked, text) ?? blankOf(whatMovedLast(asked) ?? "", text);
}

/** Whether the question names a person of the alias file and nothing else of it ("how old is kim jong un", not "how old is the treaty"). */
function asksAboutAPerson(plan: QueryPlan, analyzer: Analyzer): boolean {
  const people = new Set(analyzer.entities(plan.normalised).filter((e) => e.entity.kind === "person").map((e) => entityTerm(e.entity.name)));
  // "how old was kim il sung when he signed the treaty": the age of the person the question opens on, whatever else it names.
  const subject = /^how old (?:was|is|were) (.+?)(?: when| at the time| in \d{4}|\?|$)/i.exec(plan.normalised)?.[1];
  if (subject && analyzer.entities(subject).some((e) => e.entity.kind === "person")) return true;
  const named = plan.concepts.flatMap((c) => [...c.terms].filter(([t, w]) => w === 1 && isEntityTerm(t)).map(([t]) => t));
  return named.length > 0 && named.every((t) => people.has(t)) && !/\b(?:treaty|pact|alliance|agreement|accord|deal|friendship|ties|relations)\b/.test(plan.normalised.toLowerCase());
}

/** The abbreviation a "what does KCNA stand for" question asks about, in capitals. */
export function abbreviationAsked(question: string): string | undefined {
  const asked = question.toLowerCase();
  // In lower case, the first letters no English word spells ("kcna is korean communist news agency?"), else a word placed as one.
  const letters = question === asked ? asked.match(/\b[a-z]{2,8}\b/g)?.find((w) => !isEnglishWord(w)) : undefined;
  return (/\b([A-Z]{2,8})\b/.exec(question)?.[1] ?? letters ?? /\b(?:is|are|does) (?:the )?([a-z]{2,8})\b|^([a-z]{2,8}) ?=|^(?:the )?([a-z]{2,8}) (?:stands?|is short|full (?:name|form)\b)/.exec(asked)?.slice(1).find(Boolean))?.toUpperCase();
}

/** The abbreviations a sentence spells out ("Korean Central News Agency (KCNA)" → KCNA). */
export function abbreviationsExpanded(text: string): string[] {
  return text.includes("(") ? [...text.matchAll(EXPANSION)].map((m) => m[2]!) : [];
}

/** The words set off just before a name, which it names ("North Korea’s state-owned media house, Korean Central News Agency"). */
function besideBefore(text: string, start: number): string {
  return /([\p{L}’'-]+(?: [\p{L}’'-]+){0,3}), $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
}

/** "whats the official name of the pact": the one named thing or organisation of the sentence (as the alias file knows them), at its fullest mention. */
function nameOf(plan: QueryPlan, text: string, analyzer: Analyzer, notAsked: (s: Span) => boolean): Span | undefined {
  // The name of what is asked about, by a word of the question or a synonym ("the pact": "Treaty of ..."; "the ruling party": "Workers’ Party of
  // Korea"): "what are nk's nuclear programs called" is not answered "United Nations".
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
  // A name is written in capitals: "the mutual defense treaty" names the treaty, but is not its name.
  const named = analyzer
    .entities(text)
    .filter((e) => (e.entity.kind === "thing" || e.entity.kind === "organisation") && (text.slice(e.start, e.end).match(/\b\p{Lu}/gu)?.length ?? 0) >= 2)
    .filter((e) => asked.has(entityTerm(e.entity.name)) || [text.slice(e.start, e.end), besideBefore(text, e.start)].some((part) => analyzer.wordTerms(part).some((t) => asked.has(t))));
  if (new Set(named.map((e) => e.entity.name)).size !== 1) return undefined;
  const fullest = named.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return only([{ start: fullest.start, end: fullest.end }].filter(notAsked));
}

/** "whats sung kims job": the capitalised title just before the person's name ("U.S. Special Representative for North Korea Sung Kim"). */
function titleAsked(plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const person = plan.concepts.flatMap((c) => [...c.terms.keys()]).find((t) => isEntityTerm(t));
  if (!person) return undefined;
  // "what was liu's job before he became special rep": an earlier post, which a sentence gives only as one ("former", "previously").
  if (EARLIER_POST_ASKED.test(plan.normalised) && !EARLIER_POST.test(text)) return undefined;
  const mentions = analyzer.entities(text).filter((e) => e.entity.kind === "person" && entityTerm(e.entity.name) === person);
  // The alias file may know the title itself as a variant ("Chinese foreign ministry spokesman"): the title stands before the name as written.
  const mention = mentions.find((e) => text.slice(e.start, e.end) === e.entity.name) ?? mentions[0];
  if (mention) return titleOf(text, mention);
  // A sentence that names the person's office as the alias file gives it, and not the person: "North Korea’s
  // foreign minister has ruled out ..." for "what's ri son-gwon's job" (the quotation after it names him).
  const role = rolesOf(analyzer).get(person)?.exec(text);
  return role ? { start: role.index, end: role.index + role[0].length } : undefined;
}

/** Each person's roles in the alias file as one pattern, by entity term (made once per analyzer). */
function rolesOf(analyzer: Analyzer): ReadonlyMap<string, RegExp> {
  let roles = rolePatterns.get(analyzer);
  if (!roles) {
    roles = new Map(analyzer.lexicon.entities.filter((e) => e.kind === "person" && e.roles?.length).map((e) => [entityTerm(e.name), rolePattern(e.roles!)]));
    rolePatterns.set(analyzer, roles);
  }
  return roles;
}
const rolePatterns = new WeakMap<Analyzer, ReadonlyMap<string, RegExp>>();

/** An earlier post asked: "before he became ...", "his previous job", "what did he do before", "used to be". */
export const EARLIER_POST_ASKED = /\bbefore (?:he|she|they|that|this|becoming|being|taking)\b|\b(?:job|post|role|position|title) (?:did|had|was) [a-z' -]+? (?:have|hold|had|held) before (?:the |being )?[a-z-]+(?: [a-z-]+){0,3}\??$|\b(?:previous|prior|earlier|former|old) (?:job|post|role|position|title)\b|\bused to (?:be|do|work)\b/i;
/** A sentence giving an earlier post: "former Chinese Premier", "previously served as", "ex-ambassador". */
export const EARLIER_POST = /\b(?:former|formerly|previously|ex-|once|earlier|before)\b/i;

/**
 * The shortest end of `words` whose capitalised words' initials spell `abbreviation`
 * ("International Department of the Communist Party of China", CPC → "Communist Party of
 * China"); all of `words` when none does.
 */
function initialsMatch(words: string, abbreviation: string): string {
  const list = words.split(" ");
  for (let i = list.length - 1; i >= 0; i--) {
    const tail = list.slice(i);
    const initials = tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    if (initials === abbreviation && /^\p{Lu}/u.test(tail[0]!)) return tail.join(" ");
    if (initials.length > abbreviation.length) break;
  }
  return words;
}


/** "Kim Jong Un’s grandfather": a kinship word. */
const KIN = /\b(?:grand)?(?:father|mother|son|daughter|parent)s?\b|\b(?:brother|sister|uncle|aunt|nephew|niece|wife|husband|cousin|successor|predecessor)s?\b/gi;
/** A kinship word of a question, as the articles write it: "grandpa" → "grandfather" (group-less rows keep the word asked). */
const KIN_ASKED: readonly [RegExp, string][] = [
  [/\bgreat[- ]?(?:grandpa|granddad|grandad|grandfather)s?\b/, "great-grandfather"],
  [/\b(?:grandpa|granddad|grandad|grandfather)s?\b/, "grandfather"],
  [/\b(?:grandma|granny|grandmother)s?\b/, "grandmother"],
  [/\b(?:dad|father)s?\b/, "father"],
  [/\b(?:mom|mum|mother)s?\b/, "mother"],
  [/\bgrandsons?\b/, "grandson"],
  [/\bgranddaughters?\b/, "granddaughter"],
  [/\bparents?\b/, "parent"],
  [/\b(?:son|brother|sister|uncle|aunt|nephew|niece|wife|husband|cousin|daughter)s?\b/, ""],
];
/** The kinship a question asks of someone, as the articles would write it; undefined when it asks none. */
export function kinAsked(asked: string): string | undefined {
  for (const [pattern, word] of KIN_ASKED) {
    const m = pattern.exec(asked);
    if (m) return word || m[0].replace(/s$/, "");
  }
  return undefined;
}

/**
 * "Kim Il Sung, Kim Jong Un’s grandfather", "Kim Jong Un’s grandfather, Kim Il Sung": the person
 * standing beside the kinship asked of someone the question names; nobody when the sentence
 * gives another kinship ("father" asked, "grandfather" written) or another person's kin.
 */
function kinHolder(kin: string, plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const named = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => isEntityTerm(t))));
  const people = analyzer.entities(text).filter((e) => e.entity.kind === "person");
  for (const owner of people) {
    if (!named.has(entityTerm(owner.entity.name))) continue;
    const kinAfter = new RegExp(`^['’]s ${kin}\\b`, "i").exec(text.slice(owner.end));
    if (!kinAfter) continue;
    // The kin stands in apposition: right before "Kim Jong Un’s grandfather", or right after it.
    const before = people.find((e) => e !== owner && /^,\s*$/.test(text.slice(e.end, owner.start)));
    const after = people.find((e) => e !== owner && /^,\s*$/.test(text.slice(owner.end + kinAfter[0].length, e.start)));
    const holder = before ?? after;
    if (holder) return { start: holder.start, end: holder.end };
  }
  return undefined;
}

/** A saying, or what is made by one, asked about in any way ("campbell said it at which event", "he made the g20 prediction at what event"). */
const SPEECH_ASKED = /\b(?:say|said|says|saying|speak|spoke|speaks|speaking|talk|talked|talks|talking|comments?|remarks?|statements?|speech|predictions?|predicted|predict|claims?|claimed|made|make|makes)\b/;
/** "where did campbell say that stuff", "where did he make those comments", "what event was campbell at": where someone spoke. */
const SPEECH_PLACE_ASKED = /\b(?:where|(?:at|in) (?:which|what) (?:event|occasion|venue|forum|conference))\b.*\b(?:say|said|speak|spoke|talk|talked|make|made|give|gave)\b|\bwhere\b.*\b(?:comments?|remarks?|statement|speech)\b|\b(?:say|said|speak|spoke|speaking|talk|talked) (?:at|in) (?:which|what) (?:event|occasion|venue|forum|conference)\b|^(?:what|which) (?:kind of |sort of |type of )?(?:event|occasion|forum|conference) (?:was|were|is|did) [a-z' -]+ (?:at|attend|attending|in)\??$/;
/** "where would talks lead", "where did he say talking to the americans would get them", "how would talks end up": where something leads, not a place. */
const LEADS_WHERE_ASKED = /\bwhere\b.*\b(?:lead|leads|led|leading|get|gets|got|getting|take|takes|took|taking)(?: (?:them|us|him|her|it|anyone|anybody|pyongyang|north korea|nk))?\??$|\bhow\b.*\b(?:end up|ends up|ended up|turn out|turns out)\??$/;
/** Where a thing leads, told: "which would get us nowhere", "will lead nowhere" (group 1: the word). */
const LEADS_NOWHERE = /\b(?:lead|leads|led|leading|get|gets|got|getting|take|takes|took|taking)\b(?: [\p{L}]+)? [“"‘']?(nowhere|anywhere)\b/gu;
/** A saying verb a few words before a place: "said Tuesday ", "told reporters ". */
const SAID_JUST_BEFORE = /\b(?:said|says|told|spoke|noted|added|commented|remarked|stated)\b(?: [\p{L}]+){0,2} $/u;
/** "at the G20 summit", "at an online Asia Society event", "in the desert": the occasion or ground with its preposition, as a line says where. */
const OCCASION = "summit|event|briefing|conference|meeting|forum|ceremony|session|banquet|reception|rally|parade";
const VENUE = new RegExp(`\\b((?:at|in|during) (?:a|an|the) (?:[\\p{L}\\d-]+ ){0,3}(?:${OCCASION}|desert|border|capital))\\b`, "gu");
const ANY_VENUE = new RegExp(VENUE.source, "u");
/** A capitalised name after "in" or "at" that is no month or weekday ("in Geneva", not "in March"): group 1. */
const NAMED_PLACES = new RegExp(`\\b(?:in|at) (?!(?:${MONTH}|${WEEKDAY})\\b)([A-Z][\\p{Ll}]+)`, "gu");
/** The country whose places a "where" question asks for: "which chinese city", "where in china" (its common name), if any. */
function countryAsked(question: string, analyzer: Analyzer): string | undefined {
  const m = /\b(?:which|what) ([a-z]+(?: [a-z]+)?) (?:city|cities|town|towns|province|region|place|places)\b|\bwhere in ([a-z]+(?: [a-z]+)?)\b/i.exec(question);
  const words = m?.[1] ?? m?.[2];
  return words ? [...countriesIn(words, analyzer)][0] : undefined;
}
/** A question word for a place: "where", "which city". */
const WHERE_WORD = /\bwhere\b|\b(?:which|what) (?:city|town|place|country|capital|venue)\b/;
/** Ground told by what lies near it: "near its territorial waters", "along the border", "off the coast". */
const GROUND = /\b(?:near|off|along|across|inside|outside|around|in|on) (?:its|their|the|his|her|our) (?:[a-z]+ )?(?:waters|border|borders|coast|coastline|territory|shores?|skies|airspace|soil)\b/;
/** Where something lies told by whose doorstep it is at: "China's doorstep" (no city or country to name). */
const DOORSTEP = /\b(?:[A-Z][\p{L}]+['’]s|its|their|our) (?:door-?step|backyard|doorway|front ?yard|neighbou?rhood)\b/u;
/** A "where" question that names the occasion itself ("where was the g20 summit held"), or asks for a city, town or country: only a place answers it. */
const PLACE_ONLY = new RegExp(`\\b(?:the|that|this|those|these) (?:(?!(?:what|which|at|in|on|during)\\b)[a-z0-9-]+ ){0,2}(?:${OCCASION})s?\\b|\\b(?:what|which) (?:city|town|capital|country)\\b`);

/**
 * Whether the sentence calls the answer at `span` the relation asked ("ally", "enemy": the word or
 * its thesaurus terms): in an apposition right after it ("China, North Korea's major ally"), in
 * what it is said to be ("China is the biggest ally of North Korea", "China was the only ally of
 * the hermit kingdom and its main trade partner"), or just before it ("its ally, China"). A
 * relation word elsewhere says nothing of it: "China, North Korea vow to boost ties in face of
 * foreign hostility" makes no enemy of China.
 */
function relationLinked(plan: QueryPlan, text: string, span: Span, analyzer: Analyzer): boolean {
  const stems = relationStems(plan, analyzer);
  const isRelation = (w: { word: string; stem?: string }) => stems.has(w.stem ?? w.word.toLowerCase());
  const rest = text.slice(span.end);
  const link = APPOSITION.exec(rest) ?? COPULA.exec(rest);
  const clause = link ? rest.slice(link[0].length).split(/[.;!?,]/)[0]! : "";
  const said = analyzer.words(clause).slice(0, link === null ? 0 : link[0].includes(",") ? RELATION_IN_APPOSITION : RELATION_IN_PREDICATE);
  const before = analyzer.words(text.slice(0, span.start).split(/[.;!?]/).pop()!).slice(-RELATION_BEFORE);
  return said.some(isRelation) || before.some(isRelation);
}
/** The mention of the answer at `span` (or of the same entity) that the sentence calls the relation asked, if any (see `relationLinked`). */
function calledSo(plan: QueryPlan, text: string, span: Span, analyzer: Analyzer): Span | undefined {
  if (relationLinked(plan, text, span, analyzer)) return span;
  const mentions = analyzer.entities(text);
  const entity = mentions.find((e) => e.start <= span.start && span.end <= e.end)?.entity.name;
  const other = entity ? mentions.find((e) => e.entity.name === entity && relationLinked(plan, text, e, analyzer)) : undefined;
  return other && { start: other.start, end: other.end };
}

/** "who wants ...", "who would like ...": a wish, told by the doer and what is wished (see `namesDoer`). */
export const WISH_ASKED = /^who (?:wants?|wanted|wishe[sd]|hopes?|hoped|would like|prefers?)\b/i;

/** "(several rounds) of its own": a count its clause's doer owns. */
const OF_ITS_OWN = /^\s+of (?:its|their|his|her) own\b/i;

/** Whether the question names a country or body and the sentence's first one (its doer) is another ("how many rounds of un sanctions": "The US has ..."). */
function namesAnotherOwner(plan: QueryPlan, text: string, analyzer: Analyzer): boolean {
  const bodies = (s: string) => analyzer.entities(s).filter((e) => e.entity.kind !== "person").map((e) => e.entity.name);
  const asked = bodies(plan.normalised);
  const doer = bodies(text)[0];
  return asked.length > 0 && doer !== undefined && !asked.includes(doer);
}

/** The stems that tell the relation a question asks (its word, the thesaurus's words for it, and its kind's), made once per plan. */
function relationStems(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> {
  let stems = relationStemsOf.get(plan);
  if (!stems) {
    const word = RELATION.exec(plan.normalised.toLowerCase())?.[0] ?? "";
    const concept = plan.concepts.find((c) => c.surface.toLowerCase() === word);
    const stem = analyzer.stemWord(word) ?? word;
    const family = RELATION_FAMILIES.find((f) => f.includes(stem)) ?? [];
    stems = new Set([...(concept ? concept.terms.keys() : [stem]), ...family]);
    relationStemsOf.set(plan, stems);
  }
  return stems;
}
const relationStemsOf = new WeakMap<QueryPlan, ReadonlySet<string>>();

/** Relations of one kind, as stems: a friend asked is an ally told ("China is North Korea's longtime ally"); an enemy, an adversary. */
const RELATION_FAMILIES = [
  ["alli", "friend", "partner", "backer", "benefactor", "sponsor"],
  ["enemi", "adversari", "foe", "rival", "oppon"],
];
/** A comma and a noun phrase after it (not ", for pursuing ...", ", who said ..."). */
const APPOSITION = /^\s*,(?!\s*(?:for|in|on|at|to|with|by|from|as|of|who|whom|which|that|while|when|after|before|because|said|says|and|but|or)\b)\s*/i;
const COPULA = /^\s+(?:is|was|are|were|has been|have been|remains|remained|became|becomes)\s+/;
/** Words of an apposition up to the relation ("North Korea's major ally"), of what the answer is said to be, and before it. */
const RELATION_IN_APPOSITION = 6;
const RELATION_IN_PREDICATE = 14;
const RELATION_BEFORE = 3;

/** Keeps the longest of overlapping spans ("July 11, 1961" over "July" and "1961"). */
function longestFirst(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Span[] = [];
  for (const s of sorted) if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** How many times nearer to the question's words one answer must stand than the next to be taken. */
const NEARER = 1.5;

/**
 * The answer of a sentence that tells of what the question asks (some word of it beside its
 * names: "when was xi born" is not answered by "Xi's visit ... on June 21, 2019"), and of several
 * there, the one that stands by the question's words and names ("what day did they exchange
 * messages": "on Sunday while exchanging messages", not "signed ... on July 11, 1961"): the
 * nearest, when NEARER times nearer than any other.
 */
function nearestAsked(spans: Span[], plan: QueryPlan, text: string, analyzer: Analyzer, { before = false } = {}): Span | undefined {
  if (spans.length === 0) return undefined;
  const asked = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => !isEntityTerm(t))));
  const named = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()].filter((t) => isEntityTerm(t))));
  // The question's words and the names it asks about ("Kurt Campbell said Tuesday at an online Asia Society event"), as [start, end].
  // A sentence with none of the question's words but its names tells of something else about them ("when was xi born": not "Xi ... on Sunday").
  // (A year or decade asked counts: "the 50s or the 60s" is asked by the "1961" it holds.)
  // "what day did wang speak": "said" (a stop word, no term) tells the speaking asked.
  const speaks = plan.concepts.some((c) => SPEAKING.test(c.surface));
  const own = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => asked.has(analyzer.stemWord(m[0].toLowerCase()) ?? "") || (speaks && SAYING.test(m[0].toLowerCase()))).map((m): [number, number] => [m.index, m.index + m[0].length]);
  // (A question of names alone, "when did xi and kim meet", leaves nothing to check.)
  if (!own.length) return asked.size === 0 ? only(spans) : undefined;
  if (spans.length === 1) return spans[0];
  const words = [...own, ...analyzer.entities(text).filter((e) => named.has(entityTerm(e.entity.name))).map((e): [number, number] => [e.start, e.end])];
  // Characters between the word and the span: "signed between the two countries on July 11, 1961".
  // With `before`, only from the words before it: a venue follows what happened there ("will meet at the G20 summit").
  const distance = (s: Span) => Math.min(...words.filter(([start, end]) => end <= s.start || (!before && start >= s.end)).map(([start, end]) => (start < s.start ? s.start - end : start - s.end)));
  const ranked = spans.map((s) => ({ s, d: distance(s) })).sort((a, b) => a.d - b.d);
  return ranked[0]!.d * NEARER <= ranked[1]!.d ? ranked[0]!.s : undefined;
}


const sameWord = (a: string, b: string, analyzer: Analyzer) => analyzer.stemWord(a) === analyzer.stemWord(b);


/** The noun a "focus" or "described" question asks by, read once per plan (every candidate sentence asks for it). */
function nounAsked(kind: "focus" | "described", plan: QueryPlan): string | undefined {
  let nouns = askedNouns.get(plan);
  if (!nouns) askedNouns.set(plan, (nouns = {}));
  if (!(kind in nouns)) nouns[kind] = kind === "focus" ? focusNounOf(plan.normalised) : describedThingOf(plan.normalised);
  return nouns[kind];
}
const askedNouns = new WeakMap<QueryPlan, Partial<Record<"focus" | "described", string | undefined>>>();
