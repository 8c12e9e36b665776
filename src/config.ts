import { config as loadDotenv } from "dotenv";
import { z } from "zod";

/**
 * Configuration from the environment (and `.env`, which dotenv loads without overriding
 * variables already set). Each consumer asks only for what it needs: the CLI needs no token.
 */
const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (a snowflake: 17 to 20 digits)");

const FIELDS = {
  DISCORD_TOKEN: z.string().trim().min(1, "is required to connect to Discord"),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://discord.com/api" }).optional(),
  CORPUS_DIR: z.string().min(1).default("corpus"),
  INDEX_FILE: z.string().min(1).default(".cache/index.json"),
  DISCORD_PUBLIC_KEY: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex characters"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SHARD_COUNT: z.union([z.literal("auto"), z.coerce.number().int().min(1).max(100_000)]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379" }).optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
} as const;

/** How to fix each variable, for the error message. */
const HOW_TO_FIX: Record<keyof typeof FIELDS, string> = {
  DISCORD_TOKEN: "Copy the bot token from the Discord Developer Portal (your application > Bot > Reset Token) into .env as DISCORD_TOKEN=...",
  DISCORD_APPLICATION_ID: "Copy the Application ID from the Discord Developer Portal (your application > General Information) into .env.",
  DISCORD_GUILD_ID: "Right-click your server in Discord (Developer Mode on) > Copy Server ID, or remove the variable to deploy globally.",
  DISCORD_API_URL: "Leave it unset to use Discord itself; set it only for a proxy or a local test server, e.g. http://127.0.0.1:8080/api.",
  CORPUS_DIR: "Point it at a folder of .txt or .md articles, or leave it unset for the bundled corpus/.",
  INDEX_FILE: "Give a file path for the saved index, or leave it unset for .cache/index.json.",
  DISCORD_PUBLIC_KEY: "Copy the Public Key from the Discord Developer Portal (your application > General Information).",
  PORT: "Use a port number such as 8080 (0 picks a free one).",
  SHARD_COUNT: "Use a whole number of shards, or auto (Discord's recommendation).",
  LOG_LEVEL: "Use one of fatal, error, warn, info, debug, trace, silent.",
  REDIS_URL: "Leave it unset for a single process; set it (with DISCORD_APPLICATION_ID) so several replicas or shards share answers' buttons, votes and the cooldown.",
  METRICS_PORT: "Use a port number for GET /metrics and /healthz (0 picks a free one), or leave it unset for none.",
};

type Fields = typeof FIELDS;
export type ConfigOf<K extends keyof Fields> = { [P in K]: z.infer<Fields[P]> };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

let dotenvLoaded = false;

/** Reads and validates the named variables. Throws a `ConfigError` whose message never contains a value. */
export function readConfig<K extends keyof Fields>(keys: readonly K[], env: NodeJS.ProcessEnv = process.env): ConfigOf<K> {
  if (env === process.env && !dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  const shape = Object.fromEntries(keys.map((k) => [k, FIELDS[k]])) as Pick<Fields, K>;
  // Empty strings count as unset, as in most .env conventions.
  const input = Object.fromEntries(keys.map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const result = z.object(shape).safeParse(input);
  if (result.success) return result.data as ConfigOf<K>;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]) as K;
    const what = input[name] === undefined ? "is not set" : issue.message;
    return `${name} ${what}. ${HOW_TO_FIX[name]}`;
  });
  throw new ConfigError(`Configuration problem: ${problems.join(" ")} See .env.example for every variable.`);
}
