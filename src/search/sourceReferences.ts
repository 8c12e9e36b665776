/**
 * Where a member says the answer is to come from: one of the articles, named by its publisher
 * ("acc to blasting news", "press tv's version", "in the upi piece") or by its citation number,
 * which every reply shows ("the 4th article", "source 2", "[3]"). Those words are no content to
 * match (a story seldom names its own publisher, and never its number), and the article named
 * answers first (see `rerank.ts`). Outlets the stories quote ("according to KCNA") are no such
 * reference: the sentences name them.
 */

export interface SourceReference {
  /** Where the reference stands in the text. */
  start: number;
  end: number;
  /** The ids of the articles it names (one, unless two share a publisher). */
  articleIds: string[];
}

interface Source {
  id: string;
  /** The citation number a reply shows. */
  n: number;
  publisher?: string;
}

/**
 * "according to", "per", "in", "as mentioned in": the words before a source that only say it is one
 * ("according" would otherwise be read as "accord", the treaty, and "mentioned" as a word the answer must hold).
 */
const SOURCE_PREPOSITION = "(?:\\b(?:according to|per|from|in|by|on|as (?:mentioned|reported|described|stated|written|noted|quoted|told|said|put) (?:in|by)) )?";
/** "as upi describes it", "as press tv puts it": the words after a source that only say it is one. */
const SOURCE_VERB_AFTER = "(?: (?:describes|puts|says|reports|tells|words|has|had|phrases|calls) it)?";
/** Words for an article that may follow its publisher or number: "the upi piece", "the 4th article". */
const ARTICLE_WORD = "(?:article|articles|piece|story|report|write-?up|version|site|source|link|one|text|coverage)";
/** A source's number as the chat normaliser spells a digit before a word out ("what does source 2 say" reads "source two say"). */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9 };
/** "the 4th article", "article 2", "source #3", "[4]"; not a treaty's article ("article 2 of the treaty"). */
const NUMBERED = new RegExp(
  `${SOURCE_PREPOSITION}\\b(?:the )?(${Object.keys(ORDINALS).join("|")}|last) (?:article|source|link|piece|story)\\b|\\b(?:article|source|link) #?([1-9]|${Object.keys(NUMBER_WORDS).join("|")})\\b(?! of (?:the |this |that )?(?:treaty|pact|accord|agreement|deal|constitution))|\\[([1-9])\\]`,
  "gi",
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class SourceReferences {
  private readonly byPublisher: RegExp | undefined;
  private readonly idsByPublisher = new Map<string, string[]>();
  private readonly idsByNumber = new Map<number, string[]>();
  private readonly last: number;

  constructor(sources: readonly Source[]) {
    for (const s of sources) {
      this.idsByNumber.set(s.n, [...(this.idsByNumber.get(s.n) ?? []), s.id]);
      const name = s.publisher?.toLowerCase().replace(/\s+/g, "");
      if (name) this.idsByPublisher.set(name, [...(this.idsByPublisher.get(name) ?? []), s.id]);
    }
    this.last = Math.max(0, ...sources.map((s) => s.n));
    // Keyed without spaces, matched with or without them ("press tv", "presstv").
    const names = [...new Set(sources.flatMap((s) => (s.publisher ? [s.publisher.toLowerCase()] : [])))].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/\s+/g, "\\s*"));
    // "press tv's version", "the upi piece", "blasting news": the publisher, its possessive and a word for the article.
    this.byPublisher = names.length ? new RegExp(`${SOURCE_PREPOSITION}\\b(?:the )?(${names.join("|")})(?:['’]s)?\\b(?: ${ARTICLE_WORD}\\b)?${SOURCE_VERB_AFTER}`, "gi") : undefined;
  }

  /** The references in `text`, in text order. */
  find(text: string): SourceReference[] {
    const found: SourceReference[] = [];
    for (const m of this.byPublisher ? text.matchAll(this.byPublisher) : []) {
      const ids = this.idsByPublisher.get(m[1]!.toLowerCase().replace(/\s+/g, ""));
      if (ids) found.push({ start: m.index, end: m.index + m[0].length, articleIds: ids });
    }
    for (const m of text.matchAll(NUMBERED)) {
      const word = m[1]?.toLowerCase();
      const n = word === "last" ? this.last : word ? ORDINALS[word] : (NUMBER_WORDS[m[2]?.toLowerCase() ?? ""] ?? Number(m[2] ?? m[3]));
      const ids = n === undefined ? undefined : this.idsByNumber.get(n);
      if (ids) found.push({ start: m.index, end: m.index + m[0].length, articleIds: ids });
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
