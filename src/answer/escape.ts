import { escapeMarkdown } from "@discordjs/formatters";

/**
 * Makes article (or user) text inert in a Discord message: it shows exactly as written and
 * can neither format the message nor mention anyone. discord.js's `escapeMarkdown` (all
 * rules on) handles emphasis, code, spoilers, headings, lists and masked links; on top of it:
 * - `<` so `<@123>`, `<@&role>`, `<#channel>` and `<t:...>` stay text, not pills;
 * - `@everyone` / `@here` get a zero-width joiner so they never read as mass mentions,
 *   even if a message were ever sent without `allowed_mentions` (which every reply sets);
 * - `>` and `-#` so text cannot open a quote or subtext of its own.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/[<>]/g, "\\$&")
    .replace(/@(everyone|here)\b/gi, "@\u2060$1")
    .replace(/^(\s*)-#/gm, "$1\\-#");
}

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
