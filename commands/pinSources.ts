import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { mayPin, pinFor } from "../src/discord/pins.js";
import { respond, respondEphemeral } from "../src/discord/respond.js";
import { formatPinnedSources } from "../src/sources/format.js";
import { PIN_OUTCOME_TEXT } from "../src/sources/pin.js";

/**
 * `/pin-sources`: posts one compact message listing every source and pins it. Shown by default
 * only to members with Pin Messages, and checked again here, since a server can change who
 * sees a command. The list is the interaction reply, which needs no Send Messages permission;
 * the bot needs Pin Messages (and to see the channel's history) to pin it.
 */
export const pinSources: Command = {
  data: new SlashCommandBuilder()
    .setName("pin-sources")
    .setDescription("Post the list of the bot's sources in this channel and pin it.")
    .setDefaultMemberPermissions(PermissionFlagsBits.PinMessages)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),

  async execute(interaction, { sources, logger }) {
    if (!interaction.isChatInputCommand()) return;
    if (!(await mayPin(interaction, logger))) return;
    await respond(interaction, formatPinnedSources(sources));
    const outcome = await pinFor(interaction, await interaction.fetchReply(), "sources list", logger);
    if (outcome !== "pinned") await respondEphemeral(interaction, `The list is posted but not pinned. ${PIN_OUTCOME_TEXT[outcome]}`);
  },
};
