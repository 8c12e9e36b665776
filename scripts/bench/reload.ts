import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openAnswerer } from "../../src/pipeline.js";
import { FakeDiscord } from "../../tests/helpers/fakeDiscord.js";
import { benchCorpusDir } from "./brownCorpus.js";
import { benchQuestions } from "./questions.js";

/**
 * `npm run bench:reload`: does `/treaty` keep answering while the bot reloads its articles?
 * The bot runs as `npm start` runs it (a separate process) on a copy of the 500-text corpus,
 * against the local fake Discord. It is sent `/treaty` questions, 20 at a time, every one
 * different: first with nothing else going on (baseline), then from the moment a new article
 * is written into its folder and SIGHUP is sent until it logs that the new articles are in.
 * Prints the rebuild time (the worker's build and the whole reload) and the latency of the
 * questions asked meanwhile. `--json` prints one JSON object.
 */
const TOKEN = "bench-token-0123456789abcdefghijklmnop";

interface Latencies {
  asked: number;
  answered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function summary(latencies: number[], asked: number): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN);
  return { asked, answered: sorted.length, p50Ms: pct(0.5), p99Ms: pct(0.99), maxMs: round(sorted.at(-1) ?? NaN) };
}

/** Asks questions `concurrency` at a time until `until()` says stop (or they run out). */
async function askWhile(fake: FakeDiscord, questions: string[], concurrency: number, until: () => boolean): Promise<Latencies> {
  const latencies: number[] = [];
  let asked = 0;
  const worker = async () => {
    while (!until() && questions.length > 0) {
      const q = questions.shift()!;
      asked++;
      const since = fake.requests.length;
      const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: q }], { user: fake.user(`member${asked}`) });
      const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const started = performance.now();
      fake.dispatchInteraction(interaction);
      try {
        await fake.waitForRequest((r) => r.path === path, { since, timeoutMs: 60_000 });
        latencies.push(performance.now() - started);
      } catch {
        // not answered within a minute: counted in `asked`, not in `answered`
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summary(latencies, asked);
}

/**
 * Reads the bot's log from the start (an unread pipe fills up and stalls the bot) and resolves
 * `next(msg)` with the first line of that `msg` logged after the call.
 */
function logReader(child: ChildProcess) {
  let waiting: { msg: string; resolve: (line: Record<string, any>) => void } | undefined;
  createInterface({ input: child.stdout! }).on("line", (line) => {
    let parsed: Record<string, any>;
    try {
      parsed = JSON.parse(line) as Record<string, any>;
    } catch {
      return; // not a log line
    }
    if (waiting && parsed.msg === waiting.msg) {
      waiting.resolve(parsed);
      waiting = undefined;
    }
  });
  return { next: (msg: string) => new Promise<Record<string, any>>((resolve) => (waiting = { msg, resolve })) };
}

async function main() {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false }, concurrency: { type: "string", default: "20" }, baseline: { type: "string", default: "500" } } });
  const concurrency = Number(values.concurrency);
  // A copy of the 500-text corpus, since the benchmark adds an article to it.
  const work = mkdtempSync(join(tmpdir(), "treaty-bench-reload-"));
  const dir = join(work, "corpus");
  cpSync(benchCorpusDir("all"), dir, { recursive: true });
  const indexFile = join(work, "index.json");
  const opened = openAnswerer(dir, indexFile); // the saved index the bot starts from
  const questions = benchQuestions(dir, 20_000);

  const fake = await FakeDiscord.start({ heartbeatInterval: 30_000 });
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", "src/bot.ts"], {
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: dir, INDEX_FILE: indexFile, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const log = logReader(child);
  try {
    await fake.waitForReady(1, 180_000);
    await new Promise((r) => setTimeout(r, 500));
    const baseline = await askWhile(fake, questions.splice(0, Number(values.baseline)), concurrency, () => false);

    const reloaded = log.next("reloaded the articles");
    let done = false;
    void reloaded.then(() => (done = true));
    writeFileSync(join(dir, "bench-added.txt"), "---\ntitle: Bench article\npublisher: Bench Wire\n---\nThe benchmark added this article about the treaty's reload.\n");
    const started = performance.now();
    child.kill("SIGHUP");
    const during = await askWhile(fake, questions, concurrency, () => done);
    const line = await reloaded;
    const wallMs = Math.round(performance.now() - started);

    const out = {
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverage: loadavg().map((l) => round(l)) },
      corpus: { articles: opened.answerer.corpus.articles.length + 1, sentences: line.sentences },
      concurrency,
      rebuild: { workerBuildMs: line.buildMs, mainThreadMs: line.mainThreadMs, totalMs: line.ms, wallMs, index: line.index },
      baseline,
      duringRebuild: during,
    };
    if (values.json) console.log(JSON.stringify(out));
    else {
      console.log(`${out.machine.cpu}, ${out.machine.cores} cores, Node ${out.machine.node}, load average ${out.machine.loadAverage.join(" ")}`);
      console.log(`corpus: ${out.corpus.articles} articles, ${out.corpus.sentences} sentences; ${concurrency} questions at a time`);
      console.log(`rebuild: worker build ${out.rebuild.workerBuildMs} ms, main thread ${out.rebuild.mainThreadMs} ms, SIGHUP to swap ${out.rebuild.totalMs} ms`);
      console.table({ baseline, "during rebuild": during });
    }
  } finally {
    child.kill("SIGTERM");
    await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 5000))]);
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
