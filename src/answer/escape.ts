/**
 * Makes article (or user) text inert in a Discord message: it shows exactly as written and
 * can neither format the message, link anywhere nor mention anyone.
 * - Every character that opens or closes a Discord markdown construct gets a backslash, always:
 *   emphasis, strike, spoiler and code (`* _ ~ | \``), quotes and mention pills (`< >`),
 *   masked links (`[ ] ( )`), headings, subtext and lists (`# - +`, and `1.` at a line start),
 *   links (`:`, so `https://` is not linked), the backslash itself and `@`. Discord shows a
 *   backslash before punctuation as nothing. discord.js's `escapeMarkdown` is not used: it
 *   escapes by context and property tests found inputs it leaves live (`<:e:1…> __x__` still
 *   underlines, `[a](<https://…>)` still links).
 * - `@everyone` / `@here` also get a word joiner so they never read as mass mentions, even if
 *   a message were ever sent without `allowed_mentions` (which every reply sets).
 * - Control characters go (a tab becomes a space, a newline stays), and so do bidi overrides
 *   and isolates, which could make the text around them read backwards; a lone surrogate half
 *   (which UTF-8, and so Discord, cannot carry) becomes U+FFFD.
 */
export function escapeText(text: string): string {
  // Most of an article's words need nothing of the below: then the text is its own escape.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return displayable(text)
    .replace(MARKDOWN, "\\$&")
    .replace(/^(\s*\d+)\./gm, "$1\\.")
    .replace(/@(everyone|here)/gi, "@\u2060$1");
}

const MARKDOWN = /[\\*_~|`<>[\]()#+\-:@]/g;
/**
 * Any character one of the rules of `escapeText` acts on (control characters, bidi controls,
 * surrogate halves, markdown, a digit before "."): a text without one passes unchanged. Not a
 * Unicode-mode pattern, so each half of a surrogate pair is seen.
 */
const NEEDS_ESCAPING = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\\*_~|`<>[\]()#+\-:@]|\d\./;

/** Escapes `text` and wraps the given character ranges in bold. Ranges must not overlap. */
export function escapeWithBold(text: string, ranges: readonly (readonly [number, number])[]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at || end <= start) continue;
    out += escapeText(text.slice(at, start)) + `**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function displayable(text: string): string {
  return text
    .replace(/\t/g, " ")
    .replace(INVISIBLE, (c) => (c === "\n" ? c : ""))
    .replace(LONE_SURROGATE, "\uFFFD");
}
