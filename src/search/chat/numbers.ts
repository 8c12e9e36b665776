/**
 * Numbers and dates as members type them, written as the articles do: years and counts said in
 * words ("nineteen sixty one", "two decades"), dates in figures ("7/11/61"), two-digit years
 * ("back in 61"), and the small numbers and ordinals news spells out ("the 2 leaders" → "the two
 * leaders").
 */
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
/** "60 year anniversary", "60-yr anniv": a count of years before "anniversary" (group 1: the count, group 2: the word). */
const YEARS_ANNIVERSARY = /\b(\d{1,3})(?:-| )?(?:years?|yrs?)(?:-| )(anniversary|anniv)\b/gi;
/** A date in figures: month or day first, then the year ("7/11/61", "11/07/1961"); groups: the two numbers and the year. */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A day before its month, as British members write it: "11 july", "the 11th of july" (group 1: the day, group 2: the month). */
const DAY_THEN_MONTH = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
/** The treaty (or the ties) turning an age, in figures by now: "the treaty turned 60", "when does the pact turn 70" (group 1: the thing and words up to the verb, group 2: the verb's ending, group 3: the age). */
export const TURNED_AGE = /\b((?:treaty|pact|deal|alliance|agreement|accord|friendship|ties|relations|relationship|it)(?: (?:just|officially|finally|will|would|did|has|had))?) turn(ed|s|ing|) (\d{1,3})\b(?! (?:times|%|percent))/gi;
/** A count of decades, in figures by now ("2 decades"), or one ("a decade", "one decade"): group 1 the count. */
const DECADES = /\b(?:(\d{1,2})|a|one) decades?\b/gi;
/** The suffix of an ordinal in figures: 1st, 2nd, 3rd, 11th, 60th. */
export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
const SPOKEN_COUNT = new RegExp(`\\b(${TWO_DIGITS}|${UNIT})(?=\\s+(?:years?|yrs?|decades?)\\b)|(?<=\\bturn(?:ed|s|ing)? )(${TWO_DIGITS})\\b|\\b(${Object.keys(ORDINAL_TENS).join("|")})(?=\\s+anniversary\\b)`, "giu");
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

/** "4" as "for" after a word it follows: "stand 4", "good 4". */
const FOUR_AFTER = /\b(stands?|stood|good|gud|valid|known|famous|ready) 4\b(?! (?:times|years|yrs|rounds|days|months)\b)/gi;
/** A number with its unit glued on: "12hr", "20yrs", "3wks", "12h" (not "1961s", "2nd", "60th"). */
const GLUED_UNIT = /\b(\d+)(yrs?|years?|h|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|mos|months?)\b/gi;


/** A word each pattern below needs, tested first: a plain search for it is far cheaper than the pattern. */
const NUMBER_CUES = {
  ordinal: /\d(?:st|nd|rd|th)\b/i,
  spokenYear: /nineteen|twenty|thousand/i,
  spokenCount: /\b(?:years?|yrs?|decades?|anniversary|turn(?:ed|s|ing)?)\b/i,
  backIn: /\bback\s+in\b/i,
  twoDigits: /\d\d/,
  dayFirst: /\d(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
};

/** Years, counts and dates said in words or typed in another order, in figures as the articles write them ("1961", "20 years", "july 11 1961", "the 60th anniversary"). */
export function numbersInFigures(question: string): string {
  let text = question;
  if (NUMBER_CUES.spokenYear.test(text)) {
    text = text.replace(SPOKEN_YEAR, (_m, century: string | undefined, rest: string | undefined, after2000: string | undefined) =>
      century ? String((century.toLowerCase() === "nineteen" ? 1900 : 2000) + twoDigits(rest!)) : String(2000 + (after2000 ? twoDigits(after2000) : 0)),
    );
  }
  if (NUMBER_CUES.spokenCount.test(text)) text = text.replace(SPOKEN_COUNT, (_m, count: string | undefined, age: string | undefined, ordinal: string | undefined) => (count || age ? String(twoDigits((count ?? age)!)) : `${ORDINAL_TENS[ordinal!.toLowerCase()]}th`));
  // "7/11/61", "11 july 1961": the articles' order of a date ("July 11, 1961").
  if (text.includes("/")) text = text.replace(NUMERIC_DATE, (m, a: string, b: string, y: string) => {
    // Month first as American members write it, unless only the other order is a date ("25/12/2020").
    const [month, day] = Number(a) <= 12 ? [Number(a), Number(b)] : [Number(b), Number(a)];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${MONTH_NAMES[month - 1]} ${day} ${y.length === 2 ? fullYear(y) : y}` : m;
  });
  // ("2 may be wrong" is no date: May only with "th" or "of" before it, or a year after.)
  if (NUMBER_CUES.dayFirst.test(text)) text = text.replace(DAY_THEN_MONTH, (m, day: string, month: string, at: number) => (/^may$/i.test(month) && !/\d(?:st|nd|rd|th| of)/i.test(m) && !/^ \d{4}\b/.test(text.slice(at + m.length)) ? m : `${month} ${day}`));
  // "two decades", "a decade": the years the articles count ("20 years").
  if (NUMBER_CUES.spokenCount.test(text)) text = text.replace(DECADES, (_m, n: string | undefined) => `${n ? Number(n) * 10 : 10} years`);
  // "60 year anniversary", "the 60-yr anniv": the articles' ordinal ("the 60th anniversary").
  if (NUMBER_CUES.spokenCount.test(text)) text = text.replace(YEARS_ANNIVERSARY, (_m, n: string, word: string) => `${n}${ordinalSuffix(Number(n))} ${word}`);
  // "12hr", "20yrs": a number and its unit typed as one word are two ("12 hr", "20 yrs").
  text = text.replace(GLUED_UNIT, "$1 $2");
  return text;
}

/**
 * Digits as news writes them: "4" and "2" that stand for "for" and "to", numbers and ordinals
 * under ten in words ("the two leaders", "the first renewal"), two-digit years and decades in full
 * ("1961", "the 1960s").
 */
export function digitsAsNewsWrites(question: string): string {
  let text = question;
  // "spoke 4 the ministry", "talk 2 them": before a determiner or pronoun, "4" is "for" and "2" is "to" (no count);
  // "stands 4 wat", "good 4": after these words, "for" (before small numbers are spelled out: "stands four what").
  text = text.replace(DIGIT_FOR_WORD, (_m, d: string) => (d === "4" ? "for" : "to")).replace(FOUR_AFTER, "$1 for");
  // "the 2 leaders", "met 5 times": news spells out numbers under ten ("the two leaders").
  text = text.replace(SMALL_NUMBER, (_m, n: string) => DIGIT_WORDS[Number(n)]!);
  // "the 1st renewal", "kim's 2nd visit": news spells out the ordinals under ten too ("the first renewal").
  if (NUMBER_CUES.ordinal.test(text)) text = text.replace(SMALL_ORDINAL, (_m, n: string) => ORDINAL_WORDS[Number(n)]!);
  text = text.replace(SHORT_DECADE, (_m, yy: string) => `${fullYear(yy)}s`);
  // "back in 61": "back" only says it was long ago.
  if (NUMBER_CUES.backIn.test(text)) text = text.replace(BACK_IN_YEAR, "");
  if (NUMBER_CUES.twoDigits.test(text)) text = text.replace(SHORT_YEAR, (_m, first: string, rest: string) => fullYear(first) + rest.replace(/'?(\d{2})/gu, (_n, yy: string) => fullYear(yy)));
  return text;
}
