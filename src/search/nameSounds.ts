import { OWN_NAME_LETTERS } from "./nameWords.js";
import { remembered } from "./remembered.js";
import { soundsOf } from "./soundAlike.js";
import { KNOWN_COUNT } from "./spelling.js";
import { englishCount } from "./wordFrequency.js";

/** The sounds of a typed word of letters a-z (none for others: "über", "2019"). */
const soundsOfTyped = (word: string): string[] => (/^[a-z]+$/.test(word) ? soundsOfWord(word) : []);
/** Below this count in everyday English, a word sounding as a name's word may be it or one misspelt ("shee" 14, "jong" 0): a name read is tried around it. */
const SUSPECT_COUNT = 1000;
/** The sounds of a typed word, remembered: every question's words are heard, and most come back. */
const soundsOfWord = remembered(10_000, soundsOf);
/** A typed word this common in everyday English is the word, not a name's word misspelt ("leo" is 2,580, "lie" 6,133, "in" far more). */
const COMMON_COUNT = 5000;

/** A word of the message, lower case, and where it stands. */
interface TypedWord {
  word: string;
  start: number;
  end: number;
}

/** The word after the one at `i`, when only spaces stand between them and neither is a common English word: the two may be one name word typed in two parts. */
function joinableNext(words: readonly TypedWord[], i: number, text: string): TypedWord | undefined {
  const next = words[i + 1];
  if (!next || !/^\s+$/.test(text.slice(words[i]!.end, next.start)) || englishCount(words[i]!.word) >= COMMON_COUNT || englishCount(next.word) >= COMMON_COUNT) return undefined;
  return next;
}

interface Name {
  words: string[];
  sounds: string[][];
}

/** A run of typed words read as a name: how many words it takes, how many of the name's words it has as written, and whether it is the name exactly as the alias file writes it. */
interface Reading {
  typed: number;
  written: number;
  exact: boolean;
}

/**
 * "kim jung eun", "kim jong oon", "shee jin ping", "lew shiao ming", "wang wen bin", "bi den": a
 * name typed as it sounds, word by word, is the alias file's name. Each of the name's words is
 * typed as one word or two ("shiao ming" for Xiaoming) that sound as it does (Double Metaphone, as
 * `soundAlike.ts` hears it), none of them a common English word typed for another ("kim jong in
 * 2019" keeps its "in"). There must be evidence of the name: one of its words as written, or a
 * long one ("xiaoming") typed as no English word. A one-word name is only read so from two words
 * that make it exactly ("bi den").
 */
export class NameSounds {
  /** The alias file's names (lower case), each word with its sounds, by their first word's sounds. */
  private readonly byFirstSound = new Map<string, Name[]>();
  /** Every word of those names, and every sound of one: a message with no other word sounding as one holds no name to read (most messages). */
  private readonly nameWords = new Set<string>();
  private readonly nameWordSounds = new Set<string>();
  /** The most words a name has. */
  private longest = 0;

  constructor(variants: readonly string[]) {
    for (const variant of new Set(variants.map((v) => v.toLowerCase()))) {
      const words = variant.split(/[\s-]+/);
      if (!words.every((w) => /^[a-z]+$/.test(w)) || (words.length === 1 && words[0]!.length < OWN_NAME_LETTERS)) continue;
      const name = { words, sounds: words.map(soundsOf) };
      this.longest = Math.max(this.longest, words.length);
      for (const [k, w] of words.entries()) {
        this.nameWords.add(w);
        // (A name's own words, not an office's everyday ones: "leader", "the", "foreign" make no one suspect.)
        if (englishCount(w) < SUSPECT_COUNT) for (const sound of name.sounds[k]!) this.nameWordSounds.add(sound);
      }
      for (const first of name.sounds[0]!) (this.byFirstSound.get(first) ?? this.byFirstSound.set(first, []).get(first)!).push(name);
    }
  }

