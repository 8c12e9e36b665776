import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { z } from "zod";

/**
 * What the buttons of one /treaty answer need to redo it: the question (up to 300 characters,
 * too long for a 100-character custom id) and the asker's choices. Kept in a bounded LRU cache
 * with an expiry, under a short random key that the custom ids carry. A key is unguessable, so
 * a forged id cannot read someone else's hidden question; an evicted or expired key (or one
 * from before a restart) is answered with a polite "please ask again".
 */
export interface AnswerState {
  question: string;
  /** The member who asked (the one who may page in place and delete). */
  askerId: string;
  /** The asker chose `hide`: the answer is ephemeral. */
  hidden: boolean;
  /** The member the asker pointed at the answer, if any. */
  mentionId?: string;
}

export interface AnswerStoreOptions {
  max?: number;
  ttlMs?: number;
  now?: () => number;
}

export const DEFAULT_ANSWER_STORE = { max: 5_000, ttlMs: 6 * 60 * 60 * 1000 } as const;

const KEY_BYTES = 8;
/** 8 random bytes, base64url: 11 characters, never a ':' (the custom-id separator). */
export const answerKeyField = z.string().regex(/^[A-Za-z0-9_-]{11}$/);

export class AnswerStore {
  readonly ttlMs: number;
  private readonly states: LRUCache<string, AnswerState>;
  /** Random bytes for keys, and how many of them are used. */
  private entropy = Buffer.alloc(0);
  private drawn = 0;

  constructor(options: AnswerStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_ANSWER_STORE.ttlMs;
    this.states = new LRUCache<string, AnswerState>({
      max: options.max ?? DEFAULT_ANSWER_STORE.max,
      ttl: this.ttlMs,
      ...(options.now ? { ttlResolution: 0, perf: { now: options.now } } : {}),
    });
  }

  /** Stores `state` and returns its key. */
  put(state: AnswerState): string {
    const key = this.randomKey();
    this.states.set(key, state);
    return key;
  }

  /** A fresh random key, drawn from bytes fetched 128 keys at a time (one call into the system's generator instead of one per answer). */
  private randomKey(): string {
    if (this.drawn + KEY_BYTES > this.entropy.length) {
      this.entropy = randomBytes(KEY_BYTES * 128);
      this.drawn = 0;
    }
    const key = this.entropy.toString("base64url", this.drawn, this.drawn + KEY_BYTES);
    this.drawn += KEY_BYTES;
    return key;
  }

  /** The state under `key`, or undefined once it has expired or been evicted. */
  get(key: string): AnswerState | undefined {
    return this.states.get(key);
  }

  get size(): number {
    return this.states.size;
  }
}
