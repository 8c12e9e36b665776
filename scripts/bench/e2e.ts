import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { FakeDiscord } from "../../tests/helpers/fakeDiscord.js";
import { type BenchSize, benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `npm run bench:e2e`: what a member of a busy server sees, for our bot and for the smallest
 * discord.js bot, each a separate process on one local fake Discord.
 *
 * - Our bot runs as `npm start` runs it: the compiled `dist/` (built first with `npm run
 *   build`), the command line of package.json's `start` script, the default log level (its
 *   log goes to a file under `.cache/bench/`, as a service's log goes to a file or journal).
 * - The bare bot (scripts/bench/bareBot.mjs) is plain JavaScript run with plain `node`.
 * - Start-up: time from process start to the first answered question, cold (no saved index:
 *   the bot builds and saves it) and from the saved index.
 * - Load: right after the bot connects, `count` different questions (scripts/bench/questions.ts;
 *   with `--distinct N`, N of them asked round and round, as members repeat questions),
 *   `concurrency` in flight at a time, each from a new member. Latency is from INTERACTION_CREATE
 *   leaving the fake Gateway to the interaction callback reaching the fake REST API (before the
 *   fake answers it); an interaction without a callback within 30 s is lost.
 * - Memory: the process's resident set (RSS, from /proc) after connecting and after the load.
 *
 * `--json` prints one JSON object; `--profile DIR` writes a V8 CPU profile of each bot's
 * loaded run (`node --cpu-prof`; `tsx scripts/bench/profileSummary.ts FILE` summarises one).
 */
const TOKEN = "bench-token-0123456789abcdefghijklmnop";
/** What scripts/bench/bareBot.mjs answers to every command. */
const BARE_REPLY = "pong";
const LOST_AFTER_MS = 30_000;
const FIRST_QUESTION = "when was the treaty renewed";

type Bot = "pipeline" | "bare";

interface LoadFigures {
  sent: number;
  /** Interactions that got no callback within LOST_AFTER_MS. */
  lost: number;
  /** Replies that answer the question: passages with citations, or "nothing found" (the bare bot's word counts). */
  answered: number;
  replies: { answer: number; nothingFound: number; other: number };
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** p50 and slowest of the first `concurrency` questions, sent together just after start-up. */
  firstBatchP50Ms: number;
  firstBatchMaxMs: number;
  wallMs: number;
  /** The bot process's CPU time (user + system) during the load, per interaction. */
  cpuMsPerInteraction?: number;
  /** The same by thread ("main", V8's workers, libuv's): where the process's CPU time went. */
  cpuMsPerInteractionByThread?: Record<string, number>;
  /** How many threads the bot ran at the end of the load (under Node 20 several share the name "node"). */
  threads?: number;
  /**
   * The harness's own CPU (the fake Discord, in this process) during the load, per interaction:
   * it shares the machine with the bot, and a larger reply costs it more to receive.
   */
  harnessCpuMsPerInteraction: number;
}

interface StartFigures {
  /** Process start to READY sent by the fake Gateway. */
  readyMs: number;
  /** Process start to the first callback of an answered question. */
  firstAnswerMs: number;
  /** Resident set size after connecting, and after the load, in MB. */
  rssStartMB?: number;
  rssAfterMB?: number;
  /** The bot's own start-up log lines that carry a duration (`ms`), message → ms. */
  log: Record<string, number>;
}

/**
 * What a reply to `/treaty` is: passages with citations, "nothing found", or anything else
 * (an apology, a cooldown notice), which does not count as answered.
 */
function replyKind(bot: Bot, content: unknown): "answer" | "nothingFound" | "other" {
  if (typeof content !== "string") return "other";
  if (bot === "bare") return content === BARE_REPLY ? "answer" : "other";
  if (/^-# \[\d+\]/m.test(content)) return "answer";
  if (content.includes("Nothing in the articles answers that")) return "nothingFound";
  return "other";
}

/** The command line of package.json's `start` script (what `npm start` runs once built), with this Node. */
function startCommand(): string[] {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const [node, ...args] = script.split(/\s+/);
  if (node !== "node") throw new Error(`package.json's start script does not start with node: ${script}`);
  return args;
}

/** Extra Node/V8 flags for our bot only (`--bot-flags "--trace-deopt"`), to study it; empty for the figures. */
let botFlags: string[] = [];

function commandFor(bot: Bot, profileDir?: string): string[] {
  const profile = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  if (bot === "bare") return [...profile, "scripts/bench/bareBot.mjs"];
  const [script, ...flags] = startCommand().reverse();
  return [...flags.reverse(), ...botFlags, ...profile, script!];
}

function rssMB(child: ChildProcess): number | undefined {
  try {
    const kB = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
    return kB ? round(Number(kB) / 1024, 1) : undefined;
  } catch {
    return undefined; // not Linux
  }
}

/** CPU time (user + system) the process has used so far, in ms (Linux clock ticks are 10 ms). */
function cpuMs(child: ChildProcess): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (ms) the process's threads have used so far: "main" (the handlers), and the others
 * by thread name (under Node 20 all "node": V8's workers, which run the optimising compiler and
 * the concurrent part of garbage collection, and libuv's). A CPU profile shows only the main
 * thread.
 */
function cpuMsByThread(child: ChildProcess): Record<string, number> | undefined {
  try {
    const out: Record<string, number> = {};
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const label = tid === String(child.pid) ? "main" : name;
      out[label] = (out[label] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
    }
    return out;
  } catch {
    return undefined; // not Linux, or the process has ended
  }
}

/** How many threads the process runs: each one's CPU reading is truncated to a 10 ms tick, so the by-thread figures may sum to that many ticks less than the process's. */
function threadCount(child: ChildProcess): number | undefined {
  try {
    return readdirSync(`/proc/${child.pid}/task`).length;
  } catch {
    return undefined;
  }
}

/** The bot's log lines that carry a duration: "index loaded" → 540 and the like. */
function startupLog(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const { msg, ms } = JSON.parse(line) as { msg?: string; ms?: unknown };
      if (msg && typeof ms === "number") out[msg] = ms;
    } catch {
      // not a log line
    }
  }
  return out;
}

interface Session {
  fake: FakeDiscord;
  child: ChildProcess;
  spawnedAt: number;
  logFile: string;
}

async function launch(bot: Bot, env: Record<string, string>, label: string, profileDir?: string): Promise<Session> {
  // Bodies are not checked against Discord's OpenAPI description here (the tests do that): the
  // fake shares the machine with the bot, and checking our answers costs it more than "pong".
  const fake = await FakeDiscord.start({ heartbeatInterval: 30_000, validateBodies: false });
  mkdirSync(".cache/bench", { recursive: true });
  const logFile = resolve(`.cache/bench/e2e-${label}.log`);
  const log = openSync(logFile, "w");
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, commandFor(bot, profileDir), {
    // LOG_LEVEL unset: the default level, as `npm start` in production.
    env: { ...withoutLogLevel(process.env), ...env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl },
    stdio: ["ignore", log, "inherit"],
  });
  closeSync(log);
  return { fake, child, spawnedAt, logFile };
}