  /** The text with each name typed as it sounds written as the alias file writes it. */
  correct(text: string): string {
    const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    if (words.length < 2) return text;
    const sounds = words.map((w) => soundsOfTyped(w.word));
    // Where a name's word may be misspelt (most messages have no such word): a name read there starts at most a name's length before it.
    const suspects = words.flatMap((_, i) => (this.suspect(words, sounds, i, text) ? [i] : []));
    if (!suspects.length) return text;
    const mayStartAt = (i: number) => suspects.some((j) => j >= i && j - i < this.longest);
    let out = "";
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      if (!mayStartAt(i)) continue;
      // The name with most words as written ("kim jung eun" is "kim jung un", not "kim jong un").
      let best: { name: Name; reading: Reading } | undefined;
      for (const name of new Set([...sounds[i]!, ...this.joinedSounds(words, i, text)].flatMap((s) => this.byFirstSound.get(s) ?? []))) {
        const reading = this.read(name, words, sounds, i, text);
        if (reading && (!best || reading.written > best.reading.written || (reading.exact && reading.written === best.reading.written))) best = { name, reading };
      }
      if (!best) continue;
      // (A name typed exactly is passed over whole: "kim jung un" holds no "jung un" to read as "jong un".)
      if (!best.reading.exact) {
        out += text.slice(at, words[i]!.start) + best.name.words.join(" ");
        at = words[i + best.reading.typed - 1]!.end;
      }
      i += best.reading.typed - 1;
    }
    return out + text.slice(at);
  }

  /**
   * Whether a name read around the word at `i` is worth trying: the word is a rare one sounding as a name's word ("eun",
   * "shee", "jong"), or it and the next make a name's word, as written or, one of them no English word, as it sounds ("bi
   * den", "shiao ming"). Most messages have none, and are passed over at a look-up or two a word.
   */
  private suspect(words: readonly TypedWord[], sounds: readonly string[][], i: number, text: string): boolean {
    const { word } = words[i]!;
    if (englishCount(word) < SUSPECT_COUNT && sounds[i]!.some((s) => this.nameWordSounds.has(s))) return true;
    const next = joinableNext(words, i, text);
    // (Not two words of a name as written: "jong un" is "Jong Un" as well as "Jongun".)
    if (!next || (this.nameWords.has(word) && this.nameWords.has(next.word))) return false;
    const joined = word + next.word;
    return this.nameWords.has(joined) || ((englishCount(word) < KNOWN_COUNT || englishCount(next.word) < KNOWN_COUNT) && soundsOfWord(joined).some((s) => this.nameWordSounds.has(s)));
  }

  /** The sounds of the word at `i` joined to the next (see `joinableNext`). */
  private joinedSounds(words: readonly TypedWord[], i: number, text: string): string[] {
    const next = joinableNext(words, i, text);
    return next ? soundsOfWord(words[i]!.word + next.word) : [];
  }

  /** The words from `i` read as `name` typed as it sounds (see the class), if they are. */
  private read(name: Name, words: readonly TypedWord[], sounds: readonly string[][], i: number, text: string): Reading | undefined {
    let best: Reading | undefined;
    // Each of the name's words is typed as one word or two: try both, keeping the reading with most words as written.
    const align = (k: number, j: number, written: number, exact: boolean, found: boolean): void => {
      if (k === name.words.length) {
        if ((found || written > 0) && (!best || written > best.written)) best = { typed: j - i, written, exact };
        return;
      }
      for (const parts of [1, 2]) {
        const typed = words.slice(j, j + parts);
        if (typed.length < parts) return;
        // One name: its words stand side by side, with spaces or hyphens between them (no space inside one word typed in two).
        if (j > i && !/^[\s-]+$/.test(text.slice(words[j - 1]!.end, typed[0]!.start))) return;
        if (parts === 2 && !/^\s+$/.test(text.slice(typed[0]!.end, typed[1]!.start))) continue;
        const word = typed.map((t) => t.word).join("");
        const wanted = name.words[k]!;
        if (word === wanted) {
          align(k + 1, j + parts, written + 1, exact && parts === 1, found);
          continue;
        }
        // A one-word name only from two words that make it exactly.
        if (name.words.length === 1 || typed.some((t) => englishCount(t.word) >= COMMON_COUNT)) continue;
        const typedSounds = parts === 1 ? sounds[j]! : soundsOfWord(word);
        if (!typedSounds.some((s) => name.sounds[k]!.includes(s))) continue;
        align(k + 1, j + parts, written, false, found || (wanted.length >= OWN_NAME_LETTERS && englishCount(word) < KNOWN_COUNT));
      }
    };
    align(0, i, 0, true, false);
    return best;
  }
}
