import {
  MessageFlags,
  type ButtonInteraction,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { ReplyBody } from "../answer/discordReply.js";
import type { Logger } from "../logger.js";

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

/** Replaces the message a button sits on (paging), with the same safe defaults. */
export async function respondUpdate(interaction: MessageComponentInteraction, body: ReplyBody): Promise<void> {
  const { flags: _ephemeralCannotChange, ...options } = toReplyOptions(body);
  await interaction.update({ ...options, flags: body.flags & MessageFlags.SuppressEmbeds });
}

export const UNKNOWN_BUTTON = "That button isn't one I recognise (it may be from an old version). Please ask again.";

/**
 * A forged, stale or malformed button: a polite reply to the clicker only, a log line, and no
 * action. `reason` is for the log; `message` for the member.
 */
export async function refuseButton(interaction: ButtonInteraction, logger: Logger, reason: string, message = UNKNOWN_BUTTON): Promise<void> {
  logger.warn({ interactionId: interaction.id, userId: interaction.user.id, customId: interaction.customId, reason }, "button refused");
  await respondEphemeral(interaction, message);
}
