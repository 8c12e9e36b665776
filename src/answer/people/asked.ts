import { type Analyzer, entityTerm } from "../../search/analyzer.js";
import { messageParts, partText } from "../../search/messageParts.js";
import type { QueryPlan } from "../../search/queryPlan.js";
import { alternativesOf } from "../alternatives.js";
import { PERSON_ROLE, ROLE } from "../../search/roles.js";
import { questionInside, whoAfterTopic } from "../spans.js";

/**
 * What a "who" question asks of a sentence's people: the verb of the act asked ("signed", "met"),
 * and the names the question itself gives, which are not the answer.
 */
/**
 * The index terms a question names, less the people it names only by their role: "who is the
 * chinese foreign ministry spokesman" names Wang Wenbin by a variant of the alias file, and
 * asks for exactly him.
 */
export function namedInQuestion(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> {
  let named = namedIn.get(plan);
  if (named) return named;
  // (Not the names the member guesses after a question of an act, "who signed it, zhou enlai and kim il sung?", which the
  // sentence may tell them doing; but "who's the main driver behind the sanctions, the un alone?" is not answered by "the UN".)
  // (A choice offered between them is read as one: "who delivered kims message, song tao or ri ryong nam?")
  const act = askedVerb(plan, analyzer) !== undefined && !alternativesOf(plan);
  // Nor the person guessed after a question of an office's holder: "who is nk's foreign minister, ri son gwon?" is answered by a sentence naming him in it.
  const office = plan.guessFrom !== undefined && PERSON_ROLE.test(plan.normalised.slice(0, plan.guessFrom));
  named = new Set(plan.concepts.filter((c) => !c.offered || !(act || (office && c.person))).flatMap((c) => [...c.terms.keys()]));
  for (const e of analyzer.entities(plan.normalised)) {
    if (e.entity.kind === "person" && PERSON_ROLE.test(plan.normalised.slice(e.start, e.end))) named.delete(entityTerm(e.entity.name));
  }
  namedIn.set(plan, named);
  return named;
}

/** `namedInQuestion` per plan: a "who" question reads it for each of its candidate sentences. */
const namedIn = new WeakMap<QueryPlan, Set<string>>();

/** "who signed", "who has led", "which leaders signed", "what officials delivered", "who physically delivered": the word that may be the action asked about. */
const WHO_DID = new RegExp(`^(?:who|whom|(?:which|what) (?:[a-z-]+ ){0,2}(?:${ROLE}|countr(?:y|ies)|sides?|signator(?:y|ies)|parties|korean|chinese|american|russian|japanese)s?) (?:(?:has|have|had|did|will|would|can|could|should|may|might|must|(?:is|are|was|were|has been|have been|is been)(?= (?!(?:talk|speak|say|writ)ing\\b)[a-z]+ing(?:\\s|$))) )?(?:[a-z]{3,}ly |first )?(?!(?:${ROLE})s?\\b)([a-z]+)\\b`);

/**
 * "who did sung kim talk to", "who did pyongyang blast": someone named (or "he", "they") does the
 * act, and the one it is done to is asked, not its doer.
 */
/** Whether a "who" question asks whom someone did something to ("who did sung kim call", "who did he call"), not who holds an office it names. */
export function asksForObject(plan: QueryPlan, analyzer: Analyzer): boolean {
  return objectAsked(questionInside(plan.normalised.toLowerCase()), analyzer) !== undefined;
}

/** An office as the subject of a question: "the us special representative", "china's envoy" (group 1: the office's word). */
const OFFICE_SUBJECT = new RegExp(`^(?:the |a |an )?(?:[a-z.'’]+ ){0,3}(${ROLE})s?\\b`);

export function objectAsked(question: string, analyzer: Analyzer): { verb: string; pronoun?: true; office?: string } | undefined {
  // (Or after a statement of its own: "the us special rep guy seems busy. who did he call?")
  const aux = /(?:^|[.!?]\s+)(?:who|whom) (?:did|does|do|has|have|had|will|would) /.exec(question);
  if (!aux) return undefined;
  const rest = question.slice(aux.index + aux[0].length);
  const pronoun = /^(?:he|she|they|it|we|you)\b/.exec(rest);
  // (Or an office: "who did the us special rep call".)
  const office = OFFICE_SUBJECT.exec(rest);
  const subject = pronoun ? pronoun[0].length : (analyzer.entities(rest).find((e) => e.start === 0)?.end ?? office?.[0].length);
  if (subject === undefined) return undefined;
  const verb = /^\s+([a-z]+)/.exec(rest.slice(subject))?.[1];
  return pronoun ? { verb: verb ?? "", pronoun: true } : office && subject === office[0].length ? { verb: verb ?? "", office: office[1]! } : { verb: verb ?? "" };
}

/** "who was the north korean who signed it", "who is the guy that delivered the msgs": the act of the relative clause. */
const WHO_WAS_THE_ONE_WHO = /^who (?:is|was|are|were) (?:the |a |an )?(?:[a-z'’-]+ ){1,4}(?:who|that) (?:(?:has|have|had|did|will|would) )?([a-z]+)\b/;
/** "north korean leader who signed the treaty?": an office and its signing, typed as the whole question. */
const OFFICE_WHO_SIGNED = new RegExp(`^(?:the |a |an )?(?:[a-z'’-]+ ){0,3}(?:${ROLE}) (?:who|that) (?:did )?(sign|signed)\\b[^?]*\\??$`);
const SIGNED = /^sign(?:ed)?$/;
/** "the cpc guy who delivered the msg is who": the act of the relative clause, its doer asked last. */
const THE_ONE_WHO_IS_WHO = /^(?:the |a |an )?(?:[a-z'’-]+ ){1,5}(?:who|that) (?:(?:has|have|had|did|will|would) )?([a-z]+)\b.* (?:is|was) who\??$/d;
/** "the cpc guy who passed along xi's message, whats his name": an office's act, its doer's name asked after a comma. */
const THE_OFFICE_WHO_NAMED = new RegExp(`^(?:the |a |an |that |this )(?:[a-z'’-]+ ){0,3}(?:${ROLE}) (?:who|that) (?:(?:has|have|had|did) )?([a-z]+)\\b.*, (?:what is|whats|what's|what was) (?:his|her|their) (?:full )?names?(?: again)?\\??$`, "d");
/** "who was the ", "who's their ": before a word for someone by what they do ("mailman", "ringleader"). */
const WHO_IS_THE = /^who(?:'s|s| is| was| are| were) (?:the|a|an|their|his|her) (?:real |actual |main )?$/;
/** Words after "who" that ask for no action ("who is", "who was the envoy"). */
const NOT_AN_ACTION = /^(?:is|was|are|were|be|been|has|have|had|did|does|do|will|would|can|could|should|exactly|actually|really|else|the|a|an)$/;

/**
 * The stems of the action a "who" question asks about: "who signed the treaty" → sign; none for
 * "who is Sung Kim". An everyday phrase for it adds the articles' word: "which chinese premier
 * put his name on the pact" asks who signed it, "who passed on the messages" who delivered them.
 */
export function askedVerb(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // Asked of every candidate sentence (see `namesNoDoer`): read once per question.
  let verb = askedVerbs.get(plan);
  if (verb === undefined) askedVerbs.set(plan, (verb = readAskedVerb(plan, analyzer) ?? null));
  return verb ?? undefined;
}
const askedVerbs = new WeakMap<QueryPlan, ReadonlySet<string> | null>();

/** Everything before a last sentence that opens on "who": "kim jong un? (who signed for them)". */
const BEFORE_LAST_WHO = /^.*[.?!]\s+(?=(?:(?:and|so|but|also|then|ok|okay) )*(?:who|whos|who's)\b[^.?!]*[.?!]*$)/s;

/** The message from the last part that asks, when a part before it asks nothing (see `messageParts`); else the whole message. */
function lastAskingPart(text: string): string {
  const parts = messageParts(text);
  const last = parts.at(-1);
  if (!last?.asks || parts.every((x) => x.asks)) return text;
  return partText(text, { ...last, end: text.length });
}

function readAskedVerb(plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // The part that asks last, after members' lines that ask nothing ("'mao signed it'. pretty sure it was not mao, which chinese leader signed it"),
  // when it asks an act of its own; else the whole message ("the cpc guy who passed along xi's message, whats his name").
  const whole = plan.normalised.toLowerCase();
  const last = lastAskingPart(whole);
  return (last !== whole ? askedVerbIn(last, plan, analyzer) : undefined) ?? askedVerbIn(whole, plan, analyzer);
}

/** `readAskedVerb` of `text`, the question or the end of it. */
function askedVerbIn(text: string, plan: QueryPlan, analyzer: Analyzer): ReadonlySet<string> | undefined {
  // "i assume it was kim jong un as a toddler? who signed for them": a "who" question after a sentence of its own is the question.
  const whole = plan.normalised;
  const question = text.replace(BEFORE_LAST_WHO, "");
  // (The plan's paraphrases are placed in the whole message.)
  const shift = whole.length - question.length;
  const inside = whoAfterTopic(question);
  // "signatories?", "who were the signers": those who signed.
  if (/\b(?:signator(?:y|ies)|signers?)\b/.test(inside)) return new Set([analyzer.stemWord("signed")!]);
  // After "who is/was" comes what someone is ("who is their partner"), not an action: only "who did/has/will" may come before one.
  // But "who was the north korean who signed it" asks who did what its own "who" says (when no office
  // says whom: "the spokesman who talked about the treaty" is whoever holds it).
  // Except the signing: "the north korean leader who signed it" is whoever signed it in 1961 (Kim Il Sung), not the one the stories call leader.
  // "who was the mailman between xi and kim": the doer of the act the everyday word for them stands for ("delivered").
  const from = question.length - inside.length;
  const agent = plan.paraphrases.find((p) => p.start >= from + shift && WHO_IS_THE.test(question.slice(from, p.start - shift)) && /^[a-z]+ed\b/.test(p.words));
  if (agent) {
    const stem = analyzer.stemWord(agent.words.split(" ")[0]!);
    if (stem) return new Set([stem]);
  }
  const one = WHO_WAS_THE_ONE_WHO.exec(inside) ?? OFFICE_WHO_SIGNED.exec(inside);
  const m = (one && (!PERSON_ROLE.test(one[0]) || SIGNED.test(one[1]!)) ? one : null) ?? WHO_DID.exec(inside) ?? THE_ONE_WHO_IS_WHO.exec(inside) ?? THE_OFFICE_WHO_NAMED.exec(inside);
  if (!m || NOT_AN_ACTION.test(m[1]!) || objectAsked(inside, analyzer)) return undefined;
  // (Group 1 ends the match, but for THE_ONE_WHO_IS_WHO and THE_OFFICE_WHO_NAMED, which read on to the end: their indices say where.)
  const at = shift + question.length - inside.length + (m.indices?.[1]?.[0] ?? m.index + m[0].length - m[1]!.length);
  const phrase = plan.paraphrases.find((p) => p.start === at);
  // Stop words ("said", "told") have no stem: "who said ..." is read by the other rules.
  const stems = [m[1]!, ...(phrase ? [phrase.words.split(" ")[0]!] : [])].flatMap((w) => analyzer.stemWord(w) ?? []);
  return stems.length ? new Set(stems) : undefined;
}
