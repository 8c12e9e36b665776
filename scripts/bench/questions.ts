import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { allQuestions, readQuestionFile } from "../../src/eval/evaluate.js";
import { loadLexicon } from "../../src/search/lexicon.js";

/**
 * `n` different questions: the evaluation questions, then, alternately, phrases cut from the
 * corpus's own sentences ("who said the jury") and a treaty word beside an everyday word of
 * the corpus ("when was treaty election", "who said Kim county"), as members mix them.
 * Deterministic: the same corpus always gives the same questions in the same order.
 */
export function benchQuestions(corpusDir: string, n: number): string[] {
  const out = new Set<string>();
  for (const f of ["tests/eval/dev-qa.json", "tests/eval/extra-qa.json"]) {
    for (const q of allQuestions(readQuestionFile(f))) out.add(q);
  }
  const sentences = loadCorpus(corpusDir).sentences;
  const lexicon = loadLexicon(corpusDir);
  // Treaty words: the thesaurus's single words and the first word of each name ("Kim", "Xi", "Pyongyang").
  const treatyWords = [...new Set([...lexicon.synonyms.flat().filter((w) => !w.includes(" ")), ...lexicon.entities.map((e) => e.name.split(" ")[0]!)])];
  const starters = ["what about", "when did", "who said", "how many", "what did", "why", "where is", "tell me about", "when was", "what is"];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  while (out.size < n) {
    const words = wordsOf(pick(sentences).text);
    if (words.length < 3) continue;
    const starter = starters[out.size % starters.length]!;
    if (out.size % 2 === 0) {
      const from = Math.floor(random() * (words.length - 2));
      const phrase = words.slice(from, from + 2 + Math.floor(random() * 4)).join(" ").replace(/[.,;:!?”“"]+/g, "");
      out.add(`${starter} ${phrase}`.slice(0, 300));
    } else {
      const everyday = words.map((w) => w.replace(/[.,;:!?”“"()]+/g, "")).filter((w) => /^\p{L}{4,}$/u.test(w));
      if (everyday.length === 0) continue;
      out.add(`${starter} ${pick(treatyWords)} ${pick(everyday).toLowerCase()}`);
    }
  }
  return [...out].slice(0, n);
}
