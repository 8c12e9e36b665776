import { z } from "zod";

/**
 * Summarises the bot's 👍/👎 feedback log (pino JSON lines, `event: "feedback"`): counts per
 * verdict, and the questions and passages voted down most, so the corpus, aliases, thesaurus
 * and ranking can be improved from real use. Pure: lines in, a summary out.
 */
export const FeedbackEvent = z.object({
  event: z.literal("feedback"),
  verdict: z.enum(["up", "down"]),
  question: z.string(),
  offset: z.number().int().min(0).default(0),
  passages: z.array(z.string()).default([]),
  answerKey: z.string().optional(),
  userId: z.string().optional(),
  time: z.number().optional(),
});
export type FeedbackEvent = z.infer<typeof FeedbackEvent>;

export interface QuestionSummary {
  question: string;
  up: number;
  down: number;
}

export interface FeedbackSummary {
  /** Votes counted (a member's last vote on a page of an answer counts once). */
  votes: number;
  up: number;
  down: number;
  /** Lines that were not feedback events (other log lines) or not valid ones. */
  skipped: number;
  /** Questions with 👎, worst first (most 👎, then fewest 👍). */
  worstQuestions: QuestionSummary[];
  /** Sentence ids (`articleId:position`) shown in answers voted 👎, most often first. */
  worstPassages: { sentence: string; down: number }[];
}

export function summariseFeedback(lines: Iterable<string>, top = 10): FeedbackSummary {
  // A member may click 👍 then 👎 on the same page: their last vote counts.
  const votes = new Map<string, FeedbackEvent>();
  let skipped = 0;
  let anonymous = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const event = FeedbackEvent.safeParse(parsed);
    if (!event.success) {
      skipped++;
      continue;
    }
    const e = event.data;
    const key = e.answerKey && e.userId ? `${e.answerKey}:${e.offset}:${e.userId}` : `anonymous:${anonymous++}`;
    votes.delete(key); // re-insert so the order stays the order of last votes
    votes.set(key, e);
  }

  const questions = new Map<string, QuestionSummary>();
  const passages = new Map<string, number>();
  let up = 0;
  let down = 0;
  for (const e of votes.values()) {
    const key = e.question.replace(/\s+/g, " ").trim().toLowerCase();
    const q = questions.get(key) ?? { question: e.question.trim(), up: 0, down: 0 };
    if (e.verdict === "up") up++, q.up++;
    else {
      down++;
      q.down++;
      for (const p of e.passages) passages.set(p, (passages.get(p) ?? 0) + 1);
    }
    questions.set(key, q);
  }
  return {
    votes: votes.size,
    up,
    down,
    skipped,
    worstQuestions: [...questions.values()]
      .filter((q) => q.down > 0)
      .sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question))
      .slice(0, top),
    worstPassages: [...passages]
      .map(([sentence, n]) => ({ sentence, down: n }))
      .sort((a, b) => b.down - a.down || a.sentence.localeCompare(b.sentence))
      .slice(0, top),
  };
}

export function formatFeedbackSummary(s: FeedbackSummary): string {
  const pct = (n: number) => (s.votes === 0 ? "0%" : `${Math.round((100 * n) / s.votes)}%`);
  const out = [`${s.votes} votes: 👍 ${s.up} (${pct(s.up)})  👎 ${s.down} (${pct(s.down)})`];
  if (s.skipped > 0) out.push(`(${s.skipped} other log lines skipped)`);
  if (s.worstQuestions.length > 0) {
    out.push("", "Questions voted down most:", "  👎  👍  question");
    for (const q of s.worstQuestions) out.push(`${String(q.down).padStart(4)}${String(q.up).padStart(4)}  ${q.question}`);
  }
  if (s.worstPassages.length > 0) {
    out.push("", "Passages shown in answers voted down:", "  👎  sentence");
    for (const p of s.worstPassages) out.push(`${String(p.down).padStart(4)}  ${p.sentence}`);
  }
  return out.join("\n");
}
