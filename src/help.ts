import {
  type APIApplicationCommandOption,
  type APIEmbed,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { formatPublished } from "./answer/citation.js";
import type { ReplyBody } from "./answer/discordReply.js";
import { escapeText } from "./answer/escape.js";
import { truncate } from "./answer/limits.js";
import type { Corpus } from "./corpus/types.js";

/**
 * `/help`: what the bot does, its commands (read from the registered command list, so it is
 * always right) and where its articles come from. Pure: commands and corpus in, an ephemeral
 * embed out.
 */
export function helpMessage(commands: readonly RESTPostAPIApplicationCommandsJSONBody[], corpus: Corpus): ReplyBody {
  const embed: APIEmbed = {
    title: "Treaty bot: help",
    description: truncate(
      "I answer questions about the 1961 China–North Korea Treaty of Friendship, Cooperation and Mutual Assistance " +
        "by quoting news articles, and I cite the source of every sentence I quote. When the articles don't answer a " +
        "question, I say so rather than guess.",
      4096,
    ),
    fields: [
      ...commands.map((c) => ({ name: truncate(commandTitle(c), 256), value: truncate(commandText(c), 1024) })),
      {
        name: "Buttons on an answer",
        value:
          "**Context** shows the paragraph around a passage · **Next ▶ / ◀ Previous** page through more results · " +
          "👍 / 👎 tell the maintainers whether it helped · **Delete** removes it (the asker, or a moderator) · " +
          "**Show to channel** posts a hidden answer for everyone.",
      },
      { name: "Where the answers come from", value: truncate(sourcesText(corpus), 1024) },
    ].slice(0, 25),
  };
  return { content: "", embeds: [embed], allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral };
}

function commandTitle(c: RESTPostAPIApplicationCommandsJSONBody): string {
  if (c.type === ApplicationCommandType.Message) return `Apps › ${c.name} (on a message)`;
  if (c.type === ApplicationCommandType.User) return `Apps › ${c.name} (on a member)`;
  const options = ("options" in c ? (c.options ?? []) : []) as APIApplicationCommandOption[];
  const shown = options.filter((o) => o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup);
  return [`/${c.name}`, ...shown.map((o) => ("required" in o && o.required ? o.name : `[${o.name}]`))].join(" ");
}

function commandText(c: RESTPostAPIApplicationCommandsJSONBody): string {
  if (c.type === ApplicationCommandType.Message) return "Right-click (or long-press) a message, then Apps.";
  if (c.type === ApplicationCommandType.User) return "Right-click (or long-press) a member, then Apps.";
  const options = ("options" in c ? (c.options ?? []) : []) as APIApplicationCommandOption[];
  const lines = ["description" in c ? c.description : "", ...options.map((o) => `· \`${o.name}\`: ${o.description}`)];
  return lines.join("\n");
}

/** "4 news articles (July 2021): UPI, Press TV and 2 whose publisher is not named." */
function sourcesText(corpus: Corpus): string {
  const publishers = new Map<string, number>();
  let unnamed = 0;
  for (const a of corpus.articles) {
    if (a.publisher) publishers.set(a.publisher, (publishers.get(a.publisher) ?? 0) + 1);
    else unnamed++;
  }
  const parts = [...publishers].map(([p, n]) => escapeText(n > 1 ? `${p} (${n})` : p));
  if (unnamed > 0) parts.push(`${unnamed} whose publisher is not named`);
  const dates = corpus.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const span = dates.length === 0 ? "" : dates[0]!.slice(0, 7) === dates.at(-1)!.slice(0, 7) ? ` (${formatPublished(dates[0]!.slice(0, 7))})` : ` (${formatPublished(dates[0]!)} to ${formatPublished(dates.at(-1)!)})`;
  const n = corpus.articles.length;
  const list = parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `${n} news article${n === 1 ? "" : "s"}${span}: ${list}. Every quoted sentence is cited [n] by its article's number.`;
}
