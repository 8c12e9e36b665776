import { soundsOf } from "./soundAlike.js";
import { englishCount } from "./wordFrequency.js";

/**
 * "kim jung eun", "kim jong oon", "shee jin ping": a name of two or more words typed as it
 * sounds, word by word, is the alias file's name. Each typed word sounds as the name's word does
 * (Double Metaphone, as `soundAlike.ts` hears it), at least one is the name's word as written, and
 * none that is not is a common English word: "kim jong in 2019" keeps its "in".
 */
/** A typed word this common in everyday English is the word, not a name's word misspelt ("shee" is 14, "lie" 6,133). */
const COMMON_COUNT = 1000;
export class NameSounds {
  /** The names of two or more words (lower case), each word with its sounds, by their first word's sounds. */
  private readonly byFirstSound = new Map<string, { words: string[]; sounds: string[][] }[]>();

  constructor(variants: readonly string[]) {
    for (const variant of new Set(variants.map((v) => v.toLowerCase()))) {
      const words = variant.split(/[\s-]+/);
      if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
      const name = { words, sounds: words.map(soundsOf) };
      for (const first of name.sounds[0]!) (this.byFirstSound.get(first) ?? this.byFirstSound.set(first, []).get(first)!).push(name);
    }
  }

  /** The text with each name typed as it sounds written as the alias file writes it. */
  correct(text: string): string {
    const words = [...text.matchAll(/\p{L}+/gu)];
    if (words.length < 2) return text;
    const sounds = words.map((w) => (/^[a-z]+$/i.test(w[0]) ? soundsOf(w[0].toLowerCase()) : []));
    let out = "";
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      // The name with most words as written ("kim jung eun" is "kim jung un", not "kim jong un"); none when one is typed exactly.
      let [name, written] = [undefined as { words: string[] } | undefined, 0];
      for (const n of sounds[i]!.flatMap((s) => this.byFirstSound.get(s) ?? [])) {
        const w = this.writtenWords(n, words, sounds, i, text);
        if (w > written) [name, written] = [n, w];
      }
      if (!name) continue;
      // (A name typed exactly is passed over whole: "kim jung un" holds no "jung un" to read as "jong un".)
      if (written === name.words.length) {
        i += name.words.length - 1;
        continue;
      }
      const last = words[i + name.words.length - 1]!;
      out += text.slice(at, words[i]!.index) + name.words.join(" ");
      at = last.index + last[0].length;
      i += name.words.length - 1;
    }
    return out + text.slice(at);
  }

  /** How many of the words from `i` are `name`'s as written, when they are the name typed as it sounds (see the class); else 0. */
  private writtenWords(name: { words: string[]; sounds: string[][] }, words: RegExpExecArray[], sounds: string[][], i: number, text: string): number {
    const typed = words.slice(i, i + name.words.length);
    if (typed.length < name.words.length) return 0;
    // One name: the words stand side by side, with spaces or hyphens between them.
    for (let k = 1; k < typed.length; k++) if (!/^[\s-]+$/.test(text.slice(typed[k - 1]!.index + typed[k - 1]![0].length, typed[k]!.index))) return 0;
    let written = 0;
    for (const [k, w] of typed.entries()) {
      const word = w[0].toLowerCase();
      if (word === name.words[k]) written++;
      else if (englishCount(word) >= COMMON_COUNT || !sounds[i + k]!.some((s) => name.sounds[k]!.includes(s))) return 0;
    }
    return written;
  }
}
