import { MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAll, validateRequest } from "./helpers/discordSpec.js";
import { startTestBot, TEST_TOKEN } from "./helpers/bot.js";

/** The real bot (discord.js Client, router, /treaty) against the local fake Discord. */
describe("/treaty end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("connects with the Guilds intent only and the configured token", () => {
    expect(t.fake.identifies).toHaveLength(1);
    expect(t.fake.identifies[0].intents).toBe(1);
    expect(t.fake.identifies[0].token).toBe(TEST_TOKEN);
  });

  it("answers /treaty with the 2001 renewal sentence, cited, mentioning no one", async () => {
    const interaction = t.fake.dispatchInteraction(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]));
    const callback = await t.fake.interactionCallback(interaction);
    validateRequest(callback.method, callback.path, callback.body);
    expect(callback.body.type).toBe(4);
    const data = callback.body.data;
    expect(data.content).toContain("> The agreement was last **renewed** in 2001.");
    expect(data.content).toContain("-# [1] UPI, “China stands by mutual defense treaty with North Korea after 60 years”, 7 July 2021");
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(data.flags & MessageFlags.Ephemeral).toBe(0);
    expect(data.flags & MessageFlags.SuppressEmbeds).toBeTruthy();
  });

  it("opens the answer to a short-fact question with the fact itself, bold and cited, before the passages", async () => {
    const interaction = t.fake.dispatchInteraction(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "what year was it last renewed" }]));
    const callback = await t.fake.interactionCallback(interaction);
    validateRequest(callback.method, callback.path, callback.body);
    const lines: string[] = callback.body.data.content.split("\n");
    expect(lines[0]).toBe("**Q:** what year was it last renewed");
    expect(lines[1]).toBe("**2001** [1]");
    expect(lines[2]).toBe("> The agreement was **last** **renewed** in 2001.");
    expect(lines[3]).toMatch(/^-# \[1\] UPI/);
  });

  it("answers an off-topic question plainly, to the asker only", async () => {
    const interaction = t.fake.dispatchInteraction(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "what is the capital of France" }]));
    const callback = await t.fake.interactionCallback(interaction);
    expect(callback.body.data.content).toMatch(/Nothing in the articles answers that/);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("logs one line per interaction with command, latency and outcome, and never the token", async () => {
    const interaction = t.fake.dispatchInteraction(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "who is Sung Kim" }]));
    await t.fake.interactionCallback(interaction);
    await new Promise((r) => setTimeout(r, 50));
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.interactionId === interaction.id);
    expect(line).toMatchObject({ msg: "interaction", command: "treaty", outcome: "ok", latencyMs: expect.any(Number) });
    expect(t.logs.join("\n")).not.toContain(TEST_TOKEN);
    expect(t.logs.join("\n")).not.toContain(interaction.token);
  });

  it("sent only bodies Discord's OpenAPI description accepts", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThanOrEqual(3);
  });
});
