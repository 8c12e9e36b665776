import stem from "wink-porter2-stemmer";
import { ASKS, withoutAsides } from "../askerAsides.js";
import { countryOf } from "../places.js";
import { remembered } from "../remembered.js";
import { PERSON_ROLE, ROLE } from "../roles.js";
import { englishCount, isEnglishWord } from "../wordFrequency.js";
import { WordAlternation } from "../wordAlternation.js";
import { readClaim, trailingGuessFrom } from "./claims.js";
import { learnersEnglish } from "./learners.js";
import type { ChatLexicon, Demonym, Paraphrase } from "./lexicon.js";
import { plainChat, SAYS } from "./markup.js";
import { digitsAsNewsWrites, numbersInFigures, ordinalSuffix, TURNED_AGE } from "./numbers.js";

/**
 * Questions as members type them ("yo whats the deal w the nk treaty 🤔 <@123>"), put in the
 * words the rest of the pipeline reads ("what is the North Korea treaty"). Rules that hold for
 * any chat (mentions, emoji, links, repeated letters, contractions without an apostrophe) are
 * code; the words themselves (filler, shorthand, demonyms, everyday phrases) are data, in
 * `corpus/chat.json` beside the aliases.
 *
 * Normalising rewrites only what a member typed; sentences of the articles never pass through it.
 * In order: chat's markup goes (`markup.ts`); numbers and dates are written as the articles write
 * them (`numbers.ts`); letters, contractions, a learner's wordings (`learners.ts`), shorthand and
 * typos are put right; then filler, asides and claims' frames go (`claims.ts`), and questions put
 * as members put them are asked as the articles would answer them.
 */
export interface NormalisedQuestion {
  /** The question in plain words: what the analyser and the answer-type rules read. */
  text: string;
  paraphrases: Paraphrase[];
  demonyms: Demonym[];
  /**
   * The member states something to be checked rather than asks ("i heard it was renewed in 1991,
   * true?", "pretty sure mao signed it"), or offers answers to choose from ("1961 or 1962"): the
   * frame is dropped, and the numbers and unknown names of the claim are what is checked, not
   * words an answer must contain (see `claims.ts`).
   */
  claim: boolean;
  /**
   * Where a guess after the question starts in `text` ("who is nk's biggest ally? russia?": at
   * "russia"): its words may help find the answer, but its names and numbers are the member's
   * guess, not words an answer must hold (see `claims.ts`).
   */
  guessFrom?: number;
  /** Compounds of `otherSenses` the question had (and no longer has): "great wall of china". */
  otherSenses?: string[];
  /** Whom a cleft claim names ("was it choe son hui who ...": "choe son hui"), at the start of `text`. */
  claimSubject?: string;
}

