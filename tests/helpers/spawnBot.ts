import { type ChildProcess, spawn } from "node:child_process";
import { afterAll } from "vitest";

/** Bots still running: a test that fails before stopping its bot must not leave it behind. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Runs one of the bot's entry points (`src/bot.ts`, `src/shardManager.ts`...) as its own
 * process, as `npm start` would, configured only by `env` (added to this process's
 * environment). Its stdout and stderr are collected together in `output()`. Whatever is still
 * running when the test file ends is killed.
 */
export function spawnBot(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, CORPUS_DIR: "corpus", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, exited, output: () => output };
}
