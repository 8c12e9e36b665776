import { pointsBack } from "../corpus/discourse.js";
import type { Article, Corpus, Sentence } from "../corpus/types.js";
import type { Hit } from "../search/engine.js";
import { type Citation, citationOf } from "./citation.js";
import { PASSAGE_CHARS } from "./limits.js";

/** One passage of an answer: a sentence, where it comes from, and what to show in bold. */
export interface Passage {
  sentence: Sentence;
  /** The sentence as shown: with the one before it and those after it that it leans on (see `Passages`). */
  text: string;
  score: number;
  citation: Citation;
  /** Other articles that state the same thing (near-duplicate sentences), cited too. */
  alsoReportedBy: Citation[];
  /** Character ranges of `text` that match the question. */
  highlights: [number, number][];
}

/** What a passage shows after its hit's sentence, as one text; `id` names the run (one sentence's own id). */
export interface Continuation {
  id: string;
  text: string;
  sentences: Sentence[];
  /** The first is the quotation of the one who speaks in the hit's sentence (see `quotesOnFor`). */
  quotation: boolean;
}

/** A sentence that is all quotation: who speaks, the sentence before says. */
const STANDALONE_QUOTATION = /^[“"][^”"]*[”"]$/;
/** Sentences a passage may show after its own, each leaning on the one before (see `continuation`). */
const MAX_CONTINUED = 2;

/**
 * A ranked sentence as a reader meets it: with the sentence before it when it leans on that one,
 * the sentences after it that lean on it, and its article's citation. Knows the articles, not the
 * question: which sentences are shown is the answer's choice (`answer.ts`).
 */
export class Passages {
  private readonly articles: Map<string, Article>;
  /** Each article's citation, made once (passages share them; they are frozen). */
  private readonly citations: Map<string, Citation>;
  /** Whether a sentence points back to the one before (`pointsBack`), by sentence: at most one entry per sentence of the corpus. */
  private readonly pointingBack = new WeakMap<Sentence, boolean>();

  constructor(
    corpus: Corpus,
    /** Who speaks in a sentence (see `Reranker.speakersOf`): a quotation after a sentence is its speaker's words. */
    private readonly speakersOf: (sentence: Sentence) => readonly string[],
  ) {
    this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
    this.citations = new Map(corpus.articles.map((a) => [a.id, Object.freeze(citationOf(a))]));
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /**
   * What a passage shows after `sentence`: the next sentence when it leans or points back to it
   * (`pointsBack`: "The intention is to ..."), or is the quotation of whoever speaks in it, and the
   * one after that when it leans on the next in turn ("... highlighted the importance of the two
   * sides to strengthen cooperation in different areas." → "Actions of this nature could include
   * education, culture ..." → "These would pave the road to the “new starting point” ..."), while
   * the passage stays within PASSAGE_CHARS; never a sentence `shown` already.
   */
  continuation(sentence: Sentence, shown: (s: Sentence) => boolean = () => false): Continuation | undefined {
    const following = this.articles.get(sentence.articleId)?.sentences ?? [];
    const next = following[sentence.position + 1];
    if (!next || shown(next)) return undefined;
    const quotation = this.quotesOnFor(sentence, next);
    if (!quotation && !this.pointsBack(next)) return undefined;
    const run = [next];
    let length = sentence.text.length + 1 + next.text.length;
    for (let s = following[next.position + 1]; s && run.length < MAX_CONTINUED && !shown(s) && this.pointsBack(s); s = following[s.position + 1]) {
      length += 1 + s.text.length;
      if (length > PASSAGE_CHARS) break;
      run.push(s);
    }
    const id = run.length === 1 ? next.id : run.map((s) => s.id).join("+");
    return { id, text: run.map((s) => s.text).join(" "), sentences: run, quotation };
  }

  /**
   * The sentence before `sentence` when `sentence` leans or points back to it ("They felt such an
   * arrangement was necessary ..." after "... Xi Jinping and North Korean leader Kim Jong-un
   * pledged to strengthen cooperation."), or is all quotation (the sentence before says who
   * speaks): the passage shows it first, as one reads them, unless it is `shown` already or the
   * passage would outgrow PASSAGE_CHARS.
   */
  leadIn(sentence: Sentence, after: Continuation | undefined, shown: (s: Sentence) => boolean = () => false): Sentence | undefined {
    if (sentence.position === 0 || !(this.pointsBack(sentence) || STANDALONE_QUOTATION.test(sentence.text))) return undefined;
    const before = this.articles.get(sentence.articleId)?.sentences[sentence.position - 1];
    if (!before || shown(before)) return undefined;
    return before.text.length + 1 + sentence.text.length + (after ? 1 + after.text.length : 0) <= PASSAGE_CHARS ? before : undefined;
  }

  /** A hit's passage: its sentence, with the one before it and those after it that it leans on or that lean on it (highlights and direct answers are in the hit's own, or for "who" what follows it). */
  passage(hit: Hit, next?: Continuation, before?: Sentence): Passage {
    return {
      sentence: hit.sentence,
      text: [before?.text, hit.sentence.text, next?.text].filter((t) => t !== undefined).join(" "),
      score: hit.score,
      citation: this.citation(hit.sentence),
      alsoReportedBy: [],
      highlights: [],
    };
  }

  citation(sentence: Sentence): Citation {
    return this.citations.get(sentence.articleId)!;
  }

  /** The sentences around a passage, for "show context". */
  neighbours(sentence: Sentence, radius = 2): Sentence[] {
    const all = this.articles.get(sentence.articleId)!.sentences;
    return all.slice(Math.max(0, sentence.position - radius), sentence.position + radius + 1);
  }

  /** `pointsBack` of a sentence, remembered: the same candidates come back question after question. */
  private pointsBack(sentence: Sentence): boolean {
    let points = this.pointingBack.get(sentence);
    if (points === undefined) this.pointingBack.set(sentence, (points = pointsBack(sentence.text)));
    return points;
  }

  /**
   * Whether `next` opens on the quoted words of whoever speaks in `sentence` ("North Korea's
   * foreign minister has ruled out “any contact” ..." → "“We are not considering ...,” Ri
   * Son-gwon said"): the speaker's own words, and often the only place their name is given.
   */
  private quotesOnFor(sentence: Sentence, next: Sentence): boolean {
    if (!/^[“"]/.test(next.text)) return false;
    const speakers = this.speakersOf(sentence);
    return speakers.length > 0 && this.speakersOf(next).some((s) => speakers.includes(s));
  }
}