/** "who is ri ryong nam tho", "who is song tao tho, ...": "though" last in a question or a clause is the asker's tone, no word of it. */
const THOUGH_LAST = /\s+(?:tho|though)(?=\s*(?:[,?!.]|$))/i;
/** A remark in brackets after the question mark or a comma, last: "is it switzerland? (obviously not)", "(jk)", "..., asking for a friend (the friend is kim)". */
const REMARK_IN_BRACKETS_LAST = /([?,])\s*\([^()?]{1,40}\)[\s.!]*$/;
/** A remark of the asker's about themselves in brackets, anywhere, that asks nothing: "as a certified treaty historian (i watched 1 youtube vid) what year ...", "(i assume for crimes against haircuts)"; not "(the american envoy)", "(exact date pls)". */
const REMARK_IN_BRACKETS = /\s*\((?=[^()]*\b(?:i|im|i'm|my|me|jk|lol|lmao|haha)\b)(?![^()]*\b(?:what|whats|which|who|whom|whose|when|where|why|how)\b)[^()?]{1,60}\)/gi;
/** A "who" question, then the person asked described as a joke or by what they do after its comma: "who is china's special rep for nk, the guy with the worst job in diplomacy", "..., the one talking to the us side" (group 1: the question; its "guy" may be gone as filler). */
const PERSON_DESCRIBED_LAST = /^(\s*who\b[^,?]*),\s*the\s+(?:(?:guy|one|dude|man|woman|lady|person|fella)s?\s+(?:with|who|whose|that|[a-z]+ing)|(?:with|who|whose|that))\b[^?]*[?.!\s]*$/i;
/** "wait", "hold on" opening a message, before its question (see `normalise`). */
const CATCHING_UP = /^\s*(?:wait|hold on|hang on)\b[\s,.!:-]*(?=(?:who|whos|whose|what|whats|when|where|which|why|how|is|was|are|were|did|does|do)\b)/i;
/** A question mark dictated as words, ending the message. */
const DICTATED_MARK = /\s+question mark\s*[.?!]*\s*$/i;
/** A full stop dictated as a word, ending the message, after a word no period follows in speech ("the validity period", "what period" stay). */
const DICTATED_STOP = /(?<!\b(?:the|a|an|this|that|what|which|validity|time|trial|grace|renewal|transition|waiting|cooling|same|whole|entire|long|short|given|certain|specific|\d+-year|year|twenty-year|initial|first|second|last|next|holiday|reporting|war|colonial|cold war))\s+(?:period|full stop)\s*[.?!]*\s*$/i;
/** A word in capitals (with its apostrophe part: "DIDN'T"). */
const CAPS_WORD = /\b[A-Z]{2,}(?:'[A-Z]+)?\b/g;
/** How often a word in capitals is seen in everyday English to be read as that word, not as letters ("KCNA", "DPRK", "WPK" are seen less). */
const CAPS_WORD_COUNT = 10;
/** Two-letter words that are words in capitals too ("IS", "IT"), unlike "US" or "UN". */
const SMALL_CAPS_WORD = /^(?:IS|IT|TO|OF|IN|ON|AT|DO|BE|HE|WE|ME|MY|SO|NO|OR|AN|AS|BY|IF|UP|OK|AM|GO|HI|YO)$/;
/** "whats", "whos", "wheres", "hows", "thats" (and "what's"): a question word run into "is". */
const RUN_INTO_IS = /\b(what|who|where|when|how|that|there|here)'?s\b/gi;
/** "what'd", "where'd": a question word run into "did". */
const RUN_INTO_DID = /\b(what|who|where|when|how|why)['’]d\b/gi;
/** "it'll", "he'd", "they're", "we've", "i'm": a pronoun and its auxiliary, two words (as a word of its own, "it'll" would look like a rare name). */
const PRONOUN_CONTRACTION = /\b(i|you|he|she|it|we|they|that|there|who|what)'(ll|d|re|ve|m)\b/gi;
const CONTRACTED: Record<string, string> = { ll: "will", d: "would", re: "are", ve: "have", m: "am" };
/**
 * "what kim told his country to be ready for", "what kim called the friendship": "what" and a clause with no auxiliary after it
 * (a question put as a clause, after "tell me"), ending in a preposition or naming (group 1: the clause, group 2: the end).
 */
const WHAT_CLAUSE = /^(?:(?:pls |please |can you |could you )?(?:tell|show|remind) me )?(?:what|wat) ((?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|r|s|if|about|else|kind|sort|type|the|a|an|day|year|time)\b)[a-z'’-]+(?: [a-z'’-]+){0,2} (?:told|said|asked|urged|called|named|dubbed|labell?ed|described|promised|pledged|wanted|meant)\b(?: [a-z'’-]+)*? (?:for|to|about|with|on|in|at|of|from|by|as)|(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|r|s|if|about|else|kind|sort|type|the|a|an|day|year|time)\b)[a-z'’-]+(?: [a-z'’-]+){0,2} (?:called|named|dubbed|labell?ed)(?: [a-z'’-]+){1,4})(\s*\??)$/i;
/** "what is china (reportedly) building in the desert": a doer, what it is doing and where or for what (groups: aux, doer, adverb, act, the rest). */
const WHAT_BEING_DONE = /^(?:what|wat) (is|are|was|were) ((?:the )?(?!(?:it|that|this|there)\b)[a-z'’-]+(?: [a-z'’-]+)?) (?:(reportedly|allegedly|supposedly|apparently|actually|really) )?(building|constructing|developing|making|planning|testing|preparing|seeking|pursuing|doing)\b( (?:in|at|near|on|for|with|along|under|against) .+)$/i;
/**
 * A likeness after a verb, ending its sentence or the message: " like a netflix sub", " like a
 * netflix show after s1" (not "is it like a defense pact?"), or after the pronoun the verb acts on:
 * "did they cancel it like a bad netflix show" (not "is it like ..."); or one after the question's comma that
 * ends the message: "..., like a netflix sub nobody remembers to cancel" (not a guess with "the").
 */
const SIMILE = /(?<=\b[a-z]+(?:ed|ing)) like (?:a|an|some) [a-z0-9]+(?: [a-z0-9]+){0,4}(?=\s*(?:[.!,;?]|$))|(?<=\b(?<!\b(?:is|was|are|were|it's|its|be) )(?:it|them|this|that)) like (?:a|an|some|the) [a-z]+(?: [a-z0-9]+){0,4}(?=\s*(?:[.!,;?]|$))|(?<=[a-z]),\s*like (?:a|an) [a-z0-9'’]+(?: [a-z0-9'’]+){0,7}\s*[.!]*$/gi;
/**
 * A likeness or a thing put beside the question at its end ("..., like the uber eats drivers of diplomacy",
 * "..., basically the worlds most stressed mailmen", "do they collect them like pokemon cards", "did it expire
 * along with myspace", "their shop must be emptier than a no man's sky launch") (groups 1 to 4: the words it
 * likens to). Only a likeness with a word no article uses is the asker's aside (see
 * `ChatNormaliser.normalise`): "..., like the last time" asks which; nor one that hedges a guess
 * ("..., like his dad or smth?", "is this like the only pact"). `SIMILE` (above) drops the
 * likenesses that say nothing asked whatever their words.
 */
const LIKENESS = /,\s*(?:like the|basically (?:the|a|an)|kinda (?:the|a|an))\s+([^,.;!?]+?)\s*[.!]*$|(?<=\b(?<!\b(?:is|was|are|were|it's|its|be)\s+)(?:it|them))\s+like\s+((?!(?:the|a|an|some|every|around|about|roughly|once|twice|in|on|at|since|when|what|wat|whats|who|whos|which|how|why|where|so|idk|just|ever|\d)\b)[^,.;!?]+?)\s*[.!?]*$|(?<=\b(?!(?:go|goes|went|going|gone|get|gets|got|getting|play|plays|played|playing)\b)\p{L}+)\s+along with\s+([^,.;!?]+?)\s*[.!?]*$|(?<=\b(?!(?:other|rather|either|neither|whether|never|ever|over|under|after|later|earlier)\b)\p{L}+er)\s+than\s+((?:i|we|a|an|my|our)\s+[^,.;!?]+?)\s*[.!?]*$/giu;
/** Three or more letters typed apart: "k c n a", "d.p.r.k." (not "u.s.", two). */
const SPACED_LETTERS = /(?<![\p{L}\p{N}.])\p{L}(?:(?: |\. ?)\p{L}){2,}(?![\p{L}\p{N}])\.?/gu;
/** A likeness to the asker's own things, ending its sentence: " like my free trial of crunchyroll", " like my old group chat". */
const OWN_SIMILE = /(?<=[\p{L}\p{N}]),? like (?:my|our) [^.!?]*(?=[.!?]|$)/giu;
/** Initials of three letters or more typed with stops: "u.p.i.", "D.P.R.K." (not "U.S.", which the shorthand file spells). */
const DOTTED_INITIALS = /(?<![\p{L}.])(?:\p{L}\.){3,}(?![\p{L}])/gu;
/** Initials whose stop a shorthand's expansion doubled: "U.S.." (group 1: "U.S."). */
const INITIALS_TWICE_STOPPED = /\b((?:\p{Lu}\.){2,})\./gu;
/** A blank's "what" with a count of what fills it, ending the question: "ready for what two things" (group 1: "what", group 2: the end). */
const BLANK_COUNTED = /(?<=\s)(what|wat) (?:two|three|four) (?:things|words|items|stuff)(\s*\??\s*)$/i;
/**
 * A word each of these patterns needs, tested first: a plain search for it is far cheaper than the
 * pattern, and most questions have none (the normaliser runs some forty patterns on every question).
 */
const CUES = {
  spokeOf: /\b(?:talk|speak) (?:about|of)\b/i,
  talkedOf: /\b(?:talk|talked|talks|spoke|speaks|talking|speaking) (?:about|of)\b/i,
  whose: /\bwhose\b/i,
  envoy: /envoy|rep|ambassador/i,
  side: /\bsides?\b/i,
  guyIn: /\b(?:guy|man|woman|person|dude|rep) in\b/i,
  wantsDone: /\bto (?:do|take|stop|change)\b/i,
  nameAsked: /\bname\b/i,
  leader: /\blead(?:er|s)?\b|\bled\b|\b(?:runs|rules|heads|ran|ruled|headed)\b/i,
  dateFrom: /\bdated? |\bdates /i,
};

/** "what is the treaty for", "whats the pact actually for, according to kim": a thing's purpose asked (group 1: its determiner, group 2: the thing; not "what's that stand for", "what's that short for"). */
const WHAT_FOR = /\bwhat(?:'s|’s|s|\s+is|\s+was)\s+(the\s+|this\s+|that\s+|their\s+|its\s+)?(?!(?:stand|stands|short|it|that|this)\b)([\p{L}]+)(?:\s+actually|\s+really|\s+even)?\s+(?:for|4)(?=\s*(?:[?,.!]|$|according\b|per\b|acc\b|in\b))/giu;
/** A thing asked with a word that only says it matters most: "what is the core promise", "the main point of" (group 1: up to the article). */
const MAIN_THING = /(\bwhat(?: is|'s|s)? (?:the|its|their) )(?:main|core|key|central|basic|primary|chief|principal|biggest|most important) (?=(?:promise|point|idea|purpose|goal|aim|obligation|commitment|message|takeaway|thing|issue|part|clause|term|deal)s?\b)/gi;
/** "want the us to do", "wants washington to do": someone wanted (group 2) to do something (group 3). */
const WANTS_DONE = /\b(wants?|wanted|would like|expects?|expected) ((?:the )?[\p{L}]+) to (do|take|stop|change)\b/giu;

/** "on the chinese side", "nk side signer", "the north korean side's view": a country's side is the country (the word before "side" is checked to be one). */
const COUNTRY_SIDE = /\b((?:\p{L}+ )?\p{L}+)(?:['’]s)? sides?\b(?!['’]?s? (?:of|with)\b)/giu;

/** "(the) us north korea envoy": two places before an envoy's title (groups: the first, the second, the title). */
const ENVOY_OF_FOR = /\b((?:north |south )?\p{L}+(?:['’]s)?) ((?:north |south )?\p{L}+) (envoys?|special rep(?:resentative)?s?|reps?|representatives?|ambassadors?)\b(?!['’]s)/giu;
/** "nk's guy in beijing", "china's man in pyongyang": one country's person in another's capital, its ambassador there. */
const GUY_IN_CAPITAL = /\b((?:north |south )?\p{L}+['’]s) (?:guy|man|woman|person|dude|rep) in (\p{L}+)\b/giu;
/** "american" before an office is the United States: news writes "the U.S. envoy", seldom "the American envoy" (but "the Chinese envoy" as often as "China's"). */
const officeOwner = (of: string) => (/^american$/i.test(of) ? (countryOf(of) ?? of) : /^america['’]?s$/i.test(of) ? "the United States" : of);
/** "does the treaty date back to" (group 1: what dates), "the pact dates from": a date asked by "date from". */
const DOES_DATE_FROM = /\b(?:does|do|did) ((?:the |this |that |their |its )?[\p{L}-]+(?: [\p{L}-]+)?) date (?:back )?(?:to|from)\b/giu;
const DATES_FROM = /\b(?:dates|dated) (?:back )?(?:to|from)\b/gi;
const TIME_WORD = /\bwhen\b|\b(?:what|which) (?:year|yr|decade|century)\b/i;
/** "the leader of china", "china's leader" (group 1: the country), "who leads china" (the whole question). */
const LEADER_OF = /\b(?:the )?leader of ((?:north |south )?\p{L}+)\b/giu;
const COUNTRY_LEADER = /\b((?:north |south )?\p{L}+)['’]s leader\b/giu;
const WHO_LEADS = /^who (leads|runs|rules|heads|led|ran|ruled|headed) (?:the )?((?:north |south )?\p{L}+)((?: in (?:19|20)\d\d| back then| at the time| then)?)\??$/iu;
/** The country some words name, lower-case "us" too ("China" for "china's"). */
const countryNamed = (words: string) => (/^(?:us|usa|america)(?:['’]?s)?$/i.test(words) && !/^uss$/i.test(words) ? "United States" : countryOf(words.replace(/['’]s$/, "")));
const isCountry = (words: string) => countryNamed(words) !== undefined;
/** "who spoke for the chinese foreign ministry", "which official spoke for beijing": its spokesman (not whoever spoke to someone). */
const SPOKE_FOR = /\b(who|which (?:official|guy|person|spokes(?:man|person|woman))) (?:spoke|speaks|talked|talks) (?:for|on behalf of) (?!(?:the )?(?:first|second|last|next|an?|\d+|hours?|minutes?|long|ages|a while)\b)/gi;
/** "who succeeded trump", "who came after trump": the successor, as the articles name one ("Trump’s successor, Joe Biden"; group 1: who was succeeded). */
const SUCCEEDED = /\bwho (?:succeeded|came after|replaced|took over from) ((?:\p{L}+ ){0,2}\p{L}+)(?=\s*(?:\?|$|according|acc|per|in the))/giu;
/** "which guys signed it", "what people fought alongside them": who (the filler would take "guys" and leave "which signed it", asking no person). */
const WHICH_PEOPLE = /\b(?:which|what|wat) (?:guys?|people|persons?|dudes?|men|folks)\b(?! (?:of|in|from|are|is|were|was)\b)/gi;
/** "whats the name of the guy who delivered xi's msg": who delivered it (the "name" and "guy" are no words to look for). */
const NAME_OF_WHOEVER = /\b(?:what(?:'s|’s|s)?(?: is| was)?|wat(?:s| is)?) (?:the |their )?names? of (?:the |that |this )?(?:guy|guys|person|people|man|woman|dude|lady|official|one|ones) (?:who|that)\b/gi;
/**
 * "who was the guy who signed it", "mao was the one that signed it": a cleft says no more than
 * "who signed it", "mao signed it", and its "one" or "guy" is no word to look for (nor there
 * when the filler has taken it: "who were the (guys) that originally signed it").
 */
const CLEFT = /\b(?:is|was|are|were) the\s+(?:(?:one|ones|guy|guys|person|people|man|woman|dude|lady|country|side)\s+)?(?:who|that|which)\b/gi;

/** A word opening a clause before a verb of saying or believing: a member's name ("dev says mao signed it, priya says zhou enlai"), when the articles never use it. */
const MEMBER_SAYS = new RegExp(String.raw`(^|[,.;!?]\s*|\b(?:and|but|while|whereas|then|so|ok|okay|well)\s+)([a-z]{2,12})\s+(?=${SAYS}\b)`, "gi");
/** Words that open such a clause and name no member: pronouns, question words, "everyone". */
const NOT_A_MEMBER = /^(?:he|she|it|they|we|i|you|u|ya|who|what|which|that|this|there|here|everyone|everybody|people|someone|somebody|nobody|noone|one|anyone|anybody|all|each|mine|yours|also|still|just|only|even|never|always|so)$/i;

/** "whose signature is on", "whose names were on": who signed (group 0, the words replaced). */
const SIGNATURE_ON = /\bwhose (?:names?|signatures?) (?:is|are|was|were) on\b/gi;
/** "who talked about ...", "which official was speaking of ...": who said something, asked (group 1: the question word and its noun). */
const WHO_SPOKE_OF = /^((?:who|(?:which|what) [\p{L}'’-]+))\s+(?:(?:was|is|has|had)\s+)?(?:talked|talks|spoke|speaks|talking|speaking|talk|speak)\s+(?:about|of)\b/iu;
/** "what did kim talk about?", "what will xi speak of": a saying whose object the question asks for, at its end (group 1: the asker's words before it, 2: the question mark). */
const SPOKE_OF_ASKED = /(\b(?:did|does|do|will|would|could|can)\s+(?:[\p{L}'’-]+\s+){1,4})(?:talk|speak) (?:about|of)(\s*\?*)\s*$/iu;
/** An office in the plural form before "name" (group 1: the office, group 2: "name" and what qualifies it): "the ambassadors name", "the us envoys full name" (not "the us guys name": a word for anyone, as typed). */
const OFFICE_POSSESSIVE_NAME = new RegExp(`\\b((?!(?:guy|man|woman|person|dude|lady)s\\b)(?:${ROLE}))s ((?:full |real |actual )?names?)\\b`, "gi");
/** "<an office> name?", "the envoy's name??", "china's nk envoy full name": its holder asked (group 1: the office, possessive dropped). */
const OFFICE_NAME_AFTER = /^\s*(?!(?:what|whats|wat|which|who|whos|how|is|was|are|were|do|does|did|tell|give)\b)((?:the |their )?(?:[\p{L}'’-]+ ){0,4}?(?!official\b)[\p{L}-]+?)(?:['’]s)? (?:full |real |actual )?name\s*\?*\s*$/iu;
/** "the american special rep for north korea, whats the gentleman's name", "..., what's his name" (group 1: the office; not someone told by what they did, "the cpc guy who passed along xi's message"). */
const OFFICE_THEN_NAME = /^\s*(?:(?:and|so|ok) )?((?:the |their )?(?:(?!(?:who|that|which)\b)[\p{L}'’-]+ ){0,6}[\p{L}-]+),\s*(?:what is|what's|whats|wats) (?:the (?:gentleman|guy|man|woman|lady|person|official|dude|fella)['’]s|his|her) (?:full |real |actual )?name\s*\?*\s*$/iu;
/** "name of the us envoy?", "full name of china's special rep" (group 1: the office). */
const OFFICE_NAME_OF = /^\s*(?:the )?(?:full |real |actual )?name of ((?:the |their )?(?:[\p{L}'’-]+ ){0,4}[\p{L}-]+)\s*\?*\s*$/iu;
/**
 * What may follow a blank typed as underscores and only asks to fill it: "', fill in the blank pls",
 * " — which word", "' .. what was the word", " — which party", " (what word did wang use)", or an
 * aside: " lol kinda dark".
 */
const BLANK_FRAME_AFTER = /['’"”]?\s*(?:(?:[,;:—–-]+|\.{2,}|…)\s*(?:(?:which|what|wat)(?:s| is| was|'s)?(?: the)? (?:(?:missing|right|correct|exact|actual) )?(?:word|phrase|blank|party|one|name)s?|fill (?:in )?the blanks?)(?: pls| please)?|\((?:[^()]*\b(?:word|phrase|blank)s?\b[^()]*)\)|\s(?:lol|lmao|haha|ngl|tbh)\b[^?]*)?\s*\?*\s*$/i;
/** "kim called the friendship what, a common ___ of both sides": a "what" the underscores then place. */
/** The blank before a unit counted: "trump met kim ___ times", "valid for ___ years" ask how many. */
const BLANK_COUNT = /\bwhat (times|years|yrs|rounds|days|months|decades)\b/i;
/** The blank as the doer, opening the sentence: "the ___ spearheaded the un sanctions" asks who did it. */
const BLANK_DOER = /^\s*(?:the|a|an)\s+what\s+(?=\p{L}+ed\b)/iu;
const WHAT_THEN_BLANK = /\b(?:what|wat)\s*[,:—–-]+\s*(?=[^?]*_{2,})/i;
/** A quotation mark opening words whose closing mark went with what followed the blank. */
const UNCLOSED_QUOTE = /(^|\s)["“](?=[^"“”]*$)/;
/** "X's take on", "his take on": a view, owned ("take on" alone is to tackle). */
const TAKE_ON_OWNED = /(['’]s|\b(?:his|her|their|its|ur|your|my|our)) take on\b/gi;
/** "i need the ...", "i want a ...", "im looking for the ...", "do you know the ...": a thing the member asks for by saying they want it (group 0, the words replaced). */
const THING_WANTED = /^\s*(?:i (?:need|want|would like|'d like|d like)|(?:i'm|im|i am) looking for|(?:do|does|would|could|can) (?:you|u|anyone|anybody|someone|somebody) (?:happen to )?know)\s+(?=(?:the|a|an)\s)/i;
/** A question of an age or a length, then "how many years" or "how long" again, after its mark or a comma (group 1: the question). */
const MEASURE_ASKED_AGAIN = /^(\s*how (?:old|long)\b[^?,]*)[?,]\s*(?:(?:like|i mean|as in|so|ie|i\.e\.)\s+)?how (?:many (?:years|yrs|decades)|long)\s*\?*\s*$/i;

/** "how far back do their ties go" (group 1: the auxiliary, group 2: what goes back). */
const HOW_FAR_BACK_GO = /\bhow\s+far\s+back\s+(do|does|did)\s+((?:[\p{L}'’-]+\s+){1,8}?)go\b/iu;
/** A name, then "who is that": "ri ryong nam who is that", "song tao?? who's he" (group 1: the name, two to four words). */
const NAME_THEN_WHO = /^\s*((?:[\p{L}'’-]+ ){1,3}[\p{L}'’-]+)[\s,?!.-]+(?:who|whos|who's) (?:is|was|'s)? ?(?:that|this|he|she|him|her|they|dis|dat)\s*\?*\s*$/iu;
/** Who heads a department or ministry (group 1: the body): "who heads the international department of the cpc". */
const HEAD_OF_DEPARTMENT = /\bwho(?: is|'s|s)? (?:heads|leads|runs|(?:the )?heads? of|in charge of) ((?:the )?(?:[\p{L}'’-]+ ){0,4}(?:department|ministry|dept)\b)/giu;
/** A pronoun with the name it stands for after it in brackets (group 1): "he (wang)". */
const PRONOUN_NAMED = /\b(?:he|she|him|her|they|them|this guy|that guy)\s*\(\s*([\p{L}][\p{L}'’. -]{1,40}?)\s*\)/giu;

/** The same letter three or more times ("sooo", "whaaat"). */
const STRETCHED = /(\p{L})\1{2,}/gu;
/** How many times rarer than the word with one letter a stretched word's double-letter reading may be: "too" (for "to") is, "noo" (for "no") is not. */
const RARE_DOUBLE = 1000;

/** The lexicon's words as the question's rewritten words are matched against (see `ChatNormaliser.keyed`). */
interface KeyedLexicon {
  filler: WordAlternation | undefined;
  /** Greetings at the start or the end of the message (a run of them: "hey yo"). */
  greetingAtStart: RegExp | undefined;
  greetingAtEnd: RegExp | undefined;
  phrasePattern: WordAlternation | undefined;
  phraseWords: Map<string, string>;
  /** The phrases of several words as their words' stems ("team up" → "team up", "getting along" → "get along"), for a phrase typed in another form of its verb ("teaming up"). */
  stemmedPhrasePattern: WordAlternation | undefined;
  stemmedPhraseWords: Map<string, string>;
  demonymPattern: WordAlternation | undefined;
  demonymPlaces: Map<string, readonly string[]>;
  claimOpener: RegExp | undefined;
  claimTag: RegExp | undefined;
  /** A claim's tag before the question that follows it: "it was renewed in 2011 last time right? and the one before that was when". */
  claimTagBefore: RegExp | undefined;
  otherSenses: WordAlternation | undefined;
}

export class ChatNormaliser {
  private readonly shorthand: Map<string, string>;
  private readonly shorthandPattern: WordAlternation | undefined;
  private readonly contraction: RegExp | undefined;
  /** A country's people's name ("China" → chinese), from the demonyms that name one country only. */
  private readonly demonymOf = new Map<string, string>();
  private keyedLexicon: KeyedLexicon | undefined;

  /**
   * `isWord` says whether a word is real English or an article's word (to undo stretched
   * letters); `correct` fixes typos of unknown words (see `spelling.ts`), `correctNames` names
   * typed as they sound.
   */
  constructor(
    private readonly lexicon: ChatLexicon,
    private readonly isWord: (word: string) => boolean = () => false,
    private readonly correct: (text: string) => string = (text) => text,
    /** Writes the names typed as they sound as the alias file does (see `nameSounds.ts`). */
    private readonly correctNames: (text: string) => string = (text) => text,
    /** Whether the articles or the alias file use a word (lower case): a word they do not use, before "says", is a member's name. */
    private readonly named: (word: string) => boolean = () => true,
  ) {
    this.shorthand = new Map(Object.entries(lexicon.shorthand).map(([k, v]) => [k.toLowerCase(), v]));
    for (const [demonym, places] of Object.entries(lexicon.demonyms)) {
      if (places.length === 1 && !this.demonymOf.has(places[0]!.toLowerCase())) this.demonymOf.set(places[0]!.toLowerCase(), demonym);
    }
    // "kju's", "prc's": a possessive of shorthand is the possessive of what it stands for.
    for (const [k, v] of [...this.shorthand]) if (/^\p{L}+$/u.test(k) && !this.shorthand.has(`${k}'s`)) this.shorthand.set(`${k}'s`, `${v}'s`);
    this.shorthandPattern = WordAlternation.of([...this.shorthand.keys()]);
    // "didnt", "isnt", "cant" (ca + nt), "wont" (wo + nt): an auxiliary run into "not".
    this.contraction = lexicon.contractions.length
      ? new RegExp(`(?<![\\p{L}\\p{N}'])(${lexicon.contractions.map(escape).join("|")})n['’]?t(?![\\p{L}\\p{N}])`, "giu")
      : undefined;
  }

  /** Works out the rewritten lexicon now (a bot process, before members ask). */
  prepare(): void {
    this.keyed();
  }

  /**
   * The filler, phrases, demonyms and claim frames are looked for in a question already rewritten
   * (see `rewrite`), so they are rewritten the same way: "wont talk" is looked for as "will not
   * talk", "presser" as the speller leaves it, "i'm pretty sure" as "i am pretty sure". Worked out
   * on the first question: the speller reads the index, which is built after the planner.
   */
  private keyed(): KeyedLexicon {
    if (this.keyedLexicon) return this.keyedLexicon;
    const { lexicon } = this;
    // Words joined by one space, as `matches` reads what it found ("re-up" is looked up as "re up").
    const key = (k: string) => this.rewrite(k).replace(/[\s-]+/g, " ").trim().toLowerCase();
    const phraseWords = new Map(Object.entries(lexicon.phrases).map(([k, v]) => [key(k), v]));
    const stemmedPhraseWords = new Map<string, string>();
    for (const [k, v] of phraseWords) if (k.includes(" ") && !stemmedPhraseWords.has(stems(k))) stemmedPhraseWords.set(stems(k), v);
    const demonymPlaces = new Map(Object.entries(lexicon.demonyms).map(([k, v]) => [key(k), v]));
    const opener = WordAlternation.of(lexicon.claimOpeners.map(key));
    const tag = WordAlternation.of(lexicon.claimTags.map(key));
    const greeting = WordAlternation.of(lexicon.greetings.map(key));
    return (this.keyedLexicon = {
      filler: WordAlternation.of(lexicon.filler.map(key)),
      greetingAtStart: greeting && new RegExp(`^(?:[\\s,.!:;-]*${greeting.source})+`, "iu"),
      greetingAtEnd: greeting && new RegExp(`(?:[\\s,.!:;-]*${greeting.source})+(?=[\\s,.!?]*$)`, "iu"),
      otherSenses: WordAlternation.of(lexicon.otherSenses.map(key)),
      phraseWords,
      phrasePattern: WordAlternation.of([...phraseWords.keys()]),
      stemmedPhrasePattern: WordAlternation.of([...stemmedPhraseWords.keys()]),
      stemmedPhraseWords,
      demonymPlaces,
      demonymPattern: WordAlternation.of([...demonymPlaces.keys()]),
      claimOpener: opener && new RegExp(`^\\s*${opener.source}[\\s,:]*`, "iu"),
      // After the claim's own question mark too: "mao signed it? or was it someone else".
      claimTag: tag && new RegExp(`[\\s,?]*${tag.source}[\\s?!.]*$`, "iu"),
      claimTagBefore: tag && new RegExp(`[\\s,]*${tag.source}(?=\\s*\\?+\\s*\\S)`, "iu"),
    });
  }

  /** Whether a word before "says" or a line's colon is a member's name: one the articles, the alias file, the shorthand and the country list never use, and no pronoun. */
  private memberName(name: string, inLog = false): boolean {
    // (In a chat log of several speakers, shorthand for an everyday word is a name too: "x: ... / y: ..." is no "why"; "nk:" stays North Korea.)
    const short = this.shorthand.get(name.toLowerCase());
    return !NOT_A_MEMBER.test(name) && (short === undefined || (inLog && /^[a-z]/.test(short))) && !this.named(name.toLowerCase()) && countryOf(name) === undefined;
  }

  normalise(question: string): NormalisedQuestion {
    const { filler, greetingAtStart, greetingAtEnd, phrasePattern, demonymPattern, demonymPlaces, claimOpener, claimTag, claimTagBefore, otherSenses } = this.keyed();
    let text = this.rewrite(question);
    // A likeness to something no article knows is the asker's aside, however it is put (see `LIKENESS`).
    if (/\b(?:like|along with|than|basically|kinda)\b/i.test(text)) text = text.replace(LIKENESS, (m, the?: string, bare?: string, along?: string, than?: string) => ((the ?? bare ?? along ?? than)!.match(/\p{L}{3,}/gu) ?? []).some((w) => !this.named(w.toLowerCase())) ? "" : m);
    // "the great wall of china", "a trump card": words of the articles in another sense, no words to look for; what they name is not the articles' subject.
    const others = otherSenses?.matchAll(text).map((m) => m.text) ?? [];
    if (others.length) text = otherSenses!.replace(text, () => " ");
    text = text.replace(WHICH_PEOPLE, "who");
    // "jo says they'll meet at the g20, max says apec": members named by each other, whose claims are put up to settle (not "mo" for "month").
    text = text.replace(MEMBER_SAYS, (m, before: string, name: string) => (this.memberName(name) ? `${before}someone ` : m));
    // "beijing's nk envoy name?", "name of the us envoy?": the holder of the office asked, as "who is" asks.
    if (CUES.nameAsked.test(text)) {
      // "whats the chinese ambassadors name": an office's possessive typed without its apostrophe.
      text = text.replace(OFFICE_POSSESSIVE_NAME, "$1's $2");
      const holderAsked = (m: string, office: string) => (PERSON_ROLE.test(office) ? `who is ${office}?` : m);
      text = text.replace(OFFICE_NAME_AFTER, holderAsked).replace(OFFICE_NAME_OF, holderAsked).replace(OFFICE_THEN_NAME, holderAsked);
    }
    // "what kind of friendship did kim talk about": what someone spoke of, which the question asks (not a dialogue, as "talk about" is elsewhere).
    // (Not in `rewrite`, which also keys the lexicon: its "talk about" stays a phrase.)
    if (CUES.spokeOf.test(text)) text = text.replace(SPOKE_OF_ASKED, "$1mention$2");
    // "who talked about the friendship being made in blood": who said it (not who held talks).
    if (CUES.talkedOf.test(text)) text = text.replace(WHO_SPOKE_OF, "$1 mentioned");
    // (Before filler: "man" alone is an interjection.)
    if (CUES.guyIn.test(text)) text = text.replace(GUY_IN_CAPITAL, (m, of: string, capital: string) => {
      const home = countryOf(of.replace(/['’]s$/, ""));
      const host = countryOf(capital);
      return home && host && home !== host && host.toLowerCase() !== capital.toLowerCase() ? `${of} ambassador in ${capital}` : m;
    });
    // Filler, but not inside an everyday phrase ("still a thing": "thing" alone says nothing).
    const phrases = this.matches(text, phrasePattern, () => ({}));
    if (filler) text = filler.replace(text, (m, at) => (phrases.some((p) => at >= p.start && at + m.length <= p.end) ? m : " "));
    // A greeting opens or closes a message; inside it, "yo" is a name's ("kim yo jong").
    if (greetingAtStart && greetingAtEnd) text = text.replace(greetingAtStart, " ").replace(greetingAtEnd, " ");
    // "wait who is ri ryong nam": the asker catching up before the question (not "how long did they wait").
    text = text.replace(CATCHING_UP, "").replace(THOUGH_LAST, "").replace(REMARK_IN_BRACKETS_LAST, "$1").replace(REMARK_IN_BRACKETS, " ").replace(PERSON_DESCRIBED_LAST, "$1");
    // "how old was the treaty in 2021? like how many years": the measure asked again in other words adds none to look for ("years" is no word the answer must hold).
    text = text.replace(MEASURE_ASKED_AGAIN, "$1?");
    text = text.replace(NAME_OF_WHOEVER, "who").replace(CLEFT, " ").replace(SPOKE_FOR, "$1 is the spokesman for ").replace(SUCCEEDED, "who is $1's successor");
    // The asker's own words around the question: who they are, why they ask, what they add after it (see `askerAsides.ts`).
    // "(for my essay) i need the year they signed it": the thing asked for, when the words saying so ask nothing else.
    const wanted = THING_WANTED.exec(text);
    if (wanted && !ASKS.test(/^[^.?!]*/.exec(text)![0])) text = `what is ${text.slice(wanted[0].length)}`;
    const asides = withoutAsides(text);
    text = asides.text;
    const checked = asides.checked;
    const read = readClaim(text, { typed: question, checked, opener: claimOpener, tag: claimTag, tagBefore: claimTagBefore });
    text = read.text;
    const { claim, claimSubject } = read;
    // "signed by who on the chinese side": who signed on the chinese side.
    text = text.replace(/^(\p{L}+ed) by (?:who|whom)\b/iu, "who $1");
    // "whose signature is on the treaty", "north korean leader whose names are on it": who signed it.
    if (CUES.whose.test(text)) text = text.replace(SIGNATURE_ON, "who signed");
    // "the pact dates from when", "what year does the treaty date back to": when it is from (its making, not another thing's "date back to").
    if (CUES.dateFrom.test(text) && TIME_WORD.test(text)) text = text.replace(DOES_DATE_FROM, "is $1 from").replace(DATES_FROM, "is from");
    // "what does china want the us to do": what one wants another to do, the articles say with "should" ("the US should attach importance to ...").
    if (CUES.wantsDone.test(text)) text = text.replace(WANTS_DONE, "$1 $2 should $3");
    // "how far back do china nk ties go": how far they go back, the phrase the articles put as "date back".
    text = text.replace(HOW_FAR_BACK_GO, "how far back $1 $2go back");
    // "ri ryong nam who is that": who the name typed first is.
    text = text.replace(NAME_THEN_WHO, "who is $1?");
    // "what's the treaty for (according to kim)": its purpose, the word the articles use ("the treaty's purpose is to defend ...").
    text = text.replace(WHAT_FOR, "what is the purpose of $1$2");
    // "what's the core promise of the pact", "the main point of the treaty": what is asked is the promise, the point; "core" and
    // "main" only weigh it ("socialism as its core" is no promise).
    text = text.replace(MAIN_THING, "$1");
    // "who heads the international department", "who runs the foreign ministry": a department's head is its minister, as news titles one.
    if (/\b(?:department|ministry|dept)\b/i.test(text)) text = text.replace(HEAD_OF_DEPARTMENT, "who is the minister of $1");
    // "the us", "us and china": lower-case "us" is the country after "the" or beside a country.
    text = text.replace(/\b(the|vs\.?|versus) us\b/gi, "$1 US").replace(/\bus (president|govt|government|envoy|officials?|military|state department|sanctions|and china|and north korea)\b/gi, "US $1");
    // "the us north korea envoy", "the nk china ambassador": one country's envoy for another, as the articles put it
    // ("U.S. Special Representative for North Korea", "the DPRK ambassador to China").
    // "china's leader", "the leader of china", "who leads china": its people's leader, as the articles title one ("Chinese leader Xi Jinping").
    if (CUES.leader.test(text)) {
      const people = (country: string) => this.demonymOf.get(countryNamed(country)?.toLowerCase() ?? "");
      const asPeople = (m: string, country: string) => { const d = people(country); return d ? `the ${d} leader` : m; };
      text = text.replace(LEADER_OF, asPeople).replace(COUNTRY_LEADER, asPeople).replace(WHO_LEADS, (m, verb: string, country: string, when: string) => (people(country) ? `who ${/ed$|^ran$/i.test(verb) ? "was" : "is"} ${asPeople(m, country)}${when}` : m));
    }
    // ("the american nk envoy" → "the United States envoy for nk", as news names the office.)
    if (CUES.envoy.test(text)) text = text.replace(ENVOY_OF_FOR, (m, of: string, forWhom: string, office: string) => (isCountry(of) && isCountry(forWhom) && of.toLowerCase() !== forWhom.toLowerCase() ? `${officeOwner(of)} ${office} ${/^ambassador/i.test(office) ? "to" : "for"} ${forWhom}` : m));
    if (CUES.side.test(text)) text = text.replace(COUNTRY_SIDE, (m, before: string) => {
      const last = /\p{L}+$/u.exec(before)![0];
      return countryOf(before) ? before : countryOf(last) ? `${before.slice(0, -last.length)}${last}` : m;
    });
    // ", who signed it" once "hi all" is gone: no punctuation before the question.
    text = text.replace(/\s+/g, " ").trim().replace(/^[,;:.!…-]+\s*/, "");
    const guessFrom = trailingGuessFrom(text, claimOpener);
    // "... renewed when? i thought 1981": the guess's own frame goes too.
    if (guessFrom !== undefined && claimOpener) {
      const guess = text.slice(guessFrom).replace(claimOpener, "");
      if (/[\p{L}\p{N}]/u.test(guess)) text = `${text.slice(0, guessFrom)}${guess}`;
    }
    return { text, claim, ...(guessFrom !== undefined ? { guessFrom } : {}), ...(others.length ? { otherSenses: others } : {}), ...(claimSubject && text.toLowerCase().startsWith(claimSubject.toLowerCase()) ? { claimSubject } : {}), paraphrases: this.paraphrases(text), demonyms: this.matches(text, demonymPattern, (m) => ({ places: demonymPlaces.get(m)! })) };
  }

  /**
   * Markup, emoji and links gone; years and counts in words or two digits, stretched letters,
   * contractions and shorthand spelled out; typos corrected: the question in plain words, before
   * filler and frames go.
   */
  private rewrite(question: string): string {
    let text = plainChat(question, (name, inLog) => this.memberName(name, inLog));
    // "WAIT THE TREATY IS STILL ACTIVE??", "since WHEN": everyday words typed in capitals are the words ("US", "UN", "KCNA" stay).
    if (/[A-Z]{2}/.test(text)) text = text.replace(CAPS_WORD, (w) => (SMALL_CAPS_WORD.test(w) || (w.length >= 3 && englishCount(w) >= CAPS_WORD_COUNT) ? w.toLowerCase() : w));
    // "keeps getting renewed like a netflix sub. which years": a likeness that ends the sentence says nothing asked.
    if (text.includes("like")) text = text.replace(SIMILE, "").replace(OWN_SIMILE, "");
    // "k c n a is stand for what", "d.p.r.k": letters typed one at a time, the articles' abbreviation.
    text = text.replace(SPACED_LETTERS, (m) => {
      const word = m.replace(/[\s.]/g, "");
      return this.named(word.toLowerCase()) && !isEnglishWord(word.toLowerCase()) ? word : m;
    });
    // "is the treaty still in effect question mark", "when was it last renewed period": punctuation dictated to a phone, spoken as words.
    text = text.replace(DICTATED_MARK, "?").replace(DICTATED_STOP, ".");
    // "the u.p.i. story", "the d.p.r.k. ambassador": initials of three letters or more typed with stops are the letters ("upi", "dprk").
    if (text.includes(".")) text = text.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, ""));
    // "who is he (wang)", "what did she (kim yo jong) say": the name in brackets is whom the pronoun stands for.
    if (text.includes("(")) text = text.replace(PRONOUN_NAMED, "$1");
    text = numbersInFigures(text);
    // "to a 'new ___', fill in the blank", "the ___ stand of his govt — which word": a blank to fill is
    // asked as "what", and what follows only says so.
    if (/_{2,}/.test(text)) text = text.replace(WHAT_THEN_BLANK, "").replace(/_{2,}/g, "what").replace(BLANK_FRAME_AFTER, "?").replace(UNCLOSED_QUOTE, "$1").replace(BLANK_DOER, "who ").replace(BLANK_COUNT, "how many $1");
    text = digitsAsNewsWrites(text);
    // "ready for what two things": a blank, however many things fill it.
    text = text.replace(BLANK_COUNTED, "$1$2");
    text = text.replace(STRETCHED, (run, letter: string, offset: number, whole: string) => this.unstretch(run, letter, offset, whole));
    text = text.replace(RUN_INTO_DID, "$1 did").replace(RUN_INTO_IS, "$1 is").replace(PRONOUN_CONTRACTION, (_m, word: string, tail: string) => `${word} ${CONTRACTED[tail.toLowerCase()]}`);
    if (this.contraction) text = text.replace(this.contraction, (_m, aux: string) => `${expandAuxiliary(aux)} not`);
    text = learnersEnglish(text);
    // "(tell me) what kim told his country to be ready for", "what kim called the friendship": a question put as a clause, asked as
    // the blank it is ("kim told his country to be ready for what").
    text = text.replace(WHAT_CLAUSE, (_m, clause: string, end: string) => `${clause} what${end}`);
    // "what is china reportedly building in the desert": the thing done asked as a blank, "china is reportedly building what in the desert".
    text = text.replace(WHAT_BEING_DONE, (_m, aux: string, doer: string, adverb: string | undefined, act: string, rest: string) => `${doer} ${aux} ${adverb ? `${adverb} ` : ""}${act} what${rest}`);
    // "kju's take on china", "what was his take on taiwan": someone's view, not the phrase "take on" (to tackle).
    text = text.replace(TAKE_ON_OWNED, "$1 view on");
    // Names typed as they sound, before shorthand reads a part of one as a word ("wang wen bin" is no "when").
    text = this.correctNames(text);
    // ("U.S." typed with its stop is "u.s" and a stop: one stop, not "U.S..".)
    if (this.shorthandPattern) text = this.shorthandPattern.replace(text, (m) => this.shorthand.get(m.toLowerCase()) ?? m).replace(INITIALS_TWICE_STOPPED, "$1");
    // Typos after shorthand (which is not a typo), before filler ("acutally" is filler once spelled right).
    return this.correct(text);
  }

  /**
   * The everyday phrases of a question and the articles' words for them: as the lexicon writes
   * them, and, where none is, in another form of their words ("teaming up", "getting along",
   * "patching things up" for "team up", "get along", "patch things up").
   */
  private paraphrases(text: string): { start: number; end: number; words: string }[] {
    const { phrasePattern, phraseWords, stemmedPhrasePattern, stemmedPhraseWords } = this.keyed();
    const found = this.matches(text, phrasePattern, (m) => ({ words: phraseWords.get(m)! }));
    // "the treaty turned 60": its anniversary too, as the articles may count it ("the 60th anniversary"), or say it.
    if (/\bturn/i.test(text)) {
      for (const m of text.matchAll(TURNED_AGE)) {
        const start = m.index + m[1]!.length + 1;
        if (!found.some((f) => start < f.end && f.start < m.index + m[0].length)) found.push({ start, end: m.index + m[0].length, words: `${m[3]}${ordinalSuffix(Number(m[3]))} anniversary` });
      }
    }
    if (!stemmedPhrasePattern) return found.sort((a, b) => a.start - b.start);
    const words = [...text.matchAll(/[\p{L}\p{N}']+/gu)];
    let stemmed = "";
    const at: number[] = [];
    for (const w of words) {
      at.push(stemmed.length);
      stemmed += `${stems(w[0])} `;
    }
    for (const m of stemmedPhrasePattern.matchAll(stemmed)) {
      const first = at.indexOf(m.index);
      const last = first + m.text.split(" ").length - 1;
      if (first < 0 || !words[last]) continue;
      const start = words[first]!.index;
      const end = words[last]!.index + words[last]![0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, words: stemmedPhraseWords.get(m.text.toLowerCase())! });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  private matches<T>(text: string, pattern: WordAlternation | undefined, what: (key: string) => T): (T & { start: number; end: number })[] {
    if (!pattern) return [];
    // As the lexicon writes it: a phrase matches across hyphens and runs of spaces ("still-on").
    return pattern.matchAll(text).map((m) => ({ start: m.index, end: m.index + m.text.length, ...what(m.text.toLowerCase().replace(/[\s-]+/g, " ")) }));
  }

  /** "sooo" → "so", "whaaat" → "what", "goood" → "good": two letters or one, whichever is a word. */
  private unstretch(run: string, letter: string, offset: number, whole: string): string {
    const start = whole.slice(0, offset).search(/[\p{L}\p{N}']*$/u);
    const endMatch = /^[\p{L}\p{N}']*/u.exec(whole.slice(offset + run.length));
    const before = whole.slice(start, offset);
    const after = endMatch ? endMatch[0] : "";
    const two = `${before}${letter}${letter}${after}`.toLowerCase();
    // (Not a double letter that makes only a rare word of a common one: "nooo" is "no", not "noo".)
    const one = `${before}${letter}${after}`.toLowerCase();
    return this.isWord(two) && englishCount(two) * RARE_DOUBLE >= englishCount(one) ? letter + letter : letter;
  }
}

function expandAuxiliary(aux: string): string {
  const lower = aux.toLowerCase();
  return lower === "ca" ? "can" : lower === "wo" ? "will" : lower === "ai" ? "is" : aux;
}

/** A word's stem (remembered: the same words come back in question after question). */
const stemOf = remembered(10_000, (word: string) => stem(word));
/** A phrase's words as their stems, joined by one space. */
const stems = (phrase: string) => phrase.toLowerCase().split(/\s+/).map(stemOf).join(" ");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
