import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { redisErrors } from "../metrics/metrics.js";

/**
 * The one Redis connection of a bot process (REDIS_URL), shared by the answer, cooldown and
 * vote stores. Redis is a convenience, never a dependency of an answer: every call times out
 * after REDIS_TIMEOUT_MS and fails at once while disconnected (no queue that would hold a
 * reply back), the client reconnects by itself with backoff, and trouble is logged at most
 * once per TROUBLE_LOG_INTERVAL_MS however many calls fail.
 */
export const REDIS_TIMEOUT_MS = 250;
export const TROUBLE_LOG_INTERVAL_MS = 60_000;

export interface SharedRedis {
  readonly client: Redis;
  /** What every key and channel starts with: `treaty-bot:<application id>:`. */
  readonly prefix: string;
  /** Runs one Redis call; a failure is counted, logged (throttled) and rethrown. */
  call<T>(operation: string, run: (client: Redis) => Promise<T>): Promise<T>;
  /** Counts and logs (throttled) a failure the caller has handled itself. */
  failed(operation: string, err: unknown): void;
  /** Redis answers a PING in time. */
  reachable(): Promise<boolean>;
  /** A second connection for SUBSCRIBE (a subscribed connection can send nothing else). */
  duplicate(): Redis;
  close(): Promise<void>;
}

export interface RedisOptions {
  /** Minimum time between two log lines about Redis trouble (tests shorten it). */
  troubleIntervalMs?: number;
  /** How long start-up waits for the first connection before going on without it. */
  connectWaitMs?: number;
}

export function redisPrefix(applicationId: string): string {
  return `treaty-bot:${applicationId}:`;
}

const clientOptions = (prefix: string) => ({
  keyPrefix: prefix,
  commandTimeout: REDIS_TIMEOUT_MS,
  connectTimeout: 2_000,
  // Fail fast while disconnected instead of queueing calls until Redis returns.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  // 100 ms, 200 ms… up to 2 s between attempts, for as long as it takes.
  retryStrategy: (times: number) => Math.min(100 * 2 ** Math.min(times - 1, 5), 2_000),
});

/** Connects to `url` (waiting at most `connectWaitMs` for it) with keys prefixed by the application id. */
export async function connectRedis(url: string, applicationId: string, logger: Logger, options: RedisOptions = {}): Promise<SharedRedis> {
  const { troubleIntervalMs = TROUBLE_LOG_INTERVAL_MS, connectWaitMs = 2_000 } = options;
  const prefix = redisPrefix(applicationId);
  // Loaded here, not at start-up: most bot processes run without Redis (0.1 s of loading).
  const { Redis: RedisClient } = await import("ioredis");
  const client = new RedisClient(url, clientOptions(prefix));
  const duplicates: Redis[] = [];

  let lastLogged = Number.NEGATIVE_INFINITY;
  let unlogged = 0;
  let loggedSinceReady = false;
  function failed(operation: string, err: unknown) {
    redisErrors.inc({ operation });
    const now = performance.now();
    if (now - lastLogged < troubleIntervalMs) {
      unlogged++;
      return;
    }
    // The message only: ioredis errors carry no password, but a stack says nothing useful here.
    logger.warn({ operation, error: (err as Error)?.message ?? String(err), failuresSinceLastLine: unlogged }, "Redis unavailable: buttons, votes and the cooldown are degraded until it returns");
    lastLogged = now;
    unlogged = 0;
    loggedSinceReady = true;
  }
  const watch = (c: Redis) => {
    // Without an "error" listener ioredis prints every failed reconnect itself.
    c.on("error", (err) => failed("connection", err));
    c.on("ready", () => {
      if (!loggedSinceReady) return;
      loggedSinceReady = false;
      logger.info("Redis reachable again");
    });
  };
  watch(client);

  const ready = await Promise.race([
    new Promise<boolean>((resolve) => client.once("ready", () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), connectWaitMs).unref()),
  ]);
  if (!ready) failed("connect", new Error(`no connection to Redis within ${connectWaitMs} ms`));
  else logger.info({ prefix }, "Redis connected");

  return {
    client,
    prefix,
    failed,
    async call(operation, run) {
      try {
        return await run(client);
      } catch (err) {
        failed(operation, err);
        throw err;
      }
    },
    async reachable() {
      try {
        return (await client.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    duplicate() {
      const c = client.duplicate();
      watch(c);
      duplicates.push(c);
      return c;
    },
    async close() {
      for (const c of [...duplicates, client]) c.disconnect(false);
    },
  };
}
