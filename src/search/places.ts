import { createRequire } from "node:module";
import { englishCount } from "./wordFrequency.js";

/**
 * Names of countries, their peoples and their capitals (npm `world-countries`): in a question
 * they are as decisive as a person's name ("what did Japan say", "russias take on the treaty"),
 * though everyday English knows them well enough to call them common. Only one-word names
 * count, and none that is also an everyday word ("turkey", "chad").
 */
interface Country {
  name: { common: string };
  capital?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
}

/** Commoner than this in everyday English, a word is taken as the word, not the place. */
const EVERYDAY_COUNT = 3000;

let names: Set<string> | undefined;

export function isPlaceName(word: string): boolean {
  if (!names) {
    const countries = createRequire(import.meta.url)("world-countries") as Country[];
    const all = countries.flatMap((c) => [c.name.common, ...(c.capital ?? []), c.demonyms?.eng?.f ?? "", c.demonyms?.eng?.m ?? ""]);
    names = new Set(all.map((n) => n.toLowerCase()).filter((n) => /^\p{L}+$/u.test(n) && englishCount(n) < EVERYDAY_COUNT));
  }
  return names.has(word.toLowerCase());
}
