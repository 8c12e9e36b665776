import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { buttons, commands } from "../commands/index.js";
import { ConfigError, readConfig } from "./config.js";
import { CorpusError } from "./corpus/frontMatter.js";
import { createInteractionServer } from "./discord/httpInteractions.js";
import { createRouter } from "./discord/router.js";
import { createLogger, flushLogs, secretsFrom } from "./logger.js";
import { localOps } from "./metrics/http.js";
import { openSharedState } from "./redis/sharedState.js";
import { openLiveCorpus } from "./reload/liveCorpus.js";

/**
 * `npm run start:http`: serve interactions that Discord POSTs to our endpoint (the
 * application's Interactions Endpoint URL) instead of connecting to the Gateway. With REDIS_URL
 * the handlers' state (answers' buttons, votes, the cooldown) is in Redis, so run as many
 * replicas behind a load balancer as the load needs; without it, run one. `GET /metrics` and
 * `GET /healthz` are served on the same port.
 */
export async function startHttpBot(env: NodeJS.ProcessEnv = process.env, options: { logDestination?: DestinationStream } = {}) {
  const config = readConfig(["DISCORD_PUBLIC_KEY", "PORT", "DISCORD_API_URL", "CORPUS_DIR", "INDEX_FILE", "LOG_LEVEL", "SOURCE_URL_ALLOW_PRIVATE"], env);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsFrom(env), destination: options.logDestination });
  const shared = await openSharedState(env, logger);
  // Replicas reload when the corpus folder changes, here or (announced over Redis) through another
  // process. They do not change it themselves: an /add-source preview lives in one process's
  // memory, and the replica that gets the confirming click may be another.
  const live = await openLiveCorpus(config, logger, shared, {}, { moderation: false });
  const router = createRouter(commands, buttons, () => live.reloader.current);
  const ops = localOps(() => shared.reachable());
  const { server, client } = createInteractionServer({ publicKey: config.DISCORD_PUBLIC_KEY, router, logger, apiUrl: config.DISCORD_API_URL, ops });
  server.listen(config.PORT);
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, "listening for interactions");

  async function stop(signal: string) {
    logger.info({ signal, inFlight: router.inFlight }, "shutting down");
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await router.idle();
    await live.close();
    await client.destroy();
    await shared.close();
    logger.info("stopped");
    await flushLogs(logger);
  }
  return { server, port, router, logger, reload: live.reload, stop };
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  startHttpBot().then(
    ({ stop, reload }) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop(signal).then(() => process.exit(0)));
      // `kill -HUP <pid>`: reload the articles now (a failure is logged; the replica keeps the old ones).
      process.on("SIGHUP", () => void reload("SIGHUP").catch(() => undefined));
    },
    (err: unknown) => {
      console.error(err instanceof ConfigError || err instanceof CorpusError ? err.message : `Could not start: ${(err as Error)?.message ?? String(err)}`);
      process.exit(1);
    },
  );
}
