/**
 * The engine's switchable parts: all on in the bot; the evaluation switches them on one at a
 * time. `JSON.stringify(features)` is part of the saved index's hash, so keep the key order.
 */
export interface Features {
  /** Porter2 stemming and stop words (off: every word as it is). */
  stem: boolean;
  /** Names in any variant become one entity term. */
  aliases: boolean;
  /** Thesaurus neighbours join the query at reduced weight. */
  thesaurus: boolean;
  /** A word the index does not know matches index terms one edit away ("renwed"). */
  fuzzy: boolean;
  /** "when" wants dates, "who" people, "how many" numbers, "what did X say" reported speech. */
  answerType: boolean;
  /** Rank by IDF-weighted coverage of the question as well as BM25. */
  coverage: boolean;
  /** Words adjacent in the question and in the sentence ("hostile forces", "Wang Wenbin") count more. */
  proximity: boolean;
  /** A sentence opening with "He"/"She", or naming "the two leaders", is also found by the people named just before it; one that leans on the sentence before ("It accounts for ...", "For the North, it is ..."), by all its words. */
  pronouns: boolean;
  /** Everyday phrases and demonyms of chat questions find the articles' wording ("still on" → remains in effect). */
  chat: boolean;
  /** Question words weigh by their rarity in everyday English as well as in the articles. */
  englishWeights: boolean;
  /** A question word the articles never use finds the article words WordNet gives the same sense. */
  related: boolean;
}

export const ALL_FEATURES: Features = {
  stem: true,
  aliases: true,
  thesaurus: true,
  fuzzy: true,
  answerType: true,
  coverage: true,
  proximity: true,
  pronouns: true,
  chat: true,
  englishWeights: true,
  related: true,
};
