import {
  MessageFlags,
  type InteractionReplyOptions,
  type RepliableInteraction,
} from "discord.js";
import type { ReplyBody } from "../answer/discordReply.js";

/**
 * Every reply the bot sends goes through here, so every reply gets the safe defaults:
 * mentions parse nothing unless a caller names exactly whom to ping, and a reply to an
 * interaction that was already answered or deferred becomes an edit or follow-up instead
 * of an error.
 */
export const NO_MENTIONS = { parse: [] } as const;

/** Converts a pure API-shaped body (from the formatters) into discord.js reply options. */
export function toReplyOptions(body: ReplyBody): InteractionReplyOptions {
  const { allowed_mentions, content, flags, components } = body;
  return {
    content,
    flags: flags as InteractionReplyOptions["flags"],
    allowedMentions: {
      parse: allowed_mentions.parse,
      users: (allowed_mentions as { users?: string[] }).users,
      repliedUser: false,
    },
    ...(components ? { components: components as InteractionReplyOptions["components"] } : {}),
  };
}

export async function respond(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  const options = toReplyOptions(body);
  if (interaction.deferred && !interaction.replied) {
    const { flags: _ephemeralIsFixedAtDefer, ...edit } = options;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(options);
  } else {
    await interaction.reply(options);
  }
}

/** A short message only the asker sees: errors, refusals, explanations. */
export async function respondEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  await respond(interaction, { content, allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral });
}
