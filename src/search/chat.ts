import { z } from "zod";
import stem from "wink-porter2-stemmer";
import { ASKS, withoutAsides, YES_NO_QUESTION } from "./askerAsides.js";
import { countryOf } from "./places.js";
import { remembered } from "./remembered.js";
import { PERSON_ROLE, ROLE } from "./roles.js";
import { englishCount, isEnglishWord } from "./wordFrequency.js";
import { WordAlternation } from "./wordAlternation.js";

/**
 * Questions as members type them ("yo whats the deal w the nk treaty 🤔 <@123>"), put in the
 * words the rest of the pipeline reads ("what is the North Korea treaty"). Rules that hold for
 * any chat (mentions, emoji, links, repeated letters, contractions without an apostrophe) are
 * code; the words themselves (filler, shorthand, demonyms, everyday phrases) are data, in
 * `corpus/chat.json` beside the aliases.
 *
 * Normalising rewrites only what a member typed; sentences of the articles never pass through it.
 */
export const ChatFileSchema = z
  .object({
    about: z.string().optional(),
    greetings: z.array(z.string().min(1)).default([]),
    filler: z.array(z.string().min(1)),
    shorthand: z.record(z.string().min(1), z.string()),
    demonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    phrases: z.record(z.string().min(1), z.string().min(1)),
    contractions: z.array(z.string().min(1)),
    claimOpeners: z.array(z.string().min(1)).default([]),
    claimTags: z.array(z.string().min(1)).default([]),
    otherSenses: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ChatLexicon = z.infer<typeof ChatFileSchema>;

/** Every word the chat lexicon looks for (lower case): members' words it knows, whatever a dictionary says. */
export function chatLexiconWords(lexicon: ChatLexicon): string[] {
  const keys = [...lexicon.greetings, ...lexicon.filler, ...Object.keys(lexicon.phrases), ...Object.keys(lexicon.demonyms), ...lexicon.claimOpeners, ...lexicon.claimTags];
  return keys.flatMap((k) => k.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** A phrase of the question that also stands for other words (`phrases`: "still on" → "remains in effect"). */
export interface Paraphrase {
  /** Character range in the normalised question. */
  start: number;
  end: number;
  /** What the articles would say instead. */
  words: string;
}

/** A demonym of the question ("chinese") and the places it names. */
export interface Demonym {
  start: number;
  end: number;
  places: readonly string[];
}

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

/** Discord's markdown around words: **bold**, *italic*, __underline__, ~~strike~~, `code`, ||spoiler|| (group 2: the words; not a blank typed as underscores, "the ___ friendship"). */
const MARKDOWN_SPAN = /(?<![\p{L}\p{N}])(\*\*|\*|__(?=\p{L})|~~|`|\|\|)(\S(?:[^\n]*?\S)?)\1(?![\p{L}\p{N}])/gu;
/** A number sign standing for the word ("xi kim meetings #", "# of renewals"), not a heading mark, a channel or "#1". */
const NUMBER_SIGN = /(\S\s+|^\s*)#(?=\s+of\b|\s*\??$)/gu;
/** A line's quote or heading mark ("> pasted sentence", "# question"). */
const MARKDOWN_LINE = /^[ \t]*(?:>>?>?|#{1,3})[ \t]+/gm;
/** Discord's own markup: user, role and channel mentions, custom emoji, timestamps. */
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
/** The verbs after a member who says or believes something ("jay says", "@jay thinks"). */
const SAYS = "(?:says|thinks|said|swears|claims|reckons|insists|believes)";
/** Text mentions ("@treaty-bot", "@everyone"), links and emoji shortcodes (":thinking:"). */
const TEXT_MENTION = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+/gu;
/** A member mentioned before what they say ("@jay says 1949, i say 1961"): whoever says it, as a member named is (see `MEMBER_SAYS`). */
const MENTION_SAYS = new RegExp(String.raw`(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+\s+(?=${SAYS}\b)`, "giu");
const LINK = /\bhttps?:\/\/\S+/gi;
/** A channel typed by its name ("someone in #general said ..."): where it was said, not what. */
const CHANNEL_NAME = /\b(?:in|on|from|over in|over on) #[\p{L}\p{N}_-]+/giu;
const SHORTCODE = /:[a-z0-9_+-]+:/gi;
/** "who is ri ryong nam tho", "who is song tao tho, ...": "though" last in a question or a clause is the asker's tone, no word of it. */
const THOUGH_LAST = /\s+(?:tho|though)(?=\s*(?:[,?!.]|$))/i;
/** A remark in brackets after the question mark or a comma, last: "is it switzerland? (obviously not)", "(jk)", "..., asking for a friend (the friend is kim)". */
const REMARK_IN_BRACKETS_LAST = /([?,])\s*\([^()?]{1,40}\)[\s.!]*$/;
/** A "who" question, then the person asked described as a joke or by what they do after its comma: "who is china's special rep for nk, the guy with the worst job in diplomacy", "..., the one talking to the us side" (group 1: the question; its "guy" may be gone as filler). */
const PERSON_DESCRIBED_LAST = /^(\s*who\b[^,?]*),\s*the\s+(?:(?:guy|one|dude|man|woman|lady|person|fella)s?\s+(?:with|who|whose|that|[a-z]+ing)|(?:with|who|whose|that))\b[^?]*[?.!\s]*$/i;
/** "wait", "hold on" opening a message, before its question (see `normalise`). */
const CATCHING_UP = /^\s*(?:wait|hold on|hang on)\b[\s,.!:-]*(?=(?:who|whos|whose|what|whats|when|where|which|why|how|is|was|are|were|did|does|do)\b)/i;
/** Emoticons typed in letters and marks: "xD", ":O", ":P", ";)", "<3", "o_O", "T_T". */
const EMOTICON = /(?<![\p{L}\p{N}])(?:[xX][dD]+|[:;=][-']?[)(\]\[dDpPoO3/\\|*]+|[dD]:|<3+|[oO]_[oO]|\^_?\^|[tT]_[tT])(?![\p{L}\p{N}])/gu;
/** A question mark dictated as words, ending the message. */
const DICTATED_MARK = /\s+question mark\s*[.?!]*\s*$/i;
/** A full stop dictated as a word, ending the message, after a word no period follows in speech ("the validity period", "what period" stay). */
const DICTATED_STOP = /(?<!\b(?:the|a|an|this|that|what|which|validity|time|trial|grace|renewal|transition|waiting|cooling|same|whole|entire|long|short|given|certain|specific|\d+-year|year|twenty-year|initial|first|second|last|next|holiday|reporting|war|colonial|cold war))\s+(?:period|full stop)\s*[.?!]*\s*$/i;
/** An emoji typed out by its name: "skull emoji", "crying emojis". */
const EMOJI_NAMED = /(?<![\p{L}\p{N}])\p{L}+\s+emojis?(?![\p{L}\p{N}])/giu;
/** A word in capitals (with its apostrophe part: "DIDN'T"). */
const CAPS_WORD = /\b[A-Z]{2,}(?:'[A-Z]+)?\b/g;
/** How often a word in capitals is seen in everyday English to be read as that word, not as letters ("KCNA", "DPRK", "WPK" are seen less). */
const CAPS_WORD_COUNT = 10;
/** Two-letter words that are words in capitals too ("IS", "IT"), unlike "US" or "UN". */
const SMALL_CAPS_WORD = /^(?:IS|IT|TO|OF|IN|ON|AT|DO|BE|HE|WE|ME|MY|SO|NO|OR|AN|AS|BY|IF|UP|OK|AM|GO|HI|YO)$/;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200D\uFE0F\u20E3]/gu;
/**
 * Emoji, or a laugh, between a remark and a question end the remark as a full stop would: "got super into nk
 * stuff lol 😅 who is north korea's ambassador in china" asks only what follows.
 */
const EMOJI_BEFORE_QUESTION = /(?<=\p{L}[\s,]*)(?:\s+(?:lol|lmao|haha)\b)?[\s,]*[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200D\uFE0F\u20E3]+(?=\s*(?:what|whats|which|when|who|whos|whose|how|where|why)\b)/giu;
/** "whats", "whos", "wheres", "hows", "thats" (and "what's"): a question word run into "is". */
const RUN_INTO_IS = /\b(what|who|where|when|how|that|there|here)'?s\b/gi;
/** "what'd", "where'd": a question word run into "did". */
const RUN_INTO_DID = /\b(what|who|where|when|how|why)['’]d\b/gi;
/** "it'll", "he'd", "they're", "we've", "i'm": a pronoun and its auxiliary, two words (as a word of its own, "it'll" would look like a rare name). */
const PRONOUN_CONTRACTION = /\b(i|you|he|she|it|we|they|that|there|who|what)'(ll|d|re|ve|m)\b/gi;
const CONTRACTED: Record<string, string> = { ll: "will", d: "would", re: "are", ve: "have", m: "am" };
/**
 * A year written with two digits: "back in 61", "signed in '61", "renewed in 81 and 01", "since
 * 49", "the 61 deal". Only after a word that introduces a time (or an apostrophe), or between
 * "the" and the treaty, and not before a unit ("in 20 yrs", "in 60 days") or as a decade ("the 90s").
 */
const SHORT_YEAR = /(?:(?<=\b(?:in|back in|since|from|until|till|til|before|after|around|by)\s+)'?|(?<![\p{L}\p{N}])'|(?<=\b(?:the|that|their|its)\s+(?:(?:original|first|old|whole|same|initial|og)\s+)?)(?=\d{2}\s+(?:treaty|pact|deal|agreement|accord|alliance|renewal|signing)\b))(\d{2})((?:\s*(?:,|and|or|&)\s*'?\d{2})*)(?![\p{N}'’]|\s*(?:s\b|th\b|st\b|nd\b|rd\b|%|percent|years?|yrs?|yr|y\/?o|days?|months?|mos?|weeks?|wks?|hours?|hrs?|mins?|minutes?|seconds?|secs?|times?|x\b|people|ppl|countries|states|articles?|rounds?|miles?|km))/giu;
/**
 * Numbers a voice-to-text member says in words: a year ("nineteen sixty one", "two thousand and
 * one", "twenty twenty one"), or a count before "years" or an anniversary ("sixty years", "the
 * sixtieth anniversary"), which the articles write in digits.
 */
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };
const UNIT = Object.keys(UNITS).join("|");
const TWO_DIGITS = `(?:${Object.keys(TENS).join("|")})(?:[\\s-](?:${UNIT}))?|${Object.keys(TEENS).join("|")}|oh[\\s-](?:${UNIT})`;
const SPOKEN_YEAR = new RegExp(`\\b(nineteen|twenty)[\\s-](${TWO_DIGITS})\\b|\\btwo thousand(?:\\s+and)?(?:[\\s-](${TWO_DIGITS}|${UNIT}))?\\b`, "giu");
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
/** "60 year anniversary", "60-yr anniv": a count of years before "anniversary" (group 1: the count, group 2: the word). */
const YEARS_ANNIVERSARY = /\b(\d{1,3})(?:-| )?(?:years?|yrs?)(?:-| )(anniversary|anniv)\b/gi;
/** A date in figures: month or day first, then the year ("7/11/61", "11/07/1961"); groups: the two numbers and the year. */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A day before its month, as British members write it: "11 july", "the 11th of july" (group 1: the day, group 2: the month). */
const DAY_THEN_MONTH = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
/** The treaty (or the ties) turning an age, in figures by now: "the treaty turned 60", "when does the pact turn 70" (group 1: the thing and words up to the verb, group 2: the verb's ending, group 3: the age). */
const TURNED_AGE = /\b((?:treaty|pact|deal|alliance|agreement|accord|friendship|ties|relations|relationship|it)(?: (?:just|officially|finally|will|would|did|has|had))?) turn(ed|s|ing|) (\d{1,3})\b(?! (?:times|%|percent))/gi;
/** A count of decades, in figures by now ("2 decades"), or one ("a decade", "one decade"): group 1 the count. */
const DECADES = /\b(?:(\d{1,2})|a|one) decades?\b/gi;
/** The suffix of an ordinal in figures: 1st, 2nd, 3rd, 11th, 60th. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
const SPOKEN_COUNT = new RegExp(`\\b(${TWO_DIGITS}|${UNIT})(?=\\s+(?:years?|yrs?|decades?)\\b)|(?<=\\bturn(?:ed|s|ing)? )(${TWO_DIGITS})\\b|\\b(${Object.keys(ORDINAL_TENS).join("|")})(?=\\s+anniversary\\b)`, "giu");
/**
 * A word each of these patterns needs, tested first: a plain search for it is far cheaper than the
 * pattern, and most questions have none (the normaliser runs some forty patterns on every question).
 */
const CUES = {
  spokeOf: /\b(?:talk|speak) (?:about|of)\b/i,
  talkedOf: /\b(?:talk|talked|talks|spoke|speaks|talking|speaking) (?:about|of)\b/i,
  whose: /\bwhose\b/i,
  ordinal: /\d(?:st|nd|rd|th)\b/i,
  spokenYear: /nineteen|twenty|thousand/i,
  spokenCount: /\b(?:years?|yrs?|decades?|anniversary|turn(?:ed|s|ing)?)\b/i,
  envoy: /envoy|rep|ambassador/i,
  side: /\bsides?\b/i,
  guyIn: /\b(?:guy|man|woman|person|dude|rep) in\b/i,
  wantsDone: /\bto (?:do|take|stop|change)\b/i,
  backIn: /\bback\s+in\b/i,
  twoDigits: /\d\d/,
  nameAsked: /\bname\b/i,
  leader: /\blead(?:er|s)?\b|\bled\b|\b(?:runs|rules|heads|ran|ruled|headed)\b/i,
  dateFrom: /\bdated? |\bdates /i,
  dayFirst: /\d(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
};

/** "sixty one" → 61, "oh one" → 1, "nineteen" → 19. */
function twoDigits(words: string): number {
  const [a, b] = words.toLowerCase().split(/[\s-]+/) as [string, string | undefined];
  if (a === "oh") return UNITS[b!] ?? 0;
  return (TEENS[a] ?? TENS[a] ?? UNITS[a] ?? 0) + (b ? (UNITS[b] ?? 0) : 0);
}

/** "4" and "2" as chat writes "for" and "to": before a determiner or a pronoun ("4 the ministry", "2 u"), not a count ("the 2 leaders"). */
const DIGIT_FOR_WORD = /(?<![\p{L}\p{N}.,:/#$-])([24])(?=\s+(?:the|a|an|me|u|you|us|them|him|her|it|this|that|these|those|my|your|our|their|his|its|what|wat|who|whom)\b)/giu;
/** A number from one to nine written as a digit before a word ("the 2 leaders", "3 times"; not "2.5", "9:30", "2nd", "#1", a title's "ace combat 7", nor a date's day: "the july 7 story"). */
const SMALL_NUMBER = /(?<![\p{L}\p{N}.,:/#$-])(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\s+)([1-9])(?=\s+\p{L})/giu;
const DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/**
 * An ordinal under ten in figures: "1st", "2nd", "9th" (not "21st", "60th"); not a date's day
 * ("july 1st") nor an anniversary's count, which a claim states in figures ("the 5th anniv?").
 */
const SMALL_ORDINAL = /(?<![\p{L}\p{N}.,:/#$-])(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\s+)([1-9])(?:st|nd|rd|th)\b(?!\s+anniv)/giu;
const ORDINAL_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
/** "back" before "in" and a year ("signed back in '61"); not before a decade ("ties back in the 30s", as the articles' "date back to the 1930s"). */
const BACK_IN_YEAR = /\bback\s+(?=in\s+'?\d{2}(?:\d{2})?\b)/giu;
/** A decade written with two digits: "the 30s", "the '90s". */
const SHORT_DECADE = /(?<=\bthe\s+)'?(\d0)s\b/giu;
/** "61" → "1961", "01" → "2001": this century up to 29, the last one from 30. */
const fullYear = (yy: string) => `${Number(yy) < 30 ? "20" : "19"}${yy}`;

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

/**
 * "was it mao who signed it", "is it really xi who ...", "was it cnn that quoted kim", "(i heard)
 * it was mao who signed it in 61": the member names someone to be checked, which reads as the
 * claim "mao signed it" (not "is it true that ...", a frame: an adjective before "that" is no one
 * named).
 */
const CLAIM_CLEFT = /^\s*(?:(?:so|but|and|ok|okay|wait)[\s,]+)?(?:it (?:was|is|were) (?:really |actually )?((?:[\p{L}\p{N}'’.-]+ ){0,3}[\p{L}\p{N}'’.-]+) who|(?:was|is|were) it (?:really |actually )?((?:[\p{L}\p{N}'’.-]+ ){0,3}[\p{L}\p{N}'’.-]+) (?:who|(?<!\b(?:true|right|correct|so|possible|likely|fair|clear|known|said|reported|because|weird|odd|strange|wrong|bad|good|sad|funny|ironic|obvious|normal|rare|common|unusual|surprising|important|the case|just) )that))\s+(?=\p{L})/iu;

/**
 * "my notes say ...", "my history teacher said that ...", "my uncle swears ...": what someone told
 * the asker, to be checked (the lexicon's openers list the commonest; this takes the people and
 * notes members cite; not "my landlord says the lease ...", the asker's own affairs).
 */
const HEARSAY_SOURCE = "(?:friend|uncle|aunt|dad|mom|cousin|teacher|grandson|granddaughter|grandpa|grandma|brother|sister|notes|textbook|professor|history teacher|son|daughter|boss|coworker|partner|bf|gf|buddy|bro|mate|pal|roommate|classmate|friends|buddies|sibling|neighbou?r|girlfriend|boyfriend|wife|husband)";
const HEARSAY = new RegExp(`^\\s*my (?:[a-z]+ )?${HEARSAY_SOURCE} (?:says|said|say|thinks|thought|swears|swore|claims|claimed|insists|told me|tells me|keeps saying|kept saying)(?: that)?[\\s,:]+(?=\\S)`, "i");
/** Someone who tells the asker something about the subject, not about the asker's own affairs ("my landlord says the lease ..."): whose words a question puts to the test. */
export const HEARSAY_TOLD = new RegExp(`\\bmy ${HEARSAY_SOURCE} (?:says|said|thinks|told|swears|keeps|claims|mentioned|asked)\\b`, "i");

/** A word opening a clause before a verb of saying or believing: a member's name ("dev says mao signed it, priya says zhou enlai"), when the articles never use it. */
const MEMBER_SAYS = new RegExp(String.raw`(^|[,.;!?]\s*|\b(?:and|but|while|whereas|then|so|ok|okay|well)\s+)([a-z]{2,12})\s+(?=${SAYS}\b)`, "gi");
/** A line break, or " / " before a speaker's label, between the lines of a chat log. */
const LINE_BREAK = /[ \t]*\n+[ \t]*|\s+\/\s+(?=@?[\p{L}\p{N}_]{1,15}:\s)/gu;
/** A time stamp opening a pasted line: "[9:14 PM] ", "[Mon 11:05] ", "[12:01] ". */
const LINE_STAMP = /^[ \t]*\[[^\]\n]{0,12}\d{1,2}:\d{2}[^\]\n]{0,8}\][ \t]*/gmu;
/** A speaker's name in angle brackets opening a line, as IRC clients paste it: "<kezza> ...". */
const ANGLED_SPEAKER = /^[ \t]*<[\p{L}\p{N}_]{1,15}>[ \t]+/gmu;
/** The line Telegram pastes over a message ("Artem, [14.06.2026 09:12]") and Slack ("mei  3:05 PM"). */
const APP_HEADER = /^[ \t]*[\p{L}\p{N}_. ]{1,32}(?:,[ \t]*\[[\d./:, ]{4,24}\]|[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)[ \t]*$/gimu;
/** The line Discord pastes over a reply: "Replying to @kev" (its mention may be gone already). */
const REPLY_HEADER = /^[ \t]*Replying to(?: @?[\p{L}\p{N}_.]{1,32})?[ \t]*$/gimu;
/** The line Discord pastes over a member's messages: "mirk — Today at 3:02 PM", "dano — 12/06/2026 3:03 PM". */
const DISCORD_HEADER = /^[ \t]*[\p{L}\p{N}_. ]{1,32} [—–-] (?:(?:Today|Yesterday) at \d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2})(?: ?[AP]M)?[ \t]*$/gimu;
/** A pasted line that opens on a question word, after its speaker's label and a word to the bot: "kev: ok bot when was it renewed". */
const LINE_ASKS = /^\s*(?:@?[\p{L}\p{N}_]{1,15}:\s+)?(?:(?:ok|okay|so|and|but|hey|yo|@?bot)\W+)*(?:what|whats|which|who|whos|whom|whose|when|where|why|how)\b/iu;
/** A speaker's label opening a line: "jay: ...", "@kev: ..." (group 2: the name). */
const SPEAKER_LABEL = /(^\s*|[.!?]\s+)@?([\p{L}\p{N}_]{1,15}):\s+/gu;
/** Words that open such a clause and name no member: pronouns, question words, "everyone". */
const NOT_A_MEMBER = /^(?:he|she|it|they|we|i|you|u|ya|who|what|which|that|this|there|here|everyone|everybody|people|someone|somebody|nobody|noone|one|anyone|anybody|all|each|mine|yours|also|still|just|only|even|never|always|so)$/i;

/** "whose signature is on", "whose names were on": who signed (group 0, the words replaced). */
const SIGNATURE_ON = /\bwhose (?:names?|signatures?) (?:is|are|was|were) on\b/gi;
/** "who talked about ...", "which official was speaking of ...": who said something, asked (group 1: the question word and its noun). */
const WHO_SPOKE_OF = /^((?:who|(?:which|what) [\p{L}'’-]+))\s+(?:(?:was|is|has|had)\s+)?(?:talked|talks|spoke|speaks|talking|speaking|talk|speak)\s+(?:about|of)\b/iu;
/** "what did kim talk about?", "what will xi speak of": a saying whose object the question asks for, at its end (group 1: the asker's words before it, 2: the question mark). */
const SPOKE_OF_ASKED = /(\b(?:did|does|do|will|would|could|can)\s+(?:[\p{L}'’-]+\s+){1,4})(?:talk|speak) (?:about|of)(\s*\?*)\s*$/iu;
/** "<an office> name?", "the envoy's name??", "china's nk envoy full name": its holder asked (group 1: the office, possessive dropped). */
const OFFICE_NAME_AFTER = /^\s*(?!(?:what|whats|wat|which|who|whos|how|is|was|are|were|do|does|did|tell|give)\b)((?:the |their )?(?:[\p{L}'’-]+ ){0,4}?(?!official\b)[\p{L}-]+?)(?:['’]s)? (?:full |real |actual )?name\s*\?*\s*$/iu;
/** "the american special rep for north korea, whats the gentleman's name", "..., what's his name" (group 1: the office; not someone told by what they did, "the cpc guy who passed along xi's message"). */
const OFFICE_THEN_NAME = /^\s*(?:(?:and|so|ok) )?((?:the |their )?(?:(?!(?:who|that|which)\b)[\p{L}'’-]+ ){0,6}[\p{L}-]+),\s*(?:what is|what's|whats|wats) (?:the (?:gentleman|guy|man|woman|lady|person|official|dude|fella)['’]s|his|her) (?:full |real |actual )?name\s*\?*\s*$/iu;
/** "name of the us envoy?", "full name of china's special rep" (group 1: the office). */
const OFFICE_NAME_OF = /^\s*(?:the )?(?:full |real |actual )?name of ((?:the |their )?(?:[\p{L}'’-]+ ){0,4}[\p{L}-]+)\s*\?*\s*$/iu;
/** A verb after a subject that makes words a statement ("trump met kim 5 times"), not a bare phrase ("the 2001 renewal", "renewed in 2001"). */
const STATEMENT = /^\s*[\p{L}\p{N}'’-]+\s(?:.*\s)?(?:is|was|are|were|has|have|had|will|would|did|does|do|\p{L}{3,}ed|met|sent|led|made|took|went|ran|said|says|lasts?|expires?|ends?)\b/iu;
/** A request of the bot rather than a statement: "tell me about 1961", "explain the 2001 renewal". */
const REQUEST = /^\s*(?:tell|explain|show|give|list|describe|summari[sz]e|find|search|define|compare|name|info|details|facts)\b/i;
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
/** "wear", "were", "wher", "whre" opening a question before its verb: "where". */
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
const WHERE_MISSPELT = /^(?:wear|were|wher|whre|wheer)(?= (?:is|are|was|were|did|do|does|will|can|r)\b)/i;
/** "hw" asking how: before what "how" asks ("hw far back", "hw many", "hw did"). */
const HW_ASKS = /\bhw(?= (?:far|many|much|long|old|often|come|did|does|do|is|was|are|r|were)\b)/gi;
/** "who is sign", "who was sign", "who bring": a base verb after "who" (and a stray "is" or "was"), the past tense a learner leaves out. */
const PAST_TENSE: Record<string, string> = { sign: "signed", deliver: "delivered", send: "sent", bring: "brought", write: "wrote", carry: "carried", renew: "renewed", say: "said", tell: "told", give: "gave", hand: "handed" };
const WHO_BASE_VERB = new RegExp(`\\b(who)(?: (?:is|are|was|were))?(?: (?:the )?(?:person|people|persons|one|ones|man|men))? (${Object.keys(PAST_TENSE).join("|")})\\b(?! (?:to|for) (?:me|us)\\b)`, "gi");
/** "treaty sign who", "the messages delivered by who?": a thing, its act and "who" last (groups: the thing, the verb). */
const THING_DONE_BY_WHO = new RegExp(`^\\s*((?:the |this |that )?[\\p{L}'’-]+(?: [\\p{L}'’-]+)?) (${[...Object.keys(PAST_TENSE), ...Object.values(PAST_TENSE)].join("|")})(?: by)? (?:who|whom)\\s*\\??\\s*$`, "iu");
/** "what is mean dprk", "what is meaning of kcna", "whats the meaning of X" (group 1: what is meant). */
const MEANING_ASKED = /^\s*what(?:'s| is| does)? (?:the )?mean(?:s|ing)? (?:of )?(?!to\b)([\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}?)\s*\?*\s*$/iu;
/** "who did the signing for china", "who does the delivering": the act as a noun after "do", which the articles tell with its verb ("Signed by ..."). */
const INGS: Record<string, string> = Object.fromEntries(Object.keys(PAST_TENSE).map((verb) => [`${verb.replace(/e$/, "")}ing`, verb]));
const DID_THE_ACT = new RegExp(`\\b(?:did|does|do) the (${Object.keys(INGS).join("|")})\\b`, "gi");
/** "X's take on", "his take on": a view, owned ("take on" alone is to tackle). */
const TAKE_ON_OWNED = /(['’]s|\b(?:his|her|their|its|ur|your|my|our)) take on\b/gi;
/** "4" as "for" after a word it follows: "stand 4", "good 4". */
const FOUR_AFTER = /\b(stands?|stood|good|gud|valid|known|famous|ready) 4\b(?! (?:times|years|yrs|rounds|days|months)\b)/gi;
/** "i need the ...", "i want a ...", "im looking for the ...", "do you know the ...": a thing the member asks for by saying they want it (group 0, the words replaced). */
const THING_WANTED = /^\s*(?:i (?:need|want|would like|'d like|d like)|(?:i'm|im|i am) looking for|(?:do|does|would|could|can) (?:you|u|anyone|anybody|someone|somebody) (?:happen to )?know)\s+(?=(?:the|a|an)\s)/i;
/** A yes-or-no question that puts a guess ("was it mao and kim il sung", "is it russia"). */
const GUESS_FRAME = /^(?:was|is|were|are) (?:it|that|this)\b/i;
const MAX_GUESS_WORDS = 9;
/** A yes-or-no question about what was just asked: "is he even official", "was it real", "did they". */
const YES_NO_ASIDE = /^(?:is|was|are|were|did|does|do|has|had) (?:he|she|it|they|that|this)\b/i;

/**
 * Where a message that asks its question and then guesses puts its guess ("who is nk's biggest
 * ally according to scmp? russia?", "the upi article says it was last renewed when? i thought
 * 1981", "which anniversary was it in 2021, the 50th?"), or undefined. A guess is a short last
 * part, after a question mark (or after a comma, ending in one) that asks nothing itself.
 */
function trailingGuessFrom(text: string, claimOpener?: RegExp): number | undefined {
  const m = /^(.*?\S.*?)(\?+|,)(\s*)([^?,]+?)\s*\?*\s*$/s.exec(text);
  if (!m) return unmarkedGuessFrom(text);
  const [, question, mark, space, guess] = m as unknown as [string, string, string, string, string];
  // (Alternatives guessed count one at a time: "zhou enlai and kim il sung or was it mao".)
  // (And the parts of a guess after "but": "i know it was not kim jong un but was it his dad or his grandpa".)
  const longest = Math.max(...guess.split(/\s+(?:or|but)\s+(?:(?:was|is) it\s+)?/).map((part) => part.split(/\s+/).length));
  if (!ASKS.test(question) || (ASKS.test(guess) && !GUESS_FRAME.test(guess)) || longest > MAX_GUESS_WORDS) return undefined;
  // After a comma only a guess that says so ("the 50th?", "was it 1953?"): ", and when was it renewed" is no guess.
  // (Or one that says it is a guess: "the ambassador called the friendship what, 'enduring and' something".)
  // (Or a yes-or-no aside of its own, question mark or not: "who is this chinese spokesman everyone keeps quoting, is he even official".)
  // (Or one framed as a claim: "where are biden and xi expected to meet, someone said apec".)
  // (Or two short values offered: "how many times has it been renewed, 2x or 3x".)
  // (A short guess after the question mark goes on after a comma: "who signed it on the chinese side? zhou something, he was premier i think".)
  const afterMark = mark === "," ? /\?+\s*([^?]+)$/d.exec(question) : null;
  if (afterMark && !ASKS.test(afterMark[1]!) && ASKS.test(question.slice(0, afterMark.index)) && afterMark[1]!.split(/\s+/).length <= MAX_GUESS_WORDS) return afterMark.indices![1]![0];
  // (Or a guess denied: "when did xi go to pyongyang, it wasnt 2018", "..., stop saying 2011"; or one that says it is a guess last: "..., some fancy banquet hall i guess".)
  if (mark === "," && !/\?\s*$/.test(text) && !/\b(?:something|smth|sth)\s*$/i.test(guess) && !GUESS_LAST.test(guess) && !YES_NO_ASIDE.test(guess) && !claimOpener?.test(guess) && !VALUES_OFFERED.test(guess) && !GUESS_DENIED.test(guess)) return undefined;
  // (Claims one after another are one guess: "where are biden and xi expected to meet? someone said apec, i said g20".)
  let from = question.length + mark.length + space.length;
  // (A guess after a guess is one: "who was the spokesman, wang yi or wang wenbin? lee thinks wang yi".)
  const earlier = mark.startsWith("?") ? trailingGuessFrom(`${question}${mark}`) : undefined;
  if (earlier !== undefined) return earlier;
  if (claimOpener?.test(guess)) {
    for (let before = CLAIM_BEFORE.exec(question); before && claimOpener.test(before[2]!) && ASKS.test(before[1]!); before = CLAIM_BEFORE.exec(before[1]!)) from = before.indices![2]![0];
  }
  return from;
}

/** The last part of a text after a question mark or a comma (group 2), and the text before it (group 1). */
const CLAIM_BEFORE = /^(.*?\S.*?)(?:\?+|,)\s*([^?,]+?)\s*$/ds;

/** A guess that says so last: "some fancy banquet hall i guess", "the us probably". */
const GUESS_LAST = /\b(?:i (?:guess|think|assume|bet|reckon|suppose|imagine)|probably|prolly|maybe)\s*[.!]*$/i;

/** A guess denied after the question's comma: "it was not 2018", "it wasnt blinken", "stop saying 2011", "not kcna". */
const GUESS_DENIED = /^(?:(?:it|that|he|she|they)\s+(?:was|is|were|are)\s+not|(?:it|that)\s+(?:wasnt|isnt)|stop saying|not)\b/i;

/** A question of an age or a length, then "how many years" or "how long" again, after its mark or a comma (group 1: the question). */
const MEASURE_ASKED_AGAIN = /^(\s*how (?:old|long)\b[^?,]*)[?,]\s*(?:(?:like|i mean|as in|so|ie|i\.e\.)\s+)?how (?:many (?:years|yrs|decades)|long)\s*\?*\s*$/i;

/** Two values offered as a guess after a comma, a word or two each: "2x or 3x", "1981 or 2001". */
const VALUES_OFFERED = /^(?:[\p{L}\p{N}'’-]+ ){0,1}[\p{L}\p{N}'’-]+ or [\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+)?$/u;

/**
 * A guess put after the question with no mark between, as chat runs on ("who signed the treaty
 * for china lol was it mao", its "lol" gone as filler): "was it" or "is it" and a few words, after
 * a question of three words or more, with its own verb, that opens on a question word ("when was it
 * signed", "how many yrs is it good for" are none).
 */
function unmarkedGuessFrom(text: string): number | undefined {
  const m = /^((?:what|whats|which|who|whom|whose|when|where|how)\b\S*(?:\s+\S+){2,}?)\s+((?:or )?(?:was|is) (?:it|that)\s+[^?,]+?)(?:\s+or (?:who|what|smth|something))?\s*\?*\s*$/i.exec(text);
  // (The question has its own verb: "how many yrs is it good for" asks with "is it".)
  if (!m || ASKS.test(m[2]!) || m[2]!.split(/\s+/).length > MAX_GUESS_WORDS || !/\s(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|\w+ed|put|sent|met|said|told|made|gave|took|went|came|got|led|ran|wrote|spoke|broke|began|brought|held|kept|left|set|won|saw|knew|meant|thought|heard|found|built|fought)\b/i.test(m[1]!)) return undefined;
  return text.length - text.slice(m[1]!.length).trimStart().length;
}

/**
 * A time stated, not asked ("kim's first visit to china was 2019?", "kcna put out the message on
 * friday?", "was 1981 one of the renewal years", "is the treaty good for 10 years at a time"): a
 * year, a decade, a day of the week, a month and day, an ordinal, a length of years something
 * lasts for; or how often something happened ("xi and kim met like twice?"). A question that
 * states one, asks with no question word and does not ask for a number or a name is a claim to
 * check (see `claims.ts`), which the time (or count) asked answers.
 */
const TIME_STATED = /\b(?:1[6-9]|20)\d\ds?\b|\b\d0s\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}\b|\b(?:in|by|since) (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d+(?:st|nd|rd|th)\b|\b(?:for|lasts?|every)\s+(?:only\s+)?\d+\s*(?:years?|yrs?)\b|\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times)\b|\b\d+\s*(?:years?|yrs?) (?:old|long)\b/i;
/** "how far back do their ties go" (group 1: the auxiliary, group 2: what goes back). */
const HOW_FAR_BACK_GO = /\bhow\s+far\s+back\s+(do|does|did)\s+((?:[\p{L}'’-]+\s+){1,8}?)go\b/iu;
/** A name, then "who is that": "ri ryong nam who is that", "song tao?? who's he" (group 1: the name, two to four words). */
const NAME_THEN_WHO = /^\s*((?:[\p{L}'’-]+ ){1,3}[\p{L}'’-]+)[\s,?!.-]+(?:who|whos|who's) (?:is|was|'s)? ?(?:that|this|he|she|him|her|they|dis|dat)\s*\?*\s*$/iu;
/** The open question offered as the other choice, ending a message: "... in 1971 or when", "... 3 times or how many". */
const OPEN_ALTERNATIVE = /[\s,]+or (?:when|what(?: year| date| day| month)?|which (?:year|date|day|month)|how (?:many|long|old))\s*\?*\s*$/i;
/**
 * "did mao sign the treaty", "didnt zhou enlai sign it": a signer asked yes or no. Only signing:
 * "did xi deliver a speech" asks whether he did, not who delivered something.
 */
const DOER_ASKED = /^\s*(?:did|didn['’]?t) (?<doer>(?!(?:the|it|they|this|that|he|she|we|you|u|anyone|someone|somebody|anybody)\b)\p{L}+(?: \p{L}+){0,3}) (?<verb>sign)\b(?<rest>[^?]*)\??\s*$/iu;
/** "mao signed the treaty?", "the treaty was signed by mao": the doer stated, which a member puts to the bot to check. */
const DOER_STATED = /^\s*(?!(?:the|it|they|this|that|he|she|we|you|u|i|wh\p{L}*|how|anyone|someone|somebody|anybody|nobody|both|each)\b)\p{L}+(?: \p{L}+){0,3} signed (?:the|this|that|it)\b[^?]*\??\s*$|^\s*(?:the (?:treaty|pact|accord|agreement|deal)|it) (?:was|got) signed by (?!(?:who|whom|which|what)\b)\p{L}+(?: \p{L}+){0,3}\??\s*$/iu;
/** "china's special rep for north korea is wang yi?", "the nk fm was choe son hui?": a name stated as an office's holder, with a question mark. */
const OFFICE_HOLDER_STATED = new RegExp(`^\\s*(?:the )?(?:[\\p{L}'’-]+ ){0,4}(?:${ROLE})s?(?: (?:for|of|to|in|at) [\\p{L}'’ -]+?)? (?:is|was) (?!(?:the|a|an|who|what|not|still|also|in|at|from|based|called|named|now)\\b)\\p{L}+(?: \\p{L}+){0,2}\\?\\s*$`, "iu");
/** "was the treaty signed by mao", "did the treaty get signed by mao": the same, passive. */
const DONE_BY_ASKED = /^\s*(?:was|were|did|didn['’]?t) (?<thing>.+?) (?:get |got )?(?<act>signed) by (?<doer>[^?]+?)\??\s*$/iu;
/** A statement, then a question of a time after a comma or a question mark (group 1: the statement). */
const STATED_THEN_ASKED = /^(.*?)(?:,|\?+)\s+(?=(?:when|(?:which|what) (?:years?|dates?|days?|months?|decades?)|how (?:long|old))\b)/i;
/** "xi kim meetings count since 2018?", "official title of that 1961 agreement": a number or a name asked, not a time claimed. */
const OTHER_ASKED = /\b(?:count|number|total|title|name|signator(?:y|ies)|signers?)\b/i;
/**
 * "did nk sign a treaty with the soviet union in 1961?": whether something happened at all, which
 * the time it did would not answer (on the training parts, such a question was one the articles
 * cannot answer, given the treaty's year as a line).
 */
const ACT_ASKED = /^\s*(?:did|does|do)\b/i;

/** Numbers offered to choose from: "1961 or 1962", "50 or 60?", "20 vs 30", "the 1950s or the 1960s". */
const ALTERNATIVES = /\b\d{2,4}s?\s*(?:or|vs\.?|\/)\s*(?:the\s+)?\d{2,4}s?\b/i;

/** A number with its unit glued on: "12hr", "20yrs", "3wks", "12h" (not "1961s", "2nd", "60th"). */
const GLUED_UNIT = /\b(\d+)(yrs?|years?|h|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|mos|months?)\b/gi;

/** "how much year", "how much times": a learner's "how much" before a unit that is counted (not "how much time", a length). */
const HOW_MUCH_COUNTED = /\bhow much (years?|yrs?|times|months?|days?|decades?)\b/gi;
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
    // "the great wall of china", "a trump card": words of the articles in another sense, no words to look for; what they name is not the articles' subject.
    const others = otherSenses?.matchAll(text).map((m) => m.text) ?? [];
    if (others.length) text = otherSenses!.replace(text, () => " ");
    text = text.replace(WHICH_PEOPLE, "who");
    // "jo says they'll meet at the g20, max says apec": members named by each other, whose claims are put up to settle (not "mo" for "month").
    text = text.replace(MEMBER_SAYS, (m, before: string, name: string) => (this.memberName(name) ? `${before}someone ` : m));
    // "beijing's nk envoy name?", "name of the us envoy?": the holder of the office asked, as "who is" asks.
    if (CUES.nameAsked.test(text)) {
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
    text = text.replace(CATCHING_UP, "").replace(THOUGH_LAST, "").replace(REMARK_IN_BRACKETS_LAST, "$1").replace(PERSON_DESCRIBED_LAST, "$1");
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
    // "was teh treaty signed in 1971 or when": a yes-or-no question whose other choice is the open question puts its value to the bot to check.
    const open = OPEN_ALTERNATIVE.exec(text);
    if (open && YES_NO_QUESTION.test(text) && TIME_STATED.test(text.slice(0, open.index))) text = `${text.slice(0, open.index)}?`;
    // "1961 or 1962", "50 or 60": the member offers answers to choose from, which the articles need not repeat.
    let claim = checked || ALTERNATIVES.test(text);
    // (Tags one after another too: "... zhao lijian?? is that right for this one or did i mix it up".)
    for (const frame of [claimOpener, HEARSAY, claimTag, claimTag]) {
      // The frame goes only when a claim is left ("true?" alone stays a question), and a tag's
      // question mark stays: "what year was it signed, 1961 right?" still ends in a guess.
      let rest = frame ? text.replace(frame, " ") : text;
      if (frame === claimTag && rest !== text && /\?\s*$/.test(text)) rest = `${rest.trimEnd()}?`;
      if (rest !== text && /\p{L}{2,}/u.test(rest)) [text, claim] = [rest, true];
    }
    // "it was renewed in 2011 last time right? and the one before that was when": a claim, then a question of its own.
    const tagged = !claim && claimTagBefore ? claimTagBefore.exec(text) : null;
    if (tagged && !ASKS.test(text.slice(0, tagged.index)) && ASKS.test(text.slice(tagged.index + tagged[0].length))) [text, claim] = [`${text.slice(0, tagged.index)}${text.slice(tagged.index + tagged[0].length)}`, true];
    // (Without a tag too, when the claim states a time: "so they renewed it in 1971 and 1991, which years was it actually".)
    const stated = !claim ? STATED_THEN_ASKED.exec(text) : null;
    if (stated && TIME_STATED.test(stated[1]!) && !ASKS.test(stated[1]!)) claim = true;
    // (Stated without a question mark too: "trump met kim 5 times", typed to the bot, is put to it to check; not a request, "tell me about 1961".)
    if (TIME_STATED.test(text) && !ASKS.test(text) && !OTHER_ASKED.test(text) && !ACT_ASKED.test(text) && (text.includes("?") || YES_NO_QUESTION.test(text) || (STATEMENT.test(text) && !REQUEST.test(question)))) claim = true;
    // "did mao sign the treaty", "was the treaty signed by mao": the doer of an act, asked yes or no, is a doer claimed ("mao signed the treaty").
    // (Not when it offers a choice of something else: "did zhou enlai sign it in beijing or in pyongyang" asks where.)
    const doer = !claim && !/\bor\b/i.test(text) ? (DOER_ASKED.exec(text) ?? DONE_BY_ASKED.exec(text)) : null;
    if (doer?.groups) [text, claim] = [doer.groups.thing ? `${doer.groups.thing} was ${doer.groups.act} by ${doer.groups.doer}` : `${doer.groups.doer} ${PAST_TENSE[doer.groups.verb!.toLowerCase()]}${doer.groups.rest}`, true];
    // "mao signed the treaty?", "kim jong il signed the treaty": the signer stated, to be checked.
    else if (!claim && DOER_STATED.test(text)) claim = true;
    // "china's special rep for north korea is wang yi?": an office's holder stated, to be checked (asked as who holds it).
    if (!claim && text.trimEnd().endsWith("?") && OFFICE_HOLDER_STATED.test(text)) claim = true;
    const cleft = CLAIM_CLEFT.exec(text);
    const claimSubject = cleft ? (cleft[1] ?? cleft[2])! : undefined;
    if (cleft) [text, claim] = [`${claimSubject} ${text.slice(cleft[0].length)}`, true];
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
    let text = question
      .replace(MARKDOWN_SPAN, "$2")
      .replace(NUMBER_SIGN, "$1number")
      .replace(MARKDOWN_LINE, "")
      .replace(DISCORD_MARKUP, " ")
      .replace(LINK, " ")
      .replace(CHANNEL_NAME, " ")
      .replace(MENTION_SAYS, "someone ")
      .replace(TEXT_MENTION, " ")
      .replace(SHORTCODE, " ")
      .replace(EMOJI_BEFORE_QUESTION, ". ")
      .replace(EMOJI, " ")
      .replace(EMOTICON, " ")
      .replace(EMOJI_NAMED, " ")
      .replace(/[‘’]/g, "'");
    // Its lines' time stamps and headers, as chat clients paste them, are no words of it, nor a speaker's name in angle brackets.
    if (text.includes("\n") || /^\s*[<[]/.test(text)) text = text.replace(DISCORD_HEADER, "").replace(APP_HEADER, "").replace(REPLY_HEADER, "").replace(LINE_STAMP, "").replace(ANGLED_SPEAKER, "");
    // A chat log pasted as lines ("jay: its from 1953 / mo: nah its later / jay: ok what year was it signed"): each line a sentence,
    // and its speaker's label no word of it (before typos: "mo" is no "month").
    // (A line that opens on a question word is a question: "when was it last extended / dano: 2011 i thought??" guesses after it.)
    if (/\n|\s\/\s/.test(text)) {
      text = text.replace(LINE_BREAK, (_m, at: number, whole: string) => {
        const line = whole.slice(0, at).trimEnd();
        return /[.!?]$/.test(line) ? " " : LINE_ASKS.test(line.slice(line.lastIndexOf("\n") + 1)) ? "? " : ". ";
      });
    }
    if (text.includes(":")) {
      const inLog = (text.match(SPEAKER_LABEL) ?? []).length > 1;
      text = text.replace(SPEAKER_LABEL, (m, before: string, name: string) => (this.memberName(name, inLog) ? before : m));
    }
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
    if (CUES.spokenYear.test(text)) {
      text = text.replace(SPOKEN_YEAR, (_m, century: string | undefined, rest: string | undefined, after2000: string | undefined) =>
        century ? String((century.toLowerCase() === "nineteen" ? 1900 : 2000) + twoDigits(rest!)) : String(2000 + (after2000 ? twoDigits(after2000) : 0)),
      );
    }
    if (CUES.spokenCount.test(text)) text = text.replace(SPOKEN_COUNT, (_m, count: string | undefined, age: string | undefined, ordinal: string | undefined) => (count || age ? String(twoDigits((count ?? age)!)) : `${ORDINAL_TENS[ordinal!.toLowerCase()]}th`));
    // "7/11/61", "11 july 1961": the articles' order of a date ("July 11, 1961").
    if (text.includes("/")) text = text.replace(NUMERIC_DATE, (m, a: string, b: string, y: string) => {
      // Month first as American members write it, unless only the other order is a date ("25/12/2020").
      const [month, day] = Number(a) <= 12 ? [Number(a), Number(b)] : [Number(b), Number(a)];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${MONTH_NAMES[month - 1]} ${day} ${y.length === 2 ? fullYear(y) : y}` : m;
    });
    // ("2 may be wrong" is no date: May only with "th" or "of" before it, or a year after.)
    if (CUES.dayFirst.test(text)) text = text.replace(DAY_THEN_MONTH, (m, day: string, month: string, at: number) => (/^may$/i.test(month) && !/\d(?:st|nd|rd|th| of)/i.test(m) && !/^ \d{4}\b/.test(text.slice(at + m.length)) ? m : `${month} ${day}`));
    // "two decades", "a decade": the years the articles count ("20 years").
    if (CUES.spokenCount.test(text)) text = text.replace(DECADES, (_m, n: string | undefined) => `${n ? Number(n) * 10 : 10} years`);
    // "60 year anniversary", "the 60-yr anniv": the articles' ordinal ("the 60th anniversary").
    if (CUES.spokenCount.test(text)) text = text.replace(YEARS_ANNIVERSARY, (_m, n: string, word: string) => `${n}${ordinalSuffix(Number(n))} ${word}`);
    // "12hr", "20yrs": a number and its unit typed as one word are two ("12 hr", "20 yrs").
    text = text.replace(GLUED_UNIT, "$1 $2");
    // "to a 'new ___', fill in the blank", "the ___ stand of his govt — which word": a blank to fill is
    // asked as "what", and what follows only says so.
    if (/_{2,}/.test(text)) text = text.replace(WHAT_THEN_BLANK, "").replace(/_{2,}/g, "what").replace(BLANK_FRAME_AFTER, "?").replace(UNCLOSED_QUOTE, "$1").replace(BLANK_DOER, "who ").replace(BLANK_COUNT, "how many $1");
    // "spoke 4 the ministry", "talk 2 them": before a determiner or pronoun, "4" is "for" and "2" is "to" (no count);
    // "stands 4 wat", "good 4": after these words, "for" (before small numbers are spelled out: "stands four what").
    text = text.replace(DIGIT_FOR_WORD, (_m, d: string) => (d === "4" ? "for" : "to")).replace(FOUR_AFTER, "$1 for");
    // "the 2 leaders", "met 5 times": news spells out numbers under ten ("the two leaders").
    text = text.replace(SMALL_NUMBER, (_m, n: string) => DIGIT_WORDS[Number(n)]!);
    // "ready for what two things": a blank, however many things fill it.
    text = text.replace(BLANK_COUNTED, "$1$2");
    // "the 1st renewal", "kim's 2nd visit": news spells out the ordinals under ten too ("the first renewal").
    if (CUES.ordinal.test(text)) text = text.replace(SMALL_ORDINAL, (_m, n: string) => ORDINAL_WORDS[Number(n)]!);
    text = text.replace(SHORT_DECADE, (_m, yy: string) => `${fullYear(yy)}s`);
    // "back in 61": "back" only says it was long ago.
    if (CUES.backIn.test(text)) text = text.replace(BACK_IN_YEAR, "");
    if (CUES.twoDigits.test(text)) text = text.replace(SHORT_YEAR, (_m, first: string, rest: string) => fullYear(first) + rest.replace(/'?(\d{2})/gu, (_n, yy: string) => fullYear(yy)));
    text = text.replace(STRETCHED, (run, letter: string, offset: number, whole: string) => this.unstretch(run, letter, offset, whole));
    text = text.replace(RUN_INTO_DID, "$1 did").replace(RUN_INTO_IS, "$1 is").replace(PRONOUN_CONTRACTION, (_m, word: string, tail: string) => `${word} ${CONTRACTED[tail.toLowerCase()]}`);
    if (this.contraction) text = text.replace(this.contraction, (_m, aux: string) => `${expandAuxiliary(aux)} not`);
    // "hw far", "hw many": "how" before what it asks (elsewhere "hw" is the shorthand's homework).
    text = text.replace(HW_ASKS, "how");
    // "wear are they meeting", "were did kim go": "where", which a question opening so asks (not "were the messages delivered ...").
    text = text.replace(WHERE_MISSPELT, "where");
    for (const [wrong, right] of SOUND_ALIKE) text = text.replace(wrong, right);
    // "how many time was it renewed": a learner's singular, as "how many times" asks.
    text = text.replace(/\bhow many time\b/gi, "how many times").replace(HOW_MUCH_COUNTED, (_m, unit: string) => `how many ${unit.toLowerCase().replace(/s?$/, "s")}`);
    // "who is sign the treaty", "who bring the messages": as a learner of English asks who did it.
    // "what is mean dprk", "what is meaning of kcna": what it means, as a learner asks.
    text = text.replace(MEANING_ASKED, "what does $1 mean?");
    // "treaty sign who", "messages deliver who": the doer asked last, as a learner puts it.
    text = text.replace(THING_DONE_BY_WHO, (_m, thing: string, verb: string) => `who ${PAST_TENSE[verb.toLowerCase()] ?? verb.toLowerCase()} ${thing}?`);
    text = text.replace(WHO_BASE_VERB, (_m, who: string, verb: string) => `${who} ${PAST_TENSE[verb.toLowerCase()]}`);
    text = text.replace(DID_THE_ACT, (_m, act: string) => PAST_TENSE[INGS[act.toLowerCase()]!]!);
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
