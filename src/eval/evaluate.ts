import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Answerer } from "../answer/answer.js";

/**
 * Answer-quality evaluation over a question file (format of tests/eval/dev-qa.json):
 * `answerable` questions with gold strings, and `unanswerable` questions whose right reply is
 * "nothing found". A passage hits when it contains a gold string after case folding, quote
 * straightening and white-space folding.
 */
export const QuestionFileSchema = z.object({
  about: z.string().optional(),
  answerable: z.array(
    z.object({
      q: z.string().min(1),
      gold: z.array(z.string().min(1)).min(1),
      /** The question asks a short fact: a one-line direct answer is right when it contains one of these. */
      direct: z.array(z.string().min(1)).min(1).optional(),
      /** Questions of one fact (chat files: they stay in one part of the split). */
      fact: z.string().optional(),
    }),
  ),
  /** A plain string, or the question with its kind: `on-topic` (about the treaty, not in the articles) or `off-topic`. */
  unanswerable: z.array(z.union([z.string().min(1), z.object({ q: z.string().min(1), kind: z.enum(["on-topic", "off-topic"]) })])),
});
export type QuestionFile = z.infer<typeof QuestionFileSchema>;
export type UnanswerableKind = "on-topic" | "off-topic" | "unlabelled";

/** What a system under evaluation returns for one question: ranked passage texts, or a refusal, and its direct answer line. */
export interface SystemAnswer {
  answered: boolean;
  passages: string[];
  direct?: string;
}
export type System = (question: string) => SystemAnswer;

/** The answerer as a system under evaluation: its first ten passages, and its direct answer. */
export function systemOf(answerer: Answerer, opts: { dedupe?: boolean; refuse?: boolean; continuation?: boolean } = {}): System {
  return (q) => {
    const a = answerer.answer(q, { top: 10, ...opts });
    return { answered: a.answered, passages: a.passages.map((p) => p.text), ...(a.direct ? { direct: a.direct.text } : {}) };
  };
}

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
  falseAnswers: { q: string; kind: UnanswerableKind; returned: string[] }[];
  /** Unanswerable questions of each kind, and how many of them were refused. */
  refusedByKind: Record<UnanswerableKind, { total: number; refused: number }>;
  /** Of all refusals, the share that were right (the question was unanswerable). */
  refusalPrecision: number;
  /**
   * Questions with `direct` strings; right and wrong direct answer lines among them; lines given
   * to any answerable question; and lines given to unanswerable questions the bot did not refuse
   * (each one wrong: the articles hold no answer).
   */
  direct: { questions: number; right: number; wrong: number; given: number; onUnanswerable: number; wrongAnswers: { q: string; direct: string; expected: string[] }[] };
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

/**
 * Whether a direct answer line gives an expected answer: it holds one whole ("1981 and 2001"), or
 * it says every word of one that the question does not already say, and nothing else: for "kim
 * said the friendship was 'enduring and' what", "unbreakable" gives "enduring and unbreakable";
 * for "the 'fixed' what", "fixed stand" gives "the fixed stand". The question's own words and an
 * article are no part of what it asks; "2001" alone does not give "1981 and 2001".
 */
export function directIsRight(line: string, expected: readonly string[], question: string): boolean {
  const words = (s: string): string[] => normalise(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  const asked = new Set(words(question));
  const said = words(line);
  return expected.some((e) => {
    if (normalise(line).includes(normalise(e))) return true;
    const wanted = words(e);
    const own = wanted.filter((w) => !asked.has(w) && !ARTICLES.has(w));
    return own.length > 0 && own.every((w) => said.includes(w)) && said.every((w) => wanted.includes(w));
  });
}

const ARTICLES = new Set(["a", "an", "the"]);

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
  const direct: Report["direct"] = { questions: 0, right: 0, wrong: 0, given: 0, onUnanswerable: 0, wrongAnswers: [] };
  for (const { q, gold, direct: expected } of file.answerable) {
    const answer = system(q);
    if (answer.direct !== undefined) direct.given++;
    if (expected) {
      direct.questions++;
      if (answer.direct !== undefined) {
        if (directIsRight(answer.direct, expected, q)) direct.right++;
        else {
          direct.wrong++;
          direct.wrongAnswers.push({ q, direct: answer.direct, expected });
        }
      }
    }
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
  const refusedByKind: Report["refusedByKind"] = { "on-topic": { total: 0, refused: 0 }, "off-topic": { total: 0, refused: 0 }, unlabelled: { total: 0, refused: 0 } };
  for (const item of file.unanswerable) {
    const [q, kind]: [string, UnanswerableKind] = typeof item === "string" ? [item, "unlabelled"] : [item.q, item.kind];
    const answer = system(q);
    refusedByKind[kind].total++;
    if (answer.direct !== undefined) direct.onUnanswerable++;
    if (answer.answered && answer.passages.length > 0) falseAnswers.push({ q, kind, returned: answer.passages.slice(0, 3) });
    else refusedByKind[kind].refused++;
  }
  const n = file.answerable.length || 1;
  const u = file.unanswerable.length;
  const rightRefusals = u - falseAnswers.length;
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
    refusedByKind,
    refusalPrecision: rightRefusals + refusedAnswerable === 0 ? 1 : rightRefusals / (rightRefusals + refusedAnswerable),
    direct,
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
    refusalPrecision: round(r.refusalPrecision),
    onTopicRefused: `${r.refusedByKind["on-topic"].refused}/${r.refusedByKind["on-topic"].total}`,
    offTopicRefused: `${r.refusedByKind["off-topic"].refused}/${r.refusedByKind["off-topic"].total}`,
    directQuestions: r.direct.questions,
    directRight: r.direct.right,
    directWrong: r.direct.wrong,
    directGiven: r.direct.given,
    directOnUnanswerable: r.direct.onUnanswerable,
  };
}

/** Every question of a file, answerable first, as plain strings. */
export function allQuestions(file: QuestionFile): string[] {
  return [...file.answerable.map((a) => a.q), ...unanswerableQuestions(file)];
}

/** The unanswerable questions as plain strings (whatever their kind). */
export function unanswerableQuestions(file: QuestionFile): string[] {
  return file.unanswerable.map((u) => (typeof u === "string" ? u : u.q));
}

/**
 * Several question files as one, each fact label qualified by its file's name: files written
 * apart reuse labels ("F01" of two files is two facts), and the fit weighs a fact's wordings and
 * `--cv` splits by fact.
 */
export function joined(parts: [name: string, file: QuestionFile][]): QuestionFile {
  return {
    answerable: parts.flatMap(([name, f]) => f.answerable.map((a) => (a.fact ? { ...a, fact: `${name}: ${a.fact}` } : a))),
    unanswerable: parts.flatMap(([, f]) => f.unanswerable),
  };
}
