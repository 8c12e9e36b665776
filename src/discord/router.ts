import { performance } from "node:perf_hooks";
import type { Interaction } from "discord.js";
import type { BotContext, ButtonHandler, Command } from "./command.js";
import { respondEphemeral, UNKNOWN_BUTTON } from "./respond.js";

/**
 * The one interaction processor: finds the command (or button family) an interaction is
 * for, runs it inside an error boundary, and logs one line per interaction with its command,
 * latency and outcome. A failing handler costs the member a short apology, never the process.
 */
export interface Router {
  handle(interaction: Interaction): Promise<void>;
  /** Interactions being handled right now (graceful shutdown waits for them). */
  readonly inFlight: number;
  /** Resolves when nothing is in flight. */
  idle(): Promise<void>;
}

export const APOLOGY = "Sorry, something went wrong while answering. The error has been logged; please try again.";

export function createRouter(commands: readonly Command[], buttons: readonly ButtonHandler[], ctx: BotContext): Router {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byPrefix = new Map(buttons.map((b) => [b.prefix, b]));
  let inFlight = 0;
  let waiters: (() => void)[] = [];

  async function dispatch(interaction: Interaction): Promise<string> {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (!command?.autocomplete) return "unknown-command";
      await command.autocomplete(interaction, ctx);
      return "ok";
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        await respondEphemeral(interaction, "I don't know that command any more. It may have been removed; try `/help`.");
        return "unknown-command";
      }
      await command.execute(interaction, ctx);
      return "ok";
    }
    if (interaction.isButton()) {
      const sep = interaction.customId.indexOf(":");
      const handler = sep > 0 ? byPrefix.get(interaction.customId.slice(0, sep)) : undefined;
      if (!handler) {
        await respondEphemeral(interaction, UNKNOWN_BUTTON);
        return "unknown-button";
      }
      await handler.execute(interaction, interaction.customId.slice(sep + 1), ctx);
      return "ok";
    }
    return "ignored";
  }

  return {
    get inFlight() {
      return inFlight;
    },
    idle() {
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
    async handle(interaction) {
      const started = performance.now();
      inFlight++;
      const fields = describe(interaction);
      try {
        const outcome = await dispatch(interaction);
        ctx.logger.info({ ...fields, outcome, latencyMs: ms(started) }, "interaction");
      } catch (err) {
        ctx.logger.error({ ...fields, outcome: "error", latencyMs: ms(started), err }, "interaction failed");
        await apologise(interaction, ctx);
      } finally {
        inFlight--;
        if (inFlight === 0) {
          const w = waiters;
          waiters = [];
          w.forEach((resolve) => resolve());
        }
      }
    },
  };
}

async function apologise(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await respondEphemeral(interaction, APOLOGY);
    }
  } catch (err) {
    // The interaction may have expired (10062) or been answered: nothing more to do but log.
    ctx.logger.warn({ interactionId: interaction.id, err }, "could not send the apology");
  }
}

function describe(interaction: Interaction) {
  const command =
    interaction.isCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isMessageComponent()
        ? `button:${interaction.customId.split(":")[0]}`
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
