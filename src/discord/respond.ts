import {
  MessageFlags,
  MessagePayload,
  type BaseInteraction,
  type ButtonInteraction,
  type InteractionWebhook,
  type MessageComponentInteraction,
  type MessageTarget,
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

/** Who sees a deferred reply ("is thinking…"). Discord fixes it at the deferral. */
export type Deferral = "public" | "ephemeral";

/**
 * Deferral state per interaction, in weak collections so nothing outlives the interaction:
 * `started` marks an interaction whose reply is under way (a late deferral must not race it),
 * `deferrals` holds a deferral on the wire (the reply must wait for it, then edit).
 */
const started = new WeakSet<RepliableInteraction>();
const deferrals = new WeakMap<RepliableInteraction, Promise<void>>();

/**
 * A body from the formatters is already Discord's JSON, so it goes to discord.js as a payload
 * whose body is resolved: sent as it is. Reply options would be converted back to JSON key by
 * key on every reply (and discord.js's conversion `require`s its structures anew each time:
 * some 50 µs a reply, a tenth of a bare bot's whole interaction).
 */
function toPayload(target: BaseInteraction | InteractionWebhook, body: ReplyBody | EditBody): MessagePayload {
  const payload = new MessagePayload(target as MessageTarget, {});
  // As discord.js's own conversion of our options sent it: no reply pings whoever it answers.
  payload.body = { ...body, allowed_mentions: { ...body.allowed_mentions, replied_user: false } };
  payload.files = [];
  return payload;
}

/** An edited message keeps its visibility, so an edit sends no flags but SuppressEmbeds. */
type EditBody = Omit<ReplyBody, "flags"> & { flags?: number };

function forEdit(body: ReplyBody): EditBody {
  const { flags, ...rest } = body;
  const kept = flags & MessageFlags.SuppressEmbeds;
  return kept ? { ...rest, flags: kept } : rest;
}

/**
 * Acknowledges `interaction` with a deferred reply, unless its reply is already under way.
 * The router calls this when a handler is still working near the end of Discord's 3-second
 * window; the handler's `respond` then edits the deferred reply. A failed deferral is not
 * reported here: the reply that follows fails the same way and the router logs that once.
 */
export function deferReply(interaction: RepliableInteraction, visibility: Deferral): Promise<void> | undefined {
  if (started.has(interaction) || interaction.deferred || interaction.replied) return undefined;
  const deferral = interaction.deferReply(visibility === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {}).then(
    () => undefined,
    () => undefined,
  );
  deferrals.set(interaction, deferral);
  return deferral;
}

/** Whether the router (not the handler) deferred this interaction. */
export function deferredByRouter(interaction: RepliableInteraction): boolean {
  return deferrals.has(interaction);
}

export async function respond(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  started.add(interaction);
  await deferrals.get(interaction);
  const ephemeral = (body.flags & MessageFlags.Ephemeral) !== 0;
  if (interaction.replied) {
    await followUp(interaction, body);
  } else if (interaction.deferred && interaction.ephemeral === null) {
    // A component's deferUpdate (no "thinking" message): editing @original would overwrite the
    // message the button is on, so the reply is a follow-up.
    await followUp(interaction, body);
  } else if (interaction.deferred && interaction.ephemeral === ephemeral) {
    await interaction.editReply(toPayload(interaction.webhook, forEdit(body)));
  } else if (interaction.deferred) {
    // A deferred reply's visibility is fixed, and the first follow-up after a deferral inherits
    // it; so settle the placeholder, send the reply as a follow-up, then remove the placeholder.
    await interaction.editReply({ content: "…", allowedMentions: NO_MENTIONS });
    await followUp(interaction, body);
    await interaction.deleteReply();
  } else {
    await interaction.reply(toPayload(interaction, body));
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
  await interaction.update(toPayload(interaction, { ...forEdit(body), flags: body.flags & MessageFlags.SuppressEmbeds }));
}

/** A new message after the interaction was acknowledged (e.g. posting a hidden answer publicly). */
export async function followUp(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  await interaction.followUp(toPayload(interaction.webhook, body));
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
