/**
 * The word an adverb or a comparative is made from ("militarily" → "military", "originally" →
 * "original", "cozier" → "cozy"): the same word in another form, which the articles may use where
 * they never use the typed one, and which the stemmer does not reach ("militarili" is no
 * "militari"). Candidates only: the query planner keeps those the articles use, and only for a
 * word they do not (see `QueryPlanner.otherSpellings`).
 */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 6) return [];
  const forms = new Set<string>();
  for (const [ending, bases] of ENDINGS) {
    const m = ending.exec(w);
    if (m) for (const base of bases) forms.add(`${m[1]}${base}`);
  }
  forms.delete(w);
  return [...forms];
}

/** An ending (group 1: what comes before it, three letters or more) and the endings of the word it is made from. */
const ENDINGS: readonly [RegExp, readonly string[]][] = [
  // militarily, readily: military, ready
  [/^(\p{L}{3,})ily$/u, ["y"]],
  // diplomatically, economically: diplomatic, economical
  [/^(\p{L}{3,})ically$/u, ["ic", "ical"]],
  // originally, officially: original, official
  [/^(\p{L}{3,})ally$/u, ["al"]],
  // recently, closely, truly: recent, close, true
  [/^(\p{L}{3,}[^aeiouy])ly$/u, ["", "e"]],
  // cozier, coziest: cozy
  [/^(\p{L}{3,})ie(?:r|st)$/u, ["y"]],
];
