import { parse } from "discord-markdown-parser";
import { readFileSync } from "node:fs";
import fc from "fast-check";

/**
 * Hostile input for property tests: anything a member can type into a 300-character option,
 * weighted towards what breaks chat bots (mentions, markdown, code fences, bidi and control
 * characters, combining marks, emoji sequences, regex metacharacters, very long words), mixed
 * with words the articles contain so that real answers (with highlights) are produced too.
 */
export const HOSTILE_FRAGMENTS = [
  "@everyone", "@here", "@EVERYONE", "<@&123456789012345678>", "<@123456789012345678>", "<@!123456789012345678>",
  "<#123456789012345678>", "<t:1700000000:R>", "</treaty:123456789012345678>", "<:pepe:123456789012345678>",
  "<id:customize>", "**", "__", "~~", "||", "*", "_", "`", "``", "```", "```js\n", "> ", ">>> ", "-# ", "# ", "### ",
  "1. ", "- ", "* ", "[x](https://evil.example)", "[**bold**](<https://evil.example>)", "https://evil.example/a_b_c",
  "\\", "\\*", "\\\\", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\u2060", "\ufeff", "\u0000", "\u0007",
  "\u001b[31m", "\u0085", "\r\n", "\n", "\t", "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "🇰🇵", "🇨🇳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🙂",
  "(?:", "(.*)+", "$&", "$1", "[^", "]", "{", "}", "^$", "|", "\\u0000", "%s", "${x}", "{{x}}", "' OR 1=1 --", "__proto__",
  "constructor", "😀".repeat(40), "a".repeat(120), "Ω≈ç√∫", "שלום", "مرحبا", "日本語", "¯\\_(ツ)_/¯", ":smile:", "||@everyone||",
];

export const TREATY_WORDS = [
  "treaty", "renewed", "renewal", "1961", "2001", "2021", "Kim Jong Un", "Kim Il Sung", "Xi Jinping", "Beijing", "Pyongyang",
  "alliance", "mutual", "defense", "defence", "assistance", "China", "North Korea", "when", "who", "what", "why", "Article II",
];

/** The chat lexicon's words and phrases, as written and hyphenated ("still-on", "re-up"): the normaliser's own input. */
const chat = JSON.parse(readFileSync(new URL("../../corpus/chat.json", import.meta.url), "utf8")) as Record<string, unknown>;
export const CHAT_PHRASES = [
  ...(chat.filler as string[]), ...Object.keys(chat.phrases as object), ...Object.keys(chat.demonyms as object),
  ...(chat.claimOpeners as string[]), ...(chat.claimTags as string[]),
].flatMap((p) => [p, p.replace(/ /g, "-")]);

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...TREATY_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...CHAT_PHRASES) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** Any string of at most 300 UTF-16 code units: composed of the above, or fully random. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.array(fragment, { maxLength: 25 }), fc.constantFrom(" ", "", "\n", " ** ", "-", "’")).map(([parts, sep]) => parts.join(sep).slice(0, 300)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }).map((s) => s.slice(0, 300)) },
);

/** Discord's markdown, as Discord's own (simple-markdown based) parser reads it. */
export type MarkdownNode = ReturnType<typeof parse>[number];

/** Every node of `content`'s syntax tree, depth first. */
export function markdownNodes(content: string): MarkdownNode[] {
  const all: MarkdownNode[] = [];
  const walk = (nodes: MarkdownNode[]) => {
    for (const n of nodes) {
      all.push(n);
      if (Array.isArray(n.content)) walk(n.content);
    }
  };
  walk(parse(content, "extended"));
  return all;
}

/** Lone surrogate halves: JSON can carry them but UTF-8 (and so Discord) cannot. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
