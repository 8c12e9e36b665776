/**
 * Acronyms the articles spell out but never write: "NSC" for "National Security Council", which a
 * member types though no sentence has it. Read from the sentences: the initials of every stretch
 * of two to six capitalised words in a row (a small word such as "of" may stand between them:
 * "Communist Party of China" is CPC). An acronym two different phrases share is left out.
 */

/** A run of capitalised words, with "of", "the", "and", "for", "on" allowed between two of them. */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}’'.-]*(?:(?: (?:of|the|and|for|on))* \p{Lu}[\p{L}’'.-]*)+/gu;
const MAX_WORDS = 6;

/** Acronym (lower case) → the phrase it stands for, as the articles write it. */
export function acronymsOf(texts: Iterable<string>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const text of texts) {
    for (const run of text.matchAll(CAPITALISED_RUN)) {
      const words = [...run[0].matchAll(/\p{Lu}[\p{L}’'.-]*/gu)];
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 2; j <= Math.min(words.length, i + MAX_WORDS); j++) {
          const acronym = words.slice(i, j).map((w) => w[0][0]).join("").toLowerCase();
          const phrase = run[0].slice(words[i]!.index, words[j - 1]!.index + words[j - 1]![0].length);
          const known = found.get(acronym);
          if (known === undefined) found.set(acronym, phrase);
          else if (known !== null && known.toLowerCase() !== phrase.toLowerCase()) found.set(acronym, null); // ambiguous
        }
      }
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}
