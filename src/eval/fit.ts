import type { Answerer } from "../answer/answer.js";
import { fitRefusalModel, type RefusalSample, unanswerableProbability } from "../answer/refusalModel.js";
import type { RankingParams, RefusalParams } from "../search/rankingParams.js";
import { evaluate, type QuestionFile, type Report, systemOf, unanswerableQuestions } from "./evaluate.js";

/**
 * Fits the ranking and refusal parameters on a question file (the training part of the chat
 * questions, with the tidy dev questions), in three stages:
 *
 * 1. Ranking, with refusal off: coordinate ascent, each parameter in turn taking the value of
 *    its grid that ranks best with the others held, until a pass changes nothing. A parameter
 *    moves only for a gain worth two questions: a few hundred questions cannot support finer
 *    distinctions, and smaller gains are mostly noise that the test part does not share.
 * 2. Refusal: a logistic model (`src/answer/refusalModel.ts`) fitted to tell the unanswerable
 *    questions from the answerable ones by what their best sentences look like, then the
 *    chance above which to refuse: the lowest of a grid that refuses at most
 *    ANSWERABLE_REFUSAL_BUDGET of the answerable training questions. A budget rather than a
 *    cost per wrong refusal: the target is a ceiling on answerable questions refused, and the
 *    most unanswerable ones refused under it.
 * 3. The direct line's coverage bars (`fitDirectLine`).
 */
const RANKING_GRID: readonly [Path, readonly number[]][] = [
  [["synonymWeight"], range(0.3, 1, 0.1)],
  [["phraseWeight"], range(0.3, 1, 0.1)],
  [["relatedWeight"], range(0, 1, 0.1)],
  [["fuzzyWeight"], range(0.4, 1, 0.1)],
  [["bigramBonus"], range(0, 0.4, 0.1)],
  [["maxProximity"], [1.2, 1.4, 1.6, 2]],
  [["coverageFloor"], [0, 0.1, 0.25, 0.5, 1, 2, 3, 4]],
  [["wrongType", "time"], range(0.1, 1, 0.1)],
  [["wrongType", "number"], range(0.1, 1, 0.1)],
  [["wrongType", "duration"], range(0.1, 1, 0.1)],
  [["wrongType", "person"], range(0.3, 1, 0.1)],
  [["wrongType", "statement"], range(0.3, 1, 0.1)],
  [["wrongType", "reason"], range(0.3, 1, 0.1)],
  [["weight", "corpusShare"], range(0, 1, 0.1)],
  [["weight", "englishFloor"], range(5, 12, 1)],
  [["weight", "typo"], range(0.2, 1, 0.2)],
  [["weight", "context"], range(0, 1, 0.1)],
  [["speaker", "match"], [1, 1.25, 1.5, 2, 3]],
  [["speaker", "other"], range(0.3, 1, 0.1)],
  [["overviewLead"], [1, 1.25, 1.5, 2, 3, 4, 5]],
  [["directFit"], [1, 1.25, 1.5, 2, 3, 4, 5]],
  [["headline"], range(0.2, 1, 0.1)],
  [["subheading"], [0.4, 0.6, 0.8, 0.9, 0.95, 1]],
];
/** Wordings of one fact that count fully in the no-answer model's fit (most facts of the training part have three or four). */
const FACT_WORDINGS = 4;
/** Chances of "no answer" above which the bot may refuse (from 0.05: with 27 training parts the budget was still met at the old floor of 0.2, which then decided instead of the budget). */
const THRESHOLDS = range(0.05, 0.95, 0.01);
/** Passages after the first that cover less of the question are not shown (not fitted: what is shown below the answer does not change any figure fitted here). */
const MIN_PASSAGE_COVERAGE = 0.175;
/**
 * Share of the answerable training questions (weighted: a fact asked in many wordings counts as
 * FACT_WORDINGS) the no-answer model may refuse. The target is at most 3% of unseen answerable
 * questions, and held-out questions are refused more often than the training ones the threshold
 * was set on; so the budget is the largest of those `npm run eval -- --cv` measures whose
 * held-out halves stay at or under 2.5% answerable refused in both folds. With eleven training
 * parts (716 facts): 0.005 gave 1.4% and 1.1% refused (60% and 70% of the unanswerable), 0.01 1.9%
 * and 1.2% (65%, 72%), 0.015 2.5% and 1.7% (67%, 74%), 0.02 2.6% and 2.9% (68%, 76%). With
 * thirteen (725 facts, after the objective counted direct lines): 0.005 1.0% and 0.6% (66%, 69%),
 * 0.01 2.0% and 1.1% (72%, 72%), 0.015 2.1% and 1.7% (73%, 74%), 0.02 2.2% and 2.54% (21 of 827;
 * 73%, 75%): still 0.015. After the future rule 0.02 gave 2.2% and 2.42% (20 of 827), within the
 * rule by one question: left at 0.015, since a rule without a margin for noise flips on such a
 * change (see the issue's note: it wants a margin, e.g. one standard error below 2.5%). With
 * twenty (the tenth session's two harder parts among them; 725 facts): 0.005 gave 1.8% and 0.8%
 * (74%, 78%), 0.01 3.4% and 1.3% (79%, 80%), 0.015 3.8% and 2.1% (80%, 81%), 0.02 3.9% and 2.6%:
 * only 0.005 keeps both halves under 2.5%. Those folds grouped facts by label across files ("F01"
 * of eleven files was one fact, weighted as four wordings in all); with each file's facts its own
 * (twenty-two parts, 1,694 facts): 0.005 gave 1.0% and 0.6% (78%, 78%), 0.01 1.3% and 0.9% (80%,
 * 80%), 0.02 2.1% and 1.8% (81%, 82%). All are under 2.5%, yet 0.01 fitted on all the parts
 * refused 42 answerable training questions against 26 for twelve more unanswerable ones, and
 * two more of the held-out parts' answerable questions for none more of their unanswerable
 * ones: 0.005 stays.
 */
