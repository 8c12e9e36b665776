import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { buttons, commands } from "../commands/index.js";
import { ConfigError, readConfig } from "./config.js";
import { CorpusError } from "./corpus/frontMatter.js";
import { createInteractionServer } from "./discord/httpInteractions.js";
import { createRouter } from "./discord/router.js";
import { createLogger, secretsFrom } from "./logger.js";
import { localOps } from "./metrics/http.js";
import { openSharedState } from "./redis/sharedState.js";
import { openBotContext } from "./startup.js";

/**
 * `npm run start:http`: serve interactions that Discord POSTs to our endpoint (the
 * application's Interactions Endpoint URL) instead of connecting to the Gateway. With REDIS_URL
 * the handlers' state (answers' buttons, votes, the cooldown) is in Redis, so run as many
 * replicas behind a load balancer as the load needs; without it, run one. `GET /metrics` and
 * `GET /healthz` are served on the same port.
 */
export async function startHttpBot(env: NodeJS.ProcessEnv = process.env, options: { logDestination?: DestinationStream } = {}) {
  const config = readConfig(["DISCORD_PUBLIC_KEY", "PORT", "DISCORD_API_URL", "CORPUS_DIR", "INDEX_FILE", "LOG_LEVEL"], env);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsFrom(env), destination: options.logDestination });
  const shared = await openSharedState(env, logger);
  const router = createRouter(commands, buttons, await openBotContext(config, logger, shared.context));
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
    await client.destroy();
    await shared.close();
    logger.info("stopped");
    logger.flush();
  }
  return { server, port, router, logger, stop };
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  startHttpBot().then(
    ({ stop }) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop(signal).then(() => process.exit(0)));
    },
    (err: unknown) => {
      console.error(err instanceof ConfigError || err instanceof CorpusError ? err.message : `Could not start: ${(err as Error)?.message ?? String(err)}`);
      process.exit(1);
    },
  );
}
