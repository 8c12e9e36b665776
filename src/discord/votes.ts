import { LRUCache } from "lru-cache";
import { DEFAULT_ANSWER_STORE } from "./answerStore.js";

/**
 * 👍/👎 on the answers: one vote per member per page of an answer (the unit `npm run feedback`
 * counts), a second click with the other thumb changes it, the same thumb again changes
 * nothing. In this process's memory by default (bounded, expiring with the answers), or in
 * Redis for every replica and shard (src/redis/stores.ts).
 */
export interface Vote {
  answerKey: string;
  offset: number;
  userId: string;
  verdict: "up" | "down";
}

/** `new`: first vote; `changed`: the member had voted the other way; `same`: nothing changed. */
export type VoteOutcome = "new" | "changed" | "same";

export interface VoteStore {
  record(vote: Vote): VoteOutcome | Promise<VoteOutcome>;
}

export const voteKey = (v: Vote) => `${v.answerKey}:${v.offset}:${v.userId}`;

export function voteOutcome(previous: string | null | undefined, verdict: Vote["verdict"]): VoteOutcome {
  if (!previous) return "new";
  return previous === verdict ? "same" : "changed";
}

export class Votes implements VoteStore {
  private readonly votes: LRUCache<string, Vote["verdict"]>;

  constructor(options: { max?: number; ttlMs?: number } = {}) {
    this.votes = new LRUCache({ max: options.max ?? 4 * DEFAULT_ANSWER_STORE.max, ttl: options.ttlMs ?? DEFAULT_ANSWER_STORE.ttlMs });
  }

  record(vote: Vote): VoteOutcome {
    const key = voteKey(vote);
    const outcome = voteOutcome(this.votes.get(key), vote.verdict);
    this.votes.set(key, vote.verdict);
    return outcome;
  }
}
