import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { draftFromBytes, draftFromUrl, normaliseUrl, saveDraft } from "../src/ingest/addArticle.js";
import { fetchPage } from "../src/ingest/fetchPage.js";
import { IngestError } from "../src/ingest/ingestError.js";
import { startPageServer } from "./helpers/pageServer.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

/**
 * `npm run add-article` against realistic news pages served from 127.0.0.1: navigation, a
 * cookie banner, ads, related links, share buttons, comments, JSON-LD and og: tags.
 */
const WIRE = readFileSync("tests/ingest/wire-65th.html");
const HERALD = readFileSync("tests/ingest/herald-envoys.html");
const CANONICAL = "https://www.northeast-asia-wire.example/world/2026/07/11/beijing-pyongyang-treaty-65-years";
/** Exactly the article's paragraphs, as the page shows them. */
const WIRE_TEXT = [
  "China and North Korea marked the 65th anniversary of their Treaty of Friendship, Cooperation and Mutual Assistance on Saturday with a banquet in Pyongyang and messages between their leaders.",
  "Chinese President Xi Jinping told North Korean leader Kim Jong-un that the alliance, signed on July 11, 1961, had “withstood the test of a changing world” and would be carried forward by a new generation.",
  "Kim replied that the two countries would “defend the treaty as firmly as the mountains and rivers that join them,” according to the state news agency KCNA.",
  "The treaty, the only formal military alliance either country keeps, obliges each side to come to the other's aid at once if it is attacked.",
  "It was renewed automatically for another 20 years in 2021, when the two countries celebrated its 60th anniversary, and stays in force until 2041 unless both sides agree to change it.",
  "Analysts in Seoul said the anniversary messages were warmer than five years ago, as Beijing and Pyongyang sought to show unity amid tension with Washington.",
  "Song Tao's successor at the Communist Party's International Department, Liu Haixing, led the Chinese delegation at the banquet, the embassy said.",
].join("\n");

const html = "text/html; charset=utf-8";
let server: Awaited<ReturnType<typeof startPageServer>>;
const CORPUS_SIZE = 6 * 1024 * 1024;

beforeAll(async () => {
  server = await startPageServer({
    "/world/2026/07/11/beijing-pyongyang-treaty-65-years": { type: html, body: WIRE },
    "/short/65": { status: 301, headers: { location: "/world/2026/07/11/beijing-pyongyang-treaty-65-years?utm_source=push&utm_medium=app" } },
    "/herald/envoys": { type: "text/html", body: HERALD },
    "/plain.txt": { type: "text/plain; charset=utf-8", body: "Treaty notes\n\nThe treaty was signed in Beijing on July 11, 1961, by Zhou Enlai and Kim Il-sung.\n" },
    "/latin1": { type: "text/html; charset=iso-8859-1", body: Buffer.from("<p>Caf\xe9 diplomacy</p>", "latin1") },
    "/undeclared-latin1": { type: "text/html", body: Buffer.concat([Buffer.from("<p>The treaty "), Buffer.from([0xe9, 0x93]), Buffer.from(" was signed.</p>")]) },
    "/report.pdf": { type: "application/pdf", body: "%PDF-1.7" },
    "/huge": { type: "text/plain", body: Buffer.alloc(CORPUS_SIZE, 0x61) },
    "/huge-chunked": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(1024 * 1024, 0x62);
      for (let i = 0; i < 6; i++) res.write(chunk);
      res.end();
    },
    "/gone": { status: 410, type: html, body: "<h1>Gone</h1>" },
    "/broken": { status: 500, type: html, body: "<h1>Oops</h1>" },
    "/slow": () => undefined, // never answers
    "/loop": (req, res) => res.writeHead(302, { location: `/loop?${Number(new URL(req.url!, "http://x").searchParams.get("i") ?? 0) + 1}` }).end(),
    "/to-file": { status: 302, headers: { location: "file:///etc/passwd" } },
    "/links": { type: html, body: `<html><head><title>Index</title></head><body><nav>${'<a href="/a">A story</a> '.repeat(30)}</nav></body></html>` },
  });
});
afterAll(async () => {
  await server?.close();
  removeTempCorpora();
});

