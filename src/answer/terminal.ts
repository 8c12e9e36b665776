import type { Answer } from "./answer.js";
import { citationText } from "./citation.js";

/** The answer as terminal text; `bold` marks matched words (ANSI bold when printing to a TTY). */
export function formatAnswerText(answer: Answer, bold: (s: string) => string = (s) => s): string {
  const lines = [`Q: ${answer.question}`, ""];
  if (!answer.answered || answer.passages.length === 0) {
    lines.push("Nothing in the articles answers that.");
    return lines.join("\n");
  }
  if (answer.direct) lines.push(`A: ${bold(answer.direct.text)} [${answer.direct.citation.n}]`, "");
  answer.passages.forEach((p, i) => {
    let text = "";
    let at = 0;
    for (const [s, e] of p.highlights) {
      if (s < at) continue;
      text += p.text.slice(at, s) + bold(p.text.slice(s, e));
      at = e;
    }
    text += p.text.slice(at);
    lines.push(`${i + 1}. ${text}`);
    for (const c of [p.citation, ...p.alsoReportedBy]) lines.push(`   ${citationText(c)}`);
    lines.push("");
  });
  return lines.join("\n").trimEnd();
}

/** The answer as the JSON object of `npm run ask -- --json`. */
export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.direct ? { direct: { text: answer.direct.text, citation: answer.direct.citation } } : {}),
    passages: answer.passages.map((p) => ({
      text: p.text,
      score: Number(p.score.toFixed(4)),
      citation: p.citation,
      ...(p.alsoReportedBy.length ? { alsoReportedBy: p.alsoReportedBy } : {}),
    })),
  };
}
