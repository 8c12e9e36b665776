import { Client, GatewayIntentBits, REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { SpecViolation, validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";

/** The harness itself: the real discord.js Client must be able to live on it. */
describe("the fake Discord", () => {
  let fake: FakeDiscord | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await fake?.close();
    client = fake = undefined;
  });

  async function connect() {
    fake = await FakeDiscord.start({ heartbeatInterval: 500 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl, retries: 2 } });
    client.on("interactionCreate", async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: `pong ${i.options.getString("word") ?? ""}`, allowedMentions: { parse: [] } });
    });
    const ready = new Promise<void>((r) => client!.once("clientReady", () => r()));
    await client.login("fake-token-for-the-harness");
    await ready;
    return { fake, client };
  }

  it("serves the Gateway address from /gateway/bot and logs the client in", async () => {
    const { fake, client } = await connect();
    expect(fake.requests.some((r) => r.method === "GET" && r.path === "/gateway/bot")).toBe(true);
    expect(client.guilds.cache.get(fake.guildId)?.name).toBe("Treaty readers");
    expect(client.user?.id).toBe(fake.botUser.id);
  });

  it("delivers interactions and records the reply", async () => {
    const { fake } = await connect();
    const i = fake.dispatchInteraction(fake.chatInput("ping", [{ name: "word", type: 3, value: "hi" }]));
    const cb = await fake.interactionCallback(i);
    expect(cb.body).toMatchObject({ type: 4, data: { content: "pong hi" } });
    validateRequest(cb.method, cb.path, cb.body);
  });

  it("injects a REST error once; discord.js retries a 500 and the reply arrives", async () => {
    const { fake } = await connect();
    fake.injectRestError({ method: "POST", path: /\/callback$/, status: 500 });
    const i = fake.dispatchInteraction(fake.chatInput("ping"));
    await fake.waitForRequest((r) => r.path.endsWith("/callback"), { timeoutMs: 5000 });
    const calls = () => fake.requests.filter((r) => r.path === `/interactions/${i.id}/${i.token}/callback`).length;
    await expect.poll(calls, { timeout: 5000 }).toBe(2);
  });

  it("drops the Gateway; the client resumes and is served again", async () => {
    const { fake } = await connect();
    fake.dropGateway(4000);
    await fake.waitForReady(2);
    expect(fake.resumes).toBe(1);
    const i = fake.dispatchInteraction(fake.chatInput("ping", [{ name: "word", type: 3, value: "again" }]));
    expect((await fake.interactionCallback(i)).body.data.content).toBe("pong again");
  });

  it("rejects bodies Discord would reject", () => {
    const path = "/interactions/1/tok/callback";
    expect(() => validateRequest("POST", path, { type: 4, data: { content: "x".repeat(2001) } })).toThrow(SpecViolation);
    expect(() => validateRequest("POST", path, { type: 4, data: { allowed_mentions: { parse: ["everybody"] } } })).toThrow(SpecViolation);
    expect(() => validateRequest("POST", path, { type: 8, data: { choices: Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `${n}` })) } })).toThrow(SpecViolation);
    expect(() => validateRequest("POST", "/unknown/route", {})).toThrow(/No OpenAPI schema/);
    expect(() => validateRequest("POST", path, { type: 4, data: { content: "fine", allowed_mentions: { parse: [] } } })).not.toThrow();
  });

  it("records command registration through discord.js REST", async () => {
    fake = await FakeDiscord.start();
    const rest = new REST({ api: fake.apiUrl }).setToken("t");
    await rest.put(Routes.applicationCommands(fake.applicationId), { body: [{ name: "x", description: "y" }] });
    const put = await fake.waitForRequest((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
  });
});
