import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Answerer } from "../answer/answer.js";
import { Suggester } from "../answer/suggest.js";
import type { Logger } from "../logger.js";
import { AnswerStore } from "./answerStore.js";
import { Cooldown } from "./cooldown.js";

/** What every handler may use. Built once at start-up (`createBotContext`) and shared. */
export interface BotContext {
  answerer: Answerer;
  logger: Logger;
  /** Autocomplete and "did you mean", precomputed from the corpus. */
  suggester: Suggester;
  /** Questions behind the answers' buttons (bounded, expiring). */
  answers: AnswerStore;
  /** Per-member rate limit on questions. */
  cooldown: Cooldown;
}

export function createBotContext(answerer: Answerer, logger: Logger, overrides: Partial<BotContext> = {}): BotContext {
  return {
    answerer,
    logger,
    suggester: overrides.suggester ?? Suggester.build(answerer),
    answers: overrides.answers ?? new AnswerStore(),
    cooldown: overrides.cooldown ?? new Cooldown(),
  };
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
