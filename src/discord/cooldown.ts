import { LRUCache } from "lru-cache";

/**
 * A per-member rate limit: at most `limit` actions in any `windowMs` (a sliding window over
 * the times of the member's last actions). Memory is bounded: at most `maxMembers` members are
 * remembered (least recently active forgotten first), and a member's entry expires once their
 * window has passed. The clock is injectable so tests need no sleeping.
 */
export interface CooldownOptions {
  limit?: number;
  windowMs?: number;
  maxMembers?: number;
  /** Milliseconds on a monotonic clock (default `performance.now`). */
  now?: () => number;
}

export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number };

export const DEFAULT_COOLDOWN = { limit: 5, windowMs: 20_000, maxMembers: 10_000 } as const;

/**
 * A per-member rate limit as handlers see it: this process's `Cooldown` (the default), or one
 * shared by every process through Redis (src/redis/stores.ts).
 */
export interface CooldownLimit {
  readonly limit: number;
  readonly windowMs: number;
  take(member: string): CooldownResult | Promise<CooldownResult>;
}

export class Cooldown implements CooldownLimit {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly recent: LRUCache<string, number[]>;

  constructor(options: CooldownOptions = {}) {
    this.limit = options.limit ?? DEFAULT_COOLDOWN.limit;
    this.windowMs = options.windowMs ?? DEFAULT_COOLDOWN.windowMs;
    this.now = options.now ?? (() => performance.now());
    this.recent = new LRUCache<string, number[]>({
      max: options.maxMembers ?? DEFAULT_COOLDOWN.maxMembers,
      ttl: this.windowMs,
      // Read the injected clock on every check (lru-cache otherwise caches "now" for 1 ms).
      ttlResolution: 0,
      perf: { now: this.now },
    });
  }

  /** Records an action by `member` if the limit allows it; otherwise says how long to wait. */
  take(member: string): CooldownResult {
    const now = this.now();
    const times = (this.recent.get(member) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(member, times);
      return { ok: false, retryAfterMs: times[0]! + this.windowMs - now };
    }
    times.push(now);
    this.recent.set(member, times);
    return { ok: true };
  }

  /** Members currently remembered (for tests and the soak script). */
  get size(): number {
    return this.recent.size;
  }
}

/** "try again in 7 s": whole seconds, never 0. */
export function retryAfterText(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))} s`;
}
