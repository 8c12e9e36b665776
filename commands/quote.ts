import { SlashCommandBuilder } from "discord.js";
import { DISCORD_LIMITS, truncate } from "../src/answer/limits.js";
import type { Command } from "../src/discord/command.js";
import { respond } from "../src/discord/respond.js";
import { formatQuoteReply, formatUnknownSpeaker } from "../src/quotes/discordReply.js";

/** `/quote speaker: about:` — a leader's own words from the articles, ready to paste, with the source. */
export const quote: Command = {
  data: new SlashCommandBuilder()
    .setName("quote")
    .setDescription("Quote a leader's exact words from the news articles, with who reported them.")
    .addStringOption((o) =>
      o.setName("speaker").setDescription("Who said it, e.g. Kim Jong-un").setRequired(true).setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((o) => o.setName("about").setDescription("Words to pick the quotes by, e.g. socialism").setMaxLength(200))
    .toJSON(),

  async execute(interaction, { quotes }) {
    if (!interaction.isChatInputCommand()) return;
    const typed = interaction.options.getString("speaker", true);
    const about = interaction.options.getString("about") ?? undefined;
    const speaker = quotes.resolveSpeaker(typed);
    if (!speaker || quotes.of(speaker).length === 0) {
      await respond(interaction, formatUnknownSpeaker(typed, quotes.speakers().map((s) => s.name)));
      return;
    }
    await respond(interaction, formatQuoteReply(speaker, quotes.rank(speaker, about), about));
  },

  async autocomplete(interaction, { quotes }) {
    const typed = interaction.options.getFocused();
    const choices = quotes.suggestSpeakers(typed, DISCORD_LIMITS.choices).map((s) => ({
      name: truncate(`${s.name} (${s.quotes} ${s.quotes === 1 ? "quote" : "quotes"})`, DISCORD_LIMITS.choiceName),
      value: s.name,
    }));
    await interaction.respond(choices);
  },
};
