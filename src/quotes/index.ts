import { type Citation, citationOf } from "../answer/citation.js";
import type { Article, Corpus } from "../corpus/types.js";
import { Analyzer } from "../search/analyzer.js";
import type { Lexicon } from "../search/lexicon.js";
import { remembered } from "../search/remembered.js";
import { fromBase64, toBase64 } from "../search/typedArrays.js";
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
  citation: Citation;
}

/**
 * The quote index as saved with the search index (src/savedIndex.ts), so a start from the
 * saved index loads it instead of finding and attributing every quotation again: each quote
 * without what its article gives back (its text and citation), and the word → units lists
 * as one array (`units`, base64 of Uint32) cut by `lengths` in the order of `words`.
 */
export interface SavedQuotes {
  quotes: { articleId: string; start: number; end: number; attribution: Attribution; sentenceId: string }[];
  words: string[];
  lengths: string;
  units: string;
}

/** Quotes that share this much of their words are one statement printed twice. */
const SAME_STATEMENT = 0.8;
/** Units whose tokens are kept (see `tokensOf`): a few megabytes at most, whatever members check. */
const UNIT_TOKENS_KEPT = 5000;

/**
 * Every direct quotation of the corpus, attributed, built once at start-up. Behind `/quote`,
 * "Verify quote" and `npm run quotes`.
 */
export class QuoteIndex {
  /** The quotations, then every sentence (a quotation is preferred to the sentence around it). */
  private readonly units: Unit[];
  /** Units `0..quoteUnits` are quotations. */
  private readonly quoteUnits: number;
  /**
   * For each normalised word, the units that use it (ascending): a posted quote is compared
   * only with the units that share enough of its words, not with every sentence. Units keep
   * their text only and are tokenised again when compared, which costs less than holding the
   * tokens of every sentence.
   */
  private readonly unitsWithWord: Map<string, Uint32Array>;
  /** Unit `index`'s words as `verify` compares them, worked out when first needed and kept for at most UNIT_TOKENS_KEPT units: a check reads the same few quotations again and again. */
  private readonly tokensOf = remembered(UNIT_TOKENS_KEPT, (index: number) => tokenize(this.units[index]!.text));
  private readonly analyzer: Analyzer;

