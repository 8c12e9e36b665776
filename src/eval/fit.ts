import type { Answerer } from "../answer/answer.js";
import type { RankingParams } from "../search/rankingParams.js";
import { evaluate, normalise, type QuestionFile, type Report, unanswerableQuestions } from "./evaluate.js";

/**
 * Fits the ranking and refusal parameters on a question file (the training part of the chat
 * questions, with the tidy dev questions), in two stages:
 *
 * 1. Ranking, with refusal off: coordinate ascent, each parameter in turn taking the value of
 *    its grid that ranks best with the others held, until a pass changes nothing. A parameter
 *    moves only for a gain worth two questions: a few hundred questions cannot support finer
 *    distinctions, and smaller gains are mostly noise that the test part does not share.
 * 2. Refusal: every combination of the thresholds is scored at once from each question's best
 *    sentence (refusing depends on nothing else). A combination is judged by the unanswerable
 *    questions it refuses and by the answerable ones that the next stricter setting of every
 *    threshold would refuse: that keeps a margin between the thresholds and the answerable
 *    questions seen, since unseen ones fall a little on either side.
 */
const RANKING_GRID: readonly [Path, readonly number[]][] = [
  [["synonymWeight"], range(0.3, 1, 0.1)],
  [["phraseWeight"], range(0.3, 1, 0.1)],
  [["relatedWeight"], range(0, 1, 0.1)],
  [["fuzzyWeight"], range(0.4, 1, 0.1)],
  [["bigramBonus"], range(0, 0.4, 0.1)],
  [["maxProximity"], [1.2, 1.4, 1.6, 2]],
  [["coverageFloor"], [0, 0.1, 0.25, 0.5, 1, 2]],
  [["wrongType", "time"], range(0.1, 1, 0.1)],
  [["wrongType", "number"], range(0.1, 1, 0.1)],
  [["wrongType", "duration"], range(0.1, 1, 0.1)],
  [["wrongType", "person"], range(0.3, 1, 0.1)],
  [["wrongType", "statement"], range(0.3, 1, 0.1)],
  [["weight", "corpusShare"], range(0, 1, 0.1)],
  [["weight", "englishFloor"], range(5, 12, 1)],
  [["weight", "typo"], range(0.2, 1, 0.2)],
  [["speaker", "match"], [1, 1.25, 1.5, 2, 3]],
  [["speaker", "other"], range(0.3, 1, 0.1)],
];
const REFUSAL_GRID = {
  minCoverage: range(0, 0.8, 0.05),
  minStrongest: range(0, 0.6, 0.1),
  maxMissing: [...range(0.3, 1, 0.05), 1.01],
  // Scores grow with the length of a question, so a high floor refuses long questions of one kind and not another.
  minScore: [0, 0.5, 1],
  minTypeFit: [0, 0.5, 1],
};
/** Weight of the share of answerable questions wrongly refused against the share of unanswerable ones rightly refused (with about three answerable questions to one unanswerable, one wrong refusal costs about four right ones). */
const WRONG_REFUSAL_COST = 12;

type Path = readonly [keyof RankingParams, string?];
function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
}
const get = (p: RankingParams, [a, b]: Path): number => (b ? (p[a] as Record<string, number>)[b]! : (p[a] as number));
const set = (p: RankingParams, [a, b]: Path, v: number): RankingParams => (b ? { ...p, [a]: { ...(p[a] as Record<string, number>), [b]: v } } : { ...p, [a]: v });

const rankingObjective = (r: Report) => r.hitAt1 + 0.5 * r.hitAt3 + 0.5 * r.mrrAt10;

export interface FitResult {
  params: RankingParams;
  before: Report;
  after: Report;
  passes: number;
}

export function fitParams(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}): FitResult {
  const system = (refuse: boolean) => (q: string) => {
    const a = answerer.answer(q, { top: 10, refuse });
    return { answered: a.answered, passages: a.passages.map((p) => p.text) };
  };
  const before = evaluate(train, system(true));
  const minGain = 2 / train.answerable.length;

  let params = answerer.search.params;
  const rank = (p: RankingParams) => {
    answerer.search.useParams(p);
    return rankingObjective(evaluate(train, system(false)));
  };
  let best = rank(params);
  let passes = 0;
  for (let changed = true; changed && passes < 6; passes++) {
    changed = false;
    for (const [path, values] of RANKING_GRID) {
      const current = get(params, path);
      let pick = current;
      let pickScore = best;
      for (const v of values) {
        if (v === current) continue;
        const s = rank(set(params, path, v));
        if (s > pickScore) [pick, pickScore] = [v, s];
      }
      if (pick !== current && pickScore >= best + minGain) {
        params = set(params, path, pick);
        best = pickScore;
        changed = true;
        log(`${path.filter(Boolean).join(".")}: ${current} → ${pick}  (ranking objective ${best.toFixed(4)})`);
      }
    }
  }
  answerer.search.useParams(params);
  params = { ...params, refusal: fitRefusal(answerer, train, log) };
  answerer.search.useParams(params);
  return { params, before, after: evaluate(train, system(true)), passes };
}

