/**
 * The asker's own words around their question, in a chat message: who they are ("retired history
 * teacher here."), why they ask ("need it for my essay", "trying to settle a bet"), a remark
 * before the question ("i was reading about this and im confused, ..."), an aside after it (",
 * i keep mixing it up"), a question put indirectly ("cant remember which years ...") or that
 * someone put to them ("she asked me when ..."). `withoutAsides` leaves the question: what the
 * chat normaliser (`chat/normaliser.ts`) reads on. Pure: no discord.js.
 */

/** Fewer words after "but" lean on the aside for what they ask ("the treaty was renewed, but when"). */
const MIN_QUESTION_WORDS = 4;
/** Words of a question that point back to what was said before it. */
const LEANS_BACK = /\b(?:he|she|they|them|his|him|her|their|it|its|this|that|these|those)\b/i;
/** The asker asking a question indirectly: "cant remember which years", "i wonder who", "im curious which city" (the words before the question word). */
const INDIRECT_QUESTION = /\b(?:(?:i )?(?:can ?not|cant|can't|do not|dont|don't) (?:remember|recall)|i (?:just )?wonder|(?:i'm|im|i am) (?:just )?curious)\s+(?=(?:what|when|who|where|why|how|which)\b)/gi;
/** Someone asked the asker a question (which follows): "she asked me", "my teacher wants to know", "we were wondering". */
const QUESTION_PUT = /\b(?:asked|asks|asking)(?: me| us| them| him| her)?\s+(?=(?:what|when|who|where|why|how|which)\b)|\b(?:wants?|wanted) to know\s+(?=(?:what|when|who|where|why|how|which)\b)|\b(?:was|were|am|are|is) wondering\s+(?=(?:what|when|who|where|why|how|which)\b)/i;
/**
 * The asker asks to be told: "do u know when ...", "i'd like to know how many ...", "is it possible to know who ...", "help me
 * understand why ...", "could u find out who ..." (the frame, up to its verb; see `REQUESTER`).
 */
const KNOWING_ASKED = /\b(?:know|tell (?:me|us)|find out|figure out|look up|understand|explain|remind me|show me|learn)\s+(?=(?:what|when|who|whose|where|why|how|which)\b)/i;
/** A request to the bot before a question word, its verb gone as filler ("could you explain why" → "could you why"). */
const REQUEST_LEFT = /^\s*(?:could|can|would|will) (?:you|u)(?: please| pls| kindly)?\s+(?=(?:what|whats|which|when|who|whose|how|where|why)\b)/i;
/** A frame that speaks to the bot or of the asker ("do you", "i'd like", "is it possible", "any idea"): not a third party's knowing ("does kim know who ..."). */
const REQUESTER = /\b(?:you|u|ya|yall|i|id|i'd|me|anyone|anybody|someone|somebody|possible|idea|help|pls|please)\b/i;
/** Words before a question set off by a colon (not a comma or a dash, which set off a topic or a quotation as often: "besides ally, wat else ...", "'older generation of leaders' - who ..."). */
const PREAMBLE = /^[^?.!:;]{1,100}[:;]\s+(?=(?:what|whats|which|when|who|whos|whose|how|where|why)\b)/i;
/** Words that name a source: a preamble with one says where the answer is to come from. */
const SOURCE_WORD = /\b(?:article|story|piece|report|news|tv|times|post|agency|paper|outlet|according|acc|per|in the|from the)\b/i;
/** An aside before "but" and the question it introduces (see `normalise`). */
const LEAD_IN_BUT = /^[^?.!]{0,80}?\bbut\s+(?=(?:what|whats|which|when|who|whos|whose|how|where|why)\b)/i;
/** A yes-or-no question ("did beijing actually say ...", "was 1981 one of the renewal years"), though it has no question mark. */
export const YES_NO_QUESTION = /^\s*(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b/i;
/** A first sentence in which the asker speaks of themselves ("my", "i'm", "... here."), asking nothing. */
const SELF_INTRODUCTION = /^\s*(?:[^.!?]*\b(?:i|i'm|im|my|me|we|our)\b[^.!?]*|[^.!?]*\bhere)[.!]+\s+(?=\S)/i;
/** A question that only asks whether what was said before is so: "is that right", "is he making it up", "was it true or not". */
const CHECKS_ONLY = /^\s*(?:(?:so|but|and|ok|okay)[\s,]+)?(?:is|was|are|were) (?:that|this|it|he|she|they)\s+(?:really |actually |even |just )?(?:right|true|correct|accurate|real|legit|wrong|lying|making (?:it|that|this|stuff|things) up)\b(?:\s+(?:or (?:not|no|what|is (?:he|she|it|that) (?:lying|wrong|making (?:it|that|this|stuff|things) up)|am i (?:wrong|misremembering)|did (?:he|she|they) make (?:it|that) up|(?:(?:was|is) it |(?:is|was) (?:it|that) )?(?:later|earlier|older|newer|before|after|more|less|longer|shorter|different|something else|someone else|somewhere else))))?[\s?!.]*$/i;
/** Words that ask, point back or judge, and name nothing asked about: a question made only of them asks about what was said before it. */
const NOTHING_OF_ITS_OWN = /^(?:what|whats|which|who|whos|whom|whose|when|where|why|how|is|was|are|were|did|does|do|it|that|this|its|they|he|she|one|of|us|we|me|i|am|right|correct|wrong|true|real|actual|actually|exactly|really|then|so|ok|okay|the|articles?|sources?|news|say|says|said|tell|tells|bot|here|pls|please|settle|now|his|her|their|date|year|day|month|time|number|name|but|and)$/i;
/** Whether a question is made only of such words, or asks only the kind of answer ("who's right", "when was it", "what do the articles say", "what date was it actually"). */
function asksNothingOfItsOwn(text: string): boolean {
  // (The last sentence: "i think there was an earlier one too. who's right" asks as "who's right" does.)
  const question = /[^.!?]+[.!?]*\s*$/.exec(text)?.[0] ?? text;
  const words = question.toLowerCase().replace(/['’]s\b/g, " is").match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((w) => NOTHING_OF_ITS_OWN.test(w));
}
/** Words of a question at most, for it to lean on someone named before it by "he" or "she" alone (a longer one names its own subject as often). */
const MAX_LEANING_WORDS = 6;
/** "he" or "she": someone the words before the question named ("what did he say"). */
export const SOMEONE_BEFORE = /\b(?:he|she|him|her|his)\b/i;
/** Whether a short question's only person is "he" or "she": "how did he describe it", "what did she call it". */
const leansOnSomeone = (question: string) => SOMEONE_BEFORE.test(question) && question.trim().split(/\s+/).length <= MAX_LEANING_WORDS;
/** A person's pronoun, which leans on whoever the words before named: "who was he writing to". */
const PERSON_PRONOUN = /\b(?:he|she|they|them|his|him|her|their)\b/i;
/** A question whose subject is a pronoun, which leans on what comes before it: "is that true", "when did he say it". */
const PRONOUN_SUBJECT = /^(?:[\p{L}']+ ){0,2}?(?:that|this|it|these|those|he|she|they|him|her|them)\b/iu;
/** Whether a question has words enough to ask without what came before it. */
export const hasQuestionWords = (question: string) => question.trim().split(/\s+/).length >= MIN_QUESTION_WORDS;
/** A question that ends on a pronoun, its subject put last: "how many times was it", "what year was that". */
const PRONOUN_LAST = /\b(?:it|that|this)\W*$/i;
/** A question that ends pointing back at what was said before it: "who said that", "when was this". ("who signed it": "it" is mostly the treaty.) */
export const POINTS_BACK_LAST = /\b(?:that|this)(?: one)?\W*$/i;
/** A question that points back at someone or something told before it by "that" and a noun: "who was that guy", "who said this line". */
const POINTS_BACK_NOUN = /\b(?:that|this) (?:guy|man|woman|person|official|dude|lady|spokesman|spokesperson|envoy|diplomat|quote|line|statement|remark|clip|video)\b/i;
/** The asker's remark about themselves before a comma: "i was reading about this and i am confused, ...". */
const SELF_REMARK = /^\s*(?:(?:ok|okay|so|well|um|hmm)[\s,]+)*(?:i|i'm|im)\b[^.!?,;:]{0,80},\s+(?=\S)/i;
/**
 * What the asker adds about themselves after the question mark, asking nothing and guessing
 * nothing (no number, no "i think ...") nor saying what answer they want ("i need the exact
 * quote"): "need it for my essay" (its "for my essay" already gone as filler: "need it"),
 * "asking for a school project", "need a source", "my grandson keeps mentioning him", "trying to settle a bet",
 * "(sorry) if dumb q, 4am brain", "history class q", "just got off a 12h shift", "got a midterm tmrw" (a time of day
 * or a length of hours is no guess).
 */
const TRAILING_ASIDE = /\?[\s?!]*(?=[^?]*\b(?:i|i'm|im|my|me|we|we're|our)\b|(?:need(?:ed)?|want(?:ed)?) (?:it|this|that)\b|(?:need(?:ed)?|want(?:ed)?) (?:a |the )?(?:source|sources|link|links|citation|cite)\b|asking\b|(?:trying|tryna) to\b|(?:to )?settl(?:e|ing) (?:a|an|the|this|our)\b|[^?]*\b(?:dumb|stupid|silly|noob|class|school|homework|hw|essay|exam|quiz|trivia) (?:q|question)\b|(?:just )?got (?:a|an|off)\b)(?![^?]*(?:\d(?!\d*\s*(?:am|pm|h|hrs?|hours?)\b)|\b(?:i think|i thought|i believe|i heard|i read|i remember|i guess|i assume|quotes?|words?|wording|phrase|exact|or|what|whats|which|who|whom|whose|when|where|why|how)\b))[^?]+$/i;
/**
 * A clause after the question's comma in which the asker speaks of themselves, asking nothing and
 * guessing nothing: ", i keep mixing it up", ", i always forget", ", im so confused lol"; or on
 * whoever set the question: ", my teacher wants the day not just the year"; or a remark: ", bet the
 * train ride was wild", ", must be a fun job". Not ", i think it was 1962", ", i wonder when ...".
 */
const COMMA_ASIDE = /,\s*(?=(?:(?:i|i'm|im|i am) (?:keep|kept|always|never|just|kinda|really|honestly|totally|so|am|was|forgot|forget|can ?not|cant|can't|dont|don't|do not|get|got)|(?:i )?(?:need|want)(?:ed)? (?:it|this|that) for (?:my|our|a|the)\b|(?:my|our) (?:[a-z]+ )?(?:teacher|professor|prof|tutor|lecturer|boss|assignment|essay|homework|project|class) (?:wants|wanted|asks|asked|needs|needed|requires|required)|asking for (?:a|my) [a-z]+|(?:bet|must (?:be|have been)|sounds|imagine|kinda|lowkey|wild|crazy|funny|wow|damn)(?= ))\b(?![^?]*(?:\d|\b(?:think|thought|believe|guess|heard|remember|wonder|what|whats|which|who|when|where|why|how|or)\b))[^?]*$)/i;
/** An aside that tells who says what the member asks about: "my gym bro says so", "thats what i read". */
const CLAIM_SOURCE = /\b(?:says?|said|told|swears?|swore|claims?|claimed|heard|read)\b/i;
/** A trailing aside that tells why the member asks: "? trying to settle a bet", "? tryna understand the history". */
const PURPOSE_ASIDE = /^\?[\s?!]*(?:(?:just )?trying to|tryna|(?:to )?settl(?:e|ing))\b/i;
/** A question word ("who ...", "whats ...", "how ..."): what a part that asks something has, and a guess has not. */
export const ASKS = /(?:^|[\s,])(?:what|whats|which|who|whom|whose|when|where|why|how)\b/i;

/**
 * The question of a message without the asker's asides around it; `checked` when a first sentence
 * about the asker stays as a claim that the rest only checks ("my friend swears ... . is that right").
 */
export function withoutAsides(text: string): { text: string; checked: boolean } {
  // "english is not my first language. the treaty, ..." or "retired history teacher here. ...": the asker introduces themselves, then asks.
  // (Not one that asks itself, indirectly: "making slides for my group, need to know when they renewed the treaty. was it more than once?".)
  const introduction = SELF_INTRODUCTION.exec(text);
  // (Its frame, "need to know", is gone as filler by now: a question word is left.)
  const preamble = introduction && !/[,;:]\s*(?:what|when|where|why|how|which)\b/i.test(introduction[0]) ? introduction : null;
  const asked = preamble && text.slice(preamble[0].length);
  // Unless what follows only checks the sentence before, which is then a claim to check: "my friend swears it just keeps going
  // until both sides agree to scrap it. is that right or is he making it up".
  const checked = !!asked && CHECKS_ONLY.test(asked);
  if (checked) text = preamble[0];
  // (Nor when what follows only points back at it: "my cousin keeps quoting some official who called the peninsula china's doorstep. who said that".)
  // (Nor when what follows asks nothing of its own: "my friend says it was signed in 1953, i say 1961. who's right", "... i say way earlier. when was it".)
  // (Nor when what follows is about someone it names only by "he" or "she": "i bet kim said the friendship is fading. how did he describe it".)
  else if (asked && (ASKS.test(asked) || YES_NO_QUESTION.test(asked)) && (hasQuestionWords(asked) || !POINTS_BACK_LAST.test(asked)) && !POINTS_BACK_NOUN.test(asked) && !asksNothingOfItsOwn(asked) && !leansOnSomeone(asked)) text = asked;
  // Or by a comma, when the question after it stands on its own: "i was reading about this and i am confused, is the treaty still a thing"
  // (not "i read that china has to defend nk, is that true", "i heard trump met kim a bunch, how many times was it", "i read nk
  // depends on china, why tho": the question leans on the remark, by a pronoun or by having too few words of its own).
  const remark = SELF_REMARK.exec(text);
  const standing = remark && text.slice(remark[0].length);
  if (standing && (ASKS.test(standing) || YES_NO_QUESTION.test(standing)) && !PRONOUN_SUBJECT.test(standing) && !PERSON_PRONOUN.test(standing) && !PRONOUN_LAST.test(standing) && hasQuestionWords(standing)) text = standing;
  // "sorry if this was asked already but who delivered the messages", "not a history buff but whats the deal with ...":
  // an aside that asks nothing, then the question after "but" (not one that leans on it: "kim sent a letter, but who was he writing to", "... renewed, but when").
  // "my cousin is doing a school project and she asked me when the treaty was signed": the question someone put to the asker.
  // "cant remember which years they renewed it", "i wonder who handed them over": the question asked indirectly, in its place.
  text = text.replace(INDIRECT_QUESTION, "");
  const put = QUESTION_PUT.exec(text);
  if (put && !ASKS.test(text.slice(0, put.index))) text = text.slice(put.index + put[0].length);
  // "could you (explain) why ...": a request left once its verb went as filler.
  text = text.replace(REQUEST_LEFT, "");
  const knowing = KNOWING_ASKED.exec(text);
  if (knowing && !ASKS.test(text.slice(0, knowing.index)) && REQUESTER.test(text.slice(0, knowing.index)) && !/[.?!]/.test(text.slice(0, knowing.index))) text = text.slice(knowing.index + knowing[0].length);
  // Or set off by a colon: "yo quick q for my poli sci class: what year ...", "ok final question i promise: who carried ...".
  // (Not a source named there, "the upi story: who ...", nor a topic the question points back to.)
  const lead = LEAD_IN_BUT.exec(text) ?? (SOURCE_WORD.test(PREAMBLE.exec(text)?.[0] ?? "") ? null : PREAMBLE.exec(text));
  const after = lead && text.slice(lead[0].length);
  if (lead && after && !ASKS.test(lead[0]) && ASKS.test(after) && !LEANS_BACK.test(after) && after.split(/\s+/).length >= MIN_QUESTION_WORDS) text = after;
  // "... name of the treaty? need it for my essay": after the question, the asker speaks of themselves.
  const aside = TRAILING_ASIDE.exec(text);
  // (Only after a question: "source?? i doubt china said ..." asks about what follows. But an aside of
  // purpose follows the telegraphic question too: "exact date the treaty was signed?? trying to settle a bet".)
  // After a yes-or-no question too ("do they get along? sorry if dumb q, 4am brain"), unless the aside tells
  // where a claim comes from ("is it true ...? my gym bro says so"), which is part of the claim.
  const yesNo = YES_NO_QUESTION.test(text) && !CLAIM_SOURCE.test(aside?.[0] ?? "");
  if (aside && (ASKS.test(text.slice(0, aside.index)) || yesNo || PURPOSE_ASIDE.test(aside[0]))) text = text.slice(0, aside.index + 1);
  // Or after a comma, the asker on themselves: "what year was the treaty signed, i keep mixing it up w the armistice and my essay is due tmrw".
  const commaAside = COMMA_ASIDE.exec(text);
  if (commaAside && ASKS.test(text.slice(0, commaAside.index)) && hasQuestionWords(text.slice(0, commaAside.index))) text = text.slice(0, commaAside.index);
  return { text, checked };
}
