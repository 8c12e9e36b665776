import { MessageFlags } from "discord-api-types/v10";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Passage } from "../src/answer/answer.js";
import { citationLine, formatAnswerReply } from "../src/answer/discordReply.js";
import { escapeText, escapeWithBold } from "../src/answer/escape.js";
import { DISCORD_LIMITS } from "../src/answer/limits.js";
import { formatAnswerText } from "../src/answer/terminal.js";
import { buildAnswerer } from "../src/pipeline.js";

const answerer = buildAnswerer("corpus");

function passage(text: string, overrides: Partial<Passage> = {}): Passage {
  const sentence = answerer.corpus.sentences[0]!;
  return {
    sentence,
    text,
    score: 1,
    citation: { n: 9, articleId: "x", title: "A *title* with _marks_", publisher: "Pub", published: "2021-07" },
    alsoReportedBy: [],
    highlights: [],
    ...overrides,
  };
}

describe("escaping article text", () => {
  it.each(["*", "_", "`", "~~", "||", "\\"])("makes %j inert", (mark) => {
    const escaped = escapeText(`a ${mark}b${mark} c`);
    expect(escaped).not.toBe(`a ${mark}b${mark} c`);
    expect(escaped.replace(/\\(.)/g, "$1")).toBe(`a ${mark}b${mark} c`);
  });

  it("cannot open a quote, heading, subtext or list of its own", () => {
    expect(escapeText("> quoted")).toBe("\\> quoted");
    expect(escapeText("# Heading")).toBe("\\# Heading");
    expect(escapeText("-# small")).toBe("\\-\\# small");
    expect(escapeText("1. first")).toBe("1\\. first");
    expect(escapeText("- item")).toBe("\\- item");
  });

  it("cannot mention anyone or render a mention pill", () => {
    const text = escapeText("@everyone and @here and <@123456789012345678> and <@&123456789012345678>");
    expect(text).not.toMatch(/@everyone|@here|(^|[^\\])</);
    expect(text.replace(/\u2060/g, "").replace(/\\/g, "")).toBe("@everyone and @here and <@123456789012345678> and <@&123456789012345678>");
  });

  it("passes a text that needs no escaping through as it is, and escapes every other as the full rules do", () => {
    // The rules written out in full (escapeText skips them for text none of them touches).
    const full = (t: string) =>
      t
        .replace(/\t/g, " ")
        .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === "\n" ? c : ""))
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
        .replace(/[\\*_~|`<>[\]()#+\-:@]/g, "\\$&")
        .replace(/^(\s*\d+)\./gm, "$1\\.")
        .replace(/@(everyone|here)/gi, "@\u2060$1");
    const pieces = ["a", "Z", " ", "1", ".", "\n", "\t", "\u0085", "\u202E", "\u2067", "\uD83D", "\uDE00", "😀", "é", "*", "_", "~", "|", "`", "<", ">", "[", "]", "(", ")", "#", "+", "-", ":", "@", "\\", "everyone", "here"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(escapeText(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
    expect(escapeText("The treaty was renewed in 1981 and 2001")).toBe("The treaty was renewed in 1981 and 2001");
  });

  it("bolds the given ranges and escapes inside and around them", () => {
    expect(escapeWithBold("the *treaty* was renewed", [[4, 12], [17, 24]])).toBe("the **\\*treaty\\*** was **renewed**");
  });
});

describe("the Discord reply", () => {
  it("quotes each passage with bold question words and a numbered citation", () => {
    const reply = formatAnswerReply(answerer.answer("when was it renewed"));
    expect(reply.content).toContain("> The agreement was last **renewed** in 2001.");
    expect(reply.content).toContain("-# [1] UPI, [“China stands by mutual defense treaty with North Korea after 60 years”](<https://www.upi.com/Top_News/World-News/2021/07/07/China-stands-by-mutual-defense-treaty-with-North-Korea-after-60-years/8851625677806/>), 7 July 2021");
    expect(reply.content).toContain("[2] Blasting News, [“China and North Korea pledge");
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.flags & MessageFlags.SuppressEmbeds).toBeTruthy();
    expect(reply.flags & MessageFlags.Ephemeral).toBe(0);
  });

  it("says so plainly, to the asker only, when nothing answers", () => {
    const reply = formatAnswerReply(answerer.answer("what is the capital of France"));
    expect(reply.content).toMatch(/Nothing in the articles answers that/);
    expect(reply.content).not.toContain(">");
    expect(reply.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it("links the headline only when a url is known, without a preview", () => {
    const c = { n: 2, articleId: "a", title: "Head", publisher: "P", published: "2021" };
    expect(citationLine(c)).toBe("[2] P, “Head”, 2021");
    expect(citationLine({ ...c, url: "https://example.org/a" })).toBe("[2] P, [“Head”](<https://example.org/a>), 2021");
  });

  it("escapes markdown and mentions in the question, the passages and the citations", () => {
    const answer: Answer = {
      question: "@everyone **bold** <@&1234567890123456789>",
      answered: true,
      passages: [passage("Text with @here and `code` and <@123456789012345678>.")],
    };
    const { content } = formatAnswerReply(answer);
    expect(content).not.toMatch(/@everyone|@here|(^|[^\\])<|(^|[^\\])`/);
    expect(content).toContain("\\*\\*bold\\*\\*");
    expect(content).toContain("A \\*title\\* with \\_marks\\_");
  });

  it("stays within 2000 characters with the longest question and sentences", () => {
    const long = "word ".repeat(400).trim();
    const answer: Answer = {
      question: "q".repeat(300),
      answered: true,
      passages: Array.from({ length: 10 }, () => passage(long, { alsoReportedBy: [{ n: 3, articleId: "y", title: "t".repeat(300) }] })),
    };
    const { content } = formatAnswerReply(answer);
    expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(content).toContain("…");
  });

  it("stays within limits even when every character needs escaping", () => {
    const answer: Answer = { question: "*".repeat(300), answered: true, passages: [passage("_".repeat(1500)), passage("`".repeat(1500))] };
    expect(formatAnswerReply(answer).content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });
});

describe("the terminal answer", () => {
  it("lists passages with their citations", () => {
    const text = formatAnswerText(answerer.answer("when was it renewed"));
    expect(text).toMatch(/^Q: when was it renewed/);
    expect(text).toContain('[1] UPI, "China stands by mutual defense treaty with North Korea after 60 years", 7 July 2021 <https://www.upi.com/Top_News/World-News/2021/07/07/China-stands-by-mutual-defense-treaty-with-North-Korea-after-60-years/8851625677806/>');
  });
});

describe("citation links", () => {
  it("cannot be broken out of by the url", () => {
    const line = citationLine({ n: 1, articleId: "a", title: "T", url: "https://example.org/a>b <c" });
    expect(line).toBe("[1] publisher not named, [“T”](<https://example.org/a%3Eb%20%3Cc>)");
  });
});
