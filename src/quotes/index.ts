import { type Citation, citationOf } from "../answer/citation.js";
import type { Article, Corpus } from "../corpus/types.js";
import { Analyzer } from "../search/analyzer.js";
import type { Lexicon } from "../search/lexicon.js";
import { type Attribution, attributeQuotes } from "./attribute.js";
import { findArticleQuotations } from "./extract.js";
import { People } from "./people.js";
import { type Alignment, align, CLOSE, type DiffPart, findRun, isClose, type Token, tokenize } from "./verify.js";

/** One direct quotation of an article. */
export interface Quote {
  /** `articleId@start`: stable while the article file is unchanged. */
  id: string;
  articleId: string;
  /** Offsets of the quoted words in `Article.body` (between the quote marks): `body.slice(start, end) === text`. */
  start: number;
  end: number;
  /** The quoted words exactly as the article prints them. */
  text: string;
  /** Canonical person from the alias file; undefined when the article does not make it clear. */
  speaker?: string;
  attribution: Attribution;
  /** Id of the sentence the quote opens in. */
  sentenceId: string;
  citation: Citation;
}

export interface SpeakerSummary {
  name: string;
  quotes: number;
}

/** A quote of a speaker for `/quote`, with other articles that print the same words. */
export interface RankedQuote {
  quote: Quote;
  alsoReportedBy: Citation[];
  score: number;
}

export interface Verification {
  /** The posted words that were checked. */
  posted: string;
  verdict: "exact" | "close" | "not_found";
  /** Where the words are (exact) or the nearest words are (close). */
  match?: {
    /** The quotation the words belong to; absent when they are the article's own words. */
    quote?: Quote;
    speaker?: string;
    /** The article's words that matched, verbatim (white space folded). */
    text: string;
    citation: Citation;
    alsoReportedBy: Citation[];
  };
  /** close: Dice similarity of the aligned words. */
  similarity?: number;
  /** close: the comparison word by word. */
  parts?: DiffPart[];
}

/** Text a posted quote can be found in: a quotation, or a sentence of an article. */
interface Unit {
  quote?: Quote;
  text: string;
  tokens: Token[];
  citation: Citation;
}

/** Quotes that share this much of their words are one statement printed twice. */
const SAME_STATEMENT = 0.8;

/**
 * Every direct quotation of the corpus, attributed, built once at start-up. Behind `/quote`,
 * "Verify quote" and `npm run quotes`.
 */
export class QuoteIndex {
  private readonly quoteUnits: Unit[];
  private readonly sentenceUnits: Unit[];
  private readonly analyzer: Analyzer;

