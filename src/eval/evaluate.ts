import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Answer-quality evaluation over a question file (format of tests/eval/dev-qa.json):
 * `answerable` questions with gold strings, and `unanswerable` questions whose right reply is
 * "nothing found". A passage hits when it contains a gold string after case folding, quote
 * straightening and white-space folding.
 */
export const QuestionFileSchema = z.object({
  about: z.string().optional(),
  answerable: z.array(z.object({ q: z.string().min(1), gold: z.array(z.string().min(1)).min(1) })),
  unanswerable: z.array(z.string().min(1)),
});
export type QuestionFile = z.infer<typeof QuestionFileSchema>;

/** What a system under evaluation returns for one question: ranked passage texts, or a refusal. */
export interface SystemAnswer {
  answered: boolean;
  passages: string[];
}
export type System = (question: string) => SystemAnswer;

export interface Miss {
  q: string;
  gold: string[];
  /** 1-based rank of the first hit within 10, if any. */
  rank?: number;
  refused: boolean;
  returned: string[];
}

export interface Report {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrrAt10: number;
  /** Share of unanswerable questions answered with "nothing found". */
  unanswerableRefused: number;
  /** Share of answerable questions wrongly refused. */
  answerableRefused: number;
  misses: Miss[];
  /** Unanswerable questions that got passages anyway. */
  falseAnswers: { q: string; returned: string[] }[];
}

export function readQuestionFile(path: string): QuestionFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${path}: cannot read a JSON question file (${(err as Error).message})`);
  }
  const parsed = QuestionFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: field '${issue.path.join(".")}' ${issue.message}`);
  }
  return parsed.data;
}

export const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

export function evaluate(file: QuestionFile, system: System): Report {
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  let refusedAnswerable = 0;
  const misses: Miss[] = [];
  for (const { q, gold } of file.answerable) {
    const answer = system(q);
    const golds = gold.map(normalise);
    const passages = answer.answered ? answer.passages.slice(0, 10) : [];
    const index = passages.findIndex((p) => golds.some((g) => normalise(p).includes(g)));
    const rank = index >= 0 ? index + 1 : undefined;
    if (!answer.answered) refusedAnswerable++;
    if (rank === 1) h1++;
    if (rank !== undefined && rank <= 3) h3++;
    if (rank !== undefined) rr += 1 / rank;
    if (rank !== 1) misses.push({ q, gold, rank, refused: !answer.answered, returned: passages.slice(0, 3) });
  }
  const falseAnswers: Report["falseAnswers"] = [];
  for (const q of file.unanswerable) {
    const answer = system(q);
    if (answer.answered && answer.passages.length > 0) falseAnswers.push({ q, returned: answer.passages.slice(0, 3) });
  }
  const n = file.answerable.length || 1;
  const u = file.unanswerable.length;
  return {
    answerable: file.answerable.length,
    unanswerable: u,
    hitAt1: h1 / n,
    hitAt3: h3 / n,
    mrrAt10: rr / n,
    unanswerableRefused: u === 0 ? 1 : (u - falseAnswers.length) / u,
    answerableRefused: refusedAnswerable / n,
    misses,
    falseAnswers,
  };
}

/** The figures alone, rounded, for printing and for `--json`. */
export function figures(r: Report) {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    answerable: r.answerable,
    unanswerable: r.unanswerable,
    hitAt1: round(r.hitAt1),
    hitAt3: round(r.hitAt3),
    mrrAt10: round(r.mrrAt10),
    unanswerableRefused: round(r.unanswerableRefused),
    answerableRefused: round(r.answerableRefused),
  };
}
