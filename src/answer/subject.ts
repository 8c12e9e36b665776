import type { Article, Corpus } from "../corpus/types.js";

/**
 * Which articles are about the bot's subject, as the alias file defines it (someone or something
 * of the file, or one of its topic words such as "treaty"): those whose title names it, and those
 * whose share of sentences naming it is at least half the largest share of any article. The four
 * bundled articles name it in 75–100% of their sentences, the 500 Brown corpus texts that the
 * benchmarks put beside them in at most about a third.
 *
 * A question that names nothing of the subject ("when was it renewed") is about the subject too:
 * it is answered from these articles only, so that a text about something else that merely
 * shares its words ("who invented the telephone") is no answer.
 */
export class SubjectArticles {
  /** Their sentences, 1 by corpus order (made on first need). */
  private mask: Uint8Array | undefined;

  private constructor(
    private readonly corpus: Corpus,
    private readonly ids: ReadonlySet<string> | "all",
    /** Share of its sentences an article must have on the subject (when its title is not). */
    private readonly minShare: number,
    private readonly onSubject: (text: string) => boolean,
  ) {}

  /**
   * `sentenceMarks`: for each sentence of the corpus (in order), whether it names the subject
   * (`SentenceSearch.onSubject`); `undefined` when there is no subject to name (no aliases): then
   * every article counts. `onSubject` tells the same of any text (a title, a new article's sentence).
   */
  static of(corpus: Corpus, sentenceMarks: Uint8Array | undefined, onSubject: (text: string) => boolean): SubjectArticles {
    if (!sentenceMarks) return new SubjectArticles(corpus, "all", 0, () => true);
    const marked = new Map<string, number>();
    corpus.sentences.forEach((s, ord) => marked.set(s.articleId, (marked.get(s.articleId) ?? 0) + sentenceMarks[ord]!));
    const share = (a: Article) => (a.sentences.length ? (marked.get(a.id) ?? 0) / a.sentences.length : 0);
    const top = Math.max(0, ...corpus.articles.map(share));
    if (top === 0) return new SubjectArticles(corpus, "all", 0, () => true);
    const minShare = top / 2;
    const ids = corpus.articles.filter((a) => titleNames(a, onSubject) || share(a) >= minShare).map((a) => a.id);
    return new SubjectArticles(corpus, ids.length === corpus.articles.length ? "all" : new Set(ids), minShare, onSubject);
  }

  /** Whether every article is about the subject (then there is nothing to leave out). */
  get everyArticle(): boolean {
    return this.ids === "all";
  }

  has(articleId: string): boolean {
    return this.ids === "all" || this.ids.has(articleId);
  }

  /** For each sentence of the corpus (in order), 1 when its article is about the subject: what a search may be limited to. */
  sentences(): Uint8Array {
    return (this.mask ??= Uint8Array.from(this.corpus.sentences, (s) => (this.has(s.articleId) ? 1 : 0)));
  }

  /** Whether an article not yet in the corpus would count as about the subject (for `/add-source`'s preview). */
  wouldInclude(article: Article): boolean {
    if (this.ids === "all" && this.minShare === 0) return true;
    if (titleNames(article, this.onSubject)) return true;
    const naming = article.sentences.filter((s) => this.onSubject(s.text)).length;
    return article.sentences.length > 0 && naming / article.sentences.length >= this.minShare;
  }
}

/** A title taken from the first sentence says no more than that sentence. */
const titleNames = (a: Article, onSubject: (text: string) => boolean) => !a.titleFromText && onSubject(a.title);
