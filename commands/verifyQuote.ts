import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import { z } from "zod";
import type { ButtonHandler, Command } from "../src/discord/command.js";
import { defineCustomId, snowflakeField } from "../src/discord/customId.js";
import { respond, respondEphemeral } from "../src/discord/respond.js";
import { formatSharedVerdict, formatVerifyReply } from "../src/quotes/discordReply.js";
import { piecesToCheck } from "../src/quotes/extract.js";

/** The Share button of a verdict: only the member who ran the check may post it. */
export const shareVerdictId = defineCustomId("quoteshare", ["user"], z.object({ user: snowflakeField }));

/**
 * "Verify quote" (right-click a message > Apps): checks the quoted words of a message
 * against the articles: exact, close (differences marked) or not found. Only the checker
 * sees the verdict until they share it. A message command's target arrives with its content
 * in the interaction, so no Message Content intent is needed.
 */
export const verifyQuote: Command = {
  data: new ContextMenuCommandBuilder().setName("Verify quote").setType(ApplicationCommandType.Message).toJSON(),

  async execute(interaction, { quotes }) {
    if (!interaction.isMessageContextMenuCommand()) return;
    const message = interaction.targetMessage;
    const pieces = piecesToCheck(message.content ?? "");
    if (pieces.length === 0) {
      await respondEphemeral(interaction, "That message has no words I can check: I need at least two words of text (images, embeds and stickers can't be checked).");
      return;
    }
    const reply = formatVerifyReply(
      pieces.map((p) => quotes.verify(p)),
      { messageUrl: message.url, shareCustomId: shareVerdictId.build({ user: interaction.user.id }) },
    );
    await respond(interaction, reply);
  },
};

export const shareVerdict: ButtonHandler = {
  prefix: shareVerdictId.prefix,
  async execute(interaction, payload, { logger }) {
    const share = shareVerdictId.parse(payload);
    const verdict = interaction.message;
    if (!share || (verdict.author && verdict.author.id !== interaction.client.user.id)) {
      logger.warn({ interactionId: interaction.id, customId: interaction.customId }, "malformed or foreign share button");
      await respondEphemeral(interaction, "That button isn't one I recognise (it may be from an old version). Run Verify quote again.");
      return;
    }
    if (share.user !== interaction.user.id) {
      await respondEphemeral(interaction, "Only the member who ran this check can share it. You can run Verify quote on the message yourself.");
      return;
    }
    // The verdict is the bot's own message, so its text arrives with the button press.
    if (!verdict.content) {
      await respondEphemeral(interaction, "I can't read that check any more. Run Verify quote on the message again, then share.");
      return;
    }
    await respond(interaction, formatSharedVerdict(verdict.content, interaction.user.id));
  },
};
