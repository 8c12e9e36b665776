/** Words for a person's office or kind: a question with one asks about a person ("the spokesman who talked about the treaty"), not a country. */
export const ROLE = "minister|president|prez|premier|leader|spokes(?:man|men|woman|women|person|people)|ambassador|envoy|diplomat|official|representative|guy|man|woman|person|chairman|secretary|general|grandfather|founder|head|chief|coordinator|expert|analyst|scholar";
/** A kinship word of a question, "great" before it or not ("great grandpa"): a person named by whose kin they are. */
export const KIN_WORD = "(?:great[- ]?)?(?:dad|father|grandpa|grandfather|granddad|grandad|son|grandson|uncle|brother|nephew|mom|mum|mother|grandma|grandmother|granddaughter|daughter|sister|aunt|niece|cousin|wife|husband|spouse)";
/** (Not "in person", which says how something was done, not who: "they handed over the msgs in person. who delivered them".) */
export const PERSON_ROLE = new RegExp(`\\b(?:${ROLE})s?\\b(?<!\\bin persons?)`, "i");

/** The offices the alias file gives a person ("North Korea's foreign minister"), as one whole-word pattern: any case, either apostrophe. */
export function rolePattern(roles: readonly string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
  return new RegExp(`\\b(?:${roles.map(escape).join("|")})\\b`, "i");
}
