import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIInteraction, type APIMessage, type APIUser, MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRY_AGAIN_SOON } from "../src/redis/stores.js";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { RedisServer } from "./helpers/redisServer.js";
import { publicKeyHex, signed } from "./helpers/signedRequests.js";
import { spawnBot } from "./helpers/spawnBot.js";

/**
 * Many processes, one bot: two `start:http` replicas (real processes) with one REDIS_URL,
 * driven as Discord drives them (signed POSTs, answered inline). Whatever one replica
 * answered, the other serves its buttons; the cooldown counts across both; a restart of both
 * forgets nothing; Redis dying mid-run costs buttons a polite "try again", never an answer or
 * a process.
 */
type Replica = Awaited<ReturnType<typeof startReplica>>;

let fake: FakeDiscord;
let redis: RedisServer;
let dir: string;
const running = new Set<Replica>();

async function startReplica() {
  const bot = spawnBot("src/httpBot.ts", {
    DISCORD_PUBLIC_KEY: publicKeyHex,
    PORT: "0",
    DISCORD_API_URL: fake.apiUrl,
    INDEX_FILE: join(dir, "index.json"),
    CORPUS_DIR: join(dir, "corpus"),
    REDIS_URL: redis.url,
    DISCORD_APPLICATION_ID: fake.applicationId,
  });
  const lines = () => bot.output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, any>);
  const deadline = Date.now() + 20_000;
  let listening: Record<string, any> | undefined;
  while (!(listening = lines().find((l) => l.msg === "listening for interactions"))) {
    if (bot.child.exitCode !== null || Date.now() > deadline) {
      bot.child.kill("SIGKILL");
      throw new Error(`the replica did not start:\n${bot.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const port = listening.port as number;
  const replica = {
    ...bot,
    port,
    lines,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      running.delete(replica);
      bot.child.kill("SIGTERM");
      return bot.exited;
    },
  };
  running.add(replica);
  return replica;
}

beforeAll(async () => {
  [fake, redis] = await Promise.all([FakeDiscord.start(), RedisServer.start()]);
  dir = mkdtempSync(join(tmpdir(), "treaty-replicas-"));
  // The replicas share one corpus folder (a copy of the project's, which the last test adds to).
  cpSync("corpus", join(dir, "corpus"), { recursive: true });
}, 30_000);
afterAll(async () => {
  await Promise.all([...running].map((r) => r.stop()));
  await fake?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Posts `interaction` to `replica` as Discord would and returns its inline response, after
 * checking it against Discord's OpenAPI description and handing it to the fake Discord (as
 * Discord would act on it), so the fake knows the messages and acknowledgements that follow.
 */
async function send(replica: Replica, interaction: APIInteraction) {
  const body = JSON.stringify(interaction);
  const res = await fetch(replica.url, { method: "POST", body, headers: signed(body) });
  expect(res.status).toBe(200);
  const reply = (await res.json()) as { type: number; data?: any };
  const callbackPath = `/interactions/${interaction.id}/${interaction.token}/callback`;
  validateRequest("POST", callbackPath, reply);
  const delivered = await fetch(`${fake.apiUrl}/v10${callbackPath}`, { method: "POST", body: JSON.stringify(reply), headers: { "content-type": "application/json" } });
  expect(delivered.status).toBeLessThan(300);
  return reply;
}

const ask = async (replica: Replica, user: APIUser, question: string, hide = false) => {
  const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: question }, ...(hide ? [{ name: "hide", type: 5, value: true } as const] : [])], { user });
  const reply = await send(replica, interaction);
  return { interaction, reply, message: fake.originalMessage(interaction) };
};

const press = (replica: Replica, customId: string, message: APIMessage, user: APIUser) => {
  const interaction = fake.button(customId, message, { user });
  return send(replica, interaction).then((reply) => ({ interaction, reply }));
};

/** The buttons of a message body, by label (or emoji). */
function buttons(data: { components?: any[] }): Map<string, string> {
  return new Map((data.components ?? []).flatMap((row: any) => row.components.map((b: any) => [b.label ?? b.emoji?.name, b.custom_id] as const)));
}

const ephemeral = (data: { flags?: number }) => ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe("two start:http replicas sharing one Redis", () => {
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    // The first builds and saves the index, the second loads it.
    a = await startReplica();
    b = await startReplica();
  }, 45_000);

  it("serves Next ▶, 👍 and Show to channel on replica B for an answer from replica A", async () => {
    const asker = fake.user("asker");
    const { reply, message } = await ask(a, asker, "when was the treaty renewed", true);
    expect(reply.type).toBe(4);
    expect(ephemeral(reply.data)).toBe(true);
    const ids = buttons(reply.data);

    const next = await press(b, ids.get("Next ▶")!, message!, asker);
    expect(next.reply.type).toBe(7); // the page turned in place
    expect(next.reply.data.content).toContain("**Q:** when was the treaty renewed");
    expect(next.reply.data.content).not.toBe(reply.data.content);

    const up = await press(b, ids.get("👍")!, message!, asker);
    expect(up.reply.data.content).toMatch(/Thanks/);
    // One vote per member: the same thumb on the other replica changes nothing; the other thumb changes it.
    expect((await press(a, ids.get("👍")!, message!, asker)).reply.data.content).toMatch(/already voted 👍/);
    expect((await press(a, ids.get("👎")!, message!, asker)).reply.data.content).toMatch(/Changed your vote to 👎/);

    // Show to channel: the hidden message says so (inline), the answer is posted as a follow-up.
    // The follow-up waits a moment at the fake, so the inline response reaches it first, as at Discord.
    fake.injectDelay({ method: "POST", path: /^\/webhooks\//, delayMs: 200 });
    const shown = await press(b, ids.get("Show to channel")!, message!, asker);
    expect(shown.reply.type).toBe(7);
    expect(shown.reply.data.content).toBe("Shown to the channel.");
    const followUp = await fake.waitForWebhook(shown.interaction, "POST", 10_000);
    validateRequest(followUp.method, followUp.path, followUp.body);
    expect(followUp.status).toBeLessThan(300);
    expect(ephemeral(followUp.body)).toBe(false);
    expect(followUp.body.content).toContain("last **renewed** in 2001");
  });

  it("refuses a member's 6th question in 20 s, whichever replica receives it", async () => {
    const eager = fake.user("eager");
    for (let i = 0; i < 5; i++) {
      const { reply } = await ask(i % 2 ? b : a, eager, `when was the treaty renewed ${i}`);
      expect(reply.data.content).not.toMatch(/faster than I can keep up/);
    }
    for (const replica of [a, b]) {
      const { reply } = await ask(replica, eager, "when was the treaty renewed");
      expect(ephemeral(reply.data)).toBe(true);
      expect(reply.data.content).toMatch(/You're asking faster than I can keep up \(5 questions per 20 s\)\. Please try again in \d+ s\./);
    }
    // Someone else is not held back.
    expect((await ask(b, fake.user("patient"), "when was the treaty renewed")).reply.data.content).toContain("last **renewed** in 2001");
  });

  it("shows the counters and the histogram on /metrics after traffic, and is healthy", async () => {
    const typed = await send(a, fake.autocomplete("treaty", [{ name: "question", type: 3, value: "when was it ren", focused: true } as any]));
    expect(typed.type).toBe(8);
    const forged = await press(a, "zz-forged-prefix-1:x", fake.addMessage({ author: fake.botUser }), fake.user("forger"));
    expect(forged.reply.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    const text = await (await fetch(`${a.url}/metrics`)).text();
    // Keystrokes are not questions, and forged button prefixes share one label.
    expect(text).toMatch(/^treaty_bot_interactions_total\{command="autocomplete:treaty",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^treaty_bot_interactions_total\{command="unknown",outcome="unknown-button"\} 1$/m);
    expect(text).not.toContain("zz-forged");
    expect(text).toMatch(/^treaty_bot_interactions_total\{command="treaty",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^treaty_bot_interactions_total\{command="button:page",outcome="ok"\} [1-9]|^treaty_bot_interactions_total\{command="button:fb",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^treaty_bot_interaction_duration_seconds_bucket\{le="0\.1",command="treaty"\} [1-9]/m);
    expect(text).toMatch(/^treaty_bot_interaction_duration_seconds_count\{command="treaty"\} [1-9]/m);
    expect(text).toMatch(/^treaty_bot_answers_total\{result="answered"\} [1-9]/m);
    expect(text).toMatch(/^treaty_bot_votes_total\{verdict="down"\} 1$/m);
    expect(text).toMatch(/^treaty_bot_articles_indexed [1-9]/m);
    expect(text).toMatch(/^treaty_bot_sentences_indexed [1-9]/m);
    expect(text).toMatch(/^treaty_bot_index_builds_total\{source="(built|loaded)"\} 1$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    const health = await fetch(`${b.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("keeps an answer's buttons working after both replicas restart", async () => {
    const asker = fake.user("before-deploy");
    const { reply, message } = await ask(b, asker, "when was the treaty renewed", true);
    const ids = buttons(reply.data);
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
    [a, b] = await Promise.all([startReplica(), startReplica()]);
    const next = await press(a, ids.get("Next ▶")!, message!, asker);
    expect(next.reply.type).toBe(7);
    expect(next.reply.data.content).toContain("**Q:** when was the treaty renewed");
    const up = await press(b, ids.get("👍")!, message!, asker);
    expect(up.reply.data.content).toMatch(/Thanks/);
  }, 45_000);

  it("survives Redis dying mid-run: questions answered, buttons politely refused, no process dies, all recovers", async () => {
    const asker = fake.user("outage");
    const before = await ask(a, asker, "when was the treaty renewed", true);
    await redis.kill();

    const during = await ask(b, asker, "when was the treaty renewed", true);
    expect(during.reply.data.content).toContain("last **renewed** in 2001");
    const refused = await press(a, buttons(before.reply.data).get("Next ▶")!, before.message!, asker);
    expect(ephemeral(refused.reply.data)).toBe(true);
    expect(refused.reply.data.content).toBe(TRY_AGAIN_SOON);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(503);
    // The cooldown lets questions through rather than blocking everyone.
    for (let i = 0; i < 6; i++) expect((await ask(i % 2 ? a : b, asker, "who signed the treaty")).reply.data.content).not.toMatch(/faster than/);
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();

    await redis.start();
    // Both replicas back on Redis: the answer is stored by one and read by the other.
    for (const r of [a, b]) await expect.poll(async () => (await fetch(`${r.url}/healthz`)).status, { timeout: 10_000, interval: 100 }).toBe(200);
    const after = await ask(a, asker, "when was the treaty renewed", true);
    const next = await press(b, buttons(after.reply.data).get("Next ▶")!, after.message!, asker);
    expect(next.reply.type).toBe(7);
    // The trouble was logged, at most once per replica (for a minute).
    for (const r of [a, b]) expect(r.lines().filter((l) => /Redis unavailable/.test(l.msg)).length).toBeLessThanOrEqual(1);
    expect(a.lines().filter((l) => /Redis unavailable/.test(l.msg)).length + b.lines().filter((l) => /Redis unavailable/.test(l.msg)).length).toBeGreaterThanOrEqual(1);
    expect(a.lines().filter((l) => l.level >= 50)).toEqual([]);
    expect(b.lines().filter((l) => l.level >= 50)).toEqual([]);
  }, 30_000);

  it("answers from an article added to the shared corpus folder, on every replica, within 10 s and without a restart", async () => {
    // A new member for each try, so that the cooldown never answers instead.
    let tries = 0;
    const reader = () => fake.user(`reader-${tries++}`);
    const question = "when did the treaty turn 65";
    writeFileSync(
      join(dir, "corpus", "004_sixty-fifth.md"),
      "---\nn: 5\ntitle: Treaty turns 65\npublisher: Test Wire\npublished: 2026-07-11\n---\nThe treaty turned 65 on July 11, 2026, with messages between Pyongyang and Beijing.\n",
    );
    for (const replica of [a, b]) {
      await expect
        .poll(async () => (await ask(replica, reader(), question, true)).reply.data.content as string, { timeout: 10_000, interval: 250 })
        .toContain("-# [5] Test Wire");
    }
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
  }, 30_000);
});
