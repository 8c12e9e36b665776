import type { Article, Corpus, Sentence } from "../corpus/types.js";
import type { Quote, QuoteIndex } from "../quotes/index.js";
import { entityTerm, isEntityTerm } from "../search/analyzer.js";
import type { Hit, QueryPlan, SentenceSearch } from "../search/engine.js";
import { type Concept, decidesByAbsence } from "../search/queryPlan.js";
import type { Citation } from "./citation.js";
import { asksWhenSaid, HEDGE, NICKNAME, type ShortFact, shortFact, type Span, WHO_SAID } from "./direct.js";
import { pastedQuotationChecked, quotedWordsAsked, speakerNamed, speakerSpan, spokenBy, wordsAfterWhoSaid } from "./quoteSpeaker.js";
import { asBlank, blankOf, blankRun, subjectBlankOf } from "./blanks.js";
import { severalForOnePost, WHO_IS } from "./people.js";
import { askedPart, type FactKind, factKindOf } from "./factKind.js";
import { matchesConcept, REFUSAL_FEATURES, type RefusalFeatures, refusalFeatures, refusedByRule, refuses, speakersAsked, speakerUnmatched, TIME_KINDS, tellsOfWhatIsAsked } from "./refusal.js";
import { mayName } from "./namingPhrases.js";
import { type Continuation, type Passage, Passages } from "./passages.js";
import { Reranker } from "./rerank.js";
import { sayersOf } from "./sayers.js";
import { ROLE } from "../search/roles.js";
import { SubjectArticles } from "./subject.js";
import { Topicality } from "./topicality.js";

export type { Passage } from "./passages.js";

export interface Answer {
  question: string;
  answered: boolean;
  passages: Passage[];
  /** A short fact asked for, in words copied from a passage (absent when unsure). */
  direct?: DirectAnswer;
}

/** "**1981 and 2001** [2]": the answer to a short-fact question, copied from a cited passage. */
export interface DirectAnswer {
  /** The words of the passage that answer, verbatim. */
  text: string;
  /** Where they stand in the passage's text (in its sentence, or a sentence shown after it, or for a quotation's speaker anywhere in it). */
  start: number;
  end: number;
  citation: Citation;
}

/** Anything that answers questions: the Answerer itself, or (in tests) a slow or failing stand-in. */
export interface AnswerSource {
  answer(question: string, options?: AnswerOptions): Answer | Promise<Answer>;
}

export interface AnswerOptions {
  /** How many passages at most (default 3). */
  top?: number;
  /** Merge near-duplicate sentences from several articles into one passage (default on). */
  dedupe?: boolean;
  /** Refuse when the best sentence does not answer enough of the question (default on). */
  refuse?: boolean;
  /** Skip the first `offset` passages (paging). */
  offset?: number;
  /** Show with a passage the next sentence when it leans on it (default on; off only for the evaluation's ablation). */
  continuation?: boolean;
}

/**
 * Share of the question's weight the first passage must cover before its fact is stated on a
 * line of its own. On the four chat training parts, 0.45 against 0.5 gave 9 right lines more,
 * 2 wrong ones fewer and 2 more lines to unanswerable questions ("how far back do china nk ties
 * go": "the two nations date back to the 1930s" names neither country); 0.4 gave the same.
 */
const DIRECT_MIN_COVERAGE = 0.45;
/**
 * The same for a passage that names whoever did the act a "who" question asks about ("Signed by
 * ... Zhou Enlai and ... Kim Il Sung" for "Who signed the treaty in 1961?"): the act and its doer
 * are evidence enough, though the question's other words ("1961", "xi and kim") are not there.
 * On the training questions 0.4 to 0.2 all gave three right lines more and no wrong one. Also
 * for a blank ("kim told nk to be ready for what"): the run of the question's words the sentence
 * repeats before it ("to be ready for") is evidence enough (one right line more, no wrong one).
 */
const DOER_MIN_COVERAGE = 0.3;
/**
 * The share of the first passage's coverage a later one needs to give the line (see `firstDirect`).
 * On the training parts 0.6 to 0.7 take no right line away (0.75 three, 0.9 eight); held out, 0.65
 * and above one. A battery of my own: "who said china is building silos" got "Kim" at 0.57.
 */
const LATER_DIRECT_SHARE = 0.6;
/** The share of the best passage's coverage another needs for its holder of the office asked to make the line unsure (see `holdersDiffer`). */
const TIED_HOLDER_SHARE = 0.9;
/** Words that ask for one of several facts of a kind: the last renewal, the first visit. */
/** "first renewal year?": the first of several, which a list of them ("1981 and 2001") begins with. */
const FIRST_OF_SEVERAL = /\b(?:first|earliest|initial|initially|original|originally)\b/i;
const ONE_OF_SEVERAL = /\b(?:last|first|latest|most recent|recent|earliest|initial|initially|original|originally|next|previous)\b/i;
/**
 * The weight of a name-like question word a sentence leaves unmatched (`Hit.missing`) from which
 * it gives no direct answer. On the training parts: 2 right lines fewer, and 5 lines fewer on
 * questions the articles cannot answer (all of them wrong).
 */
const NAME_LEFT_OUT = 0.9;
/** Short facts that are measures (see `ShortFact.measures`): a passage without one cannot give the line. */
const MEASURE_KINDS: ReadonlySet<FactKind> = new Set(["duration", "count", "age", "year"]);
/** How many years before the stories a year asked must be for an office's holder named in them not to be its holder then. */
const HOLDER_YEARS_BEFORE = 5;
/** An office's holder asked before the present one: "the first leader", "the original premier", "nk's founding leader". */
const EARLIER_HOLDER = new RegExp(`\\b(?:first|original|founding|previous|earlier|old|former)\\b(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:${ROLE}|ruler|rep)\\b`, "iu");
/** A title held before, just before a name: "former Chinese Premier (Zhou Enlai)", "the late leader", "then-president". */
const FORMER_TITLE = /\b(?:former|late|then)\b[^,.;:]*$/i;
/** A year a question names, "after" (or "since", "beyond") one marking it as the start of a time to come (group 1). */
const YEAR_ASKED = /\b(after|since|beyond|past)?\s*\b((?:19|20)\d\d)\b/gi;
/**
 * A question for what an article says: "what did X say", "what's X about", "summary of X", "tldr of
 * X", "X gist?"; or when it came out ("upi article date?"), which its lead's dateline and the
 * citation under it tell.
 */
