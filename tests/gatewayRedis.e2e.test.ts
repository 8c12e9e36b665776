import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIMessage, type APIUser, MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBot } from "./helpers/bot.js";
import { validateRequest } from "./helpers/discordSpec.js";
import { DEFAULT_MEMBER_PERMISSIONS, FakeDiscord } from "./helpers/fakeDiscord.js";
import { freePort, RedisServer } from "./helpers/redisServer.js";
import { spawnBot } from "./helpers/spawnBot.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

/**
 * The Gateway bot (`npm start`) and the sharded bot (`start:sharded`) with REDIS_URL: an
 * answer's buttons survive a restart, and METRICS_PORT serves /metrics (added up across the
 * shards) and /healthz.
 */
let redis: RedisServer;
beforeAll(async () => {
  redis = await RedisServer.start();
});
afterAll(() => redis?.stop());

const buttons = (data: { components?: any[] }) =>
  new Map<string, string>((data.components ?? []).flatMap((row: any) => row.components.map((b: any) => [b.label ?? b.emoji?.name, b.custom_id] as const)));

/** A hidden /treaty answer from the bot connected to `fake`, its Next ▶ id and the message it sits on. */
async function askHidden(fake: FakeDiscord, user: APIUser) {
  const interaction = fake.dispatchInteraction(
    fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was the treaty renewed" }, { name: "hide", type: 5, value: true }], { user }),
  );
  const callback = await fake.interactionCallback(interaction, 10_000);
  validateRequest(callback.method, callback.path, callback.body);
  expect(callback.body.data.content).toContain("last **renewed** in 2001");
  return { data: callback.body.data, next: buttons(callback.body.data).get("Next ▶")!, message: fake.originalMessage(interaction)! };
}

/** Presses `customId` on a copy of `message` in `fake` (which may be another fake than the one that saw it posted). */
async function press(fake: FakeDiscord, customId: string, message: APIMessage, user: APIUser) {
  const copy: Partial<APIMessage> = { content: message.content, components: message.components, flags: MessageFlags.Ephemeral, author: fake.botUser };
  const interaction = fake.dispatchInteraction(fake.button({ customId, message: fake.addMessage(copy), user }));
  const callback = await fake.interactionCallback(interaction, 10_000);
  validateRequest(callback.method, callback.path, callback.body);
  return callback.body;
}

