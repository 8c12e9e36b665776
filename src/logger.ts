import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs (pino JSON; pretty when a person watches a terminal). Secrets never reach
 * a log line: known secret fields are redacted by path, and every line is scrubbed of the bot
 * token, the public key and interaction/webhook tokens (which discord.js puts in request URLs
 * and error messages) just before it is written.
 */
export interface LoggerOptions {
  level?: string;
  /** Values that must never appear in a log line (the bot token, the public key). */
  secrets?: (string | undefined)[];
  /** Where to write (tests capture lines here); default stdout, pretty on a TTY. */
  destination?: DestinationStream;
}

/** Fields whose value is a secret: at the top level of a log line, or in any object there (pino's `*.token`). */
const SECRET_FIELDS = ["token", "DISCORD_TOKEN", "authorization"];
const CENSOR = "[redacted]";

/**
 * The top-level paths go to pino's `redact`, which costs nothing on a line without them. The
 * same fields one level down (`*.token`, `*.headers.authorization`) are censored by
 * `censorNested`: pino's wildcard paths pass every field of every line through its redactor
 * (some 10 µs a line, paid on the one line each interaction writes).
 */
const REDACT_PATHS = [...SECRET_FIELDS, "headers.authorization", "req.headers.authorization"];

/** `line` with the secret fields of each object at its top level censored; `line` itself when there are none (the usual case). */
export function censorNested(line: Record<string, unknown>): Record<string, unknown> {
  let out = line;
  for (const key in line) {
    const value = line[key];
    if (value === null || typeof value !== "object") continue;
    const censored = censorFields(value);
    if (censored === value) continue;
    if (out === line) out = { ...line };
    out[key] = censored;
  }
  return out;
}

/** A shallow copy of `value` (same prototype, so an Error stays one) with its secret fields and `headers.authorization` censored, or `value` when it has none. */
function censorFields(value: object): object {
  const headers = (value as { headers?: unknown }).headers;
  const inHeaders = headers !== null && typeof headers === "object" && Object.hasOwn(headers, "authorization");
  const fields = SECRET_FIELDS.filter((f) => Object.hasOwn(value, f));
  if (fields.length === 0 && !inHeaders) return value;
  const copy = shallowCopy(value);
  for (const f of fields) censor(copy, f);
  if (inHeaders) {
    const censoredHeaders = shallowCopy(headers as object);
    censor(censoredHeaders, "authorization");
    censor(copy, "headers", censoredHeaders);
  }
  return copy;
}

function shallowCopy(value: object): object {
  return Object.create(Object.getPrototypeOf(value), Object.getOwnPropertyDescriptors(value)) as object;
}

function censor(target: object, field: string, value: unknown = CENSOR): void {
  const enumerable = Object.getOwnPropertyDescriptor(target, field)?.enumerable ?? true;
  Object.defineProperty(target, field, { value, enumerable, writable: true, configurable: true });
}

/** Environment variables whose values must never appear in a log line when set. */
export const SECRET_VARIABLES = ["DISCORD_TOKEN", "DISCORD_PUBLIC_KEY"] as const;

/** The secret values of `env`, for `createLogger({ secrets })` and for scrubbing error messages. */
export function secretsFrom(env: NodeJS.ProcessEnv): string[] {
  const values = SECRET_VARIABLES.flatMap((name) => {
    const value = env[name]?.trim();
    return value ? [value] : [];
  });
  return [...values, ...redisPassword(env.REDIS_URL)];
}

/** The password in a `redis://user:password@host` URL, if any. */
function redisPassword(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
}

/** `/interactions/<id>/<token>` and `/webhooks/<id>/<token>`: the token part is a secret. */
const URL_TOKEN = /\b(interactions|webhooks)\/(\d+)\/[\w.-]{20,}/g;

export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line.replace(URL_TOKEN, "$1/$2/[redacted]");
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join("[redacted]");
  return out;
}

/**
 * Resolves once every line logged so far is written (or after `withinMs`, so a stuck stdout cannot
 * hold an exit). Exit only after it: stdout is written asynchronously (see `stdoutDestination`), and
 * the synchronous write pino makes at exit can overtake a write still under way, putting the last
 * lines out of order ("stopped" before the interactions that finished before it).
 */
export function flushLogs(logger: Logger, withinMs = 1000): Promise<void> {
  const stream = (logger as unknown as Record<symbol, WritingStream | undefined>)[pino.symbols.streamSym];
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, withinMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    // sonic-boom's flush calls back at once when it buffers nothing (our stdout); a write still under
    // way ends with "drain" (and while none is, nothing is pending: a line is handed over at once).
    if (stream?._writing === true) stream.once("drain", done);
    else logger.flush(() => done());
  });
}

/** What `flushLogs` reads of sonic-boom, pino's stdout stream: whether a write is under way, and its "drain" when it is done. */
interface WritingStream {
  _writing?: boolean;
  once(event: "drain", listener: () => void): void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 8);
  const pretty = !options.destination && process.stdout.isTTY && process.env.NODE_ENV !== "production";
  const destination =
    options.destination ??
    (pretty ? pino.transport({ target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } }) : stdoutDestination());
  return pino(
    {
      level: options.level ?? "info",
      base: { app: "treaty-bot" },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      formatters: { log: censorNested },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    destination,
  );
}

/**
 * Stdout, written asynchronously: a line is handed to libuv's thread pool at once, and lines
 * logged while a write is under way go out together in the next one. A synchronous write costs
 * the event loop a system call per line (tens of µs on a pipe, the largest single cost of an
 * interaction's one log line). pino writes whatever is pending synchronously when the process
 * exits; a reader that stops reading costs at most `maxLength` of memory, then lines are dropped.
 */
function stdoutDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 });
}
