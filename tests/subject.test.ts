import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../src/corpus/loadCorpus.js";
import { buildAnswerer } from "../src/pipeline.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);

/** The bundled articles with texts beside them that are about something else, as the benchmark's Brown texts are. */
const dir = tempCorpus(
  {
    "900_paris.txt": "Paris is the capital of France.\nThe capital of France has many bakeries.\nVisitors to the capital buy bread every morning.\n",
    "901_kitchen.txt": "A good pizza needs a hot oven.\nThe best pizza topping is a matter of taste.\nBake the bread for forty minutes.\n",
    // A moderator's short article about the treaty that names no one of the alias file.
    "902_geneva.txt": "The treaty was discussed in Geneva in 2024.\n",
  },
  "corpus",
);
const answerer = buildAnswerer(dir);

describe("answers come from articles about the bot's subject (src/answer/subject.ts)", () => {
  it("refuses a question only other texts answer when it names nothing of the subject", () => {
    expect(answerer.answer("what is the capital of France").answered).toBe(false);
    expect(answerer.answer("how long do i bake the bread").answered).toBe(false);
    // Nor does a place another text names make it one the articles name: no treaty sentence names France.
    expect(answerer.answer("who is the president of france").answered).toBe(false);
  });

  it("still answers from the articles, and from any text when the question names someone of the alias file", () => {
    expect(answerer.answer("when was it renewed").passages[0]?.sentence.text).toBe("Both the sides renewed it in 1981 and 2001, and it could get another extension.");
    // Without a name, the bakeries of Paris are no answer; with one, every text is searched.
    const withName = answerer.answer("did kim buy bread in the capital", { refuse: false });
    expect(withName.passages.some((p) => p.sentence.articleId.startsWith("90"))).toBe(true);
  });

  it("counts a short article about the treaty as on the subject, though it names no one of the alias file", () => {
    expect(answerer.answer("where was the treaty discussed in 2024").passages[0]?.text).toBe("The treaty was discussed in Geneva in 2024.");
    expect(answerer.answer("what happened in geneva", { refuse: false }).passages[0]?.text).toBe("The treaty was discussed in Geneva in 2024.");
  });
});

describe("the words of a speaker only a story on another subject names", () => {
  const beside = tempCorpus(
    {
      // Russia speaks here, of grain: its words are none on the treaty.
      "905_grain.txt": "Russia thinks the grain harvest will be good this year.\nRussia said grain exports will rise.\nFarmers in the south sowed wheat in April.\n",
    },
    "corpus",
  );
  const answerer = buildAnswerer(beside);
  // Without the down-ranking of other subjects, as among the 500 Brown texts, where "Russia" is rarer
  // than "treaty", that story ranks among the best.
  answerer.search.useParams({ ...answerer.search.params, offSubject: 1 });

  it("are refused, though that story ranks among the best", () => {
    expect(answerer.subject.has("905_grain")).toBe(false);
    expect(answerer.answer("what does russia think of the treaty", { refuse: false }).passages.some((p) => p.sentence.articleId === "905_grain")).toBe(true);
    expect(answerer.answer("what does russia think of the treaty").answered).toBe(false);
    expect(answerer.answer("what did russia say about the treaty").answered).toBe(false);
    // A speaker the treaty's stories name is still answered.
    expect(answerer.answer("what did wang say about the treaty").answered).toBe(true);
  });
});

describe("a sentence of an article about something else ranks below the subject's own (offSubject)", () => {
  const beside = tempCorpus(
    {
      // A text about another treaty, that says "treaty" and "renewed" more often than any sentence of the articles.
      "903_fishing.txt": "The fishing treaty was renewed in 1990, renewed in 2000 and renewed again in 2010 by the two ports.\nThe harbour master kept the nets dry.\nBoats left the harbour at dawn.\n",
    },
    "corpus",
  );
  const ranked = buildAnswerer(beside);
  const firstArticle = (offSubject: number) => {
    ranked.search.useParams({ ...ranked.search.params, offSubject });
    return ranked.answer("when was the treaty renewed", { refuse: false }).passages[0]!.sentence.articleId;
  };

  it("keeps the off-subject text first without the factor, and puts the treaty's stories first with the fitted one", () => {
    expect(ranked.subject.has("903_fishing")).toBe(false);
    expect(firstArticle(1)).toBe("903_fishing");
    expect(firstArticle(0.6)).not.toBe("903_fishing");
  });
});

describe("a question made only of the subject asks what it is", () => {
  it("gets a story's lead first (its first two sentences, the headline aside), and other questions are ranked as before", () => {
    for (const q of ["whats the deal w the nk treaty", "china nk alliance?", "tell me about the china north korea treaty pls"]) {
      const first = answerer.answer(q).passages[0]!.sentence;
      expect({ q, position: first.position, about: answerer.subject.has(first.articleId) }).toEqual({ q, position: expect.any(Number), about: true });
      const article = answerer.article(first.articleId)!;
      const headline = !article.titleFromText && article.sentences[0]!.text === article.title ? 1 : 0;
      expect(first.position - headline).toBeGreaterThanOrEqual(0);
      expect(first.position - headline).toBeLessThanOrEqual(1);
    }
    // A headline names the story; the lead says what the treaty is.
    expect(answerer.answer("whats the deal w the nk treaty").passages[0]!.text).toBe("A treaty of friendship, cooperation and mutual assistance binds China and North Korea.");
    expect(answerer.answer("when was it renewed").passages[0]?.sentence.text).toBe("Both the sides renewed it in 1981 and 2001, and it could get another extension.");
  });
});

describe("a search limited to the sentences about the subject", () => {
  it("finds exactly those a full search finds among them, in the same order", () => {
    const only = answerer.subject.sentences();
    expect(only.reduce((a, b) => a + b, 0)).toBe(answerer.corpus.sentences.length - 6); // the six sentences of the Paris and kitchen texts
    for (const q of ["the capital bread treaty", "when was it renewed", "bake the bread in the oven"]) {
      const plan = answerer.search.plan(q);
      const ord = new Map(answerer.corpus.sentences.map((s, i) => [s.id, i]));
      const full = answerer.search.searchPlan(plan, 200).filter((h) => only[ord.get(h.sentence.id)!]);
      const limited = answerer.search.searchPlan(plan, 200, only);
      expect(limited.map((h) => [h.sentence.id, h.score])).toEqual(full.map((h) => [h.sentence.id, h.score]));
    }
  });
});

describe("whether a new article would count as about the subject (the /add-source preview warns when not)", () => {
  const article = (title: string, ...texts: string[]) => {
    return parseArticle("new.txt", `---\ntitle: ${title}\n---\n${texts.join("\n")}\n`, 99);
  };
  it("counts a title or enough sentences that name the subject, not a text about something else", () => {
    expect(answerer.subject.wouldInclude(article("Ferry notes", "The ferry between Dandong in China and Sinuiju in North Korea resumed its crossings."))).toBe(true);
    expect(answerer.subject.wouldInclude(article("Treaty talks in Geneva", "The envoys met on Friday.", "They spoke for an hour."))).toBe(true);
    expect(answerer.subject.wouldInclude(article("Bakery notes", "The bakery sells rye bread.", "It opens at six."))).toBe(false);
  });
});
