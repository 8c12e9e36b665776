import type { Article, Sentence } from "./types.js";

/** An article's headline as a sentence of its text: the title its file gives, standing first (none when the title was taken from the text). */
export function headlineSentence(article: Article): Sentence | undefined {
  const first = article.sentences[0];
  return first && !article.titleFromText && first.text === article.title ? first : undefined;
}
