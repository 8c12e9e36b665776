import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { buildAnswerer, buildQuoteIndex } from "../src/pipeline.js";
import { formatQuoteReply, formatSharedVerdict, formatUnknownSpeaker, formatVerifyReply } from "../src/quotes/discordReply.js";
import type { RankedQuote } from "../src/quotes/index.js";
import { escapeText } from "../src/answer/escape.js";
import { shown } from "./helpers/shown.js";

const index = buildQuoteIndex(buildAnswerer("corpus"));

function fakeRanked(text: string): RankedQuote {
  const real = index.of("Kim Jong-un")[0]!;
  return { quote: { ...real, text }, alsoReportedBy: [], score: 0 };
}

describe("/quote reply", () => {
  it("gives up to three block quotes, each with '— Speaker, as reported by Publisher [n]' and its citation", () => {
    const reply = formatQuoteReply("Wang Wenbin", index.rank("Wang Wenbin", "constructive role"), "constructive role");
    const blocks = reply.content.split(/\n(?=> “)/);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/^> “.*constructive role.*”\n> — Wang Wenbin, as reported by (UPI \[1\]|Press TV \[3\])/);
    for (const b of blocks) expect(b).toMatch(/\n-# \[\d\] /);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(0);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it("says 'as reported in [n]' when the article names no publisher", () => {
    const reply = formatQuoteReply("Xi Jinping", index.rank("Xi Jinping", "socialist construction"), "socialist construction");
    expect(reply.content).toContain("> — Xi Jinping, as reported in [4]");
  });

  it("shows one statement printed by two articles once, citing both", () => {
    const reply = formatQuoteReply("Kim Jong-un", index.rank("Kim Jong-un", "comradely trust"), "comradely trust");
    expect(reply.content.match(/comradely trust/g)).toHaveLength(1);
    expect(reply.content).toContain("as reported by Press TV [3] and by Blasting News [2]");
  });

  it("says so when no quote is about the words asked for", () => {
    expect(formatQuoteReply("Xi Jinping", index.rank("Xi Jinping", "bananas"), "bananas").content).toMatch(/^No quote of Xi Jinping in the articles is about “bananas”/);
  });

  it("escapes quote text like any article text", () => {
    const reply = formatQuoteReply("Kim Jong-un", [fakeRanked("*bold* <@123> @everyone > quote")]);
    expect(reply.content).toContain(`“${escapeText("*bold* <@123> @everyone > quote")}”`);
    expect(shown(reply.content)).toContain("“*bold* <@123> @everyone > quote”");
  });

  it("always fits in one message", () => {
    const long = "word ".repeat(700).trim();
    const reply = formatQuoteReply("Kim Jong-un", [fakeRanked(long), fakeRanked(long), fakeRanked(long)]);
    expect(reply.content.length).toBeLessThanOrEqual(2000);
    // Three when their citations are short; the real ones carry long addresses, so fewer may fit.
    expect(reply.content.split("\n> “").length).toBeGreaterThanOrEqual(2);
    expect(reply.content).toContain("word…”");
  });

  it("answers an unknown speaker politely, to the asker only", () => {
    const reply = formatUnknownSpeaker("Mickey *Mouse*", ["Kim Jong-un", "Xi Jinping"]);
    expect(reply.content).toContain("“Mickey \\*Mouse\\*”");
    expect(shown(reply.content)).toBe("The articles quote no one called “Mickey *Mouse*”. People quoted: Kim Jong-un, Xi Jinping.");
    expect(reply.flags & MessageFlags.Ephemeral).toBeTruthy();
  });
});

describe("Verify quote reply", () => {
  const posted = ["China will continue to play a decisive role until eternal peace and stability is realized on the peninsula", "the fixed stand", "Kim said the *treaty* is <@123> dead forever"];
  const reply = formatVerifyReply(posted.map((p) => index.verify(p)), { messageUrl: "https://discord.com/channels/1/2/3", shareCustomId: "quoteshare:123456789012345678" });

  it("is ephemeral, links the message checked and offers a Share button", () => {
    expect(reply.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(reply.content).toMatch(/^\*\*Quote check\*\* of \[this message\]\(<https:\/\/discord\.com\/channels\/1\/2\/3>\): 3 quotes/);
    expect(reply.components).toEqual([{ type: 1, components: [{ type: 2, style: 2, label: "Share in channel", custom_id: "quoteshare:123456789012345678" }] }]);
  });

  it("marks a misquote's changed words: struck as posted, bold as the article says", () => {
    expect(reply.content).toContain("⚠️ **Close, not exact** — Wang Wenbin, as reported by UPI [1]");
    expect(reply.content).toContain("> China will continue to play a ~~decisive~~ **constructive** role until ~~eternal~~ **lasting** peace");
  });

  it("says exact with who and where, and not found with the posted words escaped", () => {
    expect(shown(reply.content)).toContain("✅ **Exact** — Kim Jong-un, as reported by Press TV [3]\n> the fixed stand");
    expect(reply.content).toContain(`❌ **Not found** in the articles:\n> ${escapeText("Kim said the *treaty* is <@123> dead forever")}`);
  });

  it("when shared, is public, says who shared it and pings no one", () => {
    const shared = formatSharedVerdict(reply.content, "123456789012345678");
    expect(shared.content.endsWith("\n-# shared by <@123456789012345678>")).toBe(true);
    expect(shared.flags & MessageFlags.Ephemeral).toBe(0);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
    expect(shared.components).toBeUndefined();
  });

  it("always fits in one message, with room to share", () => {
    const many = formatVerifyReply(Array.from({ length: 5 }, () => index.verify("x ".repeat(300) + "China will continue to play a constructive role")));
    expect(many.content.length).toBeLessThanOrEqual(2000 - 60);
  });
});

describe("speaker autocomplete", () => {
  it("offers the people quoted, most quoted first, matching any of their names", () => {
    expect(index.suggestSpeakers("", 25).map((s) => s.name)).toEqual(["Kim Jong-un", "Wang Wenbin", "Xi Jinping", "Ri Son-gwon", "Joe Biden", "Liu Xiaoming"]);
    expect(index.suggestSpeakers("spokes", 25).map((s) => s.name)).toEqual(["Wang Wenbin"]);
    expect(index.suggestSpeakers("kim jong un", 25).map((s) => s.name)).toEqual(["Kim Jong-un"]);
    expect(index.suggestSpeakers("zzz", 25)).toEqual([]);
    expect(index.suggestSpeakers("", 2)).toHaveLength(2);
  });

  it("resolves what was typed to the canonical speaker", () => {
    expect(index.resolveSpeaker("kim jong un")).toBe("Kim Jong-un");
    expect(index.resolveSpeaker("The Chinese spokesman")).toBe("Wang Wenbin");
    expect(index.resolveSpeaker("Chinese spokesman")).toBe("Wang Wenbin");
    expect(index.resolveSpeaker("Mickey Mouse")).toBeUndefined();
  });
});
