import type { Features } from "./features.js";
import type { Concept, QueryPlan } from "./queryPlan.js";
import type { RankingParams } from "./rankingParams.js";
import { KIN_WORD } from "./roles.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/**
 * What each concept weighs in a sentence's coverage of the question, from 0 to 1: a share
 * (`corpusShare`) of its own term's IDF in the articles, against the largest IDF there, and
 * the rest of its rarity in everyday English. A word the articles never use weighs by its
 * English rarity alone: "basically" nothing, "Medvedev" fully, so that everyday words cannot
 * sink an answerable question and a decisive word that nothing matches refuses it. The asker's
 * context and a guess after the question ("who signed it, some guys in serious suits i guess")
 * weigh `weight.context` of that: they are the asker's words, not what is asked.
 */
export function weighConcepts(index: SentenceIndex, plan: QueryPlan, features: Features, params: RankingParams): { weights: Float64Array; total: number } {
  const maxIdf = Math.log(1 + (index.sentences - 0.5) / 1.5);
  const share = features.englishWeights ? params.weight.corpusShare : 1;
  let total = 0;
  const weights = plan.concepts.map((c) => {
    const own = [...c.terms].filter(([, w]) => w === 1).map(([t]) => index.idf(t));
    const seen = own.filter((x): x is number => x !== undefined);
    // Without English weights, a word no article uses weighs as much as half the rarest one (the old rule).
    const corpus = seen.length ? Math.max(...seen) / maxIdf : features.englishWeights ? undefined : own.length ? 0.5 : 0;
    const asWord = isGuessedPerson(c, plan) ? 0 : corpus === undefined ? c.english : share * corpus + (1 - share) * c.english;
    const weight = c.context || c.offered ? asWord * params.weight.context : asWord;
    total += weight;
    return weight;
  });
  // Always doubles: an array of whole weights one time and fractions the next would make V8 compile the ranking twice.
  return { weights: Float64Array.from(weights), total };
}

/**
 * "who said it, was it xi?": the person guessed is what the answer puts to the test, no word the
 * answer must hold. (A kin guessed is a person too: "who signed for nk, was it his dad or his grandpa".)
 */
export function isGuessedPerson(c: Concept, plan: QueryPlan): boolean {
  return c.offered === true && (c.person === true || KIN.test(c.surface)) && plan.answerType === "person";
}

/** A kin word, which names a person: "grandpa", "his dad". */
const KIN = new RegExp(`^(?:his |her |their )?${KIN_WORD}$`, "i");
