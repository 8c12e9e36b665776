import {
  type ChatInputCommandInteraction,
  GuildMember,
  type MessageComponentInteraction,
  PermissionFlagsBits,
  PermissionsBitField,
  type RepliableInteraction,
  SlashCommandBuilder,
  type User,
} from "discord.js";
import { renderPage } from "../src/answer/views.js";
import type { AnswerState } from "../src/discord/answerStore.js";
import type { BotContext, Command } from "../src/discord/command.js";
import { retryAfterText } from "../src/discord/cooldown.js";
import { requiredString } from "../src/discord/options.js";
import { respond, respondEphemeral, updateMessage } from "../src/discord/respond.js";
import { answers } from "../src/metrics/metrics.js";

const QUESTION = { min: 3, max: 300 };

/**
 * `/treaty question: [hide] [mention]` — the best sentences from the articles, each with its
 * citation, and buttons to read the context, page, rate, delete or (hidden) show it.
 */
export const treaty: Command = {
  data: new SlashCommandBuilder()
    .setName("treaty")
    .setDescription("Ask about the 1961 China–North Korea treaty; answers quote the news articles with sources.")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, e.g. when was it renewed")
        .setRequired(true)
        .setMinLength(QUESTION.min)
        .setMaxLength(QUESTION.max)
        .setAutocomplete(true),
    )
    .addBooleanOption((o) => o.setName("hide").setDescription("Only you see the answer (you can still show it to the channel)"))
    .addUserOption((o) => o.setName("mention").setDescription("Point this member at the answer (pings only them)"))
    .toJSON(),

  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) {
      await respondEphemeral(interaction, "`/treaty` is a slash command: type `/treaty` and your question in the message box.");
      return;
    }
    // Autocomplete choices have name === value, so whichever Discord sends is the question.
    const question = requiredString(interaction, "question", QUESTION);
    const hidden = interaction.options.getBoolean("hide") ?? false;
    const target = interaction.options.getUser("mention");
    if (!(await withinCooldown(interaction, ctx))) return;
    if (target) {
      const problem = mentionProblem(interaction, target);
      if (problem) {
        ctx.logger.info({ event: "mention-refused", userId: interaction.user.id, targetId: target.id, problem }, "mention refused");
        await respondEphemeral(interaction, problem);
        return;
      }
    }
    await askQuestion(interaction, ctx, { question, askerId: interaction.user.id, hidden, mentionId: target?.id }, "reply");
  },

  async autocomplete(interaction, { suggester }) {
    const focused = interaction.options.getFocused(true);
    const choices = focused.name === "question" ? suggester.complete(String(focused.value)) : [];
    // name === value: some clients send the chosen label as the option's value.
    await interaction.respond(choices.map((q) => ({ name: q, value: q })));
  },
};

/**
 * Answers `state.question` (first page): as a new message ("reply"), or in place of the
 * message a button is on ("update", for a hidden answer). Nothing found gives "did you mean".
 */
export async function askQuestion(interaction: RepliableInteraction, ctx: BotContext, state: AnswerState, mode: "reply" | "update"): Promise<void> {
  const key = await ctx.answers.put(state);
  const page = await renderPage(
    ctx.answerer,
    { question: state.question, key, offset: 0, ephemeral: state.hidden, askerId: state.askerId, mentionId: state.mentionId, ping: true },
    () => ctx.suggester.didYouMean(state.question),
  );
  answers.inc({ result: page.answered ? "answered" : "nothing_found" });
  if (mode === "update" && interaction.isMessageComponent()) await updateMessage(interaction, page.body);
  else await respond(interaction, page.body);
}

/** Counts a question against the member's rate limit; past it, says when to try again. */
export async function withinCooldown(interaction: RepliableInteraction, ctx: BotContext): Promise<boolean> {
  const verdict = await ctx.cooldown.take(interaction.user.id);
  if (verdict.ok) return true;
  ctx.logger.info({ event: "cooldown", userId: interaction.user.id, retryAfterMs: Math.round(verdict.retryAfterMs) }, "rate limited");
  await respondEphemeral(
    interaction,
    `You're asking faster than I can keep up (${ctx.cooldown.limit} questions per ${ctx.cooldown.windowMs / 1000} s). Please try again in ${retryAfterText(verdict.retryAfterMs)}.`,
  );
  return false;
}

/**
 * Whom an answer may point at: a person (not a bot) who can read it, i.e. in a server a
 * member who can view this channel. The refusal names them with a mention pill, which pings
 * no one (ephemeral, mentions parse nothing).
 */
function mentionProblem(interaction: ChatInputCommandInteraction, user: User): string | undefined {
  if (user.bot) return "I can only point people at an answer, not bots.";
  if (!interaction.inGuild()) return undefined;
  const member = interaction.options.getMember("mention");
  if (!member) return `<@${user.id}> isn't a member of this server, so they couldn't read the answer.`;
  if (!canView(interaction, member)) return `<@${user.id}> can't see this channel, so I won't point them at an answer here.`;
  return undefined;
}

function canView(interaction: ChatInputCommandInteraction | MessageComponentInteraction, member: NonNullable<ReturnType<ChatInputCommandInteraction["options"]["getMember"]>>): boolean {
  // Without a cached guild, Discord's resolved member carries its permissions in this channel.
  if (!(member instanceof GuildMember)) return new PermissionsBitField(BigInt(member.permissions)).has(PermissionFlagsBits.ViewChannel);
  const channel = interaction.channel;
  if (!channel || channel.isDMBased()) return true;
  return member.permissionsIn(channel).has(PermissionFlagsBits.ViewChannel);
}
