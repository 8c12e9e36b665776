import type { Article, Corpus, Sentence } from "../corpus/types.js";
import type { Hit, SentenceSearch } from "../search/engine.js";
import { type Citation, citationOf } from "./citation.js";

/** One passage of an answer: a sentence, where it comes from, and what to show in bold. */
export interface Passage {
  sentence: Sentence;
  text: string;
  score: number;
  citation: Citation;
  /** Other articles that state the same thing (near-duplicate sentences), cited too. */
  alsoReportedBy: Citation[];
  /** Character ranges of `text` that match the question. */
  highlights: [number, number][];
}

export interface Answer {
  question: string;
  answered: boolean;
  passages: Passage[];
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
}

/**
 * When to say "nothing found". A best sentence must cover at least `minCoverage` of the
 * question's IDF weight (so a question about Paris weather matching only "part" is refused)
 * and score at least `minScore`. Calibrated with `npm run eval` on the dev questions.
 */
export const REFUSAL = { minCoverage: 0.5, minScore: 1.0 };

/** Two sentences sharing this much of their content terms say the same thing. */
const DUPLICATE_OVERLAP = 0.6;

export class Answerer {
  private readonly articles: Map<string, Article>;
  /** Each article's citation, made once (passages share them; they are frozen). */
  private readonly citations: Map<string, Citation>;

  constructor(
    readonly corpus: Corpus,
    readonly search: SentenceSearch,
  ) {
    this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
    this.citations = new Map(corpus.articles.map((a) => [a.id, Object.freeze(citationOf(a))]));
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    const { top = 3, dedupe = true, refuse = true, offset = 0 } = options;
    const plan = this.search.plan(question);
    const hits = this.search.searchPlan(plan, (offset + top) * 4 + 10);
    const best = hits[0];
    if (!best || (refuse && !isConfident(best))) return { question, answered: false, passages: [] };

    const passages: Passage[] = [];
    const termSets: number[][] = [];
    const kept: Hit[] = [];
    for (const hit of hits) {
      if (refuse && hit.coverage < REFUSAL.minCoverage / 2) continue; // noise below the answer
      const terms = this.search.distinctTerms(hit);
      const dup = dedupe ? termSets.findIndex((t) => overlap(t, terms) >= DUPLICATE_OVERLAP) : -1;
      if (dup >= 0) {
        const p = passages[dup]!;
        const cite = this.citation(hit.sentence);
        if (cite.n !== p.citation.n && !p.alsoReportedBy.some((c) => c.n === cite.n)) p.alsoReportedBy.push(cite);
        continue;
      }
      passages.push(this.passage(hit));
      kept.push(hit);
      termSets.push(terms);
    }
    // Highlights only for the passages shown: finding them means analysing the sentence again.
    const shown = passages.slice(offset, offset + top);
    shown.forEach((p, i) => (p.highlights = this.search.highlights(kept[offset + i]!, plan)));
    return { question, answered: true, passages: shown };
  }

  private passage(hit: Hit): Passage {
    return {
      sentence: hit.sentence,
      text: hit.sentence.text,
      score: hit.score,
      citation: this.citation(hit.sentence),
      alsoReportedBy: [],
      highlights: [],
    };
  }

  private citation(sentence: Sentence): Citation {
    return this.citations.get(sentence.articleId)!;
  }

  /** The sentences around a passage, for "show context". */
  neighbours(sentence: Sentence, radius = 2): Sentence[] {
    const all = this.articles.get(sentence.articleId)!.sentences;
    return all.slice(Math.max(0, sentence.position - radius), sentence.position + radius + 1);
  }
}

function isConfident(hit: Hit): boolean {
  return hit.coverage >= REFUSAL.minCoverage && hit.score >= REFUSAL.minScore;
}

/** Overlap coefficient of two sorted sets of term numbers: shared terms over the smaller set. */
function overlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}
