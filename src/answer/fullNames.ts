import type { Sentence } from "../corpus/types.js";
import type { Analyzer } from "../search/analyzer.js";

/** A name of one word: what a story calls a person after its first mention ("Wang said."). */
const ONE_WORD_NAME = /^\p{Lu}[\p{L}’'-]+$/u;

/**
 * The full name an article gives the person a lone surname of its names ("Wang" → "Wang
 * Wenbin"), as the article writes it (its canonical spelling first): what a direct line states,
 * so that "who said the peninsula is china's doorstep" is answered by a name, not a surname.
 * None when the article names another person with that word too ("Kim" beside "Kim Il Sung" and
 * "Sung Kim": whose?), or never writes the person's full name.
 */
export function fullNameIn(line: string, article: readonly Sentence[], analyzer: Analyzer): string | undefined {
  if (!ONE_WORD_NAME.test(line)) return undefined;
  const own = analyzer.entities(line);
  const person = own.length === 1 && own[0]!.start === 0 && own[0]!.end === line.length && own[0]!.entity.kind === "person" ? own[0]!.entity : undefined;
  if (!person) return undefined;
  const word = new RegExp(`(?<![\\p{L}-])${line}(?![\\p{L}-])`, "u");
  const written = new Set<string>();
  for (const sentence of article) {
    for (const m of analyzer.entities(sentence.text)) {
      const name = sentence.text.slice(m.start, m.end);
      if (m.entity.kind !== "person" || name === line || !word.test(name)) continue;
      if (m.entity !== person) return undefined;
      written.add(name);
    }
  }
  return written.has(person.name) ? person.name : written.values().next().value;
}
