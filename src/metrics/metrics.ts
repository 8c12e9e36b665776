import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * What an operator can watch (Prometheus, `prom-client`): one registry per process, with the
 * default process metrics. The router counts interactions once (src/discord/router.ts); the
 * handlers count answers and votes; start-up counts the index. A sharded bot's manager adds
 * its shards' registries together (src/metrics/shards.ts).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const interactions = new Counter({
  name: "treaty_bot_interactions_total",
  help: "Interactions handled, by command (or button family) and outcome.",
  labelNames: ["command", "outcome"] as const,
  registers: [registry],
});

export const interactionDuration = new Histogram({
  name: "treaty_bot_interaction_duration_seconds",
  help: "Time from receiving an interaction to finishing its handler, by command.",
  labelNames: ["command"] as const,
  // Answers take milliseconds; Discord's limit for the first response is 3 s.
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
  registers: [registry],
});

export const answers = new Counter({
  name: "treaty_bot_answers_total",
  help: "Questions answered from the articles, or with nothing found.",
  labelNames: ["result"] as const,
  registers: [registry],
});

export const votes = new Counter({
  name: "treaty_bot_votes_total",
  help: "👍/👎 votes recorded (a member's changed vote counts again; a repeated one does not).",
  labelNames: ["verdict"] as const,
  registers: [registry],
});

export const articlesIndexed = new Gauge({
  name: "treaty_bot_articles_indexed",
  help: "Articles in the loaded index.",
  registers: [registry],
  aggregator: "max",
});

export const sentencesIndexed = new Gauge({
  name: "treaty_bot_sentences_indexed",
  help: "Sentences in the loaded index.",
  registers: [registry],
  aggregator: "max",
});

export const indexBuilds = new Counter({
  name: "treaty_bot_index_builds_total",
  help: "Indexes opened: loaded from the saved file or built from the corpus.",
  labelNames: ["source"] as const,
  registers: [registry],
});

export const redisErrors = new Counter({
  name: "treaty_bot_redis_errors_total",
  help: "Redis calls that failed (timed out, refused, disconnected), by operation.",
  labelNames: ["operation"] as const,
  registers: [registry],
});

/** Records a freshly opened index (at start-up, and on each reload of the corpus). */
export function recordIndex(counts: { articles: number; sentences: number }, source: "loaded" | "built"): void {
  articlesIndexed.set(counts.articles);
  sentencesIndexed.set(counts.sentences);
  indexBuilds.inc({ source });
}
