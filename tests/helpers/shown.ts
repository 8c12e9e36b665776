/**
 * What Discord shows for message content: a backslash before ASCII punctuation is not shown
 * (that is how the bot escapes article text), nor the word joiner that defuses `@everyone`.
 * Tests about which words appear compare this; tests about escaping compare the raw content.
 */
export function shown(content: string): string {
  return content.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\u2060/g, "");
}
