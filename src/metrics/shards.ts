import { AggregatorRegistry } from "prom-client";
import type { Client, ShardingManager } from "discord.js";
import type { OpsSource } from "./http.js";
import { registry } from "./metrics.js";

/**
 * Metrics of a sharded bot: each shard keeps its own registry and hands it to the manager over
 * discord.js's shard IPC (`Shard.eval`), and the manager adds them up with prom-client's
 * `AggregatorRegistry.aggregate` for one `/metrics` on METRICS_PORT.
 */
interface ShardReport {
  metrics: Awaited<ReturnType<typeof registry.getMetricsAsJSON>>;
  healthy: boolean;
}

const REPORT = "treatyShardReport";
/** A shard that does not answer within this long counts as unhealthy and is left out of /metrics. */
const SHARD_REPORT_TIMEOUT_MS = 2_000;

/** In a shard: lets the manager ask for this process's metrics and health. */
export function reportToManager(client: Client, healthy: () => Promise<boolean>): void {
  Object.assign(client, { [REPORT]: async (): Promise<ShardReport> => ({ metrics: await registry.getMetricsAsJSON(), healthy: await healthy() }) });
}

/** In the manager: every shard's metrics added up; healthy when every shard answers and says it is. */
export function shardOps(manager: ShardingManager): OpsSource {
  async function reports(): Promise<(ShardReport | undefined)[]> {
    return Promise.all(
      [...manager.shards.values()].map((shard) =>
        Promise.race([
          // Runs in the shard, where `reportToManager` added the function to the client.
          // (The function is sent as text: it can name no variable of this module.)
          shard.eval((c) => (c as unknown as Record<string, () => Promise<ShardReport>>)["treatyShardReport"]!()) as unknown as Promise<ShardReport>,
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), SHARD_REPORT_TIMEOUT_MS).unref()),
        ]).catch(() => undefined),
      ),
    );
  }
  return {
    contentType: registry.contentType,
    async metrics() {
      const answered = (await reports()).filter((r): r is ShardReport => r !== undefined);
      return AggregatorRegistry.aggregate(answered.map((r) => r.metrics)).metrics();
    },
    async healthy() {
      const all = await reports();
      return all.length > 0 && all.every((r) => r?.healthy === true);
    },
  };
}
