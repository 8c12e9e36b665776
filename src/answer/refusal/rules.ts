import { isEntityTerm } from "../../search/analyzer.js";
import type { Hit, QueryPlan } from "../../search/engine.js";
import { isPlaceName } from "../../search/places.js";
import { HEARSAY_TOLD } from "../../search/chat/claims.js";
import { askingParts } from "../../search/messageParts.js";
import type { ShortFact } from "../direct.js";
import { EARLIER_POST, EARLIER_POST_ASKED } from "../directNames.js";
import { kinAsked } from "../directRelations.js";
import { RENEWAL, SAYING_ASKED, WEEKDAY_ASKED } from "../directTimes.js";
import { SPELT_OUT_ASKED } from "../factKind.js";
import { quotesTheWords } from "../quoteRest.js";
import { matchesConcept } from "./asked.js";
import { ADVICE_ASKED, ANSWER_WANTED_FOR, CHATTER, COMPARED_ASKED, EXPECTATION, EXPLAIN_ASKED, FUTURE_ASKED, INVITATION, MARKED_UNRELATED, OUTCOME_ASKED, OWN_AFFAIRS, OWN_VIEW_ASKED, RECOMMENDATION_ASKED, namesTheSubject, onlyNumbersMatched, otherTreaty } from "./offSubject.js";
import { speakerUnknown, speakerUnmatched } from "./speakers.js";
import { BIRTH_TOLD, CLOCK_ASKED, CLOCK_TOLD, POST_TAKEN, POST_TAKEN_ASKED, TIME_KINDS, birthOfPersonAsked, calendarUntold, onlySayingTimes, tellsWithoutATime, timesOfSomethingElse, unknownThingTimed } from "./times.js";
import { AUTHOR_ASKED, AUTHOR_TOLD, deathUntold, DID_BEFORE_POST, MONEY_ASKED, MONEY_TOLD, NAME_EXPLAINED, POPULATION_ASKED, POPULATION_TOLD, QUOTE_NAMED, RENEWER_ASKED, SUCCESSION_ASKED, SUCCESSION_TOLD, UNNAMED_ASKED, WHY_CALLED_ASKED, eventUntold, focusMissing, namesIt } from "./untold.js";

/**
 * The no-answer rules: kinds of question the articles cannot answer, told by what is asked and what
 * the best sentences hold ("when was xi born": no best sentence tells a birth), which get "nothing
 * found" whatever the no-answer model (`refusalModel.ts`) says, and teach it nothing. This module
 * holds their order (`refusalRule`); the tests they make live beside it, by family: whose words are
 * asked (`speakers.ts`), times (`times.ts`), things no best sentence tells (`untold.ts`), questions
 * off the subject (`offSubject.ts`), and whether a sentence tells of what is asked (`asked.ts`).
 */

