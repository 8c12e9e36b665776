import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

/**
 * Splits the chat-style questions once into a training part (the fitting script and anyone
 * tuning retrieval may look at it) and a test part (only measured). Every wording of one fact
 * goes to the same part, so a rule written for a training question cannot meet its twin in the
 * test part. The split is by a hash of the fact id, so it is the same on every run; it was run
 * once, and its outputs are committed:
 *
 *   npx tsx scripts/eval/splitChat.ts tests/eval/dev-chat-qa.json chat-raw-A.json chat-raw-B.json
 *
 * (the last two: the questions of two writers who saw the articles and the style sample, not the
 * code; their union is exactly the two parts, so they are not kept a second time).
 *
 * Later, 24 questions of one more fact ("overview": "whats the deal with the nk treaty", written
 * the same way, by a writer who read only the articles) were added to the training part alone.
 */
interface Answerable { q: string; gold: string[]; direct?: string[]; fact?: string }
interface Unanswerable { q: string; kind: "on-topic" | "off-topic" }
type Unanswered = string | Unanswerable;

const TEST_SHARE = 0.45;
const inTest = (key: string) => createHash("sha256").update(key).digest().readUInt32BE(0) / 2 ** 32 < TEST_SHARE;

const train = { answerable: [] as Answerable[], unanswerable: [] as Unanswerable[] };
const test = { answerable: [] as Answerable[], unanswerable: [] as Unanswerable[] };
for (const [n, file] of process.argv.slice(2).entries()) {
  const data = JSON.parse(readFileSync(file, "utf8")) as { answerable: Answerable[]; unanswerable: Unanswered[] };
  data.answerable.forEach((a, i) => {
    const fact = a.fact ?? `S${n}-${i}`;
    (inTest(`fact:${fact}`) ? test : train).answerable.push({ ...a, fact });
  });
  for (const u of data.unanswerable) {
    // The style sample's unanswerable questions are plain strings; they are off-topic or about what the articles never say.
    const item: Unanswerable = typeof u === "string" ? { q: u, kind: /weather|bot|lol/.test(u) ? "off-topic" : "on-topic" } : u;
    (inTest(`q:${item.q}`) ? test : train).unanswerable.push(item);
  }
}
const about = (part: string) =>
  `Chat-style questions (as members type in Discord), ${part} part: see scripts/eval/splitChat.ts. Gold strings as in dev-qa.json; \`direct\`: what a one-line direct answer must contain; \`fact\`: questions of one fact share a part; unanswerable questions are \`on-topic\` (about the treaty, not in the articles) or \`off-topic\`.`;
writeFileSync("tests/eval/chat-train.json", `${JSON.stringify({ about: about("training (tune on this one)"), ...train }, null, 1)}\n`);
writeFileSync("tests/eval/chat-test.json", `${JSON.stringify({ about: about("test (measure only; never tune on it)"), ...test }, null, 1)}\n`);
console.log(`train: ${train.answerable.length} answerable, ${train.unanswerable.length} unanswerable; test: ${test.answerable.length} answerable, ${test.unanswerable.length} unanswerable`);
