import { remembered } from "./remembered.js";
import { spellingVariants } from "./spellingVariants.js";
import { baseForms } from "./wordForms.js";
import { type Analyzer, entityTerm, isEntityTerm } from "./analyzer.js";
import { type AnswerType, answerTypeOf } from "./answerType.js";
import { ASKS } from "./askerAsides.js";
import { messageParts } from "./messageParts.js";
import { chatLexiconWords } from "./chat/lexicon.js";
import { ChatNormaliser, type NormalisedQuestion } from "./chat/normaliser.js";
import { OWN_NAME_LETTERS } from "./nameWords.js";
import { bareWord, COUNT_CLAIMED, claimedValues, guessedValues, joinAlternatives, NAME_RARITY } from "./claims.js";
import { demonymsOf, isPlaceName } from "./places.js";
import { NameSounds } from "./nameSounds.js";
import { KNOWN_COUNT, SpellingCorrector } from "./spelling.js";
import type { Lexicon } from "./lexicon.js";
import type { RankingParams } from "./rankingParams.js";
import { PERSON_ROLE } from "./roles.js";
import type { SourceReferences } from "./sourceReferences.js";
import { englishCount, englishRarity, isEnglishWord, maxEnglishRarity } from "./wordFrequency.js";

/**
 * The first step of a query: a question as a member typed it becomes *concepts* (one per
 * content word or name), each a set of weighted index terms, plus what kind of answer it asks
 * for and, for "what did X say (to Y)", who is asked about as the speaker.
 *
 * - Chat is normalised first (`chat/normaliser.ts`): mentions, emoji and filler go, shorthand is spelled
 *   out ("nk" → "North Korea"), "whats" becomes "what is".
 * - A concept's terms: the word's stem (weight 1), its thesaurus neighbours, the articles'
 *   wording of an everyday phrase it belongs to ("still on" → remains in effect), the places a
 *   demonym names ("chinese" → China), or the entity term of a name.
 * - Each concept carries how rare its word is in everyday English, which (with its rarity in
 *   the articles) sets its weight in the coverage of the question.
 * - What the member states rather than asks, a claim to check or a guess after the question,
 *   is read off the concepts in `claims.ts`.
 */
export interface Concept {
  /** The question's word or name as typed (after chat normalisation). */
  surface: string;
  /** Index terms with their weights: the concept's own term at 1, neighbours lower. */
  terms: Map<string, number>;
  /** Rarity in everyday English, 0 (commoner than `englishFloor`) to 1 (never seen); names 1. */
  english: number;
  /** The word's rarity in everyday English on the whole scale, 0 (commonest) to 1 (never seen), whatever it is: what the no-answer decision reads. */
  rarity: number;
  /** Whether the sentences use any of the concept's terms (for a country, by its name: not its people's, see `peoples`). */
  known: boolean;
  /** For a country's name, the terms of its people's name ("japan" → "japanes"): a sentence with "Japanese colonisers" names it. */
  peoples?: ReadonlySet<string>;
  /** An everyday English word the articles do not use: looked up as typed, never as a typo of an article word one letter away ("joke" is no "Joe"). */
  asTyped?: true;
  /** A person's name (an entity of the alias file that is a person): not a country, a party or the treaty. */
  person?: true;
  /** Terms that are only WordNet relatives of the word (`related.json`), not the word, a thesaurus synonym or a phrase's words: senses that may be far off ("die" → "last"). */
  distant?: ReadonlySet<string>;
  /** Only in the guess after the question ("... renewed when? i thought 1981"): looked for, but not a name the question asks about (see `Hit.missing`). */
  offered?: true;
  /** Only in a sentence of the message that asks nothing ("my buddy swears it was never renewed. which years did they renew it"): the asker's context, weighing `weight.context`. */
  context?: true;
  /** A word of an everyday phrase of the chat lexicon ("despawn", "nerfed"): a word it knows, never an unknown name, whatever English and the articles say. */
  idiom?: true;
}

/** Whether a sentence that leaves the concept out leaves out a name the question asks about (a person, a country, a word no English list has; not a value the member guessed). */
export function decidesByAbsence(c: Concept): boolean {
  return c.english === 1 && !c.offered;
}

export interface QueryPlan {
  question: string;
  /** The question after chat normalisation: what the rules below read. */
  normalised: string;
  concepts: Concept[];
  /** Stems of consecutive content words of the question, for the proximity bonus. */
  bigrams: string[];
  answerType: AnswerType;
  /** "What did X say (to Y)": the entity term of X, the person (or country) whose words are asked for. */
  speaker?: string;
  /** The everyday phrases of `normalised` and the articles' words for them ("put his name on" → "signed"). */
  paraphrases: readonly { start: number; end: number; words: string }[];
  /** Where in `normalised` a guess after the question begins ("what year was it signed? 1961"): what the member offers, not what they ask. */
  guessFrom?: number;
  /** The member states something to check rather than asks ("song tao is the foreign minister right?"): see `claims.ts`. */
  claim?: true;
  /**
   * Someone or something the articles never tell of, named with their words in another sense: a
   * person ("kim kardashian": see `namesSomeoneElse`), a compound of the chat lexicon's
   * `otherSenses` ("the great wall of china"), whose words are then no part of the question.
   */
  otherThing?: string;
  /** The articles the member names as the answer's source ("acc to blasting news", "the 4th article"), by id; empty when none. */
  sources: readonly string[];
}

