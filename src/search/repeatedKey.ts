/**
 * The first key that an object of a JSON text repeats, with its line: `JSON.parse` keeps only the
 * last value of a repeated key, so a phrase listed twice in chat.json with two meanings would
 * lose one without a word. A scan of the text's strings and brackets; undefined when no object
 * repeats a key (the text is assumed to be valid JSON).
 */
export function repeatedKey(text: string): { key: string; line: number } | undefined {
  /** Per open bracket: the keys of an object so far (undefined for an array). */
  const open: (Set<string> | undefined)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === "{") open.push(new Set());
    else if (c === "[") open.push(undefined);
    else if (c === "}" || c === "]") open.pop();
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const keys = open.at(-1);
      // A string is a key when a colon follows it.
      if (keys && /^\s*:/.test(text.slice(end + 1, end + 20))) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, line };
        keys.add(key);
      }
      i = end;
    }
  }
  return undefined;
}
