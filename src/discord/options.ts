import { type ChatInputCommandInteraction, DiscordjsErrorCodes, DiscordjsTypeError } from "discord.js";
import { UserError } from "./userError.js";

/**
 * Reads command options as untrusted input. Discord enforces the registered types and lengths,
 * but a payload can still disagree with the code (a stale registration, a forged or replayed
 * request in HTTP mode): discord.js then throws a TypeError, which becomes a polite refusal
 * here rather than a bug report.
 */
const OPTION_ERRORS = new Set<string>([
  DiscordjsErrorCodes.CommandInteractionOptionNotFound,
  DiscordjsErrorCodes.CommandInteractionOptionType,
  DiscordjsErrorCodes.CommandInteractionOptionEmpty,
]);

export function requiredString(interaction: ChatInputCommandInteraction, name: string, length: { min: number; max: number }): string {
  const refuse = (cause?: unknown) =>
    new UserError(
      `The \`${name}\` option must be text of ${length.min} to ${length.max} characters. Please pick \`/${interaction.commandName}\` from Discord's command list and try again.`,
      "invalid-option",
      { cause },
    );
  let value: string;
  try {
    value = interaction.options.getString(name, true);
  } catch (err) {
    if (err instanceof DiscordjsTypeError && OPTION_ERRORS.has(String((err as { code?: unknown }).code))) throw refuse(err);
    throw err;
  }
  if (value.trim().length < length.min || value.length > length.max) throw refuse();
  return value;
}
