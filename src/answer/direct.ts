import { type Analyzer, entityTerm } from "../search/analyzer.js";
import type { QueryPlan } from "../search/queryPlan.js";
import { countryOf } from "../search/places.js";
import { PERSON_ROLE } from "../search/roles.js";
import { asksForDoer, doneByOffice, namesNoDoer, officeDoerOf } from "./people/acts.js";
import { asksForObject } from "./people/asked.js";
import { holdsPostAsked, namesPostAsked, severalHoldersAsked } from "./people/posts.js";
import { type Alternatives, alternativesOf, chosenAlternative } from "./alternatives.js";
import { askedPart, type FactKind, factKindOf } from "./factKind.js";
import { countedTerms, EXACT_COUNT_ASKED, holdsMeasure } from "./measures.js";
import { coinedFor } from "./namingPhrases.js";
import { quoteRestIn } from "./quoteRest.js";
import { ACCORDING_TO, matches, only, type Span } from "./spans.js";
import { factContext } from "./directShared.js";
import { ANY_TIME, DATELINE, dateSpan, monthSpan, yearSpan } from "./directTimes.js";
import { ageSpan, asksAboutAPerson, countSpan, durationSpan, LENGTH_OF_A_THING, LENGTH_SINCE_ASKED, notYet, TIMES_ASKED, untilSpan, YEAR_LIST, YEAR_OR_DECADE } from "./directCounts.js";
import { ANY_VENUE, countryAsked, DOORSTEP, GROUND, NAMED_PLACES, PLACE_ONLY, placeSpan, WHERE_WORD } from "./directPlaces.js";
import { expansionSpan, nameOf, nicknamesOfAsked, personSpan, SOURCE, sourceSpan, titleAsked, WHO_SAID, WISH_ASKED } from "./directNames.js";
import { kinSpan } from "./directRelations.js";
import { besidesSpan, blankSpan, coreSpan, describedSpan, focusSpan, listSpan, mannerSpan, occasionSpan, purposeSpan } from "./directPhrases.js";

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
/** Nothing of a thing done, told by a refusal or a negation: "refused to relieve any of the sanctions", "did not lift any". */
const NONE_DONE = /\b(?:refused to|declined to|did not|didn't|never|would not|won't) [a-z]+ any\b/i;

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
    // "how many sanctions did trump drop": none, told by what was refused ("he refused to relieve any of the sanctions").
    if (held === false && this.kind === "count" && this.noneOfCounted(sentence.text)) return true;
    // "how long have china and nk had diplomatic ties": the year it began tells as much ("established diplomatic relations in 1949").
    return held === false && this.kind === "duration" && LENGTH_SINCE_ASKED.test(this.plan.normalised) && YEAR_OR_DECADE.test(sentence.text) ? true : held;
  }

  /** Whether the sentence refuses any of the very thing counted ("he refused to relieve any of the sanctions" for "how many sanctions did trump drop"). */
  private noneOfCounted(text: string): boolean {
    const m = NONE_DONE.exec(text);
    // The noun counted, last of its words ("how many un sanctions resolutions": resolutions, not sanctions; "rounds of sanctions": no one noun).
    const head = /\bhow many (?:(?!of\b)[a-z]+ ){0,3}?([a-z]+s)\b(?= (?:did|does|do|has|have|had|was|were|are|is|will|would|can|could)\b)/.exec(this.plan.normalised.toLowerCase())?.[1];
    if (!m || !head) return false;
    // The first word after "any (of the)" is that noun: "refused to relieve any of the sanctions".
    const thing = /^(?: of)?(?: the| its| their| his| her)? ([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length))?.[1];
    return thing !== undefined && this.analyzer.stemWord(thing) === this.analyzer.stemWord(head);
  }

  /** The stems of the thing a "how many" question counts ("how many chinese troops" → chinese, troop and their neighbours), made once. */
  private get counted(): ReadonlySet<string> | undefined {
    if (this.countedTerms === undefined) this.countedTerms = countedTerms(this.plan) ?? null;
    return this.countedTerms ?? undefined;
  }
  private countedTerms: ReadonlySet<string> | null | undefined;

  /**
   * Whether the sentence tells a place or an occasion at all (for "where" questions; see
   * `refusal/rules.ts`): the answer it would give, else a capitalised name after "in" or "at" that the
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

  /** Whether the sentence tells a time at all: a year, a month or a day of the week (for "when" questions; see `refusal/times.ts`). */
  tellsATime(sentence: { text: string }): boolean {
    return ANY_TIME.test(sentence.text);
  }

  /** Whether the question asks who holds an office ("whats the name of chinas ambassador in pyongyang", "who is the chinese spokesman"), not who did something. */
  get asksForOfficeHolder(): boolean {
    // "according to the spokesman" names a source, not the office asked for.
    // "who said the two presidents might meet": the office named is what was said about, not the sayer's.
    // Nor "the us special rep guy seems busy. who did he call": whom the office's holder called.
    // Nor "who are the older generation of leaders": a generation of them is no post's holders.
    // Nor an office only guessed: "who called the peninsula 'china's doorstep', xi? no i think it was the spokesman guy".
    return this.kind === "person" && PERSON_ROLE.test(askedPart(this.plan).replace(ACCORDING_TO, "").replace(GENERATION_OF, "")) && !this.asksForDoer && !WHO_SAID.test(this.plan.normalised.toLowerCase()) && !asksForObject(this.plan, this.analyzer);
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
    // Holders of several posts asked ("who are the china and us special reps"): one of the several people it names holds one by its own
    // title ("said China's Special Representative for North Korea Liu Xiaoming" beside "Wang"), though no single answer can be read from it.
    if (severalHoldersAsked(this.plan) && this.analyzer.entities(sentence.text).some((e) => e.entity.kind === "person" && holdsPostAsked(e, this.plan, sentence.text, this.analyzer))) return true;
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

/** A generation of people by their role: "the older generation of leaders" (no post asked). */
const GENERATION_OF = /\bgenerations? of (?:[a-z]+ )?(?:leaders|officials|politicians|statesmen)\b/gi;

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

/**
 * The answer of the kind asked in `text`, by that kind's rule: times in `directTimes.ts`, counts
 * and lengths of time in `directCounts.ts`, places in `directPlaces.ts`, people and names in
 * `directNames.ts` and `directRelations.ts`, other phrases in `directPhrases.ts`.
 */
function spanOf(kind: FactKind, plan: QueryPlan, text: string, analyzer: Analyzer): Span | undefined {
  const fact = factContext(plan, text, analyzer);
  switch (kind) {
    case "blank":
      return blankSpan(fact);
    case "month":
      return monthSpan(fact);
    case "year":
      return yearSpan(fact);
    case "date":
      return dateSpan(fact);
    case "count":
      return countSpan(fact);
    case "duration":
      return durationSpan(fact);
    case "list":
      return listSpan(fact);
    case "until":
      return untilSpan(fact);
    case "age":
      return ageSpan(fact);
    case "expansion":
      return expansionSpan(fact);
    case "title":
      return titleAsked(plan, text, analyzer);
    case "kin":
      return kinSpan(fact);
    case "rest":
      return quoteRestIn(plan.normalised, text);
    case "core":
      return coreSpan(fact);
    case "purpose":
      return purposeSpan(fact);
    case "manner":
      return mannerSpan(fact);
    case "besides":
      return besidesSpan(fact);
    case "occasion":
      return occasionSpan(fact);
    case "described":
      return describedSpan(fact);
    case "focus":
      return focusSpan(fact);
    case "coined":
      return coinedFor(plan, text, analyzer);
    case "name":
      return nameOf(plan, text, analyzer, fact.notAsked);
    case "nickname":
      return only(nicknamesOfAsked(plan, text, analyzer));
    case "source":
      return sourceSpan(fact);
    case "person":
      return personSpan(fact);
    case "place":
      return placeSpan(fact);
  }
}
