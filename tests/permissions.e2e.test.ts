import { type BaseInteraction, Client, GatewayIntentBits, MessageFlags, PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "../src/discord/router.js";
import { type Command, createBotContext } from "../src/discord/command.js";
import { missingPermissions, permissionName, requirePermissions } from "../src/discord/permissions.js";
import { respondEphemeral } from "../src/discord/respond.js";
import { buildPipeline } from "../src/pipeline.js";
import { logCapture } from "./helpers/bot.js";
import { createLogger } from "../src/logger.js";
import { BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, FakeDiscord } from "./helpers/fakeDiscord.js";

/**
 * The permission check for moderator actions, inside real discord.js interactions: a command
 * registered for moderators only must still refuse a member without the permission (servers
 * can override default member permissions), and say what is missing.
 */
const moderate: Command = {
  data: { name: "moderate", description: "A moderator action (test)" },
  async execute(interaction) {
    requirePermissions(interaction, { member: PermissionFlagsBits.ManageMessages, app: PermissionFlagsBits.PinMessages });
    await respondEphemeral(interaction, "done");
  },
};

describe("moderator permissions inside the interaction", () => {
  let fake: FakeDiscord;
  let client: Client;
  const logs = logCapture();
  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 1000 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    const router = createRouter([moderate], [], createBotContext(buildPipeline("corpus"), createLogger({ destination: logs.destination })));
    client.on("interactionCreate", (i) => void router.handle(i));
    const ready = new Promise<void>((r) => client.once("clientReady", () => r()));
    await client.login("permissions-test-token");
    await ready;
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  async function run(overrides: Parameters<FakeDiscord["chatInput"]>[2]) {
    const i = fake.dispatchInteraction(fake.chatInput("moderate", [], overrides));
    const cb = await fake.interactionCallback(i);
    expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    await expect.poll(() => logs.parsed().filter((l) => l.interactionId === i.id).length).toBe(1);
    return { content: cb.body.data.content as string, log: logs.parsed().find((l) => l.interactionId === i.id)! };
  }

  it("refuses a member without the permission, naming it", async () => {
    const { content, log } = await run({});
    expect(content).toBe("You need the **Manage Messages** permission in this channel to do that.");
    expect(log).toMatchObject({ level: 40, outcome: "missing-permission" });
  });

  it("lets a member with the permission (or an administrator) through", async () => {
    expect((await run({ permissions: DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages })).content).toBe("done");
    expect((await run({ permissions: PermissionFlagsBits.Administrator })).content).toBe("done");
  });

  it("says when the bot itself lacks the permission", async () => {
    const { content, log } = await run({ permissions: PermissionFlagsBits.ManageMessages, appPermissions: BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages });
    expect(content).toBe("I need the **Pin Messages** permission in this channel to do that; a server admin can grant it.");
    expect(log).toMatchObject({ outcome: "missing-app-permission" });
  });

  it("refuses outside a server", async () => {
    expect((await run({ guild: false })).content).toBe("That only works in a server channel.");
  });

  it("names several missing permissions as Discord's settings do", () => {
    expect(permissionName("ManageMessages")).toBe("Manage Messages");
    expect(permissionName("UseVAD")).toBe("Use VAD");
    expect(permissionName("SendTTSMessages")).toBe("Send TTS Messages");
    // The interaction's permission fields, as discord.js gives them.
    const interaction = (member: bigint | null) =>
      ({ inGuild: () => true, memberPermissions: member === null ? null : new PermissionsBitField(member), appPermissions: new PermissionsBitField(BOT_PERMISSIONS) }) as unknown as BaseInteraction;
    const needs = { member: PermissionFlagsBits.ManageMessages | PermissionFlagsBits.PinMessages | PermissionFlagsBits.BanMembers };
    expect(() => requirePermissions(interaction(DEFAULT_MEMBER_PERMISSIONS), needs)).toThrow(
      "You need the **Ban Members**, **Manage Messages** and **Pin Messages** permissions in this channel to do that.",
    );
    // Permissions that cannot be read count as missing.
    expect(missingPermissions(interaction(null), needs).member).toHaveLength(3);
    expect(missingPermissions(interaction(DEFAULT_MEMBER_PERMISSIONS), {})).toEqual({ notInServer: false, member: [], app: [] });
  });
});
