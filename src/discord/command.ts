import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Answerer, AnswerSource } from "../answer/answer.js";
import type { Suggester } from "../answer/suggest.js";
import type { Logger } from "../logger.js";
import type { Pipeline } from "../pipeline.js";
import type { QuoteIndex } from "../quotes/index.js";
import type { SourceCatalog } from "../sources/catalog.js";
import { type AnswerStates, AnswerStore } from "./answerStore.js";
import { Cooldown, type CooldownLimit } from "./cooldown.js";
import type { ReloadOutcome } from "../reload/reloader.js";
import type { DraftStore } from "./draftStore.js";
import type { Deferral } from "./respond.js";
import { type VoteStore, Votes } from "./votes.js";

/**
 * The answering pipeline as handlers see it. `answer` may return a promise and handlers always
 * await it: a slow search must be made asynchronous (off the main thread) to let the router's
 * deferral timer run, and handlers need not change when it is.
 */
export type AnswerService = Pick<Answerer, "corpus" | "search" | "article" | "neighbours" | "subject"> & AnswerSource;

/** What every handler may use. Built once at start-up (`createBotContext`) and shared. */
export interface BotContext {
  answerer: AnswerService;
  quotes: QuoteIndex;
  logger: Logger;
  /** The articles as `/sources` and `/pin-sources` show them. */
  sources: SourceCatalog;
  /** Autocomplete and "did you mean", precomputed from the corpus. */
  suggester: Suggester;
  /** Questions behind the answers' buttons (bounded, expiring; in memory, or in Redis with REDIS_URL). */
  answers: AnswerStates;
  /** Per-member rate limit on questions. */
  cooldown: CooldownLimit;
  /** 👍/👎, one per member per page of an answer. */
  votes: VoteStore;
  /** The corpus folder that moderators add articles to, when this bot process can write it and reload. */
  corpusFolder?: CorpusFolder;
}

/** Where `/add-source` saves and what makes the bot answer from the saved file. */
export interface CorpusFolder {
  dir: string;
  /** Rebuilds from the folder and swaps the new articles in (live reload). */
  reload(reason: string): Promise<ReloadOutcome>;
  /** Lets the fetcher reach private addresses (SOURCE_URL_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Previews waiting for their **Add to sources**. */
  drafts: DraftStore;
}

/** The handlers' context: the read-only pipeline plus the bot's own bounded state. */
export function createBotContext(pipeline: Pipeline, logger: Logger, overrides: Partial<BotContext> = {}): BotContext {
  return {
    ...pipeline,
    logger,
    ...overrides,
    answers: overrides.answers ?? new AnswerStore(),
    cooldown: overrides.cooldown ?? new Cooldown(),
    votes: overrides.votes ?? new Votes(),
  };
}

/**
 * One Discord command: its registration body and a thin handler that calls the pure logic
 * in `src/` and replies. Each module in `commands/` exports one of these.
 */
export interface Command {
  data: RESTPostAPIApplicationCommandsJSONBody;
  /**
   * Who sees the "is thinking…" reply the router sends when the handler has not replied within
   * 2 seconds (default "public"); false for a handler that must answer first-hand (a modal, a
   * button's `update`). The deferral only stands aside for replies made through `respond`.
   */
  defer?: Deferral | false;
  execute(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A button family. Custom ids are `<prefix>:<payload>`; the router sends each button to the
 * handler of its prefix, which must parse the payload as untrusted input.
 */
export interface ButtonHandler {
  prefix: string;
  /** As `Command.defer`; default "ephemeral" (a button's reply usually concerns its presser). */
  defer?: Deferral | false;
  execute(interaction: ButtonInteraction, payload: string, ctx: BotContext): Promise<void>;
}
