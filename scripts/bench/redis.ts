import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { AnswerStore } from "../../src/discord/answerStore.js";
import { Cooldown } from "../../src/discord/cooldown.js";
import { Votes } from "../../src/discord/votes.js";
import { createLogger } from "../../src/logger.js";
import { connectRedis } from "../../src/redis/connection.js";
import { RedisAnswerStore, RedisCooldown, RedisVotes } from "../../src/redis/stores.js";
import { RedisServer } from "../../tests/helpers/redisServer.js";

/**
 * `npm run bench:redis`: what sharing the bot's state costs per interaction. Each store
 * operation a handler makes (a question: cooldown + answer put; a button: answer get; a vote)
 * timed one at a time, in memory and in a local redis-server of its own, and Redis's
 * throughput with many interactions in flight at once (as a busy process has).
 */
const { values } = parseArgs({ options: { n: { type: "string", default: "5000" }, json: { type: "boolean", default: false } } });
const N = Number(values.n);
const state = { question: "when was the treaty renewed", askerId: "200000000000000001", hidden: false };

interface Row {
  store: string;
  operation: string;
  p50us: number;
  p99us: number;
  opsPerSecond: number;
}

async function timeEach(store: string, operation: string, run: (i: number) => unknown): Promise<Row> {
  for (let i = 0; i < 200; i++) await run(i); // warm-up
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000);
  return { store, operation, p50us: at(0.5), p99us: at(0.99), opsPerSecond: Math.round(N / (total / 1000)) };
}

async function inFlight(store: string, operation: string, concurrency: number, run: (i: number) => Promise<unknown>): Promise<Row> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < N) await run(next++);
    }),
  );
  const total = performance.now() - started;
  return { store, operation: `${operation} (${concurrency} in flight)`, p50us: NaN, p99us: NaN, opsPerSecond: Math.round(N / (total / 1000)) };
}

const server = await RedisServer.start();
const redis = await connectRedis(server.url, "100000000000000099", createLogger({ level: "silent" }));
try {
  const memory = { answers: new AnswerStore(), cooldown: new Cooldown({ limit: 1e9 }), votes: new Votes() };
  const shared = { answers: new RedisAnswerStore(redis), cooldown: new RedisCooldown(redis, { limit: 1e9 }), votes: new RedisVotes(redis) };
  const memoryKeys = Array.from({ length: 1000 }, () => memory.answers.put(state));
  const redisKeys = await Promise.all(Array.from({ length: 1000 }, () => shared.answers.put(state)));
  const vote = (i: number) => ({ answerKey: "AAAAAAAAAAA", offset: 0, userId: String(i % 5000), verdict: i % 2 ? ("up" as const) : ("down" as const) });

  const rows: Row[] = [];
  for (const [name, s, keys] of [["memory", memory, memoryKeys], ["redis", shared, redisKeys]] as const) {
    rows.push(await timeEach(name, "answer put", () => s.answers.put(state)));
    rows.push(await timeEach(name, "answer get", (i) => s.answers.get(keys[i % keys.length]!)));
    rows.push(await timeEach(name, "cooldown take", (i) => s.cooldown.take(String(i % 1000))));
    rows.push(await timeEach(name, "vote", (i) => s.votes.record(vote(i))));
  }
  rows.push(await inFlight("redis", "cooldown take", 50, (i) => shared.cooldown.take(String(i % 1000))));
  rows.push(await inFlight("redis", "answer get", 50, (i) => shared.answers.get(redisKeys[i % redisKeys.length]!)));

  if (values.json) console.log(JSON.stringify({ n: N, loadavg: loadavg(), rows }));
  else {
    console.log(`bench:redis: ${N} operations each, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
    console.log("| store | operation | p50 µs | p99 µs | ops/s |\n|---|---|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.store} | ${r.operation} | ${Number.isNaN(r.p50us) ? "" : r.p50us} | ${Number.isNaN(r.p99us) ? "" : r.p99us} | ${r.opsPerSecond.toLocaleString("en")} |`);
  }
} finally {
  await redis.close();
  await server.stop();
}
