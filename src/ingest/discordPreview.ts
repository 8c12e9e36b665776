import { type APIActionRowComponent, type APIButtonComponentWithCustomId, ButtonStyle, ComponentType } from "discord-api-types/v10";
import { z } from "zod";
import { formatPublished } from "../answer/citation.js";
import { body, type ReplyBody } from "../answer/discordReply.js";
import { escapeText } from "../answer/escape.js";
import { truncate } from "../answer/limits.js";
import type { Article } from "../corpus/types.js";
import { defineCustomId } from "../discord/customId.js";
import type { Draft } from "./addArticle.js";

/**
 * What `/add-source` and `/remove-source` show the moderator, privately, before anything
 * changes, and the buttons that confirm or cancel. Pure: a draft in, an API reply body out;
 * every text from the page is escaped.
 */
const key = z.string().regex(/^[A-Za-z0-9_-]{11}$/);
export const addSourceId = defineCustomId("srcadd", ["key"], z.object({ key }));
export const removeSourceId = defineCustomId("srcremove", ["article"], z.object({ article: z.string().regex(/^[\w.-]{1,80}$/) }));
/** Cancel: `key` is a pending draft's key, or `-` for a removal (nothing is pending). */
export const cancelSourceId = defineCustomId("srccancel", ["key"], z.object({ key: z.union([key, z.literal("-")]) }));

const LEAD = 3;

const row = (...buttons: APIButtonComponentWithCustomId[]): APIActionRowComponent<APIButtonComponentWithCustomId> => ({ type: ComponentType.ActionRow, components: buttons });
const button = (custom_id: string, label: string, style: APIButtonComponentWithCustomId["style"]): APIButtonComponentWithCustomId => ({ type: ComponentType.Button, custom_id, label, style });

/** The preview of an article about to be added, with **Add to sources** and **Cancel**. */
export function formatAddPreview(draft: Draft, draftKey: string): ReplyBody {
  const { meta, article } = draft;
  const lines = [
    `**Preview of the article to add** (only you see this)`,
    `**Headline:** ${meta.title ? escapeText(truncate(meta.title, 200)) : `none on the page; the first sentence will be its title`}`,
    `**Publisher:** ${meta.publisher ? escapeText(truncate(meta.publisher, 100)) : "not named"} · **Date:** ${meta.published ? formatPublished(meta.published) : "not given"}`,
    `**Address:** ${meta.url ? `<${new URL(meta.url).href}>` : "none known (its citation will have no link)"}`,
    `**Sentences:** ${article.sentences.length}, beginning:`,
    ...article.sentences.slice(0, LEAD).map((s) => `> ${escapeText(truncate(s.text, 220))}`),
  ];
  const removed = article.removed.length > 0 ? `cleaning removed ${article.removed.length} line${article.removed.length === 1 ? "" : "s"} (${article.removed.slice(0, 3).map((r) => `“${escapeText(truncate(r.text.trim(), 50))}”`).join(", ")}${article.removed.length > 3 ? ", …" : ""})` : "cleaning removed nothing";
  const dropped = draft.dropped.length > 0 ? `; ${draft.dropped.length} block${draft.dropped.length === 1 ? "" : "s"} of the page left out (menus, banners, links, comments…)` : "";
  lines.push(`-# ${removed}${dropped}`);
  for (const w of draft.warnings) lines.push(`⚠️ ${escapeText(w)}`);
  return {
    ...body(lines.join("\n"), true),
    components: [row(button(addSourceId.build({ key: draftKey }), "Add to sources", ButtonStyle.Success), button(cancelSourceId.build({ key: draftKey }), "Cancel", ButtonStyle.Secondary))],
  };
}

/** The question before a removal, with **Remove** and **Cancel**. */
export function formatRemoveConfirm(article: Article): ReplyBody {
  const what = `[${article.n}] ${escapeText(article.publisher ?? "publisher not named")}, “${escapeText(truncate(article.title, 150))}”`;
  return {
    ...body(`Remove ${what} from the sources? The bot will stop citing it; the other articles keep their numbers, and [${article.n}] is not given to another article.`, true),
    components: [row(button(removeSourceId.build({ article: article.id }), "Remove", ButtonStyle.Danger), button(cancelSourceId.build({ key: "-" }), "Cancel", ButtonStyle.Secondary))],
  };
}

export const addedText = (n: number, title: string) => `Added as [${n}]: “${escapeText(truncate(title, 200))}”.`;
export const removedText = (article: Article) => `Removed [${article.n}]: “${escapeText(truncate(article.title, 200))}”.`;
