import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../src/discord/userError.js";
import { createLogger, scrubSecrets, secretsFrom } from "../src/logger.js";
import { registry } from "../src/metrics/metrics.js";
import { connectRedis, REDIS_TIMEOUT_MS, type SharedRedis } from "../src/redis/connection.js";
import { openSharedState } from "../src/redis/sharedState.js";
import { RedisAnswerStore, RedisCooldown, RedisVotes, TRY_AGAIN_SOON } from "../src/redis/stores.js";
import { logCapture } from "./helpers/bot.js";
import { RedisServer } from "./helpers/redisServer.js";

/**
 * The Redis-backed stores over a real redis-server, each "process" being its own connection
 * (as two replicas would have): what one writes the other reads, the cooldown counts across
 * them atomically, and an outage degrades without throwing where it must not.
 */
const APP = "100000000000000001";
const OTHER_APP = "100000000000000002";
const state = { question: "when was it renewed", askerId: "200000000000000001", hidden: true, mentionId: "200000000000000002" };

let server: RedisServer;
const opened: SharedRedis[] = [];
const silent = createLogger({ level: "silent" });
async function connect(app = APP, logger = silent, options = {}) {
  const redis = await connectRedis(server.url, app, logger, options);
  opened.push(redis);
  return redis;
}
const errorsCounted = async () => ((await registry.getSingleMetric("treaty_bot_redis_errors_total")!.get()).values as { value: number }[]).reduce((s, v) => s + v.value, 0);

beforeAll(async () => {
  server = await RedisServer.start();
});
afterAll(async () => {
  for (const r of opened) await r.close();
  await server?.stop();
});

describe("Redis stores (two connections, one Redis)", () => {
  it("an answer stored through one connection is read through another, under a key prefixed with the application id", async () => {
    const a = new RedisAnswerStore(await connect());
    const b = new RedisAnswerStore(await connect());
    const key = await a.put(state);
    expect(key).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(await b.get(key)).toEqual(state);
    expect(await b.get("AAAAAAAAAAA")).toBeUndefined();
    // Another application on the same Redis sees none of it.
    expect(await new RedisAnswerStore(await connect(OTHER_APP)).get(key)).toBeUndefined();

    const raw = new Redis(server.url);
    expect(await raw.get(`treaty-bot:${APP}:answer:${key}`)).toBe(JSON.stringify(state));
    // The same expiry as in memory (6 hours).
    const ttl = await raw.pttl(`treaty-bot:${APP}:answer:${key}`);
    expect(ttl).toBeGreaterThan(a.ttlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(a.ttlMs);
    raw.disconnect();
    expect(a.shared).toBe(true);
  });

  it("forgets an answer after its time to live", async () => {
    const store = new RedisAnswerStore(await connect(), 150);
    const key = await store.put(state);
    expect(await store.get(key)).toEqual(state);
    await new Promise((r) => setTimeout(r, 250));
    expect(await store.get(key)).toBeUndefined();
  });

  it("the cooldown counts a member's questions across connections and refuses the 6th in 20 s", async () => {
    const [a, b] = [new RedisCooldown(await connect()), new RedisCooldown(await connect())];
    for (let i = 0; i < 5; i++) expect(await (i % 2 ? b : a).take("alice")).toEqual({ ok: true });
    const refused = await b.take("alice");
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThan(19_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(20_000);
    }
    expect(await a.take("alice")).toMatchObject({ ok: false });
    expect(await a.take("bob")).toEqual({ ok: true });
  });

  it("the cooldown is atomic: 20 questions at once from two connections let exactly `limit` through", async () => {
    const [a, b] = [new RedisCooldown(await connect(), { limit: 5 }), new RedisCooldown(await connect(), { limit: 5 })];
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take("racer")));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
  });

  it("the cooldown's window slides: a place frees when the oldest question leaves it", async () => {
    const cooldown = new RedisCooldown(await connect(), { limit: 2, windowMs: 400 });
    expect((await cooldown.take("slider")).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect((await cooldown.take("slider")).ok).toBe(true);
    const refused = await cooldown.take("slider");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterMs).toBeLessThanOrEqual(200);
    await new Promise((r) => setTimeout(r, 250));
    expect((await cooldown.take("slider")).ok).toBe(true);
    expect((await cooldown.take("slider")).ok).toBe(false);
  });

  it("one vote per member per page: the same thumb again changes nothing, the other changes it, whichever connection", async () => {
    const [a, b] = [new RedisVotes(await connect()), new RedisVotes(await connect())];
    const vote = { answerKey: "AAAAAAAAAAB", offset: 0, userId: "300000000000000001", verdict: "up" as const };
    expect(await a.record(vote)).toBe("new");
    expect(await b.record(vote)).toBe("same");
    expect(await b.record({ ...vote, verdict: "down" })).toBe("changed");
    expect(await a.record({ ...vote, verdict: "down" })).toBe("same");
    expect(await a.record({ ...vote, userId: "300000000000000002" })).toBe("new");
    expect(await a.record({ ...vote, offset: 3 })).toBe("new");
  });
});

