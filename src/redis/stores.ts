import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type AnswerState, type AnswerStates, DEFAULT_ANSWER_STORE, newAnswerKey } from "../discord/answerStore.js";
import { type CooldownLimit, type CooldownResult, DEFAULT_COOLDOWN } from "../discord/cooldown.js";
import { UserError } from "../discord/userError.js";
import { type Vote, type VoteOutcome, type VoteStore, voteKey, voteOutcome } from "../discord/votes.js";
import type { SharedRedis } from "./connection.js";

/**
 * The bot's shared state in Redis, behind the same interfaces as the in-process stores, so
 * any replica or shard can serve any button and a restart forgets nothing. Keys (prefixed with
 * the application id by the connection): `answer:<key>`, `cooldown:<member>`, `vote:<key>:<offset>:<member>`.
 */

/** What a member reads when a button needs Redis and Redis does not answer. */
export const TRY_AGAIN_SOON = "I can't reach my memory of that answer right now. Please try again in a moment.";

const unavailable = (cause: unknown) => new UserError(TRY_AGAIN_SOON, "store-unavailable", { cause });

const AnswerStateJson = z.object({ question: z.string(), askerId: z.string(), hidden: z.boolean(), mentionId: z.string().optional() });

export class RedisAnswerStore implements AnswerStates {
  readonly shared = true;

  constructor(
    private readonly redis: SharedRedis,
    readonly ttlMs: number = DEFAULT_ANSWER_STORE.ttlMs,
  ) {}

  /**
   * Stores `state` with the same expiry as in memory. Never throws: the answer is worth more
   * than its buttons, so when Redis is down the answer is sent and its buttons say it expired.
   */
  async put(state: AnswerState): Promise<string> {
    const key = newAnswerKey();
    await this.redis.call("answer-put", (c) => c.set(`answer:${key}`, JSON.stringify(state), "PX", this.ttlMs)).catch(() => undefined);
    return key;
  }

  async get(key: string): Promise<AnswerState | undefined> {
    let raw: string | null;
    try {
      raw = await this.redis.call("answer-get", (c) => c.get(`answer:${key}`));
    } catch (err) {
      throw unavailable(err);
    }
    if (raw === null) return undefined;
    const parsed = AnswerStateJson.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }
}

/**
 * The sliding window as one atomic script on a sorted set of the member's recent questions,
 * timed by Redis's own clock so processes on different machines agree. Returns -1 when the
 * question is allowed, else the milliseconds until the oldest one leaves the window.
 */
const SLIDING_WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return -1
`;

export class RedisCooldown implements CooldownLimit {
  readonly limit: number;
  readonly windowMs: number;

  constructor(
    private readonly redis: SharedRedis,
    options: { limit?: number; windowMs?: number } = {},
  ) {
    this.limit = options.limit ?? DEFAULT_COOLDOWN.limit;
    this.windowMs = options.windowMs ?? DEFAULT_COOLDOWN.windowMs;
  }

  /** Lets the question through when Redis does not answer: a rate limit must not silence everyone. */
  async take(member: string): Promise<CooldownResult> {
    try {
      const wait = Number(await this.redis.call("cooldown", (c) => c.eval(SLIDING_WINDOW, 1, `cooldown:${member}`, this.windowMs, this.limit, randomUUID())));
      return wait < 0 ? { ok: true } : { ok: false, retryAfterMs: wait };
    } catch {
      return { ok: true };
    }
  }
}

export class RedisVotes implements VoteStore {
  constructor(
    private readonly redis: SharedRedis,
    private readonly ttlMs: number = DEFAULT_ANSWER_STORE.ttlMs,
  ) {}

  async record(vote: Vote): Promise<VoteOutcome> {
    try {
      // SET … GET: the new vote and the previous one in one atomic step.
      const previous = await this.redis.call("vote", (c) => c.set(`vote:${voteKey(vote)}`, vote.verdict, "PX", this.ttlMs, "GET"));
      return voteOutcome(previous, vote.verdict);
    } catch (err) {
      throw unavailable(err);
    }
  }
}
