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

/** A post by its office alone, as a story says it after its first mention: "The ambassador", "the spokesman". */
const BARE_OFFICE = /^the ((?:ambassador|envoy|spokes(?:man|woman|person)|minister|premier|representative|diplomat))$/i;

/**
 * The fuller words an article first gives a post a line names by its office alone ("The
 * ambassador" → "China’s ambassador to Pyongyang"), as the article writes them: whose post it is
 * (a capitalised word before the office) and where (" to Pyongyang"). None when the article gives
 * the office more than one such form, or names its holder after it ("spokesman Wang Wenbin": the
 * name says more, see `fullNameIn`).
 */
export function fullOfficeIn(line: string, article: readonly Sentence[]): string | undefined {
  const office = BARE_OFFICE.exec(line)?.[1];
  if (!office) return undefined;
  const fuller = new RegExp(`(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}-]*(?:[’']s)?(?: \\p{Lu}[\\p{L}-]*){0,2} ${office}(?: (?:to|in|for) (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*)?)(?! \\p{Lu})`, "gu");
  const holderNamed = new RegExp(`\\b${office} \\p{Lu}`, "u");
  if (article.some((s) => holderNamed.test(s.text))) return undefined;
  const forms = new Set(article.flatMap((s) => [...s.text.matchAll(fuller)].map((m) => m[1]!)).filter((f) => !/^The\b/.test(f)));
  return forms.size === 1 ? forms.values().next().value : undefined;
}
