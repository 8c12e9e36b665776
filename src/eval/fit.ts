import type { Answerer } from "../answer/answer.js";
import type { RankingParams } from "../search/rankingParams.js";
import { evaluate, type QuestionFile, type Report } from "./evaluate.js";

/**
 * Fits the ranking and refusal parameters on a question file (the training part of the chat
 * questions) by coordinate ascent: each parameter in turn takes the value of its grid that
 * scores best with the others held, until a whole pass changes nothing. The grids are coarse on
 * purpose: a few hundred questions cannot support finer distinctions.
 *
 * The objective rewards the right sentence first and in the top 3, and refusing unanswerable
 * questions, and punishes refusing an answerable one hardest: a member who gets "nothing
 * found" for a fair question stops asking.
 */
export function objective(r: Report): number {
  return r.hitAt1 + 0.5 * r.hitAt3 + 0.75 * r.unanswerableRefused - 2 * r.answerableRefused;
}

type Path = readonly [keyof RankingParams, string?];
const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);

export const GRID: readonly [Path, readonly number[]][] = [
  [["synonymWeight"], range(0.3, 1, 0.1)],
  [["phraseWeight"], range(0.3, 1, 0.1)],
  [["fuzzyWeight"], range(0.4, 1, 0.1)],
  [["bigramBonus"], range(0, 0.4, 0.1)],
  [["maxProximity"], [1.2, 1.4, 1.6, 2]],
  [["coverageFloor"], [0, 0.1, 0.25, 0.5, 1, 2]],
  [["wrongType", "time"], range(0.1, 1, 0.1)],
  [["wrongType", "number"], range(0.1, 1, 0.1)],
  [["wrongType", "person"], range(0.3, 1, 0.1)],
  [["wrongType", "statement"], range(0.3, 1, 0.1)],
  [["weight", "corpusShare"], range(0, 1, 0.1)],
  [["weight", "englishFloor"], range(5, 12, 0.5)],
  [["speaker", "match"], [1, 1.25, 1.5, 2, 3]],
  [["speaker", "other"], range(0.3, 1, 0.1)],
  [["refusal", "minCoverage"], range(0, 0.8, 0.05)],
  [["refusal", "minScore"], [0, 0.25, 0.5, 1, 1.5, 2, 3]],
  [["refusal", "maxMissing"], [...range(0.1, 1, 0.05), 1.01]],
];

const get = (p: RankingParams, [a, b]: Path): number => (b ? (p[a] as Record<string, number>)[b]! : (p[a] as number));
function set(p: RankingParams, [a, b]: Path, v: number): RankingParams {
  return b ? { ...p, [a]: { ...(p[a] as Record<string, number>), [b]: v } } : { ...p, [a]: v };
}

export interface FitResult {
  params: RankingParams;
  before: Report;
  after: Report;
  passes: number;
}

export function fitParams(answerer: Answerer, train: QuestionFile, log: (line: string) => void = () => {}): FitResult {
  const system = (q: string) => {
    const a = answerer.answer(q, { top: 10 });
    return { answered: a.answered, passages: a.passages.map((p) => p.text) };
  };
  const score = (p: RankingParams) => {
    answerer.search.useParams(p);
    return objective(evaluate(train, system));
  };
  const start = answerer.search.params;
  const before = evaluate(train, system);
  let params = start;
  let best = score(params);
  let passes = 0;
  for (let changed = true; changed && passes < 6; passes++) {
    changed = false;
    for (const [path, values] of GRID) {
      const current = get(params, path);
      // Only a strict gain moves a parameter, so a flat objective does not wander.
      let pick = current;
      for (const v of values) {
        if (v === current) continue;
        const s = score(set(params, path, v));
        if (s > best + 1e-9) {
          best = s;
          pick = v;
        }
      }
      if (pick !== current) {
        params = set(params, path, pick);
        changed = true;
        log(`${path.filter(Boolean).join(".")}: ${current} → ${pick}  (objective ${best.toFixed(4)})`);
      }
    }
  }
  answerer.search.useParams(params);
  return { params, before, after: evaluate(train, system), passes };
}
