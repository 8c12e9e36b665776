import { buildAnswerer } from "../src/pipeline.js";
import { readQuestionFile, normalise } from "../src/eval/evaluate.js";
const a = buildAnswerer("corpus");
const qf = readQuestionFile("tests/eval/chat-train.json");
for (const x of qf.answerable) {
  if (!x.direct) continue;
  const r = a.answer(x.q);
  const first = r.passages[0]?.text ?? "";
  const goldFirst = x.gold.some((g) => normalise(first).includes(normalise(g)));
  const plan = a.search.plan(x.q);
  console.log(`${r.direct ? (x.direct.some((d) => normalise(r.direct!.text).includes(normalise(d))) ? "RIGHT" : "WRONG") : "none "} ${goldFirst ? "gold1" : "-----"} [${plan.answerType}] ${x.q}  => want ${JSON.stringify(x.direct)}${r.direct ? " got " + r.direct.text : ""}`);
}
