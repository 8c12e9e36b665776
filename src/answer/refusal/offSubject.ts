import { isEntityTerm } from "../../search/analyzer.js";
import type { Hit, QueryPlan } from "../../search/engine.js";
import { countryOf } from "../../search/places.js";
import { NAME_LIKE, NAME_RARITY } from "../../search/claims.js";
import { matchesConcept } from "./asked.js";

/**
 * Questions off the articles' subject, told by their words whatever the best sentences hold:
 * advice, invitations, the channel's chatter, the asker's own affairs, the bot's own view, another
 * treaty, the future.
 */
/** The asker's own things: "my mom", "my door", "my landlord", "my discord" (not whoever told them of the subject: see `HEARSAY_TOLD`). */
export const OWN_AFFAIRS = /\bmy [a-z]+/i;
/** What the asker wants an answer for, after the question ("i need it for my tattoo", "need it for my calendar", "im not writing 'sometime in the 60s' on my homework"): their affairs, not what they ask. */
export const ANSWER_WANTED_FOR = /\b(?:i\s+)?(?:need|want|needed|wanted)\s+(?:it|this|that|them)\s+for\s+my\b[^.?!,]*|\b(?:im|i'm|i am)\s+(?:not\s+)?(?:writing|putting|using)\b[^.?!,]*?\b(?:on|in|for)\s+my\b[^.?!,]*/gi;
/** A word of the subject itself: the treaty, the alliance, the anniversary, the two countries. */
const TOPIC_WORD = /^(?:treaty|treaties|pact|alliance|accord|agreement|anniversary|renewal|renew|renewed|sanctions?|nukes?|nuclear|countries|country|leaders?|war|peninsula|ambassador|envoy|spokesman|diplomats?)$/i;

/** Whether any of the question's words is a name the articles know (a person, a country, an agency) or a word of the subject itself. */
export function namesTheSubject(plan: QueryPlan): boolean {
  return plan.concepts.some((c) => [...c.terms.keys()].some(isEntityTerm) || TOPIC_WORD.test(c.surface));
}

/** Two things offered to compare by age or worth: "which came first, a or b", "a or b, which is older". */
export const COMPARED_ASKED = /\bwhich (?:one |of (?:them|the two|these|those) )?(?:came|comes|come|was|is|were|are|happened|started|began|appeared)(?: out)? (?:first|earlier|later|older|newer|better|bigger)\b.*\bor\b|\bor\b.*\bwhich (?:one )?(?:came|was|is) (?:first|earlier|older|newer|better)\b/;

/** The bot's own view asked: "your own opinion", "in your view", "do you personally think" (not "do you think they'll renew it", which the articles' expectations answer). */
export const OWN_VIEW_ASKED = /\byour (?:own |personal |honest )?(?:opinion|view|take|thoughts)\b|\bin your (?:view|opinion|eyes)\b|\b(?:do|did|would) (?:you|u) personally\b|\b(?:you|u) personally think\b/i;

/** A question the member marks as off the subject: "ok unrelated but ...", "off topic:", "random q", "not related to the treaty but". */
export const MARKED_UNRELATED = /^\W*(?:(?:ok|okay|so|also|btw|anyway|lol|hey|totally|completely|kinda|slightly)\W+)*(?:unrelated|off[- ]?topic|random (?:q|question)|not (?:treaty[- ])?related|totally different (?:q|question|topic))\b/i;

/** A lesson asked of the channel: "can someone explain ...", "could u explain", "eli5", "explain ... like im 5". */
export const EXPLAIN_ASKED = /\b(?:can|could|would|will|pls|please) (?:some ?one|some ?body|any ?one|any ?body|u|you|ya|y'?all|u guys|you guys)(?: pls| please| kindly)? explain\b|\beli5\b|\bexplain\b.*\blike (?:i'?m|im|i am) (?:5|five)\b/i;


/** Whether the concepts of the question a sentence matches are numbers only (years, counts). */
export function onlyNumbersMatched(plan: QueryPlan, hit: Hit): boolean {
  const matched = plan.concepts.filter((c) => matchesConcept(hit, c));
  return matched.length > 0 && matched.every((c) => /^\d+(?:s|st|nd|rd|th)?$/.test(c.surface));
}

/** A treaty named by a word before it or after "of": "the paris climate treaty", "the treaty of versailles". */
const TREATY_NAMED = [/\b([a-z]+)(?: ([a-z]+))? (?:treaty|pact|accord|agreement|convention)\b/g, /\b(?:treaty|pact|accord|agreement|convention) of (?:the )?([a-z]+)/g];

/** Whether the question names a treaty by a name no article uses (a place, or a word rare enough to be a name): another treaty than the articles'. */
export function otherTreaty(plan: QueryPlan): boolean {
  const namesAPlace = plan.concepts.some((c) => [...c.terms.keys()].some(isEntityTerm));
  const unknownName = (word: string) =>
    // (Not a chat word of three letters no list has: "sign dat treaty".)
    // (Nor one only the asker's context names beside the articles' places: "i already have nato and the warsaw pact but im missing the chinese one with north korea. what year was that one signed".)
    plan.concepts.some((c) => !c.known && !(c.context && namesAPlace) && c.surface.toLowerCase() === word && ((c.rarity >= NAME_RARITY && NAME_LIKE.test(c.surface) && word.length > 3) || countryOf(word) !== undefined));
  const asked = plan.normalised.toLowerCase();
  return TREATY_NAMED.some((pattern) => [...asked.matchAll(pattern)].some((m) => m.slice(1).some((word) => word !== undefined && unknownName(word))));
}

/**
 * A request for advice or instructions for the asker: "how do i renew my passport", "should i
 * refinance", "where can i watch it", "any tips", after a clause of its own too ("my nitro expired,
 * how do i renew it"), or how to do something ("how do u say hello in korean", "anyone know how to
 * summon an ally"). Not "how do i know if it is still valid", which asks about the treaty, nor "how
 * would u describe china's role". No answerable question of the twenty-two training parts is
 * refused by this rule (with the recommendations below); 139 of their unanswerable ones are.
 */
export const ADVICE_ASKED =
  /(?:^|[,.;!?]\s*)(?:how (?:(?:do|can|should|would|could) )?i|how (?:do|can|should) (?:u|you|ya|we)|should i|can i|where (?:can|do|should) i)\b(?! (?:know|tell|find out|understand|ask|check|be sure|think|describe|explain)\b)|(?:^|\b(?:know|explain|show me|tell me|learn)\s+)how to\b|\bany tips\b|\bhelp me\b/i;

/**
 * A request for a recommendation or a service: "best anime of 2021?", "whats a good kimchi
 * recipe", "anyone know a good ramen place", "good recipe for dumplings pls", "recommend me a kdrama", "translate good morning
 * into korean", "tell me a good recipe for peking duck", "any good summit hikes ... for beginners". News tells what happened; it neither recommends nor translates. Not "is china
 * nk's best friend", where "best" is no request. No answerable question of the twenty training
 * parts is of this kind; 71 of their unanswerable ones are.
 */
export const RECOMMENDATION_ASKED =
  /^(?:(?:what|who|which)(?:'s|’s| is|s| are| r) (?:the |a |your )?)?best\b|\b(?:recommend|recs)\b|\b(?:got|know|drop|need|whats|what's|what’s|what is|tell me|give me|send me|show me|suggest) (?:me )?an? good\b|\btranslate\b.*\b(?:into|to|in) \p{L}+|^(?:(?:a|any|some) )?good (?:\p{L}+ ){0,2}(?:recipes?|places?|spots?|restaurants?|shows?|movies?|games?|books?|songs?|hikes?|trails?|apps?|sites?|websites?|podcasts?|channels?|series|brands?)\b|\bfor (?:a )?(?:beginners?|newbies?|noobs?|starters?)\s*\??$/iu;

/**
 * An invitation to the channel ("anyone up for valorant tonight", "whos up for ranked", "whos
 * in", "what time we meeting", "who wants to run the raid", "whos going to the anime summit",
 * "whos renewing their nitro"): members asking one another, not the articles. Not "was it aimed
 * at anyone in particular", nor "who is going to sign it", a question about the articles' people.
 */
export const INVITATION = /\b(?:anyone|anybody|any1|every1|everyone) (?:up for|down for|down to|going to|coming to|wanna|want to|joining|free)\b|\bwho(?:'s|’s|s| is)? (?:up for|down for|down to)\b|\bwho(?:'s|’s|s| is)? in\??$|\bwe meeting\b|\blfg\b|\bwho wants to\b|\bwho(?:'s|’s|s| is) going to the\b.*\b(?:tonight|tomorrow|tmrw|this (?:week|weekend)|next (?:week|weekend))\b|\bwho(?:'s|’s|s| is) [a-z]+ing (?:their|our)\b/i;

/**
 * A channel's everyday chatter, which no news report answers: a wish ("happy birthday sam!!",
 * "congrats"), whether something is worth it ("is the new call of duty worth it"), a game's result
 * ("who won the 2018 world cup", "did u guys watch the final"), a shop's hours or the time now, the weather,
 * a song's singer, when the next phone or game comes out, how to make a dish ("how make dumplings").
 */
export const CHATTER =
  /^\W*(?:happy|merry) (?:birthday|bday|b-day|new year|holidays|christmas|halloween|friday)\b|\bcongrats\b|\bworth it\b|\bworth (?:buying|getting|the money|watching|playing)\b|\bwho won\b|\bdid (?:u|you|ya|yall|you guys|u guys) (?:guys )?(?:watch|see|catch)\b|\bwhat time (?:does|do|is it|will|did) .*\b(?:close|open|closes|opens|start|starts|now)\b|\bwhat time is it\b|\b(?:the )?weather (?:in|like|gonna|going|today|tomorrow|tmrw|rn|this|for)\b|^weather\b|\bweather\??$|\b(?:gonna|going to|will it) (?:rain|snow)\b|\bwho (?:sang|sings)\b|\bwhen (?:does|do|will|is) (?:the )?(?:next|new) [\w ]+ (?:come out|drop|release|launch)\b|\bhow make\b/i;

/**
 * A question about what will happen at a time still to come ("will china send troops if the us
 * attacks nk next year", "will nk hold another test before the end of the year", "when's xi going to
 * pyongyang next"; not a renewal, which the articles expect): news reports
 * what was said and done, not what the future holds. Not "could it be extended in the future",
 * which the articles' "it could get another extension" answers. Three unanswerable questions of
 * the training parts and no answerable one are of this kind.
 */
export const FUTURE_ASKED = /\b(?:will|gonna|going to)\b.*\b(?:next (?:year|month|week|decade|summer|winter)|before the end of (?:the|this) year|in 20[3-9]\d)\b|\b(?:will|gonna|going to)\b(?!.*\b(?:renew|renewal|renewed|extend|extension|extended)\b).*\bnext\??$/i;

/**
 * How something turned out, asked in the past: "did biden and xi end up meeting at the g20",
 * "did they eventually meet", "did it happen in the end", "biden and xi did finally meet". Not
 * "when might biden and xi finally meet", which asks what is expected. When the best sentence
 * tells only an expectation (`EXPECTATION`: "Campbell ... expects Biden and Xi to meet"), the
 * articles were written before the outcome. On the eighteen training parts it was written on, it
 * refused six unanswerable questions and no answerable one. Its outcome asked by name ("what was the
 * outcome of the meeting") or what happened when it did, three more (forty-fifth session).
 */
export const OUTCOME_ASKED = /\bend(?:ed|s)? up\b|\bin the end\b|\bdid\b(?!.*\b(?:think|thinks|thought|expect|expects|expected|predict|predicted|say|said|hope|hoped|ever|before|yet)\b)[^?]*\bor not\b|\bdid\b(?!.*\b(?:think|thinks|thought|expect|expects|expected|predict|predicted|say|said|hope|hoped)\b).*\b(?:eventually|finally)\b|\beventually (?:met|happened|signed|agreed)\b|\b(?:outcome|result)s? of\b|\bwhat happened (?:when|at|after)\b/i;
/** A sentence that tells what is expected, planned or possible, not what happened. */
export const EXPECTATION = /\b(?:expects?|expected|likely|may|might|could|would|will|plans?|planned|set to|yet to|hopes?|possible)\b/i;
