import { type ButtonInteraction, MessageFlags, PermissionFlagsBits } from "discord.js";
import { askId, contextId, deleteId, feedbackId, pageId, showId } from "../src/answer/components.js";
import { renderContext, renderPage } from "../src/answer/views.js";
import type { AnswerState } from "../src/discord/answerStore.js";
import { buttonHandler, refuseButton } from "../src/discord/buttonHandler.js";
import type { BotContext, ButtonHandler } from "../src/discord/command.js";
import type { CustomIdCodec } from "../src/discord/customId.js";
import { deleteMessage, followUp, respond, respondEphemeral, updateMessage } from "../src/discord/respond.js";
import { votes } from "../src/metrics/metrics.js";
import { askQuestion, withinCooldown } from "./treaty.js";

/**
 * The buttons of /treaty answers. Every custom id is untrusted: a malformed one is refused
 * politely and logged; one whose stored question has expired says so.
 */

export const expired = (ctx: BotContext) =>
  `This answer has expired (buttons work for ${Math.round(ctx.answers.ttlMs / 3_600_000)} hours${ctx.answers.shared ? "" : ", and not across a restart of the bot"}). Please ask again with \`/treaty\`.`;

/** A button family that needs its answer's stored question: an expired one gets a polite reply. */
function answerButton<T extends { key: string }>(
  codec: CustomIdCodec<T>,
  run: (interaction: ButtonInteraction, id: T, state: AnswerState, ctx: BotContext) => Promise<void>,
): ButtonHandler {
  return buttonHandler(codec, async (interaction, id, ctx) => {
    const state = await ctx.answers.get(id.key);
    if (state) return run(interaction, id, state, ctx);
    ctx.logger.info({ event: "button-expired", customId: interaction.customId, userId: interaction.user.id }, "button expired");
    await respondEphemeral(interaction, expired(ctx));
  });
}

const isEphemeral = (interaction: ButtonInteraction) => interaction.message.flags.has(MessageFlags.Ephemeral);

/**
 * Next/previous page. The asker (or anyone on an ephemeral message, which only its reader
 * sees) turns the page in place; anyone else gets the page to themselves, so one member's
 * browsing never changes what the channel reads.
 */
export const pageButton = answerButton(pageId, async (interaction, id, state, ctx) => {
  const ephemeral = isEphemeral(interaction);
  const inPlace = ephemeral || interaction.user.id === state.askerId;
  const page = await renderPage(ctx.answerer, {
    question: state.question,
    key: id.key,
    offset: id.offset,
    ephemeral: inPlace ? ephemeral : true,
    askerId: state.askerId,
    mentionId: inPlace ? state.mentionId : undefined,
  });
  if (!page.answered) return respondEphemeral(interaction, "There are no more results for this question.");
  if (inPlace) await updateMessage(interaction, page.body);
  else await respond(interaction, page.body);
});

/** The paragraph around a passage, to the reader only. Stateless, so it never expires. */
export const contextButton = buttonHandler(contextId, async (interaction, id, ctx) => {
  const sentence = ctx.answerer.article(id.article)?.sentences[id.position];
  if (!sentence) return refuseButton(interaction, ctx, "no such sentence");
  await respond(interaction, renderContext(ctx.answerer, sentence));
});

/** Posts a hidden answer's page to the channel (with the asker's mention, if they chose one). */
export const showButton = answerButton(showId, async (interaction, id, state, ctx) => {
  if (!(await withinCooldown(interaction, ctx))) return;
  const asker = interaction.user.id === state.askerId;
  const page = await renderPage(ctx.answerer, {
    question: state.question,
    key: id.key,
    offset: id.offset,
    ephemeral: false,
    askerId: interaction.user.id,
    mentionId: asker ? state.mentionId : undefined,
    ping: true,
  });
  if (!page.answered) return respondEphemeral(interaction, expired(ctx));
  await updateMessage(interaction, { content: "Shown to the channel.", allowed_mentions: { parse: [] }, flags: MessageFlags.SuppressEmbeds, components: [] });
  await followUp(interaction, page.body);
});

/**
 * Deletes an answer: its asker, or a member with Manage Messages in this channel. The asker is
 * the one Discord records on the message (its interaction metadata) when it has one, so a
 * custom id naming someone else is refused.
 */
export const deleteButton = buttonHandler(deleteId, async (interaction, id, ctx) => {
  const recorded = interaction.message.interactionMetadata?.user.id;
  if (recorded && recorded !== id.asker) return refuseButton(interaction, ctx, "asker does not match the message");
  const moderator = interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
  if (interaction.user.id !== id.asker && !moderator) {
    ctx.logger.info({ event: "delete-refused", userId: interaction.user.id, askerId: id.asker }, "delete refused");
    return respondEphemeral(interaction, "Only the member who asked, or a moderator who can manage messages, can delete this answer.");
  }
  await deleteMessage(interaction);
  ctx.logger.info({ event: "delete", userId: interaction.user.id, askerId: id.asker, moderator: interaction.user.id !== id.asker }, "answer deleted");
});

/**
 * 👍 / 👎: one vote per member per page of an answer (the other thumb changes it), and one
 * structured log event per vote or change (question, passages, verdict), summarised by `npm run feedback`.
 */
export const feedbackButton = answerButton(feedbackId, async (interaction, id, state, ctx) => {
  const outcome = await ctx.votes.record({ answerKey: id.key, offset: id.offset, userId: interaction.user.id, verdict: id.verdict });
  const thumb = id.verdict === "up" ? "👍" : "👎";
  if (outcome === "same") return respondEphemeral(interaction, `You've already voted ${thumb} on this answer; the other thumb changes your vote.`);
  votes.inc({ verdict: id.verdict });
  const page = await renderPage(ctx.answerer, { question: state.question, key: id.key, offset: id.offset, ephemeral: true, askerId: state.askerId });
  ctx.logger.info(
    {
      event: "feedback",
      verdict: id.verdict,
      question: state.question,
      offset: id.offset,
      passages: page.passages.map((p) => p.sentence.id),
      answerKey: id.key,
      userId: interaction.user.id,
      ...(outcome === "changed" ? { changed: true } : {}),
    },
    "feedback",
  );
  if (outcome === "changed") return respondEphemeral(interaction, `Changed your vote to ${thumb}. Thanks!`);
  await respondEphemeral(
    interaction,
    id.verdict === "up" ? "Thanks! Glad it helped." : "Thanks for saying so. Your vote is logged so the articles and the ranking can be improved.",
  );
});

/** "Did you mean": asks the suggestion, publicly as a new answer, or in place when the asker chose `hide`. */
export const askButton = answerButton(askId, async (interaction, id, state, ctx) => {
  // The suggestions are recomputed (deterministic for the running index) rather than stored.
  const question = ctx.suggester.didYouMean(state.question)[id.choice];
  if (!question) return refuseButton(interaction, ctx, "no such suggestion");
  if (!(await withinCooldown(interaction, ctx))) return;
  await askQuestion(interaction, ctx, { ...state, question, askerId: interaction.user.id }, state.hidden ? "update" : "reply");
});

/**
 * Buttons that update or delete the message they sit on answer first-hand from memory or Redis
 * (milliseconds; a Redis call gives up after 250 ms), so the router must not defer them with a
 * new ephemeral message.
 */
const inPlace = (handler: ButtonHandler): ButtonHandler => ({ ...handler, defer: false });

export const treatyButtons: readonly ButtonHandler[] = [inPlace(pageButton), contextButton, inPlace(showButton), inPlace(deleteButton), feedbackButton, inPlace(askButton)];
