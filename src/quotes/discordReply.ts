import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Citation } from "../answer/citation.js";
import { citationLine, type ReplyBody, body } from "../answer/discordReply.js";
import { escapeText } from "../answer/escape.js";
import { DISCORD_LIMITS, truncate } from "../answer/limits.js";
import type { RankedQuote, Verification } from "./index.js";

/**
 * `/quote` and "Verify quote" replies as Discord message bodies. Pure: Discord's markdown
 * and limits, no discord.js. Every article or user text goes through `escapeText`.
 */

/** Longest quote shown whole; a longer one is cut ("…") so that three fit with their citations. */
const MAX_QUOTE = 420;
/** Room kept free in a verdict so that sharing can add its "shared by" line. */
const SHARE_LINE_ROOM = 60;

/** "as reported by UPI [1]", or "as reported in [2]" when the article names no publisher. */
function reportedBy(c: Citation): string {
  return c.publisher ? `as reported by ${escapeText(c.publisher)} [${c.n}]` : `as reported in [${c.n}]`;
}

function sources(c: Citation, also: readonly Citation[]): string {
  return `-# ${[c, ...also].map(citationLine).join(" · also ")}`;
}

/**
 * Up to three quotes of one speaker, each a block quote ready to paste in chat:
 *
 *     > “The comradely trust ... day by day,”
 *     > — Kim Jong-un, as reported by Press TV [3]
 *     -# [3] Press TV, “60 yrs of friendship...”, July 2021
 */
export function formatQuoteReply(speaker: string, ranked: readonly RankedQuote[], about?: string): ReplyBody {
  const top = ranked.slice(0, 3);
  const who = escapeText(speaker);
  const lines: string[] = [];
  if (about && top.length && top[0]!.score === 0) {
    lines.push(`No quote of ${who} in the articles is about “${escapeText(truncate(oneLine(about), 100))}”; here are the fullest ones.`);
  }
  const blocks = top.map(({ quote, alsoReportedBy }) => {
    const text = escapeText(truncate(oneLine(quote.text), MAX_QUOTE));
    const also = alsoReportedBy.map((c) => (c.publisher ? ` and by ${escapeText(c.publisher)} [${c.n}]` : ` and in [${c.n}]`)).join("");
    return `> “${text}”\n> — ${who}, ${reportedBy(quote.citation)}${also}\n${sources(quote.citation, alsoReportedBy)}`;
  });
  while (blocks.length > 1 && [...lines, ...blocks].join("\n").length > DISCORD_LIMITS.content) blocks.pop();
  return body([...lines, ...blocks].join("\n"), false);
}

/** The polite answer to a /quote for someone the articles do not quote. */
export function formatUnknownSpeaker(typed: string, known: readonly string[]): ReplyBody {
  const list = known.length ? known.map(escapeText).join(", ") : "nobody yet";
  return body(`The articles quote no one called “${escapeText(truncate(oneLine(typed), 100))}”. People quoted: ${list}.`, true);
}

/**
 * One verdict per piece of the message checked. Only the checker sees it (checking is not
 * shaming); the Share button (when `shareCustomId` is given) posts it in the channel.
 */
export function formatVerifyReply(results: readonly Verification[], options: { messageUrl?: string; shareCustomId?: string } = {}): ReplyBody {
  const of = options.messageUrl ? `[this message](<${options.messageUrl}>)` : "this message";
  const head = `**Quote check** of ${of}: ${results.length === 1 ? "1 quote" : `${results.length} quotes`}`;
  const blocks = results.map(verdictBlock);
  const room = DISCORD_LIMITS.content - SHARE_LINE_ROOM;
  while (blocks.length > 1 && [head, ...blocks].join("\n").length > room) blocks.pop();
  const reply = body(truncate([head, ...blocks].join("\n"), room), true);
  if (options.shareCustomId) {
    reply.components = [
      { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: "Share in channel", custom_id: options.shareCustomId }] },
    ];
  }
  return reply;
}

/** A verdict posted for everyone: the checker's reply, saying who shared it, mentioning (pinging) no one. */
export function formatSharedVerdict(content: string, userId: string): ReplyBody {
  return body(`${truncate(content, DISCORD_LIMITS.content - SHARE_LINE_ROOM)}\n-# shared by <@${userId}>`, false);
}

function verdictBlock(v: Verification): string {
  const posted = escapeText(truncate(v.posted, 400));
  const m = v.match;
  if (v.verdict === "not_found" || !m) return `❌ **Not found** in the articles:\n> ${posted}`;
  const where = [m.citation, ...m.alsoReportedBy];
  const said = m.quote ? (m.speaker ? `${escapeText(m.speaker)}, ${reportedBy(m.citation)}` : `quoted in [${m.citation.n}], speaker not named`) : `the article's own words [${m.citation.n}], not a quotation`;
  const footer = `-# ${where.map(citationLine).join(" · also ")}`;
  if (v.verdict === "exact") return `✅ **Exact** — ${said}\n> ${escapeText(truncate(m.text, 400))}\n${footer}`;
  const marked = (v.parts ?? [])
    .map((p) => {
      const text = escapeText(truncate(p.text, 200));
      return p.kind === "same" ? text : p.kind === "posted" ? `~~${text}~~` : `**${text}**`;
    })
    .join(" ");
  return `⚠️ **Close, not exact** — ${said} (~~struck~~: only in the message, **bold**: what the article says)\n> ${marked}\n${footer}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
