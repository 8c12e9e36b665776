import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";

/** The bot as `npm start` runs it: a separate process, configured only by its environment. */
describe("the bot process", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it("connects to DISCORD_API_URL, answers /treaty, and exits 0 on SIGTERM", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    const token = "process-test-token-0123456789abcdef";
    const child = spawn(process.execPath, ["--import", "tsx", "src/bot.ts"], {
      env: { ...process.env, DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "info", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    await fake.waitForReady(1, 20_000);
    const interaction = fake.dispatchInteraction(fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]));
    const callback = await fake.interactionCallback(interaction, 10_000);
    validateRequest(callback.method, callback.path, callback.body);
    expect(callback.body.data.content).toContain("last **renewed** in 2001");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"connected to Discord"');
    expect(output).toContain('"msg":"stopped"');
    expect(output).not.toContain(token);
  }, 30_000);
});
