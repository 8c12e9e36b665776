import { isPhotoCredit } from "../corpus/clean.js";
import { headlineSentence } from "../corpus/headline.js";
import type { Article, Corpus, Sentence } from "../corpus/types.js";
import type { QuoteIndex } from "../quotes/index.js";
import { type Analyzer, entityTerm } from "../search/analyzer.js";
import type { Hit, QueryPlan, SentenceSearch } from "../search/engine.js";
import { Abbreviations } from "./abbreviations.js";
import { shortFact } from "./direct.js";
import { abbreviationAsked } from "./directNames.js";
import { countriesIn } from "./people/posts.js";
import type { SubjectArticles } from "./subject.js";

/** How many of the first candidates a short-fact question checks for an answer of its kind. */
const DIRECT_RERANK = 10;

/**
 * What ranks the search's candidates again before an answer is made of them, each by a fitted
 * factor (`ranking.json`): the subject's own articles over others, the asked speaker's own words
 * ("what did Xi say to Kim"), the lead of a story for an overview ("whats the deal with the nk
 * treaty"), and a sentence that states the short fact asked ("how old is the treaty"). Pure
 * ranking: no discord.js, no formatting.
 */
/** "which outlet ran the '60 yrs of friendship' headline", "whats the title of the upi article": a headline is the answer. */
export const HEADLINE_ASKED = /\b(?:headlines?|headlined|title[sd]?)\b/i;
/** Who took or supplied a picture: "who took the upi photo", "whos the photographer credited", "which agency supplied the pic" (not "when was that pic taken"). */
const CREDIT_ASKED = /\b(?:who|whom|whose|which|what)\b.*\b(?:took|shot|snapped|supplied|supplies|supply|provided)\b|\b(?:photographer|credit(?:s|ed)?|courtesy)\b/;
/** Short facts that are measures: a lead seldom tells them. */
const MEASURES: ReadonlySet<string> = new Set(["duration", "count", "age", "year", "date", "month", "until"]);

export class Reranker {
  /** The entity terms of the speakers quoted in each sentence (by sentence id), from the quote index. */
  private readonly speakers: Map<string, string[]>;
  /** Who speaks in each sentence read so far (by id), reported speech included: read when a speaker's question ranks it, not at start-up. */
  private readonly speakersRead = new Map<string, string[]>();
  /** See `countriesOfPeople`. */
  private personCountries?: Map<string, string>;
  /** Where abbreviations are spelled out, for "what does X stand for". */
  private readonly abbreviations: Abbreviations;
  private readonly articles: ReadonlyMap<string, Article>;
  private readonly sentences: readonly Sentence[];
  /** The sentences of the articles a member names as the source, by the articles' ids. */
  private readonly masks = new Map<string, Uint8Array>();
  /** See `headingOf` (at most one entry per sentence of the corpus). */
  private readonly headings = new WeakMap<Sentence, "headline" | "subheading" | "">();

  constructor(
    corpus: Corpus,
    private readonly search: SentenceSearch,
    private readonly subject: SubjectArticles,
    private readonly quotes?: QuoteIndex,
    /** A hit's coverage of the question as its passage reads it ("the two leaders" are its story's two; see `Answerer`). */
    private readonly coverageOf: (plan: QueryPlan, hit: Hit) => number = (_plan, hit) => hit.coverage,
  ) {
    this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
    this.speakers = quotes ? speakersOfSentences(this.articles, quotes.quotes) : new Map();
    this.abbreviations = new Abbreviations(corpus.sentences);
    this.sentences = corpus.sentences;
  }

  /** Works out now what the re-rankings otherwise work out on the first question that needs it. */
  prepare(): void {
    this.abbreviations.prepare();
  }

  /** `hits` (the search's candidates for `plan`, at most `limit`) in the order an answer shows them. */
  rerank(hits: Hit[], plan: QueryPlan, limit: number): Hit[] {
    return this.bySource(this.byDirect(this.byLead(this.bySpeaker(this.byHeadline(this.bySubject(this.byCredit(hits, plan)), plan), plan), plan), plan, limit), plan);
  }

  /** A photo's credit ("File Photo by Stephen Shaver/UPI") answers only who took or supplied the picture: a short line that shares "photo" with the question says nothing else. */
  private byCredit(hits: Hit[], plan: QueryPlan): Hit[] {
    return CREDIT_ASKED.test(plan.normalised) ? hits : hits.filter((h) => !isPhotoCredit(h.sentence.text));
  }

