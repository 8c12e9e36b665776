import type { Hit, QueryPlan } from "../../search/engine.js";
import { AUXILIARY, KIND_OF_ANSWER } from "../factKind.js";
import { SAYING } from "../saying.js";
import { CONTENT_RARITY, STORY_WORD, TREATY_ARTICLE, matchesOwnTerms } from "./asked.js";

/**
 * Things a question asks that no best sentence tells: a succession, a name's reason, a place or
 * body by its name, a thing asked by its kind, an event or gift, a story's writer, money, a
 * population.
 */
/** Why something is called what it is: "why is north korea called the hermit kingdom", "why do they call it the doorstep" (group 1: the name). */
export const WHY_CALLED_ASKED = /\bwhy (?:is|are|was|were|do|does|did) .+ (?:called|named|nicknamed|known as|call (?:it|them|him|her) (?!quits\b|off\b))(.*)$/;
/** A sentence that explains a name: "so called because", "named after", "known as ... for". */
export const NAME_EXPLAINED = /\b(?:because|named (?:after|for)|so[- ]called|owing to|due to|hence)\b/i;

/** What someone did before taking a post: "what did liu do before he became special rep". */
export const DID_BEFORE_POST = /\bwhat (?:did|was) [\p{L} ]+? (?:do|doing) before (?:(?:he|she|they) (?:became|was|took|got)|becoming|being|taking|getting)\b/iu;

