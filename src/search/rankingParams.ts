import { z } from "zod";

/**
 * The numbers behind ranking and the "nothing found" decision. They are not set by hand: the
 * fitting script (`npm run eval -- --fit`) chooses them on the training part of the chat-style
 * questions and writes them to `ranking.json` beside the articles (a corpus folder may carry its
 * own, fitted on its own questions; otherwise the project's applies).
 */
export const RankingParamsSchema = z
  .object({
    /** Weight of a thesaurus neighbour of a question word. */
    synonymWeight: z.number().min(0).max(1),
    /** Weight of the articles' wording for an everyday phrase of the question ("still on" → "remains in effect"). */
    phraseWeight: z.number().min(0).max(1),
    /** Weight of an article word WordNet gives the same sense as a question word the articles never use ("farming" → agriculture). */
    relatedWeight: z.number().min(0).max(1),
    /** Weight of a word one edit away from a word no sentence has ("renwed"). */
    fuzzyWeight: z.number().min(0).max(1),
    /** Score factor per pair of question words standing side by side in the sentence, and its cap. */
    bigramBonus: z.number().min(0).max(1),
    maxProximity: z.number().min(1).max(3),
    /** Score = BM25 × (coverageFloor + coverage): how much coverage of the question counts against BM25. */
    coverageFloor: z.number().min(0).max(5),
    /** Score factor for a sentence that lacks the kind of answer asked for. */
    wrongType: z.object({ time: z.number(), number: z.number(), duration: z.number(), person: z.number(), statement: z.number(), reason: z.number() }),
    /**
     * What a question word weighs in the coverage: `corpusShare` of its rarity in the articles
     * (IDF) and the rest of its rarity in everyday English, counted from `englishFloor` (words
     * commoner than that weigh nothing) up. Names weigh fully.
     */
    weight: z.object({
      corpusShare: z.number().min(0).max(1),
      englishFloor: z.number().min(0).max(17),
      /** Factor for a word that is neither English nor the articles' but two edits from an article word: a typo, more likely than a name. */
      typo: z.number().min(0).max(1),
      /** Factor for a word only the message's sentences that ask nothing use: the asker's context, not the question (see `Concept.context`). */
      context: z.number().min(0).max(1).default(1),
    }),
    /** "What did X say": factors for a sentence whose quoted speaker is X, and for one quoting someone else. */
    speaker: z.object({ match: z.number().min(1).max(5), other: z.number().min(0).max(1) }),
    /** "whats the deal with the nk treaty": for a question made only of the subject's names and words, the factor for an article's first two sentences (a news story's lead says what it is about). */
    overviewLead: z.number().min(1).max(5),
    /** For a short-fact question ("how old is it"), the factor for one of the first sentences that holds exactly one answer of the kind asked ("60th anniversary"). */
    directFit: z.number().min(1).max(5),
    /**
     * Share of the question's weight the passage must cover before its fact is stated on a line of
     * its own (`minCoverage`), and when the sentence names the doer of the act asked or fills the
     * blank asked (`doerMinCoverage`: "Signed by ... Zhou Enlai and ... Kim Il Sung" for "who
     * signed the treaty in 1961", the act and its doer evidence enough). Fitted last, with the
     * refusal on, for right lines less wrong ones and lines on unanswerable questions (see `fit.ts`).
     */
    directLine: z.object({ minCoverage: z.number().min(0).max(1), doerMinCoverage: z.number().min(0).max(1) }).default({ minCoverage: 0.45, doerMinCoverage: 0.3 }),
    /**
     * The factor for a sentence of an article not about the bot's subject (see
     * `answer/subject.ts`), when the corpus holds such articles: a question about the treaty is
     * answered from the treaty's stories first, not from any text that says "treaty". Fitted on
     * the training questions with the Brown texts beside the articles (`npm run eval -- --fit`).
     */
    offSubject: z.number().min(0).max(1).default(1),
    /**
     * The factor for an article's headline, unless the question asks about a headline: it names
     * what the story is about in few words (so BM25 favours it), and the story's sentences say it
     * with the details and who said it.
     */
    headline: z.number().min(0).max(1).default(1),
    /**
     * The factor for a subheading (a line of the story with no closing stop, "The validity of the
     * China-North Korea treaty is of 20 years"): it often says again, in fewer words, what a
     * sentence below it says with the details; sometimes it is the only sentence that says it.
     */
    subheading: z.number().min(0).max(1).default(1),
    /**
     * The "nothing found" decision (`src/answer/refusalModel.ts`): a logistic model of the chance that
     * the articles hold no answer, from features of the question and its best sentences
     * (`model.features` names them, in order; weights apply to standardised values), and the
     * chance above which the bot refuses.
     */
    refusal: z.object({
      model: z
        .object({
          features: z.array(z.string()),
          mean: z.array(z.number()),
          scale: z.array(z.number().positive()),
          weights: z.array(z.number()),
          bias: z.number(),
        })
        .strict()
        .refine((m) => m.mean.length === m.features.length && m.scale.length === m.features.length && m.weights.length === m.features.length, {
          message: "needs one mean, scale and weight per feature",
        }),
      threshold: z.number().min(0).max(1),
      /** Passages below the first that cover less than this share of the question are noise, not shown. */
      minPassageCoverage: z.number().min(0).max(1),
    }),
  })
  .strict();
export type RankingParams = z.infer<typeof RankingParamsSchema>;
export type RefusalParams = RankingParams["refusal"];

export const RankingFileSchema = z
  .object({
    about: z.string().optional(),
    /** What the parameters were fitted on, and how well they did there (written by the fitting script). */
    fitted: z.record(z.string(), z.unknown()).optional(),
    params: RankingParamsSchema,
  })
  .strict();
