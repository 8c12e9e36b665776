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

/**
 * States that no longer exist, which `world-countries` (today's countries) leaves out: to a
 * question they are countries all the same ("did the soviet union sign a treaty like this").
 * Name, capital and people's names → the state.
 */
const FORMER_STATES: readonly (readonly string[])[] = [
  ["Soviet Union", "USSR", "Soviet", "Soviets"],
  ["Yugoslavia", "Yugoslav", "Yugoslavs"],
  ["Czechoslovakia", "Czechoslovak"],
  ["East Germany"],
  ["West Germany"],
  ["Rhodesia", "Rhodesian"],
  ["Zaire", "Zairean"],
  ["Prussia", "Prussian"],
];

/** Commoner than this in everyday English, a word is taken as the word, not the place. */
const EVERYDAY_COUNT = 3000;

let names: Set<string> | undefined;
/** Each country's name, capital and people's name (lower case) → the country's common name. */
let countries: Map<string, string> | undefined;

export function isPlaceName(word: string): boolean {
  if (!names) {
    const all = [...countryNames().keys()];
    names = new Set(all.filter((n) => /^\p{L}+$/u.test(n) && englishCount(n) < EVERYDAY_COUNT));
  }
  return names.has(word.toLowerCase());
}

/** The country a name, capital or people's name is of ("Chinese" → China, "Pyongyang" → North Korea, "North Korean" → North Korea), if any. */
export function countryOf(words: string): string | undefined {
  return countryNames().get(words.toLowerCase());
}

function countryNames(): Map<string, string> {
  if (!countries) {
    const all = createRequire(import.meta.url)("world-countries") as Country[];
    countries = new Map([
      ...all.flatMap((c) => [c.name.common, ...(c.capital ?? []), c.demonyms?.eng?.f ?? "", c.demonyms?.eng?.m ?? ""].filter(Boolean).map((n): [string, string] => [n.toLowerCase(), c.name.common])),
      ...FORMER_STATES.flatMap(([state, ...others]) => [state!, ...others].map((n): [string, string] => [n.toLowerCase(), state!])),
    ]);
  }
  return countries;
}

/** The countries whose people's name ends in `word` when it names none itself ("korean" → North Korea, South Korea); none for another word. */
export function countriesOfPeople(word: string): readonly string[] {
  const w = word.toLowerCase();
  if (countryOf(w)) return [];
  return [...new Set([...countryNames()].filter(([name]) => name.endsWith(` ${w}`)).map(([, country]) => country))];
}

/** The people's names of the country `word` names ("japan" → japanese), lower case; none for another word. */
export function demonymsOf(word: string): readonly string[] {
  // The country's own name only: "tokyo" is a city, not the Japanese.
  return peoples().get(word.toLowerCase()) ?? [];
}

let peoplesByCountry: Map<string, string[]> | undefined;
/** Each country's name (lower case) → its one-word people's names other than the name itself. */
function peoples(): Map<string, string[]> {
  if (!peoplesByCountry) {
    const all = createRequire(import.meta.url)("world-countries") as Country[];
    peoplesByCountry = new Map(
      all.map((c) => {
        const name = c.name.common.toLowerCase();
        const names = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((n): n is string => !!n).map((n) => n.toLowerCase());
        return [name, [...new Set(names)].filter((n) => n !== name && !/\s/.test(n))];
      }),
    );
  }
  return peoplesByCountry;
}
