import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { allQuestions, readQuestionFile } from "../../src/eval/evaluate.js";

/** 1,000 different questions: the evaluation questions, then phrases cut from the corpus's own sentences. */
export function benchQuestions(corpusDir: string, n: number): string[] {
  const out = new Set<string>();
  for (const f of ["tests/eval/dev-qa.json", "tests/eval/extra-qa.json"]) {
    for (const q of allQuestions(readQuestionFile(f))) out.add(q);
  }
  const sentences = loadCorpus(corpusDir).sentences;
  const starters = ["what about", "when did", "who said", "how many", "what did", "why", "where is", "tell me about"];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  while (out.size < n) {
    const words = sentences[Math.floor(random() * sentences.length)]!.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 3) continue;
    const from = Math.floor(random() * (words.length - 2));
    const phrase = words.slice(from, from + 2 + Math.floor(random() * 4)).join(" ").replace(/[.,;:!?”“"]+/g, "");
    out.add(`${starters[out.size % starters.length]} ${phrase}`.slice(0, 300));
  }
  return [...out].slice(0, n);
}
