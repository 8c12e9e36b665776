import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type APIInteraction, MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAll } from "./helpers/discordSpec.js";
import { startTestBot } from "./helpers/bot.js";
import { DEFAULT_MEMBER_PERMISSIONS, stringOption } from "./helpers/fakeDiscord.js";
import { startPageServer } from "./helpers/pageServer.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

/**
 * /add-source and /remove-source through the real bot and the fake Discord: a moderator adds a
 * page by URL and a file by attachment, the next /treaty answers from each without a restart,
 * earlier articles keep their numbers, removal works, and every bad input is refused with the
 * corpus folder and the answering index unchanged.
 */
const MODERATOR = DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;
const WIRE = readFileSync("tests/ingest/wire-65th.html");
const HERALD = readFileSync("tests/ingest/herald-envoys.html");
const CANONICAL = "https://www.northeast-asia-wire.example/world/2026/07/11/beijing-pyongyang-treaty-65-years";

const customIds = (data: any): string[] => (data.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id));
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("/add-source and /remove-source end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let dir: string;

  beforeAll(async () => {
    pages = await startPageServer({
      "/wire": { type: "text/html; charset=utf-8", body: WIRE },
      "/report.pdf": { type: "application/pdf", body: "%PDF-1.7" },
      "/gone": { status: 404, type: "text/html", body: "<h1>Not here</h1>" },
      "/broken": { status: 503, type: "text/html", body: "<h1>Down</h1>" },
      "/latin1": { type: "text/html; charset=windows-1252", body: Buffer.from("<p>Caf\xe9</p>", "latin1") },
      "/huge": { type: "text/html", body: Buffer.alloc(6 * 1024 * 1024, 0x61) },
      "/links": { type: "text/html", body: `<html><body><nav>${'<a href="/a">A story</a> '.repeat(40)}</nav></body></html>` },
    });
    dir = tempCorpus({}, "corpus");
    t = await startTestBot({ CORPUS_DIR: dir, INDEX_FILE: join(tempCorpus(), "index.json"), SOURCE_URL_ALLOW_PRIVATE: "true" });
  });
  afterAll(async () => {
    await t?.stop();
    await pages?.close();
    removeTempCorpora();
  });

  /** The interaction's final reply: its callback, or the edit of a deferred one (a reload can take over 2 s). */
  async function reply(interaction: APIInteraction): Promise<any> {
    const callback = await t.fake.interactionCallback(interaction, 20_000);
    if (callback.body.type !== 5) return callback.body.data;
    return (await t.fake.waitForWebhook(interaction, "PATCH", { timeoutMs: 20_000 })).body;
  }
  const command = (name: string, options: any[], context: Record<string, unknown> = { permissions: MODERATOR }) => reply(t.fake.dispatchInteraction(t.fake.chatInput(name, options, context)));
  const click = (customId: string, permissions = MODERATOR) => reply(t.fake.dispatchInteraction(t.fake.button({ customId, permissions })));
  const ask = async (question: string) => (await command("treaty", [stringOption("question", question)], {})).content as string;

  it("adds a page by its URL after a private preview, and /treaty answers from it at once", async () => {
    const preview = await command("add-source", [stringOption("url", pages.url("/wire?utm_source=discord"))]);
    expect(preview.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(preview.content).toContain("**Headline:** Beijing and Pyongyang toast 65 years of their mutual aid treaty");
    expect(preview.content).toContain("**Publisher:** Northeast Asia Wire · **Date:** 11 July 2026");
    expect(preview.content).toContain(`**Address:** <${CANONICAL}>`);
    expect(preview.content).toContain("**Sentences:** 7, beginning:\n> China and North Korea marked the 65th anniversary");
    expect(preview.content).toMatch(/-# cleaning removed nothing; \d+ blocks of the page left out/);
    expect(preview.content).not.toContain("names no one and nothing of the bot's subject");
    const [add, cancel] = customIds(preview);
    expect(add).toMatch(/^srcadd:[\w-]{11}$/);
    expect(cancel).toMatch(/^srccancel:[\w-]{11}$/);
    expect(readdirSync(dir).filter((f) => f.startsWith("005_"))).toEqual([]); // nothing written before the click

    const before = t.bot.reloader.current;
    const added = await click(add!);
    expect(added.content).toBe("Added as [5]: “Beijing and Pyongyang toast 65 years of their mutual aid treaty”. The bot answers from it now.");
    expect(t.bot.reloader.current).not.toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith("005_"))).toHaveLength(1);

    const answer = await ask("who led the Chinese delegation at the banquet");
    expect(answer).toContain("Liu Haixing");
    expect(answer).toContain(`[5] Northeast Asia Wire, [“Beijing and Pyongyang toast 65 years of their mutual aid treaty”](<${CANONICAL}>), 11 July 2026`);
    // A second click on the same preview adds nothing.
    expect((await click(add!)).content).toBe("This preview has expired or was already used. Run `/add-source` again.");
    await expect.poll(() => t.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "sources changed")).toMatchObject({ action: "added", n: 5, userId: t.fake.member.id, url: CANONICAL });
  });

  it("adds an uploaded .html file; its citation has no link, since the attachment's address is not the article's", async () => {
    const { option, resolved } = t.fake.attachmentOption("file", "envoys.html", HERALD, "text/html");
    const preview = await command("add-source", [option], { permissions: MODERATOR, resolved });
    expect(preview.content).toContain("**Headline:** Envoys renew pledge at treaty monument");
    expect(preview.content).toContain("**Address:** none known (its citation will have no link)");
    expect(preview.content).toContain("⚠️ no web address is known\\: its citation will have no link");
    const added = await click(customIds(preview)[0]!);
    expect(added.content).toMatch(/^Added as \[6\]: “Envoys renew pledge at treaty monument”/);
    const answer = await ask("who laid a wreath at the Friendship Tower");
    expect(answer).toContain("Wang Yajun");
    expect(answer).toContain("[6] Pacific Herald, “Envoys renew pledge at treaty monument”, 12 July 2026");
    expect(answer).not.toContain("127.0.0.1");
  });

  it("keeps the earlier articles' citation numbers", async () => {
    const answer = await ask("when was it renewed");
    expect(answer).toContain("-# [1] UPI, [“China stands by mutual defense treaty");
    expect(answer).toContain("[2] Blasting News");
  });

  it("refuses a member without Manage Server, for the command and for the buttons", async () => {
    const before = snapshot(dir);
    const refusal = await command("add-source", [stringOption("url", pages.url("/wire"))], { permissions: DEFAULT_MEMBER_PERMISSIONS });
    expect(refusal).toMatchObject({ content: "You need the **Manage Server** permission in this channel to do that.", flags: MessageFlags.Ephemeral });
    expect((await command("remove-source", [stringOption("article", "1")], { permissions: DEFAULT_MEMBER_PERMISSIONS })).content).toContain("Manage Server");
    const forged = await click("srcremove:000_800dbf628b9ad5a2", DEFAULT_MEMBER_PERMISSIONS);
    expect(forged.content).toContain("Manage Server");
    expect(snapshot(dir)).toEqual(before);
  });

  it("removes an article after confirmation; the others keep their numbers", async () => {
    const choices = await t.fake.interactionCallback(t.fake.dispatchInteraction(t.fake.autocomplete("remove-source", [stringOption("article", "northeast", true)], { permissions: MODERATOR })));
    expect(choices.body.data.choices).toEqual([{ name: expect.stringMatching(/^\[5\] Northeast Asia Wire — Beijing and Pyongyang/), value: expect.stringMatching(/^005_/) }]);
    const id = choices.body.data.choices[0].value;
    const confirm = await command("remove-source", [stringOption("article", id)]);
    expect(confirm.content).toMatch(/^Remove \[5\] Northeast Asia Wire, “Beijing and Pyongyang toast 65 years of their mutual aid treaty” from the sources\?/);
    expect(readdirSync(dir).some((f) => f.startsWith("005_"))).toBe(true);
    const removed = await click(customIds(confirm)[0]!);
    expect(removed.content).toBe("Removed [5]: “Beijing and Pyongyang toast 65 years of their mutual aid treaty”. The bot no longer answers from it.");
    expect(readdirSync(dir).some((f) => f.startsWith("005_"))).toBe(false);
    expect(await ask("who led the Chinese delegation at the banquet")).not.toContain("[5]");
    const list = (await command("sources", [], {})).content as string;
    expect([...list.matchAll(/\*\*\[(\d+)\]\*\*/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 6]);
    await expect.poll(() => t.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "sources changed" && l.action === "removed")).toMatchObject({ n: 5, userId: t.fake.member.id });
  });

  it("warns in the preview that an article naming nothing of the bot's subject answers only questions that name it", async () => {
    const { option, resolved } = t.fake.attachmentOption("file", "bakery.txt", "Bakery notes\n\nThe bakery on the corner sells rye bread every morning.\n", "text/plain");
    const preview = await command("add-source", [option], { permissions: MODERATOR, resolved });
    expect(preview.content).toContain("⚠️ it names no one and nothing of the bot's subject");
    expect((await click(customIds(preview)[1]!)).content).toBe("Cancelled: nothing was changed.");
  });

  it("cancels a preview without writing anything", async () => {
    const before = snapshot(dir);
    const preview = await command("add-source", [stringOption("url", pages.url("/wire"))]);
    const cancelled = await click(customIds(preview)[1]!);
    expect(cancelled.content).toBe("Cancelled: nothing was changed.");
    expect((await click(customIds(preview)[0]!)).content).toMatch(/expired or was already used/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses every bad input with a message, leaving the corpus folder and the answering index unchanged", async () => {
    const before = snapshot(dir);
    const ctx = t.bot.reloader.current;
    const upload = (name: string, data: string | Uint8Array, type: string) => t.fake.attachmentOption("file", name, data, type);
    const pdf = upload("report.pdf", "%PDF-1.7", "application/pdf");
    const latin1 = upload("notes.txt", Buffer.from("Caf\xe9 diplomacy on the treaty\n", "latin1"), "text/plain");
    const upi = upload("upi.txt", readFileSync(join(dir, "000_800dbf628b9ad5a2.txt")), "text/plain");
    const both = upload("envoys.html", HERALD, "text/html");
    const cases: [string, any[], any, RegExp][] = [
      ["neither option", [], undefined, /^Give either `url:`/],
      ["both options", [stringOption("url", pages.url("/wire")), both.option], both.resolved, /^Give either `url:`/],
      ["a file: address", [stringOption("url", "file:///etc/passwd")], undefined, /^Not added: only http and https addresses can be fetched, not file:/],
      ["not an address", [stringOption("url", "the treaty article")], undefined, /^Not added: “the treaty article” is not a web address/],
      ["a 404", [stringOption("url", pages.url("/gone"))], undefined, /^Not added: the server answered 404 Not Found/],
      ["a 503", [stringOption("url", pages.url("/broken"))], undefined, /^Not added: the server answered 503 Service Unavailable/],
      ["a PDF", [stringOption("url", pages.url("/report.pdf"))], undefined, /^Not added: the page is .*application\/pdf.*, not HTML or text/],
      ["not UTF-8", [stringOption("url", pages.url("/latin1"))], undefined, /^Not added: the page is encoded as windows-1252, not UTF-8/],
      ["too large", [stringOption("url", pages.url("/huge"))], undefined, /^Not added: the page is larger than 5 MB/],
      ["no article text", [stringOption("url", pages.url("/links"))], undefined, /^Not added: no article text was found on the page/],
      ["unreachable", [stringOption("url", "http://127.0.0.1:9/")], undefined, /^Not added: the site could not be reached/],
      ["a .pdf upload", [pdf.option], pdf.resolved, /^Not added: “report\.pdf” is not an \.html, \.txt or \.md file/],
      ["a Latin-1 upload", [latin1.option], latin1.resolved, /^Not added: the text is not valid UTF-8/],
      ["an article already there", [upi.option], upi.resolved, /^Not added: it is already in the corpus as \[1\] \(the same address\): “China stands by mutual defense treaty/],
    ];
    for (const [what, options, resolved, message] of cases) {
      const refusal = await command("add-source", options, { permissions: MODERATOR, ...(resolved ? { resolved } : {}) });
      expect({ what, content: refusal.content }).toEqual({ what, content: expect.stringMatching(message) });
      expect(refusal.flags & MessageFlags.Ephemeral).toBeTruthy();
      expect(customIds(refusal)).toEqual([]);
    }
    expect(snapshot(dir)).toEqual(before);
    expect(t.bot.reloader.current).toBe(ctx);
    // Each refusal is logged with its reason.
    expect(t.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === "interaction refused" && l.command === "add-source").map((l) => l.outcome)).toEqual(
      expect.arrayContaining(["invalid-option", "refused-bad-scheme", "refused-http-status", "refused-wrong-type", "refused-not-utf8", "refused-too-large", "refused-no-text", "refused-unreachable", "refused-duplicate"]),
    );
  });

  it("says so when the reload after a change fails, and keeps answering from the articles it had", async () => {
    writeFileSync(join(dir, "zzz_broken.txt"), "---\npublished: someday\n---\nText.\n");
    const { option, resolved } = t.fake.attachmentOption("file", "ferry.txt", "Ferry notes\n\nThe ferry between Dandong in China and Sinuiju in North Korea resumed its crossings in the spring.\n", "text/plain");
    const preview = await command("add-source", [option], { permissions: MODERATOR, resolved });
    const before = t.bot.reloader.current;
    const added = await click(customIds(preview)[0]!);
    expect(added.content).toMatch(/^Added as \[\d+\]: “Ferry notes”\. The bot could not reload its articles, though \(.*zzz.*broken.*published.*\); it keeps answering from the ones it had until that is fixed\.$/);
    expect(t.bot.reloader.current).toBe(before);
    rmSync(join(dir, "zzz_broken.txt"));
    await t.bot.reload("test: the folder is fixed");
    expect(await ask("when did the ferry resume its crossings")).toContain("Ferry notes");
  });

  it("lists both commands in /help", async () => {
    const help = await command("help", [], {});
    const names = help.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(["/add-source [url] [file]", "/remove-source article"]));
  });

  it("sent only bodies Discord's OpenAPI description accepts", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThan(20);
  });
});