function withoutLogLevel(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LOG_LEVEL: _, ...rest } = env;
  return rest;
}

async function stop({ fake, child }: Session): Promise<void> {
  if (child.exitCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
  await fake.close();
}

/** Sends one question as a new member; resolves with the reply's content and latency, or undefined when lost. */
async function ask(fake: FakeDiscord, question: string, member: string): Promise<{ content: unknown; ms: number } | undefined> {
  const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: question }], { user: fake.user(member) });
  const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
  const since = fake.requests.length;
  const t = performance.now();
  fake.dispatchInteraction(interaction);
  try {
    const reply = await fake.waitForRequest((r) => r.path === path, { since, timeoutMs: LOST_AFTER_MS });
    // `at`: when the request reached the fake, before the fake answered it.
    return { content: reply.body?.data?.content, ms: reply.at - t };
  } catch {
    return undefined;
  }
}

/** Start-up only: process start to the first answered question. */
async function coldStart(env: Record<string, string>): Promise<StartFigures> {
  const session = await launch("pipeline", env, "pipeline-cold");
  try {
    await session.fake.waitForReady(1, 300_000);
    const readyMs = performance.now() - session.spawnedAt;
    const reply = await ask(session.fake, FIRST_QUESTION, "first-member");
    if (!reply || replyKind("pipeline", reply.content) === "other") throw new Error(`the cold bot did not answer "${FIRST_QUESTION}"`);
    return { readyMs: Math.round(readyMs), firstAnswerMs: Math.round(performance.now() - session.spawnedAt), log: startupLog(session.logFile) };
  } finally {
    await stop(session);
  }
}

