import { ComponentType, MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { answerComponents, askId, contextId, deleteId, feedbackId, pageId, showId, suggestionComponents, type Row } from "../src/answer/components.js";
import { PAGE_SIZE, renderContext, renderPage } from "../src/answer/views.js";
import { buildAnswerer } from "../src/pipeline.js";
import { pinId } from "../src/sources/pin.js";

const answerer = buildAnswerer("corpus");
const KEY = "Abc-def_123";
const ASKER = "123456789012345678";
const FRIEND = "223456789012345678";
const page = async (question: string, extra: Partial<Parameters<typeof renderPage>[1]> = {}) =>
  await renderPage(answerer, { question, key: KEY, offset: 0, ephemeral: false, askerId: ASKER, ...extra });

const CODECS = [pageId, contextId, showId, deleteId, feedbackId, askId, pinId];
function checkRows(rows: Row[]) {
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids = rows.flatMap((r) => r.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of rows) {
    expect(r.type).toBe(ComponentType.ActionRow);
    expect(r.components.length).toBeGreaterThan(0);
    expect(r.components.length).toBeLessThanOrEqual(5);
    for (const b of r.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect((b.label ?? "").length).toBeLessThanOrEqual(80);
      // Every id parses back with the codec of its prefix.
      const [prefix, ...rest] = b.custom_id.split(":");
      const codec = CODECS.find((c) => c.prefix === prefix)!;
      expect(codec.parse(rest.join(":"))).toBeDefined();
    }
  }
}
const labels = (rows: Row[] | undefined) => (rows ?? []).map((r) => r.components.map((b) => b.label ?? b.emoji?.name));

describe("answer buttons", () => {
  it("lay out a public answer in two tidy rows, leaving room in the second for more", async () => {
    const { body } = await page("what did Wang Wenbin say");
    const rows = body.components as Row[];
    checkRows(rows);
    expect(labels(rows)).toEqual([
      ["Context 1", "Context 2", "Context 3", "Next ▶"],
      ["👍", "👎", "Pin", "Delete"],
    ]);
  });

  it("give a hidden answer Show to channel instead of Delete", async () => {
    const { body } = await page("when was it renewed", { ephemeral: true });
    expect(body.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(labels(body.components as Row[])[1]).toEqual(["👍", "👎", "Show to channel"]);
  });

  it("never exceed Discord's limits even with every button", async () => {
    const rows = answerComponents({ key: KEY, offset: 996, nextOffset: 999, previousOffset: 993, sentences: Array.from({ length: 3 }, (_, i) => ({ articleId: "a".repeat(80), position: 999_999 - i })), ephemeral: false, askerId: ASKER });
    checkRows(rows);
    expect(rows[0]!.components).toHaveLength(5);
  });

  it("skip the context button of an article id that cannot go in a custom id", async () => {
    const rows = answerComponents({ key: KEY, offset: 0, sentences: [{ articleId: "odd:name", position: 1 }], ephemeral: false, askerId: ASKER });
    expect(labels(rows)).toEqual([["👍", "👎", "Pin", "Delete"]]);
  });

  it("offer at most four did-you-mean suggestions with labels cut to 80 characters", async () => {
    const rows = suggestionComponents(KEY, ["a".repeat(100), "b", "c", "d", "e"]);
    checkRows(rows);
    expect(rows[0]!.components).toHaveLength(4);
    expect(rows[0]!.components[0]!.label!.length).toBeLessThanOrEqual(80);
  });
});

describe("answer pages", () => {
  it("page through every result once, each page within Discord's limits", async () => {
    const seen = new Set<string>();
    let offset = 0;
    let pages = 0;
    for (;;) {
      const p = await page("what did Wang Wenbin say", { offset });
      expect(p.answered).toBe(true);
      expect(p.body.content.length).toBeLessThanOrEqual(2000);
      for (const passage of p.passages) {
        expect(seen.has(passage.sentence.id)).toBe(false);
        seen.add(passage.sentence.id);
      }
      pages++;
      const row = labels(p.body.components as Row[])[0]!;
      expect(row.includes("◀ Previous")).toBe(offset > 0);
      const next = (p.body.components as Row[])[0]!.components.find((b) => b.label === "Next ▶");
      if (!next) break;
      offset = pageId.parse(next.custom_id.slice("page:".length))!.offset;
      expect(offset).toBe(PAGE_SIZE * pages);
    }
    expect(pages).toBeGreaterThan(1);
  });

  it("point a member at the answer, pinging only them and only when asked to", async () => {
    const pinged = (await page("when was it renewed", { mentionId: FRIEND, ping: true })).body;
    expect(pinged.content.startsWith(`<@${FRIEND}>, `)).toBe(true);
    expect(pinged.allowed_mentions).toEqual({ parse: [], users: [FRIEND] });
    const edited = (await page("when was it renewed", { mentionId: FRIEND })).body;
    expect(edited.content.startsWith(`<@${FRIEND}>`)).toBe(true);
    expect(edited.allowed_mentions).toEqual({ parse: [] });
    const hidden = (await page("when was it renewed", { mentionId: FRIEND, ping: true, ephemeral: true })).body;
    expect(hidden.content).not.toContain(FRIEND);
    expect(hidden.allowed_mentions).toEqual({ parse: [] });
  });

  it("say nothing was found, privately, with did-you-mean buttons only on the first page", async () => {
    const nothing = await renderPage(answerer, { question: "trety renewel by mongolia", key: KEY, offset: 0, ephemeral: false, askerId: ASKER }, () => ["treaty renewed"]);
    expect(nothing.answered).toBe(false);
    expect(nothing.body.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(labels(nothing.body.components as Row[])).toEqual([["treaty renewed"]]);
    const none = await renderPage(answerer, { question: "trety renewel by mongolia", key: KEY, offset: 0, ephemeral: false, askerId: ASKER });
    expect(none.body.components).toBeUndefined();
  });
});

describe("context", () => {
  it("shows the sentence in bold inside its paragraph, cited", async () => {
    const renewed = answerer.corpus.sentences.find((s) => s.text === "The agreement was last renewed in 2001.")!;
    const body = renderContext(answerer, renewed);
    expect(body.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(body.content).toMatch(/^\*\*Context\*\* from \[1\]\n> Signed by former Chinese Premier .* \*\*The agreement was last renewed in 2001\.\*\*\n-# \[1\] UPI/);
  });

  it("shows a sentence alone on its line with the sentences either side", async () => {
    const alone = answerer.corpus.sentences.find((s) => s.text === "The treaty between China and North Korea is valid for 20 years.")!;
    const body = renderContext(answerer, alone);
    const quoted = body.content.split("\n").filter((l) => l.startsWith("> "));
    expect(quoted).toHaveLength(3);
    expect(quoted[1]).toBe("> **The treaty between China and North Korea is valid for 20 years.**");
  });

  it("stays within 2000 characters for every sentence of the corpus", async () => {
    for (const s of answerer.corpus.sentences) expect(renderContext(answerer, s).content.length).toBeLessThanOrEqual(2000);
  });
});
