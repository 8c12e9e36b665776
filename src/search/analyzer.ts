import { eng as ENGLISH_STOP_WORDS } from "stopword";
import stem from "wink-porter2-stemmer";
import type { Entity, Lexicon } from "./lexicon.js";

/**
 * Text analysis shared by indexing and querying, so a question and a sentence meet on the
 * same terms:
 * - words are case- and accent-folded, possessives dropped, stop words removed and stemmed
 *   with Porter2 (which, unlike Porter, keeps "news", "general" and "arsenal" intact);
 * - a name in any of its variants ("Kim Jong Un", "Kim Jon-un", "Kim") also yields one entity
 *   term (`@kim-jong-un`), so every variant finds every other;
 * - the thesaurus links words of one group (treaty, pact, accord...).
 */

export interface Token {
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** Index terms this token contributes (a stem, or an entity term). */
  terms: string[];
}

/** Words that ask rather than say ("mention" asks for words as "say" does): dropped from queries, and not words to bold. */
const QUESTION_WORDS = [
  "what", "when", "where", "which", "who", "whom", "whose", "why", "how", "does", "do", "did", "is", "are", "was",
  "were", "will", "would", "can", "could", "has", "have", "had", "tell", "say", "says", "said", "mention", "mentioned", "mentions", "call",
  "called", "mean", "means", "happen", "happened", "happens", "know", "explain", "describe", "think", "there",
  "anything", "something", "thing", "things", "please", "us", "me", "i", "it", "its", "they", "them", "their",
];
/** "according to Kyodo News", "according to pyongyang": who tells it, not the treaty ("accord" is one of its names, and the stem of "according"). */
const ATTRIBUTION = ["according", "accordingly"];
/** Stop words of the list that change what a sentence claims ("China's only ally", "most of the trade", "never met"): kept as terms. */
const MEANINGFUL = new Set(["only", "never", "most", "should"]);
export const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS.filter((w) => !MEANINGFUL.has(w)), ...QUESTION_WORDS, ...ATTRIBUTION]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Single letters ("U.S." gives "u", "s") carry no meaning of their own. */
const TOO_SHORT = /^\p{L}$/u;
const ENTITY_PREFIX = "@";
/** Cached stem of a stop word (no real stem is empty). */
const NOT_A_TERM = "";
/**
 * Words Porter2 would stem into another word's sense: "diplomatic" (relations) is not "diplomat"
 * (a person, a synonym of envoy), or "established diplomatic relations in 1949" answers "who is
 * the ambassador" and "when did the ambassador make those remarks".
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ["diplomatic", "diplomatic"],
  ["diplomatically", "diplomatic"],
  // A noun of the act is the act: "nk side signer" is who "signed", "another extension" is to "extend" it again.
  ["signer", "sign"],
  ["signers", "sign"],
  ["signatory", "sign"],
  ["signatories", "sign"],
  ["extension", "extend"],
  ["extensions", "extend"],
  // A unit abbreviated is its word: Press TV's headline "60 yrs of friendship" counts years.
  ["yrs", "year"],
  ["yr", "year"],
]);

/**
 * Stems that mean something else before some words, indexed as that other sense (questions are
 * read the same way) so that a question of the usual sense does not find them: "extend
 * assistance", "extended his warm congratulations" is to offer (a pact "extended" is renewed);
 * "need each other to deal with Washington" is a term of its own, "deal-with" (a "deal" is a pact,
 * "a deal with" stays one, and "handle" would find "the us guy handling nk").
 */