/** Start-up, then the load as soon as the bot is connected. */
async function loaded(bot: Bot, env: Record<string, string>, questions: string[], concurrency: number, profileDir?: string): Promise<{ start: StartFigures; load: LoadFigures }> {
  const session = await launch(bot, env, bot, profileDir);
  const { fake, child, spawnedAt } = session;
  try {
    await fake.waitForReady(1, 300_000);
    const readyMs = performance.now() - spawnedAt;
    const rssStartMB = rssMB(child);
    const cpuBefore = cpuMs(child);
    const threadsBefore = cpuMsByThread(child);
    const harnessBefore = process.cpuUsage();
    const replies = { answer: 0, nothingFound: 0, other: 0 };
    const latencies: number[] = [];
    const firstBatch: number[] = [];
    let firstAnswerMs: number | undefined;
    let next = 0;
    let lost = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < questions.length) {
        const i = next++;
        // Each question from its own member, as in a busy server: one member asking 1,000 would meet the cooldown.
        const reply = await ask(fake, questions[i]!, `member${i}`);
        if (!reply) {
          lost++;
          continue;
        }
        const kind = replyKind(bot, reply.content);
        replies[kind]++;
        if (kind !== "other") firstAnswerMs ??= performance.now() - spawnedAt;
        latencies.push(reply.ms);
        if (i < concurrency) firstBatch.push(reply.ms);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const wallMs = performance.now() - started;
    const rssAfterMB = rssMB(child);
    const cpuAfter = cpuMs(child);
    const threadsAfter = cpuMsByThread(child);
    const harness = process.cpuUsage(harnessBefore);
    return {
      start: { readyMs: Math.round(readyMs), firstAnswerMs: Math.round(firstAnswerMs ?? NaN), rssStartMB, rssAfterMB, log: startupLog(session.logFile) },
      load: {
        sent: questions.length,
        lost,
        answered: replies.answer + replies.nothingFound,
        replies,
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
        meanMs: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1)),
        firstBatchP50Ms: percentile(firstBatch, 0.5),
        firstBatchMaxMs: percentile(firstBatch, 1),
        wallMs: Math.round(wallMs),
        ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMsPerInteraction: round((cpuAfter - cpuBefore) / questions.length) } : {}),
        ...(threadsBefore && threadsAfter ? { cpuMsPerInteractionByThread: perInteraction(threadsBefore, threadsAfter, questions.length), threads: threadCount(child) } : {}),
        harnessCpuMsPerInteraction: round((harness.user + harness.system) / 1000 / questions.length),
      },
    };
  } finally {
    await stop(session);
  }
}

