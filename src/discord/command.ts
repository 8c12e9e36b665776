import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Answerer } from "../answer/answer.js";
import type { Logger } from "../logger.js";
import type { QuoteIndex } from "../quotes/index.js";
import type { SourceCatalog } from "../sources/catalog.js";

/** What every handler may use. Built once at start-up and shared read-only. */
export interface BotContext {
  answerer: Answerer;
  quotes: QuoteIndex;
  logger: Logger;
  /** The articles as `/sources` and `/pin-sources` show them. */
  sources: SourceCatalog;
}

/**
 * One Discord command: its registration body and a thin handler that calls the pure logic
 * in `src/` and replies. Each module in `commands/` exports one of these.
 */
export interface Command {
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A button family. Custom ids are `<prefix>:<payload>`; the router sends each button to the
 * handler of its prefix, which must parse the payload as untrusted input.
 */
export interface ButtonHandler {
  prefix: string;
  execute(interaction: ButtonInteraction, payload: string, ctx: BotContext): Promise<void>;
}
