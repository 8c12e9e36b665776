import { type IncomingMessage, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { IngestError } from "./ingestError.js";

/**
 * Fetching a page a moderator named, safely: http(s) only, at most 5 redirects, 10 s and 5 MB
 * in all, and only text/html, text/plain or text/markdown. The address every connection goes
 * to is checked when it is resolved, at connect time (request-filtering-agent over ipaddr.js),
 * for the first request and after every redirect: loopback, private, link-local, multicast and
 * unspecified addresses are refused, so a page cannot make the bot reach into its own network.
 * `allowPrivate` lifts that check (tests on 127.0.0.1, intranets).
 */
export interface FetchLimits {
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

export type PageKind = "html" | "text" | "markdown";

export interface FetchedPage {
  /** The address finally answered (after redirects). */
  url: string;
  kind: PageKind;
  /** The charset the response declared, if any (lower case). */
  charset?: string;
  bytes: Buffer;
}

const KINDS: Record<string, PageKind> = { "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown" };

/** The kind of a `Content-Type` header, and its charset; undefined kind for a type we do not take. */
export function contentKind(header: string | undefined): { kind?: PageKind; charset?: string } {
  const [type = "", ...params] = (header ?? "").split(";").map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith("charset="))?.slice(8).replace(/^"|"$/g, "");
  return { kind: KINDS[type], charset };
}

/** Parses an address a member typed: only http and https are fetched. */
export function parseSourceUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new IngestError("bad-url", `“${text.trim().slice(0, 200)}” is not a web address; give one starting with https://`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError("bad-scheme", `only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, "")}:`);
  }
  return url;
}

export async function fetchPage(address: string | URL, limits: FetchLimits, kindOverride?: PageKind): Promise<FetchedPage> {
  const { timeoutMs = FETCH_LIMITS.timeoutMs, maxBytes = FETCH_LIMITS.maxBytes, maxRedirects = FETCH_LIMITS.maxRedirects } = limits;
  const agents = {
    "http:": new RequestFilteringHttpAgent({ allowPrivateIPAddress: limits.allowPrivate }),
    "https:": new RequestFilteringHttpsAgent({ allowPrivateIPAddress: limits.allowPrivate }),
  };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let url = typeof address === "string" ? parseSourceUrl(address) : address;
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, agents, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= maxRedirects) throw new IngestError("too-many-redirects", `the page redirects more than ${maxRedirects} times`);
        url = parseSourceUrl(new URL(response.headers.location, url).href);
        continue;
      }
      if (status >= 400) {
        response.resume();
        throw new IngestError("http-status", `the server answered ${status} ${response.statusMessage ?? ""}`.trim());
      }
      const declared = contentKind(response.headers["content-type"]);
      const kind = kindOverride ?? declared.kind;
      if (!kind) {
        response.resume();
        throw new IngestError("wrong-type", `the page is ${declared.kind ?? response.headers["content-type"] ?? "of no stated type"}, not HTML or text (text/html, text/plain or text/markdown)`);
      }
      const length = Number(response.headers["content-length"]);
      if (length > maxBytes) {
        response.resume();
        throw new IngestError("too-large", tooLarge(maxBytes));
      }
      return { url: url.href, kind, charset: declared.charset, bytes: await readBody(response, maxBytes) };
    }
  } catch (err) {
    throw asIngestError(err, signal, timeoutMs);
  } finally {
    agents["http:"].destroy();
    agents["https:"].destroy();
  }
}

function get(url: URL, agents: Record<"http:" | "https:", RequestFilteringHttpAgent | RequestFilteringHttpsAgent>, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: agents[url.protocol as "http:" | "https:"], signal, headers: { accept: "text/html, text/plain, text/markdown;q=0.9", "user-agent": "treaty-bot (add-article)" } }, resolve);
    req.on("error", reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new IngestError("too-large", tooLarge(maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (max: number) => `the page is larger than ${Math.round(max / 1024 / 1024)} MB`;

/** Network failures in words a moderator can act on. */
function asIngestError(err: unknown, signal: AbortSignal, timeoutMs: number): IngestError {
  if (err instanceof IngestError) return err;
  if (signal.aborted) return new IngestError("timeout", `the page did not arrive within ${timeoutMs / 1000} s`);
  const message = (err as Error)?.message ?? String(err);
  if (/is not allowed\. Because/.test(message)) {
    return new IngestError("private-address", "the address leads to this machine or a private network, which the bot does not fetch");
  }
  const code = (err as NodeJS.ErrnoException)?.code;
  return new IngestError("unreachable", `the site could not be reached (${code ?? message.slice(0, 100)})`);
}
