/**
 * Questions as a learner of English or a phone's autocorrect puts them, asked as a fluent member
 * would: "who is sign the treaty" (who signed), "what is mean dprk" (what does it mean), "wood
 * have" (would have), "how many time" (how many times).
 */
/**
 * Words autocorrect puts for others that sound the same, where the next word shows which was meant:
 * "wood have" (would), "four the treaty" (for), "there names" (their), "did they meat" (meet).
 */
const SOUND_ALIKE: readonly [RegExp, string][] = [
  [/\bwood(?= (?:have|be|not|you|they|it|he|she|we|i|china|nk)\b)/gi, "would"],
  [/\bfour(?= (?:the|a|an|their|its|his|her|them|it|him|me|us|this|that)\b)/gi, "for"],
  [/\bthere(?= (?:names?|leaders?|own|ambassadors?|messages?|msgs?|countries|country|governments?|envoys?|relationship|relations|ties|friendship|sides?)\b)/gi, "their"],
  [/(?<=\b(?:to|they|we|did|will|would|first|finally|not|never|leaders) )meat\b/gi, "meet"],
  // "did they sing the treaty", "singed the pact": its signing, typed with two letters swapped (a word of its own, so the speller leaves it).
  [/\bsing(ed|s|ing)?(?= (?:the|a|this|that|their|its|teh) (?:(?:friendship|defen[cs]e|1961|og|original|whole) )?(?:treaty|treay|pact|deal|agreement|accord)\b)|\bsinged(?= (?:the|a|this|that|it)\b)/gi, "sign$1"],
  // "the massages from xi and kim", "kims massage": messages, beside the leaders who sent them.
  [/\bmassage(s?)(?= (?:from|to|between|of|that|the leaders|xi|kim)\b)|(?<=\b(?:xi|kim|xis|kims|leaders|anniversary|their|his)(?:'s)? )massage(s?)\b/gi, "message$1$2"],
];
/** "wear", "were", "wher", "whre" opening a question before its verb: "where". */
const WHERE_MISSPELT = /^(?:wear|were|wher|whre|wheer)(?= (?:is|are|was|were|did|do|does|will|can|r)\b)/i;
/** "hw" asking how: before what "how" asks ("hw far back", "hw many", "hw did"). */
const HW_ASKS = /\bhw(?= (?:far|many|much|long|old|often|come|did|does|do|is|was|are|r|were)\b)/gi;
/** "who is sign", "who was sign", "who bring": a base verb after "who" (and a stray "is" or "was"), the past tense a learner leaves out. */
export const PAST_TENSE: Record<string, string> = { sign: "signed", deliver: "delivered", send: "sent", bring: "brought", write: "wrote", carry: "carried", renew: "renewed", say: "said", tell: "told", give: "gave", hand: "handed" };
const WHO_BASE_VERB = new RegExp(`\\b(who)(?: (?:is|are|was|were))?(?: (?:the )?(?:person|people|persons|one|ones|man|men))? (${Object.keys(PAST_TENSE).join("|")})\\b(?! (?:to|for) (?:me|us)\\b)`, "gi");
/** "treaty sign who", "the messages delivered by who?": a thing, its act and "who" last (groups: the thing, the verb). */
const THING_DONE_BY_WHO = new RegExp(`^\\s*((?:the |this |that )?[\\p{L}'’-]+(?: [\\p{L}'’-]+)?) (${[...Object.keys(PAST_TENSE), ...Object.values(PAST_TENSE)].join("|")})(?: by)? (?:who|whom)\\s*\\??\\s*$`, "iu");
/** "what is mean dprk", "what is meaning of kcna", "whats the meaning of X" (group 1: what is meant). */
const MEANING_ASKED = /^\s*what(?:'s| is| does)? (?:the )?mean(?:s|ing)? (?:of )?(?!to\b)([\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}?)\s*\?*\s*$/iu;
/** "who did the signing for china", "who does the delivering": the act as a noun after "do", which the articles tell with its verb ("Signed by ..."). */
const INGS: Record<string, string> = Object.fromEntries(Object.keys(PAST_TENSE).map((verb) => [`${verb.replace(/e$/, "")}ing`, verb]));
const DID_THE_ACT = new RegExp(`\\b(?:did|does|do) the (${Object.keys(INGS).join("|")})\\b`, "gi");
/** "how much year", "how much times": a learner's "how much" before a unit that is counted (not "how much time", a length). */
const HOW_MUCH_COUNTED = /\bhow much (years?|yrs?|times|months?|days?|decades?)\b/gi;

/** The question with a learner's and autocorrect's wordings put as a fluent member would. */
export function learnersEnglish(question: string): string {
  let text = question;
  // "hw far", "hw many": "how" before what it asks (elsewhere "hw" is the shorthand's homework).
  text = text.replace(HW_ASKS, "how");
  // "wear are they meeting", "were did kim go": "where", which a question opening so asks (not "were the messages delivered ...").
  text = text.replace(WHERE_MISSPELT, "where");
  for (const [wrong, right] of SOUND_ALIKE) text = text.replace(wrong, right);
  // "how many time was it renewed": a learner's singular, as "how many times" asks.
  text = text.replace(/\bhow many time\b/gi, "how many times").replace(HOW_MUCH_COUNTED, (_m, unit: string) => `how many ${unit.toLowerCase().replace(/s?$/, "s")}`);
  // "what is mean dprk", "what is meaning of kcna": what it means, as a learner asks.
  text = text.replace(MEANING_ASKED, "what does $1 mean?");
  // "treaty sign who", "messages deliver who": the doer asked last, as a learner puts it.
  text = text.replace(THING_DONE_BY_WHO, (_m, thing: string, verb: string) => `who ${PAST_TENSE[verb.toLowerCase()] ?? verb.toLowerCase()} ${thing}?`);
  // "who is sign the treaty", "who bring the messages": as a learner of English asks who did it.
  text = text.replace(WHO_BASE_VERB, (_m, who: string, verb: string) => `${who} ${PAST_TENSE[verb.toLowerCase()]}`);
  text = text.replace(DID_THE_ACT, (_m, act: string) => PAST_TENSE[INGS[act.toLowerCase()]!]!);
  return text;
}