/** CPU per interaction by thread name, between two readings of `cpuMsByThread` (threads started in between count from zero). */
function perInteraction(before: Record<string, number>, after: Record<string, number>, n: number): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([name, ms]) => [name, round((ms - (before[name] ?? 0)) / n)]));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN);
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      size: { type: "string", default: "all" },
      count: { type: "string", default: "1000" },
      /** Ask only this many different questions, round and round until `count` are sent (members repeat questions); default all different. */
      distinct: { type: "string" },
      concurrency: { type: "string", default: "20" },
      /** Write a V8 CPU profile of each bot process (node --cpu-prof) into this folder. */
      profile: { type: "string" },
      /** Extra Node/V8 flags for our bot (not the bare one), e.g. "--trace-deopt": to study it, not for the figures. */
      "bot-flags": { type: "string", default: "" },
      /** Skip the cold start (and its ratio): for a quicker look at the load. */
      "no-cold": { type: "boolean", default: false },
    },
  });
  botFlags = values["bot-flags"]!.split(/\s+/).filter(Boolean);
  const build = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("npm run build failed");
  const size = values.size as BenchSize;
  const corpusDir = benchCorpusDir(size);
  const indexFile = resolve(`.cache/bench/e2e-index-${size}.json`);
  const count = Number(values.count);
  const different = benchQuestions(corpusDir, Math.min(count, Number(values.distinct ?? count)));
  const questions = Array.from({ length: count }, (_, i) => different[i % different.length]!);
  const concurrency = Number(values.concurrency);
  const env = { CORPUS_DIR: corpusDir, INDEX_FILE: indexFile };

  let cold: StartFigures;
  if (values["no-cold"] && existsSync(indexFile)) cold = { readyMs: NaN, firstAnswerMs: NaN, log: {} };
  else {
    rmSync(indexFile, { force: true }); // cold: the bot builds the index and saves it
    cold = await coldStart(env);
  }
  const pipeline = await loaded("pipeline", env, questions, concurrency, values.profile); // from the saved index
  const bare = await loaded("bare", env, questions, concurrency, values.profile);
  const corpus = loadCorpus(corpusDir);
  const out = {
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverage: loadavg().map((l) => round(l)) },
    corpus: { size, articles: corpus.articles.length, sentences: corpus.sentences.length },
    questions: questions.length,
    distinctQuestions: new Set(questions).size,
    concurrency,
    startup: { cold, saved: pipeline.start, bare: bare.start, ratio: round(cold.firstAnswerMs / pipeline.start.firstAnswerMs, 1) },
    pipeline: pipeline.load,
    bare: bare.load,
    p50Ratio: round(pipeline.load.p50Ms / bare.load.p50Ms),
    p99Ratio: round(pipeline.load.p99Ms / bare.load.p99Ms),
  };
  if (values.json) console.log(JSON.stringify(out));
  else {
    console.log(`${out.machine.cpu}, ${out.machine.cores} cores, Node ${out.machine.node}, load average ${out.machine.loadAverage.join(" ")}`);
    console.log(`corpus ${size}: ${out.corpus.articles} articles, ${out.corpus.sentences} sentences; ${out.questions} questions (${out.distinctQuestions} different), ${concurrency} at a time`);
    const row = ({ replies, ...f }: LoadFigures) => ({ ...f, answers: replies.answer, nothingFound: replies.nothingFound, other: replies.other });
    console.table({ pipeline: row(pipeline.load), bare: row(bare.load) });
    const start = ({ log: _, ...f }: StartFigures) => f;
    console.table({ "pipeline, cold": start(cold), "pipeline, saved index": start(pipeline.start), bare: start(bare.start) });
    console.log(`first answer: cold ${cold.firstAnswerMs} ms, from the saved index ${pipeline.start.firstAnswerMs} ms (${out.startup.ratio}× faster)`);
    console.log(`start-up log, cold: ${JSON.stringify(cold.log)}; saved: ${JSON.stringify(pipeline.start.log)}`);
    console.log(`p50 ratio (pipeline / bare): ${out.p50Ratio}×   p99 ratio: ${out.p99Ratio}×`);
  }
}

await main();
