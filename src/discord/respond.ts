import {
  MessageFlags,
  type ButtonInteraction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "../logger.js";
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
  const { allowed_mentions, content, flags, components, embeds } = body;
  return {
    content,
    flags: flags as InteractionReplyOptions["flags"],
    allowedMentions: {
      parse: allowed_mentions.parse,
      // Listed only when a reply names whom to ping.
      ...(allowed_mentions.users?.length ? { users: allowed_mentions.users } : {}),
      repliedUser: false,
    },
    ...(components ? { components: components as InteractionReplyOptions["components"] } : {}),
    ...(embeds ? { embeds } : {}),
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

/**
 * Replaces the message a button is on (its content, buttons and mentions; whether it is
 * ephemeral cannot change). Edits never ping, so `allowed_mentions` only keeps a mention valid.
 */
export async function updateMessage(interaction: MessageComponentInteraction, body: ReplyBody): Promise<void> {
  const { flags, ...options } = toReplyOptions(body);
  const kept = Number(flags ?? 0) & MessageFlags.SuppressEmbeds;
  await interaction.update({ ...options, flags: kept } as InteractionUpdateOptions);
}

/** A new message after the interaction was acknowledged (e.g. posting a hidden answer publicly). */
export async function followUp(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  await interaction.followUp(toReplyOptions(body));
}

/**
 * Deletes the message a button is on, through the interaction's webhook (works for the bot's
 * interaction replies wherever they are, without channel permissions).
 */
export async function deleteMessage(interaction: MessageComponentInteraction): Promise<void> {
  await interaction.deferUpdate();
  await interaction.deleteReply();
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