export interface PlanOptions {
  stem: boolean;
  answerType: boolean;
  /** Everyday phrases and demonyms widen concepts (off: the ablation's "before" row). */
  chat: boolean;
  /** WordNet's senses widen a word the articles never use. */
  related: boolean;
}

/** A day or month claimed: "on monday", "in september", "on july 11", "on july 1st 1961", "in june 1961" (not "march" the verb: only after "on" or "in"). */
const DAY_CLAIMED = /\s*\b(?:on|in|back in)\s+((mon|tues|wednes|thurs|fri|satur|sun)day|(?:january|february|march|april|may|june|july|august|september|october|november|december)(\s+\d{1,2}(?:st|nd|rd|th)?)?(,?\s+\d{4})?)\b/i;
/** A month and day claimed without "on": "signed july 1 1961" (not "may", the verb). Its groups stand as DAY_CLAIMED's: no weekday, the day, the year. */
const DATE_CLAIMED = /\s*\b(()(?:january|february|march|april|june|july|august|september|october|november|december)(\s+\d{1,2}(?:st|nd|rd|th)?)(,?\s+\d{4})?)\b/i;
/** Words that ask for someone's words: "what did X say", "X's message", "what X told Y", and "what does X want" (a wish is known by what X says: "... the US should ..."), "is X willing to talk", "X's line on ..." (a stance is known the same way). */
const SPEECH = /\b(say|says|said|saying|tell|tells|told|message|messages|statement|remarks?|wr[oi]te|letters?|repl(?:y|ied)|quoted?|words|think|thinks|thought|views?|position|stance|claim(?:ed)?|warn(?:ed)?|vow(?:ed)?|pledged?|promised?|respon(?:d|ded|se)|mean|meant|wants?|wanted|line|willing|willingness|open to|ready to|keen|eager)\b/i;
/** A saying right after a country's name, at most two words between: "(china) say", "(china) government say", "(pyongyang)'s message". */
const COUNTRY_SAYS = new RegExp(`^(?:['’]s)?(?:[\\s,]+[\\p{L}'’]+){0,2}?[\\s,]+${SPEECH.source}`, "iu");
/** Words for a kind of news source, after "which" or "what" (and another such word): "which news outlet", "what media". */
const SOURCE_KIND = /^(?:news|outlet|outlets|agency|agencies|media|paper|papers|newspaper|newspapers|publication|site|website|wire)$/i;
const SOURCE_KIND_BEFORE = /\b(?:which|what|wat)\s+(?:(?:news|media|wire|state|state-run|foreign)\s+)?$/i;
/** Words that, after "how", ask for a measure. */
const QUESTION_MEASURE = /^(long|old|many|much|often|far|big|soon)$/i;
/** "which kim", "which of the kims": a choice among the people of a name. */
const WHICH_BEFORE = /\bwhich (?:one of (?:the )?|of (?:the )?)?$/i;
/** The plan's `sources` when the question names none (one frozen array, not a new one per question). */
const NO_SOURCES: readonly string[] = Object.freeze([]);
/** An unknown short word seen fewer times than this in everyday English may be an acronym ("nsc"), not a word ("cat"). */
const ACRONYM_COUNT = 5;
/** How many unknown words of one question are checked for being a typo of an article word. */
const MAX_TYPO_CHECKS = 8;
/** A name after one of these words is who was spoken to or about, not the speaker. */
const NOT_THE_SPEAKER = new Set(["to", "about", "regarding", "towards", "toward", "for", "with", "at", "on", "against"]);

/** What the query planner reads from the articles besides their terms. */
export interface ArticleFacts {
  /** Whether a term is at most two edits from one the sentences use (a typo the speller could not fix). */
  nearTerm?: (term: string) => boolean;
  /** The article word a typed word, unknown and no one edit from a word, sounds like ("sankshuns" → "sanctions"; see `soundAlike.ts`). */
  soundsLike?: (word: string) => string | undefined;
  /**
   * The years the articles were published in: news seldom writes its own year ("on Sunday"), so
   * "how old was the treaty in 2021" asks about the time they report, not a year to find.
   */
  reportedYears?: ReadonlySet<string>;
  /** The phrase an acronym the sentences never write stands for ("nsc" → "National Security Council"; see `acronyms.ts`). */
  acronym?: (word: string) => string | undefined;
  /** The articles a member may name as the answer's source ("acc to blasting news", "the 4th article"; see `sourceReferences.ts`). */
  sources?: SourceReferences;
}

export class QueryPlanner {
  private readonly chat: ChatNormaliser;
  private readonly personNames: Set<string>;
  /** Each word of a person's names → every person named with it ("kim": Kim Jong-un, Kim Il Sung, Sung Kim, ...). */
  private readonly personsByWord: ReadonlyMap<string, readonly string[]>;
  /** The one person the alias file names by an office typed alone ("the spokesman" → Wang Wenbin), by office; none when two hold it. */
  private readonly soleHolders: ReadonlyMap<string, string>;
  private readonly related: ReadonlyMap<string, readonly string[]>;
  /** The stems of a word's other spellings that the articles use ("defence" → "defens"), remembered: most questions share their words. */
  private readonly otherSpellings: (word: string) => string[];

