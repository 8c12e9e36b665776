/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldValue: 1024,
  embedTotal: 6000,
  /** Autocomplete: choices per response and characters per choice name/value. */
  choices: 25,
  choiceName: 100,
} as const;

/** Longest passage shown whole; a longer sentence is cut so that three always fit in one message. */
export const PASSAGE_CHARS = 520;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut between the two halves of a surrogate pair (an emoji): a lone half is not UTF-8.
  const cut = text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 2] ?? "") ? max - 2 : max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
