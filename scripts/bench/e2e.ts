import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { cpus, loadavg } from "node:os";
import { openAnswerer } from "../../src/pipeline.js";
import { FakeDiscord } from "../../tests/helpers/fakeDiscord.js";
import { type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `npm run bench:e2e`: our bot (a separate process, as `npm start` runs it) on the 500-text
 * corpus against the local fake Discord, sent 1,000 `/treaty` interactions 20 at a time, every
 * question different; then a bare discord.js bot that answers every command with a fixed word,
 * on the same harness. Latency is from INTERACTION_CREATE leaving the fake Gateway to the
 * interaction callback arriving at the fake REST API. `--json` prints one JSON object.
 */
const TOKEN = "bench-token-0123456789abcdefghijklmnop";
/** What scripts/bench/bareBot.ts answers to every command. */
const BARE_REPLY = "pong";

interface RunFigures {
  sent: number;
  /** Replies that answer the question: passages with citations, or "nothing found" (the bare bot's word counts). */
  answered: number;
  replies: { answer: number; nothingFound: number; other: number };
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  wallMs: number;
  heapBeforeMB: number;
  heapAfterMB: number;
}

/**
 * What a reply to `/treaty` is: passages with citations, "nothing found", or anything else
 * (an apology, a cooldown notice), which does not count as answered.
 */
function replyKind(bot: "pipeline" | "bare", content: unknown): "answer" | "nothingFound" | "other" {
  if (typeof content !== "string") return "other";
  if (bot === "bare") return content === BARE_REPLY ? "answer" : "other";
  if (/^-# \[\d+\]/m.test(content)) return "answer";
  if (content.includes("Nothing in the articles answers that")) return "nothingFound";
  return "other";
}

async function run(kindOf: "pipeline" | "bare", env: Record<string, string>, questions: string[], concurrency: number, profileDir?: string): Promise<RunFigures> {
  const fake = await FakeDiscord.start({ heartbeatInterval: 30_000 });
  const entry = kindOf === "pipeline" ? "src/bot.ts" : "scripts/bench/bareBot.ts";
  // Both bots run with the flags `npm start` uses.
  const profile = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  const child = spawn(process.execPath, ["--expose-gc", "--max-semi-space-size=64", ...profile, "--import", "tsx", "--import", "./scripts/bench/heapProbe.ts", entry], {
    env: { ...process.env, ...env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    await fake.waitForReady(1, 120_000);
    await new Promise((r) => setTimeout(r, 500)); // let the client settle after READY
    const heapBefore = await heap(child);
    const users = questions.map((_, i) => fake.user(`member${i}`));
    const replies = { answer: 0, nothingFound: 0, other: 0 };
    const latencies: number[] = [];
    let next = 0;
    let answered = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < questions.length) {
        const i = next++;
        const q = questions[i]!;
        const since = fake.requests.length;
        // Each question from its own member, as in a busy server: one member asking 1,000 would meet the cooldown.
        const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: q }], { user: users[i]! });
        const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
        const t = performance.now();
        fake.dispatchInteraction(interaction);
        try {
          const reply = await fake.waitForRequest((r) => r.path === path, { since, timeoutMs: 30_000 });
          latencies.push(performance.now() - t);
          const kind = replyKind(kindOf, reply.body?.data?.content);
          replies[kind]++;
          if (kind !== "other") answered++;
        } catch {
          // counted as not answered
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const wallMs = performance.now() - started;
    const heapAfter = await heap(child);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN);
    return {
      sent: questions.length,
      answered,
      replies,
      p50Ms: pct(0.5),
      p99Ms: pct(0.99),
      meanMs: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1)),
      wallMs: Math.round(wallMs),
      heapBeforeMB: round(heapBefore / 1e6, 1),
      heapAfterMB: round(heapAfter / 1e6, 1),
    };
  } finally {
    child.kill("SIGTERM");
    await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 5000))]);
    await fake.close();
  }
}

async function heap(child: ChildProcess): Promise<number> {
  child.send("heap");
  const [message] = (await once(child, "message")) as [{ heapUsed: number }];
  return message.heapUsed;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      size: { type: "string", default: "all" },
      count: { type: "string", default: "1000" },
      concurrency: { type: "string", default: "20" },
      /** Write a V8 CPU profile of each bot process (node --cpu-prof) into this folder. */
      profile: { type: "string" },
    },
  });
  const size = values.size as BenchSize;
  const corpusDir = benchCorpusDir(size);
  const indexFile = `.cache/bench/index-${size}.json`;
  const opened = openAnswerer(corpusDir, indexFile); // the saved index the bot will load
  const questions = benchQuestions(corpusDir, Number(values.count));
  const concurrency = Number(values.concurrency);
  const env = { CORPUS_DIR: corpusDir, INDEX_FILE: indexFile };
  const pipeline = await run("pipeline", env, questions, concurrency, values.profile);
  const bare = await run("bare", env, questions, concurrency, values.profile);
  const out = {
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverage: loadavg().map((l) => round(l)) },
    corpus: { size, articles: opened.answerer.corpus.articles.length, sentences: opened.answerer.corpus.sentences.length },
    questions: questions.length,
    distinctQuestions: new Set(questions).size,
    concurrency,
    pipeline,
    bare,
    p50Ratio: round(pipeline.p50Ms / bare.p50Ms),
    p99Ratio: round(pipeline.p99Ms / bare.p99Ms),
  };
  if (values.json) console.log(JSON.stringify(out));
  else {
    console.log(`${out.machine.cpu}, ${out.machine.cores} cores, Node ${out.machine.node}, load average ${out.machine.loadAverage.join(" ")}`);
    console.log(`corpus ${size}: ${out.corpus.articles} articles, ${out.corpus.sentences} sentences; ${out.questions} different questions, ${concurrency} at a time`);
    const row = ({ replies, ...f }: RunFigures) => ({ ...f, answers: replies.answer, nothingFound: replies.nothingFound, other: replies.other });
    console.table({ pipeline: row(pipeline), bare: row(bare) });
    console.log(`p50 ratio (pipeline / bare): ${out.p50Ratio}×   p99 ratio: ${out.p99Ratio}×`);
  }
}

await main();
