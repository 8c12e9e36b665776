import { buildAnswerer } from "../src/pipeline.js";
import { tempCorpus } from "../tests/helpers/tempCorpus.js";
const dir = tempCorpus({ "005_hup.txt": "---\nn: 5\ntitle: Hang-up article\npublisher: Signal Wire\n---\nThe signal reached the lighthouse keepers on the border river.\n" }, "corpus");
const a = buildAnswerer(dir);
const q = process.argv[2]!;
const plan = a.search.plan(q);
console.log(a.search.searchPlan(plan, 3).map((h) => [h.coverage, h.sentence.text.slice(0, 60)]), a.answer(q).answered);
