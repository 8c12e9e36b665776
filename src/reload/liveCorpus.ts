import { resolve } from "node:path";
import type { BotContext } from "../discord/command.js";
import { DraftStore } from "../discord/draftStore.js";
import type { Logger } from "../logger.js";
import { shareCorpusChanges } from "../redis/corpusChanges.js";
import type { SharedState } from "../redis/sharedState.js";
import { openBotContext } from "../startup.js";
import { Reloader, type ReloadOutcome } from "./reloader.js";

/**
 * The articles of a bot process, kept current: the handlers' context behind a `Reloader` that
 * watches the corpus folder, and, with Redis, the announcements that make every process
 * (Gateway bot, shard or HTTP replica) reload when one of them changes the folder. With
 * `moderation`, `/add-source` and `/remove-source` may change the folder from this process.
 */
export interface LiveCorpus {
  reloader: Reloader;
  /** Rebuilds from the folder and swaps the new articles in (SIGHUP, tests). */
  reload(reason: string): Promise<ReloadOutcome>;
  close(): Promise<void>;
}

export interface LiveCorpusConfig {
  CORPUS_DIR: string;
  INDEX_FILE: string;
  SOURCE_URL_ALLOW_PRIVATE: boolean;
}

export async function openLiveCorpus(
  config: LiveCorpusConfig,
  logger: Logger,
  shared: SharedState,
  overrides: Partial<BotContext> = {},
  options: { moderation: boolean } = { moderation: true },
): Promise<LiveCorpus> {
  const dir = resolve(config.CORPUS_DIR);
  const changes = shared.redis
    ? shareCorpusChanges(shared.redis, (change) => reloader.reload(`changed elsewhere: ${change.reason}`).then(() => undefined), logger)
    : undefined;
  /** A change made here: reload, then tell the other processes (a failure to tell is only logged). */
  const reloadAndAnnounce = async (reason: string) => {
    const outcome = await reloader.reload(reason);
    await changes?.announce(reason).catch((err: unknown) => logger.warn({ err, reason }, "could not announce the corpus change to the other processes"));
    return outcome;
  };
  const corpusFolder = options.moderation ? { corpusFolder: { dir, allowPrivate: config.SOURCE_URL_ALLOW_PRIVATE, reload: reloadAndAnnounce, drafts: new DraftStore() } } : {};
  const reloader: Reloader = new Reloader(await openBotContext(config, logger, { ...shared.context, ...overrides, ...corpusFolder }), { dir, indexFile: config.INDEX_FILE, logger });
  reloader.watch();
  return {
    reloader,
    reload: (reason) => reloader.reload(reason),
    async close() {
      reloader.close();
      await changes?.close();
    },
  };
}