const ANSWERABLE_REFUSAL_BUDGET = 0.005;
/** Other budgets `--cv` measures on the held-out halves, to choose ANSWERABLE_REFUSAL_BUDGET from the training parts alone. */
const CV_BUDGETS = [0.005, 0.01, 0.02];

type Path = readonly [keyof RankingParams, string?];
function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
}
const get = (p: RankingParams, [a, b]: Path): number => (b ? (p[a] as Record<string, number>)[b]! : (p[a] as number));
const set = (p: RankingParams, [a, b]: Path, v: number): RankingParams => (b ? { ...p, [a]: { ...(p[a] as Record<string, number>), [b]: v } } : { ...p, [a]: v });

/**
 * What ranking is fitted for: the right sentence first and near the top, and the direct answer
 * line right (a wrong line counts against it: worse than none), since ranking decides which
 * passage the line is copied from.
 */
const rankingObjective = (r: Report) => r.hitAt1 + 0.5 * r.hitAt3 + 0.5 * r.mrrAt10 + 0.5 * ((r.direct.right - r.direct.wrong) / (r.direct.questions || 1));

export interface FitResult {
  params: RankingParams;
  before: Report;
  after: Report;
  passes: number;
}

/**
 * Figures a fitted value may not break, on questions of their own: `npm run eval -- --fit` keeps
 * the tidy dev questions at the issue's floor (hit@1 at least 0.90, every right sentence in the
 * top 3), which the chat parts' many questions would otherwise outweigh (a factor of 0.4 for
 * subheadings gained four chat questions and lost the tidy "how does China rank among North
 * Korea's allies", whose only answer is the subheading "China is the biggest ally of North Korea").
 */
export interface FitGuard {
  file: QuestionFile;
  holds: (report: Report) => boolean;
}

