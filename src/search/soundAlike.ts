import { doubleMetaphone } from "double-metaphone";
import { remembered } from "./remembered.js";

/**
 * "sankshuns" → sanctions, "ambasader" → ambassador, "renue" → renew, "shinhua" → Xinhua: a
 * word spelt as it sounds, two or more letters from the article word, which the one-edit speller
 * (`spelling.ts`) cannot reach. The article word (an index term) that sounds the same by Double
 * Metaphone ("sh" and "s" alike, as misspellers hear them), and is less than half its letters
 * from the typed stem (or its written word from the typed word), is meant; the closest, then the
 * commonest in the articles.
 *
 * The terms' sounds (about 0.15 s of Double Metaphone at 57k sentences) are saved with the index
 * (`toJSON`) and read back from it; otherwise they are worked out on the first word that needs
 * them, or by `prepare` in a bot process before it connects.
 */
/** Terms shorter than this are not looked up by sound: too many short words sound alike. */
const MIN_LETTERS = 4;
/** A term whose sound is only the start of the typed word's ("denuclear" for "denuclearizashun") must be this much of it. */
const MIN_PREFIX_SOUNDS = 4;
/** Typed words remembered. */
const REMEMBERED = 10_000;

/** An index term with a word the sentences write for it, their sounds, and how many sentences use it. */
interface SoundingTerm {
  /** Its number in the vocabulary. */
  id: number;
  term: string;
  word: string | undefined;
  sounds: string[];
  count: number;
}

export class SoundAlike {
  /** First sound → the terms of that first sound, with their sounds and sentence counts; built on first use. */
  private byFirstSound?: Map<string, SoundingTerm[]>;
  /** The term a typed word sounds like, if any; remembered, as corrections are. */
  readonly termFor = remembered(REMEMBERED, (word: string) => this.find(word));

  constructor(
    /** The index terms (stems), and how many sentences use each. */
    private readonly vocabulary: readonly string[],
    private readonly docFreq: ArrayLike<number>,
    /** The stem of a typed word (the index's analyzer). */
    private readonly stem: (word: string) => string | undefined,
    /** A word of the sentences that a term stands for ("relations" for "relat"): its sound is the term's too, since stems lose endings a member spells out. */
    private readonly wordOf: (term: string) => string | undefined,
    /** The terms' sounds as `toJSON` gave them for the same index (saved with it), so that they are not worked out again. */
    private saved?: readonly (string | null)[],
  ) {}

  private find(word: string): string | undefined {
    const typed = this.stem(word) ?? word;
    // ("renood": a past tense spelt as heard, its "d" after a vowel, which the stemmer does not take for "-ed".)
    const past = /[aeiouwy]d$/.test(word) && !/ed$/.test(word) ? [word.slice(0, -1)] : [];
    const sounds = [...new Set([typed, word, ...past].flatMap(soundsOf))];
    let best: { term: string; distance: number; count: number } | undefined;
    for (const first of new Set(sounds.map((s) => s[0] ?? ""))) {
      for (const { term, word: written, sounds: termSounds, count } of this.termsSounding(first)) {
        if (!termSounds.some((t) => sounds.some((s) => s === t || (t.length >= MIN_PREFIX_SOUNDS && s.startsWith(t))))) continue;
        // Letters apart: the typed stem from the term, or the typed word from the term's written word, whichever is closer.
        const [distance, length] = [Math.min(...[typed, ...past].map((t) => editDistance(t, term))), Math.max(typed.length, term.length)];
        const [wordDistance, wordLength] = written ? [editDistance(word, written), Math.max(word.length, written.length)] : [Infinity, 0];
        if (distance * 2 >= length && wordDistance * 2 >= wordLength) continue;
        if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { term, distance, count };
      }
    }
    return best?.term;
  }

  private termsSounding(first: string): readonly SoundingTerm[] {
    return this.prepare().get(first) ?? [];
  }

  /** Works out the terms' sounds now (a bot process, before members ask: see `Answerer.prepare`). */
  prepare(): Map<string, SoundingTerm[]> {
    if (this.byFirstSound) return this.byFirstSound;
    const byFirstSound = new Map<string, SoundingTerm[]>();
    const saved = this.saved;
    this.saved = undefined;
    for (const [id, term] of this.vocabulary.entries()) {
      const savedSounds = saved?.[id];
      if (saved ? savedSounds === null : term.length < MIN_LETTERS || !/^[a-z]+$/.test(term)) continue;
      const word = this.wordOf(term);
      const sounds = typeof savedSounds === "string" ? savedSounds.split(" ") : [...new Set([...soundsOf(term), ...(word ? soundsOf(word) : [])])];
      for (const f of new Set(sounds.map((s) => s[0] ?? ""))) {
        const terms = byFirstSound.get(f) ?? byFirstSound.set(f, []).get(f)!;
        terms.push({ id, term, word, sounds, count: this.docFreq[id] ?? 0 });
      }
    }
    return (this.byFirstSound = byFirstSound);
  }

  /** Each vocabulary term's sounds, space-separated (null for a term not looked up by sound), in vocabulary order: saved with the index. */
  toJSON(): (string | null)[] {
    const out: (string | null)[] = this.vocabulary.map(() => null);
    for (const terms of this.prepare().values()) for (const { id, sounds } of terms) out[id] = sounds.join(" ");
    return out;
  }
}

/** A word's Double Metaphone keys, with "sh" heard as "s" ("speshul", "special") and "tsh" as "sh" ("sanctshuns", "sanctions"). */
export function soundsOf(word: string): string[] {
  return [...new Set(doubleMetaphone(word).map((k) => k.replace(/TX/g, "X").replace(/X/g, "S")))];
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
