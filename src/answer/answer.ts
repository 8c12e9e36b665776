import { headlineSentence } from "../corpus/headline.js";
import type { Article, Corpus, Sentence } from "../corpus/types.js";
import type { QuoteIndex } from "../quotes/index.js";
import { entityTerm, isEntityTerm } from "../search/analyzer.js";
import { hasQuestionWords, POINTS_BACK_LAST } from "../search/askerAsides.js";
import type { Hit, QueryPlan, SentenceSearch } from "../search/engine.js";
import { messageParts, partText } from "../search/messageParts.js";
import type { Concept } from "../search/queryPlan.js";
import { PERSON_ROLE } from "../search/roles.js";
import type { Citation } from "./citation.js";
import { shortFact } from "./direct.js";
import { NICKNAME } from "./directNames.js";
import { DATELINE, REPORT_DATE_ASKED } from "./directTimes.js";
import { pastedQuotationChecked, wordsAfterPastedQuotation } from "./quoteSpeaker.js";
import { type FactKind, factKindOf } from "./factKind.js";
import { OFF_SUBJECT_RULES, refusalRule, refusedByRule } from "./refusal/rules.js";
import { speakersAsked, speakerUnmatched } from "./refusal/speakers.js";
import { REFUSAL_FEATURES, type RefusalFeatures, refusalFeatures, refuses } from "./refusalModel.js";
import { type Continuation, type Passage, Passages } from "./passages.js";
import { DirectLines } from "./directLine.js";
import { RECENT_ANSWERS, RecentAnswers } from "./recentAnswers.js";
import { HEADLINE_ASKED, Reranker } from "./rerank.js";
import { sayersOf } from "./sayers.js";
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

/**
 * The coverage bars at which `shortFactMissing`, a feature of the no-answer model, looks for a
 * direct line: those the model was fitted with. The bars a line is shown at are fitted after the
 * model (`directLine` in ranking.json); read at those, the feature would mean something else than
 * the model learned (a lower bar finds a line for "when is the fan signing event", which then
 * looks answered).
 */
const SHORT_FACT_FEATURE_BARS = { minCoverage: 0.45, doerMinCoverage: 0.3 } as const;