describe("Redis down", () => {
  it("times out, degrades politely, logs once, and recovers by itself when Redis returns", async () => {
    const capture = logCapture();
    const logger = createLogger({ level: "info", destination: capture.destination });
    const redis = await connect(APP, logger);
    const answers = new RedisAnswerStore(redis);
    const cooldown = new RedisCooldown(redis, { limit: 1 });
    const votes = new RedisVotes(redis);
    const key = await answers.put(state);
    expect((await cooldown.take("carol")).ok).toBe(true);
    expect((await cooldown.take("carol")).ok).toBe(false);
    const errorsBefore = await errorsCounted();

    await server.kill();
    // Buttons: a polite "try again in a moment" (a UserError the router answers with), fast.
    const started = performance.now();
    const failure = await answers.get(key).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).reply).toBe(TRY_AGAIN_SOON);
    expect((failure as UserError).outcome).toBe("store-unavailable");
    expect(performance.now() - started).toBeLessThan(REDIS_TIMEOUT_MS + 200);
    await expect(votes.record({ answerKey: key, offset: 0, userId: "1", verdict: "up" })).rejects.toBeInstanceOf(UserError);
    // The cooldown lets questions through rather than blocking everyone; answers still get a key.
    for (let i = 0; i < 10; i++) expect(await cooldown.take("carol")).toEqual({ ok: true });
    expect(await answers.put(state)).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(await redis.reachable()).toBe(false);
    await new Promise((r) => setTimeout(r, 300)); // a few reconnect attempts fail meanwhile

    // Many failures, one log line.
    const trouble = capture.parsed().filter((l) => /Redis unavailable/.test(l.msg));
    expect(trouble).toHaveLength(1);
    expect(trouble[0]!.level).toBe(40);
    expect(await errorsCounted()).toBeGreaterThanOrEqual(errorsBefore + 13);

    await server.start();
    await expect.poll(() => redis.reachable(), { timeout: 5_000, interval: 100 }).toBe(true);
    // The restarted Redis is empty (nothing persisted): the old answer is gone, new ones work.
    expect(await answers.get(key)).toBeUndefined();
    const fresh = await answers.put(state);
    expect(await answers.get(fresh)).toEqual(state);
    expect((await cooldown.take("dave")).ok).toBe(true);
    expect((await cooldown.take("dave")).ok).toBe(false);
    expect(capture.parsed().filter((l) => l.msg === "Redis reachable again")).toHaveLength(1);
    expect(capture.parsed().filter((l) => /Redis unavailable/.test(l.msg))).toHaveLength(1);
  });
});

describe("Redis hung", () => {
  it("gives up on a call after about 250 ms, and logs trouble again only after the interval", async () => {
    const capture = logCapture();
    const logger = createLogger({ level: "info", destination: capture.destination });
    const redis = await connect(APP, logger, { troubleIntervalMs: 400 });
    const answers = new RedisAnswerStore(redis);
    const cooldown = new RedisCooldown(redis);
    const key = await answers.put(state);
    server.pause();
    try {
      let started = performance.now();
      await expect(answers.get(key)).rejects.toBeInstanceOf(UserError);
      const waited = performance.now() - started;
      expect(waited).toBeGreaterThanOrEqual(REDIS_TIMEOUT_MS - 10);
      expect(waited).toBeLessThan(REDIS_TIMEOUT_MS + 250);
      started = performance.now();
      expect(await cooldown.take("erin")).toEqual({ ok: true });
      expect(performance.now() - started).toBeLessThan(REDIS_TIMEOUT_MS + 250);
      expect(capture.parsed().filter((l) => /Redis unavailable/.test(l.msg))).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 450));
      await expect(answers.get(key)).rejects.toBeInstanceOf(UserError);
      const lines = capture.parsed().filter((l) => /Redis unavailable/.test(l.msg));
      expect(lines).toHaveLength(2);
      expect(lines[1]!.failuresSinceLastLine).toBeGreaterThanOrEqual(1);
    } finally {
      server.resume();
    }
    await expect.poll(async () => (await answers.get(key).catch(() => "down")) as unknown, { timeout: 5_000, interval: 100 }).toEqual(state);
  });
});

describe("REDIS_URL", () => {
  it("is optional: without it there is no shared state and nothing to reach", async () => {
    const shared = await openSharedState({}, silent);
    expect(shared.context).toEqual({});
    expect(shared.redis).toBeUndefined();
    expect(await shared.reachable()).toBe(true);
  });

  it("keeps its password out of the logs", () => {
    const env = { REDIS_URL: "redis://bot:s3cret%2Fpassw0rd@redis.internal:6379" };
    expect(secretsFrom(env)).toEqual(["s3cret/passw0rd"]);
    expect(scrubSecrets("auth s3cret/passw0rd failed", secretsFrom(env))).toBe("auth [redacted] failed");
  });

  it("is validated, and needs DISCORD_APPLICATION_ID for its key prefix", async () => {
    await expect(openSharedState({ REDIS_URL: "http://127.0.0.1:6379" }, silent)).rejects.toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    await expect(openSharedState({ REDIS_URL: server.url }, silent)).rejects.toThrow(/DISCORD_APPLICATION_ID is not set/);
    const shared = await openSharedState({ REDIS_URL: server.url, DISCORD_APPLICATION_ID: APP }, silent);
    expect(shared.redis!.prefix).toBe(`treaty-bot:${APP}:`);
    expect(Object.keys(shared.context).sort()).toEqual(["answers", "cooldown", "votes"]);
    expect(await shared.reachable()).toBe(true);
    await shared.close();
  });
});