/**
 * Nine kinds of question get "nothing found" by rule, whatever the no-answer model says; of the
 * nine chat training parts, 3 of the 1,132 answerable questions are of one ("where was campbell
 * speaking when he said that", "where did campbell make the g20 comment": "at an online Asia
 * Society event"; "WHEN did kim first go to china? was it a big deal", whose second question
 * tells of no time), 209 of the 388 unanswerable are (or match no sentence at all):
 * - about someone's words, when the best sentence leaves the question's name-like word
 *   unmatched ("what did the japanese prime minister say about the treaty"), or when the
 *   question names the speaker by a word no article uses (see `speakerUnknown`), or by words no
 *   best sentence has all of ("what did south koreas govt say": South Korea, but never its
 *   government; see `speakerUnmatched`; 8 unanswerable questions of the training parts refused,
 *   no answerable one): the articles do not quote or report them;
 * - naming a country or capital no article mentions ("trety renewel by mongolia", "russias take
 *   on the treaty"), or anyone or anything the alias file knows and no article names ("what did
 *   kim jong il do with the treaty"): the articles do not discuss it;
 * - asking for a measure that none of the three best sentences holds at all (see
 *   `ShortFact.measures`): a year, a length of time, a person's age in years ("how old is kim
 *   jong un": not the treaty's "60th anniversary"), or a number of the very thing counted ("how
 *   many nukes does nk have": "several rounds" of sanctions is a number, but not of nukes; nor is it
 *   one when the number is asked for exactly: "how many rounds exactly"), or a
 *   distance ("how long is the china nk border": not the treaty's "20 years"). Not
 *   "when": a time may be told without a date ("resumed its crossings in the spring").
 *   Checked blind on the third training part (`chat-train-3.json`, written without sight of
 *   these rules, before its misses were read): on-topic unanswerable questions refused 5 → 10
 *   of 25, answerable ones still 0 of 130;
 * - asking when, when the best sentences that tell a time tell it of something else (see
 *   `timesOfSomethingElse`: "when was xi born"), or not of all the people asked about ("when did
 *   sung kim visit seoul", "when did trump and kim first meet": "Kim first visited China in March 2018");
 * - asking who holds an office that none of the three best sentences names a holder of ("whats
 *   the name of chinas ambassador in pyongyang": the articles tell what he said, not his name;
 *   "who is the us secretary of state rn": "Campbell also said ..." gives him no post), though
 *   a sentence naming the post beside a person may ("Liu told the U.S. envoy ..."), and so may
 *   the quotation a passage shows after the sentence ("North Korea's foreign minister has ruled
 *   out ..." → "“We are not considering ...,” Ri Son-gwon said").
 *   None of the answerable office questions of the five training parts is refused by it;
 * - asking for someone's earlier post ("what was liu xiaoming's job before he became special
 *   rep") that none of the three best sentences tells ("former", "previously"): seven
 *   unanswerable questions of the training parts refused, no answerable one;
 * - asking for a sum of money ("how much is china nk trade worth in dollars") that none of the
 *   three best sentences tells;
 * - asking for a population ("whats the population of pyongyang") that none of the three best
 *   sentences tells (two unanswerable questions of the training parts refused, no answerable one);
 * - asking a month of a year ("what month was the treaty renewed in 1981") that none of the three
 *   best sentences gives a month in, or a day of a month ("what exact day in october is the g20
 *   summit") that none of them gives a day of (two unanswerable questions of the training parts
 *   refused, no answerable one);
 * - asking a person's birth ("when is kim jong un's birthday": not the treaty's "60th
 *   anniversary"; see `birthOfPersonAsked`) or a death ("when did zhou enlai die", "how many
 *   chinese soldiers died"; see `deathUntold`) that none of the three best sentences tells;
 * - asking a time of day ("what time was wang's press briefing") that none of the three best
 *   sentences tells ("said Wednesday at a regular press briefing");
 * - asking who came before or after someone ("who replaced liu xiaoming", "who was nk's foreign
 *   minister before ri son-gwon") when none of the three best sentences tells a succession
 *   ("successor", "former"): four unanswerable questions of the training parts refused, no
 *   answerable one;
 * - asking where, when none of the three best sentences tells a place or an occasion ("which city
 *   was the treaty signed in": "Signed in 1961, the ... Treaty"), or, for a place of a country
 *   asked ("which chinese city", "where in china"), none of that country ("in Pyongyang" is
 *   none). 18 of the 19 answerable "where"
 *   questions of the training parts have one; the last asked whose words a quotation is ("where's
 *   the 'forged with blood' line from"), which is no place question;
 * - asking who is someone's kin ("who is kim jong un's father", "who was kim il sung's son") when
 *   none of the three best sentences names a person so ("Kim Il Sung, Kim Jong Un’s grandfather"
 *   is no father): one unanswerable question of the training parts refused, no answerable one;
 * - asking who renewed the treaty ("who signed the 2001 renewal") when none of the three best
 *   sentences names a person beside a renewal; no answerable question of the training parts asks it;
 * - asking which desert, province, region, river or island by its name, when none of the three
 *   best sentences names one ("which desert are the silos in": "silos in the desert"; see
 *   `UNNAMED_ASKED`). It refuses nine unanswerable questions of the training parts and no
 *   answerable one;
 * - asking for a thing by a word of its own ("what gifts did xi send kim", "which article of the
 *   treaty has the defense clause") that none of the three best sentences has (see `focusMissing`),
 *   or whether an event or a gift happened ("did kju throw a banquet for the anniversary") that
 *   none of them tells of (see `eventUntold`);
 * - asking advice for the asker ("how do i renew my passport", "should i refinance", "any
 *   tips"; see `ADVICE_ASKED`), a recommendation or a translation ("best anime of 2021?",
 *   "translate good morning into korean"; see `RECOMMENDATION_ASKED`): news reports, it does not
 *   advise;
 * - telling of the asker's own affairs ("my discord calls keep dropping, any fix?", "who signed
 *   for the package at my door") naming no one and nothing of the articles (see `OWN_AFFAIRS`;
 *   not "my friend says ..."): three unanswerable questions of the training parts refused, no
 *   answerable one;
 * - asking the channel for a lesson that names nothing of the articles ("can someone explain how
 *   compound interest works", "eli5 black holes"; see `EXPLAIN_ASKED`): four unanswerable
 *   questions of the training parts refused, no answerable one;
 * - inviting the channel ("anyone up for valorant tonight", "whos in"; see `INVITATION`), or
 *   its other chatter: a wish, whether something is worth it, a game's result, a shop's hours
 *   (see `CHATTER`; 8 unanswerable questions of the training parts refused, no answerable one);
 * - naming nothing of the subject, with words the articles never use, when the best sentence
 *   shares only a number with it ("which team won the 2018 world cup": "Kim first visited China in
 *   March 2018"; see `onlyNumbersMatched`; no question of the training parts changed);
 * - naming another treaty by a name no article uses ("the treaty of versailles", "the paris climate
 *   treaty"; see `otherTreaty`);
 * - asking what will happen at a time still to come ("will kim visit beijing again next year";
 *   see `FUTURE_ASKED`), or how an event turned out when the best sentence only expects it ("did
 *   biden and xi end up meeting at the g20"; see `OUTCOME_ASKED`).
 */
