import { spawn } from "node:child_process";

/**
 * Runs one of the bot's entry points (`src/bot.ts`, `src/shardManager.ts`...) as its own
 * process, as `npm start` would, configured only by `env` (added to this process's
 * environment). Its stdout and stderr are collected together in `output()`.
 */
export function spawnBot(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, CORPUS_DIR: "corpus", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}
