import type { Article } from "../corpus/types.js";
import type { QuoteSpan } from "./extract.js";
import type { People, PersonMention } from "./people.js";

/**
 * Who said a quotation, read from its sentence and the sentences before it. The rules are
 * the ways news reports attribute speech; each result names the rule that fired, and a quote
 * no rule attributes to a person of the alias file keeps `speaker` undefined: never guessed.
 *
 * - `after-quote`      “...,” Wang said. / “...,” the Chinese spokesman said. / “...,” Xi concluded.
 *                      / “...,” Kim was quoted as saying.
 * - `inverted`         “...,” said Wang.
 * - `quoted-as-saying` “...,” the KCNA quoted Kim as saying. / Xinhua reported Xi as saying that “...”
 *                      / according to X
 * - `before-quote`     Kim said, “...” / Xi added that “...” / In his message, he said: “...”
 *                      / Wang, who referred to it as “...”
 * - `main-clause`      X has ruled out “any contact”, saying ... (a participle shares its clause's subject)
 * - `continuation`     a quote standing alone right after an attributed one in the same paragraph
 *
 * The subject of a speech verb is the person named right before it, allowing adverbs
 * ("also"), parentheticals (", in his message,") and appositives; "he"/"she" is the person
 * named last before it, "the former"/"the latter" the first/last of the two people named
 * together before, "who" the person it follows. A subject that is not a person ("Pyongyang
 * has blasted", "It also highlighted", "the ministry said") leaves the quote unattributed.
 */
export type AttributionRule = "after-quote" | "inverted" | "quoted-as-saying" | "before-quote" | "main-clause" | "continuation";
/** How the speaker was named where the rule found them. */
export type Reference = "name" | "pronoun" | "former-latter" | "relative";

export interface Attribution {
  speaker?: string;
  rule?: AttributionRule;
  via?: Reference;
}

type CueKind = "subject" | "participle" | "object";
interface Cue {
  start: number;
  end: number;
  kind: CueKind;
  /** For `object` cues (quoted X as saying, according to X): X. */
  speaker?: PersonMention;
}

interface View {
  start: number;
  end: number;
  text: string;
  /** The sentence with every quotation blanked out, so words inside quotes are never cues or subjects. */
  masked: string;
  mentions: PersonMention[];
  cues: Cue[];
}

const SPEECH_VERBS =
  "said|says|say|added|adds|told|tells|stated|noted|concluded|concludes|cautioned|cautions|warned|warns|promised|promises|pledged|pledges|" +
  "stressed|stresses|declared|declares|insisted|insists|explained|explains|wrote|writes|remarked|urged|urges|asked|replied|responded|" +
  "announced|vowed|vows|highlighted|highlights|emphasi[sz]ed|underlined|blasted|described|describes|called|calls|referred|commented|comments|" +
  "acknowledged|admitted|argued|argues|claimed|claims|recalled|reiterated|affirmed|reaffirmed|reported|reports|continued";