  constructor(
    private readonly analyzer: Analyzer,
    lexicon: Lexicon,
    private readonly params: RankingParams,
    private readonly options: PlanOptions,
    /** Whether the sentences use an index term. */
    private readonly knownTerm: (term: string) => boolean,
    /** What else the planner reads from the articles (each optional: a planner without them still plans). */
    private readonly articles: ArticleFacts = {},
  ) {
    const knownWord = (word: string) => {
      const stem = analyzer.stemWord(word, false);
      return stem !== undefined && knownTerm(stem);
    };
    this.related = options.related ? lexicon.related : new Map();
    // (And a word's base form, for one the articles never use: "militarily" finds "military".)
    this.otherSpellings = remembered(10_000, (word: string) => {
      const forms = knownWord(word) ? spellingVariants(word) : [...spellingVariants(word), ...baseForms(word)];
      return forms.flatMap((v) => this.analyzer.stemWord(v) ?? []).filter((stem) => this.knownTerm(stem));
    });
    // The chat lexicon's own words are no typos either: "presser" is a press briefing, not "pressed";
    // nor the words of a name's variants: "pyong yang" is Pyongyang, not "ryong yang".
    const nameWords = new Set(lexicon.entities.flatMap((e) => e.variants.flatMap((v) => v.toLowerCase().match(/\p{L}+/gu) ?? [])));
    const chatWords = new Set(chatLexiconWords(lexicon.chat));
    const nameSounds = new NameSounds(lexicon.entities.flatMap((e) => e.variants));
    const named = (w: string) => knownWord(w) || nameWords.has(w);
    const speller = new SpellingCorrector(named, (w) => chatWords.has(w), nameWords, articles.soundsLike);
    this.chat = new ChatNormaliser(
      options.chat ? lexicon.chat : { ...lexicon.chat, phrases: {}, demonyms: {} },
      (w) => isEnglishWord(w) || knownWord(w),
      options.chat ? (text) => speller.correctText(text) : undefined,
      options.chat ? (text) => nameSounds.correct(text) : undefined,
      named,
    );
    this.personNames = new Set(lexicon.entities.filter((e) => e.kind === "person").map((e) => entityTerm(e.name)));
    this.personsByWord = personsByWord(lexicon.entities);
    this.soleHolders = soleHoldersOf(lexicon);
  }

  /** See the call: the `i`th token, of three letters at most and unknown to English and to the articles, then (at the next word) a person's one long own name word. */
  private misspeltNamePart(text: string, tokens: readonly { start: number; end: number; terms: string[] }[], i: number): boolean {
    const token = tokens[i]!;
    // (The length first: the tokens at the next word are looked through only for a short word.)
    if (token.end - token.start > 3 || i + 1 >= tokens.length) return false;
    const next = tokens[i + 1]!.start;
    const name = tokens.find((t, k) => k > i && t.start === next && t.terms.length === 1 && this.personNames.has(t.terms[0]!));
    if (!name || !/^\s+$/.test(text.slice(token.end, name.start)) || !/^\p{L}+$/u.test(text.slice(name.start, name.end)) || name.end - name.start < OWN_NAME_LETTERS) return false;
    return englishCount(text.slice(token.start, token.end).toLowerCase()) < KNOWN_COUNT && !this.knownTerm(token.terms[0]!);
  }

  /**
   * Whether `token`, one word naming a person of the articles ("kim"), is followed by a name the
   * articles never use, nor anything near it ("kardashian"): another person's name, whom the
   * articles do not tell of. Only a long word, unknown to everyday English: "kim jung eun" and
   * "kim possible" stay as they are.
   */
  private namesSomeoneElse(text: string, token: { start: number; end: number; terms: string[] }, next: { start: number; end: number; terms: string[] } | undefined): boolean {
    if (!next || token.terms.length !== 1 || !this.personNames.has(token.terms[0]!) || /\s/.test(text.slice(token.start, token.end)) || !/^\s+$/.test(text.slice(token.end, next.start))) return false;
    // ("kim kardashian's new show": the name without its possessive.)
    const word = bareWord(text.slice(next.start, next.end).toLowerCase());
    const [term] = next.terms;
    return term !== undefined && !isEntityTerm(term) && /^\p{L}{5,}$/u.test(word) && englishCount(word) < KNOWN_COUNT && !this.knownTerm(term) && !(this.articles.nearTerm?.(term) ?? false);
  }

  /** Works out now what the first question otherwise works out (see `SentenceSearch.prepare`). */
  prepare(): void {
    this.chat.prepare();
  }

