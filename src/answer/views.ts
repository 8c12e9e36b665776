import { MessageFlags } from "discord-api-types/v10";
import type { Sentence } from "../corpus/types.js";
import type { Answerer, AnswerSource, Passage } from "./answer.js";
import { citationOf } from "./citation.js";
import { answerComponents, MAX_SUGGESTIONS, suggestionComponents } from "./components.js";
import { citationLine, formatAnswerPage, formatAnswerReply, type ReplyBody } from "./discordReply.js";
import { escapeText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";

/**
 * The messages of a /treaty conversation, as API-shaped bodies (pure: the answerer in, JSON
 * out): a page of an answer with its buttons, "nothing found" with its "did you mean"
 * buttons, and the paragraph around a passage.
 */

/** Passages per page. */
export const PAGE_SIZE = 3;
/** Deepest offset a page button may carry (the custom id allows three digits). */
export const MAX_OFFSET = 999;

export interface PageRequest {
  question: string;
  /** Key of the stored question, carried by the buttons. */
  key: string;
  offset: number;
  /** Render for an ephemeral message (hidden answer, or a copy for someone other than the asker). */
  ephemeral: boolean;
  askerId: string;
  /** Start with `<@id>` pointing this member at the answer. */
  mentionId?: string;
  /** Let that mention ping (only for a new public message: never on edits or ephemeral replies). */
  ping?: boolean;
}

export interface RenderedPage {
  answered: boolean;
  /** The passages shown (for feedback logs). */
  passages: Passage[];
  body: ReplyBody;
}

/** One page of the answer to `req.question`, with its buttons; or "nothing found" (always ephemeral). */
export async function renderPage(answerer: AnswerSource, req: PageRequest, didYouMean: () => readonly string[] = () => []): Promise<RenderedPage> {
  // One passage more than a page, to know whether there is a next page.
  const answer = await answerer.answer(req.question, { top: PAGE_SIZE + 1, offset: req.offset });
  if (!answer.answered || answer.passages.length === 0) {
    const body = formatAnswerReply(answer);
    const suggestions = req.offset === 0 ? didYouMean().slice(0, MAX_SUGGESTIONS) : [];
    if (suggestions.length > 0) {
      body.content = truncate(`${body.content}\nDid you mean one of these?`, DISCORD_LIMITS.content);
      body.components = suggestionComponents(req.key, suggestions);
    }
    return { answered: false, passages: [], body };
  }
  const lead = req.mentionId && !req.ephemeral ? `<@${req.mentionId}>, this answer is for you:` : undefined;
  const page = formatAnswerPage({ ...answer, passages: answer.passages.slice(0, PAGE_SIZE) }, { lead });
  const { body } = page;
  const shown = answer.passages.slice(0, page.shown);
  if (req.ephemeral) body.flags |= MessageFlags.Ephemeral;
  if (lead && req.ping) body.allowed_mentions = { parse: [], users: [req.mentionId!] };
  const nextOffset = req.offset + shown.length;
  body.components = answerComponents({
    key: req.key,
    offset: req.offset,
    nextOffset: answer.passages.length > shown.length && nextOffset <= MAX_OFFSET ? nextOffset : undefined,
    previousOffset: req.offset > 0 ? Math.max(0, req.offset - PAGE_SIZE) : undefined,
    sentences: shown.map((p) => p.sentence),
    ephemeral: req.ephemeral,
    askerId: req.askerId,
  });
  return { answered: true, passages: shown, body };
}

/** Sentences either side of a passage shown when its paragraph is just itself, and at most in all. */
const CONTEXT_RADIUS = 1;
const MAX_CONTEXT_RADIUS = 3;

/**
 * The paragraph around a sentence (the sentences of its line, at most three either side), or
 * its neighbours when it stands alone; the sentence itself in bold, then its citation. For the
 * reader only (ephemeral).
 */
export function renderContext(answerer: Pick<Answerer, "article" | "neighbours">, sentence: Sentence): ReplyBody {
  const article = answerer.article(sentence.articleId)!;
  const around = answerer.neighbours(sentence, MAX_CONTEXT_RADIUS);
  const lineOf = (s: Sentence) => article.body.slice(0, s.start).split("\n").length;
  let shown = around.filter((s) => lineOf(s) === lineOf(sentence));
  if (shown.length === 1) shown = around.filter((s) => Math.abs(s.position - sentence.position) <= CONTEXT_RADIUS);

  const render = (list: Sentence[]) => {
    const paragraphs: string[] = [];
    let line = -1;
    for (const s of list) {
      const text = s.id === sentence.id ? `**${escapeText(s.text)}**` : escapeText(s.text);
      if (lineOf(s) === line) paragraphs[paragraphs.length - 1] += ` ${text}`;
      else paragraphs.push(text), (line = lineOf(s));
    }
    return [`**Context** from [${article.n}]`, ...paragraphs.map((p) => `> ${p}`), `-# ${citationLine(citationOf(article))}`].join("\n");
  };
  // Drop the farthest sentences until it fits.
  let content = render(shown);
  while (content.length > DISCORD_LIMITS.content && shown.length > 1) {
    const far = shown.reduce((a, b) => (Math.abs(b.position - sentence.position) > Math.abs(a.position - sentence.position) ? b : a));
    shown = shown.filter((s) => s !== far);
    content = render(shown);
  }
  return {
    content: truncate(content, DISCORD_LIMITS.content),
    allowed_mentions: { parse: [] },
    flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds,
  };
}
