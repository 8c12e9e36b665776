import type { Sentence } from "../corpus/types.js";
import type { QuoteIndex } from "../quotes/index.js";
import type { Analyzer } from "../search/analyzer.js";
import { ROLE } from "../search/roles.js";

/**
 * A verb of saying within a few words after a name ("Beijing said", "the US president said", "The
 * White House claimed", "North Korea and China have hailed"); not "spoke to" or "spoke with", which
 * tells a talk, not its words ("Sung Kim spoke to Liu on the phone").
 */
const SAID_AFTER_NAME = /^(?:['’]s)?(?:\s+[\p{L}.’'-]+){0,3}?\s+(?:has |have |had |also )?(?:said|says|say|told|tells|claimed|claims|insists|insisted|noted|notes|added|adds|stated|announced|reported|reports|reaffirmed|hailed|blasted|accused|warned|urged|quoted|quotes|indicated|spoke|mentioned|highlighted|cautioned|elaborated|professed|pledged|expressed|ruled out)\b(?<!\bspoke(?= (?:to|with)\b))/iu;
/** A person's words told by their title or a pronoun: "the US president said", "he added". */
const TITLE_SAID = new RegExp(`\\b(?:he|she|the (?:[\\p{L}.’'-]+ ){0,3}(?:${ROLE}))\\s+(?:has |had |also )?(?:said|says|told|tells|added|adds|claimed|claims|stated|noted|insisted|warned|urged|announced)\\b`, "giu");

/**
 * The countries, bodies and people (alias-file names) some article on the subject has say
 * something: named just before a verb of saying, or after "according to"; a person also when
 * named last before a title or pronoun that speaks ("Trump’s successor, Joe Biden, ... after the
 * US president said"); and whoever the quote index has utter a quotation. Not from texts on
 * other subjects (`onSubject`, by sentence), whose "the United Nations said" says nothing of the
 * treaty. The no-answer rule for someone's words reads it (`Answerer.silentSpeakerAsked`).
 */
export function sayersOf(sentences: readonly Sentence[], onSubject: ArrayLike<number | boolean>, analyzer: Analyzer, quotes?: QuoteIndex): ReadonlySet<string> {
  const names = new Set<string>();
  for (const [i, sentence] of sentences.entries()) {
    if (!onSubject[i]) continue;
    const entities = analyzer.entities(sentence.text);
    for (const e of entities) {
      const after = sentence.text.slice(e.end, e.end + 60);
      const before = sentence.text.slice(Math.max(0, e.start - 16), e.start);
      if (SAID_AFTER_NAME.test(after) || /according to (?:the )?$/i.test(before)) names.add(e.entity.name);
    }
    for (const m of sentence.text.matchAll(TITLE_SAID)) {
      const person = entities.filter((e) => e.entity.kind === "person" && e.end <= m.index).at(-1);
      if (person) names.add(person.entity.name);
    }
  }
  for (const q of quotes?.quotes ?? []) if (q.speaker) names.add(q.speaker);
  return names;
}