/** "**1981 and 2001** [2]": the answer to a short-fact question, copied from a cited passage. */
export interface DirectAnswer {
  /**
   * The words of the passage that answer, verbatim; for a lone surname, the full name the cited
   * article gives that person ("Wang" → "Wang Wenbin").
   */
  text: string;
  /** Where the passage's words stand in its text (in its sentence, or a sentence shown after it, or for a quotation's speaker anywhere in it). */
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
 * A question for what an article says: "what did X say", "what's X about", "summary of X", "tldr of
 * X", "X gist?"; or when it came out ("upi article date?"), which its lead's dateline and the
 * citation under it tell.
 */
const GIST_ASKED = /\b(?:what (?:did|does|do) .+ (?:say|says|said|report|reports|reported|write|wrote|cover|covers)\??$|what(?: is|'s|s)? .+ about\??$|summar(?:y|ise|ize)|tl;?dr|gist|main (?:point|takeaway)s?|key (?:point|takeaway)s?|date|dated|datelined?|published|came out|come out|headlines?|headlined|title)\b/i;
/** Words that only name an article or ask for its gist (see `Answerer.articleGist`). */
const GIST_WORD = /^(?:article|articles|story|stories|piece|report|post|summary|summarise|summarize|gist|tldr|tl;dr|point|points|takeaway|takeaways|main|key|say|says|said|write|wrote|cover|covers|news|pls|please|date|dated|dateline|datelined|published|came|come|out|headline|headlines|headlined|title)$/i;

/** Fewer words than this, with no full stop, make no member's line of its own (see `Answerer.answeredAlone`). */
const MIN_LINE_WORDS = 3;
/** Words alone that only open a turn to the question: "oh", "ok so", "wait". */
const INTERJECTION = /^\W*(?:(?:oh|ok|okay|so|well|wait|hmm|yeah|yea|and|but|then)\W*)+$/i;
/** A pronoun for someone named before: "what's his actual name" asks of the ambassador the line before named. */
const PERSON_BEFORE = /\b(?:he|his|him|she|her)\b/i;

/** Below this share of its content words together in one article sentence, a pasted quotation is none of the articles' (see `refusedByRule`). */
const PASTED_WORDS_SHARED = 0.5;
/** A question's own clause, opening on an auxiliary or a question word (group 1). */
const QUESTION_CLAUSE = /(?:^|[\s.?!;,:—–-])((?:is|was|are|were|does|did|do|has|have|had|can|could|will|would|what|whats|what's|which|who|whos|who's|when|where|why|how)\b.*)$/s;
/** Words that ask only of pasted words, whose they are or how real (see `asksBesidesQuotation`). */
const QUOTATION_FRAME = /^(?:says?|said|tells?|told|calls?|called|quotes?|quoted|real|really|legit|fake|genuine|made|thing|things|friend|someone|somebody|sent|send|posted|post|saw|seen|heard|read|line|lines|words?|statements?|tweets?|headlines?|articles?|exact|exactly|actual|actually|true|truth|check|source|claims?|claimed|vows?|vowed|wrote|writes?|message|msg|version)$/i;
/** Per kind of short fact, the question words that only frame it. */
const FRAME_WORDS: Partial<Record<FactKind, RegExp>> = {
  name: /^(?:name|names|named|called|call|title|official|officially|full|formal|whole|real|long|longer|complete|entire|version)$/i,
  // "what nickname does the blasting news piece use for north korea": the story names the country by it, it need not say "nickname".
  nickname: /^(?:nick|nickname|nicknames|epithet|epithets|moniker|monikers|name|names|use|uses|used|call|calls|called|repeatedly|other|another|alternative|different|pet|one|article|articles|piece|story|report)$/i,
  expansion: /^(?:stand|stands|short|mean|means|abbreviation|acronym|full|form)$/i,
  date: /^(?:date|day|weekday|week|month|exact|exactly|actual|actually|time)$/i,
  year: /^(?:year|years|yr|yrs|decade|decades)$/i,
  duration: /^(?:long|length|duration|last|lasts|lasted|lasting|term)$/i,
  age: /^(?:old|age)$/i,
  // "what post did zhou enlai hold": the sentence gives the title, it need not say "post" or "hold".
  title: /^(?:post|job|title|role|position|rank|hold|holds|held|office)$/i,
  // "whos the source for the five meetings stat", "which publication reported it": the outlet names itself ("The Straits Times mentioned ..."), it need not say "source" or "publication".
  source: /^(?:source|sources|publication|publications|site|website|stat|stats)$/i,
};

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

/** "it", "its": the pronoun a question about the bot's subject may ask of it by. */
const IT_ALONE = /\b(?:it|its)\b/i;
/** A sentence or clause before the last: "anyone hiked mt rainier, how long does it take". */
const MORE_THAN_ONE_PART = /[.?!,;:]\s*\S/;

/** A count summed over several ("put together", "combined", "in total", "altogether"). */
const SUM_ASKED = /\b(?:put together|combined|in total|altogether|all together|added up|total)\b/i;

/**
 * Answers a question from the articles: its plan (`plan`, the search's less the words that only
 * frame a short fact), the ranked candidates (the search, then `rerank.ts`), the no-answer
 * decision (`refusal/rules.ts`'s rules, `refusalModel.ts`'s model), the passages shown (`passages.ts`: near-duplicates
 * merged and cited together), and the line that states a short fact (`directLine.ts`). Pure: no
 * discord.js, no formatting.
 */
export class Answerer {
  /** Sentences as passages show them: with what they lean on, and their citation (see `passages.ts`). */
  private readonly passages: Passages;
  /** The line that states a short fact asked for, from a passage shown (see `directLine.ts`). */
  private readonly lines: DirectLines;
  /** The re-rankings after the search: the asked speaker, an overview's lead, a short fact (see `rerank.ts`). */
  private readonly reranker: Reranker;
  /** Articles about the bot's subject (see `subject.ts`). */
  readonly subject: SubjectArticles;
  /** How much a question's words are the articles' subject's rather than everyday English (a no-answer feature). */
  private readonly topicality: Topicality;
  /** Answers kept for questions asked again, once `rememberAnswers` is called. */
  private recent?: RecentAnswers;

  constructor(
    readonly corpus: Corpus,
    readonly search: SentenceSearch,
    /** The quotations of the same corpus: who speaks where ranks a speaker's own words first ("what did Xi say to Kim"). */
    readonly quotes?: QuoteIndex,
  ) {
    this.subject = SubjectArticles.of(corpus, search.features.aliases ? search.onSubject() : undefined, (text) => search.namesSubjectIn(text));
    this.reranker = new Reranker(corpus, search, this.subject, quotes, (plan, hit) => this.lines.coverageWithPair(plan, hit));
    this.passages = new Passages(corpus, (sentence) => this.reranker.speakersOf(sentence));
    this.lines = new DirectLines(search, this.passages, this.subject, quotes, search.latestReportedYear);
    this.topicality = new Topicality(() => this.subject.sentences(), (only) => search.sentenceCounts(only));
    const fitted = search.params.refusal.model.features;
    if (fitted.join() !== REFUSAL_FEATURES.join()) {
      throw new Error(`ranking.json's refusal model reads ${fitted.join(", ")}, not this version's ${REFUSAL_FEATURES.join(", ")}: refit it with npm run eval -- --fit`);
    }
  }

  article(id: string): Article | undefined {
    return this.passages.article(id);
  }

  /**
   * Works out now everything the answer path otherwise works out on the first question that
   * needs it (which abbreviations the articles spell out, the words by sound, who speaks in the
   * articles, how often the subject's sentences use each term): a bot process calls this before
   * it connects, so that no member waits behind it. Some of it reads every sentence.
   */
  prepare(): void {
    this.search.prepare();
    this.reranker.prepare();
    this.topicality.prepare();
    this.sayers();
  }

  /**
   * From now on keeps the answers to the last `max` distinct questions (a bot process, where
   * members repeat questions: see `recentAnswers.ts`). Off by default, so that the evaluation,
   * the fitting script and the benchmarks measure the search itself.
   */
  rememberAnswers(max = RECENT_ANSWERS): this {
    this.recent = new RecentAnswers(max);
    return this;
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    return this.recent ? this.recent.get(question, options, () => this.answerNow(question, options)) : this.answerNow(question, options);
  }

  private answerNow(question: string, options: AnswerOptions): Answer {
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
    // Every candidate below the answer's noise floor: nothing to show, which is no answer.
    if (passages.length === 0) return { question, answered: false, passages: [] };
    // Highlights only for the passages shown: finding them means analysing the sentence again.
    const shown = passages.slice(offset, offset + top);
    shown.forEach((p, i) => {
      const shift = lead(offset + i);
      const own = this.search.highlights(kept[offset + i]!, plan).map(([s, e]): [number, number] => [s + shift, e + shift]);
      p.highlights = shift > 0 ? [...this.search.highlightsBefore(kept[offset + i]!, plan), ...own] : own;
    });
    // A direct answer states the fact as the answer, from a top passage (see `directLine.ts`).
    const line = offset === 0 ? this.lines.lineFor(question, plan, shown, kept, nexts, befores, lead) : undefined;
    const direct = line && { text: line.text, start: line.start, end: line.end, citation: shown[line.index]!.citation };
    // The passage with the fuller answer ("renewed it in 1981 and 2001") goes before the one it holds ("last renewed in 2001").
    if (line && line.index > 0) shown.unshift(...shown.splice(line.index, 1));
    return { question, answered: true, passages: shown, ...(direct ? { direct } : {}) };
  }

  /**
   * The search plan of a question, less the words that only frame a short-fact question ("the
   * full name of", "stand for", "what day"): the sentence that answers names the thing, not the
   * frame, and a sentence that happens to say "name" or "stands" is no better for it.
   */
  plan(question: string, { itMaybeSubject = true } = {}): QueryPlan {
    const typed = this.capitalisedAbbreviation(this.search.plan(question));
    const plan = this.articleGist(typed) ?? typed;
    const kind = factKindOf(plan);
    const frame = kind && FRAME_WORDS[kind];
    const aboutIt = itMaybeSubject ? this.subjectForIt(plan, frame) : undefined;
    if (aboutIt !== undefined) return { ...this.plan(aboutIt), question: plan.question };
    if (!frame) return plan;
    let concepts = plan.concepts.filter((c) => !frame.test(c.surface));
    // "what nickname do the articles use for north korea": the sentences that call it by one ("hermit kingdom") are the answer's.
    if (kind === "nickname") concepts = concepts.map((c) => this.withNicknames(c));
    return concepts.length && (concepts.length < plan.concepts.length || kind === "nickname") ? { ...plan, concepts } : plan;
  }

  /**
   * "whats the full name of it", "how old is it": a question whose only thing is "it", asked of a
   * bot about one subject, asks of that subject (the alias file's first topic word), when none of
   * its other words but the short fact's frame ("full name") is the articles'; the question with
   * "it" so read, or undefined. (Else it finds nothing, and is refused.)
   */
  private subjectForIt(plan: QueryPlan, frame: RegExp | undefined): string | undefined {
    const topic = this.search.topicWord;
    // (Only a question alone: after other lines or clauses, "it" is likelier what they speak of.)
    if (!topic || !IT_ALONE.test(plan.normalised) || MORE_THAN_ONE_PART.test(plan.question) || plan.concepts.some((c) => c.known && !frame?.test(c.surface))) return undefined;
    return plan.normalised.replace(IT_ALONE, (it: string) => (/^its$/i.test(it) ? `the ${topic}'s` : `the ${topic}`));
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
    // "what does the upi headline say", "whats the title of the press tv story": its headline (not the lead), searched in its own words.
    const headline = HEADLINE_ASKED.test(plan.normalised) ? this.headlineOf(plan.sources[0]!) : undefined;
    if (headline) return { ...this.search.plan(headline.text), question: plan.question, sources: plan.sources, normalised: plan.normalised };
    const gist = { ...this.search.plan(`what is the ${topic}`), question: plan.question, sources: plan.sources };
    // "upi article date?": the lead is searched for, but the question still asks its date, when the lead opens on a
    // dateline ("July 7 (UPI) --"); else the lead is all the answer (the citation under it gives the date).
    const dated = this.passages.article(plan.sources[0]!)?.sentences.some((s) => DATELINE.test(s.text));
    return dated && REPORT_DATE_ASKED.test(plan.normalised) ? { ...gist, normalised: plan.normalised } : gist;
  }

  /** The headline of an article as a sentence of its text, if it has one. */
  private headlineOf(articleId: string): Sentence | undefined {
    const article = this.passages.article(articleId);
    return article && headlineSentence(article);
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
   * Whether the part of a message that asks, put alone, is no question the rules refuse, when
   * members' lines before it ask nothing ("kim went to china first in 2019 / no, 2018 / when did kim
   * first visit china"): their claims and chatter are no reason to refuse what is asked. Not a part
   * that points back to them ("is that true", "what's his name"), which asks nothing alone.
   * (The rules that find a question off the subject refuse it whatever part asks: see `OFF_SUBJECT_RULES`.)
   */
  private answeredAlone(plan: QueryPlan): boolean {
    const text = plan.normalised;
    const parts = messageParts(text);
    // (Only lines: sentences, or clauses of some words; not the word a question opens with before it turns, "since when has song tao headed ...".)
    // (An interjection the question turns after is none either: "... too btw. oh who is ...".)
    const line = (part: string) => /[.!?]$/.test(part) || part.split(/\s+/).length >= MIN_LINE_WORDS || INTERJECTION.test(part);
    if (parts.every((x) => x.asks) || parts.some((x) => !x.asks && !line(text.slice(x.start, x.end).trim()))) return false;
    const asked = parts.filter((x) => x.asks).map((x) => partText(text, x)).join(" ").trim();
    if (!hasQuestionWords(asked) || POINTS_BACK_LAST.test(asked) || PERSON_BEFORE.test(asked)) return false;
    // (Its "it" is of the lines before it: "... 10k troops in nk. how many is it actually".)
    const alone = this.plan(asked, { itMaybeSubject: false });
    // (As many candidates as an answer of the three passages shown reads.)
    const hits = this.candidates(alone, candidatesFor(3));
    return hits[0] !== undefined && !refusedByRule(alone, hits, shortFact(alone, this.search.analyzer), this.nextSentence, this.sentenceBefore);
  }

  /**
   * The rules of `refusal/rules.ts`, and one that needs the quotations: words a member pasted and asks
   * about ("is 'as close as lips and teeth' an xi quote") that no article prints, nor anything
   * close to them, have no answer here, however well their other words match.
   */
  private refusedByRule(plan: QueryPlan, hits: readonly Hit[]): boolean {
    const fact = shortFact(plan, this.search.analyzer);
    const rule = refusalRule(plan, hits, fact, this.nextSentence, this.sentenceBefore);
    if (rule !== undefined && (OFF_SUBJECT_RULES.has(rule) || !this.answeredAlone(plan))) return true;
    // "how many times did biden meet kim": the sentences found that count, count someone else's doings ("the two leaders have since met five times" is Xi's and Kim's).
    // (Not a sum asked of each: "how many meetings has kim had with trump and xi put together" adds "three times" and "five times".)
    if (fact?.kind === "count" && !SUM_ASKED.test(plan.normalised)) {
      const counting = hits.filter((h) => fact.measures(h.sentence));
      // (Not the people of the asker's context or guess: "trump vs biden argument got heated. how many times did trump meet kim".)
      const asked = { ...plan, concepts: plan.concepts.filter((c) => !c.context && !c.offered) };
      if (counting.length && counting.every((h) => this.lines.leavesOutAskedPerson(asked, h))) return true;
    }
    if (this.silentSpeakerAsked(plan)) return true;
    // "who was chinese president in 1961": the holders the best sentences name are today's.
    if (this.lines.earlierHolderUntold(plan, hits.slice(0, 3))) return true;
    // Among articles on other subjects too, the speaker asked must be named by a best sentence on the
    // subject: a story that names Russia does not make "what does russia think of the treaty" answered.
    if (!this.subject.everyArticle && speakersAsked(plan).length > 0 && speakerUnmatched(plan, hits.filter((h) => this.subject.has(h.sentence.articleId)).slice(0, 3))) return true;
    const pasted = this.quotes && pastedQuotationChecked(plan.question, this.quotes.people);
    if (pasted === undefined || this.quotes!.verify(pasted).verdict !== "not_found" || this.asksBesidesQuotation(plan)) return false;
    // Members also put their own words between quotes ("did kim say 'the treaty defends socialism'"):
    // only words most of which no article sentence has together are taken for words no article prints.
    return (this.quotes!.nearest(pasted)?.contentShared ?? 0) < PASTED_WORDS_SHARED;
  }

  /**
   * Whether a question that pastes words no article prints asks, after them, a question of its own
   * in words the articles use: "friend says 'its basically attack one u attack both' is that
   * actually what the treaty says", "someone posted 'biden refuses to ever talk to kim' as a white
   * house quote. is the us actually open to talks". Those the articles may answer; "is 'as close as
   * lips and teeth' an xi quote from the anniversary msg" asks only of the words.
   */
  private asksBesidesQuotation(plan: QueryPlan): boolean {
    const clause = QUESTION_CLAUSE.exec(wordsAfterPastedQuotation(plan.question))?.[1];
    return clause !== undefined && this.search.plan(clause).concepts.some((c) => c.known && ![...c.terms.keys()].every(isEntityTerm) && !QUOTATION_FRAME.test(c.surface) && !PERSON_ROLE.test(c.surface));
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
    return refusalFeatures(plan, best, second, this.lines.answerFit(best, plan), this.shortFactMissing(plan, hits), this.topicality.of(plan));
  }

  /** 1 for a short-fact question ("when was xi born") that would get no direct answer from these hits; 0 otherwise (see SHORT_FACT_FEATURE_BARS). */
  private shortFactMissing(plan: QueryPlan, hits: readonly Hit[]): number {
    const fact = shortFact(plan, this.search.analyzer);
    // Describing words are often in a sentence shown after the best ("... in their “enduring and unbreakable” friendship"), which these hits do not show: their absence here is no sign.
    // (Nor a pact's purpose: most sentences tell it without the word, "the treaty ... is defending socialism".)
    // (At the bars the no-answer model was fitted with, whatever bars the line shown is given at: the feature means what it meant.)
    return fact && fact.kind !== "described" && fact.kind !== "purpose" && !this.lines.firstDirect(plan, hits, [], [], { alternatives: false, bars: SHORT_FACT_FEATURE_BARS }) ? 1 : 0;
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
