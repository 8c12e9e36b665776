import { performance } from "node:perf_hooks";
import { DiscordAPIError, type Interaction, type RepliableInteraction, RESTJSONErrorCodes } from "discord.js";
import { interactionDuration, interactions } from "../metrics/metrics.js";
import type { BotContext, ButtonHandler, Command } from "./command.js";
import { type Deferral, deferReply, deferredByRouter, respondEphemeral, UNKNOWN_BUTTON } from "./respond.js";
import { UserError } from "./userError.js";

/**
 * The one interaction processor: finds the command (or button family) an interaction is
 * for, runs it inside an error boundary, and logs one line per interaction with its command,
 * latency and outcome. A failing handler costs the member a short apology, never the process;
 * a slow one gets a deferred reply before Discord's 3-second window closes.
 */
export interface Router {
  handle(interaction: Interaction): Promise<void>;
  /** Interactions being handled right now (graceful shutdown waits for them). */
  readonly inFlight: number;
  /** Resolves when nothing is in flight. */
  idle(): Promise<void>;
  /** Shutting down: from now on interactions get a short "restarting" notice and start no work. */
  close(): void;
}

export interface RouterOptions {
  /**
   * Defer the reply when the handler has not replied this long after the interaction arrived.
   * Discord allows 3 s for the first response, counted from its side: 2 s leaves room for the
   * Gateway's delivery and the deferral's own round trip.
   */
  deferAfterMs?: number;
}

export const APOLOGY = "Sorry, something went wrong while answering. The error has been logged; please try again.";
export const RESTARTING = "I'm restarting right now; please ask again in a few seconds.";

/** Discord refused the response because the interaction is no longer answerable by us. */
const GONE: Partial<Record<number, string>> = {
  [RESTJSONErrorCodes.UnknownInteraction]: "expired",
  [RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]: "already-acknowledged",
};

interface Route {
  run(): Promise<string>;
  defer: Deferral | false;
}

export function createRouter(commands: readonly Command[], buttons: readonly ButtonHandler[], ctx: BotContext, options: RouterOptions = {}): Router {
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byPrefix = new Map(buttons.map((b) => [b.prefix, b]));
  let inFlight = 0;
  let closing = false;
  let waiters: (() => void)[] = [];

  const politely = (interaction: RepliableInteraction, outcome: string, content: string): Route => ({
    defer: false,
    run: async () => {
      await respondEphemeral(interaction, content);
      return outcome;
    },
  });

  function route(interaction: Interaction): Route {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      return {
        defer: false,
        run: async () => {
          if (closing || !command?.autocomplete) {
            await interaction.respond([]);
            return closing ? "shutting-down" : "unknown-command";
          }
          await command.autocomplete(interaction, ctx);
          return "ok";
        },
      };
    }
    if (!interaction.isRepliable()) return { defer: false, run: async () => "ignored" };
    if (closing) return politely(interaction, "shutting-down", RESTARTING);
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) return politely(interaction, "unknown-command", "I don't know that command any more. It may have been removed; try `/help`.");
      return {
        defer: command.defer ?? "public",
        run: async () => {
          await command.execute(interaction, ctx);
          return "ok";
        },
      };
    }
    if (interaction.isButton()) {
      const sep = interaction.customId.indexOf(":");
      const handler = sep > 0 ? byPrefix.get(interaction.customId.slice(0, sep)) : undefined;
      if (!handler) return politely(interaction, "unknown-button", UNKNOWN_BUTTON);
      return {
        defer: handler.defer ?? "ephemeral",
        run: async () => {
          await handler.execute(interaction, interaction.customId.slice(sep + 1), ctx);
          return "ok";
        },
      };
    }
    return politely(interaction, "unsupported", "I can't handle that here (it may be from an old version of the bot). Please use `/treaty`.");
  }

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    inFlight++;
    const fields = describe(interaction);
    let timer: NodeJS.Timeout | undefined;
    let outcome = "error";
    try {
      const { run, defer } = route(interaction);
      if (defer && interaction.isRepliable()) timer = setTimeout(() => void deferReply(interaction, defer), deferAfterMs);
      outcome = await run();
      if (unanswered(interaction)) throw new Error(`the ${fields.command ?? "interaction"} handler returned without replying`);
      ctx.logger.info({ ...fields, outcome, latencyMs: ms(started), ...deferral(interaction) }, "interaction");
    } catch (err) {
      const gone = err instanceof DiscordAPIError && typeof err.code === "number" ? GONE[err.code] : undefined;
      outcome = gone ?? (err instanceof UserError ? err.outcome : "error");
      if (gone) {
        // Nothing can be sent on this token any more: note it once, try no apology.
        ctx.logger.warn({ ...fields, outcome: gone, latencyMs: ms(started), code: (err as DiscordAPIError).code }, "interaction no longer answerable");
      } else if (err instanceof UserError) {
        ctx.logger.warn({ ...fields, outcome: err.outcome, latencyMs: ms(started), reason: err.message, detail: (err.cause as Error | undefined)?.message }, "interaction refused");
        await tell(interaction, err.reply, ctx);
      } else {
        ctx.logger.error({ ...fields, outcome: "error", latencyMs: ms(started), err }, "interaction failed");
        await tell(interaction, APOLOGY, ctx);
      }
    } finally {
      clearTimeout(timer);
      // Unknown commands and buttons (forged ids) share one label, so labels stay few;
      // autocomplete keystrokes are not counted as the command itself.
      const command = outcome.startsWith("unknown-") ? "unknown" : interaction.isAutocomplete() ? `autocomplete:${fields.command}` : (fields.command ?? "other");
      interactions.inc({ command, outcome });
      interactionDuration.observe({ command }, (performance.now() - started) / 1000);
      inFlight--;
      if (inFlight === 0) {
        const w = waiters;
        waiters = [];
        w.forEach((resolve) => resolve());
      }
    }
  }

  return {
    get inFlight() {
      return inFlight;
    },
    idle() {
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
    close() {
      closing = true;
    },
    handle,
  };
}

/** A handler that returned without answering would leave the member with "did not respond". */
function unanswered(interaction: Interaction): boolean {
  if (interaction.isAutocomplete()) return !interaction.responded;
  if (!interaction.isRepliable()) return false;
  // A deferral the handler made itself (deferUpdate, then editing the message) is its business.
  return !interaction.replied && (!interaction.deferred || deferredByRouter(interaction));
}

/** Sends the member a short ephemeral message after a failure; its own failure is only logged. */
async function tell(interaction: Interaction, content: string, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await respondEphemeral(interaction, content);
    }
  } catch (err) {
    // The interaction may have expired (10062) or been answered: nothing more to do but log.
    ctx.logger.warn({ interactionId: interaction.id, err }, "could not tell the member");
  }
}

function deferral(interaction: Interaction) {
  return interaction.isRepliable() && deferredByRouter(interaction) ? { deferred: true } : {};
}

function describe(interaction: Interaction) {
  const command =
    interaction.isCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isButton()
        ? `button:${interaction.customId.split(":")[0]!.slice(0, 40)}`
        : interaction.isMessageComponent()
          ? "component"
          : undefined;
  return {
    interactionId: interaction.id,
    type: interaction.type,
    command,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
  };
}

const ms = (since: number) => Math.round((performance.now() - since) * 100) / 100;
