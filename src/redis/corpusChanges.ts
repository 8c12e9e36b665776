import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { z } from "zod";
import type { Logger } from "../logger.js";
import type { SharedRedis } from "./connection.js";

/**
 * "The corpus changed" between processes: a process that added or removed an article
 * announces it on a Redis pub/sub channel (`treaty-bot:<application id>:corpus-changed`), and
 * every other replica and shard reloads from the shared corpus folder. The subscription is
 * renewed by the client after a reconnect, so a Redis outage delays announcements, never ends them.
 *
 * Live corpus reload (issue 13) is not here yet: `shareCorpusChanges` is the one function it
 * connects to, passing its reload and calling `announce` after each change it makes.
 */
export const CORPUS_CHANNEL = "corpus-changed";

const CorpusChange = z.object({
  /** The announcing process (its own announcements are not reloaded twice). */
  origin: z.string().max(200),
  /** What changed, for the log: e.g. "added 2024-01-01-renewal.md". */
  reason: z.string().max(500),
  at: z.number(),
});
export type CorpusChange = z.infer<typeof CorpusChange>;

export interface CorpusChanges {
  /** Tells every other process that the corpus changed. Resolves to how many processes received it; throws when Redis does not answer. */
  announce(reason: string): Promise<number>;
  /** This process's name in announcements. */
  readonly origin: string;
  /** Resolves once the subscription is in place (at once when Redis is up; whenever it returns otherwise). */
  readonly listening: Promise<void>;
  close(): Promise<void>;
}

/**
 * Subscribes this process to corpus changes announced by the others, calling `reloadFromCorpus`
 * for each (one at a time; a failing reload is logged and the next announcement tried again).
 */
export function shareCorpusChanges(redis: SharedRedis, reloadFromCorpus: (change: CorpusChange) => void | Promise<void>, logger: Logger): CorpusChanges {
  const origin = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  // Channels are not keys: the client's key prefix does not apply, so it is added here.
  const channel = `${redis.prefix}${CORPUS_CHANNEL}`;
  const subscriber = redis.duplicate();
  let queue = Promise.resolve();

  subscriber.on("message", (from: string, text: string) => {
    if (from !== channel) return;
    let change: CorpusChange;
    try {
      change = CorpusChange.parse(JSON.parse(text));
    } catch {
      logger.warn({ channel }, "ignored a malformed corpus-change announcement");
      return;
    }
    if (change.origin === origin) return;
    logger.info({ from: change.origin, reason: change.reason }, "corpus changed elsewhere: reloading");
    queue = queue.then(async () => {
      try {
        await reloadFromCorpus(change);
      } catch (err) {
        logger.error({ err, reason: change.reason }, "could not reload the corpus after a change elsewhere");
      }
    });
  });
  // SUBSCRIBE on every (re)connection: Redis may be down at start-up, and is allowed to go away.
  let subscribed!: () => void;
  const listening = new Promise<void>((resolve) => (subscribed = resolve));
  const subscribe = () =>
    subscriber.subscribe(channel).then(
      () => subscribed(),
      (err: unknown) => redis.failed("corpus-subscribe", err),
    );
  subscriber.on("ready", () => void subscribe());
  if (subscriber.status === "ready") void subscribe();

  return {
    origin,
    listening,
    announce: (reason) =>
      redis.call("corpus-announce", (c) => c.publish(channel, JSON.stringify({ origin, reason, at: Date.now() } satisfies CorpusChange))),
    async close() {
      subscriber.disconnect(false);
      await queue;
    },
  };
}
