import { alternativesOffered } from "./alternatives.js";
import { countryOf } from "../search/places.js";
import { DATE_ASKED } from "../search/answerType.js";
import { withoutTrailingFiller } from "./blanks.js";
import { KIN_WORD, PERSON_ROLE, ROLE } from "../search/roles.js";
import { isEnglishWord } from "../search/wordFrequency.js";
import { withoutPastedQuotes } from "./quoteSpeaker.js";
import { QUOTE_REST_ASKED } from "./quoteRest.js";
import { questionInside } from "./spans.js";

/**
 * What kind of short fact a question asks for ("when was it renewed" → a date, "who signed it" →
 * a person, "dprk stands for what" → an expansion), read from its normalised wording alone: the
 * first step of a direct answer (`direct.ts` then finds the answer of that kind in a sentence).
 * Undefined for a question that asks no short fact ("why does nk need china").
 */
export type FactKind = "nickname" | "date" | "year" | "month" | "count" | "duration" | "age" | "person" | "title" | "expansion" | "source" | "place" | "blank" | "rest" | "name" | "kin" | "coined" | "until" | "list" | "core" | "occasion" | "manner" | "besides" | "focus" | "described" | "purpose" | "choice";

const NAME_OF_OFFICE = new RegExp(`\\bname of (?:[\\w.'’]+ ){0,4}(?:${ROLE})s?\\b|^name (?!(?:one|a|an|some|any|two|three) (?:the|that|this|of)\\b)(?:the )?(?:[\\w'’]+ ){0,3}(?:${ROLE})s?\\b`);
/** "nk amb in beijing name pls", "beijing's nk envoy name?", "the envoy's name??", "spokesman name?? forgot", "the american nk envoy who rang liu, name?", "..., what his name?" (not "the official name of the treaty", nor "the treaty's official (full) name?"). */
const OFFICE_THEN_NAME = new RegExp(`\\b(?!official (?:(?:full|formal|real|whole|complete) )*names?\\b)(?:${ROLE})s?\\b(?:,? [\\w'’]+){1,6},? names?\\b|\\b(?!official\\b)(?:${ROLE})(?:['’]s)? names?\\b(?!\\s+of\\b)|\\b(?:what(?:'s|s| is)? )?(?:his|her) (?:(?:actual|real|full) )?names?(?: is what)?\\??$`);
/** "whats the nk ambassador to china called", "what is the chinese spokesman called": the holder's name, asked by the office (not "what is the treaty called"). */
const OFFICE_CALLED = new RegExp(`^(?:what|whats|what's|wat)(?: is| was)? (?:the |their |nk's |china's )?(?:[\\w'’-]+ ){0,3}(?:${ROLE})(?: (?:to|of|in|for) [\\w'’ -]+?)? (?:called|named)\\??$`);
/** "nk's ambassador to china?", "us special envoy for nk??", "china special rep for nk": an office alone asks who holds it (a country's first: "the treaty?" is none). */
const OFFICE_ALONE = new RegExp(`^(?:the |their )?(?:(?!(?:is|was|are|were|which|what|who|whos|whose|did|does|do)\\b)[a-z'’-]+(?:['’]s)? ){0,3}(?:${ROLE})(?: (?:to|of|in|for|at) (?:the )?(?!(?:which|what)\\b)[a-z'’-]+(?: [a-z'’-]+)?)?\\?*$`);
/** "is song tao the chinese foreign minister", "was zhou enlai china's president": an office asked of someone named first. */
const OFFICE_ASKED_OF = new RegExp(`^(?!.*\\bor\\b)(?:is|was) (?!(?:the|a|an|it|he|she|they|this|that|there)\\b)[a-z'’-]+(?: [a-z'’-]+){0,2} (?:(?:the|a|an|former|then|[a-z]+['’]s) )?(?:[a-z'’-]+ ){0,3}(?:${ROLE})(?: (?:of|to|for|in) [a-z'’ -]+)?\\??$`);
/** "whats nk's only ally", "what is the nk ruling party" (group 1: what is asked about, its last word the thing). */
const THING_ASKED = /^(?:what|whats|what's|wat)(?: is| was)? ((?:the |its |their )?(?:[\w'’-]+ ){0,4}[\w-]+)\??$/;
/** "nk's only ally is?": the same, typed first (group 1). */
const THING_THEN_IS = /^(?!(?:who|what|when|where|why|how|which|is|was|are|were|do|does|did)\b)((?:the )?(?:[\w'’-]+ ){0,4}[\w-]+) (?:is|was)\s*\?+$/;
/** A relation whose other party a name answers (the thing a "what is" asks for, as its last word). */
const RELATION_NOUN = /\b(?:ally|partner|backer|sponsor|benefactor)$/;
/** A body a name answers: "ruling party", "state news agency". */
const NAMED_BODY = /\b(?:ruling party|(?:news|state|media) agency)$/;
const OFFICE_OR_OFFICE = new RegExp(`\\b(?:${ROLE})\\s+or\\s+(?:${ROLE})\\b`);
/** An office, then a name half remembered: "nk's ambassador in beijing is ri something?", "the us envoy is kim sung-something? i forget". */
const HALF_NAME = new RegExp(`\\b(?:${ROLE})s?\\b.* (?:is|was) (?:[a-z]+ )?[a-z]+[- ]?(?:something|smth|sth|somethin|whatever|whatshisname)\\b`);
/** "which chinese official", "what country": not "what did the ambassador push for", which asks what they did. */
const WHICH_OFFICE = new RegExp(`^(which|what) (?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|the|a|an|that|this|these|those|his|her|their|its)\\b)[\\w-]+ ){0,3}(?:${ROLE}|country|countries|side)s?\\b`);
/**
 * A question opening on an auxiliary asks yes or no ("is the alliance still on", "was the guy who
 * signed it kim's grandpa"), unless a clause of its own asks more ("does it expire, whats the term").
 */
const YES_OR_NO = /^(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\b(?![^,?]*[,?]\s*(?:like\s+|so\s+|and\s+|or\s+)?(?:what|whats|which|when|who|whos|whose|how|where)\b)/;

/** Lengths of time offered to choose from: "every 20 years or every 10", "valid for 10 yrs or 20". */
const DURATION_OFFERED = /\b(?:every|for|lasts?|valid|expires?|runs?)\s+\d+\s*(?:years?|yrs?)?\s*(?:or|vs\.?|\/)\s*(?:every\s+|for\s+)?\d+(?:\s*(?:years?|yrs?))?\b/;

/** A relation between countries or people, which a "who is X's <relation>" question asks the other party of. */
/** A person or country asked by how they stand to another: "nk's ally", "kim's counterpart", "china's enemies". */
export const RELATION = /\b(?:ally|allies|partner|partners|friend|friends|enemy|enemies|rival|rivals|backer|sponsor|benefactor|neighbou?r|counterparts?|opponents?|adversar(?:y|ies)|foes?|predecessors?|successors?)\b/;

/** Words a member adds after the question word ("when exactly", "where tho"), and the marks after them. */
const FILLER_AFTER = "(?:exactly|tho|though|then|again|now|pls|please)";
/** Whose account it is, typed after the question word: "biden xi meet where per campbell". */
const ACCOUNT_AFTER = "(?:,? (?:per|according to|acc to) [a-z' ]+?)?";
const AFTERWORD = `(?: ${FILLER_AFTER})?${ACCOUNT_AFTER}[?!.]*$`;
/** Verbs after which a last "where" or "when" asks where or when it was done ("us special rep visited where"), not a word of the sentence ("would lead where"). */
const DONE = "(?:visit|visited|visits|meet|met|meeting|held|happen|happened|signed|built|located|based|delivered|go|went|travel(?:l?ed)?|born|died|renewed|announced|said|say)";
/** No verb ahead: a noun phrase ("us special representative for north korea who"), not a clause ("the envoy met who"). */
const NO_VERB = "(?!.*\\b(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|said|says|told|met|meet|meets|sent|gave|took|spoke|called|signed|delivered|visited)\\b)(?!.*\\b\\w+ed\\b)";
const TRAILING: [RegExp, (m: RegExpExecArray) => string][] = [
  // "china is building missile silos?? where", "xi visited pyongyang when exactly".
  [new RegExp(`^(.+?)[?!.,]+ *(where|when)${AFTERWORD}`), (m) => `${m[2]} ${m[1]}`],
  // (Not "xi promised to take the relationship where exactly": where it is taken, a blank to fill.)
  [new RegExp(`^(?!.*\\b(?:take|takes|took|taking|lead|leads|led|leading|bring|brings|brought|push|pushes|pushed)\\b)(.+?) (where|when) ${FILLER_AFTER}[?!.]*$`), (m) => `${m[2]} ${m[1]}`],
  // "nk foreign minister is who", "msg delivery meeting was where": "who is nk foreign minister".
  [new RegExp(`^(.+?) (is|was|are|were) (who|where|when)${AFTERWORD}`), (m) => `${m[3]} ${m[2]} ${m[1]}`],
  // "us special rep for north korea who": an office named, then "who", asks who holds it ("who is the us special representative ...").
  [new RegExp(`^${NO_VERB}((?:[\\w'’-]+ ){0,6}(?:${ROLE})s?(?: [\\w'’-]+){0,5}) (who|whom)${AFTERWORD}`), (m) => `who is ${m[1]}`],
  // "the phone call story was reported by who": the outlet, "who reported the phone call story".
  // (Other acts keep the blank: "msgs were delivered by who" is answered by what follows "delivered by".)
  [new RegExp(`^(.+?)(?: (?:is|was|are|were|got|get))? (?:reported|published|broken|covered) by (?:who|whom)${AFTERWORD}`), (m) => `who reported ${m[1]}`],
  // "us special rep visited where", "biden xi expected to meet where".
  [new RegExp(`^(.+? ${DONE}) (where|when)${AFTERWORD}`), (m) => `${m[2]} ${m[1]}`],
];

/**
 * A question word typed last, after what it asks about, moved to the front where the rules below
 * look for it: "china is building missile silos?? where" → "where china is building missile
 * silos", "nk foreign minister is who" → "who is nk foreign minister". Not a blank to fill
 * ("kim called the friendship a what", "talks would lead where"), nor a question that already
 * has its question word.
 */
function whWordLast(q: string): string {
  for (const [pattern, moved] of TRAILING) {
    const m = pattern.exec(q);
    if (m && !/\b(?:where|when|what|which|how)\b/.test(m[1]!) && !/^(?:who|whos|whose)\b/.test(m[1]!)) return moved(m).replace(/[?!.,]+(?= |$)/g, "");
  }
  return q;
}

/**
 * The kind of short fact a planned question asks for; when its whole wording asks none, what it
 * asks before a guess after it: "kim il sung is kju's what? dad?" asks the blank, "dad" is the
 * member's guess. (Not first: what looks like a guess may be the question's own last word, "the
 * envoy who rang liu, name?".)
 */
export function factKindOf(plan: { question?: string; normalised: string; guessFrom?: number; claim?: true; concepts?: readonly { surface: string; person?: true }[] }): FactKind | undefined {
  // "campbell who", "liu who?": what the person named is, as "who is campbell" (not a blank after the name: "Liu told ...").
  if (NAME_THEN_WHO.test(plan.normalised) && plan.concepts?.length && plan.concepts.every((c) => c.person)) return "title";
  // "what is song tao", "..., song tao, what is he": what a person named is, as "who is song tao" (the message names one person).
  // Also "song tao sounds like a dumpling brand. who is he": "he" is the one person the message names.
  if ((WHAT_IS_PERSON.test(plan.normalised) || WHO_IS_HE_LAST.test(plan.normalised)) && plan.concepts?.filter((c) => c.person).length === 1 && (/\b(?:he|she)\W*$/i.test(plan.normalised) || plan.concepts.every((c) => c.person))) return "title";
  // "campbell?", "song tao": a person named alone asks what they are, as "who is campbell".
  if (plan.concepts?.length === 1 && plan.concepts[0]!.person && plan.normalised.replace(/[\s?!.]+$/, "").toLowerCase() === plan.concepts[0]!.surface.toLowerCase() && !PERSON_ROLE.test(plan.normalised)) return "title";
  // "who is this wang wenbin guy": a person named, called "this guy" (not "who is that chinese guy", someone described).
  if (THIS_NAMED_GUY.test(plan.normalised) && plan.concepts?.some((c) => c.person) && plan.concepts.every((c) => c.person || PERSON_NOUN.test(c.surface))) return "title";
  // "the comradely trust and ____ friendship", "the unswerving position of the ___ and the DPRK government": underscores
  // (read as "what") inside the question are a blank, though a word of the quotation around them reads as another kind
  // ("position": a title). (Words someone called a thing, "kim called ... 'the ___ stand'", stay theirs.)
  // (A kinship guessed after the question is no kinship asked: "who signed for north korea? was it his dad or his grandpa" asks who.)
  const whole = factKind(plan.normalised);
  // (Nor is a guess of what someone is a person asked: "who is song tao, some random intern?" asks his title.)
  // (Nor a length guessed an age's kind: "how old is the treaty now, 50 yrs?" asks its age, not a year.)
  const typed = whole !== undefined && GUESS_TYPES.has(whole) && plan.guessFrom !== undefined ? (factKind(askedPart(plan)) ?? whole) : whole;
  if (plan.question && UNDERSCORES.test(plan.question) && ONE_WHAT_INSIDE.test(plan.normalised) && (typed === undefined || UNDERSCORES_MISREAD.has(typed))) return "blank";
  return (
    typed ??
    (plan.guessFrom === undefined ? undefined : factKind(askedPart(plan))) ??
    (plan.claim ? claimedKind(plan.normalised.toLowerCase(), plan.concepts ?? []) : undefined) ??
    statedKind(plan.normalised) ??
    // "was it xi or kim who said forged in blood", "'a new stage' or 'new heights'?": the one offered that a passage holds.
    (plan.question && alternativesOffered(plan.question) ? "choice" : undefined)
  );
}

/** Kinds the values of a guess may suggest of the whole message (a kin, a person, a number or a time), which its question asks otherwise. */
const GUESS_TYPES: ReadonlySet<FactKind> = new Set(["kin", "person", "year", "date", "month", "count", "duration"]);

const UNDERSCORES = /_{2,}/;
/** Kinds a quotation's own words may suggest around a blank typed as underscores ("position", "which party"). */
const UNDERSCORES_MISREAD: ReadonlySet<FactKind> = new Set(["title", "focus", "person"]);
/** One "what" (the underscores' word), inside a statement: words before and after it. */
const ONE_WHAT_INSIDE = /^(?!.*\bwhat\b.*\bwhat\b)(?!(?:what|wat)\b).*\S \bwhat\b['’"”]? \S/i;

/**
 * A thing named, then the blank of what someone called it: "wang called the korean peninsula what".
 * One noun phrase before the blank: "kim called the friendship a common what" types the start of
 * the name, a blank in it.
 */
const CALLED_WHAT = /^(?!(?:what|wat|who|which|when|where|how|why)\b)[\w'’ -]+ (?:called|calls|labell?ed|labels|dubbed|dubs|branded|brands) (?!(?:it|them|him|her|that|this)\b)(?:(?:the|his|its|their|her|our) )?(?:(?!(?:a|an|the|as|like)\b)[\w'’-]+ ){0,4}?(?!(?:a|an|the|as|like)\b)[\w'’-]+ (?:what|wat)\??$/;

/** The treaty, and its ending in any tense ("ends", "will finish"): "until when", "when does the treaty end", "the treaty finish when". */
const THE_TREATY = "(?:the |this |that )?(?:treaty|pact|alliance|agreement|accord|deal|it)";
const ENDS = "(?:end|expire|run out|lapse|stop|finish|terminate)(?:s|es)?";
const UNTIL_ASKED = new RegExp(`\\buntil when\\b|\\btill when\\b|^how long (?:does|will|would|do|did) (?:[a-z'’ ]+ (?:say|said|says|think|thinks) )?(?:it|the treaty|the pact|the alliance|the agreement|the deal) (?:stays?|remains?) in (?:force|effect|place)\\b|^when (?:(?:does|will|would|do) )?${THE_TREATY} (?:(?:will|would|does|is going to|gonna) )?${ENDS}\\b|^${THE_TREATY} (?:(?:will|would|is going to|gonna) )?${ENDS} when\\??$`);

/** One to three words, then "who" alone: "song tao who", "campbell who?" (see `factKindOf`: when the words are a person's name; not "the spokesperson is who"). */
const THIS_NAMED_GUY = /^who(?: is|s|'s|’s| was) (?:this|that|the) (?:[\p{L}'’.-]+ ){1,3}(?:guy|dude|man|woman|person|fella|lady|bloke|chap)\??$/iu;
const PERSON_NOUN = /^(?:guy|dude|man|woman|person|fella|lady|bloke|chap)$/i;
/** "what is song tao", "what was he": what someone is, at the end of the message. */
const WHAT_IS_PERSON = /(?:^|[,.?!]\s*)what(?:'s|’s|s| is| was) (?!(?:the|a|an|it|that|this|there)\b)[\p{L}'’ .-]+?\W*$/iu;
/** "(...). who is he", "..., who's she": what a person named before is, asked by a pronoun last. */
const WHO_IS_HE_LAST = /(?:^|[,.?!]\s*)(?:who|whos|who's|who’s)(?: is| was)? (?:he|she)\W*$/iu;
const NAME_THEN_WHO = /^(?!(?:the|a|an)\b)(?:(?!(?:is|was|are|were|s)\b)[\p{L}'’.-]+ ){1,3}(?:who|whom)\??$/iu;

/**
 * What a statement put to the bot claims: "liu xiaoming is the us envoy?" (a statement asked with its
 * question mark alone) or "song tao is the chinese foreign minister" (typed without one, asking
 * nothing else), an office; "the messages were delivered in pyongyang?", where it was.
 */
function statedKind(text: string): FactKind | undefined {
  const put = statementPut(text);
  const lower = text.toLowerCase();
  if ((put || /\?\s*$/.test(text)) && OFFICE_CLAIMED.test(lower)) return "title";
  return put ? placeClaimed(lower) : undefined;
}

/** A statement put to the bot (not a question opening on its verb, nor a choice): with a question mark at its end, or none anywhere, and no question word. */
const statementPut = (text: string) => !/^\s*(?:(?:wait|so|ok|okay|and|but|hmm|um|also|oh|like)[\s,]+)*(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b|\bor\b/i.test(text) && (/\?\s*$/.test(text) || !/\?|\b(?:what|wat|which|who|whom|whose|when|where|why|how)\b/i.test(text));

/** A person named, then the office claimed for them: "song tao is the foreign minister", "zhou enlai was china's president back then". */
const OFFICE_CLAIMED = new RegExp(`^(?!(?:the|a|an|it|he|she|they|this|that|there|who|what)\\b)[a-z'’-]+(?: [a-z'’-]+){0,2} (?:is|was) (?:(?:the|a|an|former|then|[a-z]+['’]s) )?(?:[a-z'’-]+ ){0,3}(?:${ROLE})\\b`);

/**
 * What a claim to check asks when none of its words asks it: the office of the person it names
 * ("song tao is the foreign minister right?" → his title), or the anniversary it names. The query
 * plan reads its numbers, dates and the person claimed to hold an office ("the spokesman was wang
 * yi" → who was the spokesman) as the question they answer (see `claims.ts`).
 */
function claimedKind(q: string, concepts: readonly { surface: string }[]): FactKind | undefined {
  if (OFFICE_CLAIMED.test(q)) return "title";
  // "the us envoy was in tokyo when he said that?", "the silos are in the mountains right?": where it was.
  if (placeClaimed(q)) return "place";
  // Only an anniversary the articles do not name is claimed ("the 5th", not "the 60th": the plan keeps a word the articles use).
  const anniversary = ANNIVERSARY_CLAIMED.exec(q);
  const ordinal = anniversary && (anniversary[1] ?? anniversary[2]);
  return ordinal && !concepts.some((c) => c.surface.toLowerCase() === ordinal) ? "occasion" : undefined;
}
/** "kim jong un is (the) grandson of who": whose kin someone is. */
const KIN_OF_WHO = new RegExp(`^[\\w'’ -]+ (?:is|was) (?:the |a )?${KIN_WORD} of (?:who|whom)\\??$`);
/** "kim il sung was kju's father", "who is kim's wife", "who is kim jong uns father": someone's kin, claimed or asked. */
const KIN_OWNED = new RegExp(`^(?!(?:is|was|did|does)\\b)[\\w ]+ (?:is|was) (?:[\\w']+ )?[\\w ]+['’]?s ${KIN_WORD}\\b`);
/** "is kim il sung kim jong un's dad or grandpa": which of two kinships. */
const KIN_CHOICE = new RegExp(`\\b${KIN_WORD}\\b.* or (?:his |her )?${KIN_WORD}\\b`);
/** "is kim il sung kim jong un's father": a kinship claimed. */
const KIN_CLAIMED = new RegExp(`^(?:is|was) (?:[\\w-]+ ){1,6}[\\w-]+['’]?s ${KIN_WORD}\\??$`);

/** A second question of a question word alone, after "and" or "or": "... and by whom", "... and where". */
const SECOND_QUESTION_WORD = /\s+(?:and|or|n|&)\s+(?:(?:by|to|with|for|from|of)\s+)?(?:who|whom|what|where|when)\s*\??$/;
/** Who did something to whom, both asked: "who called who", "who met who in beijing" (not "whos the guy who called liu"). */
const WHO_AND_WHOM = /^(?:who|whom) (?!(?:is|was|are|were|s|'s)\b)[a-z'’-]+(?: [a-z'’-]+){0,3}? (?:who|whom)\b(?! (?:is|was|are|were|did|does|do|has|have|had)\b)|^(?:who|whom) (?:is|was|are|were|s|'s) [a-z'’-]+(?: [a-z'’-]+){0,3}? (?:who|whom)\??$/;
/** A nickname asked: "what nickname", "which epithet", "another name for", "nk nickname?". */
const NICKNAME_ASKED = /\b(?:nick ?names?|epithets?|monikers?|(?:other|another|alternative|different) names? (?:for|of)|pet names?)\b/;

/** "place" when the question claims a place for what was done (a country's, a city's, or ground's: "in the mountains"). */
function placeClaimed(q: string): "place" | undefined {
  const place = PLACE_CLAIMED.exec(q)?.[1];
  return place && (countryOf(place) !== undefined || LANDFORM.test(place)) ? "place" : undefined;
}
/** A place claimed for what was done or said (group 1: the place's first word). */
const PLACE_CLAIMED = /\b(?:is|are|was|were|got|happened|held|delivered|handed over|signed|built|located|based|said|spoke|speaking|met|meeting)\b[^?]*?\b(?:in|at) (?:the )?([a-z][a-z'’-]+)\b/;
/** Ground that says where without a name ("in the desert"). */
const LANDFORM = /^(?:mountains?|desert|hills?|coast|countryside|capital)$/;
/** "the ambassador spoke on the 5th anniversary of xi's visit right?": which anniversary it was. */
const ORDINAL = "\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|tenth|[a-z]+tieth";
/** (Also "the anniversary was the 50th": the ordinal after it, group 2.) */
const ANNIVERSARY_CLAIMED = new RegExp(`\\b(${ORDINAL}) anniv(?:ersary)?\\b|\\banniv(?:ersary)? (?:was|is|were) (?:the |its |their )?(${ORDINAL})\\b`);

/** "what is wpk", "whats the wpk kim mentioned", "cpc meaning?", "cpc in article mean which party": the letters (groups 1 to 4) asked about. */
const LETTERS_ASKED = /^(?:(?:wait|so|ok|and|but) )?(?:what|wat)(?: is|s|'s|’s) (?:the )?([a-z]{2,6})(?: (?:exactly|anyway|again|even|[a-z]+ mentioned))?\??$|^(?:the )?([a-z]{2,6}) meaning\??$|^(?:what|wat) (?:the )?([a-z]{2,6}) (?:mean|means|stand for|stands for)\??$|^(?:the )?([a-z]{2,6})(?: in (?:the )?(?:article|story|news|text))? means? (?:which|what) (?:party|agency|country|organi[sz]ation|group|thing|words?)\??$/;
/** "kcna is korean communist news agency", "wpk = korean workers union? just checking": letters (group 1), then a guess at what they stand for (group 2), up to its question mark. */
const LETTERS_GUESSED = /^([a-z]{2,6}) (?:=|is|means|stands for) (?:the )?((?:[a-z'’]+ ){1,5}[a-z'’]+)(?:\?.*)?$/;

/**
 * Whether a question typed in lower case asks what letters stand for: letters no English word
 * spells, asked about ("what is wpk") or followed by a guess whose words begin with two of them or
 * more ("kcna is korean communist news agency": not "kcna is state media or independent").
 */
function lettersAsked(q: string): boolean {
  const asked = LETTERS_ASKED.exec(q);
  // ("what WPK mean?": a learner's question without "does".)
  const letters = asked?.[1] ?? asked?.[2] ?? asked?.[3] ?? asked?.[4];
  if (letters) return !isEnglishWord(letters);
  const guessed = LETTERS_GUESSED.exec(q);
  if (!guessed || isEnglishWord(guessed[1]!)) return false;
  const initials = guessed[2]!.split(" ").map((w) => w[0]!);
  return initials.filter((i) => guessed[1]!.includes(i)).length >= 2;
}

/**
 * An outlet guessed for a report: "the taiwan line was from the nyt right?", "was the concessions
 * quote from reuters or someone else", "was it kcna that broke the envoy call story?".
 */
const REPORTED = "line|quotes?|stat|story|report|stuff|comments?|claim|news|info|remarks?|bit|thing";
const GUESS_TAG = "(?: right| i think| i guess| or (?:someone|somebody|something|smth) else| or what| or not)?\\??$";
const SOURCE_CLAIMED = new RegExp(`\\b(?:${REPORTED})\\b[^?]* (?:was|were|is|are|came|comes|come) (?:from|by) (?:the )?[a-z]+(?: [a-z]+){0,2}${GUESS_TAG}|^(?:was|is|were|are) (?:the |that |this )?(?:[a-z'’]+ ){0,4}(?:${REPORTED}) (?:from|by) (?:the )?[a-z]+(?: [a-z]+){0,2}${GUESS_TAG}|^(?:was|is) it (?:the )?[a-z]+(?: [a-z]+){0,2} (?:that|who|which) (?:broke|reported|ran|published|had|first reported)\\b`);

/** A statement of what someone called something, put as a question and asking nothing else: "nk called biden's approach 'aggressive policy'?". */
const CALLED_GUESSED = /^(?!.*\b(?:what|wat|whats|which|who|whos|whom|whose|when|where|why|how)\b)[a-z'’ -]+? (?:called|dubbed|labell?ed|described|referred to) [^?]+\?/;

/** What something has "at its core" or "as the basis of", asked with a question word before or after. */
const CORE_PLACE = "(?:(?:at|in|as) (?:the |its |their )?(?:core|heart|basis|foundation|cornerstone)\\b|\\b(?:the )?(?:core|heart|basis|foundation|cornerstone) of\\b)";
const CORE_ASKED = new RegExp(`\\b(?:what|wat|whats)\\b.*${CORE_PLACE}|${CORE_PLACE}.*\\b(?:what|wat)\\b`);

/** "besides being an ally, what else is china to nk", "besides ally what is china to nk": what else something is, beside a thing it is (group 1). */
export const BESIDES_ASKED = /\b(?:besides|apart from|aside from|other than) (?:being )?(?:an? |its |their |the )?([a-z]+),? (?:what|wat)(?: else)? (?:is|was|are|were)\b/;

/** Means offered to choose from: "in person or by phone", "face to face or was it a call". */
const MEANS_OFFERED = /\b(?:in person|face to face|face-to-face)\b.*\bor\b.*\b(?:call|phone|telephone|video|letter|online)\b|\b(?:call|phone|telephone)\b.*\bor\b.*\b(?:in person|face to face|face-to-face)\b/;

/** The question without the guess after it (see `QueryPlan.guessFrom`). */
export const askedPart = (plan: { normalised: string; guessFrom?: number }) => (plan.guessFrom === undefined ? plan.normalised : plan.normalised.slice(0, plan.guessFrom).replace(/[\s,;:?!.]+$/, ""));

/**
 * A question word inside a statement, not opening a question of its own: after a determiner or
 * an adjective and before a noun ("the what coordinator", "a similar what policy"), or before a
 * small word ("have what at their core", "a what of both sides"). Not "amb listed what areas"
 * (which areas), "what did they say", "besides being an ally what else is china", "was like what" (how),
 * nor words said to someone ("xi say what to kim", "liu tell sung kim what": the saying is asked).
 */
const MID_BLANK_ASKED =
  /^(?!(?:what|wat|whats|which|who|whom|whose|when|where|why|how|is|was|are|were|did|does|do|has|have|had|can|could|will|would|should|to|on|in|at|for|from|by|with|about|according|per|besides|if|and|or|but)\b)(?:[\w'’-]+ ){2,}(?:(?:a|an|the|new|main|similar|common|same|its|his|her|their) (?:what|wat) (?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|else|kind|sort|type|exactly|about|of|at|as|for|in|on|with|to|from|by)\b)[\w'’-]+|(?<!\blike )(?<!\b(?:say|says|said|tell|tells|told|ask|asks|asked|think|thinks|thought|write|writes|wrote) )(?:what|wat) (?:at|as|of|for|in|on|with|to|from|by)\b)[\w'’ -]*\??$/;

/** A saying asked by "what" after it and whom it was said to, if anyone: "liu tell sung kim what", "xi said what". */
const SAYING_WHAT = /\b(?:say|says|said|tell|tells|told|ask|asks|asked|write|writes|wrote|reply|replied|respond|responded)(?: to)?(?: (?!(?:be|the|a|an|is|are|was|were|will|would|should|can|could|plus|and|or|for|with|of|it|that|this|they|he|she|we|you|china|us|nk)\b)[a-z'’-]+){0,2} (?:what|wat)\??$/;

/** Nouns that say what kind of answer is wanted, not what it is about: the best sentence tells the answer without them ("Which paper ...": "The Straits Times mentioned ..."). */
export const KIND_OF_ANSWER =
  /^(?:effects?|conditions?|subjects?|roles?|reasons?|excuses?|justifications?|motives?|rationale|purposes?|results?|impacts?|kinds?|types?|sorts?|ways?|things?|stuff|parts?|points?|issues?|topics?|words?|wording|phrases?|expressions?|adjectives?|nicknames?|epithets?|monikers?|labels?|respects?|aspects?|names?|terms?|titles?|occasions?|events?|papers?|newspapers?|outlets?|agenc(?:y|ies)|media|sources?|publications?|sites?|websites?|networks?|channels?|stations?|became|become|becomes|cit(?:y|ies)|countr(?:y|ies)|places?|months?|years?|yrs?|days?|dates?|times?|decades?|officials?|persons?|people|guys?|family|relations?|ones?|fields?|areas?|sectors?|period|length|duration|levels?|stages?|extent|degree|course|news|circumstances?|undertakings?|implications?|assurances?|commitments?|capitals?|offices?|posts?|positions?|capacity|manner|fashion|means|grounds|basis|structures?|facilit(?:y|ies)|installations?|else|exactly|happened|about)$/;

/** Words that follow the noun a thing is asked by ("what journey did ..."), and that are no such noun. */
export const AUXILIARY = "did|does|do|is|was|were|are|has|have|had|will|would|can|could";
/** Words before an auxiliary that ask about someone, not a thing ("what it did with the message"). */
const PRONOUN = "it|he|she|they|we|you|u|i|this|that|these|those";
/**
 * A thing asked by a noun of its own (group 1 or 2), whose kind or name the sentence tells around
 * that noun: "what journey did kim say nk would march on" (the sacred journey of building
 * socialism and communism), "what kind of policy did pyongyang accuse biden of" (hostile policy),
 * "fought against which colonisers" (Japanese colonisers), "minister of which department?".
 */
const FOCUS_NOUN_ASKED = new RegExp(`^(?:what|which|wat)(?: kind of| sort of| type of)? (?:(?!(?:${AUXILIARY})\\b)[a-z-]+ )?(?!(?:${AUXILIARY}|${PRONOUN})\\b)([a-z]+)(?: of (?:the |a |an )?[a-z]+)? (?:${AUXILIARY})\\b|\\b(?:which|what) ([a-z]+)(?: of (?:the |a |an )?[a-z]+)?\\??$`);

/** The noun a question asks a thing by (see `FOCUS_NOUN_ASKED`), unless it names the kind of answer ("which paper") or an office (a person). */
function focusNoun(q: string): string | undefined {
  const m = FOCUS_NOUN_ASKED.exec(q);
  const noun = m?.[1] ?? m?.[2];
  // "what role does beijing say it will keep playing": the role played ("a constructive role"), not a post.
  if (noun === "role" && ROLE_PLAYED.test(q)) return noun;
  return noun && !KIND_OF_ANSWER.test(noun) && !ROLE_WORD.test(noun) ? noun : undefined;
}
const ROLE_WORD = new RegExp(`^(?:${ROLE})s?$`);
/** A role played, not held: "what role does china play", "what role will it keep playing". */
const ROLE_PLAYED = /\brole\b.*\bplay(?:s|ing|ed)?\b/;

/**
 * The question as the patterns of `factKind` read it, in lower case: the question inside ("do u
 * know who delivered the messages", "can you tell me when ..."), its question word moved first,
 * and one question mark for several ("last renewal year??").
 */
function plainQuestion(question: string): string {
  return whWordLast(questionInside(question.toLowerCase())).replace(/\s*[?!.]*\?[?!.]*$/, "?");
}

/** A pact's purpose asked: "the purpose of the treaty", "the pact's whole point", "treaty purpose", "what does kim say the treaty is for". */
const PURPOSE_ASKED = /\b(?:purpose|point|aim|goal)s? of (?:the |this |that |their )?(?:whole )?(?:treaty|pact|alliance|agreement|accord|deal)\b|\b(?:treaty|pact|alliance|agreement|accord|deal)(?:['’]?s)? (?:(?:whole|real|main|exact|actual) )?(?:purpose|point|aim|goal)\b|^(?:what|wat)\b.*\b(?:treaty|pact|alliance|agreement|accord|deal) (?:is|was) (?:(?:even|actually|really|supposed to be|meant to be) )?for\??$/;

/** The thing a question of kind "described" asks the describing words of, read as `factKind` reads it. */
export const describedThingOf = (typed: string): string | undefined => describedThing(plainQuestion(withoutPastedQuotes(typed)));

/** The noun a question of kind "focus" asks a thing by, read as `factKind` reads it. */
export const focusNounOf = (typed: string): string | undefined => focusNoun(plainQuestion(withoutPastedQuotes(typed)));

/** Asking the words someone described a thing with: "how did the ambassador describe the friendship", "what two words did he use to describe it", "described the friendship w 2 adjectives, which ones", "what two words did the ambassador use for the friendship". */
const DESCRIBE_ASKED = /^how (?:did|does|do|has|have|would|will) .+? (?:describe|characteri[sz]e|portray|depict)\b|\b(?:what|which|wat)(?: [a-z0-9]+)? (?:words|adjectives|terms) (?:did|does|do) .+? (?:use|pick|choose) (?:for|about)\b|\b(?:what|which|wat)(?: [a-z0-9]+)? (?:words?|adjectives?|terms?)\b.*\b(?:describe|characteri[sz]e)\b|\b(?:describe|described|describes) .+? (?:with|w|using|in) (?:what|which|wat|2|two|some) (?:words|adjectives|terms)\b/;
/** The thing described (group 1), its last word its noun: "describe the china nk friendship" → china nk friendship. */
const DESCRIBED = /\b(?:describe[ds]?|characteri[sz]e[ds]?|portray(?:ed|s)?|depict(?:ed|s)?|(?<=\b(?:words|adjectives|terms) .+ )(?:use|pick|choose) (?:for|about)) (?:the |their |its |his |her |a |an )?(?!(?:where|what|how|why|when|who|it|them|him|her)\b)((?:[a-z0-9'’-]+ ){0,3}?[a-z0-9'’-]+)(?= *(?:[,?]|$| (?:with|w|using|in|as|like|to|two|2|for|per|according)\b))/;

/** The thing a question asks the describing words of (see `DESCRIBE_ASKED`), if it asks them of one. */
function describedThing(q: string): string | undefined {
  return DESCRIBE_ASKED.test(q) ? DESCRIBED.exec(q)?.[1] : undefined;
}

/** The kind of short fact a question asks for, from its (normalised) wording; undefined for other questions. */
export function factKind(typed: string): FactKind | undefined {
  // Some fifty patterns: the plan and the short fact of one question both ask, so the last answer is kept.
  if (lastKind?.typed !== typed) lastKind = { typed, kind: readFactKind(typed) };
  return lastKind.kind;
}

let lastKind: { typed: string; kind: FactKind | undefined } | undefined;

/** A statement ending in "what?" (or "what exactly?"), then more (group 1: it, without the "exactly"): a blank asked first. */
export const BLANK_FIRST = /^((?!(?:what|wat|who|whom|when|where|which|how|why)\b)[^?]*\S(?<!\b(?:until|till|and|or|but|like)) (?:what|wat))(?: exactly)?\?\s*\S/;
/** How a thing was made, asked by its participle last: "how was the friendship forged", "how did kim say it was forged" (group 1: the participle). */
export const HOW_MADE = /^how (?:(?:was|were|is|are|has|have|had)(?: been)? .+? |(?:did|does|do) .+ (?:say|said|says|claim|write) .+ (?:was|were|is|are|had been|has been) )([a-z]+(?:ed|en))\??$/;
/** Letters asked to be spelt out: "stands for", "short for", "abbreviation", "acronym". */
export const SPELT_OUT_ASKED = /\bstands? (?:for|4)\b|\bshort for\b|\babbreviation\b|\bacronym\b/;
/** A question, then "how many years" or "how long" alone (group 1: the first question). */
const MEASURE_RESTATED = /^([^?]+\?)\s*(?:(?:like|i mean|as in|so|ie|i\.e\.)\s+)?how (?:many (?:years|yrs|decades)|long)\??$/;

function readFactKind(typed: string): FactKind | undefined {
  // A pasted quotation's words say nothing of what is asked about them.
  const question = withoutPastedQuotes(typed);
  const plain = plainQuestion(question);
  // "when was the treaty signed and by whom": a second question in two words after a question of its own asks the first's kind;
  // the whole question's when the first asks none ("what did wang say and when"). (Not "did they set up ties the same year,
  // or when", "will meet where and when": there the question word is what is asked.)
  // "how old was the treaty in 2021? like how many years": a measure asked again in other words after a question of an age or a length is that question's.
  const restated = MEASURE_RESTATED.exec(plain);
  const firstKind = restated ? kindOf(question, restated[1]!) : undefined;
  if (firstKind === "age" || firstKind === "duration") return firstKind;
  const first = /^(?:when|who|whom|what|where|which|how)\b/.test(plain) ? plain.replace(SECOND_QUESTION_WORD, "?") : plain;
  // Else "xi promised to take cooperation to a new what? stage? level? help a guy out": a blank asked first, then guesses and chatter.
  const blankFirst = () => {
    const m = BLANK_FIRST.exec(plain);
    return m && kindOf(question, m[1]!) === "blank" ? ("blank" as const) : undefined;
  };
  return kindOf(question, first) ?? (first !== plain ? kindOf(question, plain) : undefined) ?? blankFirst();
}

/** `readFactKind` of a question (pasted quotations out) as the patterns read it (`q`: see `plainQuestion`). */
function kindOf(question: string, q: string): FactKind | undefined {
  // "finish the quote: ...", "... whats the rest": the quotation's words after the member's.
  // (A plain test for a word the pattern needs first: every question passes here, few ask this.)
  if ((q.includes("quot") || q.includes("rest") || q.includes("line") || q.includes("sentence")) && QUOTE_REST_ASKED.test(q)) return "rest";
  // "which place did wang describe as china's doorstep", "what did he refer to as ...": the thing a name was given, asked the other way round
  // (before "which place" reads as a place).
  if ((q.includes(" as ") && /^(?:what|wat|which)(?: [a-z]+)? (?:did|does|do) .+ (?:describe|refer to|call|label|dub) as\b/.test(q))) return "coined";
  // "is kim il sung kim jong un's dad or grandpa": which kinship, though it opens like a yes or no.
  if (KIN_CHOICE.test(q)) return "kin";
  // "is kim il sung kim jong un's father": the kinship claimed, whatever the answer to the yes or no.
  if (KIN_CLAIMED.test(q)) return "kin";
  // "whats the family connection between kim il sung and kim jong un", "kim il sung is related to kju how", "how is he connected to kju".
  if (/\bfamily (?:connection|tie|link|relation|relationship)s?\b|\brelated to .+ how\??$|\bhow (?:is|was|are|were) .+ (?:related|connected)\b|\b(?:is|was|are|were) (?:he|she|they|[a-z' -]+?) (?:related|kin) to\b/.test(q)) return "kin";
  // "kim il sung relation to kim jong un": the kinship, typed as a phrase (people, not countries: "china relation to nk").
  if ((q.includes("relation") || q.includes("kinship")) && /^(?!(?:what|wat|who|how|why|when|where|which|is|was|are|were|did|does|do)\b)[a-z' -]+? (?:relation|relationship|kinship) (?:to|with) (?!(?:the|a|an)\b)[a-z' -]+\??$/.test(q) && !/\b(?:china|korea|us|america|japan|russia|beijing|pyongyang|washington|seoul|nk|dprk|prc)\b/.test(q)) return "kin";
  // "who was kim il sung to kim jong un": what one is to the other, not a third person.
  if (/^who (?:is|was) (?!(?:the|a|an|this|that|his|her|their) )[a-z' -]+? (?:to|for) (?!(?:the|a|an|this|that|his|her|their) )[a-z' -]+?(?: exactly| again)?\??$/.test(q) && !PERSON_ROLE.test(q) && !/\b(?:china|korea|us|america|japan|russia|beijing|pyongyang|washington|seoul)\b/.test(q) && !/\b(?:talking|speaking|writing|sending|sent|said|say|says|wrote|told|referring|referred|going|came|come|went|meet|met|signed)\b/.test(q)) return "kin";
  // "kim il sung is who for kim jong un": the same asked in a learner's order.
  // (And "kim il sung was what to kim jong un", with "what"; "what is kim il sung to kim jong un" above reads as "who".)
  if (/^(?!(?:who|what|which|is|was)\b)[a-z' -]+? (?:is|was) (?:who|what|wat) (?:to|for) (?!(?:the|a|an|this|that|his|her|their) )[a-z' -]+?\??$/.test(q) && !PERSON_ROLE.test(q) && !/\b(?:china|korea|us|america|japan|russia|beijing|pyongyang|washington|seoul)\b/.test(q)) return "kin";
  // "kim il sung was kju's father right?", "kim il sung is what family to kim jong un", "what relation": the kinship, claimed or asked.
  if (KIN_OWNED.test(q) || /\bwhat (?:relation|relative|family)\b|\b(?:a )?relative of\b/.test(q)) return "kin";
  // "what nickname does the blasting news piece use for north korea", "they call nk the 'hermit state' or something?": the other name a story gives it.
  if (NICKNAME_ASKED.test(q)) return "nickname";
  // "did the two envoys meet face to face or was it a call": by what means, though it opens like a yes or no.
  if (MEANS_OFFERED.test(q)) return "manner";
  // "was it kcna that broke the envoy call story?", "the taiwan line was from the nyt right?": the outlet, though it opens like a yes or no.
  if (SOURCE_CLAIMED.test(q)) return "source";
  // "does it expire every 20 years or every 10?": a length of time to choose, though it opens like a yes or no.
  if (DURATION_OFFERED.test(q)) return "duration";
  // "is song tao the chinese foreign minister": the office claimed for a person, asked yes or no: their title.
  if (OFFICE_ASKED_OF.test(q)) return "title";
  // "was the guy who signed it kim's grandpa?": a yes-or-no question, whatever it names.
  if (YES_OR_NO.test(q)) return undefined;
  // "who met who in beijing", "who sent messages to who": a pair of people, which no one name answers.
  if (WHO_AND_WHOM.test(q)) return undefined;
  // "whats nk's only ally", "nk's main trading partner is?": whoever stands in that relation; "whats nk's ruling party", its name.
  // (The subject typed first and "is?" after it asks the same.)
  const thing = THING_ASKED.exec(q)?.[1] ?? THING_THEN_IS.exec(q)?.[1];
  if (thing && RELATION_NOUN.test(thing)) return "person";
  if (thing && NAMED_BODY.test(thing)) return "name";
  // "wang called korea china's backyard or something?", "he called it 'eternal and unshakable' friendship?": the words they used, guessed.
  if (CALLED_GUESSED.test(q)) return "coined";
  // "which areas did the ambassador want more cooperation in", "name one field the ambassador brought up" (not the ambassador's name): the fields a sentence lists ("education, culture, health, agriculture").
  // (Or "what kinds of cooperation did the ambassador mention": the kinds a sentence lists.)
  if (/\b(?:which|what|name (?:one|a|an|some|any|the))(?: [a-z]+)? (?:areas?|fields?|sectors?|domains?|spheres?)\b|\b(?:which|what) (?:kinds?|types?|sorts?|forms?) of (?:cooperation|exchanges?)\b/.test(q)) return "list";
  // "on what occasion did the ambassador make those remarks", "what was he marking": the anniversary or event of it.
  if (/\b(?:what|which|wat)(?: [a-z]+)? occasion\b|\bwhat (?:was|were|is|are) (?:he|she|they|it|the [a-z]+) (?:marking|celebrating|commemorating)\b/.test(q)) return "occasion";
  // "how did biden say he'd deal with the nk nuke threat", "how did sung kim and liu communicate", "sung kim talked to liu how": the way or means.
  // (Also typed without the auxiliary: "how biden say he will deal with the threat".)
  if (/^how (?!(?:many|much|long|old|often|far|come|about|close|big|soon)\b)(?:(?:did|does|do|will|would|can|could|has|have) )?.*\b(?:deal|handle|tackle|address|communicate|talk|speak|contact|reach)\b|\b(?:deal|handle|communicate[ds]?|talk(?:ed|s)?|spoke|speak|contact(?:ed)?) [^?]*\bhow\b(?!\s+(?:many|much|long|old|often|far))/.test(q)) return "manner";
  // "how did kim say the dprk-china friendship was forged", "how was it forged": the way a thing was made, told after its participle ("forged with blood").
  if (HOW_MADE.test(q)) return "manner";
  // "besides being an ally what else is china to nk": what the sentence says it is beside that ("longtime ally and economic benefactor").
  if (BESIDES_ASKED.test(question.toLowerCase())) return "besides";
  // "whats at the core of nk china relations", "the relations have what in the core": what the sentence puts at its core ("with socialism as its core").
  // (Not "what's the core promise of the deal".)
  if (CORE_ASKED.test(q)) return "core";
  // "whats the name of nk's ambassador", "nk amb in beijing name pls", "nk amb to china?": a person asked by the name of their office.
  if (NAME_OF_OFFICE.test(q) || OFFICE_THEN_NAME.test(q) || OFFICE_CALLED.test(q) || OFFICE_ALONE.test(q)) return "person";
  // "zhou enlai was what, premier or president?": which office.
  if (OFFICE_OR_OFFICE.test(q)) return "title";
  // "whos song tao work for", "who is campbell working for": the employer, which the person's post names ("the minister of the International Department of the Communist Party of China"), not another person.
  if (/^(?:who|whom) (?:does|did|do|is|was) [a-z' -]+? (?:work|works|working|worked) (?:for|under)\??$/.test(q)) return "title";
  // "ri ryong nam — who is he exactly", "song tao, who's that": what the person named first is.
  if (/^(?!(?:who|whos|what|when|where|why|how|which)\b)[^?]+?\s*(?:[—–-]+|,|\?+|:)\s*(?:so |but |and )?(?:who|whos|who's)(?: is| was)? (?:he|she|this guy|that guy|this|that)(?: exactly| again| even| tho| anyway)?\??$/.test(q)) return "title";
  // "who is Sung Kim": what the person is, not another person (also before a second question: "... and why does he matter", or a guess: "... he is chinese?").
  // (But "who is the chinese spokesman", "who are the signatories" ask for the person in the role.)
  // (Nor "who is pyongyangs biggest ally": whoever stands in that relation.)
  if (/^(who|whom) (is|was|are) (?:the )?[a-z-]+(?: [a-z-]+){0,2}(?:\??$|,? and (?:why|what|how|where|when)\b|(?:\?|,)? (?:he|she|they) (?:is|was|are|were)\b)/.test(q) && !PERSON_ROLE.test(q) && !/\b(?:signator(?:y|ies)|parties|members)\b/.test(q) && !RELATION.test(q)) return "title";
  // "dprk stands for what", "kcna mean what? full name": an expansion, though it ends like a blank to fill.
  if (/\bstands? (?:for|4) (?:what|wat)\??$|^(?:the )?[a-z]{2,6} means? (?:what|wat)\b/.test(withoutTrailingFiller(q))) return "expansion";
  // "WPK is what?": letters no English word spells, asked as a blank.
  const lettersBlank = /^(?:the )?([a-z]{2,6}) (?:is|=) (?:what|wat)\??$/.exec(withoutTrailingFiller(q));
  if (lettersBlank && !isEnglishWord(lettersBlank[1]!)) return "expansion";
  // "nk ruling party is called what": its name, not a word of the sentence.
  if (/\b(?:is|are|was|were) called what\??$/.test(q)) return "name";
  // "xi said he'd take cooperation to a new what": the word that fills the blank.
  const unpadded = withoutTrailingFiller(q);
  // "kim jong un is grandson of who": the kin the person is of, as "whose grandson is kim jong un" asks (not a blank: "Kim Jong Un’s grandfather").
  if (KIN_OF_WHO.test(unpadded)) return "person";
  // "wang called the peninsula what", "nk called bidens policy what": what someone called a thing, as "what did wang call ..." asks
  // (not the words after the thing in a sentence: "the Korean Peninsula issue").
  if (CALLED_WHAT.test(unpadded)) return "coined";
  // (After the words quoted or trailing off too: "kim said the friendship was 'forged with' what", "to a new... what".)
  // (Not words said to someone, asked by the saying alone: "liu tell sung kim what", "kim told xi what", "xi said what".)
  if (/\b[a-z]+['’"”]?(?: ?(?:\.{2,}|…))? (what|where|who|whom)\??$/.test(unpadded) && !/^(what|where|who|whom)\b/.test(unpadded.replace(/\?$/, "")) && !SAYING_WHAT.test(unpadded)) return "blank";
  // "kurt campbell is the what coordinator", "kim said the relations have what at their core": a blank inside a statement.
  if (MID_BLANK_ASKED.test(unpadded) && !/\bstands? (?:for|4) (?:what|wat)\b/.test(unpadded)) return "blank";
  // "how many years old did it turn", "how many years since it was signed", "how long ago", "how long (how many years) has the pact existed" (or lasted): an age, not a count or a term
  // (not "how long have the ties existed": older than the treaty whose anniversary tells its age).
  if (/\bhow many (?:years?|yrs?) old\b|\bhow many (?:years?|yrs?|decades?)\b.*\b(?:since|ago)\b|\bhow long ago\b|\bhow (?:long|many (?:years|yrs|decades)) (?:has|have|had) (?:the |this |that )?(?:[a-z-]+ ){0,3}?(?:treaty|pact|alliance|agreement|accord|deal|it) (?:existed|lasted|survived|held|been around|been in (?:place|force|effect))\b(?!.*\beach\b)/.test(q)) return "age";
  // "i want know the month and year": a date, though it ends in "year".
  if (/\bmonth(?:,| and| n| &|\/) ?(?:the )?year\b|\b(?:day|date)(?:,| and| n| &|\/) ?(?:the )?(?:month|year)\b/.test(q)) return "date";
  // "how long does the treaty last in years": a length given in years, not a year.
  if (/\bhow long\b/.test(q) && /\b(?:years?|yrs?)\??$/.test(q)) return "duration";
  // "year it got renewed last?": the thing asked, typed first. (Not "need the month and day not just the year".)
  if (/^(?:the )?(?:year|yr) (?!old\b)|\b(what|which)(?: (?:is|are|was|were) the)?(?: (?:exact|other|specific|precise|particular|actual))? (years?|yrs?|decades?)\b|(?<!\b(?:per|every|a|each|this|last|next|many|recent|past|few|several|those|these|coming|for) )(?<!\bnot (?:just |only |even )?(?:the )?)\b(years?|yrs?)\??$|\bhow far back\b|\b(?:go|goes|went|date|dates|dating) back(?: how far| to (?:what|which|wat) (?:time|era|period|year|years|point))\b/.test(q)) return "year";
  // "expected month for a biden-xi sitdown": the thing asked, typed first.
  if (/\b(what|which) month\b|^(?:the )?(?:expected |exact |likely )?month (?:of|for)\b/.test(q)) return "month";
  // "what's the most recent renewal", "whats the first visit": which of the events, told by its time.
  if (/^(?:what|wat)(?: is| was)? the (?:most recent|latest|last|first|next|previous|original) (?:renewal|extension|signing|meeting|visit|summit)(?: of (?:the |this |that )?(?:treaty|pact|alliance|agreement|accord|deal|it))?\??$/.test(q)) return "date";
  // "until when does it remain in force", "when does the treaty expire": the condition or time it lasts until, not a date.
  // ("when the treaty will finish": a learner's order.)
  if (UNTIL_ASKED.test(q)) return "until";
  if (/\b(what|which) (birthday|anniversary)\b|\bhow many (years|yrs)\b.*\banniversar|\banniversar.*\bhow many (years|yrs)\b/.test(q)) return "age";
  // "the treaty, when it was renewed last time?", "renewal was expected when, acc to the upi story", "yonhap reported it when (day)",
  // "day the treaty was signed?" (the thing asked, typed first).
  // ("whats the dateline on the upi story": the story's date, which its dateline gives.)
  // "wang wenbin briefing day", "signing day?": a day asked by a phrase with no question word (not "that day", "every day").
  if (/\bday\??$/.test(q) && /^(?!.*\b(?:what|wat|who|whom|whose|which|when|where|why|how)\b)(?:[a-z'’-]+ ){1,5}(?<!\b(?:that|this|same|every|each|one|a|per|some|next|other|the|to|by) )day\??$/.test(q)) return "date";
  // "last renewed?", "first signed": which time, asked by the act alone.
  if (/^(?:the )?(?:last|first|latest|originally) (?:renewed|signed|extended)\??$/.test(q)) return "date";
  // "treaty signing city", "envoy call location?": a place asked the same way.
  if (/\b(?:city|town|place|location|venue)\??$/.test(q) && /^(?!.*\b(?:what|wat|who|whom|whose|which|when|where|why|how)\b)(?:[a-z'’-]+ ){1,5}(?:city|town|place|location|venue)\??$/.test(q)) return "place";
  if (DATE_ASKED.test(q) || /\bdateline\b/.test(q) || /\b(what|which)(?: [a-z]+){0,2} (date|day|weekday|month)\b(?! (?:by|after|to) day\b)|^(since )?when\b|, when\b|\bwhen (was|were|did|is|will|does|do|r|are)\b|\bwhen(?:,? according to [^?]*| \([a-z ]+\))?\??$|\bdate\??$|^(?:the )?(?:exact |actual |precise )?(?:day|date) (?!(?:by|after|to|one|off|trip)\b)/.test(q)) return "date";
  if (/\bhow many (years|yrs|months|days|weeks|decades)\b.*\b(last|valid|good|run)\b|\b(lasts?|valid|validity|good|runs?|term|period|duration)\b.*\bhow many (years|yrs|months|days|weeks|decades)\b/.test(q)) return "duration";
  // "how often must the treaty be renewed": the length of time between (a term), not how many times it was.
  if (/\bhow often (?:must|should|does|do|is|are|has to|have to|needs? to|will|would|can)\b/.test(q)) return "duration";
  // "xi kim meetings count since 2018?": a plural and "count" ask how many.
  if (/\bhow many\b|\bhow much\b|\bhow often\b|^(?:the )?number of\b|\b[a-z]+s count\b|\b[a-z]+ count\??$|\b[a-z]+s number\??$|\bwhat (?:share|part|portion|proportion|percentage|percent|fraction) of\b|\bhow (?:big|large|much) (?:a )?(?:share|part|portion|chunk|slice) of\b/.test(q)) return "count";
  // (Not "the long term goal": an adjective, no length asked.)
  // ("what's the treaty valid for": how long it holds; not "what is it good for", its use.)
  // (Nor "what term did pyongyang use for it": a word asked, see "coined" below.)
  if (/\bhow long\b|\b((?<!\b(?:long|short|near|mid|medium|what|which|wat)[- ])term|length|duration|period|validity)\b|\bexpir(e|es|y)\b|^what (?:is|was|are|were) .+ valid for\??$/.test(q)) return "duration";
  // "wang wenbin age?", "the age of the treaty": an age typed as a noun.
  if (/\bhow old\b|\bages?\??$|^(?:the )?age of\b/.test(q)) return "age";
  if (
    SPELT_OUT_ASKED.test(q) ||
    // "what is the DPRK", not "who is the US special representative".
    /^(what|who) (is|are) (the )?[A-Z]{2,6}(?: (?:exactly|anyway|again|even))?\??$/.test(question) ||
    /\b(what|wat) does (the )?[a-z]{2,6} mean\b|^[a-z]{2,6} ?= ?\?|\bmeaning of (?:the )?[a-z]{2,6}\??$/.test(q) ||
    // "what mean KCNA?", "what is the full name behind letters DPRK": as a learner of English asks it.
    /\b(?:what|wat) means? (?:the )?[A-Z]{2,6}\b/.test(question) ||
    /\b(?:full (?:name|form)|letters)\b.*\b[A-Z]{2,6}\b/.test(question) ||
    // "one of the articles mentions the WPK, what's that short for": letters named before, asked by "that".
    (/\b(?:what|wat)(?:'s|s| is| does| do)? (?:that|it|this|those|they) (?:short for|stands? for|means?)\b/.test(q) && /\b[A-Z]{2,6}\b/.test(question)) ||
    // "KCNA, the letters mean what?", "what is WPK? what the letters mean": the letters asked about first.
    /\b[A-Z]{2,6}\b.*\b(?:the )?(?:letters|initials) (?:mean|stand)\b/.test(question)
  ) {
    return "expansion";
  }
  // "dprk full name?": letters no English word spells (not "treaty full name", the treaty's name).
  // ("what is dprk full name", "dprk full name what is": as a learner of English asks it.)
  const lettersNamed = /^(?:(?:what|wat)(?:'s|s| is) )?(?:the )?([a-z]{2,6})(?:['’]?s)? full (?:name|form)(?: (?:what|wat)(?: is)?| is what)?\??$/.exec(q);
  if (lettersNamed && !isEnglishWord(lettersNamed[1]!)) return "expansion";
  // "full form of cpc kindly": letters no English word spells, their full form asked first.
  // ("the full name behind dprk", "full form for cpc".)
  const fullFormOf = /\bfull (?:name|form) (?:of|behind|for) (?:the )?([a-z]{2,6})\b/.exec(q);
  if (fullFormOf && !isEnglishWord(fullFormOf[1]!)) return "expansion";
  // "wait wats wpk", "cpc meaning?", "kcna is korean communist news agency or smth?": letters no English word spells, typed in lower case.
  if (lettersAsked(q)) return "expansion";
  // "whats the full official name of the pact", "what do they officially call it": the name of a thing, not a person's office.
  if (/\b(what|whats|wat) (is )?(the |its )?((full|official|formal|real|whole) )*name\b|\bwhat is (it|the [a-z]+) called\b|\bcalled\??$|\b(what|wat) do (they|we|u|you|people) officially call\b|\b(what|wat) do (they|we|u|you|people) call (?:[\w-]+ ){0,4}(pact|treaty|agreement|accord|deal|party|agency|media|outlet)\b|\b(official|full|formal) (name|title) of\b|^(?:the )?name of (?:the )?(?!(?:[\w.-]+ ){0,3}(?:spokes|ambassador|envoy|minister|president|leader|rep))|\b(?:treaty|pact|agreement|accord|alliance|party|agency)(?:['’]?s)? (?:(?:full|official|formal|real) )*name\b/.test(q)) return "name";
  // "who said china's position is always clear", "whose line is it": whoever did or said it, whatever office words follow.
  if (/\bwhose (?:line|words|quote|statement|remarks?)\b/.test(q)) return "person";
  // "nk's main trading partner?", "biggest ally of the hermit kingdom": a relation named alone asks its other party.
  if (/^(?:[\w'’-]+ ){0,4}(?:ally|partner|backer|sponsor|benefactor)(?: of (?:the )?[\w'’ -]+)?\??$/.test(q) && !/\b(?:what|which|who|when|where|why|how|is|are|was|were|do|does|did)\b/.test(q)) return "person";
  // "what does sung kim do" asks a job; "what does the treaty actually do", what it does.
  // (Not "who said china will play a constructive role": whoever said it; nor the "Post" of "South China Morning Post", a name.)
  if (focusNoun(q) === "role") return "focus";
  if ((/\b(job|title|role|position|rank)\b/.test(q) || /\bpost\b/.test(question)) && !/^(?:who|whom) (?!(?:is|was|are|were|r)\b)/.test(q)) return "title";
  // (Not "what does china want the us to do about nk": what someone wants done.)
  if (/\bwhat does (?!.*\b(?:treaty|pact|alliance|agreement|accord|deal|it|this|that)\b)(?:(?!(?:want|wants|expect|expects|need|needs|ask|asks|tell|tells|urge|urges)\b)[\w'’-]+ )+do\b/.test(q)) return "title";
  // ("sung kim liu call reported by?": the outlet, asked by its verb last.)
  if (/\b(?:reported|carried|broken|published) by\??$/.test(q)) return "source";
  if (/\b(which|what) (?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b)[a-z-]+ ){0,3}(outlet|paper|newspaper|agency|media|news|site|website|network|publication|channel|wire)\b|\bwho (?:first )?(?:reported|report|broke)\b|\baccording to (who|whom)\b|\b(where|who) did .* (get )?report(ed)?\b|\bwhere (?:was|were|is|are) .* (?:reported|published|carried)\b(?! to\b)|\bwhere (?:did|does|do) .* (?:get|got) (?:reported|published|printed|carried|posted)\b|\bwhere did .* get .* from\b|\bwhere (?:did|does|do|is|was) .*\b(?:story|stories|news|report|info|information|claim|stat|figure|line)\b.* (?:come|came|comes) from\b|\bsource\b/.test(q)) return "source";
  if (
    /^(who|whom|whose)\b|\b(who|whose) (is|was|were|are|did|signed|delivered)\b|\bwhose\b|\bwhat(?:s| is) (?:his|her|their) names?\b|\bsignator(?:y|ies)\b|^(?:the )?signers?\??$/.test(q) ||
    // "nk's ambassador in beijing is ri something?", "the us envoy is kim sung-something": a name half remembered.
    HALF_NAME.test(q) ||
    // "signed by who on the chinese side": whoever did it, asked after "by".
    /\bby (?:who|whom)\b|\bagainst (?:who|whom)\b/.test(q) ||
    // "which north korean put his name on it": a person by their people.
    /^(?:which|what) (?:(?!(?:the|a|an)\b)[a-z]+ )?(?:korean|chinese|american|russian|japanese)s?\b(?! (?:side|government|govt|media|outlet|paper|newspaper|agency|news|state|official|city|cities|town|province|region|capital|place|port|village|site|base)s?\b)/.test(q) ||
    // "north koreas main ally is which country": a country, read as a "who" (see `personOf`).
    /(?<!\b(?:in|at|to|from) )\b(?:which|what) (?:country|nation)\b/.test(q) ||
    WHICH_OFFICE.test(q)
  ) {
    return "person";
  }
  // "where's that quote from" asks whose words, not a place.
  if (/\bfrom\??$/.test(q) && /^where\b/.test(q)) return undefined;
  // "where did xi say he'd lead the friendship": where it is taken, no place (a blank of its own).
  if (/^where\b.*\b(?:take|takes|took|taking|lead|leads|led|leading|bring|brings|brought|push|pushes|pushed)\b/.test(q)) return undefined;
  // ("kurt campbell said where he thinks biden and xi will meet": the place said.)
  // ("how would talks with the us end up": where they lead, "nowhere": see `direct.ts`.)
  if (/^how (?:did|does|do|would|will) .+ (?:end up|ends up|turn out|turns out)\??$/.test(q)) return "place";
  if (/^where\b|\bwhere (was|were|did|is|are|r|will)\b|\b(?:said|says|say|told|tell|know|knows) where\b|\b(in |at )?(what|which) (city|cities|town|towns|capital|capitals|country|countries|place|places)\b|\b(what|which) [a-z]+ (city|cities|town|province|region|capital|place|port)\b|\b(?:at|in|during) (?:what|which) (?:event|occasion|venue|meeting|summit|conference|briefing)\b|\b(?:what|which) (?:summit|venue|event)\b/.test(q)) return "place";
  // "how is kim il sung related to kim jong un": a kinship.
  if (/\bhow (?:is|was|are|were) .+ related\b/.test(q)) return "kin";
  // "what did nk call bidens policy": the words they called it, in quotation marks.
  // (Not "what do they call the pact": its name, read below.)
  if (/^(?:what|wat) (?:did|does) .+ (?<!\b(?:the|that|this|a|phone|on) )(?:call|label|brand|dub|compare)\b/.test(q)) return "coined";
  // "what label did pyongyang slap on biden's approach", "what term did kim use for the friendship": a name given, as "what did X call it".
  if (/^(?:what|wat|which) (?:label|name|term|nickname|word|words|phrase) (?:did|does|do) .+ (?:slap on|put on|give|gave|use for|used for|pin on|stick on|apply to|(?:use|employ)(?= when\b| *\??$))\b(?! (?:how|what|why|where)\b)/.test(q)) return "coined";
  // "how did the ambassador describe the friendship", "what words did he use to describe it": the words that describe it.
  if (describedThing(q) !== undefined) return "described";
  // "whats the purpose of the treaty according to kim", "the point of the pact?", "what is the treaty for" (read as its
  // purpose by the chat normaliser): the aim a sentence gives it ("the treaty's purpose is to defend socialism ...").
  if (PURPOSE_ASKED.test(q)) return "purpose";
  // "what journey did kim say nk would march on", "fought against which colonisers": the thing asked by its noun.
  if (focusNoun(q)) return "focus";
  // "what did kim tell his country to be ready for", "what did pyongyang accuse biden of": a blank after the preposition it ends in.
  if (whatMovedLast(q)) return "blank";
  return undefined;
}

/**
 * "what did kim tell his country to be ready for" → "kim tell his country to be ready for what":
 * a thing asked as the object of the preposition the question ends in, written as the blank to
 * fill that it is (see `blankOf`: "... to be ready for “both dialogue and confrontation”").
 * Undefined for other questions; not "what is the treaty for" (its purpose). A doing after the
 * preposition goes with it ("what did pyongyang accuse biden of pursuing"); so does a doing someone
 * says something is at ("what did kim say the treaty is defending"). A source named first
 * ("according to the scmp ...") stays out.
 */
export function whatMovedLast(question: string): string | undefined {
  const m = WHAT_BEFORE_PREPOSITION.exec(question.trim()) ?? WHAT_SAID_DONE.exec(question.trim());
  return m ? `${m[1]} what` : undefined;
}
/** "what did kim say the treaty is defending": the object of a doing someone says something is at (group 1: up to the doing). */
const WHAT_SAID_DONE = /^(?:what|wat) (?:did|does|do) ((?:[\w'’-]+ ){1,4}(?:say|think|claim|believe) (?:that )?(?:[\w'’-]+ ){1,3}(?:is|are|was|were) [a-z]+ing)\??$/;
const WHAT_BEFORE_PREPOSITION = new RegExp(`^(?:(?:according to|acc to|per) [^,?]+?,? )?(?:what|wat) (?:did|does|do|has|have|had|will|would|can|could) ((?:[\\w'’-]+ )+(?:for|of|on|to|about|with|into|at|from|against|toward|towards)(?: [a-z]+ing)?)\\??$`);
