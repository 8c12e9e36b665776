import { rmSync } from "node:fs";
import { SlashCommandBuilder } from "discord.js";
import { body } from "../src/answer/discordReply.js";
import { escapeText } from "../src/answer/escape.js";
import { truncate } from "../src/answer/limits.js";
import { buttonHandler } from "../src/discord/buttonHandler.js";
import type { Command } from "../src/discord/command.js";
import { requiredString } from "../src/discord/options.js";
import { respond, respondEphemeral } from "../src/discord/respond.js";
import { forSourceModerators, logChange, moderatorFolder, reloadAfter } from "../src/discord/sourceChanges.js";
import { formatRemoveConfirm, removedText, removeSourceId } from "../src/ingest/discordPreview.js";
import { articleChoices, resolveArticle } from "../src/sources/match.js";

/**
 * `/remove-source article:` (moderators with Manage Server): asks, privately, for confirmation,
 * then deletes the article's file and reloads. The other articles keep their numbers.
 */
export const removeSource: Command = {
  data: forSourceModerators(
    new SlashCommandBuilder()
      .setName("remove-source")
      .setDescription("Moderators: remove a news article from the bot's sources (you confirm first).")
      .addStringOption((o) => o.setName("article").setDescription("Headline, publisher or number of the article").setAutocomplete(true).setRequired(true).setMaxLength(100)),
  ),
  defer: "ephemeral",

  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) return;
    moderatorFolder(interaction, ctx);
    const query = requiredString(interaction, "article", { min: 1, max: 100 });
    const article = resolveArticle(ctx.sources.articles, query);
    if (!article) return respondEphemeral(interaction, `No article matches “${escapeText(truncate(query, 100))}”. \`/sources\` lists them all.`);
    await respond(interaction, formatRemoveConfirm(article));
  },

  async autocomplete(interaction, { sources }) {
    await interaction.respond(articleChoices(sources.articles, interaction.options.getFocused()));
  },
};

/** **Remove**: deletes the article's file, then reloads. */
export const removeSourceButton = buttonHandler(removeSourceId, async (interaction, id, ctx) => {
  const folder = moderatorFolder(interaction, ctx);
  const article = ctx.sources.articles.find((a) => a.id === id.article);
  if (!article) return respondEphemeral(interaction, "That article is no longer among the sources; nothing was changed.");
  rmSync(article.file, { force: true });
  logChange(ctx, interaction, "removed", { n: article.n, file: article.file, title: article.title, url: article.url });
  await respond(interaction, body(await reloadAfter(folder, "remove-source", removedText(article), "The bot no longer answers from it."), true));
});
