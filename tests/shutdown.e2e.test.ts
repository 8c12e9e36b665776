import { MessageFlags } from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { RESTARTING } from "../src/discord/router.js";
import { validateAll } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { spawnBot } from "./helpers/spawnBot.js";

/** SIGTERM in the middle of a burst: every interaction delivered is answered, then exit 0. */
describe("graceful shutdown", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it("finishes in-flight replies, tells later arrivals to ask again, and exits 0", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    // A slow Discord: each reply takes 1.5 s, so replies are still in flight at SIGTERM.
    fake.injectRestError({ method: "POST", path: /\/callback$/, delayMs: 1500, times: 40 });
    const { child, exited, output } = spawnBot("src/bot.ts", { DISCORD_TOKEN: "shutdown-test-token-0123456789", DISCORD_API_URL: fake.apiUrl });
    await fake.waitForReady(1, 20_000);

    // A burst from many members (one member would soon meet the per-member cooldown).
    let asker = 0;
    const ask = (value: string) =>
      fake!.dispatchInteraction(fake!.chatInput("treaty", [{ name: "question", type: 3, value }], { user: fake!.user(`member${asker++}`) }));
    const before = Array.from({ length: 10 }, (_, n) => ask(n % 2 ? "when was it renewed" : "who signed the treaty"));
    // The first reply has reached Discord (recorded on arrival; the fake answers it 1.5 s later).
    await expect.poll(() => fake!.requests.some((r) => r.path.endsWith("/callback")), { timeout: 10_000 }).toBe(true);
    child.kill("SIGTERM");
    await expect.poll(() => output().includes('"msg":"shutting down"'), { timeout: 5000 }).toBe(true);
    // Still connected while the first replies finish: these arrive during the shutdown.
    const after = Array.from({ length: 10 }, () => ask("when was it renewed"));

    expect(await exited).toBe(0);
    const callbacks = [...before, ...after].map((i) => fake!.requests.filter((r) => r.path === `/interactions/${i.id}/${i.token}/callback`));
    // Each interaction got exactly one reply, and the fake had answered it before the exit.
    expect(callbacks.map((c) => c.map((r) => r.status))).toEqual(Array.from({ length: 20 }, () => [204]));
    for (const [cb] of callbacks.slice(0, 10)) expect(cb!.body.data.content).toMatch(/renewed|signed/i);
    for (const [cb] of callbacks.slice(10)) {
      // Arrived during the shutdown: no new work starts, the member is told to ask again.
      expect(cb!.body.data).toMatchObject({ content: RESTARTING, allowed_mentions: { parse: [] } });
      expect(cb!.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    }
    validateAll(fake.requests);

    const lines = output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    const order = lines.map((l) => l.msg);
    expect(order.filter((m) => m === "interaction")).toHaveLength(20);
    expect(order.indexOf("shutting down")).toBeGreaterThan(-1);
    expect(order.lastIndexOf("interaction")).toBeLessThan(order.indexOf("stopped"));
    expect(lines.find((l) => l.msg === "shutting down").inFlight).toBeGreaterThan(0);
    expect(lines.filter((l) => l.outcome === "shutting-down")).toHaveLength(10);
  }, 40_000);
});
