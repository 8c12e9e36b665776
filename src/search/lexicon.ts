import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CorpusError } from "../corpus/frontMatter.js";
import { ChatFileSchema, type ChatLexicon } from "./chat/lexicon.js";
import { withOwnNameWords } from "./nameWords.js";
import { RankingFileSchema, type RankingParams } from "./rankingParams.js";
import { repeatedKey } from "./repeatedKey.js";

/**
 * The data files that ship beside the articles: `aliases.json` (names and their variants),
 * `thesaurus.json` (domain vocabulary), `chat.json` (how members type), `ranking.json`
 * (fitted ranking and refusal parameters) and `related.json` (WordNet senses, generated). A corpus folder may bring its own; when it has
 * none, the project's default ones (in `corpus/`) apply.
 */
export const EntitySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["person", "place", "organisation", "thing"]),
  variants: z.array(z.string().min(1)).min(1),
  /** Offices a person is named by ("the US president"): they attribute quotes, and a sentence naming one without its holder is found by the holder's name when its story names them; never search terms of their own. */
  roles: z.array(z.string().min(1)).optional(),
  /** Words of a person's name that name them alone, added at load time (see `withOwnNameWords`); not written in the file. */
  ownWords: z.array(z.string().min(1)).optional(),
});
export const AliasFileSchema = z
  .object({
    about: z.string().optional(),
    entities: z.array(EntitySchema),
    /** Words that by themselves put a sentence on the bot's subject, besides the names ("treaty"). */
    topic: z.array(z.string().min(1)).optional(),
  })
  .strict();
/** A thesaurus entry is one word: a phrase would be split into words that each join the group ("come into force" made "force" a word for "signed"); phrases belong in chat.json. */
const ThesaurusWord = z
  .string()
  .min(1)
  .refine((w) => !/\s/.test(w), { message: "one word per entry: put a phrase in chat.json's phrases, or each of its words would join the group" });
export const ThesaurusFileSchema = z
  .object({ about: z.string().optional(), groups: z.array(z.array(ThesaurusWord).min(2)) })
  .strict();

export type Entity = z.infer<typeof EntitySchema>;

export interface Lexicon {
  entities: Entity[];
  /** Words that by themselves put a sentence on the bot's subject, besides the entities' names. */
  topic: string[];
  /** Groups of words that stand for one another. */
  synonyms: string[][];
  /** Filler, shorthand, demonyms and everyday phrases of chat questions. */
  chat: ChatLexicon;
  ranking: RankingParams;
  /** For a stem the articles do not use, stems of theirs that WordNet gives the same sense (`related.json`). */
  related: ReadonlyMap<string, readonly string[]>;
}

export const LEXICON_FILES = ["aliases.json", "thesaurus.json", "chat.json", "ranking.json", "related.json"] as const;
export const RelatedFileSchema = z.object({ about: z.string().optional(), related: z.record(z.string(), z.array(z.string())) }).strict();

export function loadLexicon(corpusDir: string): Lexicon {
  const aliases = readDataFile(corpusDir, "aliases.json", AliasFileSchema);
  const thesaurus = readDataFile(corpusDir, "thesaurus.json", ThesaurusFileSchema);
  const { about: _about, ...chat } = readDataFile(corpusDir, "chat.json", ChatFileSchema);
  const ranking = readDataFile(corpusDir, "ranking.json", RankingFileSchema);
  const related = readDataFile(corpusDir, "related.json", RelatedFileSchema);
  return { entities: withOwnNameWords(aliases.entities), topic: aliases.topic ?? [], synonyms: thesaurus.groups, chat, ranking: ranking.params, related: new Map(Object.entries(related.related)) };
}

/** The data files that apply to a corpus folder (its own, or the project's). */
export function lexiconFiles(corpusDir: string): string[] {
  return LEXICON_FILES.map((name) => dataFile(corpusDir, name));
}

/** The path of one data file that applies to a corpus folder: its own, or the project's. */
export function dataFile(corpusDir: string, name: string): string {
  const own = join(corpusDir, name);
  return existsSync(own) ? own : join(projectCorpusDir(), name);
}

/** Reads and validates one JSON data file of the corpus folder (or the project's default one). */
export function readDataFile<T>(corpusDir: string, name: string, schema: z.ZodType<T>): T {
  const file = dataFile(corpusDir, name);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new CorpusError(file, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const position = /at position (\d+)/.exec((err as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new CorpusError(file, line, `is not valid JSON: ${(err as Error).message}`);
  }
  const repeated = repeatedKey(text);
  if (repeated) throw new CorpusError(file, repeated.line, `repeats the key "${repeated.key}" (only its last value would count)`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusError(file, undefined, `field '${issue.path.join(".") || "(top)"}' ${issue.message}`);
  }
  return parsed.data;
}

/** The project's own `corpus/` folder, whether running from `src/` (tsx) or `dist/src/` (compiled). */
export function projectCorpusDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const root = here.replace(/[\\/]dist[\\/]src[\\/]search[\\/]$/, "/").replace(/[\\/]src[\\/]search[\\/]$/, "/");
  return join(root, "corpus");
}