  plan(question: string): QueryPlan {
    const normalised = this.chat.normalise(question);
    const text = normalised.text;
    const tokens = this.options.stem
      ? this.analyzer.tokens(text)
      : [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, terms: [m[0].toLowerCase()] }));
    const concepts: Concept[] = [];
    /** Concept of each token that made one (by its start offset), for phrases to join. */
    const conceptAt: { start: number; end: number; concept: Concept }[] = [];
    let coveredTo = -1;
    // Looking for an article word two edits away costs a fuzzy search: a few per question at most (hostile input is long).
    let typoChecks = MAX_TYPO_CHECKS;
    // A word of a name is the name ("China" is the place, not the word "china" as well; "Campbell's" is Campbell).
    // "which chinese leader signed it": any holder of the office, not the one its words name elsewhere ("Chinese leader" is Xi): its words, as words.
    const holders = tokens.filter((t) => this.personNames.has(t.terms[0]!) && PERSON_ROLE.test(text.slice(t.start, t.end)) && WHICH_BEFORE.test(text.slice(0, t.start)));
    // "kim kardashian": a person's one-word name, then a name no article uses nor comes near, is someone else (the words, not the entity).
    const others = new Set(tokens.filter((t, i) => this.namesSomeoneElse(text, t, tokens[i + 1])));
    const names = tokens.filter((t) => t.terms.length === 1 && isEntityTerm(t.terms[0]!) && !holders.includes(t) && !others.has(t));
    // "acc to blasting news", "the 4th article": where the answer is to come from, not words it holds (unless nothing else is asked).
    const references = this.articles.sources?.find(text) ?? [];
    const inReference = (t: { start: number; end: number }) => references.some((r) => t.start >= r.start && t.end <= r.end);
    const skipReferences = tokens.some((t) => t.terms.length > 0 && !inReference(t));
    for (const [i, token] of tokens.entries()) {
      if (token.start < coveredTo || token.terms.length === 0 || holders.includes(token)) continue;
      // "zi jinping", "lu xiaoming": a short word no one writes, just before a person named by their own long name word, is that name's other part misspelt.
      if (this.misspeltNamePart(text, tokens, i)) continue;
      // (Its office word only says a person is asked, as "who" does: "Premier Zhou Enlai" is a Chinese leader.)
      if (holders.some((t) => t.start <= token.start && t.end >= token.end) && PERSON_ROLE.test(text.slice(token.start, token.end))) continue;
      if (skipReferences && inReference(token)) continue;
      if (!isEntityTerm(token.terms[0]!) && names.some((n) => n.start < token.end && n.end > token.start)) continue;
      // "how long", "how many": the word says what kind of answer is asked (see answerType), not what about.
      if (QUESTION_MEASURE.test(text.slice(token.start, token.end)) && /\bhow\s+$/i.test(text.slice(0, token.start))) continue;
      // "which news outlet", "what news agency": the words say a source is asked, not what about ("Xinhua News" is no better answer for its name).
      if (SOURCE_KIND.test(text.slice(token.start, token.end)) && SOURCE_KIND_BEFORE.test(text.slice(0, token.start))) continue;
      const surface = text.slice(token.start, token.end);
      const term = others.has(token) ? (this.analyzer.stemWord(surface) ?? surface.toLowerCase()) : token.terms[0]!;
      const terms = new Map<string, number>([[term, 1]]);
      const distant = new Set<string>();
      const peoples = new Set<string>();
      let english = 1;
      if (isEntityTerm(term)) {
        coveredTo = token.end; // the words of a name are the entity, not concepts of their own
        // "which kim signed it": any of the people of that name, not the one the bare name means elsewhere ("Kim" is Kim Jong-un).
        if (this.personNames.has(term) && WHICH_BEFORE.test(text.slice(0, token.start))) for (const person of this.personsByWord.get(surface.toLowerCase()) ?? []) terms.set(person, 1);
      } else {
        english = this.englishWeight(surface);
        // Unknown to English and to the articles, yet close to an article word: a typo ("anniversery"), not a decisive name ("Medvedev").
        if (english === 1 && !isPlaceName(bareWord(surface)) && !this.knownTerm(term) && typoChecks-- > 0 && (this.articles.nearTerm?.(term) ?? false)) english *= this.params.weight.typo;
        // "defence" for the articles' "defense": one word in two spellings, not a synonym.
        for (const stem of this.otherSpellings(surface.toLowerCase())) terms.set(stem, 1);
        for (const syn of this.analyzer.synonyms(term)) if (!terms.has(syn)) terms.set(syn, this.params.synonymWeight);
        // "nsc": the words an acronym stands for, as the articles spell it out, are the word itself.
        const letters = surface.replace(/[^\p{L}]/gu, "").toLowerCase();
        // (Letters only, stops allowed: "ww1" is the First World War, not Wang Wenbin's initials.)
        const spelledOut = !this.knownTerm(term) && /^[\p{L}.]+$/u.test(surface) && /^[a-z]{2,6}$/.test(letters) && englishCount(letters) < ACRONYM_COUNT ? this.articles.acronym?.(letters) : undefined;
        if (spelledOut) for (const t of this.analyzer.terms(spelledOut)) terms.set(t, 1);
        // "the 80s", "1980s": any year of the decade ("renewed in 1981") answers it.
        const decade = DECADE.exec(surface);
        if (decade) for (let y = 0; y < 10; y++) terms.set(`${decade[1]}${y}`, 1);
        if (!this.knownTerm(term)) {
          for (const near of this.related.get(term) ?? []) {
            if (terms.has(near)) continue;
            terms.set(near, this.params.relatedWeight);
            distant.add(near);
          }
        }
        for (const place of demonymPlaces(normalised, token)) terms.set(entityTerm(place), 1);
        // "vs japan": the articles may name the country by its people ("Japanese colonisers").
        if (isPlaceName(bareWord(surface))) for (const people of demonymsOf(bareWord(surface))) for (const t of this.analyzer.terms(people)) if (!terms.has(t)) peoples.add(t);
      }
      const existing = concepts.find((c) => c.terms.get(term) === 1);
      if (existing) conceptAt.push({ start: token.start, end: token.end, concept: existing });
      else {
        const known = [...terms.keys()].some(this.knownTerm);
        for (const t of peoples) terms.set(t, this.params.synonymWeight);
        // A word everyday English writes is meant as typed ("joke", "sang"), not an article word mistyped ("Joe", "Song").
        const asTyped = !known && !isEntityTerm(term) && isEnglishWord(surface.toLowerCase(), KNOWN_COUNT);
        const concept = conceptOf({ surface, terms, english, rarity: englishRarity(surface) / maxEnglishRarity(), known, distant: distant.size ? distant : undefined, peoples: peoples.size ? peoples : undefined, asTyped: asTyped || undefined, person: this.personNames.has(term) || undefined });
        concepts.push(concept);
        conceptAt.push({ start: token.start, end: token.end, concept });
      }
    }
    for (const p of normalised.paraphrases) this.addParaphrase(p, text, concepts, conceptAt);
    joinAlternatives(text, concepts, conceptAt);
    // A year no sentence uses but the articles were written in: the time they report, no word to look for.
    const reported = concepts.findIndex((c) => !c.known && (this.articles.reportedYears?.has(c.surface) ?? false));
    if (reported >= 0) concepts.splice(reported, 1);
    const guessed = guessedValues(normalised, conceptAt);
    if (guessed.size) concepts.splice(0, concepts.length, ...concepts.filter((c) => !guessed.has(c)));
    const from = normalised.guessFrom;
    // A value guessed that the articles use stays a word to look for (the claim is shown true or not), but a sentence without it still answers.
    if (from !== undefined) for (const c of concepts) if (conceptAt.some((a) => a.concept === c) && conceptAt.every((a) => a.concept !== c || a.start >= from)) c.offered = true;
    // "who signed it in 61? it was mao and kim il sung right": the question asks before the guess its tag puts to the test, and the values
    // the claim would read are the question's own ("61"), not the guess's: what it asks stands.
    const inQuestion = (c: Concept) => from !== undefined && conceptAt.some((a) => a.concept === c && a.start < from);
    const read = normalised.claim && this.options.answerType ? claimedValues(concepts, text) : undefined;
    const claimed = read && from !== undefined && ASKS.test(text.slice(0, from)) && [...read.values].every(inQuestion) ? undefined : read;
    if (claimed) {
      // The claim asked as the question it answers, read afresh: "mao signed it" → who signed it,
      // "trump met kim twice" → how many times trump met kim, "it was renewed in 1991" → when it was renewed.
      const { name, year } = claimed;
      // "was it choe son hui who ...": the whole name claimed goes, not only its unknown word.
      const subject = normalised.claimSubject;
      if (name && subject?.toLowerCase().includes(name.surface.toLowerCase())) return { ...this.plan(`who ${text.slice(subject.length).trim()}`), question };
      // "wasnt it mao who signed it" reads "mao who signed it": its own "who" is the question's.
      // (All of the name: "wasnt it zhao lijian who ..." claims "zhao", and "lijian" goes with it; and whoever is named
      // beside it: "mao and kim jong un signed it" → who signed it.)
      if (name && text.toLowerCase().startsWith(name.surface.toLowerCase())) {
        const and = /^\s*(?:and|&)\s+/i.exec(text.slice(name.surface.length));
        const other = and && conceptAt.find((a) => a.start === name.surface.length + and[0].length && (a.concept.person || a.concept === name || (!a.concept.known && a.concept.rarity >= NAME_RARITY)));
        const rest = text.slice(other ? other.end : name.surface.length).trim();
        return { ...this.plan(`who ${rest.replace(/^(?:[\p{L}'’-]+ ){0,2}?(?:who|that)\s+/iu, "")}`), question };
      }
      // "the nk fm is choe son hui", "the spokesman was wang yi" → who is the nk fm: the person claimed
      // to hold it goes, all of the name (a name the articles use or not). Only an office is so claimed
      // and only a name ends it: not "the message was delivered to kim", nor "kim il sung was kim's grandpa".
      const holder = /^(.+?) (is|was) ((?:(?!(?:to|in|at|on|by|from|with|for|of|and|or|the|a|an|not)\b)[\p{L}'’-]+ ?){1,3})\??$/diu.exec(text);
      const endsInName = holder && conceptAt.some((a) => a.end === holder.indices![3]![1] && (a.concept === name || a.concept.person || (!a.concept.known && a.concept.rarity >= NAME_RARITY)));
      if (holder && endsInName && PERSON_ROLE.test(holder[1]!)) return { ...this.plan(`who ${holder[2]} ${holder[1]}`), question };
      if (COUNT_CLAIMED.test(text)) return { ...this.plan(`how many times ${text.replace(COUNT_CLAIMED, "").trim()}`), question };
      // "renewed in 1991 and 2011": the years claimed together go together.
      const when = year && new RegExp(`\\s*\\b(?:back in|in|on|since|was|is|were)\\s+${/s$/.test(year.surface) ? "(?:the\\s+)?" : ""}${year.surface}(?:(?:,|\\s+and|\\s+or|\\s*&)\\s+(?:1[6-9]|20)\\d\\d)*\\b`, "i");
      if (when && when.test(text)) return { ...this.plan(`when ${text.replace(when, "").trim()}`), question };
      // "the treaty is 50 years old?" → how old the treaty is: an age claimed, not a length.
      if (AGE_CLAIMED.test(text)) return { ...this.plan(`how old ${text.replace(AGE_CLAIMED, "").trim()}`), question };
      // "the pact is valid for 10 yrs at a time" → how long the pact is valid for years at a time: the unit
      // stays, a word of the answer; "only" goes with the number ("the treaty only lasts 10 yrs").
      // (Not "every 20 years or every 10": one of the lengths offered is asked for.)
      if (claimed.type === "duration" && text.match(/\d+/g)?.length === 1 && DURATION_CLAIMED.test(text)) return { ...this.plan(`how long ${text.replace(/\b(?:only|just) /gi, "").replace(DURATION_CLAIMED, "")}`), question };
      // "wang's briefing was on monday right?" → what day was wang's briefing; "the g20 is in september right" → what month;
      // "signed in june 1961?" → when (a month and year claimed: the answer may well be another month).
      const day = DAY_CLAIMED.exec(text) ?? DATE_CLAIMED.exec(text);
      if (day) return { ...this.plan(`${day[2] || day[3] ? "what day" : day[4] ? "when" : "what month"} ${text.replace(day[0], "").trim()}`), question };
      // "it was signed by xi and kim jong un right??", "signed by mao zedong and kim jong il back then?": the doers claimed
      // for an act, named or not by the articles, ask who did it ("who signed it").
      const byDoers = PASSIVE_BY.exec(text);
      if (byDoers && conceptAt.some((a) => a.start >= byDoers.indices![3]![0] && (a.concept.person || a.concept === name))) {
        return { ...this.plan(`who ${byDoers[2]} ${byDoers[1] ?? "it"}`), question };
      }
      // "kju signed the og treaty himself right": a person the articles name, claimed to have done it, asks who did.
      // (Also their kin: "kim jong un's dad signed it for nk" → who signed it for nk.)
      const kin = conceptAt[0]?.start === 0 && conceptAt[0].concept.person ? KIN_AFTER.exec(text.slice(conceptAt[0].end))?.[0].length ?? 0 : 0;
      // (A name the alias file knows in part is still the one claimed: "wang yi personally carried ...", "wang" being a variant of another.)
      const rest = conceptAt[1] && conceptAt[1].start === (conceptAt[0]?.end ?? -2) + 1 && !conceptAt[1].concept.known && !kin ? conceptAt[1].end - conceptAt[0]!.end : 0;
      const after = conceptAt[0] ? conceptAt[0].end + kin + rest : 0;
      const doer = conceptAt[0]?.start === 0 && conceptAt[0].concept.person ? PAST_ACT.exec(text.slice(after)) : null;
      // (Not when a question of its own, other than who, follows: "xi sent kim a letter right? what did it say" asks what it said.)
      // (Nor when the claim asks something of its own: "trump met kim how many times?" asks the count.)
      if (doer && !SECOND_QUESTION.test(text) && !/\b(?:how (?:many|much|long|often)|when|where|why|what|which)\b/i.test(text)) return { ...this.plan(`who ${text.slice(after + doer[0].length - doer[1]!.length)}`), question };
      concepts.splice(0, concepts.length, ...concepts.filter((c) => !claimed.values.has(c)));
    }
    // The question without the guess after it: "the upi article says it was last renewed when? i thought 1981" asks when.
    const asked = text.slice(0, normalised.guessFrom);
    // "they renewed it two times already? in what years": a count stated beside a question of when is the member's, no word to look for.
    const counted = answerTypeOf(asked) === "time" ? COUNT_CLAIMED.exec(text) : null;
    if (counted) {
      const within = (a: { start: number; end: number }) => a.start >= counted.index && a.end <= counted.index + counted[0].length;
      // Only a concept found nowhere else in the question.
      const inCount = (c: Concept) => conceptAt.some((a) => a.concept === c) && conceptAt.every((a) => a.concept !== c || within(a));
      concepts.splice(0, concepts.length, ...concepts.filter((c) => !inCount(c)));
    }
    markContext(text, concepts, conceptAt);
    const stems = this.options.stem ? tokens.flatMap((t) => t.terms).filter((t) => !isEntityTerm(t)) : [];
    const bigrams = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
    return {
      question,
      normalised: text,
      concepts,
      bigrams,
      answerType: !this.options.answerType ? "any" : claimed?.type && answerTypeOf(asked) === "any" ? claimed.type : answerTypeOf(asked),
      speaker: this.options.answerType ? this.speakerAskedFor(text, normalised.demonyms) : undefined,
      paraphrases: normalised.paraphrases,
      sources: references.length ? [...new Set(references.flatMap((r) => r.articleIds))] : NO_SOURCES,
      ...(normalised.guessFrom !== undefined ? { guessFrom: normalised.guessFrom } : {}),
      ...(normalised.claim ? { claim: true as const } : {}),
      ...(others.size || normalised.otherSenses ? { otherThing: [...[...others].map((t) => text.slice(t.start, tokens[tokens.indexOf(t) + 1]!.end)), ...(normalised.otherSenses ?? [])].join(", ") } : {}),
    };
  }

  /**
   * An everyday phrase ("still on") also finds the articles' wording ("remains in effect"): its
   * terms join the concept of the phrase's first content word at `phraseWeight`, or, when the
   * phrase has none ("still on" is two stop words), form a concept of their own that weighs
   * nothing in the coverage (a sentence need not use it to answer).
   */
  private addParaphrase(p: { start: number; end: number; words: string }, text: string, concepts: Concept[], conceptAt: { start: number; end: number; concept: Concept }[]): void {
    const inside = conceptAt.find((c) => c.start >= p.start && c.end <= p.end);
    const surface = text.slice(p.start, p.end);
    const target = inside?.concept ?? conceptOf({ surface, terms: new Map<string, number>(), english: 0, rarity: englishRarity(surface) / maxEnglishRarity(), known: false });
    // The phrase's own words only: a neighbour of a neighbour drifts too far ("according" → accord → treaty).
    for (const term of this.analyzer.terms(p.words)) {
      // A phrase's word no article uses ("despawn" → "expire") finds the articles' synonyms of it ("terminate", "end"), a step further off.
      if (!this.knownTerm(term)) for (const synonym of this.analyzer.synonyms(term)) if (this.knownTerm(synonym) && !target.terms.has(synonym)) target.terms.set(synonym, this.params.phraseWeight * this.params.synonymWeight);
      if ((target.terms.get(term) ?? 0) >= this.params.phraseWeight) continue;
      target.terms.set(term, this.params.phraseWeight);
      // A WordNet relative that the phrase names too ("grandpa" → grandfather) is the phrase's word, not a far sense.
      if (target.distant?.has(term)) {
        const rest = [...target.distant].filter((t) => t !== term);
        target.distant = rest.length ? new Set(rest) : undefined;
      }
    }
    target.known ||= [...target.terms.keys()].some(this.knownTerm);
    target.idiom = true;
    if (!inside && target.terms.size > 0) concepts.push(target);
    // The phrase's other words that no article uses are the idiom's, not things asked about: "top dog" → leader, not a dog.
    for (const at of conceptAt) {
      if (at.concept === target || at.start < p.start || at.end > p.end) continue;
      const own = [...at.concept.terms].filter(([, w]) => w === 1).map(([t]) => t);
      if (own.length === 0 || own.some((t) => this.knownTerm(t) || isEntityTerm(t))) continue;
      const i = concepts.indexOf(at.concept);
      if (i >= 0) concepts.splice(i, 1);
      at.concept = target;
    }
  }

  /** 0 for a word commoner in everyday English than `englishFloor`, rising to 1 for a word never seen there; a country's name 1. */
  private englishWeight(word: string): number {
    if (isPlaceName(bareWord(word))) return 1;
    const floor = this.params.weight.englishFloor;
    return Math.min(1, Math.max(0, (englishRarity(word) - floor) / (maxEnglishRarity() - floor)));
  }

  /**
   * "what did xi say to kim", "kim's message to xi", "what did the chinese president tell kim":
   * the first person named who is not the one spoken to or about, or a country named right
   * before the saying ("what did china say the us should do"). Only for questions about
   * someone's words.
   */
  private speakerAskedFor(text: string, demonyms: readonly { end: number; places: readonly string[] }[]): string | undefined {
    if (!SPEECH.test(text)) return undefined;
    for (const e of this.analyzer.entities(text)) {
      const term = entityTerm(e.entity.name);
      // A country speaks when the saying follows its name ("what did china say the us should do", "what china government say"); elsewhere it is spoken of.
      if (!this.personNames.has(term) && (e.entity.kind !== "place" || !COUNTRY_SAYS.test(text.slice(e.end)))) continue;
      const before = /([\p{L}]+)\s*$/u.exec(text.slice(0, e.start))?.[1]?.toLowerCase();
      if (before === "from") return term;
      if (before && NOT_THE_SPEAKER.has(before)) continue;
      return term;
    }
    // "what did american officials say", "what did chinese diplomats say": a people's officials speak for its country.
    const body = demonyms.find((d) => d.places.length === 1 && BODY_SAYS.test(text.slice(d.end)));
    if (body) return entityTerm(body.places[0]!);
    // "what did the spokesman say about liu": an office typed alone is its one holder's (none named as the speaker above).
    const office = BARE_OFFICE.exec(text)?.[1]?.toLowerCase();
    return office ? this.soleHolders.get(officeKey(office)) : undefined;
  }
}

/** A country's officials, then their saying (after a demonym: "american officials said"). */
const BODY_SAYS = new RegExp(`^\\s+(?:officials?|side|diplomats?|authorities|leadership|administration|state media|envoys?)(?:[\\s,]+[\\p{L}'’]+){0,2}?[\\s,]+${SPEECH.source}`, "iu");

/** An office typed alone, with no country or name before it: "the spokesman", "the spokesperson" (group 1). */
const BARE_OFFICE = /\b(?:the|that|this) (spokes(?:man|person|woman))\b/i;
/** One key for an office's words: a spokesman, spokesperson or spokeswoman is one office. */
const officeKey = (word: string) => word.toLowerCase().replace(/^spokes(?:man|person|woman)$/, "spokes");

/**
 * In a message of several sentences, some asking and some not ("ok so my buddy and i were arguing
 * last night ... he swears it was never renewed. which years did they renew it"), the words only
 * the sentences that ask nothing use are the asker's context: marked, to weigh less.
 */
function markContext(text: string, concepts: readonly Concept[], conceptAt: readonly { start: number; end: number; concept: Concept }[]): void {
  const sentences = messageParts(text);
  if (!sentences.some((x) => x.asks) || sentences.every((x) => x.asks)) return;
  const inContext = (a: { start: number }) => sentences.some((x) => !x.asks && a.start >= x.start && a.start < x.end);
  for (const c of concepts) {
    const at = conceptAt.filter((a) => a.concept === c);
    if (at.length && at.every(inContext)) c.context = true;
  }
}

/** Each word of the alias file's people's names, with every person named by it. */
function personsByWord(entities: Lexicon["entities"]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const e of entities) {
    if (e.kind !== "person") continue;
    for (const word of new Set(e.variants.flatMap((v) => v.toLowerCase().match(/\p{L}+/gu) ?? []))) byWord.set(word, [...(byWord.get(word) ?? []), entityTerm(e.name)]);
  }
  return byWord;
}

