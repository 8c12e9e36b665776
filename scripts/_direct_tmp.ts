import { readFileSync } from "node:fs";
import { buildAnswerer } from "../src/pipeline.js";
import { factKind } from "../src/answer/direct.js";
const a = buildAnswerer("/work/main/corpus");
const f = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
for (const q of f.answerable) {
  if (!q.direct) continue;
  const ans = a.answer(q.q, { top: 3 });
  const plan = a.search.plan(q.q);
  const d = ans.direct?.text;
  const ok = d && q.direct.some((x: string) => d.toLowerCase().includes(x.toLowerCase()));
  console.log(`${ok ? "RIGHT" : d ? "WRONG" : "NONE "} [${factKind(plan.normalised) ?? "-"}] ${q.q}\n   said: ${d ?? ""} | want: ${q.direct.join(" / ")}\n   top: ${ans.passages[0]?.text.slice(0, 140) ?? "(refused)"}`);
}
