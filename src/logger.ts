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

const REDACT_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "req.headers.authorization",
];

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

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 8);
  const pretty = !options.destination && process.stdout.isTTY && process.env.NODE_ENV !== "production";
  const destination =
    options.destination ??
    (pretty ? pino.transport({ target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } }) : pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level ?? "info",
      base: { app: "treaty-bot" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    destination,
  );
}