const open = { allowPrivate: true };
const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, CORPUS_DIR: "", SOURCE_URL_ALLOW_PRIVATE: "", ...env },
  });
/** As `tsx`, without blocking this process, whose page server must answer the command. */
const tsxAsync = async (script: string, args: string[], env: Record<string, string> = {}) => {
  const run = promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, CORPUS_DIR: "", SOURCE_URL_ALLOW_PRIVATE: "", ...env },
  });
  return run.then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (err: { code?: number; stdout: string; stderr: string }) => ({ status: err.code ?? -1, stdout: err.stdout, stderr: err.stderr }),
  );
};
/** Every file of a folder with its bytes: a refusal must leave it exactly so. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("npm run add-article", () => {
  it("saves exactly the article's text and metadata, and npm run ask then answers from it with the canonical address", async () => {
    const dir = tempCorpus({}, "corpus");
    const before = snapshot(dir);
    const run = await tsxAsync("src/cli/addArticle.ts", [server.url("/short/65"), "--corpus", dir], { SOURCE_URL_ALLOW_PRIVATE: "true" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Headline:   Beijing and Pyongyang toast 65 years of their mutual aid treaty");
    expect(run.stdout).toMatch(/Dropped from the page \(\d+ blocks that are not article text\):\n {2}- We use cookies/);
    expect(run.stdout).toMatch(/Added as \[5\]: .*005_[0-9a-f]{16}\.txt/);

    const added = Object.keys(snapshot(dir)).filter((f) => !(f in before));
    expect(added).toHaveLength(1);
    expect(readFileSync(join(dir, added[0]!), "utf8")).toBe(
      [
        "---",
        "n: 5",
        "title: Beijing and Pyongyang toast 65 years of their mutual aid treaty",
        "publisher: Northeast Asia Wire",
        "published: 2026-07-11",
        `url: ${CANONICAL}`,
        "---",
        WIRE_TEXT,
        "",
      ].join("\n"),
    );
    // Every earlier file is untouched, so their numbers are too; corpus:check passes.
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), "utf8")).toBe(text);
    expect(tsx("src/cli/corpusCheck.ts", ["--corpus", dir]).status).toBe(0);

    const ask = tsx("src/cli/ask.ts", ["--json", "--corpus", dir, "who led the Chinese delegation at the banquet"], { INDEX_FILE: join(dir, ".index.json") });
    const answer = JSON.parse(ask.stdout);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0].text).toContain("Liu Haixing, led the Chinese delegation at the banquet");
    expect(answer.passages[0].citation).toMatchObject({ n: 5, publisher: "Northeast Asia Wire", published: "2026-07-11", url: CANONICAL });
  });

  it("refuses a loopback address unless SOURCE_URL_ALLOW_PRIVATE=true, and writes nothing", async () => {
    const dir = tempCorpus({}, "corpus");
    const before = snapshot(dir);
    const run = await tsxAsync("src/cli/addArticle.ts", [server.url("/herald/envoys"), "--corpus", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Not added: the address leads to this machine or a private network, which the bot does not fetch. Nothing was written.");
    expect(snapshot(dir)).toEqual(before);
    expect(server.requests).not.toContain("/herald/envoys"); // refused before connecting
  });

  it("writes nothing with --dry-run, and reads a local .html file", () => {
    const dir = tempCorpus({}, "corpus");
    const before = snapshot(dir);
    const run = tsx("src/cli/addArticle.ts", ["tests/ingest/herald-envoys.html", "--corpus", dir, "--dry-run"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Headline:   Envoys renew pledge at treaty monument");
    expect(run.stdout).toContain("Publisher:  Pacific Herald");
    expect(run.stdout).toContain("Date:       2026-07-12");
    expect(run.stdout).toContain("Warning: no web address is known: its citation will have no link");
    expect(run.stdout).toContain("Dry run: nothing was written.");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("drafting an article", () => {
  const existing = loadCorpus("corpus").articles;

  it("takes the headline from <title> without the site name, the publisher from JSON-LD, the date from <time>", async () => {
    const draft = await draftFromUrl(server.url("/herald/envoys"), existing, open);
    expect(draft.meta).toEqual({ title: "Envoys renew pledge at treaty monument", publisher: "Pacific Herald", published: "2026-07-12", url: server.url("/herald/envoys") });
    expect(draft.text.split("\n")).toEqual([
      "The Chinese ambassador to Pyongyang, Wang Yajun, laid a wreath at the Friendship Tower on Sunday, a day after the treaty turned 65.",
      `North Korea's vice foreign minister accompanied him, and the two pledged to keep the treaty "as fresh as the day it was signed".`,
      "The Friendship Tower in Pyongyang honours the Chinese soldiers who fought in the Korean War, and leaders of both countries lay wreaths there on anniversaries.",
      "Diplomats said a visit to Beijing by the North Korean premier was being prepared for the autumn.",
    ]);
    expect(draft.dropped).toEqual(expect.arrayContaining(["Loading comments…", "Sponsored: Learn Korean in 10 minutes a day with our award-winning app"]));
    expect(draft.article.n).toBe(5);
  });

  it("keeps a text page as it is, titled by its first line", async () => {
    const draft = await draftFromUrl(server.url("/plain.txt"), existing, open);
    expect(draft.text).toBe("Treaty notes\n\nThe treaty was signed in Beijing on July 11, 1961, by Zhou Enlai and Kim Il-sung.");
    expect(draft.article.title).toBe("Treaty notes");
    expect(draft.warnings).toContain("the page gives no headline: the first sentence will be its title");
  });

  const refusals: [string, string, RegExp][] = [
    ["/latin1", "not-utf8", /encoded as iso-8859-1, not UTF-8/],
    ["/undeclared-latin1", "not-utf8", /not valid UTF-8/],
    ["/report.pdf", "wrong-type", /application\/pdf, not HTML or text/],
    ["/huge", "too-large", /larger than 5 MB/],
    ["/huge-chunked", "too-large", /larger than 5 MB/],
    ["/gone", "http-status", /answered 410 Gone/],
    ["/broken", "http-status", /answered 500 Internal Server Error/],
    ["/loop", "too-many-redirects", /redirects more than 5 times/],
    ["/to-file", "bad-scheme", /only http and https .* not file:/],
    ["/links", "no-text", /no article text was found/],
  ];
  it.each(refusals)("refuses %s (%s) with a reason", async (path, reason, message) => {
    const error = await draftFromUrl(server.url(path), existing, open).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
  });

  it("refuses a page that does not answer in time, an unreachable host and other schemes", async () => {
    await expect(fetchPage(server.url("/slow"), { ...open, timeoutMs: 300 })).rejects.toMatchObject({ reason: "timeout", message: "the page did not arrive within 0.3 s" });
    const closed = await startPageServer({});
    const port = new URL(closed.base).port;
    await closed.close();
    await expect(draftFromUrl(`http://127.0.0.1:${port}/`, existing, open)).rejects.toMatchObject({ reason: "unreachable", message: expect.stringContaining("ECONNREFUSED") });
    await expect(draftFromUrl("file:///etc/passwd", existing, open)).rejects.toMatchObject({ reason: "bad-scheme" });
    await expect(draftFromUrl("ftp://example.org/a.txt", existing, open)).rejects.toMatchObject({ reason: "bad-scheme" });
    await expect(draftFromUrl("not a url", existing, open)).rejects.toMatchObject({ reason: "bad-url" });
  });

  it("refuses private, link-local and multicast addresses without connecting", async () => {
    for (const address of ["http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://224.0.0.1/", "http://0.0.0.0/"]) {
      await expect(fetchPage(address, { allowPrivate: false, timeoutMs: 2000 })).rejects.toMatchObject({ reason: "private-address" });
    }
  });

  it("refuses an article already in the corpus, naming its number: same address (tracking parameters aside), headline or text", async () => {
    const dir = tempCorpus({}, "corpus");
    const first = await draftFromUrl(server.url("/world/2026/07/11/beijing-pyongyang-treaty-65-years"), loadCorpus(dir).articles, open);
    expect(saveDraft(first, dir).n).toBe(5);
    const before = snapshot(dir);
    const articles = loadCorpus(dir).articles;
    // Again, through a short link whose target carries utm_ parameters: its canonical address is the same.
    await expect(draftFromUrl(server.url("/short/65"), articles, open)).rejects.toMatchObject({ reason: "duplicate", message: expect.stringMatching(/already in the corpus as \[5\] \(the same address\)/) });
    // The same headline on another site.
    const retitled = Buffer.from(WIRE.toString().replaceAll(CANONICAL, "https://other.example/story"));
    expect(() => draftFromBytes(retitled, { kind: "html", source: "copy.html" }, articles)).toThrow(/already in the corpus as \[5\] \(the same headline\)/);
    // The text of an existing article, uploaded as a file without its front matter.
    const upi = readFileSync("corpus/000_800dbf628b9ad5a2.txt", "utf8").replace(/^---[\s\S]*?---\n/, "");
    expect(() => draftFromBytes(Buffer.from(upi), { kind: "text", source: "upi.txt" }, articles)).toThrow(/already in the corpus as \[1\] \(the same text\)/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("takes the number free when it writes, past one added meanwhile", () => {
    const dir = tempCorpus({ "a.txt": "---\nn: 3\ntitle: Three\n---\nThe envoys met on Monday.\n", "b.txt": "No number here.\n" });
    const draft = draftFromBytes(Buffer.from("A new story about the treaty.\n"), { kind: "text", source: "new.txt" }, loadCorpus(dir).articles);
    expect(draft.article.n).toBe(5);
    writeFileSync(join(dir, "c.txt"), "---\nn: 9\n---\nAdded by someone else meanwhile.\n");
    expect(saveDraft(draft, dir)).toMatchObject({ n: 11, file: expect.stringMatching(/011_[0-9a-f]{16}\.txt$/) });
    // b.txt, without a number of its own, moves past the highest kept one (corpus:check says to give it one).
    expect(loadCorpus(dir).articles.map((a) => [a.n, a.numbered])).toEqual([[11, true], [3, true], [12, false], [9, true]]);
  });

  it("refuses a Markdown file whose front matter the corpus would refuse, and cuts an over-long headline", () => {
    expect(() => draftFromBytes(Buffer.from("---\npublished: last week\n---\nThe treaty text.\n"), { kind: "markdown", source: "a.md" }, existing)).toThrow(
      expect.objectContaining({ reason: "bad-file", message: expect.stringContaining("front-matter field 'published' must be YYYY") }),
    );
    const long = `<html><head><meta property="og:title" content="${"Headline ".repeat(50)}"></head><body><article>${"<p>The envoys met again in Dandong to talk about the bridge across the Yalu river and the treaty.</p>".repeat(4)}</article></body></html>`;
    const draft = draftFromBytes(Buffer.from(long), { kind: "html", source: "long.html" }, existing);
    expect(draft.meta.title).toHaveLength(300);
    expect(draft.meta.title!.endsWith("…")).toBe(true);
  });

  it("compares addresses without tracking parameters, fragments or a trailing slash", () => {
    expect(normaliseUrl("https://a.example/x/?utm_source=t&id=4&fbclid=z#top")).toBe("https://a.example/x?id=4");
    expect(normaliseUrl("https://A.example/x")).toBe(normaliseUrl("https://a.example/x/?utm_campaign=c"));
  });
});
