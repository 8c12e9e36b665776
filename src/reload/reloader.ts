import { existsSync, type FSWatcher, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { BotContext } from "../discord/command.js";
import type { Logger } from "../logger.js";
import { pipelineFromSaved } from "../pipeline.js";
import type { BuildRequest, BuildResult } from "./buildWorker.js";

/**
 * Live reload: after an article is added or removed, on SIGHUP, or when files in the corpus
 * folder change, the bot rebuilds what it answers from (index, quotations, sources,
 * suggestions) and swaps it in at once.
 *
 * - The index, the quotations and the suggestions are built on a worker thread
 *   (`buildWorker.ts`), which also saves them; the main thread then loads them and answers the
 *   sources' few sample questions, yielding to the event loop between those steps, so
 *   interactions keep being answered.
 * - Handlers read one `BotContext` object, taken once per interaction (`current`): the swap
 *   replaces that object whole, so an answer in flight finishes on the old one and never mixes
 *   two corpora. The bounded state (the questions behind buttons, the cooldown) is carried
 *   over, so the buttons of earlier answers keep working.
 * - Requests are applied one after the other: a request made while a rebuild runs gets the
 *   next one, which reads the folder afresh, so no change is lost.
 */
export type ReloadOutcome = { swapped: true; articles: number; sentences: number; ms: number } | { swapped: false; reason: "unchanged" };

export interface ReloaderOptions {
  dir: string;
  indexFile: string;
  logger: Logger;
  /** Wait this long after the last file event before rebuilding (an editor writes in bursts). */
  debounceMs?: number;
}

interface Job {
  reasons: string[];
  promise: Promise<ReloadOutcome>;
  resolve(outcome: ReloadOutcome): void;
  reject(err: unknown): void;
}

export class Reloader {
  private ctx: BotContext;
  private knownHash: string | undefined;
  private queued: Job | undefined;
  private running = false;
  private watcher: FSWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private worker: Worker | undefined;
  private closed = false;

  constructor(
    initial: BotContext,
    private readonly options: ReloaderOptions,
  ) {
    this.ctx = initial;
  }

  /** What handlers answer from now: take it once per interaction and keep it to the end. */
  get current(): BotContext {
    return this.ctx;
  }

  /** Rebuilds from the folder as it is (after any rebuild already running) and swaps the result in. */
  reload(reason: string): Promise<ReloadOutcome> {
    if (!this.queued) {
      let resolve!: Job["resolve"];
      let reject!: Job["reject"];
      const promise = new Promise<ReloadOutcome>((res, rej) => ((resolve = res), (reject = rej)));
      this.queued = { reasons: [], promise, resolve, reject };
    }
    this.queued.reasons.push(reason);
    const { promise } = this.queued;
    void this.pump();
    return promise;
  }

  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void> {
    return !this.running && !this.queued ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Reloads when files in the corpus folder change, `debounceMs` after the last change. */
  watch(): void {
    if (this.watcher) return;
    const { dir, debounceMs = 500, logger } = this.options;
    this.watcher = watch(dir, (_event, name) => {
      // Temporary files (add-article writes `.name.tmp`, editors their swap files) are not articles.
      if (name && (name.startsWith(".") || name.endsWith("~"))) return;
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.reload("files changed").catch(() => undefined), debounceMs);
    });
    this.watcher.on("error", (err) => logger.warn({ err }, "stopped watching the corpus folder"));
  }

  /** Stops watching and ends a rebuild under way (its reload is rejected; nothing is swapped). */
  close(): void {
    clearTimeout(this.debounce);
    this.watcher?.close();
    this.watcher = undefined;
    this.closed = true;
    void this.worker?.terminate();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queued) {
        const job = this.queued;
        this.queued = undefined;
        try {
          job.resolve(await this.rebuild(job.reasons));
        } catch (err) {
          job.reject(err);
        }
      }
    } finally {
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async rebuild(reasons: string[]): Promise<ReloadOutcome> {
    const { dir, indexFile, logger } = this.options;
    const started = performance.now();
    if (this.closed) throw new Error("the bot is shutting down");
    this.worker = buildWorker({ dir, indexFile, knownHash: this.knownHash });
    const built = await workerResult(this.worker).finally(() => (this.worker = undefined));
    if (this.closed) throw new Error("the bot is shutting down");
    if (!built.ok) {
      // A broken file keeps the bot on what it had: it says why, and the next change retries.
      logger.error({ reasons, error: built.error }, "reload failed; still answering from the articles loaded before");
      throw new Error(built.error);
    }
    if (built.unchanged) {
      logger.info({ reasons }, "reload: the articles have not changed");
      return { swapped: false, reason: "unchanged" };
    }
    if (built.saveError) logger.warn({ indexFile, err: built.saveError }, "could not save the index");
    // The rest runs here, loading what the worker built, one step per turn of the event loop, so interactions are served in between.
    const mainStarted = performance.now();
    await nextTurn();
    const pipeline = await pipelineFromSaved(built.saved, dir, nextTurn);
    const { answerer } = pipeline;
    answerer.rememberAnswers(); // as at start-up; the new articles' answers start from none kept
    // Everything else (logger, the questions behind buttons, cooldowns…) carries over as it is.
    this.ctx = { ...this.ctx, ...pipeline };
    this.knownHash = built.hash;
    const outcome = { swapped: true as const, articles: answerer.corpus.articles.length, sentences: answerer.corpus.sentences.length, ms: Math.round(performance.now() - started) };
    logger.info({ reasons, ...outcome, buildMs: built.ms, mainThreadMs: Math.round(performance.now() - mainStarted), index: built.source }, "reloaded the articles");
    return outcome;
  }
}

/**
 * The compiled worker next to this file (`npm start`), or else (tsx, vitest) its TypeScript
 * source, loaded through tsx's loader registered inside the worker (Node does not pass
 * `--import` on to workers).
 */
function buildWorker(request: BuildRequest): Worker {
  const js = new URL("./buildWorker.js", import.meta.url);
  const ts = new URL("./buildWorker.ts", import.meta.url).href;
  return existsSync(fileURLToPath(js))
    ? new Worker(js, { workerData: request })
    : new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(ts)}); });`, {
        eval: true,
        workerData: request,
      });
}

function workerResult(worker: Worker): Promise<BuildResult> {
  return new Promise((resolve) => {
    worker.once("message", (result: BuildResult) => resolve(result));
    worker.once("error", (err) => resolve({ ok: false, error: err.message, corpusError: false }));
    worker.once("exit", (code) => resolve({ ok: false, error: `the build worker exited with code ${code}`, corpusError: false }));
  });
}
