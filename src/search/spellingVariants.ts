/**
 * The other English spellings of a word, British and American ("defence" → "defense",
 * "programme" → "program", "recognize" → "recognise"): the same word, which the articles may write
 * either way. Candidates only: the query planner keeps those the articles use, so a form no one
 * writes ("promize") costs nothing.
 */
export function spellingVariants(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5) return [];
  const variants = new Set<string>();
  for (const { british, american, toAmerican, toBritish } of ENDINGS) {
    if (british.test(w)) variants.add(w.replace(british, toAmerican));
    if (american.test(w)) variants.add(w.replace(american, toBritish));
  }
  variants.delete(w);
  return [...variants];
}

/** A British ending and the American one, each with the replacement that writes the other. */
interface Endings {
  british: RegExp;
  american: RegExp;
  toAmerican: string;
  toBritish: string;
}

const ENDINGS: readonly Endings[] = [
  // defence, offence, licence / defense, offense, license
  { british: /ence(s?)$/, american: /ense(s?)$/, toAmerican: "ense$1", toBritish: "ence$1" },
  // honour, labour, neighbours, favoured / honor, labor, neighbors, favored
  { british: /our(s|ed|ing|ite|ites|able)?$/, american: /(?<=[^aeiou][aeiou]?[^aeiou])or(s|ed|ing|ite|ites|able)?$/, toAmerican: "or$1", toBritish: "our$1" },
  // recognise, organised, realising, normalisation / recognize, organized, realizing, normalization
  { british: /is(e|es|ed|ing|ation|ations)$/, american: /iz(e|es|ed|ing|ation|ations)$/, toAmerican: "iz$1", toBritish: "is$1" },
  // analyse, paralysed / analyze, paralyzed
  { british: /ys(e|es|ed|ing)$/, american: /yz(e|es|ed|ing)$/, toAmerican: "yz$1", toBritish: "ys$1" },
  // centre, theatres / center, theaters
  { british: /tre(s?)$/, american: /ter(s?)$/, toAmerican: "ter$1", toBritish: "tre$1" },
  // programme, programmes / program, programs
  { british: /mme(s?)$/, american: /(?<=[^m])m(s?)$/, toAmerican: "m$1", toBritish: "mme$1" },
  // dialogue, catalogues / dialog, catalogs
  { british: /ogue(s?)$/, american: /og(s?)$/, toAmerican: "og$1", toBritish: "ogue$1" },
  // travelled, labelling, counsellor / traveled, labeling, counselor
  { british: /(?<=[aeiou])ll(ed|ing|er|ers|or|ors)$/, american: /(?<=[aeiou])l(ed|ing|er|ers|or|ors)$/, toAmerican: "l$1", toBritish: "ll$1" },
];
