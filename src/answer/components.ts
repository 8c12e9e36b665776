import { type APIActionRowComponent, type APIButtonComponentWithCustomId, ButtonStyle, ComponentType } from "discord-api-types/v10";
import { z } from "zod";
import { answerKeyField } from "../discord/answerStore.js";
import { defineCustomId, snowflakeField } from "../discord/customId.js";
import { truncate } from "./limits.js";
import { pinButton } from "../sources/pin.js";

/**
 * The buttons of a /treaty answer, as Discord API JSON (pure: no discord.js), and the custom
 * ids they carry. Answers keep their rows tidy and leave room for more:
 *
 *   row 1 (read):  [Context 1] [Context 2] [Context 3] [◀ Previous] [Next ▶]
 *   row 2 (act):   [👍] [👎] [Delete]            (public answer; room for two more, e.g. Pin)
 *                  [👍] [👎] [Show to channel]   (hidden answer: only the asker sees it)
 *
 * Stateless where possible (context names the sentence, delete names the asker); paging,
 * feedback, "show to channel" and "did you mean" carry the key of the stored question.
 */

export type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;

const offsetField = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number);

/** `page:<key>:<offset>`: show the results from `offset` on. */
export const pageId = defineCustomId("page", ["key", "offset"], z.object({ key: answerKeyField, offset: offsetField }));
/** `ctx:<articleId>:<position>`: the paragraph around one sentence (stateless: never expires). */
export const contextId = defineCustomId(
  "ctx",
  ["article", "position"],
  z.object({ article: z.string().regex(/^[\w.-]{1,80}$/), position: z.string().regex(/^\d{1,6}$/).transform(Number) }),
);
/** `show:<key>:<offset>`: post a hidden answer's page to the channel. */
export const showId = defineCustomId("show", ["key", "offset"], z.object({ key: answerKeyField, offset: offsetField }));
/** `del:<askerId>`: delete the answer (its asker, or a member who can manage messages). */
export const deleteId = defineCustomId("del", ["asker"], z.object({ asker: snowflakeField }));
/** `fb:<key>:<offset>:<up|down>`: was this page of the answer useful? */
export const feedbackId = defineCustomId("fb", ["key", "offset", "verdict"], z.object({ key: answerKeyField, offset: offsetField, verdict: z.enum(["up", "down"]) }));
/** `ask:<key>:<n>`: ask the n-th "did you mean" suggestion for the stored question. */
export const askId = defineCustomId("ask", ["key", "choice"], z.object({ key: answerKeyField, choice: z.string().regex(/^[0-4]$/).transform(Number) }));

/** Most "did you mean" buttons shown (one row). */
export const MAX_SUGGESTIONS = 4;
const BUTTON_LABEL = 80;

export interface AnswerButtons {
  /** Key of the stored question. */
  key: string;
  /** Offset of the first passage shown, and of the next page (if there is one). */
  offset: number;
  nextOffset?: number;
  previousOffset?: number;
  /** Sentences shown, in order (for their context buttons). */
  sentences: readonly { articleId: string; position: number }[];
  /** The message is ephemeral (only its reader sees it). */
  ephemeral: boolean;
  /** Who may delete a public answer. */
  askerId: string;
}

export function answerComponents(b: AnswerButtons): Row[] {
  const read: APIButtonComponentWithCustomId[] = [];
  b.sentences.forEach((s, i) => {
    // An article id that cannot go in a custom id (a ':' in a file name) just gets no button.
    if (!/^[\w.-]{1,80}$/.test(s.articleId)) return;
    const label = b.sentences.length === 1 ? "Context" : `Context ${i + 1}`;
    read.push(button(contextId.build({ article: s.articleId, position: s.position }), label, ButtonStyle.Secondary));
  });
  if (b.previousOffset !== undefined) read.push(button(pageId.build({ key: b.key, offset: b.previousOffset }), "◀ Previous", ButtonStyle.Secondary));
  if (b.nextOffset !== undefined) read.push(button(pageId.build({ key: b.key, offset: b.nextOffset }), "Next ▶", ButtonStyle.Secondary));

  const act: APIButtonComponentWithCustomId[] = [
    button(feedbackId.build({ key: b.key, offset: b.offset, verdict: "up" }), undefined, ButtonStyle.Secondary, "👍"),
    button(feedbackId.build({ key: b.key, offset: b.offset, verdict: "down" }), undefined, ButtonStyle.Secondary, "👎"),
  ];
  if (b.ephemeral) act.push(button(showId.build({ key: b.key, offset: b.offset }), "Show to channel", ButtonStyle.Primary));
  // Only a public answer can be pinned; Delete stays last, away from the others.
  else act.push(pinButton("answer"), button(deleteId.build({ asker: b.askerId }), "Delete", ButtonStyle.Danger, "🗑️"));
  return [row(read.slice(0, 5)), row(act)].filter((r) => r.components.length > 0);
}

/** "Did you mean" buttons: each asks one suggested question. */
export function suggestionComponents(key: string, suggestions: readonly string[]): Row[] {
  const buttons = suggestions.slice(0, MAX_SUGGESTIONS).map((s, i) => button(askId.build({ key, choice: i }), truncate(s, BUTTON_LABEL), ButtonStyle.Secondary));
  return buttons.length > 0 ? [row(buttons)] : [];
}

function button(custom_id: string, label: string | undefined, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger, emoji?: string): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id,
    style,
    ...(label ? { label } : {}),
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

function row(components: APIButtonComponentWithCustomId[]): Row {
  return { type: ComponentType.ActionRow, components };
}