/** Factors tried for a sentence of an article off the subject (`offSubject`). */
const OFF_SUBJECT_GRID = [1, 0.8, 0.6, 0.4, 0.2];

/**
 * `beside`: the same articles with texts on other subjects beside them (the Brown corpus), on
 * which `offSubject` is fitted: with the bundled articles alone, every article is about the
 * subject and the factor changes nothing.
 */
export function fitParams(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}, beside?: Answerer, guard?: FitGuard): FitResult {
  const system = (refuse: boolean) => systemOf(answerer, { refuse });
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
        if (s > pickScore && (!guard || guard.holds(evaluate(guard.file, system(false))))) [pick, pickScore] = [v, s];
      }
      if (pick !== current && pickScore >= best + minGain) {
        params = set(params, path, pick);
        best = pickScore;
        changed = true;
        log(`${path.filter(Boolean).join(".")}: ${current} → ${pick}  (ranking objective ${best.toFixed(4)})`);
      }
    }
  }
  if (beside) params = { ...params, offSubject: fitOffSubject(beside, train, params, minGain, log) };
  answerer.search.useParams(params);
  params = { ...params, refusal: fitRefusal(answerer, train, log) };
  answerer.search.useParams(params);
  params = { ...params, directLine: fitDirectLine(answerer, train, log) };
  answerer.search.useParams(params);
  return { params, before, after: evaluate(train, system(true)), passes };
}

/** Shares of the question's weight tried for the direct line's coverage bars (`directLine`). */
const COVERAGE_GRID = range(0.05, 0.6, 0.05);

/**
 * 3. The direct line's coverage bars, last, with the ranking and refusal held and the refusal on
 *    (the lines members see): each bar in turn takes the value of COVERAGE_GRID that gives the
 *    most right lines less wrong ones, a line on an unanswerable question counting as wrong, and
 *    less the questions the no-answer rules then get wrong (some read the line's fact: an
 *    answerable question refused, an unanswerable one answered), moving only for a gain of two.
 *    `npm run eval -- --fit-direct` runs this stage alone.
 */
export function fitDirectLine(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}): RankingParams["directLine"] {
  const start = answerer.search.params;
  const lines = (directLine: RankingParams["directLine"]) => {
    answerer.search.useParams({ ...start, directLine });
    const r = evaluate(train, systemOf(answerer));
    const refusalsWrong = Math.round(r.answerableRefused * train.answerable.length + (1 - r.unanswerableRefused) * train.unanswerable.length);
    return r.direct.right - r.direct.wrong - r.direct.onUnanswerable - refusalsWrong;
  };
  let fitted = start.directLine;
  let best = lines(fitted);
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of ["minCoverage", "doerMinCoverage"] as const) {
      let pick = fitted;
      let pickScore = best;
      // (Highest first: of bars that do as well, the one that asks the most of a passage.)
      for (const v of [...COVERAGE_GRID].reverse()) {
        if (v === fitted[key]) continue;
        const s = lines({ ...fitted, [key]: v });
        if (s > pickScore) [pick, pickScore] = [{ ...fitted, [key]: v }, s];
      }
      if (pickScore >= best + 2) {
        log(`directLine.${key}: ${fitted[key]} → ${pick[key]}  (right less wrong lines ${best} → ${pickScore})`);
        [fitted, best, changed] = [pick, pickScore, true];
      }
    }
  }
  answerer.search.useParams(start);
  return fitted;
}

/** The `offSubject` of the grid that ranks best on the articles with others beside them (the others held), moving only for a gain worth two questions. */
function fitOffSubject(beside: Answerer, train: QuestionFile, params: RankingParams, minGain: number, log: (line: string) => void): number {
  const score = (offSubject: number) => {
    beside.search.useParams({ ...params, offSubject });
    return rankingObjective(evaluate(train, systemOf(beside, { refuse: false })));
  };
  let pick = params.offSubject;
  let best = score(pick);
  for (const v of OFF_SUBJECT_GRID) {
    const s = v === params.offSubject ? best : score(v);
    if (s >= best + minGain) [pick, best] = [v, s];
  }
  if (pick !== params.offSubject) log(`offSubject: ${params.offSubject} → ${pick}  (ranking objective with other texts beside ${best.toFixed(4)})`);
  return pick;
}

