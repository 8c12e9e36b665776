import type { Hit, QueryPlan } from "../search/engine.js";
import { NAME_LIKE } from "../search/claims.js";
import { isPlaceName } from "../search/places.js";
import type { RefusalParams } from "../search/rankingParams.js";

/**
 * The "nothing found" decision: a logistic model of how likely a question is one the articles
 * cannot answer, read from its best sentence and the question itself. No single measure
 * separates the two kinds ("when was xi born" shares every word but one with a real sentence;
 * "does it expire, whats the term length" shares almost none), so several are weighed
 * together, with weights fitted by `npm run eval -- --fit` (`fitRefusalModel`) on the training
 * questions, never set by hand.
 */
export const REFUSAL_FEATURES = [
  /** Share of the question's weight the best sentence matches. */
  "coverage",
  /** Weight of the heaviest name-like question word it leaves unmatched. */
  "missing",
  /** Weight of the heaviest question word it matches. */
  "strongest",
  /** How far it can be the kind of answer asked for (a date for "when"). */
  "typeFit",
  /** Its score, log(1 + score): long, specific matches score high. */
  "logScore",
  /** Everyday-English rarity of the rarest question word it matches by no term. */
  "unmatchedRarity",
  /** Share of the question's concepts it matches by no term. */
  "unmatchedShare",
  /** Everyday-English rarity of the rarest question word no sentence uses at all ("Medvedev", "kimchi"), not a word of the chat lexicon's phrases ("despawn"). */
  "unknownRarity",
  /** The runner-up's score against the best's: a clear winner is more likely the answer. */
  "runnerUp",
  /** How many concepts the question has, over ten. */
  "concepts",
  /** 1 for a short-fact question ("when", "who", "how many") whose first passages give no direct answer (see `direct.ts`). */
  "shortFactMissing",
  /** For a question asking what someone said, the weight of the heaviest name-like word the best sentence leaves unmatched: it cannot be their words ("what did japan say about the treaty"). */
  "speakerMissing",
  /** 1 when a name-like question word (in no everyday-English list, no typo of an article word, no number, no word of the chat lexicon's phrases) is used by no article: "medvedev", "mongolia"; not a country a claim puts ("russia is nk's only real ally isn't it"), which the articles may correct. */
  "unknownName",
  /** How much more often the subject's articles use the question's most topical word than everyday English does (see `topicality.ts`): low for "best pizza toppings" or "a party tonight". */
  "topicality",
  /** 1 when the asker speaks of themselves ("how do i fix my discord mic", "should i refinance my mortgage"): chat about their own affairs, which news articles do not tell. */
  "firstPerson",
] as const;

export type RefusalFeatures = number[];

/** The features of `REFUSAL_FEATURES`, in order, for a question's plan and its two best sentences. */
export function refusalFeatures(plan: QueryPlan, best: Hit, second: Hit | undefined, typeFit: number, shortFactMissing: number, topicality: number): RefusalFeatures {
  // Words asked that no sentence uses: not the asker's context, nor a word the chat lexicon's phrases know.
  const unknown = plan.concepts.filter((c) => !c.known && !c.context && !c.idiom);
  const unknownRarity = Math.max(0, ...unknown.map((c) => c.rarity));
  return [
    best.coverage,
    best.missing,
    best.strongest,
    typeFit,
    Math.log1p(best.score),
    best.unmatchedRarity,
    best.unmatchedShare,
    unknownRarity,
    second && best.score > 0 ? second.score / best.score : 0,
    plan.concepts.length / 10,
    shortFactMissing,
    plan.answerType === "statement" ? best.missing : 0,
    unknown.some((c) => !(plan.claim && isPlaceName(c.surface)) && c.english >= 0.99 && NAME_LIKE.test(c.surface)) ? 1 : 0,
    topicality,
    FIRST_PERSON.test(plan.normalised) ? 1 : 0,
  ];
}

/** "i", "my", "i'm", "our" (not "us", which is also the U.S., nor "tell me", which asks the bot). */
const FIRST_PERSON = /\b(?:i|my|mine|myself|im|i'm|i’m|ive|i've|our|ours)\b/i;

/** The model's probability that the question has no answer in the articles. */
export function unanswerableProbability(params: RefusalParams, features: RefusalFeatures): number {
  const { mean, scale, weights, bias } = params.model;
  let z = bias;
  for (let i = 0; i < features.length; i++) z += weights[i]! * ((features[i]! - mean[i]!) / scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

/** Whether to reply "nothing found". */
export function refuses(params: RefusalParams, features: RefusalFeatures): boolean {
  return unanswerableProbability(params, features) > params.threshold;
}

export interface RefusalSample {
  features: RefusalFeatures;
  unanswerable: boolean;
  /** How much the sample counts (default 1): many wordings of one fact should not outweigh the rest. */
  weight?: number;
}

/**
 * L2-regularised logistic regression over standardised features, by gradient descent (a few
 * hundred samples and ten features: exact enough, and no dependency for it). Deterministic:
 * the same samples give the same model. `l2` 0.3 did best of 0.01–1 in `npm run eval -- --cv`
 * (held-out unanswerable questions refused, less twelve times the answerable ones refused).
 */
export function fitRefusalModel(samples: readonly RefusalSample[], { l2 = 0.3, steps = 3000, rate = 0.3 } = {}): RefusalParams["model"] {
  const d = REFUSAL_FEATURES.length;
  if (samples.length === 0) throw new Error("the no-answer model needs questions to learn from");
  const weightOf = samples.map((x) => x.weight ?? 1);
  const n = weightOf.reduce((a, b) => a + b, 0);
  const mean = Array.from({ length: d }, (_, j) => samples.reduce((s, x, i) => s + weightOf[i]! * x.features[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(samples.reduce((s, x, i) => s + weightOf[i]! * (x.features[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = samples.map((x) => x.features.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    z.forEach((row, i) => {
      let t = bias;
      for (let j = 0; j < d; j++) t += weights[j]! * row[j]!;
      const err = weightOf[i]! * (1 / (1 + Math.exp(-t)) - (samples[i]!.unanswerable ? 1 : 0));
      for (let j = 0; j < d; j++) grad[j]! += err * row[j]!;
      gradBias += err;
    });
    for (let j = 0; j < d; j++) weights[j]! -= rate * (grad[j]! / n + l2 * weights[j]!);
    bias -= rate * (gradBias / n);
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { features: [...REFUSAL_FEATURES], mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), bias: round(bias) };
}
