import { remembered } from "./remembered.js";
import { englishCount } from "./wordFrequency.js";

/**
 * Corrects a typed word that is neither an English word nor a word of the articles to the
 * likeliest word one edit away (a letter dropped, added, changed, or two letters swapped:
 * "traety" → "treaty", "deliverd" → "delivered", "beijng" → "beijing", "acutally" →
 * "actually"). A word of the articles wins over everyday English; among those, one that keeps the
 * typed first letter ("tready" → "treaty", not "ready"); among equals the commoner English word
 * wins (Norvig's corrector, with a Damerau edit). Names nothing is close to ("Medvedev") stay as
 * typed. A three-letter word is only swapped into a very common word ("teh"
 * → "the"); two words run together are split when nothing is one edit away ("wangwenbin"), and a
 * name of the articles typed in two parts is joined ("xiao ming").
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** A word seen this often in everyday English is a word, not a typo (the query plan reads it so too). */
export const KNOWN_COUNT = 5;
/** Two words each seen fewer times than this in everyday English may be an article's name typed in two parts ("yon hap"). */
const RARE_PART = 100;
/**
 * A typo is corrected to an everyday word (not the articles') only when that word is common:
 * the list has no names, so a rare name nothing in the articles is close to ("blinken") must not
 * become a rare word ("blinked").
 */
const COMMON_COUNT = 1000;
/**
 * A long word that everyday English never uses, one edit from an everyday word, is that word
 * mistyped, even a rarer one ("historicaly", "officialy", "curently"): names of this length are
 * seldom one letter from an English word. A rare word that is used ("handover") stays.
 */
const LONG_WORD = 8;
const LONG_COMMON_COUNT = 20;
/**
 * A three-letter word is corrected only by swapping two neighbouring letters, and only to one of
 * the commonest words ("teh" → "the", "adn" → "and", not "mmo" → "mom"): any other edit of a
 * short word reaches too many words ("mao" is one letter from "man", "may" and "map").
 */
const SHORT_SWAP_COUNT = 50_000;
/** A short word is read as a vowel dropped ("evn", "tlk") only from a word this common: "even" is seen 44,672 times, "ever" 36,170. */
const VOWEL_DROPPED_COUNT = 20_000;
/** Fewest letters of a word read as a name mistyped (see `nameMeant`): shorter ones are one edit from too many names ("kimm" is left to the rest). */
const MIN_NAME_TYPO = 5;
/** Longer questions are not corrected past this many words (hostile input costs nothing). */
const MAX_CORRECTIONS = 8;
/** Corrections remembered (a word's correction never changes for one index); past this many, new ones are worked out and not kept. */
const REMEMBERED = 10_000;

export class SpellingCorrector {
  /** The best word one edit from a word, if any; remembered, since trying every edit stems hundreds of strings, and members repeat their typos and names. */
  readonly correct = remembered(REMEMBERED, (word) => this.bestEdit(word));
  /** Two words run together, split (remembered, as a correction is). */
  private readonly splitWord = remembered(REMEMBERED, (word) => this.split(word));
  /** Whether a word (lower case) is the articles' and no everyday English (a name: "xiaoming"); remembered, as `isWord` is. */
  private readonly isArticleName = remembered(REMEMBERED, (w) => englishCount(w) < KNOWN_COUNT && this.inArticles(w));
  /** Whether a word (lower case) of `LONG_WORD` letters or more is English or the articles': "penin sula", "sanc tions" are one word typed in two parts. */
  private isLongWord(w: string): boolean {
    return w.length >= LONG_WORD && this.isWord(w);
  }
  /** Whether a word (lower case) is English or the articles'; remembered, since most words of a question come back in others and the articles' test stems them. */
  private readonly isWord = remembered(REMEMBERED, (w) => englishCount(w) >= KNOWN_COUNT || this.inArticles(w) || this.known(w));

  /** The name word one edit from a word, if any (see `nameMeant`); remembered, as a correction is. */
  private readonly nameNear = remembered(REMEMBERED, (word) => {
    for (const candidate of edits(word)) if (this.names.has(candidate)) return candidate;
    return undefined;
  });