const OTHER_SENSE: ReadonlyMap<string, { before: RegExp; notAfter?: RegExp; stem: string }> = new Map([
  [
    "extend",
    {
      before: /^\s+(?:(?:a|an|its|their|his|her|our|my|warm|warmest|sincere|full|every|all|any|military|economic|financial)\s+){0,2}(?:assistance|help|aid|support|hand|invitations?|congratulations|greetings|condolences|thanks|gratitude|welcome|loans?|credit|sympathy|sympathies|wishes|cooperation)\b/i,
      stem: "offer",
    },
  ],
  ["deal", { before: /^\s+with\b/i, notAfter: /\b(?:a|the|any|no|this|that|new|trade|nuclear)\s+$/i, stem: "deal-with" }],
]);

/** The last word of a newspaper's name ("The Straits Times", "Morning Post"), after a capitalised word. */
const OUTLET_NAME_WORD = /^(?:Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|Chronicle|Guardian|Observer)$/;
/** A capitalised word last before it: "Straits ", "Morning ". */
const AFTER_CAPITALISED = /\b\p{Lu}[\p{L}.]*\s+$/u;
/** A headline in Title Case: no word of four letters or more in lower case. */
const titleCase = (text: string): boolean => !/(?<![\p{L}\p{N}'’-])\p{Ll}\p{L}{3,}/u.test(text);

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

export function foldWord(w: string): string {
  // Most words are plain ASCII, which folding only lower-cases; NFKD is the costly part.
  if (PLAIN_WORD.test(w)) return w.toLowerCase();
  return w
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$|'$/u, "");
}

export const entityTerm = (name: string): string => ENTITY_PREFIX + foldWord(name).replace(/[^\p{L}\p{N}]+/gu, "-");
export const isEntityTerm = (term: string): boolean => term.startsWith(ENTITY_PREFIX);

/**
 * Stems are cached because the same words come back all the time; the cache is bounded
 * because questions also bring endless new ones (typos, hostile input). The corpus vocabulary
 * is cached first, at index time; past the limit a new word is stemmed and not kept.
 */
export const STEM_CACHE_LIMIT = 100_000;
/** How many texts' entity mentions are remembered (see `Analyzer.entities`): about 75 bytes each. */
export const ENTITY_CACHE_LIMIT = 20_000;
/**
 * How many texts' words are remembered (see `Analyzer.words`): about 1.3 KB each, and the rules
 * scan few sentences (the first passages of each answer), so far fewer than entity mentions.
 */
export const WORD_CACHE_LIMIT = 2_000;
const LETTERS = /\p{L}+/gu;

/** A run of letters of a text at `index`, and its stem (undefined for a stop word). */
export interface WordAt {
  readonly index: number;
  readonly word: string;
  readonly stem: string | undefined;
}

/** A name of the alias file found in a text, at [start, end). */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export class Analyzer {
  private readonly entityPattern: RegExp | undefined;
  private readonly caseSensitivePattern: RegExp | undefined;
  private readonly entityByVariant = new Map<string, Entity>();
  private readonly synonymsOf = new Map<string, Set<string>>();
  private readonly stemCache = new Map<string, string>();
  private readonly entityTermCache = new Map<Entity, string>();
  /** `entities` of texts seen lately: the answer rules read the same top sentences' names again and again. */
  private readonly entityCache = new Map<string, readonly EntityMention[]>();
  /** `words` of texts seen lately (as for `entityCache`). */
  private readonly wordCache = new Map<string, readonly WordAt[]>();

  constructor(readonly lexicon: Pick<Lexicon, "entities" | "synonyms">) {
    const insensitive: string[] = [];
    const sensitive: string[] = [];
    for (const entity of lexicon.entities) {
      for (const variant of entity.variants) {
        this.entityByVariant.set(variantKey(variant), entity);
        // "US" and "UN" are also ordinary words ("us"): such acronyms match in capitals only.
        (variant === variant.toUpperCase() && STOP_WORDS.has(variant.toLowerCase()) ? sensitive : insensitive).push(variant);
      }
    }
    this.entityPattern = phrasePattern(insensitive, "giu");
    this.caseSensitivePattern = phrasePattern(sensitive, "gu");

    for (const group of lexicon.synonyms) {
      const stems = group.flatMap((w) => this.wordTerms(w));
      for (const s of stems) {
        const set = this.synonymsOf.get(s) ?? new Set<string>();
        for (const other of stems) if (other !== s) set.add(other);
        this.synonymsOf.set(s, set);
      }
    }
  }

  /** How many stems are cached (at most STEM_CACHE_LIMIT). */
  get cachedStems(): number {
    return this.stemCache.size;
  }

  /** How many texts' entity mentions and words are remembered (at most ENTITY_CACHE_LIMIT and WORD_CACHE_LIMIT). */
  get cachedTexts(): { entities: number; words: number } {
    return { entities: this.entityCache.size, words: this.wordCache.size };
  }

  /** The cached stems as [word, stem, word, stem…] ("" for a word that is no term): saved with the index. */
  savedStems(): string[] {
    const out: string[] = [];
    for (const [word, stem] of this.stemCache) out.push(word, stem);
    return out;
  }

  /**
   * Fills the cache from `savedStems()` (stems depend on no lexicon), so that an analyzer loaded
   * from the saved index stems no word of the corpus again: one built from the articles has them
   * all cached by the end of indexing, one loaded had none, and stemmed every word of a question
   * on first sight.
   */
  loadStems(saved: readonly string[]): void {
    for (let i = 0; i + 1 < saved.length && this.stemCache.size < STEM_CACHE_LIMIT; i += 2) this.stemCache.set(saved[i]!, saved[i + 1]!);
  }

  /**
   * Stem of one word (folded first), or undefined for a stop word. `keep: false` for words that
   * are only tried (spelling candidates), which would crowd the cache out.
   */
  stemWord(word: string, keep = true): string | undefined {
    // Folding (NFKD and friends) costs more than the look-up, so the cache is keyed by the word as written.
    const cached = this.stemCache.get(word);
    if (cached !== undefined) return cached === NOT_A_TERM ? undefined : cached;
    const folded = foldWord(word);
    let s: string;
    if (folded === "" || TOO_SHORT.test(folded) || STOP_WORDS.has(folded)) s = NOT_A_TERM;
    else s = /^\p{N}+$/u.test(folded) ? folded : (OWN_STEMS.get(folded) ?? stem(folded));
    // Bounded, so words typed by users cannot grow it without limit.
    if (keep && this.stemCache.size < STEM_CACHE_LIMIT) this.stemCache.set(word, s);
    return s === NOT_A_TERM ? undefined : s;
  }

  /** The terms of a free word or phrase (thesaurus entries may hold several words). */
  wordTerms(phrase: string): string[] {
    return [...phrase.matchAll(WORD)].flatMap((m) => this.stemWord(m[0]) ?? []);
  }

  /**
   * Every token of `text` with the terms it contributes, in text order. `entities` may pass
   * `this.entities(text)` when the caller has it already (the index build needs both).
   */
  tokens(text: string, entities = this.entities(text)): Token[] {
    const out: Token[] = [];
    for (const m of text.matchAll(WORD)) {
      // "The Straits Times", "South China Morning Post": a paper's name, no "time" or "post" of the text (not in a headline's Title Case).
      if (OUTLET_NAME_WORD.test(m[0]) && AFTER_CAPITALISED.test(text.slice(0, m.index)) && !titleCase(text)) {
        out.push({ start: m.index, end: m.index + m[0].length, terms: [] });
        continue;
      }
      const s = this.stemWord(m[0]);
      const sense = s && OTHER_SENSE.get(s);
      const term = sense && sense.before.test(text.slice(m.index + m[0].length)) && !sense.notAfter?.test(text.slice(0, m.index)) ? sense.stem : s;
      out.push({ start: m.index, end: m.index + m[0].length, terms: term ? [term] : [] });
    }
    for (const e of entities) out.push({ start: e.start, end: e.end, terms: [this.entityTermOf(e.entity)] });
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private entityTermOf(entity: Entity): string {
    let t = this.entityTermCache.get(entity);
    if (t === undefined) this.entityTermCache.set(entity, (t = entityTerm(entity.name)));
    return t;
  }

  /** All index terms of a text (what MiniSearch stores for a sentence). */
  terms(text: string): string[] {
    return this.tokens(text).flatMap((t) => t.terms);
  }

  /**
   * Entity mentions in `text` in text order, never overlapping (of two that overlap, the longer).
   * Remembered for up to ENTITY_CACHE_LIMIT texts (shared: callers must not change them).
   */
  entities(text: string): readonly EntityMention[] {
    let mentions = this.entityCache.get(text);
    if (mentions === undefined) {
      // Bounded: questions bring endless new texts; emptied when full rather than kept in order (cheaper, and the next questions refill it).
      if (this.entityCache.size >= ENTITY_CACHE_LIMIT) this.entityCache.clear();
      this.entityCache.set(text, (mentions = this.findEntities(text)));
    }
    return mentions;
  }

  /**
   * Every run of letters in `text` with its stem (undefined for a stop word), in text order: what
   * the answer rules scan a sentence's verbs with. Remembered like `entities` (callers must not
   * change them): the same top sentences are scanned for every question they rank for.
   */
  words(text: string): readonly WordAt[] {
    let words = this.wordCache.get(text);
    if (words === undefined) {
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      const found: WordAt[] = [];
      for (const m of text.matchAll(LETTERS)) found.push({ index: m.index, word: m[0], stem: this.stemWord(m[0]) });
      this.wordCache.set(text, (words = found));
    }
    return words;
  }

  private findEntities(text: string): EntityMention[] {
    const found: EntityMention[] = [];
    for (const pattern of [this.entityPattern, this.caseSensitivePattern]) {
      if (!pattern) continue;
      // Matches may overlap ("the North Korea": "the North" and "North Korea"), so each search
      // restarts just after the previous match's start rather than after its end.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // "kims message": a possessive typed without its apostrophe is still the name.
        const entity = this.entityByVariant.get(variantKey(m[0])) ?? (m[0].endsWith("s") ? this.entityByVariant.get(variantKey(m[0].slice(0, -1))) : undefined);
        if (entity) found.push({ start: m.index, end: m.index + m[0].length, entity });
        pattern.lastIndex = m.index + 1;
      }
    }
    // Overlapping mentions: the longest wins ("the North Korean leader" is Kim, not "the North").
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
    kept.sort((a, b) => a.start - b.start);
    // A name word that names its person alone, right after another mention of them, is part of that mention ("President Xi" + "Jinping").
    return kept.filter((f, i) => {
      const before = kept[i - 1];
      return !(before && before.entity === f.entity && f.entity.ownWords?.includes(text.slice(f.start, f.end)) && /^[\s-]*$/.test(text.slice(before.end, f.start)));
    });
  }

  synonyms(term: string): ReadonlySet<string> {
    return this.synonymsOf.get(term) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Variants compare with spaces, hyphens and apostrophes folded: "Kim Jong Un" = "Kim Jong-un". */
function variantKey(v: string): string {
  return foldWord(v.replace(/[’]/g, "'")).replace(/[\s\u00A0-]+/g, " ").trim();
}

function phrasePattern(variants: string[], flags: string): RegExp | undefined {
  if (variants.length === 0) return undefined;
  const sorted = [...new Set(variants)].sort((a, b) => b.length - a.length);
  const body = sorted
    .map((v) =>
      v
        .trim()
        .split(/[\s-]+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"))
        .join("[\\s\\u00A0-]+"),
    )
    .join("|");
  // A variant ends at a word boundary (or with a possessive "s" typed without its apostrophe);
  // one ending in "." (U.S.) needs no letter check after it.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})s?(?![\\p{L}\\p{N}])`, flags);
}
