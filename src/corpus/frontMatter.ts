import { parse as parseYaml } from "yaml";
import { z } from "zod";

/**
 * Metadata an article file may declare in a front-matter block:
 *
 *     ---
 *     n: 1                    # citation number, given once (npm run add-article assigns it)
 *     title: China stands by mutual defense treaty with North Korea after 60 years
 *     publisher: UPI
 *     published: 2021-07-07
 *     url: https://...        # only when the real address is known
 *     ---
 *
 * Every field is optional: record only what the text supports.
 */
const WHOLE_NUMBER = "must be a whole number from 1 to 9999";

export const ArticleMetaSchema = z
  .object({
    n: z.int({ error: WHOLE_NUMBER }).min(1, WHOLE_NUMBER).max(9999, WHOLE_NUMBER).optional(),
    title: z.string().trim().min(1, "must not be empty").max(300).optional(),
    publisher: z.string().trim().min(1, "must not be empty").max(100).optional(),
    published: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  })
  .strict();

export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.name = "CorpusError";
  }
}

export interface SplitFile {
  meta: ArticleMeta;
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;

/** Separates and validates the front-matter block; a file without one is all body. */
export function splitFrontMatter(file: string, raw: string): SplitFile {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text, bodyLine: 1 };

  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new CorpusError(file, 1, "front matter opened with '---' is never closed by a '---' line");
  const block = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const bodyStart = text.length - body.length;
  const bodyLine = countNewlines(text.slice(0, bodyStart)) + 1;

  let data: unknown;
  try {
    data = block.trim() === "" ? {} : parseYaml(block);
  } catch (err) {
    const yamlLine = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new CorpusError(file, yamlLine ? yamlLine + 1 : 1, `front matter is not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  if (data === null) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new CorpusError(file, 2, "front matter must be a list of 'field: value' lines");
  }

  const result = ArticleMetaSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "front matter");
    const line = fieldLine(block, String(issue.path[0] ?? (issue.code === "unrecognized_keys" ? issue.keys[0] : "")));
    const known = Object.keys(ArticleMetaSchema.shape).join(", ");
    const detail =
      issue.code === "unrecognized_keys"
        ? `unknown front-matter field '${field}' (known fields: ${known})`
        : `front-matter field '${field}' ${issue.message}`;
    throw new CorpusError(file, line, detail);
  }
  return { meta: result.data, body, bodyLine };
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === "\n") n++;
  return n;
}

function fieldLine(block: string, field: string): number | undefined {
  if (!field) return undefined;
  const idx = block.split("\n").findIndex((l) => l.startsWith(`${field}:`));
  return idx >= 0 ? idx + 2 : undefined;
}
