import { z } from "zod";

/**
 * The chat lexicon's file (`corpus/chat.json`, beside the aliases): the words members type that
 * the normaliser (`normaliser.ts`) reads as data (filler, shorthand, demonyms, everyday phrases,
 * claim frames), and what it finds of them in a question.
 */
export const ChatFileSchema = z
  .object({
    about: z.string().optional(),
    greetings: z.array(z.string().min(1)).default([]),
    filler: z.array(z.string().min(1)),
    shorthand: z.record(z.string().min(1), z.string()),
    demonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    phrases: z.record(z.string().min(1), z.string().min(1)),
    contractions: z.array(z.string().min(1)),
    claimOpeners: z.array(z.string().min(1)).default([]),
    claimTags: z.array(z.string().min(1)).default([]),
    otherSenses: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ChatLexicon = z.infer<typeof ChatFileSchema>;

/** Every word the chat lexicon looks for (lower case): members' words it knows, whatever a dictionary says. */
export function chatLexiconWords(lexicon: ChatLexicon): string[] {
  const keys = [...lexicon.greetings, ...lexicon.filler, ...Object.keys(lexicon.phrases), ...Object.keys(lexicon.demonyms), ...lexicon.claimOpeners, ...lexicon.claimTags];
  return keys.flatMap((k) => k.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** A phrase of the question that also stands for other words (`phrases`: "still on" → "remains in effect"). */
export interface Paraphrase {
  /** Character range in the normalised question. */
  start: number;
  end: number;
  /** What the articles would say instead. */
  words: string;
}

/** A demonym of the question ("chinese") and the places it names. */
export interface Demonym {
  start: number;
  end: number;
  places: readonly string[];
}

