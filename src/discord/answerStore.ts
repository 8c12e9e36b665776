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

/**
 * Where the answers' button state lives: this process's memory (`AnswerStore`, the default) or
 * Redis, shared by every replica and shard and kept across restarts (src/redis/stores.ts).
 * Handlers always await: a shared store answers over the network.
 */
export interface AnswerStates {
  readonly ttlMs: number;
  /** The states outlive this process (and are seen by the others). */
  readonly shared: boolean;
  put(state: AnswerState): string | Promise<string>;
  /** The state under `key`, or undefined once it has expired. A shared store that cannot be reached throws. */
  get(key: string): AnswerState | undefined | Promise<AnswerState | undefined>;
}

export const DEFAULT_ANSWER_STORE = { max: 5_000, ttlMs: 6 * 60 * 60 * 1000 } as const;

const KEY_BYTES = 8;
/** 8 random bytes, base64url: 11 characters, never a ':' (the custom-id separator). */
export const answerKeyField = z.string().regex(/^[A-Za-z0-9_-]{11}$/);

/** Random bytes for keys, and how many of them are used. */
let entropy = Buffer.alloc(0);
let drawn = 0;

/** A fresh random key, drawn from bytes fetched 128 keys at a time (one call into the system's generator instead of one per answer). */
export function newAnswerKey(): string {
  if (drawn + KEY_BYTES > entropy.length) {
    entropy = randomBytes(KEY_BYTES * 128);
    drawn = 0;
  }
  const key = entropy.toString("base64url", drawn, drawn + KEY_BYTES);
  drawn += KEY_BYTES;
  return key;
}

export class AnswerStore implements AnswerStates {
  readonly ttlMs: number;
  readonly shared = false;
  private readonly states: LRUCache<string, AnswerState>;

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
    const key = newAnswerKey();
    this.states.set(key, state);
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
