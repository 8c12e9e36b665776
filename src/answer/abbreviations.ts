import type { Sentence } from "../corpus/types.js";
import { abbreviationsExpanded } from "./directNames.js";

/**
 * Where the articles spell out each abbreviation ("Democratic People’s Republic of Korea (DPRK)"),
 * for "what does DPRK stand for": the index reads "DPRK" as North Korea, which half the
 * sentences name, so the one sentence that expands it would rank no higher than the rest.
 * Found on the first such question (most corpora never get one), as a mask over the sentences
 * for `searchPlan`.
 */
export class Abbreviations {
  private masks?: Map<string, Uint8Array>;

  constructor(private readonly sentences: readonly Sentence[]) {}

  /** The sentences that spell out `abbreviation` (in capitals), or undefined when none does. */
  expanding(abbreviation: string): Uint8Array | undefined {
    return this.prepare().get(abbreviation);
  }

  /** Finds them now (a bot process, before members ask: see `Answerer.prepare`). */
  prepare(): Map<string, Uint8Array> {
    return (this.masks ??= this.find());
  }

  private find(): Map<string, Uint8Array> {
    const masks = new Map<string, Uint8Array>();
    this.sentences.forEach((s, i) => {
      for (const abbr of abbreviationsExpanded(s.text)) {
        let mask = masks.get(abbr);
        if (!mask) masks.set(abbr, (mask = new Uint8Array(this.sentences.length)));
        mask[i] = 1;
      }
    });
    return masks;
  }
}
