import { MessageFlags } from "discord-api-types/v10";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatAnswerReply } from "../src/answer/discordReply.js";
import { escapeText } from "../src/answer/escape.js";
import { DISCORD_LIMITS, truncate } from "../src/answer/limits.js";
import { defineCustomId, snowflakeField } from "../src/discord/customId.js";
import { buildAnswerer } from "../src/pipeline.js";
import { STEM_CACHE_LIMIT, ENTITY_CACHE_LIMIT, WORD_CACHE_LIMIT } from "../src/search/analyzer.js";
import { validateRequest } from "./helpers/discordSpec.js";
import { hostileString, LONE_SURROGATE, markdownNodes } from "./helpers/hostile.js";

/**
 * Property tests over the real pipeline and formatter: for any question of up to 300
 * characters, the reply is safe to send. A fixed seed keeps runs reproducible; a failure
 * prints the shrunk counterexample. Search deeper with e.g.
 * `SEED=$RANDOM RUNS=5000 npx vitest run tests/hostile.test.ts`.
 */
const answerer = buildAnswerer("corpus");
const SEED = Number(process.env.SEED ?? 20210711);
const RUNS = Number(process.env.RUNS ?? 200);

/** Nodes no reply may contain, wherever they would come from (the question or an article). */
const FORBIDDEN = new Set([
  "everyone", "here", "user", "role", "channel", "emoji", "timestamp", "slashCommand", "guildNavigation",
  "em", "underline", "strikethrough", "spoiler", "codeBlock", "heading", "autolink",
]);
/** The reply's own inline code: the command it suggests. */
const OWN_CODE = new Set(["/sources"]);
const CITATION_URLS = new Set(answerer.corpus.articles.flatMap((a) => (a.url ? [a.url] : [])));
/** What the echoed question may contain once parsed: plain text (Discord links bare URLs itself). */
const PLAIN = new Set(["text", "url", "br", "emoticon", "twemoji"]);

describe("hostile questions through the real answerer and formatter", () => {
  it("always give a reply within Discord's limits that its OpenAPI description accepts", () => {
    fc.assert(
      fc.property(hostileString, (question) => {
        const reply = formatAnswerReply(answerer.answer(question));
        expect(reply.content.length).toBeGreaterThan(0);
        expect(reply.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        expect(reply.content).not.toMatch(LONE_SURROGATE);
        expect(reply.allowed_mentions).toEqual({ parse: [] });
        expect(reply.flags & MessageFlags.SuppressEmbeds).toBeTruthy();
        validateRequest("POST", "/interactions/1/token/callback", { type: 4, data: reply });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("never let the question format the message, mention anyone or add a link", () => {
    fc.assert(
      fc.property(hostileString, (question) => {
        const { content } = formatAnswerReply(answerer.answer(question));
        const nodes = markdownNodes(content);
        expect(nodes.filter((n) => FORBIDDEN.has(n.type)).map((n) => n.type)).toEqual([]);
        expect(nodes.filter((n) => n.type === "inlineCode" && !OWN_CODE.has(n.content)).map((n) => n.content)).toEqual([]);
        for (const link of nodes.filter((n) => n.type === "link")) expect(CITATION_URLS).toContain(link.target);
        // The question line: "**Q:**" then nothing but text.
        const questionLine = markdownNodes(content.split("\n")[0]!);
        expect(questionLine[0]).toMatchObject({ type: "strong" });
        expect(questionLine.slice(2).filter((n) => !PLAIN.has(n.type)).map((n) => n.type)).toEqual([]);
        expect(content).not.toMatch(/@(everyone|here)/i);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("escaping any text leaves only plain text, and loses nothing but control characters", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const escaped = escapeText(text);
        expect(markdownNodes(escaped).filter((n) => !PLAIN.has(n.type)).map((n) => n.type)).toEqual([]);
        // Undo the escapes: what is left is the text a member sees, which is what was typed.
        const shown = escaped.replace(/\\([^\p{L}\p{N}\s])/gu, "$1").replace(/@\u2060/g, "@");
        expect(shown).toBe(visible(text));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});

/** What `escapeText` keeps of a text: all but control, bidi-override and lone-surrogate characters. */
function visible(text: string): string {
  return text
    .replace(/\t/g, " ")
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === "\n" ? c : ""))
    .replace(new RegExp(LONE_SURROGATE, "g"), "\uFFFD");
}

describe("cutting text to a limit", () => {
  it("stays within the limit and never splits an emoji into lone surrogate halves", () => {
    fc.assert(
      fc.property(hostileString.filter((s) => !LONE_SURROGATE.test(s)), fc.integer({ min: 2, max: 320 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE_SURROGATE);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});

describe("hostile questions through the search engine", () => {
  it("never throw, stay deterministic, and highlight only inside the passage", () => {
    fc.assert(
      fc.property(hostileString, (question) => {
        const first = answerer.answer(question);
        const again = answerer.answer(question);
        const summary = (a: typeof first) => a.passages.map((p) => [p.sentence.id, p.score, p.highlights, p.alsoReportedBy.map((c) => c.n)]);
        expect(summary(again)).toEqual(summary(first));
        expect(first.answered || first.passages.length === 0).toBe(true);
        for (const p of first.passages) {
          for (const [start, end] of p.highlights) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(p.text.length);
          }
        }
        const analyzer = answerer.search.analyzer;
        expect(analyzer.terms(question)).toEqual(analyzer.terms(question));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("keep a bounded stem cache, however many new words arrive", () => {
    const analyzer = buildAnswerer("corpus").search.analyzer;
    const words = fc.sample(fc.stringMatching(/^[a-z]{4,12}$/), { seed: SEED, numRuns: STEM_CACHE_LIMIT + 500 });
    for (let n = 0; n < words.length; n += 50) analyzer.terms(words.slice(n, n + 50).join(" "));
    expect(analyzer.cachedStems).toBe(STEM_CACHE_LIMIT);
    expect(analyzer.stemWord("renewed")).toBe("renew");
  });

  it("keep bounded caches of texts' names and words, however many new texts arrive, and still find names", () => {
    const analyzer = buildAnswerer("corpus").search.analyzer;
    for (let n = 0; n < ENTITY_CACHE_LIMIT + 500; n++) {
      const text = `question ${n} about Kim`;
      analyzer.entities(text);
      analyzer.words(text);
    }
    expect(analyzer.cachedTexts.entities).toBeLessThanOrEqual(ENTITY_CACHE_LIMIT);
    expect(analyzer.cachedTexts.words).toBeLessThanOrEqual(WORD_CACHE_LIMIT);
    expect(analyzer.entities("what did Xi Jinping say").map((e) => e.entity.name)).toEqual(["Xi Jinping"]);
    expect(analyzer.words("Kim renewed it").map((w) => w.stem)).toEqual(["kim", "renew", undefined]);
  });
});

describe("forged custom ids", () => {
  const codec = defineCustomId("page", ["answer", "offset"], z.object({ answer: snowflakeField, offset: z.coerce.number().int().min(0).max(50) }));

  it("parse to undefined or to a value that builds back into the same id, never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}:${b}`)), (payload) => {
        const value = codec.parse(payload);
        if (value !== undefined) expect(codec.parse(codec.build(value).slice("page:".length))).toEqual(value);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