  private constructor(
    readonly quotes: readonly Quote[],
    readonly people: People,
    corpus: Corpus,
    lexicon: Lexicon,
    unitsWithWord?: Map<string, Uint32Array>,
  ) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const citations = new Map(corpus.articles.map((a) => [a.id, citationOf(a)]));
    this.units = [
      ...quotes.map((q) => ({ quote: q, text: q.text, citation: q.citation })),
      ...corpus.sentences.map((s) => ({ text: byId.get(s.articleId)!.body.slice(s.start, s.end), citation: citations.get(s.articleId)! })),
    ];
    this.quoteUnits = quotes.length;
    this.unitsWithWord = unitsWithWord ?? postingsOf(this.units);
    this.analyzer = new Analyzer(lexicon);
  }

  static build(corpus: Corpus, lexicon: Lexicon): QuoteIndex {
    const people = new People(lexicon);
    const quotes = corpus.articles.flatMap((a) => articleQuotes(a, people));
    return new QuoteIndex(quotes, people, corpus, lexicon);
  }

  /** Restores an index saved with `toJSON` over the same corpus and lexicon. */
  static load(corpus: Corpus, lexicon: Lexicon, saved: SavedQuotes): QuoteIndex {
    const byId = new Map(corpus.articles.map((a) => [a.id, { article: a, citation: citationOf(a) }]));
    const quotes = saved.quotes.map(({ articleId, start, end, attribution, sentenceId }) => {
      const { article, citation } = byId.get(articleId)!;
      return quoteOf(article, citation, { start, end }, attribution, sentenceId);
    });
    const lengths = fromBase64(saved.lengths, Uint32Array);
    const units = fromBase64(saved.units, Uint32Array);
    const unitsWithWord = new Map<string, Uint32Array>();
    let at = 0;
    saved.words.forEach((w, i) => {
      // Views into the one array: no copy per word.
      unitsWithWord.set(w, units.subarray(at, at + lengths[i]!));
      at += lengths[i]!;
    });
    return new QuoteIndex(quotes, new People(lexicon), corpus, lexicon, unitsWithWord);
  }

  toJSON(): SavedQuotes {
    const words = [...this.unitsWithWord.keys()];
    const lists = [...this.unitsWithWord.values()];
    const units = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const list of lists) units.set(list, at), (at += list.length);
    return {
      quotes: this.quotes.map(({ articleId, start, end, attribution, sentenceId }) => ({ articleId, start, end, attribution, sentenceId })),
      words,
      lengths: toBase64(Uint32Array.from(lists, (l) => l.length)),
      units: toBase64(units),
    };
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
    const { unit, tokens, a } = near;
    const text = unit.text.slice(tokens[a.from]!.start, tokens[a.to - 1]!.end).replace(/\s+/g, " ");
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

  /**
   * The unit whose best-aligned stretch comes nearest to the posted words, among the units
   * that share enough of them to be close at all (Dice 2s/(p+w) >= t with a stretch of w >= s
   * words needs s >= p·t/(2−t) shared words, counting repeated posted words each time).
   */
  private nearestUnit(posted: string, words: Token[]): { unit: Unit; tokens: Token[]; a: Alignment } | undefined {
    const t = CLOSE.minSimilarity;
    const needed = (words.length * t) / (2 - t);
    const shared = new Int32Array(this.units.length);
    for (const [w, times] of counts(words)) for (const i of this.unitsWithWord.get(w) ?? []) shared[i]! += times;
    let best: { unit: Unit; tokens: Token[]; a: Alignment } | undefined;
    for (let i = 0; i < shared.length; i++) {
      if (shared[i]! < needed) continue;
      const unit = this.units[i]!;
      const tokens = this.tokensOf(i);
      const a = align(posted, words, unit.text, tokens);
      // Strictly better only: a quotation (listed first) beats the sentence around it.
      if (!best || a.similarity > best.a.similarity + 1e-9) best = { unit, tokens, a };
    }
    return best;
  }

  private exact(words: Token[]): Verification["match"] {
    // Only units with every posted word can hold the whole run: those of the rarest word that the others' lists hold too.
    const lists: Uint32Array[] = [];
    for (const w of new Set(words.map((t) => t.w))) {
      const units = this.unitsWithWord.get(w);
      if (!units) return undefined;
      lists.push(units);
    }
    lists.sort((a, b) => a.length - b.length);
    const found: { unit: Unit; tokens: Token[]; at: number; index: number }[] = [];
    for (const index of lists.slice(1).reduce<Uint32Array | number[]>(intersection, lists[0]!)) {
      const unit = this.units[index]!;
      const tokens = this.tokensOf(index);
      const at = findRun(tokens, words);
      if (at >= 0) found.push({ unit, tokens, at, index });
    }
    const inQuotes = found.filter((f) => f.index < this.quoteUnits).sort((a, b) => Number(!a.unit.quote?.speaker) - Number(!b.unit.quote?.speaker));
    const hits = inQuotes.length ? inQuotes : found;
    const first = hits[0];
    if (!first) return undefined;
    const { unit, tokens, at } = first;
    const text = unit.text.slice(tokens[at]!.start, tokens[at + words.length - 1]!.end).replace(/\s+/g, " ");
    const others = hits.slice(1).filter((f) => f.unit.citation.n !== unit.citation.n && f.unit.quote?.speaker === unit.quote?.speaker);
    const alsoReportedBy = [...new Map(others.map((f) => [f.unit.citation.n, f.unit.citation])).values()];
    return { quote: unit.quote, speaker: unit.quote?.speaker, text, citation: unit.citation, alsoReportedBy };
  }
}

function articleQuotes(article: Article, people: People): Quote[] {
  const spans = findArticleQuotations(article.body);
  const attributions = attributeQuotes(article, spans, people);
  const citation = citationOf(article);
  return spans.map((span, i) => {
    const sentence = article.sentences.find((s) => s.start <= span.open && span.open < s.end);
    return quoteOf(article, citation, span, attributions[i]!, sentence?.id ?? "");
  });
}

function quoteOf(article: Article, citation: Citation, span: { start: number; end: number }, attribution: Attribution, sentenceId: string): Quote {
  return {
    id: `${article.id}@${span.start}`,
    articleId: article.id,
    start: span.start,
    end: span.end,
    text: article.body.slice(span.start, span.end),
    ...(attribution.speaker ? { speaker: attribution.speaker } : {}),
    attribution,
    sentenceId,
    citation,
  };
}

/** For each normalised word, the units that use it, ascending. */
function postingsOf(units: readonly Unit[]): Map<string, Uint32Array> {
  const postings = new Map<string, number[]>();
  units.forEach((unit, i) => {
    for (const w of new Set(tokenize(unit.text).map((t) => t.w))) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return new Map([...postings].map(([w, list]) => [w, Uint32Array.from(list)]));
}

/** The numbers both ascending lists hold, ascending (`b` the longer: each of `a` is looked up in it). */
function intersection(a: Uint32Array | number[], b: Uint32Array): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    let lo = from;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo < b.length && b[lo] === x) out.push(x);
    from = lo;
  }
  return out;
}

/** Each distinct word of `tokens` with how many times it occurs. */
function counts(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { w } of tokens) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}
