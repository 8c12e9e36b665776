import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { REST } from "@discordjs/rest";
import { type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from "discord.js";
import { ConfigError, readConfig } from "./config.js";
import { CorpusError } from "./corpus/frontMatter.js";
import { createLogger, flushLogs, secretsFrom } from "./logger.js";
import { createOpsServer } from "./metrics/http.js";
import { shardOps } from "./metrics/shards.js";
import { openSavedWork } from "./startup.js";

/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard
 * (Discord requires sharding past 2,500 servers). The shard count is SHARD_COUNT, or `auto`:
 * Discord's recommendation from GET /gateway/bot. The saved index is brought up to date once
 * here, so every shard loads it (read-only) instead of building its own.
 */
async function main() {
  const config = readConfig(["DISCORD_TOKEN", "DISCORD_API_URL", "CORPUS_DIR", "INDEX_FILE", "SHARD_COUNT", "LOG_LEVEL", "METRICS_PORT", "REDIS_URL"]);
  // Shards sharing Redis need the application id for their keys: say so now, not once per shard.
  if (config.REDIS_URL) readConfig(["DISCORD_APPLICATION_ID"]);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsFrom(process.env) });
  openSavedWork(config, logger);

  const totalShards = config.SHARD_COUNT === "auto" ? await recommendedShards(config.DISCORD_TOKEN, config.DISCORD_API_URL) : config.SHARD_COUNT;
  // The shard entry is bot.ts under tsx, dist/src/bot.js when compiled.
  const file = fileURLToPath(new URL(`./bot${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const manager = new ShardingManager(file, { token: config.DISCORD_TOKEN, totalShards, execArgv: process.execArgv, respawn: true });
  // One /metrics for all shards, added up from each shard's registry over the shards' IPC.
  const ops = config.METRICS_PORT === undefined ? undefined : createOpsServer(shardOps(manager));
  if (ops) {
    ops.listen(config.METRICS_PORT);
    await once(ops, "listening");
    logger.info({ port: (ops.address() as AddressInfo).port }, "serving /metrics and /healthz for all shards");
  }
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id, totalShards }, "shard started");
    shard.on("death", () => logger.warn({ shard: shard.id }, "shard exited"));
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "stopping shards");
      // Shard.kill sends SIGTERM without respawning; each shard finishes its replies in flight first (bot.ts).
      const exits = [...manager.shards.values()].map((shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return Promise.resolve();
        const exited = once(child, "exit");
        shard.kill();
        return exited;
      });
      ops?.close();
      void Promise.all(exits).then(async () => {
        logger.info("stopped");
        await flushLogs(logger);
        process.exit(0);
      });
    });
  }
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
}

/** Discord's recommended shard count; through DISCORD_API_URL when one is set (a proxy or a test server). */
async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof CorpusError ? err.message : `Could not start the shards: ${(err as Error)?.message ?? String(err)}`);
  process.exit(1);
});
