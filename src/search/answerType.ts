import { messageParts, partText } from "./messageParts.js";
import { ROLE } from "./roles.js";

/**
 * The kind of answer a question asks for, read from its wording: "when" wants a date,
 * "who" a person, "how many" a number, "what did X say" (or X's view, position, reply)
 * reported speech, "why" a reason. Sentences that cannot be that kind of answer rank lower.
 */
export type AnswerType = "time" | "person" | "number" | "duration" | "statement" | "reason" | "any";

/** A date asked in other words than "when": "the exact date", "the signing date of", "the precise day", "the renewal date". */
export const DATE_ASKED = /\b(?:exact|actual|precise)(?: [a-z]+)? (?:date|day)\b|\b(?:signing|signature|renewal) date\b|\bdate (?:of|it was|they) (?:the )?(?:sign|renew)/;

/**
 * What the asker or their own sources say, or what they would say (as the chat normaliser writes
 * it): "my notes say ...", "thats what my uncle says", "ive seen people online say", "dont wanna say it wrong", "i would say":
 * no one's words asked for.
 */
const ASKER_SAYS = /\b(?:my|our) (?:[a-z]+ )?(?:notes?|teacher|friends?|cousins?|uncle|aunt|mom|dad|brother|sister|book|textbook|professor|prof|class|source) (?:says?|said|told me)\b|\b(?:people|everyone|everybody|someone|somebody|others|folks)(?: online| on here| here| on reddit| on twitter| on tiktok)? (?:say|says|said|saying|claim|claims)\b|\b(?:i|we)(?: (?:would|wanna|want to))? say\b|\b(?:dont|don't|do not) (?:wanna|want to) say\b/g;

/**
 * A topic typed before a "who" and the act asked, without a comma ("north korea side who signed", "on the korean side who
 * signed"; not "the cpc guy who delivered the msg is who", nor a clause before a comma, nor "until when"): it asks a person.
 */
export const TOPIC_BEFORE_WHO = /^(?![^?]*(?:,|\b(?:is|was) who\??$))(?!(?:what|whats|which|when|who|whos|whose|how|where|why|is|was|are|were|did|does|do)\b)(?:[a-z0-9'’-]+ ){1,6}(?<!\b(?:until|till|til|since|from|by|to|of|in|on|at|for|with|about|and|or|but) )(?=(?:who|whom) (?:did|does|do|has|have|had|[a-z]+ed)\b)/;

/** "which north korean leader signed it", "what chinese official delivered the msg": a person by their office, and what they did. */
const WHICH_OFFICE_DID = new RegExp(`^(?:which|what) (?:[a-z-]+ ){0,3}(?:${ROLE})s? (?:(?:has|have|had|did) )?[a-z]+ed\\b`);

/** "and", "but", "also" opening a question that goes on from the last one. */
const GOING_ON = /^(?:and|but|also|plus)\s+(?=(?:who|whom|whose|when|what|which|where|why|how)\b)/;

export function answerTypeOf(question: string): AnswerType {
  const text = question.toLowerCase();
  const whole = typeOf(text.trim());
  // A message of several parts asks in one of them (see `messageParts`): "the current kim wasnt around in 1961 lol. who signed the treaty for north korea back then?"
  const parts = messageParts(text);
  const asked = parts.length < 2 ? [] : parts.filter((x) => x.asks).map((x) => typeOf(partText(text, x).trim()));
  // (Someone's words told in a part that asks nothing are not asked: "someone said there's a meeting penciled in. when and where is it".)
  if (whole === "statement" && parts.some((x) => !x.asks) && !asked.includes("statement")) return asked.find((type) => type !== "any" && type !== "person") ?? whole;
  return whole !== "any" ? whole : (asked.find((type) => type !== "any") ?? "any");
}

function typeOf(typed: string): AnswerType {
  // "and who signed it", "but when was it renewed": going on from the last question.
  const q = typed.replace(GOING_ON, "");
  // "what years did they renew it", "diplomatic ties year?", "how far back does it go": a time too.
  // "diplo ties since when", "xi visited pyongyang when exactly": the question word typed last.
  if (/^(when|since when|how long ago)\b/.test(q) || /\bwhen(?: exactly| tho| though| again)?\??$/.test(q) || /\b(what|which) (years?|yrs?|dates?|days?|months?)\b|\b(year|yr)\??$|\bhow far back\b/.test(q) || DATE_ASKED.test(q)) return "time";
  // "how long is it good for", "how old is the treaty": a span of time ("20 years", "until ...", "60th anniversary").
  if (/\bhow (long|old)\b/.test(q) && !/\bhow long ago\b/.test(q)) return "duration";
  // "which anniversary was it", "what birthday is the treaty hitting": the treaty's age, as an anniversary tells it ("the 60th
  // anniversary"); not an anniversary of something else, nor the occasion someone spoke on ("which anniversary was the ambassador marking").
  if (/\b(?:what|which|wat|wich) (?:anniversary|anniv|birthday|bday)\b/.test(q) && !OCCASION_OF_SOMETHING.test(q)) return "duration";
  // "the treaty lasts how many yrs": a span of time too, though it asks "how many".
  if (/\bhow many (?:years|yrs|months|days|weeks|decades)\b/.test(q) && /\b(?:lasts?|lasting|valid|good|runs?)\b/.test(q)) return "duration";
  // "number of xi kim meetings since 2018?", "whats the total number of ...": a count too.
  if (/\bhow (many|much|often)\b|^(?:the )?(?:total )?number of\b|\bthe (?:total )?number of\b/.test(q)) return "number";
  // "why does nk need china", "how come they renewed it", "whats the reason they gave".
  // ("what excuse does pyongyang give": a reason by another word.)
  if (/\bwhy\b|\bhow come\b|\bthe reasons?\b|\b(?:what|whats|their|its|his|her|the) (?:excuses?|justifications?|motives?|rationale)\b/.test(q)) return "reason";
  // "nk foreign minister is who", "nk side signer who": the question word typed last (a relative "who" ends no question);
  // "signed by who on the chinese side": after "by" anywhere; "nk side, who signed it": after a comma.
  // "on the korean side who signed": after a topic, when an act follows (not "what did the man who signed it say").
  if (/^(who|whom|whose)\b/.test(q) || /\b(?:who|whom)\??$/.test(q) || /\bby (?:who|whom)\b/.test(q) || /[,;:] (?:who|whom)\b/.test(q) || TOPIC_BEFORE_WHO.test(q) || WHICH_OFFICE_DID.test(q)) return "person";
  if (
    /\b(say|said|says|tell|told|write|wrote|announce|announced|claim|claimed|respond|responded|react|reply|replied|comment|commented|comments)\b/.test(q.replace(ASKER_SAYS, "")) ||
    // "what did he add", "did he add that ...": speech; "has america added sanctions": not.
    /\badd(?:ed)?\b(?= that\b| anything\b|\W*$)/.test(q) ||
    /\b(view|views|position|stance|opinion|reaction|response|message) (of|on|about|to|towards?)\b/.test(q) ||
    /'s (view|position|stance|opinion|reaction|response)\b/.test(q)
  ) {
    return "statement";
  }
  return "any";
}

/** An anniversary of something named, or one someone marked or spoke on. */
const OCCASION_OF_SOMETHING = /\b(?:anniversary|anniv|birthday|bday) of\b|\b(?:ambassador|envoy|minister|spokes(?:man|woman|person)|visit|trip|marking|marked|mark|spoke|speak|said|say|says|talked|talk)\b/;

const YEAR = /\b(1[6-9]\d\d|20\d\d)s?\b|\b(years?|decades?) ago\b/i;
const DAY_OR_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** An occasion that dates what happened on it: "made these observations on the second anniversary of the visit of ...". */
const DATED_BY_OCCASION = /\bon the [\p{L}\d-]+ anniversary of\b/iu;
const NUMBER = /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|several|dozens?|once|twice)\b/i;
const REPORTED_SPEECH =
  /["“”]|\b(said|says|saying|told|tells|added|adds|noted|stated|quoted|quotes|concluded|announced|claimed|insisted|stressed|warned|cautioned|highlighted|mentioned|ruled out|vowed|pledged|promised|expressed|reported)\b/i;
const NAME = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/u;
/** A cause or purpose told: "because of the sanctions", "in response to", "in the face of hostile forces", "necessary for", "its purpose is". */
const REASON =
  /\b(because|due to|owing to|thanks to|as a result|in response to|in the face of|in view of|for the view of|necessary|in order to|so that|so as to|aimed at|purpose|reasons?|backdrop|amid|to deal with|to counter|defensive)\b/i;
const DURATION =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|several|many) (years?|yrs|months?|decades?|weeks?|days?)\b|\bfor decades\b|\buntil\b|\ball the time\b|\b\d+(st|nd|rd|th) anniversary\b|\bvalid(ity)?\b/i;

/**
 * What kinds of answer a sentence can be, as bits (see `answerTypeFit`). Computed once per
 * sentence when the index is built, so ranking a candidate costs a table look-up.
 */
export const HAS_YEAR = 1;
export const HAS_DAY_OR_MONTH = 2;
export const HAS_NUMBER = 4;
export const HAS_PERSON = 8;
export const HAS_SPEECH = 16;
export const HAS_DURATION = 32;
export const HAS_REASON = 64;
/** How many bits the flags above take (a sentence's flags are below `1 << ANSWER_TYPE_FLAG_BITS`). */
export const ANSWER_TYPE_FLAG_BITS = 32 - Math.clz32(HAS_YEAR | HAS_DAY_OR_MONTH | HAS_NUMBER | HAS_PERSON | HAS_SPEECH | HAS_DURATION | HAS_REASON);

export function answerTypeFlags(text: string, entities: readonly { entity: { kind: string } }[]): number {
  return (
    (YEAR.test(text) ? HAS_YEAR : 0) |
    (DAY_OR_MONTH.test(text) || DATED_BY_OCCASION.test(text) ? HAS_DAY_OR_MONTH : 0) |
    (NUMBER.test(text) ? HAS_NUMBER : 0) |
    (entities.some((e) => e.entity.kind === "person") || NAME.test(text.slice(1)) ? HAS_PERSON : 0) |
    (REPORTED_SPEECH.test(text) ? HAS_SPEECH : 0) |
    (DURATION.test(text) ? HAS_DURATION : 0) |
    (REASON.test(text) ? HAS_REASON : 0)
  );
}

/** How far a sentence (given its `answerTypeFlags`) can be the kind of answer asked for: 1 fully, 0 not at all. */
export function answerTypeFit(type: AnswerType, flags: number): number {
  switch (type) {
    case "time":
      // A year dates an event; a bare weekday or month ("on Wednesday") only half does.
      return flags & HAS_YEAR ? 1 : flags & HAS_DAY_OR_MONTH ? 0.5 : 0;
    case "duration":
      return flags & HAS_DURATION ? 1 : flags & HAS_NUMBER ? 0.5 : 0;
    case "number":
      return flags & HAS_NUMBER ? 1 : 0;
    case "person":
      return flags & HAS_PERSON ? 1 : 0;
    case "statement":
      return flags & HAS_SPEECH ? 1 : 0;
    case "reason":
      return flags & HAS_REASON ? 1 : 0;
    default:
      return 1;
  }
}