const PARTICIPLES = "saying|adding|noting|stressing|warning|calling|insisting|urging|declaring|explaining";
// Lower case only: a capital "States" is the United States, not a verb.
const VERB = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS}|${PARTICIPLES})(?![\\p{L}])`, "gu");
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`);
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?:quoted|quotes|quoting|reported|reports|cited|cites|citing)\s+$/u;
const OBJECT_AFTER = /^\s*,?\s+(?:as\s+)?saying(?![\p{L}])/u;
const ACCORDING_TO = /(?:^|[^\p{L}])according\s+to\s+$/iu;
/** Words that may stand between a subject and its verb. */
const FILLER = /(?:^|\s)(?:also|then|later|further|again|reportedly|once|previously|separately|earlier|himself|herself|has|had|have|was|is|were|would|will|(?:was|is|were)\s+quoted\s+as)$/u;
const PRONOUN = /(?:^|[^\p{L}])(he|she)$/iu;
const FORMER_LATTER = /(?:^|[^\p{L}])the\s+(former|latter)$/iu;
const INTRO = /^(?:In|During|On|At|After|Before|While|Referring|Refering|Speaking|According to|Asked|Following|Earlier|Later|Meanwhile)\b[^,]*,\s*/u;
const TITLE_WORDS = /^(?:(?:the|The|[\p{Lu}][\p{L}.'’-]*)\s+)*$/u;
/** After "said X" the name ends the clause: punctuation, the end, or a time or place phrase. */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|$|(?:on|in|at|during|last|this|yesterday|today|who|when|while|after|before)\b)/u;
/** How many words may stand between a closing quote and its attribution ("the official news agency said"). */
const MAX_WORDS_TO_ATTRIBUTION = 8;
/** How far back "he" and "the former" look for the person they stand for. */
const PRONOUN_LOOKBACK = 4;

export function attributeQuotes(article: Article, spans: readonly QuoteSpan[], people: People): Attribution[] {
  const doc = article.sentences.map((s) => view(article.body, s.start, s.end, spans, people));
  const sentenceAt = (offset: number) => doc.findIndex((v) => v.start <= offset && offset < v.end);
  const lastAttributed = new Map<number, Attribution>();

  return spans.map((span) => {
    const si = sentenceAt(span.open);
    const ei = sentenceAt(Math.max(span.open, span.close - 1));
    if (si < 0 || ei < 0) return {};
    const startView = doc[si]!;
    const endView = doc[ei]!;
    const relOpen = span.open - startView.start;
    const relClose = span.close - endView.start;
    const nextOpen = spans.find((o) => o.open >= span.close && o.open < endView.end);
    const tailEnd = nextOpen ? nextOpen.open - endView.start : endView.masked.length;

    const after = endsForAttribution(article.body, span) ? afterQuote(doc, ei, relClose, tailEnd) : undefined;
    let result: Attribution | undefined = after === BLOCKED ? undefined : after;
    result ??= beforeQuote(doc, si, relOpen);
    result ??= participleAfter(doc, ei, relClose);
    if (!result && after !== BLOCKED && standsAlone(startView, span) && si > 0 && sameParagraph(article.body, doc[si - 1]!, startView)) {
      const previous = lastAttributed.get(si - 1);
      if (previous?.speaker) result = { speaker: previous.speaker, rule: "continuation", via: previous.via };
    }
    const attribution = result?.speaker ? result : {};
    if (attribution.speaker) lastAttributed.set(ei, attribution);
    return attribution;
  });
}

const BLOCKED = "blocked" as const;
type Found = Attribution | typeof BLOCKED | undefined;

/** “...,” Wang said. — the attribution right after the closing mark. */
function afterQuote(doc: View[], si: number, relClose: number, tailEnd: number): Found {
  const v = doc[si]!;
  const cue = v.cues.find((c) => c.start >= relClose && c.start < tailEnd);
  if (!cue || cue.kind === "participle") return undefined;
  const between = v.masked.slice(relClose, cue.start);
  if (words(between) > MAX_WORDS_TO_ATTRIBUTION) return undefined;
  if (cue.kind === "object") return { speaker: cue.speaker!.person, rule: "quoted-as-saying", via: "name" };
  if (/^[\s,;:—–-]*$/.test(between)) {
    const m = v.mentions.find((x) => x.start >= cue.end && v.masked.slice(cue.end, x.start).trim() === "");
    if (m && CLAUSE_END.test(v.masked.slice(m.end))) return { speaker: m.person, rule: "inverted", via: "name" };
    // "said China's envoy is ...": the verb belongs to a subject before the quote.
    return undefined;
  }
  const subject = subjectBefore(doc, si, cue.start, relClose);
  return subject ? { ...subject, rule: "after-quote" } : BLOCKED;
}

/** Kim said, “...” / Xi added that “...” — the nearest speech verb before the opening mark. */
function beforeQuote(doc: View[], si: number, relOpen: number): Attribution | undefined {
  const v = doc[si]!;
  const cue = v.cues.findLast((c) => c.end <= relOpen);
  if (cue) return resolveCue(doc, si, cue);
  // "He said:" closing the line before a quote that opens the next one.
  const previous = doc[si - 1];
  if (previous && v.masked.slice(0, relOpen).trim() === "" && previous.text.trimEnd().endsWith(":")) {
    const last = previous.cues.at(-1);
    if (last) return resolveCue(doc, si - 1, last);
  }
  return undefined;
}

/** X has ruled out “any contact”, saying ... — the participle's subject is the clause's. */
function participleAfter(doc: View[], si: number, relClose: number): Attribution | undefined {
  const cue = doc[si]!.cues.find((c) => c.kind === "participle" && c.start >= relClose);
  return cue ? resolveCue(doc, si, cue) : undefined;
}

function resolveCue(doc: View[], si: number, cue: Cue): Attribution | undefined {
  if (cue.kind === "object") return { speaker: cue.speaker!.person, rule: "quoted-as-saying", via: "name" };
  if (cue.kind === "participle") {
    const s = mainSubject(doc, si);
    return s && { ...s, rule: "main-clause" };
  }
  const s = subjectBefore(doc, si, cue.start, 0);
  return s && { ...s, rule: "before-quote" };
}

/** The person who is the subject of a verb starting at `end` (searching no further left than `min`). */
function subjectBefore(doc: View[], si: number, end: number, min: number): Attribution | undefined {
  const v = doc[si]!;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    let text = v.masked.slice(min, e).trimEnd();
    for (let f; (f = FILLER.exec(text)); ) text = text.slice(0, f.index).trimEnd();
    const stop = min + text.length;
    const named = v.mentions.find((m) => m.end === stop && m.start >= min);
    if (named) return { speaker: named.person, via: "name" };
    const pronoun = PRONOUN.exec(text);
    if (pronoun) return pronounAt(doc, si, stop - pronoun[1]!.length);
    const fl = FORMER_LATTER.exec(text);
    if (fl) return formerLatter(doc, si, min + fl.index, fl[1]!.toLowerCase() === "former");
    const who = /,\s*who$/u.exec(text);
    if (who) {
      const antecedent = v.mentions.find((m) => m.end === min + v.masked.slice(min, min + who.index).trimEnd().length);
      return antecedent && { speaker: antecedent.person, via: "relative" };
    }
    if (!text.endsWith(",")) return undefined;
    // An appositive ("Wang Wenbin, a spokesman,") or a parenthetical (", in his message,") before the verb.
    const comma = stop - 1;
    const beforeComma = min + v.masked.slice(min, comma).trimEnd().length;
    const appositive = v.mentions.find((m) => m.end === beforeComma && m.start >= min);
    if (appositive) return { speaker: appositive.person, via: "name" };
    const previousComma = v.masked.lastIndexOf(",", comma - 1);
    if (previousComma < min) return undefined;
    e = previousComma;
  }
  return undefined;
}

/** The subject at the start of the sentence, after an introductory phrase ("In a statement, ..."). */
function mainSubject(doc: View[], si: number): Attribution | undefined {
  const v = doc[si]!;
  const i = INTRO.exec(v.masked)?.[0].length ?? 0;
  const m = v.mentions.find((x) => x.start >= i);
  if (m && TITLE_WORDS.test(v.masked.slice(i, m.start)) && !/^['’]s(?![\p{L}])/u.test(v.masked.slice(m.end))) {
    return { speaker: m.person, via: "name" };
  }
  const pronoun = /^(he|she)(?![\p{L}])/iu.exec(v.masked.slice(i));
  return pronoun ? pronounAt(doc, si, i) : undefined;
}

/** "he"/"she": the person named last before it, in this sentence or a few before. */
function pronounAt(doc: View[], si: number, at: number): Attribution | undefined {
  const here = doc[si]!.mentions.findLast((m) => m.end <= at);
  if (here) return { speaker: here.person, via: "pronoun" };
  for (let k = si - 1; k >= Math.max(0, si - PRONOUN_LOOKBACK); k--) {
    const last = doc[k]!.mentions.at(-1);
    if (last) return { speaker: last.person, via: "pronoun" };
  }
  return undefined;
}

/** "the former"/"the latter": the first/last of two people named together just before. */
function formerLatter(doc: View[], si: number, at: number, former: boolean): Attribution | undefined {
  for (let k = si; k >= Math.max(0, si - PRONOUN_LOOKBACK); k--) {
    const mentions = doc[k]!.mentions.filter((m) => k < si || m.end <= at);
    const people = [...new Set(mentions.map((m) => m.person))];
    if (people.length >= 2) return { speaker: former ? people[0] : people.at(-1), via: "former-latter" };
  }
  return undefined;
}

/**
 * An attribution follows a quote that ends in a comma (or ?, !, a dash) inside or right after
 * the closing mark: “...,” Wang said. Without one the words after a quote are the sentence
 * going on ("a similar “hostile policy” after the US president said").
 */
function endsForAttribution(body: string, span: QuoteSpan): boolean {
  return /[,?!…—–-]$/.test(body.slice(span.start, span.end)) || /^\s*[,—–]/.test(body.slice(span.close));
}

/** A quote that is its whole sentence (nothing but punctuation around it). */
function standsAlone(v: View, span: QuoteSpan): boolean {
  const outside = v.text.slice(0, Math.max(0, span.open - v.start)) + v.text.slice(Math.max(0, span.close - v.start));
  return !/[\p{L}\p{N}]/u.test(outside);
}

function sameParagraph(body: string, a: View, b: View): boolean {
  return !/[\r\n]/.test(body.slice(a.end, b.start));
}

function view(body: string, start: number, end: number, spans: readonly QuoteSpan[], people: People): View {
  const text = body.slice(start, end);
  // Work on UTF-16 offsets: blank each quotation, keeping a comma or colon it ends with.
  const masked = text.split("");
  for (const q of spans) {
    const from = Math.max(q.open, start) - start;
    const to = Math.min(q.close, end) - start;
    if (to <= from) continue;
    for (let i = from; i < to; i++) masked[i] = "_";
    const last = body[q.end - 1];
    if (q.close <= end && last && /[,;:]/.test(last)) masked[to - 1] = last;
  }
  const m = masked.join("");
  const mentions = people.mentions(m);
  return { start, end, text, masked: m, mentions, cues: cues(m, mentions) };
}

function cues(masked: string, mentions: PersonMention[]): Cue[] {
  const found: Cue[] = [];
  for (const m of mentions) {
    const before = masked.slice(0, m.start);
    const ob = OBJECT_BEFORE.exec(before);
    const oa = OBJECT_AFTER.exec(masked.slice(m.end));
    if (ob && oa) found.push({ start: ob.index, end: m.end + oa[0].length, kind: "object", speaker: m });
    const acc = ACCORDING_TO.exec(before);
    if (acc) found.push({ start: acc.index, end: m.end, kind: "object", speaker: m });
  }
  for (const v of masked.matchAll(VERB)) {
    const start = v.index;
    const end = start + v[0].length;
    if (found.some((c) => c.kind === "object" && c.start <= start && start < c.end)) continue;
    const before = masked.slice(0, start);
    const kind: CueKind = !PARTICIPLE.test(v[0]) ? "subject" : /\bas\s+$/.test(before) ? "subject" : "participle";
    found.push({ start, end, kind });
  }
  return found.sort((a, b) => a.start - b.start);
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
