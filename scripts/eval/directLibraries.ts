import * as chrono from "chrono-node";
import nlp from "compromise";
import { directSpan } from "../../src/answer/direct.js";
import { type FactKind, factKind } from "../../src/answer/factKind.js";
import { normalise, readQuestionFile } from "../../src/eval/evaluate.js";
import { buildAnswerer } from "../../src/pipeline.js";

/**
 * `npm run eval:direct-libraries`: the direct-answer rules of `src/answer/direct.ts`
 * against well-kept libraries doing the same job (chrono-node for dates, compromise for
 * people, places and numbers), on the short-fact questions of the training files only. Each
 * extractor reads the same first passage; like ours, a library's answer counts only when it
 * finds exactly one candidate the question does not already name. Prints right / wrong / none
 * per kind of question.
 */
const FILES = ["tests/eval/chat-train.json", "tests/eval/dev-qa.json", "tests/eval/extra-qa.json"];
const answerer = buildAnswerer("corpus");

type Extractor = (kind: FactKind, text: string, asked: string) => string | undefined;
const single = (found: string[], asked: string) => {
  const fresh = [...new Set(found.map((f) => f.trim()))].filter((f) => f && !asked.includes(f.toLowerCase()));
  return fresh.length === 1 ? fresh[0] : undefined;
};

const libraries: Extractor = (kind, text, asked) => {
  const doc = nlp(text);
  switch (kind) {
    case "date":
    case "year":
      return single(chrono.parse(text).map((r) => r.text), asked);
    case "count":
    case "duration":
    case "age":
      return single(doc.numbers().out("array") as string[], asked);
    case "person":
      return single(doc.people().out("array") as string[], asked);
    case "place":
      return single(doc.places().out("array") as string[], asked);
    default:
      return undefined; // no library reads titles, expansions or sources
  }
};

const ours: Extractor = (_kind, text, asked) => {
  const span = directSpan({ plan: answerer.search.plan(asked), text, analyzer: answerer.search.analyzer });
  return span && text.slice(span.start, span.end);
};

const tally = new Map<string, { right: number; wrong: number; none: number }>();
const count = (key: string, said: string | undefined, expected: string[]) => {
  const t = tally.get(key) ?? { right: 0, wrong: 0, none: 0 };
  if (said === undefined) t.none++;
  else if (expected.some((e) => normalise(said).includes(normalise(e)))) t.right++;
  else t.wrong++;
  tally.set(key, t);
};
for (const file of FILES) {
  for (const { q, direct } of readQuestionFile(file).answerable) {
    if (!direct) continue;
    const answer = answerer.answer(q);
    const plan = answerer.search.plan(q);
    const kind = factKind(plan.normalised);
    const text = answer.passages[0]?.text;
    if (!kind || !text) continue;
    for (const [name, extract] of [["ours", ours], ["libraries", libraries]] as const) {
      const said = name === "ours" ? answer.direct?.text : extract(kind, text, plan.normalised.toLowerCase());
      count(`${name} ${kind}`, said, direct);
      count(`${name} (all kinds)`, said, direct);
    }
  }
}
console.table([...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => ({ extractor: k, ...t })));
