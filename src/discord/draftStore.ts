import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Draft } from "../ingest/addArticle.js";

/**
 * Articles previewed by `/add-source` and waiting for the moderator's **Add to sources**: kept
 * in memory (bounded, for 15 minutes) under an unguessable key that the button carries. Only
 * the moderator who asked can use a draft, and only once.
 */
export interface PendingDraft {
  draft: Draft;
  userId: string;
}

export class DraftStore {
  private readonly drafts = new LRUCache<string, PendingDraft>({ max: 100, ttl: 15 * 60 * 1000 });

  /** Keeps a draft; returns its key (11 base64url characters). */
  put(pending: PendingDraft): string {
    const key = randomBytes(8).toString("base64url");
    this.drafts.set(key, pending);
    return key;
  }

  /** The draft under `key` if `userId` made it, removed from the store (a second click finds nothing). */
  take(key: string, userId: string): PendingDraft | undefined {
    const pending = this.drafts.get(key);
    if (!pending || pending.userId !== userId) return undefined;
    this.drafts.delete(key);
    return pending;
  }
}
