import { type BaseInteraction, type ButtonInteraction, type ChatInputCommandInteraction, InteractionContextType, PermissionFlagsBits, type SlashCommandOptionsOnlyBuilder } from "discord.js";
import { escapeText } from "../answer/escape.js";
import { IngestError } from "../ingest/ingestError.js";
import type { BotContext, CorpusFolder } from "./command.js";
import { requirePermissions } from "./permissions.js";
import { UserError } from "./userError.js";

/**
 * What `/add-source` and `/remove-source` share: who may change the sources (Manage Server,
 * checked by the handlers themselves, since a server can override who sees a command), the
 * folder they change, refusals and the log line of every change.
 */
export const SOURCE_MODERATOR = { member: PermissionFlagsBits.ManageGuild } as const;

/** A command's registration for source moderators: shown to Manage Server by default, in servers only. */
export function forSourceModerators(builder: SlashCommandOptionsOnlyBuilder) {
  return builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild).toJSON();
}

/** Checks the member may change the sources here and now; returns the folder to change. */
export function moderatorFolder(interaction: BaseInteraction, ctx: BotContext): CorpusFolder {
  requirePermissions(interaction, SOURCE_MODERATOR);
  return folderOf(ctx);
}

/** The corpus folder this bot writes to, or a polite refusal where it has none (HTTP or sharded bots). */
export function folderOf(ctx: BotContext): CorpusFolder {
  if (!ctx.corpusFolder) throw new UserError("This bot process can't change its sources; ask its operator to use `npm run add-article`.", "no-corpus-folder");
  return ctx.corpusFolder;
}

/** A refused page or file: the moderator reads why; the log gets the reason code. */
export function refused(err: unknown): never {
  if (err instanceof IngestError) throw new UserError(`Not added: ${err.message}. Nothing was changed.`, `refused-${err.reason}`, { cause: err });
  throw err;
}

/** Who did what, to which article (the log line's time says when). */
export function logChange(ctx: BotContext, interaction: ChatInputCommandInteraction | ButtonInteraction, action: "added" | "removed", fields: Record<string, unknown>): void {
  ctx.logger.info({ action, userId: interaction.user.id, username: interaction.user.username, guildId: interaction.guildId, ...fields }, "sources changed");
}

/**
 * Reloads after a change and says so: the change itself is done whatever happens, so a failed
 * reload (another file in the folder is broken) is told, not apologised for as a bug.
 */
export async function reloadAfter(folder: CorpusFolder, reason: string, done: string, reloaded: string): Promise<string> {
  try {
    await folder.reload(reason);
    return `${done} ${reloaded}`;
  } catch (err) {
    return `${done} The bot could not reload its articles, though (${escapeText((err as Error).message.slice(0, 300))}); it keeps answering from the ones it had until that is fixed.`;
  }
}
