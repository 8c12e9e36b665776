import { SlashCommandBuilder } from "discord.js";
import { formatAnswerReply } from "../src/answer/discordReply.js";
import type { Command } from "../src/discord/command.js";
import { requiredString } from "../src/discord/options.js";
import { respond, respondEphemeral } from "../src/discord/respond.js";

const QUESTION = { min: 3, max: 300 };

/** `/treaty question:` — the best sentences from the articles, each with its citation. */
export const treaty: Command = {
  data: new SlashCommandBuilder()
    .setName("treaty")
    .setDescription("Ask about the 1961 China–North Korea treaty; answers quote the news articles with sources.")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question, e.g. when was it renewed").setRequired(true).setMinLength(QUESTION.min).setMaxLength(QUESTION.max),
    )
    .toJSON(),

  async execute(interaction, { answerer }) {
    if (!interaction.isChatInputCommand()) {
      await respondEphemeral(interaction, "`/treaty` is a slash command: type `/treaty` and your question in the message box.");
      return;
    }
    const question = requiredString(interaction, "question", QUESTION);
    await respond(interaction, formatAnswerReply(await answerer.answer(question)));
  },
};
