import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Events, RESTEvents } from "discord.js";
import type { DestinationStream } from "pino";
import { buttons, commands } from "../commands/index.js";
import { ConfigError, readConfig } from "./config.js";
import { CorpusError } from "./corpus/frontMatter.js";
import { createClient } from "./discord/client.js";
import type { AnswerService, BotContext } from "./discord/command.js";
import { createRouter } from "./discord/router.js";
import { createLogger, flushLogs, type Logger, scrubSecrets, secretsFrom } from "./logger.js";
import { createOpsServer, localOps } from "./metrics/http.js";
import { reportToManager } from "./metrics/shards.js";
import { openSharedState } from "./redis/sharedState.js";
import { openLiveCorpus } from "./reload/liveCorpus.js";

/**
 * `npm start`: load the articles, build the index, connect to Discord and answer until
 * SIGINT/SIGTERM, when in-flight replies are finished before a clean exit.
 */
export interface StartOptions {
  /** Where log lines go (tests capture them); default stdout. */
  logDestination?: DestinationStream;
  /** The answering pipeline; default built from CORPUS_DIR. Tests inject a slow or failing one. */
  answerer?: AnswerService;
  /** Other parts of the handlers' context to replace (tests: a laxer cooldown). */
  context?: Partial<BotContext>;
}

/** How long a shutdown waits for in-flight interactions before disconnecting anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

export async function startBot(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}) {
  const config = readConfig(["DISCORD_TOKEN", "DISCORD_API_URL", "CORPUS_DIR", "INDEX_FILE", "LOG_LEVEL", "METRICS_PORT", "SOURCE_URL_ALLOW_PRIVATE"], env);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsFrom(env), destination: options.logDestination });

  const shared = await openSharedState(env, logger);
  // The articles, reloaded when the folder changes here or (with Redis) in another process.
  const live = await openLiveCorpus(config, logger, shared, { ...options.context, ...(options.answerer ? { answerer: options.answerer } : {}) });
  const { reloader } = live;

  const client = createClient(config.DISCORD_API_URL);
  // The index is loaded by now; what remains to check is Redis, where it is configured.
  const healthy = () => shared.reachable();
  // A shard reports to its manager, which serves METRICS_PORT for all of them (src/shardManager.ts).
  const metricsServer = client.shard ? undefined : await listenForOps(config.METRICS_PORT, healthy, logger);
  if (client.shard) reportToManager(client, healthy);
  const router = createRouter(commands, buttons, () => reloader.current);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, "connected to Discord"));
  client.on(Events.Error, (err) => logger.error({ err }, "discord.js client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord.js warning"));
  // discord.js waits out a 429 and retries by itself; say so. Log the route, never the URL:
  // it holds interaction tokens.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    const header = (name: string) => response.headers.get(name) ?? undefined;
    logger.warn(
      { route: request.route, method: request.method, retryAfter: Number(header("retry-after")), scope: header("x-ratelimit-scope"), global: header("x-ratelimit-global") === "true" },
      "rate limited by Discord; waiting",
    );
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.debug({ route: info.route, method: info.method, waitMs: info.timeToReset, global: info.global }, "waiting for a rate-limit bucket"),
  );

  /** Whether the router went idle within `ms`. */
  async function idleWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([router.idle().then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
    } finally {
      clearTimeout(timer);
    }
  }

  let stopping: Promise<void> | undefined;
  /** Stops taking work, finishes in-flight replies (at most SHUTDOWN_GRACE_MS), disconnects. */
  function stop(signal: string): Promise<void> {
    stopping ??= (async () => {
      logger.info({ signal, inFlight: router.inFlight }, "shutting down");
      // Still connected until the drain ends: what arrives meanwhile gets "restarting, ask again"
      // rather than silence, and starts no work.
      router.close();
      const drained = await idleWithin(SHUTDOWN_GRACE_MS);
      if (!drained) logger.warn({ inFlight: router.inFlight }, "gave up waiting for in-flight interactions");
      client.removeAllListeners(Events.InteractionCreate);
      // What arrived after the drain ended and before the listener went is still replying ("restarting, ask again"):
      // it finishes too, before the client goes (under load its reply and log line came after "stopped").
      if (drained) await idleWithin(SHUTDOWN_GRACE_MS);
      await live.close();
      await client.destroy();
      metricsServer?.close();
      await shared.close();
      logger.info("stopped");
      await flushLogs(logger);
    })();
    return stopping;
  }

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    logger.fatal({ err }, "could not connect to Discord");
    await flushLogs(logger);
    metricsServer?.close();
    await live.close();
    await shared.close();
    throw err;
  }
  const { reload } = live;
  const metricsPort = metricsServer ? (metricsServer.address() as AddressInfo).port : undefined;
  return { client, router, logger, answerer: reloader.current.answerer, reloader, reload, metricsPort, stop };
}

/** `GET /metrics` and `/healthz` on `port`, when one is configured. */
export async function listenForOps(port: number | undefined, healthy: () => Promise<boolean>, logger: Logger): Promise<Server | undefined> {
  if (port === undefined) return undefined;
  const server = createOpsServer(localOps(healthy));
  server.listen(port);
  await once(server, "listening");
  logger.info({ port: (server.address() as AddressInfo).port }, "serving /metrics and /healthz");
  return server;
}


/**
 * Process-level guards for `npm start`. Node ends the process on an unhandled rejection: one
 * missed `await` must not take the bot down for everyone, but it is a bug and is logged as an
 * error. An uncaught exception leaves the process in an unknown state: it is logged (through
 * the scrubbing logger, not Node's default print) and the process exits for its manager to
 * restart it.
 */
export function watchProcess(logger: Logger, proc: NodeJS.EventEmitter = process, exit: (code: number) => void = (code) => process.exit(code)): void {
  proc.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection (a bug: a promise nobody awaited failed)"));
  proc.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception; exiting");
    // Stdout is written asynchronously (see the logger): exit once the line is out, or after a second.
    const timer = setTimeout(() => exit(1), 1000);
    logger.flush(() => {
      clearTimeout(timer);
      exit(1);
    });
  });
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  startBot().then(
    ({ stop, logger, reload }) => {
      watchProcess(logger);
      // `kill -HUP <pid>`: reload the articles now (a failure is logged; the bot keeps the old ones).
      process.on("SIGHUP", () => void reload("SIGHUP").catch(() => undefined));
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => void stop(signal).then(() => process.exit(0)));
      }
    },
    (err: unknown) => {
      // Errors from discord.js at login may carry request details: print the message only, scrubbed.
      const message =
        err instanceof ConfigError || err instanceof CorpusError ? err.message : `Could not start the bot: ${(err as Error)?.message ?? String(err)}`;
      console.error(scrubSecrets(message, secretsFrom(process.env)));
      process.exit(1);
    },
  );
}
