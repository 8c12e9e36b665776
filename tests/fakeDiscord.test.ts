import { once } from "node:events";
import { createInflate } from "node:zlib";
import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, PermissionFlagsBits, REST, Routes, SlashCommandBuilder, type Interaction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { expectValidCallback, SpecViolation, validateAll, validateRequest } from "./helpers/discordSpec.js";
import { DiscordErrors, startFakeDiscord, stringOption, type FakeDiscord } from "./helpers/fakeDiscord.js";

const TOKEN = "fake-harness-token.Gxyz.0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * The harness itself: the real discord.js Client (its REST and WebSocket layers unchanged)
 * logs in to the fake, keeps its session through faults and answers interactions.
 */
describe("the fake Discord, driven by the real discord.js Client", () => {
  let fake: FakeDiscord;
  let client: Client;
  const handlerErrors: { id: string; error: unknown }[] = [];
  const callbackMessageIds = new Map<string, string | undefined>();

  async function handle(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      const typed = i.options.getFocused();
      await i.respond(["treaty", "trade", "troops"].filter((c) => c.startsWith(typed)).map((c) => ({ name: c, value: c })));
    } else if (i.isChatInputCommand() && i.commandName === "ping") {
      await i.reply({ content: `pong ${i.options.getString("word") ?? ""}`.trim(), allowedMentions: { parse: [] } });
    } else if (i.isChatInputCommand() && i.commandName === "slow") {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: "done thinking" });
      await i.followUp({ content: "and one more thing", flags: MessageFlags.Ephemeral });
    } else if (i.isChatInputCommand() && i.commandName === "receipt") {
      const response = await i.reply({ content: "with a receipt", withResponse: true });
      callbackMessageIds.set(i.id, response.resource?.message?.id);
    } else if (i.isChatInputCommand() && i.commandName === "file") {
      await i.reply({ content: "a file", files: [{ attachment: Buffer.from("hello file"), name: "hello.txt" }] });
    } else if (i.isChatInputCommand() && i.commandName === "long") {
      await i.reply({ content: "x".repeat(2001) });
    } else if (i.isButton()) {
      await i.update({ content: `pressed ${i.customId}`, components: [] });
    } else if (i.isMessageContextMenuCommand()) {
      await i.targetMessage.pin();
      await i.reply({ content: "pinned", flags: MessageFlags.Ephemeral });
    }
  }

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatInterval: 250, token: TOKEN });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl, retries: 2 } });
    client.on(Events.InteractionCreate, (i) => void handle(i).catch((error) => handlerErrors.push({ id: i.id, error })));
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it("logs in: /gateway/bot, v=10&encoding=json without compression, IDENTIFY with token and intents, READY and the guild", async () => {
    expect(fake.requests.some((r) => r.method === "GET" && r.path === "/gateway/bot" && r.version === 10)).toBe(true);
    expect(fake.connections[0]?.url).toBe(`${fake.gatewayUrl}/?v=10&encoding=json`);
    expect(fake.identifyCount).toBe(1);
    expect(fake.lastIdentify).toMatchObject({ token: TOKEN, intents: GatewayIntentBits.Guilds, compress: false, shard: [0, 1] });
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.name).toBe("Treaty readers");
    expect(guild?.channels.cache.get(fake.channelId)?.name).toBe("treaty");
    expect(guild?.members.me?.permissions.has(PermissionFlagsBits.PinMessages)).toBe(true);
    // Authorization is readable by tests but never printed.
    const me = fake.requests.find((r) => r.path === "/gateway/bot")!;
    expect(me.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(JSON.stringify(me)).not.toContain(TOKEN);
  });

  it("delivers a slash command; the recorded reply validates against Discord's OpenAPI schema", async () => {
    const since = fake.requests.length;
    const i = fake.dispatchInteraction(fake.chatInput({ name: "ping", options: [stringOption("word", "hi")] }));
    const body = await fake.interactionReply(i);
    expect(body).toEqual({ type: 4, data: expect.objectContaining({ content: "pong hi", allowed_mentions: { parse: [] } }) });
    expectValidCallback(body);
    const callback = await fake.interactionCallback(i);
    expect(callback.query.get("with_response")).toBe("false");
    expect(callback.headers.authorization).toBeUndefined(); // discord.js sends callbacks with auth: false
    expect(fake.originalMessage(i)?.content).toBe("pong hi");
    validateAll(fake.requests.slice(since));
  });

  it("a 500 injected once: discord.js retries and the reply still arrives", async () => {
    const fault = fake.injectRestError({ method: "POST", path: "/interactions/:id/:token/callback", ...DiscordErrors.serverError });
    const i = fake.dispatchInteraction(fake.chatInput({ name: "ping", options: [stringOption("word", "again")] }));
    expect((await fake.interactionReply(i)).data.content).toBe("pong again");
    const attempts = fake.requests.filter((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(attempts.map((r) => r.status)).toEqual([500, 204]);
    expect(fault.hits).toBe(1);
  });

  it("a 429 with retry-after: discord.js waits and retries", async () => {
    fake.injectRateLimit({ method: "POST", path: /\/callback$/, retryAfter: 0.05 });
    const i = fake.dispatchInteraction(fake.chatInput({ name: "ping" }));
    expect((await fake.interactionReply(i)).data.content).toBe("pong");
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${i.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(50);
  });

  it("a 404 Unknown interaction (10062) reaches the handler as a DiscordAPIError", async () => {
    fake.injectRestError({ path: /\/callback$/, ...DiscordErrors.unknownInteraction });
    const i = fake.dispatchInteraction(fake.chatInput({ name: "ping" }));
    await expect.poll(() => handlerErrors.find((e) => e.id === i.id)?.error, { timeout: 3000 }).toBeInstanceOf(DiscordAPIError);
    expect((handlerErrors.find((e) => e.id === i.id)!.error as DiscordAPIError).code).toBe(10062);
  });

  it("defer, editReply, followUp: the deferred message is edited, the follow-up is new, all bodies valid", async () => {
    const since = fake.requests.length;
    const i = fake.dispatchInteraction(fake.chatInput({ name: "slow" }));
    expect(await fake.interactionReply(i)).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(await fake.interactionEdit(i)).toMatchObject({ content: "done thinking" });
    expect(await fake.interactionFollowUp(i)).toMatchObject({ content: "and one more thing", flags: MessageFlags.Ephemeral });
    const original = fake.originalMessage(i)!;
    expect(original.content).toBe("done thinking");
    expect(original.flags! & MessageFlags.Loading).toBe(0);
    expect(original.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(validateAll(fake.requests.slice(since))).toBe(3);
  });

  it("withResponse: the callback answers 200 with the created message", async () => {
    const i = fake.dispatchInteraction(fake.chatInput({ name: "receipt" }));
    await fake.interactionCallback(i);
    await expect.poll(() => callbackMessageIds.get(i.id)).toBe(fake.originalMessage(i)?.id);
  });

  it("multipart replies: payload_json is parsed and the file recorded", async () => {
    const i = fake.dispatchInteraction(fake.chatInput({ name: "file" }));
    const callback = await fake.interactionCallback(i);
    expect(callback.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(callback.files).toMatchObject([{ field: "files[0]", filename: "hello.txt" }]);
    expect(callback.files[0]!.data.toString()).toBe("hello file");
    expectValidCallback(callback.body);
    expect(fake.originalMessage(i)?.attachments[0]).toMatchObject({ filename: "hello.txt", size: 10 });
  });

  it("builds autocomplete, button and message-context-menu interactions discord.js accepts", async () => {
    const since = fake.requests.length;
    const auto = fake.dispatchInteraction(fake.autocomplete({ name: "ping", options: [stringOption("word", "tr")], focused: "word" }));
    expect(await fake.interactionReply(auto)).toEqual({ type: 8, data: { choices: ["treaty", "trade", "troops"].map((c) => ({ name: c, value: c })) } });

    const press = fake.dispatchInteraction(fake.button({ customId: "again" }));
    expect(await fake.interactionReply(press)).toMatchObject({ type: 7, data: { content: "pressed again", components: [] } });
    expect(fake.messages.get(press.message.id)?.content).toBe("pressed again");

    const target = fake.messageContextMenu({ name: "Pin it", targetMessage: { content: "pin me" }, permissions: PermissionFlagsBits.PinMessages });
    fake.dispatchInteraction(target);
    expect(await fake.interactionReply(target)).toMatchObject({ type: 4, data: { content: "pinned", flags: MessageFlags.Ephemeral } });
    expect(fake.isPinned(target.data.target_id)).toBe(true);
    expect(fake.requests.some((r) => r.method === "PUT" && r.path === `/channels/${fake.channelId}/messages/pins/${target.data.target_id}`)).toBe(true);

    expect(handlerErrors.filter((e) => [auto.id, press.id, target.id].includes(e.id))).toEqual([]);
    validateAll(fake.requests.slice(since));
  });

  it("answers 400 Invalid Form Body (50035) to a body Discord would refuse, like Discord", async () => {
    const i = fake.dispatchInteraction(fake.chatInput({ name: "long" }));
    await expect.poll(() => handlerErrors.find((e) => e.id === i.id)?.error, { timeout: 3000 }).toBeInstanceOf(DiscordAPIError);
    const error = handlerErrors.find((e) => e.id === i.id)!.error as DiscordAPIError;
    expect(error.code).toBe(50035);
    expect(error.message).toMatch(/data\.content/);
    expect(fake.originalMessage(i)).toBeUndefined();
  });

  it("channel messages: send, fetch, pins list", async () => {
    const channel = client.channels.cache.get(fake.channelId);
    if (!channel?.isSendable()) throw new Error("channel not sendable");
    const sent = await channel.send({ content: "hello channel", allowedMentions: { parse: [] } });
    expect(fake.messages.get(sent.id)?.content).toBe("hello channel");
    await sent.pin();
    const pins = await channel.messages.fetchPins();
    expect(pins.items.map((p) => p.message.id)).toContain(sent.id);
    await sent.delete();
    expect(fake.messages.has(sent.id)).toBe(false);
    validateRequest("POST", `/channels/${fake.channelId}/messages`, fake.requests.find((r) => r.method === "POST" && r.path.endsWith("/messages"))!.body);
  });

  it("dropGateway(4000): the client resumes at resume_gateway_url, gets the events it missed, and answers again", async () => {
    const answered = fake.requests.length;
    await fake.dropGateway(4000);
    // Dispatched while the client is away: replayed on RESUME.
    const missed = fake.dispatchInteraction(fake.chatInput({ name: "ping", options: [stringOption("word", "missed")] }));
    await fake.waitForResume(1);
    expect(fake.identifyCount).toBe(1);
    expect(fake.resumePayloads[0]).toMatchObject({ token: TOKEN, session_id: fake.sessionId });
    expect(fake.connections.at(-1)?.url).toBe(`${fake.resumeGatewayUrl}?v=10&encoding=json`);
    expect((await fake.interactionReply(missed)).data.content).toBe("pong missed");

    const after = fake.dispatchInteraction(fake.chatInput({ name: "ping", options: [stringOption("word", "after")] }));
    expect((await fake.interactionReply(after)).data.content).toBe("pong after");
    expect(fake.requests.length).toBeGreaterThan(answered);
  });

  it("an abnormal close (no close frame) also resumes", async () => {
    await fake.dropGateway("abnormal");
    await fake.waitForResume(2);
    const i = fake.dispatchInteraction(fake.chatInput({ name: "ping", options: [stringOption("word", "still here")] }));
    expect((await fake.interactionReply(i)).data.content).toBe("pong still here");
    expect(fake.identifyCount).toBe(1);
    expect(fake.heartbeatCount).toBeGreaterThan(0);
  });
});

describe("the fake Discord's REST on its own", () => {
  let fake: FakeDiscord | undefined;
  afterAll(async () => {
    await fake?.close();
    await fake?.close(); // idempotent
  });

  it("echoes command registration (discord.js REST + SlashCommandBuilder) with ids, and refuses a missing token", async () => {
    fake = await startFakeDiscord();
    const rest = new REST({ api: fake.apiUrl }).setToken("t".repeat(30));
    const command = new SlashCommandBuilder().setName("ping").setDescription("Answers").addStringOption((o) => o.setName("word").setDescription("A word").setAutocomplete(true));
    const echoed = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), { body: [command.toJSON()] })) as { id: string; name: string; guild_id: string }[];
    expect(echoed).toMatchObject([{ name: "ping", guild_id: fake.guildId, id: expect.stringMatching(/^\d+$/) }]);
    const put = await fake.waitForRequest({ method: "PUT", path: "/applications/:app/guilds/:guild/commands" });
    validateRequest(put.method, put.path, put.body);
    // Known spec mismatch: discord.js sends default_member_permissions as a string, the OpenAPI
    // description wants a number. The fake accepts it (Discord does); validateRequest reports it.
    const guarded = new SlashCommandBuilder().setName("pin").setDescription("Pins").setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages);
    await rest.put(Routes.applicationCommands(fake.applicationId), { body: [guarded.toJSON()] });
    const global = await fake.waitForRequest({ method: "PUT", path: "/applications/:app/commands" });
    expect(global.status).toBe(200);
    expect(() => validateRequest(global.method, global.path, global.body)).toThrow(/default_member_permissions: .*known mismatch/);
    // The next slash command carries the registered id.
    expect(fake.chatInput({ name: "ping" }).data.id).toBe(echoed[0]!.id);

    const anonymous = new REST({ api: fake.apiUrl, retries: 0 });
    await expect(anonymous.get(Routes.user("@me"), { auth: false })).rejects.toMatchObject({ status: 401 });
    await expect(rest.get("/no/such/route" as `/${string}`)).rejects.toMatchObject({ status: 404, rawError: { code: 0 } });
    await expect(fake.waitForRequest({ path: "/never" }, 50)).rejects.toThrow(/GET \/users\/@me → 401/);
  });

  it("speaks zlib-stream when a client asks for it", async () => {
    fake ??= await startFakeDiscord();
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate();
    ws.on("message", (data: Buffer) => inflate.write(data));
    const [chunk] = (await once(inflate, "data")) as [Buffer];
    expect(JSON.parse(chunk.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 10_000 } });
    ws.terminate();
    inflate.destroy();
  });

  it("rejects bodies Discord would reject, and routes it has no schema for", () => {
    const path = "/interactions/1/tok/callback";
    expect(() => validateRequest("POST", path, { type: 4, data: { content: "x".repeat(2001) } })).toThrow(SpecViolation);
    expect(() => validateRequest("POST", path, { type: 4, data: { allowed_mentions: { parse: ["everybody"] } } })).toThrow(/allowed_mentions\.parse\.0/);
    expect(() => validateRequest("POST", path, { type: 8, data: { choices: Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `${n}` })) } })).toThrow(SpecViolation);
    expect(() => validateRequest("POST", path, { type: 4, data: { content: "hi", ephemeral: true } })).toThrow(/data\.ephemeral: not in Discord's OpenAPI/);
    expect(() => validateRequest("POST", path, { type: 42 })).toThrow(/type 42/);
    expect(() => validateRequest("POST", "/unknown/route", {})).toThrow(/no route POST \/unknown\/route/);
    expect(() => validateRequest("PUT", "/channels/1/messages/pins/2", { oops: true })).toThrow(/takes no body/);
    expect(validateRequest("POST", path, { type: 4, data: { content: "fine", allowed_mentions: { parse: [] } } })).toBe("CreateMessageInteractionCallbackRequest");
    expect(validateRequest("PATCH", "/api/v10/webhooks/1/tok/messages/@original?with_components=true", { content: "edit" })).toBe("IncomingWebhookUpdateRequestPartial");
  });
});
