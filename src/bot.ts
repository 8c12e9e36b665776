import { Events } from "discord.js";
import type { DestinationStream } from "pino";
import { buttons, commands } from "../commands/index.js";
import { ConfigError, readConfig } from "./config.js";
import { CorpusError } from "./corpus/frontMatter.js";
import { createClient } from "./discord/client.js";
import { createRouter } from "./discord/router.js";
import { createLogger } from "./logger.js";
import { openBotContext } from "./startup.js";

/**
 * `npm start`: load the articles, build the index, connect to Discord and answer until
 * SIGINT/SIGTERM, when in-flight replies are finished before a clean exit.
 */
export interface StartOptions {
  /** Where log lines go (tests capture them); default stdout. */
  logDestination?: DestinationStream;
}

export async function startBot(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}) {
  const config = readConfig(["DISCORD_TOKEN", "DISCORD_API_URL", "CORPUS_DIR", "INDEX_FILE", "LOG_LEVEL"], env);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN], destination: options.logDestination });

  const ctx = openBotContext(config, logger);

  const client = createClient(config.DISCORD_API_URL);
  const router = createRouter(commands, buttons, ctx);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, "connected to Discord"));
  client.on(Events.Error, (err) => logger.error({ err }, "discord.js client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord.js warning"));

  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: router.inFlight }, "shutting down");
    client.removeAllListeners(Events.InteractionCreate);
    await router.idle();
    await client.destroy();
    logger.info("stopped");
    logger.flush();
  }

  await client.login(config.DISCORD_TOKEN);
  return { client, router, logger, answerer: ctx.answerer, stop };
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  startBot().then(
    ({ stop }) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => void stop(signal).then(() => process.exit(0)));
      }
    },
    (err: unknown) => {
      if (err instanceof ConfigError || err instanceof CorpusError) {
        console.error(err.message);
      } else {
        // Errors from discord.js at login may carry request details: print the message only.
        console.error(`Could not start the bot: ${(err as Error)?.message ?? String(err)}`);
      }
      process.exit(1);
    },
  );
}
