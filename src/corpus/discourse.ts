/**
 * A sentence that says little without the one before it: it opens on a pronoun or a
 * demonstrative ("It accounts for most of the trade", "These are against the backdrop of ...",
 * "The former promised ..."), or on the parties told of there ("Both the sides renewed it in 1981
 * and 2001"),
 * or its subject is one ("For the North, it is the nuclear talks", "Actions of this nature could
 * include education ..."). The index finds it by the words of the sentence before; an answer
 * shows it after that sentence.
 */
const LEANS_ON_PREVIOUS = /^(?:[“"‘']\s*)?(?:it|this|these|that|those|such|they|there|the former|the latter|both (?:the )?sides|the two (?:sides|countries|nations|parties))\b|^[^,]{0,40}, (?:it|this|these|that|they) (?:is|are|was|were)\b|\b(?:of this nature|these are|this is)\b/i;

export function leansOnPrevious(text: string): boolean {
  return LEANS_ON_PREVIOUS.test(text);
}

/**
 * A sentence that points back to the one before in other ways: "He added that ..." (whose words,
 * the sentence before says), "The intention is to ...", "The ambassador made these observations
 * ...", "The US has spearheaded those sanctions ...". A passage shows the two together, as for
 * `leansOnPrevious`; but the index does not give it the words of the one before, as it does a
 * sentence that leans (for one opening on "he" or "she", only the people named there): found by
 * them, such a sentence outranks the one that has them ("The intention is to move towards a
 * political settlement" above "It accounts for most of the trade with the North" for "who does
 * most of nk's trading with").
 */
const POINTS_BACK = /^(?:[“"‘']\s*)?(?:he|she)\b|^the (?:intention|aim|goal|purpose|idea|plan|hope|point) (?:is|was|would be) to\b|\b(?:these|those) [a-z]+s\b/i;

export function pointsBack(text: string): boolean {
  return leansOnPrevious(text) || POINTS_BACK.test(text);
}
