import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FakeDiscord } from "../../tests/helpers/fakeDiscord.js";
import { type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `tsx scripts/bench/replies.ts [--bot DIR] [--size all] [--count 1000] --out FILE [--compare FILE]`:
 * every request body a bot sends to Discord for the bench questions, to check that a change
 * meant to make the bot faster leaves its replies byte for byte as they were.
 *
 * The bot in DIR (default: this project; another checkout for "before") is built and started
 * as `npm start` starts it, on the local fake Discord, with the bench corpus. For each question
 * it records the `/treaty` reply; for every fifth, the reply to its asker pressing "Next ▶"; for
 * every tenth, the autocomplete choices for its first ten characters. The random keys in
 * custom ids and the members' ids are replaced by placeholders (they differ from run to run).
 * `--compare FILE` exits 1 naming the first questions whose records differ.
 */
const TOKEN = "replies-token-0123456789abcdefghijklmnop";

interface Record {
  question: string;
  reply: unknown;
  next?: unknown;
  autocomplete?: unknown;
}

/** Placeholders for what differs between runs: answer keys in custom ids, the asker's id. */
function normalised(body: unknown, askerId: string): unknown {
  return JSON.parse(JSON.stringify(body ?? null).replaceAll(askerId, "ASKER").replace(/"custom_id":"(page|show|fb|ask):[A-Za-z0-9_-]{11}:/g, '"custom_id":"$1:KEY:'));
}

async function record(botDir: string, corpusDir: string, questions: string[]): Promise<Record[]> {
  const build = spawnSync("npm", ["run", "build"], { cwd: botDir, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error(`npm run build failed in ${botDir}`);
  const fake = await FakeDiscord.start({ heartbeatInterval: 30_000 });
  mkdirSync(join(botDir, ".cache"), { recursive: true });
  const child = spawn(process.execPath, ["dist/src/bot.js"], {
    cwd: botDir,
    env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_FILE: join(botDir, ".cache", "replies-index.json"), LOG_LEVEL: "warn", DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await fake.waitForReady(1, 300_000);
    const out: Record[] = [];
    let next = 0;
    const worker = async () => {
      while (next < questions.length) {
        const i = next++;
        const question = questions[i]!;
        const user = fake.user(`member${i}`);
        const interaction = fake.dispatchInteraction(fake.chatInput("treaty", [{ name: "question", type: 3, value: question }], { user }));
        const reply = await fake.interactionReply(interaction, 30_000);
        const entry: Record = { question, reply: normalised(reply, user.id) };
        const nextButton = (reply?.data?.components ?? []).flatMap((r: { components: { label?: string; custom_id: string }[] }) => r.components).find((c: { label?: string }) => c.label === "Next ▶");
        if (i % 5 === 0 && nextButton) {
          const message = fake.originalMessage(interaction)!;
          const press = fake.dispatchInteraction(fake.button(nextButton.custom_id, message, { user }));
          entry.next = normalised(await fake.interactionReply(press, 30_000), user.id);
        }
        if (i % 10 === 0) {
          const typed = fake.dispatchInteraction(fake.autocomplete("treaty", [{ name: "question", type: 3, value: question.slice(0, 10), focused: true }], { user }));
          entry.autocomplete = normalised(await fake.interactionReply(typed, 30_000), user.id);
        }
        out[i] = entry;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return out;
  } finally {
    child.kill("SIGTERM");
    await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 15_000))]);
    await fake.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      bot: { type: "string", default: "." },
      size: { type: "string", default: "all" },
      count: { type: "string", default: "1000" },
      out: { type: "string" },
      compare: { type: "string" },
    },
  });
  const corpusDir = benchCorpusDir(values.size as BenchSize);
  const records = await record(resolve(values.bot), corpusDir, benchQuestions(corpusDir, Number(values.count)));
  if (values.out) writeFileSync(values.out, JSON.stringify(records, null, 1));
  if (!values.compare) return 0;
  const expected = JSON.parse(readFileSync(values.compare, "utf8")) as Record[];
  const differing = records.filter((r, i) => JSON.stringify(r) !== JSON.stringify(expected[i]));
  const missing = Math.max(0, expected.length - records.length);
  console.log(`${records.length} questions: ${records.length - differing.length} identical, ${differing.length} different${missing ? `, ${missing} missing` : ""}`);
  for (const r of differing.slice(0, 5)) console.log(`  differs: ${JSON.stringify(r.question)}`);
  return differing.length === 0 && missing === 0 && records.length === expected.length ? 0 : 1;
}

process.exitCode = await main();
