import { SlashCommandBuilder } from "discord.js";
import { formatAnswerReply } from "../src/answer/discordReply.js";
import type { Command } from "../src/discord/command.js";
import { respond } from "../src/discord/respond.js";
import { withPinButton } from "../src/sources/pin.js";

/** `/treaty question:` — the best sentences from the articles, each with its citation. */
export const treaty: Command = {
  data: new SlashCommandBuilder()
    .setName("treaty")
    .setDescription("Ask about the 1961 China–North Korea treaty; answers quote the news articles with sources.")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question, e.g. when was it renewed").setRequired(true).setMinLength(3).setMaxLength(300),
    )
    .toJSON(),

  async execute(interaction, { answerer }) {
    if (!interaction.isChatInputCommand()) return;
    const question = interaction.options.getString("question", true);
    await respond(interaction, withPinButton(formatAnswerReply(answerer.answer(question)), "answer"));
  },
};