type Refusal = RankingParams["refusal"];
interface BestSentence {
  coverage: number;
  score: number;
  missing: number;
  strongest: number;
  fit: number;
}

function fitRefusal(answerer: Answerer, train: QuestionFile, log: (line: string) => void): Refusal {
  const features = (q: string): BestSentence | undefined => answerer.bestSentence(q);
  // Answerable questions whose best passages hold the answer: refusing one of them is a loss.
  const answerable = train.answerable
    .filter(({ q, gold }) => {
      const a = answerer.answer(q, { top: 10, refuse: false });
      return a.passages.slice(0, 3).some((p) => gold.some((g) => normalise(p.text).includes(normalise(g))));
    })
    .map(({ q }) => features(q));
  const unanswerable = unanswerableQuestions(train).map(features);
  const refuses = (r: Refusal, b: BestSentence | undefined) =>
    !b || b.coverage < r.minCoverage || b.score < r.minScore || b.missing > r.maxMissing || b.strongest < r.minStrongest || b.fit < r.minTypeFit;
  const stricter = (r: Refusal): Refusal => ({
    minCoverage: next(REFUSAL_GRID.minCoverage, r.minCoverage, 1),
    minStrongest: next(REFUSAL_GRID.minStrongest, r.minStrongest, 1),
    maxMissing: next(REFUSAL_GRID.maxMissing, r.maxMissing, -1),
    minScore: next(REFUSAL_GRID.minScore, r.minScore, 1),
    minTypeFit: r.minTypeFit,
  });
  let best: { r: Refusal; score: number } | undefined;
  for (const minCoverage of REFUSAL_GRID.minCoverage)
    for (const minStrongest of REFUSAL_GRID.minStrongest)
    for (const maxMissing of REFUSAL_GRID.maxMissing)
      for (const minScore of REFUSAL_GRID.minScore)
        for (const minTypeFit of REFUSAL_GRID.minTypeFit) {
          const r = { minCoverage, minStrongest, maxMissing, minScore, minTypeFit };
          const margin = stricter(r);
          const right = unanswerable.filter((b) => refuses(r, b)).length / (unanswerable.length || 1);
          const wrong = answerable.filter((b) => refuses(margin, b)).length / (answerable.length || 1);
          const score = right - WRONG_REFUSAL_COST * wrong;
          // Ties go to the loosest setting (listed first in every grid but maxMissing, whose loosest is last).
          if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && maxMissing > best.r.maxMissing)) best = { r, score };
        }
  log(`refusal: ${JSON.stringify(best!.r)}`);
  return best!.r;
}

/** The grid value `step` places after `value` (or the end of the grid). */
function next(grid: readonly number[], value: number, step: 1 | -1): number {
  const i = grid.indexOf(value);
  return grid[Math.min(grid.length - 1, Math.max(0, i + step))]!;
}

/**
 * How well the fitting generalises, estimated on the training part alone: its facts are split
 * in two, the parameters fitted on each half are measured on the other. For choosing how to fit
 * (grids, margins) without looking at the test part.
 */
export function crossValidate(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}): { fitted: Report; heldOut: Report }[] {
  const start = answerer.search.params;
  const facts = [...new Set(train.answerable.map((a, i) => a.fact ?? `#${i}`))].sort();
  const halfOf = (key: string) => (hash(key) % 2) as 0 | 1;
  const part = (h: 0 | 1): QuestionFile => ({
    answerable: train.answerable.filter((a, i) => halfOf(a.fact ?? `#${i}`) === h),
    unanswerable: train.unanswerable.filter((u) => halfOf(typeof u === "string" ? u : u.q) === h),
  });
  log(`cross-validation over ${facts.length} facts`);
  return ([0, 1] as const).map((h) => {
    answerer.search.useParams(start);
    const fit = fitParams(answerer, part(h));
    const heldOut = evaluate(part(h === 0 ? 1 : 0), (q) => {
      const a = answerer.answer(q, { top: 10 });
      return { answered: a.answered, passages: a.passages.map((p) => p.text) };
    });
    answerer.search.useParams(start);
    return { fitted: fit.after, heldOut };
  });
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
