import { Analyzer, foldWord } from "../search/analyzer.js";
import type { Entity, Lexicon } from "../search/lexicon.js";

/**
 * The people of the alias file: the only speakers a quote can be attributed to. Mentions
 * are found with the search analyzer's own matcher (longest variant first, so "Sung Kim" is
 * not "Kim"), over each person's variants plus their `roles` ("the US president"), which
 * name a speaker in these articles but are no search terms.
 */
export interface PersonMention {
  start: number;
  end: number;
  /** Canonical name, e.g. "Kim Jong-un". */
  person: string;
}

export class People {
  private readonly matcher: Analyzer;
  readonly persons: readonly Entity[];
  private readonly byKey = new Map<string, string>();

  constructor(lexicon: Lexicon) {
    this.persons = lexicon.entities.filter((e) => e.kind === "person");
    this.matcher = new Analyzer({
      entities: this.persons.map((p) => ({ ...p, variants: [...p.variants, ...(p.roles ?? [])] })),
      synonyms: [],
    });
    for (const p of this.persons) for (const v of [p.name, ...p.variants, ...(p.roles ?? [])]) this.byKey.set(nameKey(v), p.name);
  }

  /** Person mentions in `text`, in order, never overlapping. */
  mentions(text: string): PersonMention[] {
    return this.matcher.entities(text).map((m) => ({ start: m.start, end: m.end, person: m.entity.name }));
  }

  /** Every way the articles name a person: name, variants, roles. */
  namesOf(person: string): string[] {
    const p = this.persons.find((x) => x.name === person);
    return p ? [p.name, ...p.variants, ...(p.roles ?? [])] : [];
  }

  /** True when one of a person's names contains `typed` (for autocomplete: "spokes" finds Wang Wenbin). */
  matches(person: string, typed: string): boolean {
    const key = nameKey(typed);
    return key === "" || this.namesOf(person).some((n) => nameKey(n).includes(key));
  }

  /** The canonical person a typed name stands for ("kim jong un", "Xi", "the Chinese spokesman"), if any. */
  resolve(name: string): string | undefined {
    return this.byKey.get(nameKey(name));
  }
}

/** Names compare without case, accents, hyphens or a leading "the". */
function nameKey(s: string): string {
  return foldWord(s.trim()).replace(/[\s\u00A0'’.-]+/g, " ").trim().replace(/^the /, "");
}
