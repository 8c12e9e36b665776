import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/corpus/loadCorpus.js";
import { buildAnswerer, buildQuoteIndex } from "../src/pipeline.js";
import { attributeQuotes } from "../src/quotes/attribute.js";
import { findArticleQuotations } from "../src/quotes/extract.js";
import { People } from "../src/quotes/people.js";
import { Analyzer } from "../src/search/analyzer.js";
import { loadLexicon } from "../src/search/lexicon.js";

const index = buildQuoteIndex(buildAnswerer("corpus"));
const UPI = "000_800dbf628b9ad5a2";
const AL_JAZEERA_DIGEST = "001_5d10eb6f8a2f4716";
const PRESS_TV = "002_c65d8ed23b62bfbf";
const XINHUA_DIGEST = "003_e8f4dc851b155d07";

/** The one quote of `article` whose text starts with `start`. */
function quote(article: string, start: string) {
  const found = index.quotes.filter((q) => q.articleId === article && q.text.startsWith(start));
  expect(found, `one quote starting "${start}" in ${article}`).toHaveLength(1);
  return found[0]!;
}

describe("attribution on the real articles", () => {
  it.each([
    // pattern,                                   article,            quote starts with,                          speaker,        rule,               via
    ["“...,” X said",                             UPI,                "remains in force",                         "Wang Wenbin",  "after-quote",      "name"],
    ["“...,” the Chinese spokesman said",         UPI,                "China will continue to play",              "Wang Wenbin",  "after-quote",      "name"],
    ["X said ... that the treaty was a “...”",    UPI,                "strategic decision",                       "Wang Wenbin",  "before-quote",     "name"],
    ["X, who referred to ... as “...”, said",     UPI,                "China's doorstep",                         "Wang Wenbin",  "before-quote",     "relative"],
    ["X, who ..., said Y is “...”",               UPI,                "actively engaging",                        "Wang Wenbin",  "before-quote",     "name"],
    ["X told the envoy that ... “...”",           UPI,                "gaining concessions",                      "Liu Xiaoming", "before-quote",     "name"],
    ["the former promised “...”",                 AL_JAZEERA_DIGEST,  "to a new stage",                           "Xi Jinping",   "before-quote",     "former-latter"],
    ["In his message, he said: “...”",            AL_JAZEERA_DIGEST,  "The comradely trust",                      "Kim Jong-un",  "before-quote",     "pronoun"],
    ["X cautioned ... “...”",                     AL_JAZEERA_DIGEST,  "both dialogue",                            "Kim Jong-un",  "before-quote",     "name"],
    ["North Korean leader X said it is “...”",    PRESS_TV,           "the fixed stand",                          "Kim Jong-un",  "before-quote",     "name"],
    ["second partial quote, ..., the KCNA said",  PRESS_TV,           "ceaselessly develop",                      "Kim Jong-un",  "before-quote",     "name"],
    ["“...,” X was quoted as saying",             PRESS_TV,           "Despite the unprecedentedly",              "Kim Jong-un",  "after-quote",      "name"],
    ["The treaty, he said, is ... “...”",         PRESS_TV,           "now that the hostile forces",              "Kim Jong-un",  "before-quote",     "pronoun"],
    ["the Chinese president also said ... “...”", PRESS_TV,           "by steadily leading",                      "Xi Jinping",   "before-quote",     "name"],
    ["He said that ... “...”",                    PRESS_TV,           "will continue to play",                    "Wang Wenbin",  "before-quote",     "pronoun"],
    ["“...,” Wang said. “...” (next sentence)",   PRESS_TV,           "The issue of the Korean Peninsula",        "Wang Wenbin",  "continuation",     "name"],
    ["the US president said ... “...” (role)",    PRESS_TV,           "through diplomacy",                        "Joe Biden",    "before-quote",     "name"],
    ["X has ruled out “...”, saying",             PRESS_TV,           "any contact",                              "Ri Son-gwon",  "main-clause",      "name"],
    ["..., saying ... would lead “...”",          PRESS_TV,           "nowhere",                                  "Ri Son-gwon",  "main-clause",      "name"],
    ["“...,\" X said in a statement",             PRESS_TV,           "We are not considering",                   "Ri Son-gwon",  "after-quote",      "name"],
    ["Xinhua reported X as saying that ... “...”",XINHUA_DIGEST,      "to strengthen strategic communication",    "Xi Jinping",   "quoted-as-saying", "name"],
    ["X added that “...”",                        XINHUA_DIGEST,      "China firmly supports",                    "Xi Jinping",   "before-quote",     "name"],
    ["“...,” X concluded.",                       XINHUA_DIGEST,      "The Chinese side stands ready",            "Xi Jinping",   "after-quote",      "name"],
    ["X, in his message, said that “...”",        XINHUA_DIGEST,      "the signing of the treaty",                "Kim Jong-un",  "before-quote",     "name"],
    ["X said, “...”",                             XINHUA_DIGEST,      "It is the unswerving position",            "Kim Jong-un",  "before-quote",     "name"],
    ["He added that X “...”",                     XINHUA_DIGEST,      "will attach greater importance",           "Kim Jong-un",  "before-quote",     "pronoun"],
    ["“...,” the KCNA quoted X as saying",        XINHUA_DIGEST,      "It is the firm stand",                     "Kim Jong-un",  "quoted-as-saying", "name"],
    ["X, while referring to the treaty, said: “...”", XINHUA_DIGEST,  "We will earnestly implement",              "Wang Wenbin",  "before-quote",     "name"],
  ])("%s", (_pattern, article, start, speaker, rule, via) => {
    const q = quote(article, start);
    expect(q).toMatchObject({ speaker, attribution: { speaker, rule, via } });
  });

  it.each([
    ["an unnamed expert: “As expert comments - “...”", AL_JAZEERA_DIGEST, "And the closer they get"],
    ["the ambassador, whom the article does not name", AL_JAZEERA_DIGEST, "new starting point"],
    ["the same sentence, second quote", AL_JAZEERA_DIGEST, "enduring and unbreakable"],
    ["Pyongyang (a government), though a person is named later in the sentence", PRESS_TV, "hostile policy"],
    ["“It also highlighted”: the news agency", XINHUA_DIGEST, "ensuring peace and stability"],
  ])("leaves a quote without a clear speaker unattributed: %s", (_why, article, start) => {
    const q = quote(article, start);
    expect(q.speaker).toBeUndefined();
    expect(q.attribution).toEqual({});
  });

  it("keeps the exact text and the citation of every quote", () => {
    const answerer = buildAnswerer("corpus");
    for (const q of index.quotes) {
      const article = answerer.article(q.articleId)!;
      expect(article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.citation).toMatchObject({ n: article.n, articleId: article.id, title: article.title });
    }
  });
});