describe("the Gateway bot with REDIS_URL", () => {
  it("keeps an answer's buttons working across a restart, and serves /metrics on METRICS_PORT", async () => {
    const env = { REDIS_URL: redis.url, DISCORD_APPLICATION_ID: "100000000000000042", METRICS_PORT: "0" };
    const first = await startTestBot(env);
    const asker = first.fake.user("gateway-asker");
    const { next, message } = await askHidden(first.fake, asker);
    const metrics = await (await fetch(`http://127.0.0.1:${first.bot.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^treaty_bot_interactions_total\{command="treaty",outcome="ok"\} [1-9]/m);
    expect(metrics).toMatch(/^treaty_bot_interaction_duration_seconds_count\{command="treaty"\} [1-9]/m);
    expect((await fetch(`http://127.0.0.1:${first.bot.metricsPort}/healthz`)).status).toBe(200);
    await first.stop();

    const second = await startTestBot(env);
    try {
      const page = await press(second.fake, next, message, asker);
      expect(page.type).toBe(7);
      expect(page.data.content).toContain("**Q:** when was the treaty renewed");
      expect(page.data.content).not.toMatch(/expired/);
      // Redis gone: /healthz says so.
      await redis.kill();
      expect((await fetch(`http://127.0.0.1:${second.bot.metricsPort}/healthz`)).status).toBe(503);
      await redis.start();
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${second.bot.metricsPort}/healthz`)).status, { timeout: 10_000 }).toBe(200);
    } finally {
      await second.stop();
    }
  }, 40_000);
});

describe("live reload with REDIS_URL", () => {
  it("announces a change made through /add-source, and another process reloads on the announcement", async () => {
    // The fake Discord's attachments are served from 127.0.0.1.
    const env = { REDIS_URL: redis.url, DISCORD_APPLICATION_ID: "100000000000000043", INDEX_FILE: join(tempCorpus(), "index.json"), SOURCE_URL_ALLOW_PRIVATE: "true" };
    // Separate folders, so that only the announcement (not its own folder watcher) can make the second one reload.
    const first = await startTestBot({ ...env, CORPUS_DIR: tempCorpus({}, "corpus") });
    const second = await startTestBot({ ...env, CORPUS_DIR: tempCorpus({}, "corpus"), INDEX_FILE: join(tempCorpus(), "index.json") });
    try {
      const moderator = { permissions: DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild };
      const { option, resolved } = first.fake.attachmentOption("file", "ferry.txt", "Ferry notes\n\nThe ferry between Dandong and Sinuiju resumed its crossings in the spring.\n", "text/plain");
      const preview = await first.fake.interactionCallback(first.fake.dispatchInteraction(first.fake.chatInput("add-source", [option], { ...moderator, resolved })), 10_000);
      const add = buttons(preview.body.data).get("Add to sources")!;
      const click = first.fake.dispatchInteraction(first.fake.button({ customId: add, ...moderator }));
      const confirmed = await first.fake.interactionCallback(click, 20_000);
      const content = confirmed.body.type === 5 ? (await first.fake.waitForWebhook(click, "PATCH", { timeoutMs: 20_000 })).body.content : confirmed.body.data.content;
      expect(content).toMatch(/^Added as \[5\]: “Ferry notes”\. The bot answers from it now\./);
      const reloadedBy = (logs: string[]) => logs.map((l) => JSON.parse(l)).filter((l) => l.msg === "reloaded the articles").map((l) => l.reasons);
      await expect.poll(() => reloadedBy(second.logs), { timeout: 20_000, interval: 100 }).toEqual([["changed elsewhere: add-source"]]);
      expect(second.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "corpus changed elsewhere: reloading")).toMatchObject({ reason: "add-source" });
      expect(reloadedBy(first.logs)[0]).toEqual(["add-source"]);
    } finally {
      await first.stop();
      await second.stop();
      removeTempCorpora();
    }
  }, 60_000);
});

describe("start:sharded with REDIS_URL", () => {
  let fake: FakeDiscord | undefined;
  let dir: string | undefined;
  const spawned: ReturnType<typeof spawnBot>[] = [];
  afterAll(async () => {
    // A failed test leaves no bot running.
    for (const bot of spawned) if (bot.child.exitCode === null) bot.child.kill("SIGTERM"); // the manager stops its shards
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("two shards: buttons survive a restart of the whole bot; /metrics adds up both shards", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    dir = mkdtempSync(join(tmpdir(), "treaty-shards-redis-"));
    const metricsPort = await freePort();
    const env = {
      DISCORD_TOKEN: "shard-test-token-0123456789abcdef",
      DISCORD_API_URL: fake.apiUrl,
      INDEX_FILE: join(dir, "index.json"),
      SHARD_COUNT: "2",
      REDIS_URL: redis.url,
      DISCORD_APPLICATION_ID: fake.applicationId,
      METRICS_PORT: String(metricsPort),
    };
    const first = spawnBot("src/shardManager.ts", env);
    spawned.push(first);
    await fake.waitForReady(2, 45_000);
    const asker = fake.user("shard-asker");
    const { next, message } = await askHidden(fake, asker);

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^treaty_bot_interactions_total\{command="treaty",outcome="ok"\} 1$/m);
    // Each shard loaded the saved index once: added up, two.
    expect(metrics).toMatch(/^treaty_bot_index_builds_total\{source="loaded"\} 2$/m);
    expect(metrics).toMatch(/^treaty_bot_articles_indexed [1-9]/m);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/healthz`)).status).toBe(200);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const second = spawnBot("src/shardManager.ts", env);
    spawned.push(second);
    try {
      await fake.waitForReady(4, 45_000);
      const page = await press(fake, next, message, asker);
      expect(page.type).toBe(7);
      expect(page.data.content).toContain("**Q:** when was the treaty renewed");
      expect(page.data.content).not.toMatch(/expired/);
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
    expect(first.output() + second.output()).not.toContain(env.DISCORD_TOKEN);
  }, 90_000);
});