  /** An article's headline and subheadings rank by the fitted `headline` and `subheading` factors, unless a headline or title is what is asked about. */
  private byHeadline(hits: Hit[], plan: QueryPlan): Hit[] {
    const { headline, subheading } = this.search.params;
    if ((headline === 1 && subheading === 1) || HEADLINE_ASKED.test(plan.normalised)) return hits;
    return rescored(hits, (h) => {
      const heading = this.headingOf(h.sentence);
      return heading === "headline" ? headline : heading === "subheading" ? subheading : 1;
    });
  }

  /** Whether a sentence is its article's headline, a subheading or neither, remembered by sentence. */
  private headingOf(sentence: Sentence): "headline" | "subheading" | "" {
    let heading = this.headings.get(sentence);
    if (heading === undefined) this.headings.set(sentence, (heading = this.isHeadline(sentence) ? "headline" : this.isSubheading(sentence) ? "subheading" : ""));
    return heading;
  }

  /**
   * Whether a sentence is a subheading: a whole line of its article with no closing stop ("The
   * validity of the China-North Korea treaty is of 20 years"). Like a headline it names what the
   * section below tells, in fewer words, so BM25 favours it over the sentence with the details.
   */
  private isSubheading(sentence: Sentence): boolean {
    const body = this.articles.get(sentence.articleId)?.body;
    if (!body || /[.!?:;,"'”’)\]]$/.test(sentence.text)) return false;
    const before = body[sentence.start - 1];
    const after = body[sentence.end];
    return (before === undefined || before === "\n") && (after === undefined || after === "\n" || after === "\r");
  }

  /** Whether a sentence is its article's headline (the title the file gives, standing first in the text). */
  private isHeadline(sentence: Sentence): boolean {
    const article = this.articles.get(sentence.articleId);
    return !!article && headlineSentence(article) === sentence;
  }

  /**
   * "acc to blasting news", "the 4th article": the sentences of the article the member names come
   * first, in the order the rest gave them; when none is among the candidates, that article's
   * best matches are searched for.
   */
  private bySource(hits: Hit[], plan: QueryPlan): Hit[] {
    if (plan.sources.length === 0) return hits;
    const named = new Set(plan.sources);
    const own = hits.filter((h) => named.has(h.sentence.articleId));
    const found = own.length ? own : this.byCredit(this.search.searchPlan(plan, DIRECT_RERANK, this.articleMask(plan.sources)).filter((h) => h.score > 0), plan);
    if (found.length === 0) return hits;
    const ids = new Set(found.map((h) => h.sentence.id));
    return [...found, ...hits.filter((h) => !ids.has(h.sentence.id))];
  }

  /** Which sentences (by position in the corpus) belong to the articles given. */
  private articleMask(articleIds: readonly string[]): Uint8Array {
    const key = articleIds.join(" ");
    let mask = this.masks.get(key);
    if (!mask) {
      const ids = new Set(articleIds);
      mask = Uint8Array.from(this.sentences, (s) => (ids.has(s.articleId) ? 1 : 0));
      this.masks.set(key, mask);
    }
    return mask;
  }

  /** A sentence of an article about something else ranks down by the fitted `offSubject`, when the corpus has such articles. */
  private bySubject(hits: Hit[]): Hit[] {
    const off = this.search.params.offSubject;
    if (off === 1 || this.subject.everyArticle) return hits;
    return rescored(hits, (h) => (this.subject.has(h.sentence.articleId) ? 1 : off));
  }

  /**
   * "how old is the treaty", "who delivered the messages": for a short-fact question, a sentence
   * among the first few that holds exactly one answer of the kind asked (see `direct.ts`) ranks
   * up by the fitted `directFit`: of two sentences that match the question as fully, the one that
   * says the fact answers.
   */
  private byDirect(hits: Hit[], plan: QueryPlan, limit: number): Hit[] {
    const fit = this.search.params.directFit;
    const fact = shortFact(plan, this.search.analyzer);
    if (fit === 1 || !fact) return hits;
    if (fact.kind === "expansion") {
      const expanding = this.expansions(plan);
      if (expanding.length) {
        // The sentence that spells the abbreviation out is what was asked: it comes first, whatever else matched "stand for".
        const top = Math.max(hits[0]?.score ?? 0, ...expanding.map((h) => h.score));
        const ids = new Set(expanding.map((h) => h.sentence.id));
        const rest = hits.filter((h) => !ids.has(h.sentence.id));
        return rescored([...expanding, ...rest], (hit) => (ids.has(hit.sentence.id) ? (top * fit) / hit.score : 1)).slice(0, Math.max(limit, expanding.length));
      }
    }
    // Only among sentences that match as much of the question as the first that may answer (not one
    // that tells of the act asked about without its doer): a fact-shaped sentence about something else must not jump ahead.
    // ("who is the us envoy": not "Liu told the U.S. envoy", whose person holds no such post: see `givesPostAsked`.)
    const answers = (hit: Hit) => {
      const span = fact.span(hit.sentence);
      return span !== undefined && fact.givesPostAsked(hit.sentence.text, span);
    };
    const first = hits.slice(0, DIRECT_RERANK).find((h) => !fact.silent(h.sentence) && (fact.span(h.sentence) === undefined || answers(h)));
    const least = first?.coverage ?? 0;
    // A thing's name is asked by a word for it ("the pact"), and its name uses another ("Treaty of ..."): matching the same words of the question, by any term, is as much.
    const most = fact.kind === "name" ? (first?.unmatchedShare ?? 1) : -1;
    return rescored(hits, (hit, i) => (i < DIRECT_RERANK && (this.coverageOf(plan, hit) >= least || hit.unmatchedShare <= most) && answers(hit) ? fit : 1));
  }

  /** Whether an article spells `abbreviation` (in capitals) out. */
  spellsOut(abbreviation: string): boolean {
    return this.abbreviations.expanding(abbreviation) !== undefined;
  }

  /** "what does DPRK stand for": the sentences that spell the abbreviation out (and match the question). */
  private expansions(plan: QueryPlan): Hit[] {
    const abbr = abbreviationAsked(plan.normalised);
    const mask = abbr && this.abbreviations.expanding(abbr);
    return mask ? this.search.searchPlan(plan, DIRECT_RERANK, mask).filter((h) => h.score > 0) : [];
  }

  /**
   * "whats the deal with the nk treaty", "what is the china north korea treaty": a question made
   * only of the subject's names and words asks what the subject is, which is what the first
   * sentences of a story about it say. Those rank up by the fitted `overviewLead`. Not a measure
   * asked in the subject's words alone ("treaty term length?": its frame words are no concepts).
   */
  private byLead(hits: Hit[], plan: QueryPlan): Hit[] {
    const lead = this.search.params.overviewLead;
    if (lead === 1 || plan.answerType !== "any" || !this.search.onlySubject(plan) || MEASURES.has(shortFact(plan, this.search.analyzer)?.kind ?? "")) return hits;
    return rescored(hits, (h) => (this.inLead(h.sentence) && this.subject.has(h.sentence.articleId) ? lead : 1));
  }

  /** Whether a sentence is one of the first two of its story, the headline aside: a headline names the story, the lead tells it. */
  private inLead(sentence: Sentence): boolean {
    const first = this.articles.get(sentence.articleId)?.sentences[0];
    const headline = first && this.isHeadline(first) ? 1 : 0;
    return sentence.position >= headline && sentence.position <= headline + 1;
  }

  /**
   * "What did Xi say to Kim": the asked speaker's quoted words rank up, someone else's down
   * (the attribution of the quote index decides who speaks, not the words near the name). A
   * country asked ("what did china say") speaks by its people and by its own name ("Pyongyang
   * insists that ..."). Training: hit@1 +5, hit@3 +7 of 3,837, nothing else moved.
   */
  private bySpeaker(hits: Hit[], plan: QueryPlan): Hit[] {
    if (!plan.speaker) return hits;
    const { match, other } = this.search.params.speaker;
    const people = this.countriesOfPeople();
    const asksCountry = [...people.values()].includes(plan.speaker);
    return rescored(hits, (hit) => {
      const who = this.speakersOf(hit.sentence);
      if (asksCountry) {
        // A country's words: its people's, or the country's own ("The White House claimed that ...").
        const countries = [...who.flatMap((person) => people.get(person) ?? []), ...reportedSpeakers(hit.sentence.text, this.search.analyzer, "place")];
        // (An outlet's own words, "Al Jazeera adds ...", are none of a country's.)
        return !countries.length ? (OUTLET_SPEAKS.test(hit.sentence.text) ? other : 1) : countries.includes(plan.speaker!) ? match : other;
      }
      return !who?.length ? 1 : who.includes(plan.speaker!) ? match : other;
    });
  }

  /** Each person of the alias file → the country they speak for, as entity terms ("@wang-wenbin" → "@china": "the Chinese spokesman"), when their names and offices name one; read on the first question that asks someone's words. */
  private countriesOfPeople(): ReadonlyMap<string, string> {
    if (!this.personCountries) {
      this.personCountries = new Map();
      for (const e of this.search.analyzer.lexicon.entities) {
        if (e.kind !== "person") continue;
        const countries = countriesIn([...e.variants, ...(e.roles ?? [])].join(". "), this.search.analyzer);
        if (countries.size === 1) this.personCountries.set(entityTerm(e.name), entityTerm([...countries][0]!));
      }
    }
    return this.personCountries;
  }

  /** Who speaks in a sentence: the quote index's attributions, and the sayers of reported speech. */
  speakersOf(sentence: Sentence): string[] {
    let who = this.speakersRead.get(sentence.id);
    if (!who) {
      const quoted = this.speakers.get(sentence.id) ?? [];
      who = this.quotes ? [...new Set([...quoted, ...reportedSpeakers(sentence.text, this.search.analyzer)])] : quoted;
      this.speakersRead.set(sentence.id, who);
    }
    return who;
  }
}

/** A sentence an outlet opens with its own saying: "Al Jazeera adds ...", "South China Morning Post goes on to add ...", "The Straits Times mentioned ...". */
const OUTLET_SPEAKS = /^(?:The\s+)?(?:[A-Z][\p{L}.]*\s+){1,4}(?:adds|added|goes on to add|mentioned|mentions|writes|wrote|quotes|quoted)\b/u;

/** `hits` with each score times `factor(hit)`, best first again (equal scores keep their order). */
function rescored(hits: Hit[], factor: (hit: Hit, rank: number) => number): Hit[] {
  const scored = hits.map((hit, i) => {
    const f = factor(hit, i);
    return { hit: f === 1 ? hit : { ...hit, score: hit.score * f }, i };
  });
  return scored.sort((a, b) => b.hit.score - a.hit.score || a.i - b.i).map((s) => s.hit);
}

/** The speakers quoted in each sentence (a quotation of several sentences speaks in each), as entity terms. */
function speakersOfSentences(articles: ReadonlyMap<string, Article>, quotes: QuoteIndex["quotes"]): Map<string, string[]> {
  const bySentence = new Map<string, string[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const term = entityTerm(q.speaker);
    for (const s of articles.get(q.articleId)?.sentences ?? []) {
      if (s.end <= q.start || s.start >= q.end) continue;
      const list = bySentence.get(s.id) ?? [];
      if (!list.includes(term)) list.push(term);
      bySentence.set(s.id, list);
    }
  }
  return bySentence;
}

/**
 * "Wang said Wednesday that the treaty ...", "Kim, in his message, said that ...": reported
 * speech has no quotation marks for the quote index to attribute, yet says whose words the
 * sentence gives. The people (with `kind` "place", the countries: "Pyongyang insists that ...")
 * named just before a verb of saying, as entity terms.
 */
function reportedSpeakers(text: string, analyzer: Analyzer, kind: "person" | "place" = "person"): string[] {
  const terms = analyzer
    .entities(text)
    .filter((e) => e.entity.kind === kind && REPORTED_SPEECH.test(text.slice(e.end, e.end + 60)))
    .map((e) => entityTerm(e.entity.name));
  return [...new Set(terms)];
}
/**
 * What follows a speaker's name: an optional aside in commas, then the verb of saying. Narrower
 * than the quote attribution's SPEECH_VERBS (`quotes/attribute.ts`) on purpose: there a verb
 * only points to who utters a quotation beside it, here it alone makes the sentence someone's
 * words, and "Xi and Kim pledged to strengthen cooperation" is a deed, not Kim's words.
 */
const REPORTED_SPEECH = /^(?:,[^,]{1,40},)?\s+(?:also\s+|has\s+|had\s+|on\s+\w+\s+)?(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|reiterated|claimed|cautioned|warned|urged|wrote|stated|insist(?:s|ed)|blast(?:s|ed)|slam(?:s|med)|critici[sz](?:es|ed)|accus(?:es|ed)|denounc(?:es|ed)|condemn(?:s|ed))\b/;

