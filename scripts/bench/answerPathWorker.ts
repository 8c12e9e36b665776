import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";

/**
 * One side of `compareAnswerPath.ts`, in its own process: opens the pipeline module given
 * (`CHECKOUT/src/pipeline.ts`) on the saved index as the bot opens it, then waits for the
 * parent's orders over IPC: `{ pass: questions, repeat }` answers them and replies with the
 * milliseconds taken; `{ digest: questions }` replies with a hash of each answer, to count the
 * answers that differ between the two sides.
 */
type Open = (corpusDir: string, indexFile: string, options: { save: boolean }) => { pipeline: { answerer: { answer(q: string, o: object): unknown } } };
type Order = { pass: string[]; repeat: number } | { digest: string[] };

const [pipelineFile, corpusDir, indexFile] = process.argv.slice(2);
if (!pipelineFile || !corpusDir || !indexFile || !process.send) throw new Error("run by compareAnswerPath.ts: PIPELINE_FILE CORPUS_DIR INDEX_FILE");
const { openPipeline } = (await import(pathToFileURL(pipelineFile).href)) as { openPipeline: Open };
const { answerer } = openPipeline(corpusDir, indexFile, { save: false }).pipeline;

process.on("message", (order: Order) => {
  if ("pass" in order) {
    const started = performance.now();
    for (let r = 0; r < order.repeat; r++) for (const q of order.pass) answerer.answer(q, {});
    process.send!({ ms: performance.now() - started });
  } else {
    process.send!({ hashes: order.digest.map((q) => createHash("sha1").update(JSON.stringify(answerer.answer(q, {}))).digest("hex")) });
  }
});
process.send({ ready: true });