  constructor(
    /** Whether the articles use the word (folded). */
    private readonly inArticles: (word: string) => boolean,
    /** Words known otherwise (the chat lexicon's "presser"): no typos, and a correction to one ranks below an article word ("trmp" is "trump", not the lexicon's "trip"). */
    private readonly known: (word: string) => boolean = () => false,
    /** The words of the names the alias file knows (lower case): see `nameMeant`. */
    private readonly names: ReadonlySet<string> = new Set(),
    /** The article word a word sounds like, if any ("sankshuns" → "sanctions"): for a word nothing is one edit from. */
    private readonly soundsLike: (word: string) => string | undefined = () => undefined,
  ) {}

  /**
   * "kurt campbel", "wenbing", "pyongyong": a word everyday English never writes, one edit from a
   * word of a name, is that name mistyped, even when it reads as an article word by its stem
   * ("campbel" is the stem of "Campbell"). Only words of five letters or more.
   */
  private nameMeant(word: string): string | undefined {
    // ("chinas", "beijings": a possessive typed without its apostrophe, read as one below.)
    if (word.length < MIN_NAME_TYPO || this.names.has(word) || englishCount(word) >= KNOWN_COUNT || (word.endsWith("s") && this.names.has(word.slice(0, -1)))) return undefined;
    return this.nameNear(word);
  }

  /** The text with its unknown words corrected where one word is clearly meant. */
  correctText(text: string): string {
    let budget = MAX_CORRECTIONS;
    // "liu xiao ming", "penin sula": a name of the articles, or a long word, typed in two parts, one of them no word (before the words are corrected one by one).
    // (Each word with the next: the pairs overlap, "liu xiao" then "xiao ming".)
    // (Or two rare words that make an article's name, "yon hap"; or a word of the articles hyphenated, "re-new", "co-operate".)
    text = text.replace(/\b([a-z]{2,})([ -])(?=([a-z]{2,})\b)/gi, (pair, a: string, between: string, b: string) => {
      const joined = `${a}${b}`.toLowerCase();
      // (Not a name's hyphen: "jong-un", "son-gwon".)
      if (between === "-") return this.inArticles(joined) && !(this.names.has(a.toLowerCase()) && this.names.has(b.toLowerCase())) ? a : pair;
      const rareParts = englishCount(a.toLowerCase()) < RARE_PART && englishCount(b.toLowerCase()) < RARE_PART;
      return ((!this.isWord(a.toLowerCase()) || !this.isWord(b.toLowerCase())) && (this.isArticleName(joined) || this.isLongWord(joined))) || (rareParts && this.isArticleName(joined)) ? a : pair;
    });
    return text.replace(/\p{L}+/gu, (word, offset: number) => {
      if (budget <= 0 || !/^[a-z]+$/i.test(word) || word.length < 3) return word;
      const lower = word.toLowerCase();
      // "how lon", "how mch", "how manny": after "how", the measure asked, whatever the word's length, and even a
      // word of English, if a rare one ("manny" is a name; "how fat" stays).
      const afterHow = /\bhow\s+$/i.test(text.slice(Math.max(0, offset - 5), offset));
      if (afterHow && !HOW_WORDS.includes(lower) && englishCount(lower) < RARE_AFTER_HOW) {
        const measure = HOW_WORDS.find((m) => oneEditApart(lower, m));
        if (measure) return (budget--, measure);
      }
      if (this.isWord(lower)) return this.nameMeant(lower) ?? word;
      budget--;
      // Short words and run-together ones only when everyday English never writes them ("mmo", "handover" are written).
      const unheardOf = englishCount(lower) === 0;
      if (word.length === 3) return (unheardOf && (this.swapped(lower) || this.vowelDropped(lower))) || word;
      // A four-letter word is a typo of an article word ("pakt"), or two letters swapped ("wnat"); else likelier
      // a name than a word of English one letter away ("choe" is no "shoe").
      if (word.length === 4) return this.correctToArticleWord(lower) ?? ((unheardOf && (this.swapped(lower) || this.vowelDropped(lower))) || word);
      // "guessin", "haulin": a dropped g, as chat writes it (the g-word need only be English, not common).
      if (lower.endsWith("in") && this.isWord(`${lower}g`)) return `${word}g`;
      // "chinas", "nks": a possessive typed without its apostrophe.
      if (lower.endsWith("s") && this.isWord(lower.slice(0, -1))) return `${word.slice(0, -1)}'s`;
      // (A correction that is a name's stem is the name: "cambel" → "campbel" → "campbell".)
      const corrected = this.correct(lower);
      return corrected ? (this.nameMeant(corrected) ?? corrected) : (unheardOf && this.splitWord(lower)) || this.soundsLike(lower) || word;
    });
  }