export function refusedByRule(plan: QueryPlan, hits: readonly Hit[], fact: ShortFact | undefined, next: NextSentence = () => undefined, before: NextSentence = () => undefined): boolean {
  return refusalRule(plan, hits, fact, next, before) !== undefined;
}

/** What a passage shows after a hit's own sentence (see `Answerer.continuation`), or before it (see `Answerer.leadIn`), if anything. */
export type NextSentence = (sentence: Hit["sentence"]) => { id: string; text: string } | undefined;

/** The rules above that find the question off the subject (another treaty, a thing no article knows, the asker's own affairs, the channel's chatter), whatever part of the message asks (see `Answerer.answeredAlone`). */
export const OFF_SUBJECT_RULES: ReadonlySet<string> = new Set(["advice", "chatter", "compared-unrelated", "explain-unrelated", "invitation", "marked-unrelated", "other-thing", "other-treaty", "own-affairs", "own-view", "number-only", "time-of-unknown-thing"]);

/** Which of the rules above refuses the question (a short name, for `npm run eval` and debugging), or undefined. */
export function refusalRule(plan: QueryPlan, hits: readonly Hit[], fact: ShortFact | undefined, next: NextSentence = () => undefined, before: NextSentence = () => undefined): string | undefined {
  const best = hits[0]!;
  // (Not when a short fact of the saying is asked: "which japanese news said ...", "where did campbell say that" ask who or where, not someone's words.)
  if (plan.answerType === "statement" && hits.slice(0, 3).every((h) => h.missing >= 0.9) && !fact) return "speech-missing";
  // "what did wang yi say", "what did the eu say", "what did mao think": a speaker no article names.
  if (speakerUnknown(plan)) return "speaker-unknown";
  // "what did the un secretary general say", "what did south koreas govt say": a speaker no best sentence names.
  if (speakerUnmatched(plan, hits.slice(0, 3))) return "speaker-unmatched";
  // (The sentence a passage shows before its own counts: "The treaty ... is valid for 20 years. Both the sides renewed it ...".)
  const leadIn = (h: Hit) => before(h.sentence);
  if (fact && hits.slice(0, 3).every((h) => fact.measures(h.sentence) === false && (!leadIn(h) || fact.measures(leadIn(h)!) === false))) return "measure-missing";
  if (fact && TIME_KINDS.has(fact.kind)) {
    // A saying's time is none of what it says ("Yonhap reported Tuesday that ..."), unless a saying is asked.
    const sayingAsked = SAYING_ASKED.test(plan.normalised.toLowerCase());
    const saidThenOnly = (h: Hit) => !sayingAsked && onlySayingTimes(h.sentence.text);
    if (!tellsWithoutATime(plan, hits.slice(0, 3), fact, saidThenOnly) && timesOfSomethingElse(plan, hits.slice(0, 3).filter((h) => fact.tellsATime(h.sentence)), saidThenOnly)) return "time-of-something-else";
  }
  // "when did liu xiaoming become special rep", "since when has song tao headed the department": when someone took a post, which no best sentence tells ("Yonhap reported Tuesday that ... Liu").
  // (Or how long someone has held it: "how long has xi been president", "how long has kim been in power".)
  const timed = (h: Hit) => (fact?.kind === "duration" ? fact.measures(h.sentence) === true : fact!.tellsATime(h.sentence));
  if (fact && (TIME_KINDS.has(fact.kind) || fact.kind === "duration") && POST_TAKEN_ASKED.test(plan.normalised) && !hits.slice(0, 3).some((h) => timed(h) && POST_TAKEN.test(h.sentence.text))) return "post-taken-untold";
  // "what was liu xiaoming's job before he became special rep": an earlier post, which no best sentence tells ("former", "previously").
  // (Also "what did liu xiaoming do before he became special rep": a post, asked by what someone did.)
  if ((fact?.kind === "title" || DID_BEFORE_POST.test(plan.normalised)) && EARLIER_POST_ASKED.test(plan.normalised) && !hits.slice(0, 3).some((h) => EARLIER_POST.test(h.sentence.text))) return "earlier-post-untold";
  // "who replaced liu xiaoming as special rep", "who was nk's foreign minister before ri son-gwon": a succession, which no best sentence tells ("successor", "former").
  // (A succession of the person asked: "Trump’s successor, Joe Biden" tells none of Liu Xiaoming's.)
  // (Of two people named, one will do: "who was biden's predecessor that met kim" → "Former US president Donald Trump met with Kim".)
  const people = plan.concepts.filter((c) => c.person);
  const namesThem = (h: Hit) => (people.length > 1 ? people.some((c) => matchesConcept(h, c)) : people.every((c) => matchesConcept(h, c)));
  if (SUCCESSION_ASKED.test(plan.normalised.toLowerCase()) && !hits.slice(0, 3).some((h) => SUCCESSION_TOLD.test(h.sentence.text) && namesThem(h))) return "succession-untold";
  // "who is kim jong un's father", "who was kim il sung's son": a kin no best sentence names so ("Kim Il Sung, Kim Jong Un’s grandfather" is no father).
  // (Only a kin named: "who is open to talks" asks no kin, whatever its "who is X to Y" shape.)
  if (fact?.kind === "kin" && !plan.claim && kinAsked(plan.normalised.toLowerCase()) !== undefined && /^who\b/.test(plan.normalised.toLowerCase()) && hits.slice(0, 3).every((h) => fact.span(h.sentence) === undefined)) return "kin-untold";
  // "when is kim jong un's birthday", "where was xi born": a person's birth, which no best sentence tells ("the 60th anniversary" is the treaty's).
  if (birthOfPersonAsked(plan) && !hits.slice(0, 3).some((h) => BIRTH_TOLD.test(h.sentence.text))) return "birth-untold";
  // "when did zhou enlai die", "how many chinese soldiers died in the korean war": a death, which no best sentence tells.
  if (deathUntold(plan, hits.slice(0, 3))) return "death-untold";
  // "what time was wang's press briefing", "what time is it in tokyo": a time of day, which no best sentence tells ("on Wednesday").
  if (CLOCK_ASKED.test(plan.normalised.toLowerCase()) && !hits.slice(0, 3).some((h) => CLOCK_TOLD.test(h.sentence.text))) return "clock-time-untold";
  // "finish the quote: to be or not to be...": words no best sentence has together, which no article quotes.
  // (Only a quotation asked for as one: "i forgot the end of that sentence" may put the words differently.)
  if (fact?.kind === "rest" && QUOTE_NAMED.test(plan.normalised) && hits.slice(0, 3).every((h) => !quotesTheWords(plan.normalised, h.sentence.text))) return "quote-untold";
  // "who wrote the upi article", "the reporter that wrote it": a story's writer, whom no best sentence names (the articles carry no bylines).
  if (AUTHOR_ASKED.test(plan.normalised.toLowerCase()) && !hits.slice(0, 3).some((h) => AUTHOR_TOLD.test(h.sentence.text))) return "author-untold";
  // "how much is china nk trade worth in dollars": no best sentence tells a sum of money.
  if (MONEY_ASKED.test(plan.normalised) && !hits.slice(0, 3).some((h) => MONEY_TOLD.test(h.sentence.text))) return "money-missing";
  // "whats the population of pyongyang": no best sentence tells how many people live anywhere.
  if (POPULATION_ASKED.test(plan.normalised) && !hits.slice(0, 3).some((h) => POPULATION_TOLD.test(h.sentence.text))) return "population-missing";
  // "what month was the treaty renewed in 1981": a month asked of a year no best sentence gives a month in ("renewed it in 1981 and 2001"; "July 11, 1961" is another year's);
  // "what exact day in october is the g20 summit": a day of a month no best sentence gives a day of ("in October").
  if (fact && calendarUntold(fact.kind, plan.normalised, hits.slice(0, 3))) return "day-or-month-untold";
  // "what weekday was the treaty signed on": a day of the week, which no best sentence gives of what is asked ("on Sunday while exchanging messages on the 60th anniversary of the Treaty of Friendship signed ... on July 11, 1961").
  if (fact?.kind === "date" && WEEKDAY_ASKED.test(plan.normalised.toLowerCase()) && hits.slice(0, 3).every((h) => fact.span(h.sentence) === undefined)) return "weekday-untold";
  // "whats the name of chinas ambassador in pyongyang": no best sentence names the holder of the office.
  if (fact?.asksForOfficeHolder && hits.slice(0, 3).every((h) => !fact.mayNameHolder(h.sentence, next(h.sentence)))) return "office-holder-missing";
  // "which city was the treaty signed in", "where did trump and kim first meet": no best sentence tells where.
  if (fact?.kind === "place" && hits.slice(0, 3).every((h) => !fact.tellsAPlace(h.sentence))) return "place-missing";
  // "who signed the 2001 renewal": whoever renewed it, which no best sentence tells beside the renewal ("Signed by ... Zhou Enlai" is the treaty's own signing).
  if (fact?.kind === "person" && RENEWAL.test(plan.normalised) && RENEWER_ASKED.test(plan.normalised) && hits.slice(0, 3).every((h) => !RENEWAL.test(h.sentence.text) || fact.span(h.sentence) === undefined)) return "renewer-missing";
  // "what does g20 stand for": letters whose words no best sentence spells out ("at the G20 summit").
  // (Asked as letters that stand for words: "what is xinhua" asks what it is, which a sentence may tell otherwise.)
  if (fact?.kind === "expansion" && SPELT_OUT_ASKED.test(plan.normalised.toLowerCase()) && hits.slice(0, 3).every((h) => fact.span(h.sentence) === undefined)) return "expansion-untold";
  // "why is north korea called the hermit kingdom": why a name was given, which no best sentence explains ("the only ally of the hermit kingdom" uses it).
  const nameAsked = WHY_CALLED_ASKED.exec(plan.normalised.toLowerCase())?.[1]?.match(/\p{L}{4,}/gu);
  if (nameAsked && !hits.slice(0, 3).some((h) => NAME_EXPLAINED.test(h.sentence.text) && nameAsked.some((w) => h.sentence.text.toLowerCase().includes(w)))) return "name-reason-untold";
  // "which desert are the silos in", "in which province": a name the best sentences do not give ("in the desert").
  const unnamed = UNNAMED_ASKED.exec(plan.normalised.toLowerCase())?.[1];
  if (unnamed && hits.slice(0, 3).every((h) => !namesIt(h.sentence.text, unnamed))) return "name-not-told";
  // "what gifts did xi send kim", "which article of the treaty has the defense clause": the thing asked by its kind, which no best sentence has.
  if (focusMissing(plan, hits.slice(0, 3))) return "focus-missing";
  // "did kju throw a banquet for the anniversary", "was there a parade", "did xi send any gift": an event or gift no best sentence tells of.
  if (eventUntold(plan, hits.slice(0, 3))) return "event-untold";
  // "how do i renew my passport", "should i refinance", "any tips": advice for the asker, which news does not give.
  // (Or in a part of the message that asks, after a chat log's lines: "pineapple is elite. your banned. whats the best pizza topping".)
  if ([plan.normalised, ...askingParts(plan.normalised)].some((t) => ADVICE_ASKED.test(t) || RECOMMENDATION_ASKED.test(t)) || RECOMMENDATION_ASKED.test(plan.question)) return "advice";
  // "anyone up for valorant tonight", "need an alliance for the clan war tonight whos in": an invitation to the channel, not a question for the articles.
  if (INVITATION.test(plan.question)) return "invitation";
  // "is kim kardashian still married", "is the great wall of china visible from space": someone or something no article tells of, and nothing else
  // of the articles ("was it kim kardashian who signed the treaty" is a guess to answer).
  if (plan.otherThing && !namesTheSubject(plan)) return "other-thing";
  // "my mom sanctions my screen time", "who signed for the package at my door": the asker's own affairs, naming no one and nothing of the articles.
  // (Not what the asker wants the answer for: "exact date it got signed pls, i need it for my tattoo".)
  if (OWN_AFFAIRS.test(plan.normalised.replace(HEARSAY_TOLD, "").replace(ANSWER_WANTED_FOR, "")) && !namesTheSubject(plan)) return "own-affairs";
  // "what's your own opinion, is the treaty a good thing", "is kim a good leader in your view": the bot's own view, which news does not give.
  if (OWN_VIEW_ASKED.test(plan.question)) return "own-view";
  // "ok unrelated but flask or fastapi for a discord bot dashboard?": the member says it is off the subject, and it names nothing of it.
  if (MARKED_UNRELATED.test(plan.question) && !namesTheSubject(plan)) return "marked-unrelated";
  // "can someone explain how compound interest works", "eli5 black holes": a lesson asked of the channel, naming nothing of the articles.
  if (EXPLAIN_ASKED.test(plan.question) && !namesTheSubject(plan)) return "explain-unrelated";
  // "which came first the chicken or the egg", "which came out first, minecraft or roblox": things compared that are nothing of the articles.
  if (COMPARED_ASKED.test(plan.normalised.toLowerCase()) && !namesTheSubject(plan)) return "compared-unrelated";
  // "happy bday jake", "is the new iphone worth it", "who won the game last night", "what time does the pizza place close": the channel's chatter, not news.
  if (CHATTER.test(plan.question)) return "chatter";
  // "which team won the 2018 world cup": naming nothing of the subject, the best sentence shares only a number with it ("in March 2018").
  // (Not "what happened in 2018": a year alone is asked about, and nothing else the articles never use.)
  if (!namesTheSubject(plan) && onlyNumbersMatched(plan, best) && plan.concepts.some((c) => !c.known)) return "number-only";
  // "when was the korean war armistice signed": a time asked of a thing named by a rare word no article uses, right before
  // its verb, which no best sentence can date however well its other words match ("signed ... on July 11, 1961").
  if (fact && TIME_KINDS.has(fact.kind) && unknownThingTimed(plan)) return "time-of-unknown-thing";
  // "did biden and xi end up meeting at the g20": how an expected event turned out, which the best sentence only expects.
  // (As typed too: "did they meet at the g20 in october or not" is read as the month it claims.)
  // (Not what someone said it would come to, which the best sentence tells: "how did nk's foreign minister say talks would end up" → "nowhere".)
  if ((OUTCOME_ASKED.test(plan.normalised) || OUTCOME_ASKED.test(plan.question.toLowerCase())) && EXPECTATION.test(best.sentence.text) && !(fact?.kind === "place" && fact.span(best.sentence))) return "outcome-not-told";
  // "will kim visit beijing again next year": a future that news cannot report.
  if (FUTURE_ASKED.test(plan.normalised)) return "future";
  // "the treaty of versailles", "the paris climate treaty": another treaty, by a name no article uses.
  if (otherTreaty(plan)) return "other-treaty";
  // "what did kim jong il do with the treaty": a name the alias file knows but no article uses.
  // (Not one only the asker's context names: "someone up thread said mao himself signed it. who actually signed the treaty".)
  if (plan.concepts.some((c) => !c.known && !c.context && [...c.terms.keys()].every(isEntityTerm))) return "name-no-article-uses";
  // (Not a country the member puts to the test: "russia is nk's only real ally isn't it", "is russia nk's main ally or is it someone else".)
  // (Nor one a best sentence names by its people: "who led the guerrillas vs japan", "... against Japanese colonisers".)
  const namedByPeople = (c: QueryPlan["concepts"][number]) => hits.slice(0, 3).some((h) => h.matchedTerms.some((t) => c.peoples?.has(t)));
  // (A question that names nothing of the subject searches only its articles: a place only other texts name, and no best sentence, is as unknown.)
  const inTop = (c: QueryPlan["concepts"][number]) => hits.slice(0, 3).some((h) => matchesConcept(h, c));
  // (Nor one only the asker's context names: "how many times did trump meet kim? i remember singapore and maybe one more".)
  if (!CLAIM_CHECKED.test(plan.question) && !STATEMENT_ASKED.test(plan.normalised) && plan.concepts.some((c) => !c.context && (!c.known || (!namesTheSubject(plan) && !inTop(c))) && isPlaceName(c.surface.replace(/['’]s$/, "")) && !namedByPeople(c))) return "place-no-article-names";
  return undefined;
}

/** A statement typed with a question mark, no question word before it: "the us envoy was in tokyo when he said that?", a claim put to the test. */
const STATEMENT_ASKED = /^(?!\s*(?:what|whats|which|who|whom|whose|whos|when|where|why|how|is|was|are|were|did|does|do|has|have|had|can|could|will|would|should|isnt|wasnt|didnt|doesnt)\b)[^?]+\b(?:was|were|is|are|said|says|met|visited|went|held)\b[^?]*\?\s*$/i;
/** A claim put to the test: a tag near the end ("..., right?", "isn't it", "didnt he", "yeah?"), or another answer allowed for ("or is it someone else"). */
const CLAIM_CHECKED =
  /\b(?:right|yeah|correct|(?:is|was|are|were|do|does|did|has|have|had|can|could|will|would)n['’]?t (?:it|he|she|they|we|you))\s*\?*(?:\s+\S+){0,6}\s*$|\bor (?:is it |was it )?(?:someone|something|somewhere|some ?one) else\b/i;
