import { isEntityTerm } from "./analyzer.js";
import type { Concept, QueryPlan } from "./queryPlan.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/**
 * The bot's subject, as index terms: someone or something of the alias file (any entity term)
 * or one of its topic words. What the answerer asks to keep off-subject sentences and
 * questions apart; read from index terms, so nothing is analysed again.
 */
export class Subject {
  constructor(
    /** The index terms of the alias file's topic words ("treaty" → its stem). */
    private readonly topic: ReadonlySet<string>,
  ) {}

  /** For each sentence of `index` (in corpus order), whether it names the subject. */
  sentenceMask(index: SentenceIndex): Uint8Array {
    const out = new Uint8Array(index.sentences);
    for (let ord = 0; ord < out.length; ord++) {
      for (let i = index.termStarts[ord]!; i < index.termStarts[ord + 1]!; i++) {
        const id = index.terms[i]!;
        if (index.entityIds[id] || this.topic.has(index.vocabulary[id]!)) {
          out[ord] = 1;
          break;
        }
      }
    }
    return out;
  }

  /** Whether any of a text's index terms names the subject. */
  namedIn(terms: readonly string[]): boolean {
    return terms.some((t) => this.isSubjectTerm(t));
  }

  /** Whether every concept of a question (and there is one at least) names the subject. */
  onlyIn(plan: QueryPlan): boolean {
    return plan.concepts.length > 0 && plan.concepts.every((c) => this.conceptNamesSubject(c));
  }

  /** Whether some concept of a question names the subject. */
  namedBy(plan: QueryPlan): boolean {
    return plan.concepts.some((c) => this.conceptNamesSubject(c));
  }

  /** Whether a concept's own word (not a neighbour's) is a name of the alias file or a topic word. */
  private conceptNamesSubject(c: Concept): boolean {
    for (const [t, w] of c.terms) if (w === 1 && this.isSubjectTerm(t)) return true;
    return false;
  }

  private isSubjectTerm(term: string): boolean {
    return isEntityTerm(term) || this.topic.has(term);
  }
}
