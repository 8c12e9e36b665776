import { MessageFlags } from "discord-api-types/v10";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../src/answer/limits.js";
import { startTestBot } from "./helpers/bot.js";
import { validateAll } from "./helpers/discordSpec.js";
import { hostileString, markdownNodes } from "./helpers/hostile.js";
import { Cooldown } from "../src/discord/cooldown.js";

/** Hostile questions through the real discord.js Client and the fake Discord. */
describe("hostile questions end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    // Many questions from one member: a lax cooldown, which has its own test in ux.e2e.
    t = await startTestBot({}, { context: { cooldown: new Cooldown({ limit: 1000 }) } });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const fixed = ["@everyone when was it renewed", "<@&123456789012345678> ||renewed|| ```js\n", "\u202ewhen was the treaty renewed\u0000", "`` `renewed` ``"];
  const questions = [...fixed, ...fc.sample(hostileString, { seed: 1961, numRuns: 16 })];

  it("answers each with one reply within limits, inert, mentioning no one", async () => {
    const sent = questions.map((q) => t.fake.dispatchInteraction(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: q }])));
    for (const [n, i] of sent.entries()) {
      const cb = await t.fake.interactionCallback(i);
      const { content, allowed_mentions, flags } = cb.body.data;
      expect(content.length, questions[n]).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(allowed_mentions).toEqual({ parse: [], replied_user: false });
      const mentions = markdownNodes(content).filter((node) => ["everyone", "here", "user", "role", "channel"].includes(node.type));
      expect(mentions).toEqual([]);
      if (!/\*\*Q:\*\*/.test(content)) {
        // Too short to be a question (under 3 characters once trimmed): refused, to the asker only.
        expect(content).toMatch(/must be text of 3 to 300 characters/);
        expect(flags & MessageFlags.Ephemeral).toBeTruthy();
      }
    }
    await expect.poll(() => sent.filter((i) => t.logsOf(i.id).length === 1).length).toBe(sent.length);
    expect(t.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 50)).toEqual([]);
    // One callback per interaction, no retries or apologies.
    expect(t.fake.requests.filter((r) => r.path.endsWith("/callback"))).toHaveLength(sent.length);
    validateAll(t.fake.requests);
  });
});