/** Each office (see BARE_OFFICE) that the variants or roles of exactly one person of the alias file hold, with that person's entity term. */
function soleHoldersOf(lexicon: Lexicon): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const e of lexicon.entities) {
    if (e.kind !== "person") continue;
    for (const name of [...e.variants, ...(e.roles ?? [])]) {
      for (const m of name.matchAll(/\bspokes(?:man|person|woman)\b/gi)) {
        const key = officeKey(m[0]);
        holders.set(key, (holders.get(key) ?? new Set()).add(entityTerm(e.name)));
      }
    }
  }
  return new Map([...holders].filter(([, who]) => who.size === 1).map(([office, who]) => [office, [...who][0]!]));
}

/** A verb of a past act, right after a name: "(kju) signed ...", "(xi) met ...", "(wang) delivered ..." (group 1); not a saying ("kim said ...", "kim called it ..."), which is a quotation to check. */
const PAST_ACT = /^\s+(?:(?:himself|herself|personally|actually|also|really) )?((?!(?:called|claimed|described|stated|noted|added|warned|urged|promised|pledged|vowed|reported|quoted|mentioned|asked|replied|answered|insisted|admitted|argued|cautioned)\b)(?:[a-z]+ed|met|sent|led|gave|wrote|made|took|went|broke|ran)\b)/i;

