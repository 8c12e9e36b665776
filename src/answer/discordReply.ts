import { MessageFlags, type APIInteractionResponseCallbackData } from "discord-api-types/v10";
import type { Answer, DirectAnswer, Passage } from "./answer.js";
import { type Citation, formatPublished } from "./citation.js";
import { escapeText, escapeWithBold } from "./escape.js";
import { DISCORD_LIMITS, PASSAGE_CHARS, truncate } from "./limits.js";

/**
 * Turns an answer into a Discord message body: plain content (so it can be copied and
 * quoted), each passage a block quote with the question's words in bold, followed by its
 * numbered citation as subtext. Pure: it knows Discord's markdown and limits, not discord.js.
 */
export type ReplyBody = APIInteractionResponseCallbackData & {
  content: string;
  /** Mentions parse nothing; a reply that must ping lists exactly whom in `users`. */
  allowed_mentions: { parse: []; users?: string[] };
  flags: number;
};

export interface AnswerReplyOptions {
  /** A first line before the question (e.g. pointing a member at the answer); counted in the limit. */
  lead?: string;
}


export function formatAnswerReply(answer: Answer, options: AnswerReplyOptions = {}): ReplyBody {
  return formatAnswerPage(answer, options).body;
}

/**
 * The reply, and how many of the answer's passages (from the first) it shows: passages are
 * dropped from the end until the message fits (all of them nearly always do, with the cap
 * above). Paging moves on by `shown`.
 */
export function formatAnswerPage(answer: Answer, options: AnswerReplyOptions = {}): { body: ReplyBody; shown: number } {
  const head = questionHead(answer, options);
  if (!answer.answered || answer.passages.length === 0) {
    return { body: body(`${head}\nNothing in the articles answers that. Try other words, or see \`/sources\` for what the articles cover.`, true), shown: 0 };
  }
  const blocks = answer.passages.map(passageBlock);
  const lead = answer.direct ? [directLine(answer.direct)] : [];
  while (blocks.length > 1 && length([head, ...lead, ...blocks]) > DISCORD_LIMITS.content) blocks.pop();
  return { body: body([head, ...lead, ...blocks].join("\n"), false), shown: blocks.length };
}

/** "**1981 and 2001** [2]": the short fact asked for, in the passage's own words, with its citation number. */
function directLine(direct: DirectAnswer): string {
  return `**${escapeText(truncate(oneLine(direct.text), 200))}** [${direct.citation.n}]`;
}

function questionHead(answer: Answer, options: AnswerReplyOptions): string {
  const question = `**Q:** ${escapeText(truncate(oneLine(answer.question), 300))}`;
  return options.lead ? `${options.lead}\n${question}` : question;
}

function passageBlock(p: Passage): string {
  const shown = p.text.length > PASSAGE_CHARS ? truncate(p.text, PASSAGE_CHARS) : p.text;
  const highlights = p.highlights.filter(([, end]) => end <= shown.length - 1 || shown === p.text);
  const quote = `> ${escapeWithBold(shown, highlights)}`;
  const sources = [citationLine(p.citation), ...p.alsoReportedBy.map(citationLine)].join(" · also ");
  return `${quote}\n-# ${sources}`;
}

/** `[1] UPI, "Headline", 7 July 2021`; the headline is a masked link (no preview) only when a url is known. */
export function citationLine(c: Citation): string {
  // The answerer's citations are frozen, one per article: each is written out once.
  if (!Object.isFrozen(c)) return writeCitationLine(c);
  let line = citationLines.get(c);
  if (line === undefined) citationLines.set(c, (line = writeCitationLine(c)));
  return line;
}

const citationLines = new WeakMap<Citation, string>();

function writeCitationLine(c: Citation): string {
  const title = escapeText(truncate(c.title, 90));
  // `new URL().href` percent-encodes "<", ">" and spaces, so a url cannot end the link early.
  const headline = c.url ? `[“${title}”](<${new URL(c.url).href}>)` : `“${title}”`;
  const parts = [escapeText(c.publisher ?? "publisher not named"), headline];
  if (c.published) parts.push(formatPublished(c.published));
  return `[${c.n}] ${parts.join(", ")}`;
}

/** A reply body with the safe defaults: mentions parse nothing, no link previews. */
export function body(content: string, ephemeral: boolean): ReplyBody {
  return {
    content: truncate(content, DISCORD_LIMITS.content),
    allowed_mentions: { parse: [] },
    flags: MessageFlags.SuppressEmbeds | (ephemeral ? MessageFlags.Ephemeral : 0),
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const length = (parts: string[]) => parts.join("\n").length;
