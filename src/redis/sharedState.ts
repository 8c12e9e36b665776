import { readConfig } from "../config.js";
import type { BotContext } from "../discord/command.js";
import type { Logger } from "../logger.js";
import { connectRedis, type RedisOptions, type SharedRedis } from "./connection.js";
import { RedisAnswerStore, RedisCooldown, RedisVotes } from "./stores.js";

/**
 * The state a bot process shares with the others: with REDIS_URL, the answers' buttons, the
 * votes and the cooldown in Redis (keys prefixed with DISCORD_APPLICATION_ID); without it,
 * nothing here and the handlers keep today's in-process stores.
 */
export interface SharedState {
  /** The stores to put in the handlers' context (empty without Redis). */
  context: Partial<Pick<BotContext, "answers" | "cooldown" | "votes">>;
  redis?: SharedRedis;
  /** Redis answers, or no Redis is configured. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** Reads REDIS_URL (and then DISCORD_APPLICATION_ID, which it needs) from `env`; throws a `ConfigError` when they are wrong. */
export async function openSharedState(env: NodeJS.ProcessEnv, logger: Logger, options: RedisOptions = {}): Promise<SharedState> {
  const { REDIS_URL } = readConfig(["REDIS_URL"], env);
  if (!REDIS_URL) return { context: {}, reachable: async () => true, close: async () => {} };
  // Every key carries the application id, so bots sharing one Redis never mix their state.
  const { DISCORD_APPLICATION_ID } = readConfig(["DISCORD_APPLICATION_ID"], env);
  const redis = await connectRedis(REDIS_URL, DISCORD_APPLICATION_ID, logger, options);
  return {
    context: { answers: new RedisAnswerStore(redis), cooldown: new RedisCooldown(redis), votes: new RedisVotes(redis) },
    redis,
    reachable: () => redis.reachable(),
    close: () => redis.close(),
  };
}