/**
 * 2. The no-answer model (see `refusalModel.ts`), with the ranking held: fitted on the features of
 *    every training question, its threshold the lowest that refuses at most `budget` of the
 *    answerable ones. `npm run eval -- --fit-refusal` runs this stage alone.
 */
export function fitRefusal(answerer: Answerer, train: QuestionFile, log: (line: string) => void, budget = ANSWERABLE_REFUSAL_BUDGET): RefusalParams {
  const samples: RefusalSample[] = [];
  const add = (q: string, unanswerable: boolean, weight = 1) => {
    const features = answerer.refusalFeatures(q);
    // A question nothing matches is refused whatever the model says: it teaches the model nothing.
    if (features) samples.push({ features, unanswerable, weight });
  };
  // A fact asked in many wordings counts as much as one asked in FACT_WORDINGS, no more.
  const wordings = new Map<string, number>();
  for (const a of train.answerable) if (a.fact) wordings.set(a.fact, (wordings.get(a.fact) ?? 0) + 1);
  for (const { q, fact } of train.answerable) add(q, false, Math.min(1, FACT_WORDINGS / (fact ? wordings.get(fact)! : 1)));
  for (const q of unanswerableQuestions(train)) add(q, true);
  const model = fitRefusalModel(samples);
  const chance = samples.map((s) => unanswerableProbability({ model, threshold: 1, minPassageCoverage: 0 }, s.features));
  const kind = (unanswerable: boolean) => samples.flatMap((s, i) => (s.unanswerable === unanswerable ? [{ p: chance[i]!, w: s.weight ?? 1 }] : []));
  const answerable = kind(false);
  const unanswerable = kind(true);
  const share = (list: { p: number; w: number }[], above: number) => list.reduce((a, x) => a + (x.p > above ? x.w : 0), 0) / (list.reduce((a, x) => a + x.w, 0) || 1);
  // The lowest threshold (most refusals) that refuses at most the budget of the answerable training questions.
  const threshold = THRESHOLDS.find((t) => share(answerable, t) <= budget) ?? THRESHOLDS.at(-1)!;
  log(`refusal: ${(100 * share(unanswerable, threshold)).toFixed(1)}% of unanswerable and ${(100 * share(answerable, threshold)).toFixed(1)}% of answerable training questions (weighted) refused by the model`);
  const refusal = { model, threshold, minPassageCoverage: MIN_PASSAGE_COVERAGE };
  log(`refusal: threshold ${refusal.threshold}, weights ${JSON.stringify(Object.fromEntries(model.features.map((f, i) => [f, model.weights[i]])))}`);
  return refusal;
}

/**
 * How well the fitting generalises, estimated on the training part alone: its facts are split
 * in two, the parameters fitted on each half are measured on the other. For choosing how to fit
 * (grids, margins, the refusal budget: the held-out halves are also measured with the threshold
 * each of CV_BUDGETS would set) without looking at the test part.
 */
export function crossValidate(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}): { fitted: Report; heldOut: Report; heldOutByBudget: [number, Report][] }[] {
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
    const other = part(h === 0 ? 1 : 0);
    const heldOut = evaluate(other, systemOf(answerer));
    // The same ranking, with the no-answer threshold set for each other budget on the fitted half.
    const heldOutByBudget = CV_BUDGETS.map((budget): [number, Report] => {
      answerer.search.useParams({ ...fit.params, refusal: fitRefusal(answerer, part(h), () => {}, budget) });
      return [budget, evaluate(other, systemOf(answerer))];
    });
    answerer.search.useParams(start);
    return { fitted: fit.after, heldOut, heldOutByBudget };
  });
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
