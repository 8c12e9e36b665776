import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DefaultRestOptions } from "@discordjs/rest";
import { Client, Events, type Interaction } from "discord.js";
import type { Logger } from "../logger.js";
import { type OpsSource, serveOps } from "../metrics/http.js";
import type { Router } from "./router.js";

/**
 * Receiving interactions over HTTP (Discord's "Interactions Endpoint URL") instead of the
 * Gateway: Discord POSTs each interaction to us, signed with Ed25519 over timestamp + raw body.
 *
 * The same router and command modules serve both transports. A discord.js `Client` that never
 * logs in turns each verified payload into the usual interaction object (`ChatInputCommandInteraction`
 * ...), exactly as its Gateway handler does, and the router runs it. Whatever the command sends
 * as its initial response (`reply`, `deferReply`) goes back inline as the body of Discord's
 * HTTP request, which Discord prefers (no extra round trip, no token or rate limit needed); a
 * command that has not answered within `deferAfterMs` is deferred for it (type 5, inline) and
 * its answer then becomes an edit of the deferred message over REST. Edits and follow-ups use
 * the interaction token over REST as usual. Nothing is kept between requests here; what the
 * handlers keep (answers' buttons, votes, the cooldown) is shared through Redis when REDIS_URL
 * is set, so any number of replicas behind a load balancer can serve one application.
 */
export interface HttpInteractionOptions {
  /** The application's public key (hex, Developer Portal > General Information). */
  publicKey: string;
  router: Router;
  logger: Logger;
  /** REST base for edits and follow-ups (default Discord's). */
  apiUrl?: string;
  /** Requests larger than this are refused with 413 (interaction payloads are a few KB). */
  maxBodyBytes?: number;
  /** Signatures older (or newer) than this are refused as replays. */
  maxSkewSeconds?: number;
  /** Acknowledge with a deferral if the command has not answered by then (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Clock for tests. */
  now?: () => number;
  /** `GET /metrics` and `GET /healthz` for an operator (without it, /healthz always answers 200). */
  ops?: OpsSource;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** An Ed25519 public key from the 32-byte hex form Discord shows. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("a Discord public key is 64 hex characters");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(hex, "hex").toString("base64url") }, format: "jwk" });
}

/** Discord's signature check: Ed25519 over `timestamp + raw body`, with the timestamp fresh. */
export function verifyDiscordSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
  maxSkewSeconds = 300,
): "ok" | "bad-signature" | "stale" {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) return "bad-signature";
  if (!verify(null, Buffer.concat([Buffer.from(timestamp, "utf8"), body]), key, Buffer.from(signatureHex, "hex"))) return "bad-signature";
  // Checked after the signature, so only Discord's own old requests count as stale.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > maxSkewSeconds) return "stale";
  return "ok";
}

interface Pending {
  res: ServerResponse;
  interaction?: Interaction;
  timer?: NodeJS.Timeout;
}

export function createInteractionServer(options: HttpInteractionOptions): { server: Server; client: Client } {
  const { router, logger, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, maxSkewSeconds = 300, deferAfterMs = 2000, now = Date.now } = options;
  const key = discordPublicKey(options.publicKey);
  /** Interactions whose HTTP request is still open, by interaction id. */
  const pending = new Map<string, Pending>();

  const client = new Client({
    intents: [],
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      // The initial response to an interaction still in `pending` is the HTTP response body.
      makeRequest: async (url, init) => {
        const answered = inlineResponse(url, init);
        return answered ?? DefaultRestOptions.makeRequest(url, init);
      },
    },
  });

  function inlineResponse(url: string, init: { method?: string; body?: unknown }) {
    const m = /\/interactions\/(\d+)\/[^/?]+\/callback(\?.*)?$/.exec(url);
    if (!m || init.method !== "POST" || typeof init.body !== "string" || /with_response=true/.test(m[2] ?? "")) return undefined;
    const entry = pending.get(m[1]!);
    if (!entry) return undefined;
    finish(m[1]!, 200, init.body);
    return Promise.resolve(new Response(null, { status: 204 }) as unknown as Awaited<ReturnType<typeof DefaultRestOptions.makeRequest>>);
  }

  function finish(id: string, status: number, body?: string) {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.timer);
    entry.res.writeHead(status, body ? { "content-type": "application/json" } : {});
    entry.res.end(body);
  }

  client.on(Events.InteractionCreate, (interaction) => {
    const entry = pending.get(interaction.id);
    if (entry) {
      entry.interaction = interaction;
      entry.timer = setTimeout(() => void deferFor(interaction), deferAfterMs);
    }
    void router.handle(interaction).finally(() => {
      // A handler that sent nothing: Discord shows the user that the interaction failed.
      if (pending.has(interaction.id)) finish(interaction.id, 202);
    });
  });

  async function deferFor(interaction: Interaction) {
    if (!interaction.isRepliable() || interaction.deferred || interaction.replied) return;
    try {
      await interaction.deferReply();
      logger.info({ interactionId: interaction.id, afterMs: deferAfterMs }, "slow answer: deferred");
    } catch (err) {
      logger.warn({ interactionId: interaction.id, err }, "could not defer");
    }
  }

  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (options.ops && (await serveOps(req, res, options.ops))) return;
    if (req.method === "GET" && req.url === "/healthz") return reply(res, 200, { ok: true });
    if (req.method !== "POST") return reply(res, 405, { error: "POST interactions here" });
    const body = await readBody(req, maxBodyBytes);
    if (body === "too-large") {
      res.setHeader("connection", "close");
      return reply(res, 413, { error: "request body too large" });
    }
    const signature = header(req, "x-signature-ed25519");
    const timestamp = header(req, "x-signature-timestamp");
    const verdict = verifyDiscordSignature(key, signature, timestamp, body, now(), maxSkewSeconds);
    if (verdict !== "ok") {
      logger.warn({ verdict, ip: req.socket.remoteAddress }, "refused an interaction request");
      return reply(res, 401, { error: "invalid request signature" });
    }
    let payload: { id?: string; type?: number };
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      return reply(res, 400, { error: "body is not JSON" });
    }
    if (payload.type === 1) return reply(res, 200, { type: 1 }); // PING → PONG
    if (typeof payload.id !== "string") return reply(res, 400, { error: "not an interaction" });
    pending.set(payload.id, { res });
    res.on("close", () => pending.delete(payload.id!));
    try {
      emitInteraction(client, payload);
    } catch (err) {
      logger.error({ err }, "could not read an interaction payload");
      finish(payload.id, 400, JSON.stringify({ error: "unreadable interaction" }));
    }
  }

  return { server, client };
}

/**
 * Hands a raw interaction payload to discord.js exactly as its Gateway handler does for
 * INTERACTION_CREATE, so the result is the same interaction object and event. discord.js
 * has no public entry for this (it is a Gateway library); tests/http.e2e.test.ts pins the
 * behaviour so an upgrade that moves it fails loudly.
 */
function emitInteraction(client: Client, payload: unknown): void {
  (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(payload);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > max) {
      req.resume();
      return resolve("too-large");
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.resume();
        resolve("too-large");
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