const GIST_ASKED = /\b(?:what (?:did|does|do) .+ (?:say|says|said|report|reports|reported|write|wrote|cover|covers)\??$|what(?: is|'s|s)? .+ about\??$|summar(?:y|ise|ize)|tl;?dr|gist|main (?:point|takeaway)s?|key (?:point|takeaway)s?|date|dated|published|came out|come out)\b/i;
/** Words that only name an article or ask for its gist (see `Answerer.articleGist`). */
const GIST_WORD = /^(?:article|articles|story|stories|piece|report|post|summary|summarise|summarize|gist|tldr|tl;dr|point|points|takeaway|takeaways|main|key|say|says|said|write|wrote|cover|covers|news|pls|please|date|dated|published|came|come|out)$/i;

/** How many of the top passages a direct answer may come from: the three a reply shows first. */
const DIRECT_FROM = 3;
/** Below this share of its content words together in one article sentence, a pasted quotation is none of the articles' (see `refusedByRule`). */
const PASTED_WORDS_SHARED = 0.5;
/** A saying whose sayer is a pronoun: "He added that ...", "The treaty, he said, is ...". */
const PRONOUN_SAYER = /^(?:He|She) (?:also )?(?:added|said|says|adds|noted|stressed|cautioned|warned)\b|,\s*(?:he|she) (?:said|added)\s*,/;
/** A person's post asked by a word for it (not "his government's position"). */
const POST_ASKED = /\b(?:job|title|post|role|rank|office)\b/i;
/** A sentence that gives the sentences before it a sayer (group 1): "The ambassador made these observations ...", "Wang made the remarks ...". */
const REMARKS_OWNED = /^((?:The|the) [\p{L}’'-]+(?: [\p{L}’'-]+){0,4}?|[A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+){0,3}) (?:made|offered|gave|delivered) (?:these|those|the|such) (?:observations|remarks|comments|statements)\b/u;
/** "who said ...", and "who called ...", "who described ...", "who talked about ...": someone's words asked. */
const SAYING_ASKED = new RegExp(`${WHO_SAID.source}|^who (?:called|calls|described|describes|talked|talks|spoke|speaks|stressed)\\b`);
/** A sentence that names its people as a pair: "the two leaders", "both leaders". */
const PAIR_OF_LEADERS = /\b(?:the two|both(?: the)?) (?:leaders|men|presidents)\b/i;

/** Per kind of short fact, the question words that only frame it. */
const FRAME_WORDS: Partial<Record<FactKind, RegExp>> = {
  name: /^(?:name|names|named|called|call|title|official|officially|full|formal|whole|real|long|longer|complete|entire|version)$/i,
  // "what nickname does the blasting news piece use for north korea": the story names the country by it, it need not say "nickname".
  nickname: /^(?:nick|nickname|nicknames|epithet|epithets|moniker|monikers|name|names|use|uses|used|call|calls|called|repeatedly|other|another|alternative|different|pet|one|article|articles|piece|story|report)$/i,
  expansion: /^(?:stand|stands|short|mean|means|abbreviation|acronym|full|form)$/i,
  date: /^(?:date|day|month|exact|exactly|actual|actually)$/i,
  year: /^(?:year|years|yr|yrs)$/i,
  duration: /^(?:long|length|duration|last|lasts|lasted|lasting|term)$/i,
  age: /^(?:old|age)$/i,
  // "what post did zhou enlai hold": the sentence gives the title, it need not say "post" or "hold".
  title: /^(?:post|job|title|role|position|rank|hold|holds|held|office)$/i,
  list: /^(?:areas?|fields?|sectors?|domains?|spheres?)$/i,
  // "whos the source for the five meetings stat", "which publication reported it": the outlet names itself ("The Straits Times mentioned ..."), it need not say "source" or "publication".
  source: /^(?:source|sources|publication|publications|site|website|stat|stats)$/i,
};

/** A hedge opening a line ("around Sunday"), which makes it no fuller an answer than the date. */
const HEDGED_START = new RegExp(`^(?:${HEDGE})\\s+`, "i");

/** How many candidates to rank for `shown` passages: near-duplicates merged away and the speaker's words moved up leave enough. */
const candidatesFor = (shown: number) => shown * 4 + 10;

/**
 * A sentence whose content terms are this much those of a passage ranked above it says the same
 * thing, and is merged into it (cited beside it). A share of its own terms, not of the smaller
 * sentence's: a long sentence with a short one ranked above it inside ("On the 60th anniversary
 * of signing this treaty, Xi and Kim pledged ...") says what the short one does not ("... the
 * Treaty of Friendship signed on July 11, 1961"), and merging it away hid answers (hit@3 on the
 * chat questions +0.005 to +0.04 since).
 */
const DUPLICATE_OVERLAP = 0.6;
/** Whether `text` holds at least half the words of `words` (case and punctuation aside). */
function sharesMostWords(words: string, text: string): boolean {
  const have = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const asked = words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return asked.filter((w) => have.has(w)).length * 2 >= asked.length;
}

/** Whether `text` holds nearly all the words of a pasted quotation (PRINTED_SHARE of them): the same words as another report prints them. */
function printsNearly(words: string, text: string): boolean {
  const have = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const pasted = words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return pasted.length > 0 && pasted.filter((w) => have.has(w)).length >= PRINTED_SHARE * pasted.length;
}
const PRINTED_SHARE = 0.8;

export class Answerer {
  /** Sentences as passages show them: with what they lean on, and their citation (see `passages.ts`). */
  private readonly passages: Passages;
  /** The re-rankings after the search: the asked speaker, an overview's lead, a short fact (see `rerank.ts`). */
  private readonly reranker: Reranker;
  /** Articles about the bot's subject (see `subject.ts`). */
  readonly subject: SubjectArticles;
  /** How much a question's words are the articles' subject's rather than everyday English (a no-answer feature). */
  private readonly topicality: Topicality;
  /** The last year any article was published in (0 when none says). */
  private readonly latestYear: number;

  constructor(
    readonly corpus: Corpus,
    readonly search: SentenceSearch,
    /** The quotations of the same corpus: who speaks where ranks a speaker's own words first ("what did Xi say to Kim"). */
    readonly quotes?: QuoteIndex,
  ) {
    this.latestYear = search.latestReportedYear;
    this.subject = SubjectArticles.of(corpus, search.features.aliases ? search.onSubject() : undefined, (text) => search.namesSubjectIn(text));
    this.reranker = new Reranker(corpus, search, this.subject, quotes, this.coverageWithPair);
    this.passages = new Passages(corpus, (sentence) => this.reranker.speakersOf(sentence));
    this.topicality = new Topicality(() => this.subject.sentences(), (only) => search.sentenceCounts(only));
    const fitted = search.params.refusal.model.features;
    if (fitted.join() !== REFUSAL_FEATURES.join()) {
      throw new Error(`ranking.json's refusal model reads ${fitted.join(", ")}, not this version's ${REFUSAL_FEATURES.join(", ")}: refit it with npm run eval -- --fit`);
    }
  }

  article(id: string): Article | undefined {
    return this.passages.article(id);
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    const { top = 3, dedupe = true, refuse = true, offset = 0, continuation = true } = options;
    const plan = this.plan(question);
    const hits = this.candidates(plan, candidatesFor(offset + top));
    if (!hits[0] || (refuse && !this.confident(plan, hits))) return { question, answered: false, passages: [] };
    const { refusal } = this.search.params;

    const passages: Passage[] = [];
    const termSets: (readonly number[])[] = [];
    const kept: Hit[] = [];
    /** What is shown after and before each kept sentence, if anything; and how many characters of its passage go before it. */
    const nexts: (Continuation | undefined)[] = [];
    const befores: (Sentence | undefined)[] = [];
    const lead = (i: number) => (befores[i] ? befores[i]!.text.length + 1 : 0);
    // Passages past the last one shown are never seen: a hit is only compared with those up to
    // there (a near-duplicate of a later one would have cited it there, unseen).
    const last = offset + top;
    // Sentences already shown beside the sentence they lean on, or that leans on them, are not shown again.
    const continued = new Set<string>();
    const shownAlready = (s: Sentence) => continued.has(s.id) || kept.some((k) => k.sentence.id === s.id);
    for (const hit of hits) {
      if (refuse && hit.coverage < refusal.minPassageCoverage) continue; // noise below the answer
      if (!dedupe && passages.length >= last) break;
      if (continued.has(hit.sentence.id)) continue;
      const terms = this.search.distinctTerms(hit);
      const dup = dedupe ? termSets.findIndex((t) => overlap(t, terms) >= DUPLICATE_OVERLAP) : -1;
      if (dup >= 0) {
        const p = passages[dup]!;
        const cite = this.passages.citation(hit.sentence);
        if (cite.n !== p.citation.n && !p.alsoReportedBy.some((c) => c.n === cite.n)) p.alsoReportedBy.push(cite);
        continue;
      }
      if (passages.length >= last) continue;
      // The sentences after it that lean on it, and the one before it when it leans on that, unless already shown.
      const next = continuation ? this.passages.continuation(hit.sentence, shownAlready) : undefined;
      const before = continuation ? this.passages.leadIn(hit.sentence, next, shownAlready) : undefined;
      if (next) for (const s of next.sentences) continued.add(s.id);
      if (before) continued.add(before.id);
      passages.push(this.passages.passage(hit, next, before));
      kept.push(hit);
      nexts.push(next);
      befores.push(before);
      termSets.push(terms);
    }
    // Highlights only for the passages shown: finding them means analysing the sentence again.
    const shown = passages.slice(offset, offset + top);
    shown.forEach((p, i) => {
      const shift = lead(offset + i);
      const own = this.search.highlights(kept[offset + i]!, plan).map(([s, e]): [number, number] => [s + shift, e + shift]);
      p.highlights = shift > 0 ? [...this.search.highlightsBefore(kept[offset + i]!, plan), ...own] : own;
    });
    // A direct answer states the fact as the answer, from a top passage that answers most of the question.
    // No line from a sentence that leaves a name of the question out: "when did trump and kim first
    // meet" is not answered by the year Kim first visited China (the passage is still shown).
    const speaker = offset === 0 ? this.quoteSpeaker(question, shown) : undefined;
    const first = offset === 0 && !speaker ? this.firstDirect(plan, kept.slice(0, shown.length), nexts, befores) : undefined;
    const found = speaker ?? (first && this.missingFromPassage(plan, first.hit, befores[first.index]) < NAME_LEFT_OUT ? first : undefined) ?? (offset === 0 ? this.blankAskedFirst(plan, kept[0]) : undefined);
    // The speaker's span is in the passage's text already; the others are in its sentence's (and what follows it).
    const shift = found && found !== speaker ? lead(found.index) : 0;
    const span = found && this.wholeNames(shown[found.index]!.text, { start: found.span.start + shift, end: found.span.end + shift });
    const direct = found && span && { text: shown[found.index]!.text.slice(span.start, span.end), ...span, citation: shown[found.index]!.citation };
    // The passage with the fuller answer ("renewed it in 1981 and 2001") goes before the one it holds ("last renewed in 2001").
    if (first?.fuller && found === first) shown.unshift(...shown.splice(found.index, 1));
    return { question, answered: true, passages: shown, ...(direct ? { direct } : {}) };
  }

  /**
   * The short fact asked for (see `direct.ts`) and the passage it comes from: the first, or a
   * later one of the first DIRECT_FROM when those before it cannot be the kind of answer asked
   * for (no date for "when"); one that can, but holds several (two people for "who"), ends it.
   */
  private firstDirect(plan: QueryPlan, hits: readonly Hit[], nexts: readonly (Continuation | undefined)[] = [], befores: readonly (Sentence | undefined)[] = []): { index: number; hit: Hit; span: Span; fuller?: true } | undefined {
    const fact = shortFact(plan, this.search.analyzer);
    if (!fact) return undefined;
    // "is the treaty gonna be renewed in 2041", "when will it be renewed next after 2021": a time after
    // every article was written, which none can tell (the passages may still say what is expected).
    // (As typed too: a year claimed, "renewed in 2041", leaves the question read as "when ... renewed".)
    if (TIME_KINDS.has(fact.kind) && (this.pastTheArticles(plan.normalised) || this.pastTheArticles(plan.question))) return undefined;
    // In the passage's text: its sentence, else for "who" the sentence shown after it ("North
    // Korea's foreign minister has ruled out ..." → "“We are not considering ...,” Ri Son-gwon said").
    const inPassage = (i: number): Span | undefined => {
      const { text } = hits[i]!.sentence;
      // "wang said the korean peninsula is at china's what": the sentence shown after it may repeat more of the
      // words before the blank ("... is at China's doorstep") than its own does ("China's position on ...").
      const after = fact.kind === "blank" ? nexts[i]?.sentences[0] : undefined;
      const asked = after && askedPart(plan).toLowerCase();
      if (after && asked && blankRun(asked, after.text) > blankRun(asked, text)) {
        const later = fact.span(after);
        if (later) return { start: later.start + text.length + 1, end: later.end + text.length + 1 };
      }
      const own = fact.span(hits[i]!.sentence);
      // "who is the us secretary of state": a person the sentence gives another post, or none, is not the answer.
      // "who was the north korean leader in 1961": the holder then, whom only a sentence of that year tells (not today's leader).
      if (own) return fact.givesPostAsked(text, own) && !this.holderOfAnotherYear(plan, fact, text, own) && !(fact.asksForOfficeHolder && severalForOnePost(own, plan, text, this.search.analyzer)) ? own : undefined;
      // A length of time from the sentence shown before, which this one leans on: "how often must it be renewed" →
      // "The treaty ... is valid for 20 years. Both the sides renewed it in 1981 and 2001".
      const lead = fact.kind === "duration" ? befores[i] : undefined;
      const leading = lead && fact.span(lead);
      if (lead && leading) return { start: leading.start - lead.text.length - 1, end: leading.end - lead.text.length - 1 };
      // Only a person, and only from the speaker's quotation shown after it (not their outlet nor
      // their dates; nor a sentence that merely leans on it, which tells of something else).
      // Or a list from the sentence shown after it ("... cooperation in different areas." → "Actions of this nature could include education, culture, health, agriculture").
      // Or the words a thing is described with, from any sentence shown after it ("China’s ambassador ... highlighted ..." → "... in their “enduring and unbreakable” friendship").
      if (fact.kind === "described") return this.describedAfter(fact, text, nexts[i]);
      // "who said the hostile forces are more desperate": "He added that ...", whose "he" is the one person the sentence shown before it names ("Al Jazeera quotes Kim Jong-un, ...").
      if (fact.kind === "person" && WHO_SAID.test(plan.normalised.toLowerCase()) && PRONOUN_SAYER.test(text) && befores[i]) {
        const people = this.search.analyzer.entities(befores[i]!.text).filter((e) => e.entity.kind === "person");
        const named = new Set(people.map((e) => e.entity.name));
        // (A span before the sentence's own text: the passage shows the sentence before it first.)
        if (named.size === 1) return { start: people[0]!.start - befores[i]!.text.length - 1, end: people[0]!.end - befores[i]!.text.length - 1 };
      }
      // (Not a quotation after a sentence that tells no one doing the act asked: "who negotiated the treaty" is not answered by
      // "... saying negotiations with the US would lead nowhere" and Ri Son-gwon's quotation after it.)
      const silent = fact.kind === "person" && fact.silent(hits[i]!.sentence) && !fact.doneByUnnamedHolder(text);
      const next = (fact.kind === "person" && nexts[i]?.quotation && !silent) || fact.kind === "list" ? nexts[i]?.sentences[0] : undefined;
      // "who ruled out any contact with the us": the act told of an office ("North Korea's foreign minister has ruled out ..."), its holder named as the speaker of the quotation after it.
      const later = next && (fact.span(next) ?? (fact.kind === "person" && fact.doneByUnnamedHolder(text) ? this.quotedSpeakerIn(next.text) : undefined));
      const shift = text.length + 1;
      if (later && fact.givesPostAsked(next.text, later, text)) return { start: later.start + shift, end: later.end + shift };
      // "who called the friendship enduring and unbreakable": words whose sayer the sentence shown after names
      // ("These would pave the road to ... “enduring and unbreakable” friendship. The ambassador made these observations ...").
      const owned = fact.kind === "person" && SAYING_ASKED.test(plan.normalised.toLowerCase()) && !this.namesPerson(text) ? nexts[i]?.sentences[0] : undefined;
      const owner = owned && REMARKS_OWNED.exec(owned.text);
      if (owner) return { start: text.length + 1, end: text.length + 1 + owner[1]!.length };
      // Else, for "who", the office the sentence says did it, when it names no one ("The top envoy of the North to Beijing reciprocated").
      return fact.kind === "person" && !next ? fact.officeDoer(hits[i]!.sentence) : undefined;
    };
    // What the passage shows counts: the sentence before it, shown because it leans on it, says what it
    // leaves out ("North Korea has long been under ... sanctions" before "The US has spearheaded those sanctions"),
    // and so do the sentences after it that lean on it ("The treaty ... is valid for 20 years." then "Both the sides
    // renewed it in 1981 and 2001 ..." for "the treaty gets renewed every 10 yrs?").
    // And a year the question dates its subject by, which the sentence naming the doer leaves to the rest of its story: "who signed the 1961 treaty" → "Signed by ... Zhou Enlai ..." (the story says "the 1961 treaty" before).
    // And the parties the question names the pact by, which a sentence about "the agreement" leaves to its story:
    // "when did they last extend the china-north korea pact" → "The agreement was last renewed in 2001."
    // (Read only when a sentence leaves out a name of the question: most questions never need it.)
    let parties: readonly string[] | undefined;
    const partiesOf = () => (parties ??= this.search.partiesOfTopic(plan));
    const coverage = (i: number, namesDoer: boolean) => {
      const years = namesDoer ? this.yearsOfStory(plan, hits[i]!) : "";
      const beside = [befores[i]?.text, nexts[i]?.text, years].filter(Boolean).join(" ");
      const partiesLeft = this.partiesOfStory(plan, partiesOf, hits[i]!);
      return beside || partiesLeft.length ? this.search.passageCoverage(plan, hits[i]!, beside, partiesLeft) : hits[i]!.coverage;
    };
    const enough = (i: number) => {
      const namesDoer = fact.namesDoer(hits[i]!.sentence);
      return coverage(i, namesDoer) >= (fact.kind === "blank" || namesDoer ? DOER_MIN_COVERAGE : DIRECT_MIN_COVERAGE);
    };
    // A time from a sentence about something else is no answer (see `tellsOfWhatIsAsked`); an office
    // named ("when did the chinese ambassador make those comments") says who, not what happened:
    // "... and Ri Ryong Nam, the DPRK ambassador to China, in Beijing on Monday" tells of a delivery.
    const ofSomethingElse = (i: number) => TIME_KINDS.has(fact.kind) && tellsOfWhatIsAsked(plan, hits[i]!, { officesAsked: false }) === false;
    // "how many times did biden meet kim": a count or time of people the sentence does not all name is someone else's ("Kim ... and the two leaders have since met five times").
    const ofOthers = (i: number) => (fact.kind === "count" || TIME_KINDS.has(fact.kind)) && this.leavesOutAskedPerson(plan, hits[i]!);
    // A later passage that has far less of the question than the first tells of something else ("who said china is building silos":
    // not "Kim" from "He added that North Korea ...", when the first, "A recent media news says China is ... constructing ... silos", names no one).
    const closeToFirst = (i: number) => hits[i]!.coverage >= LATER_DIRECT_SHARE * hits[0]!.coverage;
    const spanAt = (i: number) => (enough(i) && closeToFirst(i) && !ofSomethingElse(i) && !ofOthers(i) ? inPassage(i) : undefined);
    // A fuller answer that holds the one found ("1981 and 2001" for "2001") is of the same fact, however little else of the question its sentence has.
    const fullerAt = (i: number) => (!ofSomethingElse(i) ? inPassage(i) : undefined);
    const textAt = (i: number) => (nexts[i] ? `${hits[i]!.sentence.text} ${nexts[i]!.text}` : hits[i]!.sentence.text);
    const last = Math.min(DIRECT_FROM, hits.length);
    // "acc to press tv ...", "who wrote the upi article": the line comes from the story the member names, or from none.
    const named = plan.sources.length ? new Set(plan.sources) : undefined;
    // "who is the special rep", "who is the president": an office of no country named, whose holders the first passages
    // differ on (Sung Kim, Liu Xiaoming): which one is meant is unsure.
    if (fact.asksForOfficeHolder && !plan.concepts.some((c) => !c.person && [...c.terms.keys()].some(isEntityTerm)) && this.holdersDiffer(hits, last, spanAt, textAt)) return undefined;
    for (let i = 0; i < last; i++) {
      if (named && !named.has(hits[i]!.sentence.articleId)) continue;
      const span = spanAt(i);
      // "when was it last renewed" asks for one of them: the fuller answer would not be it.
      // But "first renewal year?" is the first of the fuller list ("1981 and 2001" → 1981), not the "last renewed in 2001" it holds.
      if (span && FIRST_OF_SEVERAL.test(plan.normalised)) return this.firstOfFuller(this.fullerDirect(hits, i, span, last, fullerAt, textAt), textAt) ?? { index: i, hit: hits[i]!, span };
      if (span) return ONE_OF_SEVERAL.test(plan.normalised) ? { index: i, hit: hits[i]!, span } : this.fullerDirect(hits, i, span, last, fullerAt, textAt);
      // A passage that could answer but gives no line ends the search; not one with the time of
      // something else, when the time of a saying is asked: the occasion of the remarks may follow;
      // nor one that names no outlet at all, when an outlet is asked (the one that reported it may follow).
      if (fact.kind === "source" && !fact.namesAnOutlet(hits[i]!.sentence)) continue;
      // Nor one that does not tell the act a "who" question asks about ("who reciprocated": "The ambassador made these observations ..."): whoever did it may follow.
      if (fact.silent(hits[i]!.sentence)) continue;
      // Nor one whose person holds not the post asked, or no longer ("who is the us president": "Former US president Donald Trump ..."): its holder may follow.
      if (fact.kind === "person" && WHO_IS.test(plan.normalised) && fact.span(hits[i]!.sentence) && !spanAt(i)) continue;
      // Nor one that names the person without their title ("Campbell also said ..."), when an office is claimed
      // for them ("campbell is the secretary of state right?") or their post asked: a later one may give it.
      if (fact.kind === "title" && (plan.claim || POST_ASKED.test(plan.normalised))) continue;
      // Nor one that names nothing, when what something was called is asked (see `mayName`).
      if (fact.kind === "coined" && !mayName(hits[i]!.sentence.text)) continue;
      // Nor one without the measure asked ("how often must it be renewed": "The agreement was last renewed in 2001." has no length of time).
      if (MEASURE_KINDS.has(fact.kind) && fact.measures(hits[i]!.sentence) === false) continue;
      // Nor one whose count or time is of other people ("how many times did xi and kim meet": "Trump met with Kim three times").
      if (ofOthers(i) && fact.span(hits[i]!.sentence) !== undefined) continue;
      // Nor one that holds no list, nor the sentence shown after it, when things are listed ("name one field the ambassador brought up").
      if (fact.kind === "list" && !inPassage(i)) continue;
      if (this.answerFit(hits[i]!, plan) > 0 && !(asksWhenSaid(plan) && ofSomethingElse(i))) return undefined;
    }
    return undefined;
  }

  /**
   * Whether the question names people and the sentence leaves one out, by name and as one of "the
   * two leaders" it speaks of (the two people its story names most: "Kim first visited China ...
   * and the two leaders have since met five times" is Xi's and Kim's, not Biden's).
   */
  private leavesOutAskedPerson(plan: QueryPlan, hit: Hit): boolean {
    const pair = PAIR_OF_LEADERS.test(hit.sentence.text) ? this.leadingPair(hit.sentence.articleId) : [];
    return plan.concepts.some((c) => c.person && !matchesConcept(hit, c) && ![...c.terms.keys()].some((t) => pair.includes(t)));
  }

  /**
   * A hit's coverage with "the two leaders" it speaks of counted as the two people its story
   * names most ("... the two leaders have since met five times" covers "xi" and "kim" of "how many
   * meetings have xi and kim had").
   */
  private readonly coverageWithPair = (plan: QueryPlan, hit: Hit): number => {
    if (!PAIR_OF_LEADERS.test(hit.sentence.text)) return hit.coverage;
    const pair = this.leadingPair(hit.sentence.articleId);
    // Only for a person the question asks about whom the sentence names only as one of the pair.
    const inPair = (c: Concept) => c.person && !matchesConcept(hit, c) && [...c.terms.keys()].some((t) => pair.includes(t));
    if (!plan.concepts.some(inPair)) return hit.coverage;
    const names = this.search.analyzer.lexicon.entities.filter((e) => pair.includes(entityTerm(e.name))).map((e) => e.name);
    return this.search.passageCoverage(plan, hit, names.join(". "));
  };

  /** The two people an article names most, as entity terms (read once per article). */
  private leadingPair(articleId: string): string[] {
    let pair = this.leadingPairs.get(articleId);
    if (!pair) {
      const people = [...this.storyNames(articleId)].filter(([, n]) => n.person);
      pair = people.sort((a, b) => b[1].count - a[1].count).slice(0, 2).map(([term]) => term);
      this.leadingPairs.set(articleId, pair);
    }
    return pair;
  }
  private readonly leadingPairs = new Map<string, string[]>();

  /** The names an article's sentences give (entity terms), how many times each, and whether a person's; read once per article. */
  private storyNames(articleId: string): ReadonlyMap<string, { count: number; person: boolean }> {
    let names = this.storyNamesRead.get(articleId);
    if (!names) {
      names = new Map();
      for (const s of this.passages.article(articleId)?.sentences ?? []) {
        for (const e of this.search.analyzer.entities(s.text)) {
          const term = entityTerm(e.entity.name);
          const seen = names.get(term);
          if (seen) seen.count++;
          else names.set(term, { count: 1, person: e.entity.kind === "person" });
        }
      }
      this.storyNamesRead.set(articleId, names);
    }
    return names;
  }
  private readonly storyNamesRead = new Map<string, Map<string, { count: number; person: boolean }>>();

  /** The years of the question that the hit's sentence does not tell and its article does, as one string ("1961"). */
  private yearsOfStory(plan: QueryPlan, hit: Hit): string {
    const body = this.passages.article(hit.sentence.articleId)?.body ?? "";
    return plan.concepts
      .map((c) => c.surface)
      .filter((w) => /^\d{4}$/.test(w) && !hit.sentence.text.includes(w) && body.includes(w))
      .join(" ");
  }

  /**
   * A hit's `missing` (the weight of the name-like word of the question it most leaves out), with
   * the sentence its passage shows before it counting as part of it: "The US has spearheaded those
   * sanctions ..." after "North Korea has long been under harsh United Nations sanctions ..." leaves out no "un".
   */
  private missingFromPassage(plan: QueryPlan, hit: Hit, before: Sentence | undefined): number {
    if (!before || hit.missing === 0) return hit.missing;
    const beside = new Set(this.search.analyzer.terms(before.text));
    const { weights } = this.search.conceptWeights(plan);
    let missing = 0;
    plan.concepts.forEach((c, i) => {
      if (!decidesByAbsence(c) || matchesConcept(hit, c) || [...c.terms.keys()].some((t) => beside.has(t))) return;
      missing = Math.max(missing, weights[i]!);
    });
    return Math.min(missing, hit.missing);
  }

  /** `span` of `text` widened to the whole of any name it cuts ("Chinese President Xi" → "Chinese President Xi Jinping"). */
  private wholeNames(text: string, span: Span): Span {
    let { start, end } = span;
    for (const m of this.search.analyzer.entities(text)) {
      if (m.start < end && end < m.end && m.start >= start) end = m.end;
      if (m.start < start && start < m.end && m.end <= end) start = m.start;
    }
    return start === span.start && end === span.end ? span : { start, end };
  }

  /**
   * Whether an office's holder is asked for a year some years before the stories (HOLDER_YEARS_BEFORE)
   * and the sentence gives the person at `span` the office as the stories' present ("North Korean
   * Supreme Leader Kim Jong-un"), not as held before ("former Chinese Premier Zhou Enlai").
   */
  private holderOfAnotherYear(plan: QueryPlan, fact: ShortFact, text: string, span: Span): boolean {
    if (!fact.asksForOfficeHolder) return false;
    // "who was the first leader of north korea": a holder before the stories' own, as a year before them asks.
    const earlier = EARLIER_HOLDER.test(plan.normalised) || (this.latestYear > 0 && [...plan.normalised.matchAll(YEAR_ASKED)].some((m) => Number(m[2]) <= this.latestYear - HOLDER_YEARS_BEFORE));
    return earlier && !FORMER_TITLE.test(text.slice(Math.max(0, span.start - 60), span.start));
  }

  /** Whether a question asks about a year after the last one any article was published in ("in 2041", "after 2021"). */
  private pastTheArticles(question: string): boolean {
    if (this.latestYear === 0) return false;
    for (const m of question.matchAll(YEAR_ASKED)) {
      const year = Number(m[2]);
      if (year > this.latestYear || (m[1] && year === this.latestYear)) return true;
    }
    return false;
  }

  /**
   * Of the parties a question names the pact by (`partiesOf`), those a hit's sentence about the pact
   * leaves out and the rest of its story, an article on the subject, names.
   */
  private partiesOfStory(plan: QueryPlan, partiesOf: () => readonly string[], hit: Hit): string[] {
    const namesLeft = plan.concepts.some((c) => !matchesConcept(hit, c) && [...c.terms.keys()].some(isEntityTerm));
    if (!namesLeft || !this.subject.has(hit.sentence.articleId) || !hit.matchedTerms.some((t) => this.search.isTopicTerm(t))) return [];
    const named = this.storyNames(hit.sentence.articleId);
    return partiesOf().filter((p) => !hit.matchedTerms.includes(p) && named.has(p));
  }

  /** The describing words asked for (see `ShortFact`) in the first sentence shown after `text` that has them, as a span of the passage's text. */
  private describedAfter(fact: ShortFact, text: string, next: Continuation | undefined): Span | undefined {
    let shift = text.length + 1;
    for (const sentence of next?.sentences ?? []) {
      const span = fact.span(sentence);
      if (span) return { start: span.start + shift, end: span.end + shift };
      shift += sentence.text.length + 1;
    }
    return undefined;
  }

  /** Whether the text names a person. */
  private namesPerson(text: string): boolean {
    return this.search.analyzer.entities(text).some((e) => e.entity.kind === "person");
  }

  /** The speaker the quote index gives the quotation `text` prints, by the name `text` uses ("“We are not considering ...,” Ri Son-gwon said" → Ri Son-gwon). */
  private quotedSpeakerIn(text: string): Span | undefined {
    const quoted = /[“"]([^”"]{12,})[”"]/.exec(text)?.[1];
    const said = this.quotes && quoted ? spokenBy(this.quotes, quoted) : undefined;
    return said && this.quotes ? speakerSpan(this.quotes.people, said, text, true) : undefined;
  }

  /**
   * For words a member pasted and asks who said ("is 'the fixed stand' a kim quote"): their
   * speaker, as the quote index attributes them, named in the first passage of DIRECT_FROM that
   * prints them (see `quoteSpeaker.ts`).
   */
  private quoteSpeaker(question: string, shown: readonly Passage[]): { index: number; span: Span } | undefined {
    const pasted = this.quotes && quotedWordsAsked(question, this.quotes.people);
    // Words typed without quote marks ("who said the korean peninsula is at chinas doorstep") are answered by a name only, not a role.
    // Looking words up among the quotations is costly: only when a passage shown holds most of them.
    const typed = this.quotes && !pasted ? wordsAfterWhoSaid(question) : undefined;
    if (typed !== undefined && !shown.slice(0, DIRECT_FROM).some((p) => sharesMostWords(typed, p.text))) return undefined;
    const words = pasted ?? typed;
    const quotation = words ? spokenBy(this.quotes!, words, typed !== undefined) : undefined;
    if (!quotation) return typed !== undefined ? this.quotedSpeakerOfPassage(typed, shown) : undefined;
    for (let i = 0; i < Math.min(DIRECT_FROM, shown.length); i++) {
      const span = speakerSpan(this.quotes!.people, quotation, shown[i]!.text, typed !== undefined);
      if (span) return { index: i, span };
    }
    // The passage that prints the words exactly may name the speaker only as "he" ("In his message,
    // he said: “...”"): another that prints nearly all of them and names that speaker answers
    // ("... gets stronger day by day,” Kim was quoted as saying").
    if (pasted) {
      for (let i = 0; i < Math.min(DIRECT_FROM, shown.length); i++) {
        if (!printsNearly(pasted, shown[i]!.text)) continue;
        const span = speakerNamed(this.quotes!.people, quotation.speaker, shown[i]!.text);
        if (span) return { index: i, span };
      }
    }
    return undefined;
  }

  /** The quotations of each article (made on the first question that needs them). */
  private quotesByArticle: Map<string, Quote[]> | undefined;

  /**
   * "who called the korean peninsula china's doorstep": words typed as a member remembers them,
   * not as printed ("The issue of the Korean Peninsula is at China's doorstep"). The first passage
   * shown that holds most of them answers when the quotations of its own sentence are all one
   * speaker's (as the quote index attributes them) and the passage names that speaker by name.
   */
  private quotedSpeakerOfPassage(typed: string, shown: readonly Passage[]): { index: number; span: Span } | undefined {
    const index = shown.slice(0, DIRECT_FROM).findIndex((p) => sharesMostWords(typed, p.text));
    const passage = shown[index];
    if (!passage || !this.quotes) return undefined;
    const { sentence } = passage;
    if (!this.quotesByArticle) {
      this.quotesByArticle = new Map();
      for (const q of this.quotes.quotes) {
        const list = this.quotesByArticle.get(q.articleId);
        if (list) list.push(q);
        else this.quotesByArticle.set(q.articleId, [q]);
      }
    }
    const speakers = new Set((this.quotesByArticle.get(sentence.articleId) ?? []).filter((q) => q.start < sentence.end && q.end > sentence.start).map((q) => q.speaker));
    const [speaker] = speakers;
    const span = speakers.size === 1 && speaker ? speakerNamed(this.quotes.people, speaker, passage.text, true) : undefined;
    return span && { index, span };
  }

  /**
   * "what did kju tell his country to be ready for": the words after the preposition in the best
   * sentence, read as the blank the question is ("... ready for what", see `blanks.ts`). Only for
   * the line: such questions are too many kinds to rank or refuse by (what the ambassador pushed
   * for may be a whole clause), so they are no short fact to the search.
   */
  private blankAskedFirst(plan: QueryPlan, best: Hit | undefined): { index: number; span: Span } | undefined {
    const asked = plan.normalised.toLowerCase();
    const blank = asBlank(asked);
    if (!best || best.coverage < DIRECT_MIN_COVERAGE) return undefined;
    // Or the subject of what someone said ("kim said what gets stronger day by day").
    const span = blank === asked ? subjectBlankOf(asked, best.sentence.text) : blankOf(blank, best.sentence.text);
    return span && { index: 0, span };
  }

  /** The first item of a fuller answer found that lists several ("1981 and 2001" → "1981"), when one was. */
  /** Whether two of the first `last` passages, matching the question about as well, name no one in common as the answer. */
  private holdersDiffer(hits: readonly Hit[], last: number, spanAt: (i: number) => Span | undefined, textAt: (i: number) => string): boolean {
    const answers: { people: Set<string>; coverage: number }[] = [];
    for (let i = 0; i < last; i++) {
      const span = spanAt(i);
      const people = span && this.search.analyzer.entities(textAt(i).slice(span.start, span.end)).filter((e) => e.entity.kind === "person");
      if (people?.length) answers.push({ people: new Set(people.map((e) => e.entity.name)), coverage: hits[i]!.coverage });
    }
    const best = Math.max(0, ...answers.map((a) => a.coverage));
    const tied = answers.filter((a) => a.coverage >= TIED_HOLDER_SHARE * best);
    return tied.some((a) => tied.some((b) => ![...a.people].some((p) => b.people.has(p))));
  }

  private firstOfFuller(found: { index: number; hit: Hit; span: Span; fuller?: true }, textAt: (j: number) => string): { index: number; hit: Hit; span: Span; fuller?: true } | undefined {
    const text = textAt(found.index).slice(found.span.start, found.span.end);
    // Only a list of several ("1981 and 2001"), not one fuller date ("July 11, 1961").
    if (!found.fuller || !/\band\b/.test(text)) return undefined;
    const item = /^[\p{L}\p{N}]+/u.exec(text);
    return item ? { ...found, span: { start: found.span.start, end: found.span.start + item[0].length } } : undefined;
  }

  /**
   * The answer found in passage `i`, or a fuller one among the next shown that holds it whole:
   * "when was it renewed" is "1981 and 2001" ("Both the sides renewed it in 1981 and 2001"), not
   * only the "2001" of the first passage ("The agreement was last renewed in 2001").
   */
  private fullerDirect(hits: readonly Hit[], i: number, span: Span, last: number, spanAt: (j: number) => Span | undefined, textAt: (j: number) => string): { index: number; hit: Hit; span: Span; fuller?: true } {
    // As words: "2001" is in "1981 and 2001", not in "2011"; a hedge ("around Sunday") says no more than the date.
    const words = (j: number, s: Span) => ` ${textAt(j).slice(s.start, s.end).replace(HEDGED_START, "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    const found = words(i, span);
    for (let j = i + 1; j < last; j++) {
      const other = spanAt(j);
      if (other && words(j, other).length > found.length && words(j, other).includes(found)) return { index: j, hit: hits[j]!, span: other, fuller: true };
    }
    return { index: i, hit: hits[i]!, span };
  }

  /**
   * The search plan of a question, less the words that only frame a short-fact question ("the
   * full name of", "stand for", "what day"): the sentence that answers names the thing, not the
   * frame, and a sentence that happens to say "name" or "stands" is no better for it.
   */
  plan(question: string): QueryPlan {
    const typed = this.capitalisedAbbreviation(this.search.plan(question));
    const plan = this.articleGist(typed) ?? typed;
    const kind = factKindOf(plan);
    const frame = kind && FRAME_WORDS[kind];
    if (!frame) return plan;
    let concepts = plan.concepts.filter((c) => !frame.test(c.surface));
    // "what nickname do the articles use for north korea": the sentences that call it by one ("hermit kingdom") are the answer's.
    if (kind === "nickname") concepts = concepts.map((c) => this.withNicknames(c));
    return concepts.length && (concepts.length < plan.concepts.length || kind === "nickname") ? { ...plan, concepts } : plan;
  }

  /**
   * "what did the upi article say", "summary of the blasting news piece", "whats the press tv story
   * about": the gist of the one article named, which is what its lead tells of the subject. Asked as
   * "what is the <first topic word of the alias file>" of that article (see `Reranker.byLead` and
   * `bySource`), the question's own words being only the article's name and words for its gist.
   */
  private articleGist(plan: QueryPlan): QueryPlan | undefined {
    const topic = this.search.topicWord;
    // ("tldr" is filler to the chat normaliser: the question as typed says it.)
    if (plan.sources.length !== 1 || !topic || !(GIST_ASKED.test(plan.normalised) || GIST_ASKED.test(plan.question))) return undefined;
    const reference = this.search.sourceReferenceWords(plan.normalised);
    if (!plan.concepts.every((c) => GIST_WORD.test(c.surface) || reference.has(c.surface.toLowerCase()))) return undefined;
    return { ...this.search.plan(`what is the ${topic}`), question: plan.question, sources: plan.sources };
  }

  /** A concept of a name, with the words of the alias file's nicknames for it (lower-case names: "hermit kingdom" for North Korea) as its own terms. */
  private withNicknames(concept: Concept): Concept {
    const names = this.search.analyzer.lexicon.entities.filter((e) => concept.terms.get(entityTerm(e.name)) === 1);
    const nicknames = names.flatMap((e) => e.variants.filter((v) => NICKNAME.test(v)));
    if (nicknames.length === 0) return concept;
    const terms = new Map(concept.terms);
    for (const term of nicknames.flatMap((v) => this.search.analyzer.wordTerms(v))) terms.set(term, 1);
    return { ...concept, terms };
  }

  /** "whats kcna", "what is the dprk": an abbreviation the articles spell out, typed in lower case, is written as they write it, so that the question asks for its expansion. */
  private capitalisedAbbreviation(plan: QueryPlan): QueryPlan {
    const m = /^(what (?:is|are) (?:the )?)([a-z]{2,8})(\??)$/.exec(plan.normalised);
    if (!m || !this.reranker.spellsOut(m[2]!.toUpperCase())) return plan;
    return { ...plan, normalised: `${m[1]}${m[2]!.toUpperCase()}${m[3]}` };
  }

  /** What the "nothing found" decision reads of a question, as `answer(question, { top })` ranks it (for the fitting script); `undefined` when nothing matches. */
  refusalFeatures(question: string, top = 10): RefusalFeatures | undefined {
    const plan = this.plan(question);
    const hits = this.candidates(plan, candidatesFor(top));
    // A question refused by rule teaches the model nothing.
    return hits[0] && !this.refusedByRule(plan, hits) ? this.features(plan, hits) : undefined;
  }

  /** Whether the best of `hits` (ranked for `plan`) is good enough to answer with (else: "nothing found"). */
  confident(plan: QueryPlan, hits: readonly Hit[]): boolean {
    return hits[0] !== undefined && !this.refusedByRule(plan, hits) && !refuses(this.search.params.refusal, this.features(plan, hits));
  }

  /**
   * The rules of `refusal.ts`, and one that needs the quotations: words a member pasted and asks
   * about ("is 'as close as lips and teeth' an xi quote") that no article prints, nor anything
   * close to them, have no answer here, however well their other words match.
   */
  private refusedByRule(plan: QueryPlan, hits: readonly Hit[]): boolean {
    const fact = shortFact(plan, this.search.analyzer);
    if (refusedByRule(plan, hits, fact, this.nextSentence, this.sentenceBefore)) return true;
    // "how many times did biden meet kim": the sentences found that count, count someone else's doings ("the two leaders have since met five times" is Xi's and Kim's).
    if (fact?.kind === "count") {
      const counting = hits.filter((h) => fact.measures(h.sentence));
      if (counting.length && counting.every((h) => this.leavesOutAskedPerson(plan, h))) return true;
    }
    if (this.silentSpeakerAsked(plan)) return true;
    // Among articles on other subjects too, the speaker asked must be named by a best sentence on the
    // subject: a story that names Russia does not make "what does russia think of the treaty" answered.
    if (!this.subject.everyArticle && speakersAsked(plan).length > 0 && speakerUnmatched(plan, hits.filter((h) => this.subject.has(h.sentence.articleId)).slice(0, 3))) return true;
    const pasted = this.quotes && pastedQuotationChecked(plan.question, this.quotes.people);
    if (pasted === undefined || this.quotes!.verify(pasted).verdict !== "not_found") return false;
    // Members also put their own words between quotes ("did kim say 'the treaty defends socialism'"):
    // only words most of which no article sentence has together are taken for words no article prints.
    return (this.quotes!.nearest(pasted)?.contentShared ?? 0) < PASTED_WORDS_SHARED;
  }

  /**
   * "what did the un say about the treaty", "what was the un's reaction", "what did trump say about
   * the treaty": a country, body or person asked for their words that no article on the subject has
   * say anything (only mentioned: "United Nations sanctions", "Trump met with Kim three times"). One
   * that speaks anywhere ("Beijing said", "the US president said") may be answered by the model.
   */
  private silentSpeakerAsked(plan: QueryPlan): boolean {
    const speakers = speakersAsked(plan);
    if (!speakers.length) return false;
    // (A person's "position" may be their post: "what was zhou enlai's position" asks a title, not words.)
    const post = shortFact(plan, this.search.analyzer) !== undefined;
    const named = this.search.analyzer.entities(speakers.join(" ")).filter((e) => !post || e.entity.kind !== "person");
    return named.length > 0 && named.every((e) => !this.sayers().has(e.entity.name));
  }

  /** Who says anything in the articles on the subject (see `sayers.ts`), worked out on the first question that asks for someone's words. */
  private sayers(): ReadonlySet<string> {
    return (this.sayerNames ??= sayersOf(this.corpus.sentences, this.subject.sentences(), this.search.analyzer, this.quotes));
  }
  private sayerNames: ReadonlySet<string> | undefined;

  private features(plan: QueryPlan, hits: readonly Hit[]): RefusalFeatures {
    const [best, second] = hits as [Hit, Hit | undefined];
    return refusalFeatures(plan, best, second, this.answerFit(best, plan), this.shortFactMissing(plan, hits), this.topicality.of(plan));
  }

  /** 1 for a short-fact question ("when was xi born") that would get no direct answer from these hits; 0 otherwise. */
  private shortFactMissing(plan: QueryPlan, hits: readonly Hit[]): number {
    const fact = shortFact(plan, this.search.analyzer);
    // Describing words are often in a sentence shown after the best ("... in their “enduring and unbreakable” friendship"), which these hits do not show: their absence here is no sign.
    return fact && fact.kind !== "described" && !this.firstDirect(plan, hits) ? 1 : 0;
  }

  /**
   * How far the best sentence can be the kind of answer asked for: the engine's fit (a date for
   * "when", a number for "how many"), and for "who" a person other than those the question names.
   */
  private answerFit(hit: Hit, plan: QueryPlan): number {
    // A reason is often told without a word for one ("expressed solidarity for regional stability"): ranking prefers a "because", but its absence is no sign that the articles cannot answer.
    if (plan.answerType === "reason") return 1;
    if (plan.answerType !== "person" || hit.typeFit === 0) return hit.typeFit;
    const named = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
    const people = this.search.analyzer.entities(hit.sentence.text).filter((e) => e.entity.kind === "person");
    // A name the alias file does not know still counts (the engine saw a name); known ones must be new to the question.
    if (people.length === 0) return hit.typeFit;
    return people.some((e) => !named.has(entityTerm(e.entity.name))) ? 1 : 0;
  }

  /**
   * The ranked sentences an answer is made of. A question that names nothing of the bot's
   * subject is answered only from articles about it (see `subject.ts`): the search leaves the
   * others out before scoring anything.
   */
  private candidates(plan: QueryPlan, limit: number): Hit[] {
    const only = this.subject.everyArticle || this.search.namesSubject(plan) ? undefined : this.subject.sentences();
    return this.reranker.rerank(this.search.searchPlan(plan, limit, only), plan, limit);
  }

  /**
   * The next sentence of the article when it says little without this one ("China's ambassador
   * ... stressed cooperation in different areas." → "Actions of this nature could include
   * education, culture, health ..."): the passage shows both, as one reads them.
   */
  private readonly nextSentence = (sentence: Sentence): Continuation | undefined => this.passages.continuation(sentence);
  /** The sentence a passage shows before `sentence` (see `leadIn`), for the refusal rules. */
  private readonly sentenceBefore = (sentence: Sentence): Sentence | undefined => this.passages.leadIn(sentence, undefined, () => false);

  /** The sentences around a passage, for "show context". */
  neighbours(sentence: Sentence, radius = 2): Sentence[] {
    return this.passages.neighbours(sentence, radius);
  }
}

/** The share of `b`'s terms that `a` has too (both sorted sets of term numbers). */
function overlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / b.length;
}
