import {
  type BaseInteraction,
  DiscordAPIError,
  type Message,
  PermissionFlagsBits,
  type PermissionsString,
  type RepliableInteraction,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import type { Logger } from "../logger.js";
import { PIN_ONLY_IN_SERVERS, type PinOutcome, pinRefusal } from "../sources/pin.js";
import { missingPermissions } from "./permissions.js";
import { respondEphemeral } from "./respond.js";

/**
 * Pinning with Discord's current pins route (`PUT /channels/{channel.id}/messages/pins/{message.id}`,
 * which discord.js 14.28 uses) and its 2025 permission model, in which Pin Messages is a
 * permission of its own, no longer part of Manage Messages.
 */

/** What the bot needs in the channel; discord.js's `Message#pinnable` checks the same. */
export const BOT_PIN_PERMISSIONS: readonly PermissionsString[] = ["ViewChannel", "ReadMessageHistory", "PinMessages"];

/**
 * Which permissions the clicking member and the bot lack to pin in the interaction's channel.
 * Both come in the interaction, computed by Discord for this channel with its overwrites, so a
 * member who can see a moderators-only command still cannot pin without the permission.
 */
export function missingPinPermissions(interaction: BaseInteraction): { member: PermissionsString[]; bot: PermissionsString[] } {
  const { member, app } = missingPermissions(interaction, { member: PermissionFlagsBits.PinMessages, app: [...BOT_PIN_PERMISSIONS] });
  return { member, bot: app };
}

/**
 * Pins `message`, with `reason` in the server's audit log. Pinning a pinned message is a
 * success; Discord's refusals that a member can act on become outcomes, anything else throws.
 */
export async function pinMessage(message: Message, reason: string): Promise<PinOutcome> {
  if (message.pinned) return "already-pinned";
  try {
    if (message.client.channels.cache.has(message.channelId)) await message.pin(reason);
    // Message#pin needs the channel in discord.js's cache; a thread it was never told about goes by id.
    else await message.client.rest.put(Routes.channelMessagesPin(message.channelId, message.id), { reason });
    return "pinned";
  } catch (err) {
    if (!(err instanceof DiscordAPIError)) throw err;
    switch (err.code) {
      case RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel:
        return "pins-full";
      case RESTJSONErrorCodes.UnknownMessage:
        return "message-gone";
      case RESTJSONErrorCodes.MissingPermissions:
      case RESTJSONErrorCodes.MissingAccess:
        return "forbidden";
      default:
        throw err;
    }
  }
}

/**
 * Checks, before anything is posted or pinned, that the member and the bot may pin here; when
 * not, tells the member which permission is missing (only them) and logs it.
 */
export async function mayPin(interaction: RepliableInteraction, logger: Logger): Promise<boolean> {
  const missing = interaction.inGuild() ? missingPinPermissions(interaction) : undefined;
  const refusal = missing ? pinRefusal(missing) : PIN_ONLY_IN_SERVERS;
  if (!refusal) return true;
  logger.info({ interactionId: interaction.id, userId: interaction.user.id, channelId: interaction.channelId, missing }, "pin refused");
  await respondEphemeral(interaction, refusal);
  return false;
}

/** Pins `message` for the member behind `interaction` and logs who asked, what and how it went. */
export async function pinFor(interaction: RepliableInteraction, message: Message, what: string, logger: Logger): Promise<PinOutcome> {
  const { user } = interaction;
  const outcome = await pinMessage(message, `Pinned at the request of ${user.username} (${user.id})`);
  logger.info({ interactionId: interaction.id, requestedBy: user.id, requestedByName: user.username, channelId: message.channelId, messageId: message.id, what, outcome }, "pin");
  return outcome;
}
