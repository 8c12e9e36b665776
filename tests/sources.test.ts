import { MessageFlags } from "discord-api-types/v10";
import { afterAll, describe, expect, it } from "vitest";
import { formatAnswerReply } from "../src/answer/discordReply.js";
import { buildAnswerer } from "../src/pipeline.js";
import { buildSourceCatalog, loadSampleQuestions } from "../src/sources/catalog.js";
import { formatPinnedSources, formatSourceCard, formatSourceList, leadSentences, listPages } from "../src/sources/format.js";
import { articleChoices, resolveArticle } from "../src/sources/match.js";
import { permissionLabel, pinId, pinRefusal, withPinButton } from "../src/sources/pin.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);
const corpusOf = (files: Record<string, string>) => tempCorpus(files);

const bundled = buildAnswerer("corpus");
const catalog = buildSourceCatalog(bundled, loadSampleQuestions(bundled.corpus.dir));
const [upi, second, pressTv, fourth] = bundled.corpus.articles;

describe("most quoted sentences", () => {
  it("counts, per sentence, the sample questions whose answer quotes it", () => {
    const renewal = upi!.sentences.find((s) => s.text === "The agreement was last renewed in 2001.")!;
    const expected = loadSampleQuestions("corpus").filter((q) => bundled.answer(q).passages.some((p) => p.sentence.id === renewal.id)).length;
    expect(expected).toBeGreaterThan(0);
    expect(catalog.quoted(upi!.id).find((q) => q.sentence.id === renewal.id)?.answers).toBe(expected);
    const counts = catalog.quoted(upi!.id).map((q) => q.answers);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("is the same on every start, and its version changes with the corpus", () => {
    const again = buildSourceCatalog(bundled, loadSampleQuestions("corpus"));
    expect(again.version).toBe(catalog.version);
    expect(again.quoted(pressTv!.id)).toEqual(catalog.quoted(pressTv!.id));
    const other = buildAnswerer(corpusOf({ "a.md": "---\ntitle: One\n---\nThe envoys met.\n" }));
    expect(buildSourceCatalog(other, []).version).not.toBe(catalog.version);
  });
});

describe("finding an article", () => {
  const articles = bundled.corpus.articles;
  it("suggests by publisher, headline words or number, in any case and accent", () => {
    expect(articleChoices(articles, "PRESS tv").map((c) => c.value)).toEqual([pressTv!.id]);
    expect(articleChoices(articles, "pledge").map((c) => c.value)).toContain(second!.id);
    expect(articleChoices(articles, "défense").map((c) => c.value)).toEqual([upi!.id]);
    expect(articleChoices(articles, "nothing like this")).toEqual([]);
    for (const c of articleChoices(articles, "")) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it("resolves an id, a citation number or typed text", () => {
    expect(resolveArticle(articles, pressTv!.id)).toBe(pressTv);
    expect(resolveArticle(articles, "[3]")).toBe(pressTv);
    expect(resolveArticle(articles, "#1")).toBe(upi);
    expect(resolveArticle(articles, "9")).toBeUndefined();
    expect(resolveArticle(articles, "  ")).toBeUndefined();
  });
});

describe("source card", () => {
  it("skips the headline repeated at the top of the text when choosing lead sentences", () => {
    expect(leadSentences(upi!)[0]!.text).toMatch(/^July 7 \(UPI\) -- A bilateral defense treaty/);
    // Article 4 has no title of its own: its first sentence is the title, so the lead starts after it.
    expect(leadSentences(fourth!)[0]!.text).toMatch(/^The defence treaty guarantees cooperation/);
    // Article 2's headline comes from its address, not its text: its lead is its first sentence.
    expect(leadSentences(second!)[0]!.text).toMatch(/^A treaty of friendship, cooperation and mutual assistance/);
  });

  it("escapes hostile article text, never pings, links only a known address, and fits Discord's limit", () => {
    const long = "word ".repeat(120);
    const dir = corpusOf({
      "a.md": `---\ntitle: "@everyone **read** <@123> ${"word ".repeat(55)}"\npublisher: "[Click](https://evil.example) ${"p".repeat(60)}"\npublished: 2021-07-07\nurl: https://example.org/story?q=<b>&x="y"\n---\n${`> Quote @here <#1> ${long}. `.repeat(8)}\n`,
    });
    const answerer = buildAnswerer(dir);
    const c = buildSourceCatalog(answerer, ["what did the quote say"]);
    const card = formatSourceCard(c, answerer.corpus.articles[0]!);
    expect(card.content.length).toBeLessThanOrEqual(2000);
    expect(card.allowed_mentions).toEqual({ parse: [] });
    expect(card.flags & MessageFlags.Ephemeral).toBe(0);
    expect(card.content).not.toMatch(/(?<!\\)<@123>|@everyone|@here|(?<!\\)\[Click\]/);
    expect(card.content).toContain("<https://example.org/story?q=%3Cb%3E&x=%22y%22>");
    expect(card.components).toEqual([{ type: 1, components: [expect.objectContaining({ type: 2, custom_id: "pin:card", label: "Pin" })] }]);
  });

  it("says so when no sample question is answered from the article", () => {
    const dir = corpusOf({ "a.md": "---\ntitle: Weather\n---\nIt rained in Paris on Monday.\n" });
    const answerer = buildAnswerer(dir);
    const card = formatSourceCard(buildSourceCatalog(answerer, ["who signed the treaty"]), answerer.corpus.articles[0]!);
    expect(card.content).toContain("-# None of the bot's answers to its 1 sample question quotes this article.");
    expect(card.content).toContain("Weather**\npublisher not named · date not given\n> It rained in Paris on Monday.");
  });
});

describe("source list", () => {
  it("fits every page in one message and shows each article exactly once", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`${String(i).padStart(3, "0")}.md`] = `---\ntitle: ${"Headline ".repeat(20)}${i}\npublisher: ${"Publisher ".repeat(9)}\n---\nSentence ${i} of the story.\n`;
    const answerer = buildAnswerer(corpusOf(files));
    const c = buildSourceCatalog(answerer, []);
    const pages = listPages(c.articles);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat().map((a) => a.n)).toEqual(c.articles.map((a) => a.n));
    pages.forEach((_, p) => expect(formatSourceList(c, p)!.content.length).toBeLessThanOrEqual(2000));
    expect(formatSourceList(c, pages.length)).toBeUndefined();
    const pinned = formatPinnedSources(c);
    expect(pinned.content.length).toBeLessThanOrEqual(2000);
    expect(pinned.content).toMatch(/…and \d+ more: `\/sources` lists them all\.$/);
  });
});

describe("Pin button", () => {
  it("goes under public replies only", () => {
    const answered = withPinButton(formatAnswerReply(bundled.answer("when was it renewed")), "answer");
    expect(answered.components).toEqual([{ type: 1, components: [expect.objectContaining({ custom_id: "pin:answer" })] }]);
    const refused = formatAnswerReply(bundled.answer("what is the capital of France"));
    expect(withPinButton(refused, "answer")).toBe(refused);
  });

  it("parses only the ids it builds", () => {
    expect(pinId.parse("card")).toEqual({ kind: "card" });
    for (const forged of ["", "delete", "card:1", "CARD"]) expect(pinId.parse(forged)).toBeUndefined();
  });

  it("names the missing permission, the member's first", () => {
    expect(permissionLabel("ReadMessageHistory")).toBe("Read Message History");
    expect(pinRefusal({ member: [], bot: [] })).toBeUndefined();
    expect(pinRefusal({ member: ["PinMessages"], bot: ["PinMessages"] })).toMatch(/^Pinning needs the \*\*Pin Messages\*\* permission/);
    expect(pinRefusal({ member: [], bot: ["ReadMessageHistory", "PinMessages"] })).toMatch(/I need the \*\*Read Message History\*\* and \*\*Pin Messages\*\* permission/);
  });
});
