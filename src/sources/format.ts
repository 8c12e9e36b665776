import { basename } from "node:path";
import { type APIActionRowComponent, type APIButtonComponentWithCustomId, ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import { z } from "zod";
import { citationOf, formatPublished } from "../answer/citation.js";
import { citationLine, type ReplyBody } from "../answer/discordReply.js";
import { escapeText } from "../answer/escape.js";
import { DISCORD_LIMITS, truncate } from "../answer/limits.js";
import type { Article, Sentence } from "../corpus/types.js";
import { defineCustomId } from "../discord/customId.js";
import type { SourceCatalog } from "./catalog.js";
import { withPinButton } from "./pin.js";

/**
 * The three ways the bot shows its sources, as API-shaped message bodies (pure: Discord's
 * markdown and limits, no discord.js). Every article text goes through `escapeText`.
 * - the `/sources` list: one line per article, paged with buttons, to the asker only;
 * - the `/sources article:` card: headline, publisher, date, address, lead sentences and the
 *   sentences most quoted in answers, public, with a Pin button;
 * - the `/pin-sources` message: every citation line in one compact message, to be pinned.
 */

/** Page buttons: `sources:<corpus version>:<page>`. A button from before the corpus changed is stale. */
export const sourcesPageId = defineCustomId(
  "sources",
  ["version", "page"],
  z.object({ version: z.string().regex(/^[0-9a-f]{8}$/), page: z.coerce.number().int().min(0).max(999) }),
);

const NOT_NAMED = "publisher not named";
/** Room left for the list's header and footer on each page. */
const LIST_ROOM = DISCORD_LIMITS.content - 250;
const LEAD_SENTENCES = 3;
const MOST_QUOTED = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const totalLength = (lines: readonly string[]) => lines.join("\n").length;

function body(content: string, ephemeral: boolean, components?: ReplyBody["components"]): ReplyBody {
  return {
    content: truncate(content, DISCORD_LIMITS.content),
    allowed_mentions: { parse: [] },
    flags: MessageFlags.SuppressEmbeds | (ephemeral ? MessageFlags.Ephemeral : 0),
    ...(components ? { components } : {}),
  };
}

// ------------------------------------------------------------------------------ the list

function listEntry(a: Article): string {
  const parts = [escapeText(a.publisher ?? NOT_NAMED), `“${escapeText(truncate(a.title, 90))}”`];
  if (a.published) parts.push(formatPublished(a.published));
  parts.push(`${plural(a.sentences.length, "sentence")} indexed`);
  return `**[${a.n}]** ${parts.join(" · ")}`;
}

/** The articles packed into pages that each fit one message, in citation order. */
export function listPages(articles: readonly Article[]): Article[][] {
  const pages: Article[][] = [];
  let page: Article[] = [];
  let length = 0;
  for (const a of articles) {
    const entry = listEntry(a).length + 1;
    if (page.length > 0 && length + entry > LIST_ROOM) {
      pages.push(page);
      page = [];
      length = 0;
    }
    page.push(a);
    length += entry;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Page `page` (0-based) of the list, or undefined when there is no such page. */
export function formatSourceList(catalog: SourceCatalog, page = 0): ReplyBody | undefined {
  const pages = listPages(catalog.articles);
  const shown = pages[page];
  if (!shown) return undefined;
  const sentences = catalog.articles.reduce((sum, a) => sum + a.sentences.length, 0);
  const lines = [
    `**Sources**: ${plural(catalog.articles.length, "article")}, ${plural(sentences, "sentence")} indexed. Answers cite them by these numbers.`,
    ...shown.map(listEntry),
    `-# ${pages.length > 1 ? `Page ${page + 1} of ${pages.length} · ` : ""}\`/sources article:\` shows an article's source card`,
  ];
  return body(lines.join("\n"), true, pages.length > 1 ? [pageButtons(catalog.version, page, pages.length)] : undefined);
}

function pageButtons(version: string, page: number, pages: number): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const button = (label: string, target: number, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: sourcesPageId.build({ version, page: target }),
    disabled,
  });
  // Custom ids must differ within a message: at either end the disabled button points at its own page.
  return {
    type: ComponentType.ActionRow,
    components: [button("◀ Previous", Math.max(0, page - 1), page === 0), button("Next ▶", Math.min(pages - 1, page + 1), page === pages - 1)],
  };
}

// ------------------------------------------------------------------------------ the card

/** The first sentences of the article after its headline (which the card shows already). */
export function leadSentences(a: Article, max = LEAD_SENTENCES): Sentence[] {
  const stem = a.title.replace(/…$/, "");
  const isHeadline = (s: Sentence) => s.text === a.title || (a.title.endsWith("…") && s.text.startsWith(stem));
  let from = 0;
  while (from < a.sentences.length && isHeadline(a.sentences[from]!)) from++;
  return a.sentences.slice(from, from + max);
}

/** A sentence id or file name as inline code; one that could break out of the code span is escaped instead. */
const code = (text: string) => (text.includes("`") ? escapeText(text) : `\`${text}\``);

export function formatSourceCard(catalog: SourceCatalog, a: Article): ReplyBody {
  const meta = [escapeText(a.publisher ?? NOT_NAMED), a.published ? formatPublished(a.published) : "date not given"];
  // The URL API percent-encodes anything (`<`, `>`, spaces) that could end the link early.
  if (a.url) meta.push(`<${new URL(a.url).href}>`);
  const head = [`**[${a.n}] ${escapeText(truncate(a.title, 200))}**`, meta.join(" · ")];
  const lead = leadSentences(a).map((s) => `> ${escapeText(truncate(s.text, 280))}`);
  const stats = `-# ${plural(a.sentences.length, "sentence")} indexed from ${code(basename(a.file))}`;

  const quoted = catalog.quoted(a.id).slice(0, MOST_QUOTED);
  const questions = plural(catalog.sampleQuestions, "sample question");
  const quotedLines =
    quoted.length > 0
      ? [
          `**Most quoted** in the bot's answers to its ${questions}:`,
          ...quoted.map((q) => `- ${code(q.sentence.id)}, in ${plural(q.answers, "answer")}: “${escapeText(truncate(q.sentence.text, 80))}”`),
        ]
      : catalog.sampleQuestions > 0
        ? [`-# None of the bot's answers to its ${questions} quotes this article.`]
        : [];

  // Long headlines and addresses: give up lead sentences, then quoted ones, before cutting text.
  const lines = () => [...head, ...lead, stats, ...quotedLines];
  while (lead.length > 1 && totalLength(lines()) > DISCORD_LIMITS.content) lead.pop();
  while (quotedLines.length > 1 && totalLength(lines()) > DISCORD_LIMITS.content) quotedLines.pop();
  return withPinButton(body(lines().join("\n"), false), "card");
}

// ------------------------------------------------------------------------------ the pinned list

export function formatPinnedSources(catalog: SourceCatalog): ReplyBody {
  const header = `📚 **Sources**: the ${plural(catalog.articles.length, "news article")} the treaty bot answers from. Answers cite them by these numbers; \`/sources article:\` shows one in full.`;
  const entries = catalog.articles.map((a) => citationLine(citationOf(a)));
  const compose = (shown: number) => {
    const left = entries.length - shown;
    return [header, ...entries.slice(0, shown), ...(left > 0 ? [`…and ${left} more: \`/sources\` lists them all.`] : [])];
  };
  let shown = entries.length;
  while (shown > 0 && totalLength(compose(shown)) > DISCORD_LIMITS.content) shown--;
  const lines = compose(shown);
  return body(lines.join("\n"), false);
}
