import { type BaseInteraction, type PermissionResolvable, PermissionsBitField, type PermissionsString } from "discord.js";
import { UserError } from "./userError.js";

/**
 * Permission checks inside an interaction, for moderator actions. A command's default member
 * permissions only hide it in the menu: a server can override them, and a button on a public
 * message can be pressed by anyone. So every moderator action checks, at the moment it runs,
 * the member's permissions in this channel (Discord sends them with the interaction,
 * overwrites applied) and the bot's own (`app_permissions`).
 */
export interface PermissionNeeds {
  /** What the member pressing the button or running the command must have. */
  member?: PermissionResolvable;
  /** What the bot needs to carry the action out. */
  app?: PermissionResolvable;
}

export interface MissingPermissions {
  /** Outside a server there are no permissions to have. */
  notInServer: boolean;
  member: PermissionsString[];
  app: PermissionsString[];
}

export function missingPermissions(interaction: BaseInteraction, needs: PermissionNeeds): MissingPermissions {
  const notInServer = !interaction.inGuild();
  // Unknown permissions count as missing: a check that cannot be made refuses.
  const lacking = (have: Readonly<PermissionsBitField> | null, need: PermissionResolvable | undefined) =>
    need === undefined ? [] : (have?.missing(need) ?? new PermissionsBitField(need).toArray());
  const member = lacking(interaction.memberPermissions, needs.member);
  const app = lacking(interaction.appPermissions, needs.app);
  return { notInServer: notInServer && (needs.member !== undefined || needs.app !== undefined), member, app };
}

/** Throws a `UserError` (answered politely, to the member alone) naming what is missing. */
export function requirePermissions(interaction: BaseInteraction, needs: PermissionNeeds): void {
  const missing = missingPermissions(interaction, needs);
  if (missing.notInServer) throw new UserError("That only works in a server channel.", "missing-permission");
  if (missing.member.length > 0) {
    throw new UserError(`You need the ${names(missing.member)} in this channel to do that.`, "missing-permission");
  }
  if (missing.app.length > 0) {
    throw new UserError(`I need the ${names(missing.app)} in this channel to do that; a server admin can grant it.`, "missing-app-permission");
  }
}

/** Flags whose name in Discord's settings is not their API name spelled out. */
const SHOWN_AS: Partial<Record<PermissionsString, string>> = { ManageGuild: "Manage Server" };

/** `ManageMessages` → "Manage Messages", as Discord's settings show it. */
export function permissionName(flag: PermissionsString): string {
  return SHOWN_AS[flag] ?? flag.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
}

function names(flags: PermissionsString[]): string {
  const bold = flags.map((f) => `**${permissionName(f)}**`);
  const list = bold.length === 1 ? bold[0]! : `${bold.slice(0, -1).join(", ")} and ${bold.at(-1)}`;
  return `${list} permission${bold.length === 1 ? "" : "s"}`;
}
