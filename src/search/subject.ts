import { isEntityTerm, type Token } from "./analyzer.js";
import type { Concept, QueryPlan } from "./queryPlan.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/** Between two parties named together: "china-north korea", "china and nk", "beijing/pyongyang". */
const PARTY_JOIN = /^\s*(?:[-–—/&+,]|and|n)?\s*$/i;
/** Between the last party and the pact: a space, or a possessive ("china and nk's treaty"). */
const PARTY_TO_TOPIC = /^(?:['’]s?)?\s+$/;
/** Between the pact and the first party: "the treaty between china and nk", "the pact with nk". */
const TOPIC_TO_PARTY = /^\s+(?:between|of|with)\s+(?:the\s+)?$/i;

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

  /**
   * The parties a question names a pact by ("the china-north korea pact", "china and nk's treaty",
   * "the treaty between china and north korea"): their entity terms. Such a name says which pact,
   * not something else a sentence must tell: in a story about it, "The agreement was last renewed
   * in 2001" is that pact's. `tokens`: the text's (`Analyzer.tokens`).
   */
  partiesOfTopic(text: string, tokens: readonly Token[]): string[] {
    // One item per entity or word with a term (stop words stay in the text between), the words inside a name left out.
    const names = tokens.filter((t) => t.terms.length > 0 && isEntityTerm(t.terms[0]!));
    const within = (t: Token, n: Token) => n.start < t.end && t.start < n.end;
    // A name that holds a topic word is the pact itself ("mutual defense treaty"), no party to it.
    const holdsTopic = (n: Token) => tokens.some((t) => t !== n && within(t, n) && t.terms.some((term) => this.topic.has(term)));
    const items: { start: number; end: number; term: string; topic: boolean }[] = [];
    for (const t of tokens) {
      if (t.terms.length === 0) continue;
      const name = isEntityTerm(t.terms[0]!);
      // The words of a name are the name ("North Korea's": not "korea" again).
      if (!name && names.some((n) => within(t, n))) continue;
      items.push({ start: t.start, end: t.end, term: t.terms[0]!, topic: name ? holdsTopic(t) : this.topic.has(t.terms[0]!) });
    }
    const isEntity = (i: number) => i < items.length && !items[i]!.topic && isEntityTerm(items[i]!.term);
    const isTopic = (i: number) => i < items.length && items[i]!.topic;
    const gap = (i: number) => text.slice(items[i]!.end, items[i + 1]?.start ?? text.length);
    const parties = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      if (!isEntity(i)) continue;
      // A run of names named as a pair: "china-north korea", "china and nk", "beijing/pyongyang".
      let last = i;
      while (isEntity(last + 1) && PARTY_JOIN.test(gap(last))) last++;
      // Then the pact, up to two words on ("china nk mutual defense treaty", "china and nk's treaty").
      let after = false;
      if (PARTY_TO_TOPIC.test(gap(last))) {
        for (let k = last + 1; k <= last + 3 && k < items.length && !after; k++) {
          after = isTopic(k);
          if (isEntity(k) || !/^\s+$/.test(gap(k))) break;
        }
      }
      // Or the pact before them: "the treaty between china and north korea", "the pact with nk".
      const before = i > 0 && isTopic(i - 1) && TOPIC_TO_PARTY.test(gap(i - 1));
      if (after || before) for (let k = i; k <= last; k++) parties.add(items[k]!.term);
      i = last;
    }
    return [...parties];
  }

  /** Whether a term is one of the topic words ("treati"). */
  isTopicTerm(term: string): boolean {
    return this.topic.has(term);
  }

  private isSubjectTerm(term: string): boolean {
    return isEntityTerm(term) || this.topic.has(term);
  }
}