  /** The best article word (or word otherwise known) one edit away, if any. */
  private correctToArticleWord(word: string): string | undefined {
    const best = this.correct(word);
    return best !== undefined && (this.inArticles(best) || this.known(best)) ? best : undefined;
  }

  /** "evn" → "even", "hve" → "have", "tlk" → "talk": a vowel dropped from one of the commonest words, as chat shortens them (the commonest if several). */
  private vowelDropped(word: string): string | undefined {
    let best: string | undefined;
    let bestCount = VOWEL_DROPPED_COUNT - 1;
    for (let i = 0; i <= word.length; i++) {
      for (const v of "aeiou") {
        // (Not a vowel doubled: "ned says ..." is a member, not "need".)
        if (word[i - 1] === v || word[i] === v) continue;
        const candidate = word.slice(0, i) + v + word.slice(i);
        const count = englishCount(candidate);
        if (count > bestCount) [best, bestCount] = [candidate, count];
      }
    }
    return best;
  }

  /** "teh" → "the": the one neighbour swap that makes one of the commonest words. */
  private swapped(word: string): string | undefined {
    for (let i = 0; i + 1 < word.length; i++) {
      const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (englishCount(candidate) >= SHORT_SWAP_COUNT) return candidate;
    }
    return undefined;
  }

  /**
   * "northkorea" → "north korea", "wangwenbin" → "wang wenbin": two words run together, each a word
   * of the articles or a common one (the longer first part wins).
   */
  private split(word: string): string | undefined {
    if (word.length < 6) return undefined;
    const known = (w: string) => this.inArticles(w) || englishCount(w) >= COMMON_COUNT;
    for (let i = word.length - 3; i >= 3; i--) {
      const [a, b] = [word.slice(0, i), word.slice(i)];
      if (known(a) && known(b)) return `${a} ${b}`;
    }
    return undefined;
  }

  private bestEdit(word: string): string | undefined {
    let best: string | undefined;
    let bestScore = 0;
    const common = word.length >= LONG_WORD && englishCount(word) === 0 ? LONG_COMMON_COUNT : COMMON_COUNT;
    for (const candidate of edits(word)) {
      const english = englishCount(candidate);
      // (Of two article words, one a name's word as written wins a tie: "bidne" is "biden", not "binde" read as "bind".)
      const own = this.inArticles(candidate) ? 1e9 + english + (this.names.has(candidate) ? 0.5 : 0) : this.known(candidate) ? 1e6 + english : english >= common ? english : 0;
      // Members seldom mistype a word's first letter: of two article words, "tready" is "treaty", not "ready".
      const score = own >= 1e6 && candidate[0] === word[0] ? own * 2 : own;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}

/** Below this count in everyday English (see `englishCount`), a word after "how" one edit from a measure is that measure ("manny": 693). */
const RARE_AFTER_HOW = 1000;
/** What "how" asks after it ("how long", "how many"): a word one edit from one of these, typed there, is that word. */
const HOW_WORDS = ["long", "old", "many", "much", "often", "far", "soon", "big"];

/** Whether two words are one edit apart (see `edits`). */
function oneEditApart(a: string, b: string): boolean {
  for (const e of edits(a)) if (e === b) return true;
  return false;
}

/** Every string one edit (delete, swap of neighbours, replace, insert) from `w`. */
function* edits(w: string): Generator<string> {
  for (let i = 0; i <= w.length; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (b) yield a + b.slice(1);
    if (b.length > 1) yield a + b[1] + b[0] + b.slice(2);
    for (const c of LETTERS) {
      if (b && c !== b[0]) yield a + c + b.slice(1);
      yield a + c + b;
    }
  }
}
