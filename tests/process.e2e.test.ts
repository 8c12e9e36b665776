import { afterEach, describe, expect, it } from "vitest";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { spawnBot } from "./helpers/spawnBot.js";

/** The bot as `npm start` runs it: a separate process, configured only by its environment. */
describe("the bot process", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it("connects to DISCORD_API_URL, answers /treaty, and exits 0 on SIGTERM", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    const token = "process-test-token-0123456789abcdef";
    const { child, exited, output } = spawnBot("src/bot.ts", { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl });

    await fake.waitForReady(1, 20_000);
    const interaction = fake.dispatchInteraction(fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]));
    const callback = await fake.interactionCallback(interaction, 10_000);
    validateRequest(callback.method, callback.path, callback.body);
    expect(callback.body.data.content).toContain("last **renewed** in 2001");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output()).toContain('"msg":"connected to Discord"');
    expect(output()).toContain('"msg":"stopped"');
    expect(output()).not.toContain(token);
  }, 30_000);
});
