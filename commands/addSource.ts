import { SlashCommandBuilder } from "discord.js";
import { body } from "../src/answer/discordReply.js";
import { buttonHandler } from "../src/discord/buttonHandler.js";
import type { ButtonHandler, Command } from "../src/discord/command.js";
import { respond, respondEphemeral, updateMessage } from "../src/discord/respond.js";
import { forSourceModerators, logChange, moderatorFolder, refused, reloadAfter } from "../src/discord/sourceChanges.js";
import { UserError } from "../src/discord/userError.js";
import { draftFromUpload, draftFromUrl, duplicateOf, saveDraft } from "../src/ingest/addArticle.js";
import { addedText, addSourceId, cancelSourceId, formatAddPreview } from "../src/ingest/discordPreview.js";
import { IngestError } from "../src/ingest/ingestError.js";

/**
 * `/add-source url:` or `/add-source file:` (moderators with Manage Server): fetches the page
 * or the uploaded .html, .txt or .md file, shows a private preview, and saves the article on
 * **Add to sources**, after which the bot reloads and answers from it. Nothing is written
 * before that click, and nothing at all when the page is refused.
 */
export const addSource: Command = {
  data: forSourceModerators(
    new SlashCommandBuilder()
      .setName("add-source")
      .setDescription("Moderators: add a news article to the bot's sources, from its web address or a file.")
      .addStringOption((o) => o.setName("url").setDescription("The article's web address (https://…)").setMaxLength(2000))
      .addAttachmentOption((o) => o.setName("file").setDescription("The article as an .html, .txt or .md file (up to 5 MB)")),
  ),
  // Fetching may take up to 10 s; the preview is for the moderator only.
  defer: "ephemeral",

  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) return;
    const folder = moderatorFolder(interaction, ctx);
    const url = interaction.options.getString("url");
    const file = interaction.options.getAttachment("file");
    if ((url === null) === (file === null)) {
      throw new UserError("Give either `url:` (the article's web address) or `file:` (an .html, .txt or .md file), one of the two.", "invalid-option");
    }
    const existing = ctx.answerer.corpus.articles;
    const limits = { allowPrivate: folder.allowPrivate };
    const draft = await (url !== null ? draftFromUrl(url, existing, limits) : draftFromUpload({ url: file!.url, name: file!.name, size: file!.size }, existing, limits)).catch(refused);
    // A question that names nothing of the subject is answered only from articles about it (src/answer/subject.ts): say so before it is added.
    if (!ctx.answerer.subject.wouldInclude(draft.article)) draft.warnings.push(OFF_SUBJECT);
    const key = folder.drafts.put({ draft, userId: interaction.user.id });
    ctx.logger.info({ userId: interaction.user.id, source: draft.source, sentences: draft.article.sentences.length }, "source previewed");
    await respond(interaction, formatAddPreview(draft, key));
  },
};

const OFF_SUBJECT =
  "it names no one and nothing of the bot's subject (the people, places and treaty words of aliases.json) in its headline or in many of its sentences: it will answer only questions that name the subject";

/** **Add to sources**: saves the previewed article under the next free number, then reloads. */
const addButton = buttonHandler(addSourceId, async (interaction, id, ctx) => {
  const folder = moderatorFolder(interaction, ctx);
  const pending = folder.drafts.take(id.key, interaction.user.id);
  if (!pending) return respondEphemeral(interaction, "This preview has expired or was already used. Run `/add-source` again.");
  const { draft } = pending;
  // Someone may have added the same article since the preview.
  const same = duplicateOf(draft.article, draft.meta, undefined, ctx.answerer.corpus.articles);
  if (same) refused(new IngestError("duplicate", `it is already in the corpus as [${same.article.n}] (${same.why})`));
  let saved: ReturnType<typeof saveDraft>;
  try {
    saved = saveDraft(draft, folder.dir);
  } catch (err) {
    refused(err);
  }
  logChange(ctx, interaction, "added", { n: saved.n, file: saved.file, title: draft.article.title, url: draft.meta.url, source: draft.source });
  await respond(interaction, body(await reloadAfter(folder, "add-source", addedText(saved.n, draft.meta.title ?? draft.article.title), "The bot answers from it now."), true));
});

/** **Cancel** (under a preview or a removal question): forgets the preview and says nothing changed. */
const cancelButton: ButtonHandler = {
  ...buttonHandler(cancelSourceId, async (interaction, id, ctx) => {
    if (id.key !== "-") ctx.corpusFolder?.drafts.take(id.key, interaction.user.id);
    await updateMessage(interaction, { ...body("Cancelled: nothing was changed.", true), components: [] });
  }),
  defer: false,
};

export const addSourceButtons: readonly ButtonHandler[] = [addButton, cancelButton];
