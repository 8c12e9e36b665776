import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";
import { spawnBot } from "./helpers/spawnBot.js";

/** `npm run start:sharded` as a process: discord.js's ShardingManager over the real bot entry. */
describe("the sharded bot", () => {
  let fake: FakeDiscord | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs SHARD_COUNT shards, each identifying as its shard and loading the saved index, and answers /treaty", async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    dir = mkdtempSync(join(tmpdir(), "treaty-shards-"));
    const token = "shard-test-token-0123456789abcdef";
    const { child, exited, output } = spawnBot("src/shardManager.ts", { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, INDEX_FILE: join(dir, "index.json"), SHARD_COUNT: "2" });

    await fake.waitForReady(2, 45_000);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const interaction = fake.dispatchInteraction(fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]));
    const callback = await fake.interactionCallback(interaction, 10_000);
    validateRequest(callback.method, callback.path, callback.body);
    expect(callback.body.data.content).toContain("last **renewed** in 2001");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    // Built once by the manager, loaded by both shards, quotations and suggestions included.
    expect(lines.filter((l) => l.msg === "index built")).toHaveLength(1);
    expect(lines.filter((l) => l.msg === "index loaded")).toHaveLength(2);
    expect(lines.filter((l) => l.msg === "quotes and suggestions loaded, sources built")).toHaveLength(2);
    expect(output()).not.toContain(token);
  }, 60_000);
});
