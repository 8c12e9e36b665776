/** One news article of the corpus, as loaded from one file. */
export interface Article {
  /** File name without extension, e.g. `000_800dbf628b9ad5a2`: stable across restarts. */
  id: string;
  /** Citation number, from the front matter's `n:` (kept for good); the same in every reply. */
  n: number;
  /** False when the front matter gives no `n:` and the number was assigned at load time. */
  numbered: boolean;
  /** Path of the file the article came from (for error messages and `corpus:check`). */
  file: string;
  title: string;
  /** True when the file gave no title and it was taken from the first sentence. */
  titleFromText: boolean;
  publisher?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the text supports. */
  published?: string;
  url?: string;
  /** The article text after the front matter, verbatim. Sentence offsets index into it. */
  body: string;
  /** Line number in the file where `body` starts (1-based), so errors can point at file lines. */
  bodyLine: number;
  sentences: Sentence[];
  /** Lines of the body that cleaning dropped as page boilerplate, with the rule that dropped them. */
  removed: RemovedLine[];
}

/** One sentence of an article: the unit of retrieval and of citation. */
export interface Sentence {
  /** `articleId:position`, e.g. `000_800dbf628b9ad5a2:7`. */
  id: string;
  articleId: string;
  /** 0-based position among the article's kept sentences: neighbours are position ± 1. */
  position: number;
  /** Character offsets into `Article.body`: `body.slice(start, end)` is the sentence verbatim. */
  start: number;
  end: number;
  /** The sentence as shown: the verbatim slice with runs of white space folded to one space. */
  text: string;
}

export interface RemovedLine {
  /** 1-based line number within the body. */
  line: number;
  text: string;
  rule: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  /** Every sentence of every article, in article then position order. */
  sentences: Sentence[];
}
