import { Writable } from "node:stream";
import { startBot } from "../../src/bot.js";
import { FakeDiscord } from "./fakeDiscord.js";

export const TEST_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.GfakeX.test-token-that-must-never-be-logged";

/**
 * Starts the real bot (its discord.js Client, router and commands) against a fresh fake
 * Discord and waits until it is connected. Log lines are captured in `logs`.
 */
export async function startTestBot(env: Record<string, string> = {}) {
  const fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  const bot = await startBot({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "info", ...env }, { logDestination: destination });
  await fake.waitForReady();
  await new Promise<void>((resolve) => (bot.client.isReady() ? resolve() : bot.client.once("clientReady", () => resolve())));
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop("test");
      await fake.close();
    },
  };
}
