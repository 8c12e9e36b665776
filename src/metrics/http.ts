import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { registry } from "./metrics.js";

/**
 * `GET /metrics` (Prometheus text) and `GET /healthz` (200 or 503) for an operator: on the
 * HTTP-interactions server itself, and on METRICS_PORT for the Gateway bot and the shard manager.
 */
export interface OpsSource {
  /** The Prometheus text exposition of this process (or of all shards). */
  metrics(): Promise<string>;
  contentType: string;
  /** Ready to answer: the index is loaded, and Redis answers where it is configured. */
  healthy(): Promise<boolean>;
}

/** This process's registry, healthy when `healthy` says so. */
export function localOps(healthy: () => Promise<boolean>): OpsSource {
  return { metrics: () => registry.metrics(), contentType: registry.contentType, healthy };
}

/** Answers `GET /metrics` and `GET /healthz`; false for any other request (the caller's to answer). */
export async function serveOps(req: IncomingMessage, res: ServerResponse, ops: OpsSource): Promise<boolean> {
  if (req.method !== "GET") return false;
  const path = (req.url ?? "").split("?")[0];
  if (path === "/metrics") {
    const text = await ops.metrics();
    res.writeHead(200, { "content-type": ops.contentType });
    res.end(text);
    return true;
  }
  if (path === "/healthz") {
    const ok = await ops.healthy().catch(() => false);
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok }));
    return true;
  }
  return false;
}

/** A server with only the two operator routes (404 otherwise), for METRICS_PORT. */
export function createOpsServer(ops: OpsSource): Server {
  return createServer((req, res) => {
    serveOps(req, res, ops).then(
      (served) => {
        if (served) return;
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "GET /metrics or /healthz" }));
      },
      () => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });
}
