import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { respond } from "../src/discord/respond.js";
import { helpMessage } from "../src/help.js";

/** `/help`, listing the commands it is given (a function, so the list can include /help itself). */
export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    data: new SlashCommandBuilder().setName("help").setDescription("What this bot does, its commands, and where its articles come from.").toJSON(),
    async execute(interaction, { answerer }) {
      await respond(interaction, helpMessage(commands().map((c) => c.data), answerer.corpus));
    },
  };
}
