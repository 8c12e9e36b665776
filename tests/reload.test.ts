import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createBotContext } from "../src/discord/command.js";
import { createLogger } from "../src/logger.js";
import { buildPipeline } from "../src/pipeline.js";
import { Reloader } from "../src/reload/reloader.js";
import { corpusHash, readSavedIndex } from "../src/savedIndex.js";
import { ALL_FEATURES } from "../src/search/engine.js";
import { logCapture } from "./helpers/bot.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

/** Live reload on its own: a real worker thread builds, the bot's context is swapped whole. */
afterAll(removeTempCorpora);
const open: Reloader[] = [];
afterEach(() => open.splice(0).forEach((r) => r.close()));

const ARTICLE = (n: number, title: string, text: string) => `---\nn: ${n}\ntitle: ${title}\npublisher: Test Wire\n---\n${text}\n`;

function reloaderFor(dir: string) {
  const capture = logCapture();
  const logger = createLogger({ level: "info", destination: capture.destination });
  const pipeline = buildPipeline(dir);
  pipeline.answerer.rememberAnswers(); // as a bot process's start-up does
  const reloader = new Reloader(createBotContext(pipeline, logger), { dir, indexFile: join(dir, ".cache", "index.json"), logger, debounceMs: 100 });
  open.push(reloader);
  return { reloader, logs: capture };
}

const topTitle = async (ctx: Reloader["current"], question: string) => {
  const p = (await ctx.answerer.answer(question)).passages[0];
  return p && ctx.answerer.article(p.sentence.articleId)?.title;
};

describe("live reload", () => {
  it("answers from an added article after a reload, while a context taken before keeps the old articles", async () => {
    const dir = tempCorpus({}, "corpus");
    const { reloader } = reloaderFor(dir);
    const before = reloader.current;
    // Asked before the change, so that an answer kept for it (see recentAnswers.ts) would show.
    expect(await topTitle(before, "lunar observatory")).toBeUndefined();
    writeFileSync(join(dir, "005_moon.txt"), ARTICLE(5, "Moon treaty talks", "The envoys discussed a lunar observatory on Friday."));
    await expect(reloader.reload("test")).resolves.toMatchObject({ swapped: true, articles: 5 });
    const after = reloader.current;
    expect(after).not.toBe(before);
    expect(await topTitle(after, "lunar observatory")).toBe("Moon treaty talks");
    // The new answerer keeps its own answers too.
    expect(await after.answerer.answer("lunar observatory")).toBe(await after.answerer.answer("lunar observatory"));
    // An interaction that took the old context finishes on it, consistently.
    expect(before.answerer.corpus.articles).toHaveLength(4);
    expect(before.sources.articles).toHaveLength(4);
    expect(after.sources.articles.map((a) => a.n)).toEqual([1, 2, 3, 4, 5]);
    expect(after.quotes).not.toBe(before.quotes);
    expect(after.suggester).not.toBe(before.suggester);
    // The bounded state behind buttons carries over.
    expect(after.answers).toBe(before.answers);
    expect(after.cooldown).toBe(before.cooldown);
    // The saved index matches the folder now, for the next start, quotations and suggestions included.
    const saved = readSavedIndex(join(dir, ".cache", "index.json"), corpusHash(dir, ALL_FEATURES));
    expect(saved?.quotes).toBeDefined();
    expect(saved?.suggestions).toBeDefined();
  });

  it("swaps in the quotations and suggestions the worker built, the same as building them here", async () => {
    const dir = tempCorpus({}, "corpus");
    const { reloader } = reloaderFor(dir);
    writeFileSync(join(dir, "005_moon.txt"), ARTICLE(5, "Moon treaty talks", "“We will build a lunar observatory,” Kim Jong Un said on Friday."));
    await reloader.reload("test");
    const fresh = buildPipeline(dir);
    const after = reloader.current;
    expect(after.suggester.questions).toEqual(fresh.suggester.questions);
    expect(after.suggester.complete("moon")).toEqual(fresh.suggester.complete("moon"));
    expect(after.quotes.quotes.map((q) => [q.articleId, q.start, q.end, q.speaker])).toEqual(fresh.quotes.quotes.map((q) => [q.articleId, q.start, q.end, q.speaker]));
    expect(after.quotes.quotes.some((q) => q.articleId === "005_moon" && q.speaker === "Kim Jong-un")).toBe(true);
  });

  it("applies two changes made at once one after the other, losing neither", async () => {
    const dir = tempCorpus({}, "corpus");
    const { reloader } = reloaderFor(dir);
    writeFileSync(join(dir, "005_a.txt"), ARTICLE(5, "Harbour agreement", "The harbour agreement covers fishing boats."));
    const first = reloader.reload("first");
    writeFileSync(join(dir, "006_b.txt"), ARTICLE(6, "Railway agreement", "The railway agreement covers freight trains."));
    const second = reloader.reload("second");
    const third = reloader.reload("third"); // joins the second, which has not started
    expect(third).toBe(second);
    await Promise.all([first, second]);
    expect(reloader.current.answerer.corpus.articles.map((a) => a.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await topTitle(reloader.current, "freight trains")).toBe("Railway agreement");
  });

  it("does nothing when the articles have not changed, and keeps the old ones when a file is broken", async () => {
    const dir = tempCorpus({}, "corpus");
    const { reloader, logs } = reloaderFor(dir);
    await reloader.reload("first");
    const ctx = reloader.current;
    await expect(reloader.reload("again")).resolves.toEqual({ swapped: false, reason: "unchanged" });
    writeFileSync(join(dir, "005_bad.txt"), "---\npublished: yesterday\n---\nText.\n");
    await expect(reloader.reload("broken")).rejects.toThrow(/005_bad\.txt:2: front-matter field 'published'/);
    expect(reloader.current).toBe(ctx);
    expect(logs.parsed().find((l) => l.msg.startsWith("reload failed"))).toMatchObject({ level: 50, reasons: ["broken"] });
  });

  it("reloads by itself when a file in the folder changes", async () => {
    const dir = tempCorpus({}, "corpus");
    const { reloader, logs } = reloaderFor(dir);
    reloader.watch();
    const before = reloader.current;
    writeFileSync(join(dir, ".005_x.txt.tmp"), "being written"); // temporary files are ignored
    writeFileSync(join(dir, "005_watch.txt"), ARTICLE(5, "Watched article", "The watcher noticed the new border bridge to North Korea."));
    await expect.poll(() => reloader.current !== before, { timeout: 15_000, interval: 100 }).toBe(true);
    await reloader.idle();
    expect(await topTitle(reloader.current, "border bridge")).toBe("Watched article");
    expect(logs.parsed().filter((l) => l.msg === "reloaded the articles").map((l) => l.reasons)).toEqual([["files changed"]]);
    expect(existsSync(join(dir, ".cache", "index.json"))).toBe(true);
  });
});