describe("attribution patterns the articles do not use", () => {
  const people = new People(loadLexicon("corpus"));
  const attribute = (text: string) => {
    const article = parseArticle("test.txt", text, 1);
    const spans = findArticleQuotations(article.body);
    return spans.map((s, i) => ({ text: article.body.slice(s.start, s.end), ...attributeQuotes(article, spans, people)[i] }));
  };

  it("“...,” said X", () => {
    expect(attribute("“We stand together,” said Wang Wenbin on Wednesday.")[0]).toMatchObject({ speaker: "Wang Wenbin", rule: "inverted" });
  });

  it("a quote spanning a sentence boundary, attributed after its last sentence", () => {
    expect(attribute("“We will fight. We will win,” Kim said.")[0]).toMatchObject({ text: "We will fight. We will win,", speaker: "Kim Jong-un", rule: "after-quote" });
  });

  it("“X said:” at the end of the line before the quote", () => {
    expect(attribute("Xi said:\n“Our friendship is as firm as a rock.”")[0]).toMatchObject({ speaker: "Xi Jinping", rule: "before-quote" });
  });

  it("never takes a person who is not the subject of the speech verb", () => {
    expect(attribute("After meeting Kim, the ambassador said “the talks went well.”")[0]!.speaker).toBeUndefined();
  });

  it("does not carry a speaker over a quote someone else is credited with", () => {
    const [first, second] = attribute("“We stand together,” Wang said. “The door is open,” the ministry said.");
    expect(first!.speaker).toBe("Wang Wenbin");
    expect(second!.speaker).toBeUndefined();
  });

  it("does not carry a speaker into the next paragraph", () => {
    const [, second] = attribute("“We stand together,” Wang said.\n“The door is open.”");
    expect(second!.speaker).toBeUndefined();
  });
});

describe("alias file roles", () => {
  it("name a speaker for quotes but are no search terms", () => {
    const lexicon = loadLexicon("corpus");
    expect(new People(lexicon).mentions("after the US president said")).toEqual([expect.objectContaining({ person: "Joe Biden" })]);
    const terms = new Analyzer(lexicon).terms("after the US president said");
    expect(terms).not.toContain("@joe-biden");
    expect(terms).toContain("@united-states");
  });
});
