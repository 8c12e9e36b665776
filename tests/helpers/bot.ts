import { Writable } from "node:stream";
import { type StartOptions, startBot } from "../../src/bot.js";
import { FakeDiscord } from "./fakeDiscord.js";

export const TEST_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.GfakeX.test-token-that-must-never-be-logged";

/** Collects log lines (one JSON object each) in `lines`. */
export function logCapture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  return { lines, destination, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

/**
 * Starts the real bot (its discord.js Client, router and commands) against a fresh fake
 * Discord and waits until it is connected. Log lines are captured in `logs`. `options.answerer`
 * replaces the pipeline (a slow or failing one, for fault tests).
 */
export async function startTestBot(env: Record<string, string> = {}, options: Pick<StartOptions, "answerer" | "context"> = {}) {
  const fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
  const capture = logCapture();
  const bot = await startBot(
    { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "info", ...env },
    { logDestination: capture.destination, ...options },
  );
  await fake.waitForReady();
  await new Promise<void>((resolve) => (bot.client.isReady() ? resolve() : bot.client.once("clientReady", () => resolve())));
  return {
    fake,
    bot,
    logs: capture.lines,
    /** The parsed log lines about one interaction. */
    logsOf: (interactionId: string) => capture.parsed().filter((l) => l.interactionId === interactionId),
    async stop() {
      await bot.stop("test");
      await fake.close();
    },
  };
}
