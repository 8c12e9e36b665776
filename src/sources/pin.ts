import { type APIActionRowComponent, type APIButtonComponentWithCustomId, ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import { z } from "zod";
import type { ReplyBody } from "../answer/discordReply.js";
import { defineCustomId } from "../discord/customId.js";

/**
 * The "Pin" button under source cards and `/treaty` answers. It pins the
 * message it sits on; the id only says what kind of message that is (for the log). Pure: no
 * discord.js, only API-shaped JSON and the texts members see.
 */
export const PIN_KINDS = ["answer", "card"] as const;
export type PinKind = (typeof PIN_KINDS)[number];

export const pinId = defineCustomId("pin", ["kind"], z.object({ kind: z.enum(PIN_KINDS) }));

export function pinButton(kind: PinKind): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "Pin", emoji: { name: "📌" }, custom_id: pinId.build({ kind }) };
}

/**
 * Adds a row with the Pin button to a public reply. An ephemeral reply is returned unchanged:
 * only its reader sees it, so it cannot be pinned.
 */
export function withPinButton(body: ReplyBody, kind: PinKind): ReplyBody {
  if (body.flags & MessageFlags.Ephemeral) return body;
  const row: APIActionRowComponent<APIButtonComponentWithCustomId> = { type: ComponentType.ActionRow, components: [pinButton(kind)] };
  return { ...body, components: [...(body.components ?? []), row] };
}

/** Discord's permission flag names (`PinMessages`) as the client shows them ("Pin Messages"). */
export function permissionLabel(flag: string): string {
  return flag.replace(/(?<=[a-z])(?=[A-Z])/g, " ");
}

const list = (flags: readonly string[]) => flags.map((f) => `**${permissionLabel(f)}**`).join(" and ");

/** Why a pin cannot happen, for the member who asked; undefined when it can. */
export function pinRefusal(missing: { member: readonly string[]; bot: readonly string[] }): string | undefined {
  if (missing.member.length > 0) {
    return `Pinning needs the ${list(missing.member)} permission in this channel, and you don't have it here. A moderator can pin it for you.`;
  }
  if (missing.bot.length > 0) {
    return `I can't pin here: I need the ${list(missing.bot)} permission in this channel. A server admin can grant it to my role (Server Settings › Roles, or this channel's permissions).`;
  }
  return undefined;
}

export const PIN_ONLY_IN_SERVERS = "Pinning works in server channels only.";

/** What happened when the bot asked Discord to pin. */
export type PinOutcome = "pinned" | "already-pinned" | "pins-full" | "message-gone" | "forbidden";

export const PIN_OUTCOME_TEXT: Record<PinOutcome, string> = {
  pinned: "📌 Pinned. Everyone in the channel can find it under Pinned Messages.",
  "already-pinned": "📌 That message is already pinned.",
  "pins-full": "This channel already has the most pinned messages Discord allows (50). Unpin an older one, then try again.",
  "message-gone": "That message no longer exists, so there is nothing to pin.",
  forbidden: "Discord refused the pin: I'm missing the **Pin Messages** permission in this channel. A server admin can grant it to my role.",
};
