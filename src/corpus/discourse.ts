/**
 * A sentence that says little without the one before it: it opens on a pronoun or a
 * demonstrative ("It accounts for most of the trade", "These are against the backdrop of ...",
 * "The former promised ..."),
 * or its subject is one ("For the North, it is the nuclear talks", "Actions of this nature could
 * include education ..."). The index finds it by the words of the sentence before; an answer
 * shows it after that sentence.
 */
const LEANS_ON_PREVIOUS = /^(?:[“"‘']\s*)?(?:it|this|these|that|those|such|they|there|the former|the latter)\b|^[^,]{0,40}, (?:it|this|these|that|they) (?:is|are|was|were)\b|\b(?:of this nature|these are|this is)\b/i;

export function leansOnPrevious(text: string): boolean {
  return LEANS_ON_PREVIOUS.test(text);
}
