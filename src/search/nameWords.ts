import type { Entity } from "./lexicon.js";
import { KNOWN_COUNT } from "./spelling.js";
import { englishCount } from "./wordFrequency.js";

/** Fewest letters of a name word that names its person alone: shorter ones ("Kim", "Ri") are shared or common. */
export const OWN_NAME_LETTERS = 5;

/**
 * A person's own name word names them alone when no one else's name has it and everyday English
 * never writes it: "xiaoming" is Liu Xiaoming, "jinping" is Xi Jinping, "wenbin" is Wang Wenbin,
 * so "lu xiaoming" and "zi jinping" still name them ("Kim", "Jong" and "Tao" do not qualify).
 * The alias file's entities, each with those words added to its variants (and listed as `ownWords`:
 * beside another mention of the same person, "President Xi Jinping", the word is part of it).
 */
export function withOwnNameWords(entities: readonly Entity[]): Entity[] {
  const words = (e: Entity) => new Set([e.name, ...e.variants].flatMap((v) => v.split(/[\s-]+/)).map((w) => w.toLowerCase()));
  const owners = new Map<string, number>();
  for (const e of entities) for (const w of words(e)) owners.set(w, (owners.get(w) ?? 0) + 1);
  return entities.map((e) => {
    if (e.kind !== "person") return e;
    const alone = new Set(e.variants.map((v) => v.toLowerCase()));
    const own = e.name
      .split(/[\s-]+/)
      .filter((w) => w.length >= OWN_NAME_LETTERS && /^\p{L}+$/u.test(w) && owners.get(w.toLowerCase()) === 1 && !alone.has(w.toLowerCase()) && englishCount(w.toLowerCase()) < KNOWN_COUNT);
    return own.length ? { ...e, variants: [...e.variants, ...own], ownWords: own } : e;
  });
}
