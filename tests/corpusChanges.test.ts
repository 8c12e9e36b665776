import { spawnSync } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { connectRedis, type SharedRedis } from "../src/redis/connection.js";
import { type CorpusChange, type CorpusChanges, shareCorpusChanges } from "../src/redis/corpusChanges.js";
import { logCapture } from "./helpers/bot.js";
import { RedisServer } from "./helpers/redisServer.js";

/**
 * "The corpus changed" over Redis pub/sub, between processes (each its own connections, as
 * replicas and shards have): the announcement reaches every other process's reload, not the
 * announcer's own, not another application's, and again after Redis comes back.
 */
const APP = "100000000000000011";
let server: RedisServer;
const closing: (SharedRedis | CorpusChanges)[] = [];
const silent = createLogger({ level: "silent" });

beforeAll(async () => {
  server = await RedisServer.start();
});
afterAll(async () => {
  for (const c of closing.reverse()) await c.close();
  await server?.stop();
});

async function startProcess(app = APP, logger = silent) {
  const redis = await connectRedis(server.url, app, logger, { troubleIntervalMs: 0 });
  const reloads: CorpusChange[] = [];
  const changes = shareCorpusChanges(redis, (c) => void reloads.push(c), logger);
  closing.push(redis, changes);
  await changes.listening;
  return { redis, changes, reloads };
}

describe("corpus changes over Redis pub/sub", () => {
  it("one process's announcement reaches the others' reload, not its own nor another application's", async () => {
    const [a, b, c] = await Promise.all([startProcess(), startProcess(), startProcess()]);
    const stranger = await startProcess("100000000000000012");
    expect(await a.changes.announce("added 2024-renewal.md")).toBe(3); // a, b and c listen on the channel
    await expect.poll(() => b.reloads.length).toBe(1);
    await expect.poll(() => c.reloads.length).toBe(1);
    expect(b.reloads[0]).toMatchObject({ origin: a.changes.origin, reason: "added 2024-renewal.md" });
    expect(a.reloads).toEqual([]);
    expect(stranger.reloads).toEqual([]);

    // The channel carries the application id (channels are not keys: no client prefix applies).
    const raw = new Redis(server.url);
    expect(await raw.pubsub("CHANNELS", "*")).toEqual(expect.arrayContaining([`treaty-bot:${APP}:corpus-changed`, "treaty-bot:100000000000000012:corpus-changed"]));
    // Malformed announcements are ignored (and logged), not reloaded.
    await raw.publish(`treaty-bot:${APP}:corpus-changed`, "{not json");
    raw.disconnect();
    await b.changes.announce("removed old.md");
    await expect.poll(() => a.reloads.map((r) => r.reason)).toEqual(["removed old.md"]);
    expect(b.reloads).toHaveLength(1);
  });

  it("reaches a handler in this process from an announcement made by another process", async () => {
    const here = await startProcess("100000000000000015");
    // Another Node process, as another replica would be: connects, announces, exits.
    const script = `
      import { connectRedis } from "./src/redis/connection.ts";
      import { shareCorpusChanges } from "./src/redis/corpusChanges.ts";
      import { createLogger } from "./src/logger.ts";
      const logger = createLogger({ level: "silent" });
      const redis = await connectRedis(${JSON.stringify(server.url)}, "100000000000000015", logger);
      const changes = shareCorpusChanges(redis, () => {}, logger);
      await changes.listening;
      console.log(await changes.announce("added by another process"));
      await changes.close();
      await redis.close();`;
    const child = spawnSync(globalThis.process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe("2");
    await expect.poll(() => here.reloads.map((r) => r.reason)).toEqual(["added by another process"]);
  });

  it("a failing reload is logged and the next announcement still reloads", async () => {
    const capture = logCapture();
    const logger = createLogger({ level: "info", destination: capture.destination });
    const redis = await connectRedis(server.url, "100000000000000013", logger);
    let calls = 0;
    const changes = shareCorpusChanges(redis, () => {
      calls++;
      if (calls === 1) throw new Error("corpus folder unreadable");
    }, logger);
    closing.push(redis, changes);
    await changes.listening;
    const other = await startProcess("100000000000000013");
    await other.changes.announce("first");
    await other.changes.announce("second");
    await expect.poll(() => calls).toBe(2);
    expect(capture.parsed().filter((l) => l.msg === "could not reload the corpus after a change elsewhere")).toHaveLength(1);
  });

  it("keeps listening after Redis goes away and comes back", async () => {
    const [a, b] = await Promise.all([startProcess("100000000000000014"), startProcess("100000000000000014")]);
    await server.kill();
    await expect(a.changes.announce("during the outage")).rejects.toThrow();
    await server.start();
    await expect.poll(async () => a.changes.announce("after the outage").catch(() => 0), { timeout: 10_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => b.reloads.map((r) => r.reason).includes("after the outage"), { timeout: 5_000 }).toBe(true);
  });
});
