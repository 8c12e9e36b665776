import { SlashCommandBuilder } from "discord.js";
import { escapeText } from "../src/answer/escape.js";
import { truncate } from "../src/answer/limits.js";
import type { ButtonHandler, Command } from "../src/discord/command.js";
import { refuseButton, respond, respondEphemeral, updateMessage } from "../src/discord/respond.js";
import { formatSourceCard, formatSourceList, sourcesPageId } from "../src/sources/format.js";
import { articleChoices, resolveArticle } from "../src/sources/match.js";

/** `/sources`: every article of the corpus (to the asker, paged), or with `article:` one article's source card. */
export const sources: Command = {
  data: new SlashCommandBuilder()
    .setName("sources")
    .setDescription("The news articles the bot answers from, or one article's source card.")
    .addStringOption((o) =>
      o.setName("article").setDescription("Headline, publisher or number of an article; leave empty for the list").setAutocomplete(true).setMaxLength(100),
    )
    .toJSON(),

  async execute(interaction, { sources }) {
    if (!interaction.isChatInputCommand()) return;
    const query = interaction.options.getString("article");
    if (query === null) {
      // loadCorpus refuses an empty corpus, so the first page always exists.
      await respond(interaction, formatSourceList(sources, 0)!);
      return;
    }
    const article = resolveArticle(sources.articles, query);
    if (!article) {
      await respondEphemeral(interaction, `No article matches “${escapeText(truncate(query, 100))}”. \`/sources\` lists them all.`);
      return;
    }
    await respond(interaction, formatSourceCard(sources, article));
  },

  async autocomplete(interaction, { sources }) {
    await interaction.respond(articleChoices(sources.articles, interaction.options.getFocused()));
  },
};

/** The ◀ ▶ buttons of the `/sources` list. */
export const sourcesPage: ButtonHandler = {
  prefix: sourcesPageId.prefix,
  async execute(interaction, payload, { sources, logger }) {
    const id = sourcesPageId.parse(payload);
    if (!id) return refuseButton(interaction, logger, "malformed");
    const page = id.version === sources.version ? formatSourceList(sources, id.page) : undefined;
    if (!page) return refuseButton(interaction, logger, "stale", "This list is out of date: the articles have changed since. Run `/sources` again.");
    await updateMessage(interaction, page);
  },
};
