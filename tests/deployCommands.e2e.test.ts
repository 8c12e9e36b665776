import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { deployCommands } from "../src/cli/deployCommands.js";
import { validateRequest } from "./helpers/discordSpec.js";
import { FakeDiscord } from "./helpers/fakeDiscord.js";

describe("npm run deploy-commands", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it("registers every command in one server when DISCORD_GUILD_ID is set", async () => {
    fake = await FakeDiscord.start();
    const result = await deployCommands({ DISCORD_TOKEN: "t".repeat(30), DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl });
    const put = await fake.waitForRequest((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${"t".repeat(30)}`);
    validateRequest(put.method, put.path, put.body);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(commands.map((c) => c.data.name));
    const treaty = put.body.find((c: { name: string }) => c.name === "treaty");
    expect(treaty.options[0]).toMatchObject({ name: "question", type: 3, required: true, min_length: 3, max_length: 300 });
    expect(result).toEqual({ scope: `server ${fake.guildId}`, count: commands.length });
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    fake = await FakeDiscord.start();
    await deployCommands({ DISCORD_TOKEN: "t".repeat(30), DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    const put = await fake.waitForRequest((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
    validateRequest(put.method, put.path, put.body);
  });

  it("needs the application id, and says so", async () => {
    await expect(deployCommands({ DISCORD_TOKEN: "t".repeat(30) })).rejects.toThrow(/DISCORD_APPLICATION_ID is not set/);
  });
});