  private constructor(
    readonly quotes: readonly Quote[],
    readonly people: People,
    corpus: Corpus,
    lexicon: Lexicon,
  ) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    this.quoteUnits = quotes.map((q) => ({ quote: q, text: q.text, tokens: tokenize(q.text), citation: q.citation }));
    this.sentenceUnits = corpus.sentences.map((s) => {
      const text = byId.get(s.articleId)!.body.slice(s.start, s.end);
      return { text, tokens: tokenize(text), citation: citationOf(byId.get(s.articleId)!) };
    });
    this.analyzer = new Analyzer(lexicon);
  }

  static build(corpus: Corpus, lexicon: Lexicon): QuoteIndex {
    const people = new People(lexicon);
    const quotes = corpus.articles.flatMap((a) => articleQuotes(a, people));
    return new QuoteIndex(quotes, people, corpus, lexicon);
  }

  /** People with at least one quote, most quoted first. */
  speakers(): SpeakerSummary[] {
    const counts = new Map<string, number>();
    for (const q of this.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    return [...counts].map(([name, quotes]) => ({ name, quotes })).sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }

  /** Autocomplete: people quoted whose name or any variant contains what was typed, most quoted first. */
  suggestSpeakers(typed: string, max: number): SpeakerSummary[] {
    return this.speakers()
      .filter((s) => this.people.matches(s.name, typed))
      .slice(0, max);
  }

  /** The canonical speaker a typed name stands for ("kim jong un", "the Chinese spokesman"). */
  resolveSpeaker(name: string): string | undefined {
    return this.people.resolve(name);
  }

  /** Every quote of `speaker`, in article order. */
  of(speaker: string): Quote[] {
    return this.quotes.filter((q) => q.speaker === speaker);
  }

  /**
   * A speaker's quotes for `/quote`: the same statement printed by several articles once
   * (the fullest version, citing the others); ranked by how many of the `about` words (stems,
   * names in any variant, thesaurus neighbours at half weight) they contain, then longest
   * first, since a whole statement is worth more than a fragment.
   */
  rank(speaker: string, about = ""): RankedQuote[] {
    const wanted = new Set(this.analyzer.terms(about));
    const scored = this.of(speaker).map((quote) => ({ quote, alsoReportedBy: [] as Citation[], score: this.aboutScore(quote.text, wanted) }));
    scored.sort((a, b) => b.quote.text.length - a.quote.text.length);
    const kept: RankedQuote[] = [];
    for (const s of scored) {
      const words = new Set(tokenize(s.quote.text).map((t) => t.w));
      const same = kept.find((k) => overlap(new Set(tokenize(k.quote.text).map((t) => t.w)), words) >= SAME_STATEMENT);
      if (!same) kept.push(s);
      else if (same.quote.citation.n !== s.quote.citation.n && !same.alsoReportedBy.some((c) => c.n === s.quote.citation.n)) same.alsoReportedBy.push(s.quote.citation);
    }
    return kept.sort((a, b) => b.score - a.score || b.quote.text.length - a.quote.text.length);
  }

  private aboutScore(text: string, wanted: Set<string>): number {
    if (wanted.size === 0) return 0;
    const terms = new Set(this.analyzer.terms(text));
    let score = 0;
    for (const w of wanted) {
      if (terms.has(w)) score += 1;
      else if ([...this.analyzer.synonyms(w)].some((s) => terms.has(s))) score += 0.5;
    }
    return score;
  }

  /** Checks posted words against every quotation, then every sentence, of the articles. */
  verify(posted: string): Verification {
    const words = tokenize(posted);
    const shown = posted.replace(/\s+/g, " ").trim();
    if (words.length === 0) return { posted: shown, verdict: "not_found" };

    const exact = this.exact(words);
    if (exact) return { posted: shown, verdict: "exact", match: exact };

    const near = this.nearestUnit(posted, words);
    if (!near || !isClose(near.a, words.length)) return { posted: shown, verdict: "not_found" };
    const { unit, a } = near;
    const text = unit.text.slice(unit.tokens[a.from]!.start, unit.tokens[a.to - 1]!.end).replace(/\s+/g, " ");
    return {
      posted: shown,
      verdict: "close",
      match: { quote: unit.quote, speaker: unit.quote?.speaker, text, citation: unit.citation, alsoReportedBy: [] },
      similarity: round(a.similarity),
      parts: a.parts,
    };
  }

  /** How near the nearest article words come to `posted`, whatever the verdict (for calibration). */
  nearest(posted: string): { similarity: number; contentShared: number } | undefined {
    const near = this.nearestUnit(posted, tokenize(posted));
    return near && { similarity: round(near.a.similarity), contentShared: round(near.a.contentShared) };
  }

  private nearestUnit(posted: string, words: Token[]): { unit: Unit; a: Alignment } | undefined {
    let best: { unit: Unit; a: Alignment } | undefined;
    for (const unit of [...this.quoteUnits, ...this.sentenceUnits]) {
      if (!mayBeClose(words, unit.tokens)) continue;
      const a = align(posted, words, unit.text, unit.tokens);
      // Strictly better only: a quotation (listed first) beats the sentence around it.
      if (!best || a.similarity > best.a.similarity + 1e-9) best = { unit, a };
    }
    return best;
  }

  private exact(words: Token[]): Verification["match"] {
    const hits = (units: Unit[]) => units.filter((u) => findRun(u.tokens, words) >= 0);
    const inQuotes = hits(this.quoteUnits).sort((a, b) => Number(!a.quote?.speaker) - Number(!b.quote?.speaker));
    const found = inQuotes.length ? inQuotes : hits(this.sentenceUnits);
    const first = found[0];
    if (!first) return undefined;
    const at = findRun(first.tokens, words);
    const text = first.text.slice(first.tokens[at]!.start, first.tokens[at + words.length - 1]!.end).replace(/\s+/g, " ");
    const others = found.slice(1).filter((u) => u.citation.n !== first.citation.n && u.quote?.speaker === first.quote?.speaker);
    const alsoReportedBy = [...new Map(others.map((u) => [u.citation.n, u.citation])).values()];
    return { quote: first.quote, speaker: first.quote?.speaker, text, citation: first.citation, alsoReportedBy };
  }
}

function articleQuotes(article: Article, people: People): Quote[] {
  const spans = findArticleQuotations(article.body);
  const attributions = attributeQuotes(article, spans, people);
  const citation = citationOf(article);
  return spans.map((span, i) => {
    const attribution = attributions[i]!;
    const sentence = article.sentences.find((s) => s.start <= span.open && span.open < s.end);
    return {
      id: `${article.id}@${span.start}`,
      articleId: article.id,
      start: span.start,
      end: span.end,
      text: article.body.slice(span.start, span.end),
      ...(attribution.speaker ? { speaker: attribution.speaker } : {}),
      attribution,
      sentenceId: sentence?.id ?? "",
      citation,
    };
  });
}

/**
 * Cheap filter before aligning. Dice 2s/(p+w) >= t with a stretch of w >= s words needs
 * s >= p·t/(2−t) shared words, so a text sharing fewer can never be close.
 */
function mayBeClose(posted: Token[], text: Token[]): boolean {
  const have = new Set(text.map((t) => t.w));
  const t = CLOSE.minSimilarity;
  return posted.filter((w) => have.has(w.w)).length >= (posted.length * t) / (2 - t);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}