/** A person's kin named by them: "(kim jong un)'s dad", "(kju)'s grandpa". */
const KIN_AFTER = /^['’]?s (?:dad|father|grandpa|grandfather|granddad|grandad|son|grandson|uncle|brother|sister|wife|mom|mother)\b/i;
/** A question of its own, other than who, after a claim's question mark or comma: "xi sent kim a letter right? what did it say", "i heard trump met kim a bunch, how many times was it". */
const SECOND_QUESTION = /[?,]\s*(?:and |so |but |ok )?(?:what|whats|which|when|whose|how|where|why)\b/i;
/** An act claimed with its doers after "by": "it was signed by xi and kim" (group 1: what was done to, 2: the verb, 3: the doers). */
const PASSIVE_BY = /^(?:(.+?) (?:was|were|got) )?([a-z]+ed) by (.+?)\??$/d;
/** An age stated: "50 years old", "like 70 yrs old". */
const AGE_CLAIMED = /\s*\b\d+\s*(?:years?|yrs?) old\b/i;
/** The number of a length of time claimed: "10" of "10 years", "10 year chunks". */
const DURATION_CLAIMED = /\b\d+[- ]?(?=(?:years?|yrs?|months?|decades?)\b)/i;

/** A decade as the normalised question writes it: "1980s" (its first three digits kept). */
const DECADE = /^((?:1[6-9]|20)\d)0s$/;

/**
 * A concept with every field in one order, the optional ones undefined when absent: the ranking's
 * loops read concepts of one shape, which V8 compiles once, instead of a new shape per mix of
 * optional fields (each of which threw away the compiled ranking and compiled it again).
 */
function conceptOf(c: Concept): Concept {
  return { surface: c.surface, terms: c.terms, english: c.english, rarity: c.rarity, known: c.known, peoples: c.peoples, asTyped: c.asTyped, person: c.person, distant: c.distant };
}

/** The places a demonym of the question names, when `token` is (in) one ("chinese" → China). */
function demonymPlaces(q: NormalisedQuestion, token: { start: number; end: number }): readonly string[] {
  return q.demonyms.find((d) => token.start >= d.start && token.end <= d.end)?.places ?? [];
}
