import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAnswerReply } from "../src/answer/discordReply.js";
import { type Command, createBotContext } from "../src/discord/command.js";
import { createInteractionServer } from "../src/discord/httpInteractions.js";
import { respond } from "../src/discord/respond.js";
import { createRouter } from "../src/discord/router.js";
import { startHttpBot } from "../src/httpBot.js";
import { createLogger } from "../src/logger.js";
import { buildAnswerer, pipelineFor } from "../src/pipeline.js";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { publicKeyHex, signed } from "./helpers/signedRequests.js";

/** The HTTP-interactions transport, driven as Discord drives it: signed POSTs with a real Ed25519 key pair. */
const otherKey = generateKeyPairSync("ed25519").privateKey;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const silent = () => new Writable({ write: (_c, _e, cb) => cb() });

describe("HTTP interactions (npm run start:http)", () => {
  let fake: FakeDiscord;
  let bot: Awaited<ReturnType<typeof startHttpBot>>;
  let url: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const dir = mkdtempSync(join(tmpdir(), "treaty-http-"));
    made.push(dir);
    bot = await startHttpBot(
      { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: "0", DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", INDEX_FILE: join(dir, "index.json"), LOG_LEVEL: "info" },
      { logDestination: silent() },
    );
    url = `http://127.0.0.1:${bot.port}/interactions`;
  });
  afterAll(async () => {
    await bot?.stop("test");
    await fake?.close();
  });

  const post = (body: string, headers: Record<string, string>) => fetch(url, { method: "POST", body, headers });

  it("answers Discord's PING with a PONG", async () => {
    const body = JSON.stringify({ id: "1", application_id: fake.applicationId, type: 1, token: "t", version: 1 });
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it("answers a signed /treaty inline, in a body Discord's OpenAPI description accepts", async () => {
    const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]);
    const body = JSON.stringify(interaction);
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as any;
    validateRequest("POST", `/interactions/${interaction.id}/${interaction.token}/callback`, reply);
    expect(reply.type).toBe(4);
    expect(reply.data.content).toContain("> The agreement was last **renewed** in 2001.");
    expect(reply.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Inline means no callback request went to Discord's REST API.
    expect(fake.requests.filter((r) => r.path.includes(interaction.token))).toEqual([]);
  });

  it("refuses a bad signature with 401 and runs nothing", async () => {
    const interaction = fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]);
    const body = JSON.stringify(interaction);
    expect((await post(body, signed(body, { key: otherKey }))).status).toBe(401);
    const tampered = body.replace("renewed", "signed!");
    expect((await post(tampered, signed(body))).status).toBe(401);
    expect((await post(body, { "content-type": "application/json" })).status).toBe(401);
  });

  it("refuses a correctly signed but stale request with 401 (a replay)", async () => {
    const body = JSON.stringify({ id: "2", application_id: fake.applicationId, type: 1, token: "t", version: 1 });
    const res = await post(body, signed(body, { timestamp: Math.floor(Date.now() / 1000) - 600 }));
    expect(res.status).toBe(401);
  });

  it("refuses an oversized body with 413 before checking anything", async () => {
    const body = JSON.stringify({ type: 1, padding: "x".repeat(300 * 1024) });
    const res = await post(body, signed(body));
    expect(res.status).toBe(413);
  });
});

describe("HTTP interactions: a command slower than the deadline", () => {
  let fake: FakeDiscord;
  let server: ReturnType<typeof createInteractionServer>;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const logger = createLogger({ level: "silent", secrets: [], destination: silent() });
    const answerer = buildAnswerer("corpus");
    // A real command that takes its time (as one waiting on a slow service would).
    const slow: Command = {
      data: new SlashCommandBuilder().setName("slow").setDescription("slow").toJSON(),
      async execute(interaction, ctx) {
        await new Promise((r) => setTimeout(r, 400));
        await respond(interaction, formatAnswerReply(await ctx.answerer.answer("when was it renewed")));
      },
    };
    const router = createRouter([slow], [], createBotContext(pipelineFor(answerer), logger));
    server = createInteractionServer({ publicKey: publicKeyHex, router, logger, apiUrl: fake.apiUrl, deferAfterMs: 100 });
    server.server.listen(0, "127.0.0.1");
    await new Promise((r) => server.server.once("listening", r));
  });
  afterAll(async () => {
    server?.server.close();
    await server?.client.destroy();
    await fake?.close();
  });

  it("is deferred inline, then its answer edits the deferred message over REST", async () => {
    const interaction = fake.chatInput("slow");
    const body = JSON.stringify(interaction);
    const { port } = server.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body, headers: signed(body) });
    expect(res.status).toBe(200);
    const ack = (await res.json()) as any;
    expect(ack.type).toBe(5);
    validateRequest("POST", `/interactions/${interaction.id}/${interaction.token}/callback`, ack);
    const edit = await fake.waitForWebhook(interaction, "PATCH");
    validateRequest(edit.method, edit.path, edit.body);
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
    expect(edit.body.content).toContain("last **renewed** in 2001");
  });
});