/** A quotation asked for as one: "finish the quote", "the rest of that china quote". */
export const QUOTE_NAMED = /\bquot(?:e|es|ation)\b/i;
/** The writer of a story asked: "who wrote the upi article", "the reporter that wrote the piece", "the article's author" (not "who reported it": an outlet). */
export const AUTHOR_ASKED = /\bwho (?:wrote|authored|penned|writes)\b.*\b(?:article|story|piece|report|op-?ed)s?\b|\b(?:author|writer|reporter|journalist|byline)s?\b.*\b(?:article|story|piece|wrote|write)\b|\b(?:article|story|piece)(?:['’]s)? (?:author|writer|reporter|journalist|byline)s?\b/;
/** A writer named: "By Jane Doe", "our correspondent", "staff reporter Jane Doe". */
export const AUTHOR_TOLD = /\b[Bb]y \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+|\b(?:reporter|correspondent|staff writer|columnist)\b/u;
/** Who came before or after someone in a post: "who replaced ...", "whos gonna take over after kim", "who was ... before ri son-gwon", "who will be nk's next leader". */
export const SUCCESSION_ASKED = /\b(?:successor|predecessor)s?\b|\bwho(?:s|'s|’s| is| was| will| would)? (?:going to |gonna )?(?:replaced?|succeed(?:ed)?|t(?:ake|ook|akes) over|came (?:before|after))\b|\b(?:before|after) (?:him|her)\b|^who (?:was|were) .+ before\b(?! (?:all|that|this|then|it|the (?:treaty|pact|alliance|war))\b)|\bnext (?:leader|president|ruler|premier|chairman|head of state|supreme leader)\b/;
/** A succession told: "Trump's successor, Joe Biden", "former Chinese Premier". */
export const SUCCESSION_TOLD = /\b(?:successors?|predecessors?|replaced|succeeded|took over|former|previous(?:ly)?|preceded)\b/i;

/** Who renewed it asked of a person: its signer, a leader, or one renewal by its year ("who renewed it" alone is answered by "Both the sides renewed it"). */
export const RENEWER_ASKED = /\b(?:sign\w*|leaders?|president|premier|head of state|(?:19|20)\d\d|nineteen|two thousand)\b/i;

/** "which desert", "what province", "which building", "the name of the desert", "where exactly in the desert": a place or body asked by its name. */
export const UNNAMED_ASKED = /\b(?:which|what|wat|name of the|where (?:exactly |precisely )?in the) (?:(?!(?:in|at|on|near|inside|under)\b)[a-z]+ )?(desert|province|region|county|island|river|mountain|village|port|prefecture|building|hotel|hall|palace|airport|stadium|restaurant)s?\b/;
/** Whether `text` names a `noun` ("the Gobi desert", "Liaoning province"), not only mentions one ("in the desert"). */
export function namesIt(text: string, noun: string): boolean {
  return new RegExp(`\\p{Lu}[\\p{L}-]+ ${noun}|\\b${noun} of \\p{Lu}|\\b\\p{Lu}[\\p{L}-]+ (?:\\p{Lu}[\\p{L}-]+ )?${noun[0]!.toUpperCase()}${noun.slice(1)}`, "u").test(text);
}

/**
 * The noun a "what"/"which" question asks by ("what gifts did ...", "which article of ...", "what
 * percent of ...", "which article number"), when a verb, "of", "or" or "number" follows it; not a
 * word for the kind of answer itself ("which paper", "what month", "what words", "which fields":
 * see `KIND_OF_ANSWER`).
 */
const FOCUS_ASKED = new RegExp(`\\b(?:what|which)(?: kind of| sort of| type of)? ([a-z]+)(?= (?:${AUXILIARY}|of|or|number|no)\\b)`);

/** The same, asked as a plural noun after its modifiers: "which un security council resolutions put the sanctions on nk". */
// (Not a relative clause: "the date on which the two governments signed it" asks no governments, "10 years which sounds off" no sounds.)
const PLURAL_FOCUS_ASKED = /\bwhich (?!(?:the|a|an|its|their|his|her|this|that|these|those|sounds|seems|means|makes|looks|feels|says|shows|proves|explains|suggests|implies|matters|happens|goes|comes|gets)\b)((?:[a-z]+ ){0,3}?)([a-z]{3,}s)(?= [a-z])/;

/** A share asked by its word (not a percentage, which "most of" does not tell), and a sentence that tells one. */
const SHARE_WORD = /^(?:share|proportion|portion|fraction)$/;
const SHARE_TOLD = /\b(?:most|half|all|much|majority|bulk|nearly all|almost all)\s+of\b|\d+(?:\.\d+)?\s?(?:%|percent|per cent)/i;

/**
 * Whether a "what"/"which" question asks for a thing by a word of its own ("what gifts did xi send
 * kim", "which article of the treaty", "what percent of nk's trade") that none of the best
 * sentences has, by the word or a thesaurus synonym: the articles do not tell that thing ("On the
 * 60th anniversary ... Xi and Kim pledged" has no gift). On the eighteen training parts it was
 * written on, it refused eleven unanswerable questions and no answerable one; asked as a plural
 * after its modifiers ("which un security council resolutions ..."), three training questions more
 * and one held out, no answerable one.
 */
export function focusMissing(plan: QueryPlan, best: readonly Hit[]): boolean {
  const asked = plan.normalised.toLowerCase();
  const plural = PLURAL_FOCUS_ASKED.exec(asked);
  // (Not after a word for the kind of answer: "which country hosts the g20" asks a country, "hosts" is its verb.)
  const focus = FOCUS_ASKED.exec(asked)?.[1] ?? (plural && !plural[1]!.split(" ").some((w) => KIND_OF_ANSWER.test(w)) ? plural[2] : undefined);
  if (!focus || KIND_OF_ANSWER.test(focus) || (STORY_WORD.test(focus) && !TREATY_ARTICLE.test(asked))) return false;
  // "what share of nk trade does china have": a share is told by "most of the trade", whatever the word for it.
  if (SHARE_WORD.test(focus) && best.some((h) => SHARE_TOLD.test(h.sentence.text))) return false;
  const concept = plan.concepts.find((c) => c.surface.toLowerCase().replace(/[^a-z]/g, "") === focus);
  if (!concept || concept.rarity < CONTENT_RARITY) return false;
  // "what message did liu pass to sung kim": words asked, which a saying tells ("Liu told the U.S. envoy that ...").
  if (SPOKEN_THING.test(focus) && best.some((h) => SAYING.test(h.sentence.text))) return false;
  return best.every((h) => !matchesOwnTerms(h, concept));
}

/** Words someone put out ("what message", "which words"), which any saying tells. */
const SPOKEN_THING = /^(?:message|messages|words|statement|remarks?|comments?|point|points|advice|warnings?|assurances?|promises?|pledges?)$/;
/** An event or gift asked about by its kind: "did kju throw a banquet", "was there a parade or banquet", "did xi send any gift" (group 1: the noun). */
const EVENT_ASKED = /\b(?:did|does|do|was there|were there|is there|are there|will there be)\b[^?]*?\b(?:a|an|any|some) (?:[a-z]+ ){0,2}?(banquets?|ceremon(?:y|ies)|parades?|gifts?|presents?|receptions?|celebrations?|festivals?|rall(?:y|ies)|concerts?|fireworks|galas?|dinners?|feasts?)\b/;

/**
 * Forces sent or deployed, asked as what happened: "has china ever actually sent troops under this treaty", "did nk deploy soldiers"
 * (group 1: the noun). Not what the treaty obliges: "does china have to send troops if the us attacks nk", "would china send troops".
 */
const TROOPS_SENT_ASKED = /^(?![^?]*\b(?:if|would|will|have to|has to|had to|must|obliged|required|supposed|need to|needs to|bound)\b)[^?]*\b(?:did|does|do|has|have|had|was|were|ever)\b[^?]*?\b(?:send|sends|sent|deploy|deploys|deployed|dispatch|dispatched|station|stationed|mobili[sz]ed?)\b (?:(?:any|its|their|in|over|some|actual) )*(troops|soldiers|forces|army|armies|warships)\b/;
/** A vote asked about: "did china vote for the un sanctions", "how did china vote", "did parliament have to vote to approve it" (group 1: the word). */
const VOTE_ASKED = /\b(vote[sd]?|voting|veto(?:ed|es)?|abstain(?:ed|s)?|ballots?)\b/;

/**
 * Whether the question asks if an event or a gift happened ("did kju throw a banquet or ceremony
 * for the anniversary"), or how someone voted ("did china vote for the un sanctions"), and no
 * best sentence has its word or a synonym: news that tells of one names it; or whether troops were sent
 * ("has china ever sent troops under this treaty"). Twenty-three unanswerable questions of the training
 * parts refused (of the seventy-three), no answerable one.
 */
export function eventUntold(plan: QueryPlan, best: readonly Hit[]): boolean {
  const asked = plan.normalised.toLowerCase();
  const noun = (EVENT_ASKED.exec(asked) ?? VOTE_ASKED.exec(asked) ?? TROOPS_SENT_ASKED.exec(asked))?.[1];
  // (Not one only guessed: "where did the message handoff happen, some fancy banquet hall i guess".)
  const concept = noun && plan.concepts.find((c) => c.surface.toLowerCase() === noun && !c.offered);
  return !!concept && best.every((h) => !matchesOwnTerms(h, concept));
}

/** A question for a sum of money: "how much $$ in trade", "whats the dollar value of", "how much is it worth" (not "is it worth it"). */
export const MONEY_ASKED = /\$|\b(?:dollars?|usd|yuan|euros?)\b|\bhow much\b.*\b(?:worth|cost|costs|value)\b|\b(?:money|monetary|total|dollar|trade) value\b|\bhow much (?:trade|money|muney|business)\b|\btrade volume\b|\b\d+\s*(?:billion|million|bn)\b/i;
/** A sum of money: "$1.2 billion", "3 million dollars". */
export const MONEY_TOLD = /[$€¥£]\s?\d|\b\d[\d,.]*\s*(?:dollars|usd|yuan|euros|billion|million|trillion)\b/i;
/** A question for how many people live somewhere: "whats the population of pyongyang", "how many people live in nk". */
export const POPULATION_ASKED = /\bpopulation\b|\bhow many (?:people|citizens|residents|inhabitants) (?:live|are there)\b/i;
/** A population told: "a population of 25 million", "25 million people". */
export const POPULATION_TOLD = /\bpopulation\b|\binhabitants\b|\b\d[\d,.]*\s*(?:million|billion)?\s*(?:people|citizens|residents)\b/i;

/** A death asked ("when did zhou enlai die", "how many chinese soldiers died in the korean war"), not a thing's ("before the bromance died", "is the treaty dead"). */
const DEATH_ASKED = /(?<!\b(?:bromance|romance|treaty|pact|deal|alliance|talks|friendship|relationship|it|that|this|thing|diplomacy|chat|server|phone|battery) )\b(?:die|died|dies|dei|pass(?:ed)? away)\b/i;
/** Who may die: a person named, or people counted ("soldiers", "troops"). */
const MORTALS = /\b(?:soldiers?|troops|people|civilians|men|volunteers|fighters|guerrillas|guerillas)\b/i;
/** A death told: "died", "the late", "killed", "casualties". */
const DEATH_TOLD = /\b(?:die|died|dies|death|deaths|dead|killed|late|casualt(?:y|ies)|perished)\b/i;

/** Whether the question asks of someone's death that none of the best sentences tells (the articles tell none). */
export function deathUntold(plan: QueryPlan, best: readonly Hit[]): boolean {
  return DEATH_ASKED.test(plan.normalised) && (plan.concepts.some((c) => c.person) || MORTALS.test(plan.normalised)) && !best.some((h) => DEATH_TOLD.test(h.sentence.text));
}
