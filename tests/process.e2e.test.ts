import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { spawnBot } from "./helpers/spawnBot.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);

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

  it("reloads its articles on SIGHUP and answers from the new one without a restart", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    const dir = tempCorpus({}, "corpus");
    const { child, exited, output } = spawnBot("src/bot.ts", { DISCORD_TOKEN: "process-test-token-hup", DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: dir, INDEX_FILE: join(tempCorpus(), "index.json") });
    await fake.waitForReady(1, 20_000);
    // The SIGHUP handler is in place once the bot says it is connected.
    await expect.poll(() => output().includes('"msg":"connected to Discord"'), { timeout: 10_000, interval: 50 }).toBe(true);
    writeFileSync(join(dir, "005_hup.txt"), "---\nn: 5\ntitle: Hang-up article\npublisher: Signal Wire\n---\nThe signal reached the lighthouse keepers on the border river with China.\n");
    child.kill("SIGHUP");
    await expect.poll(() => output().includes('"msg":"reloaded the articles"'), { timeout: 20_000, interval: 100 }).toBe(true);
    expect(output()).toMatch(/"reasons":\["SIGHUP"\][^\n]*"msg":"reloaded the articles"/);
    const interaction = fake.dispatchInteraction(fake.chatInput("treaty", [{ name: "question", type: 3, value: "who did the signal reach" }]));
    expect((await fake.interactionCallback(interaction, 10_000)).body.data.content).toContain("[5] Signal Wire, “Hang\\-up article”");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 40_000);
});
