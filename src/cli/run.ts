import { CorpusError } from "../corpus/frontMatter.js";

/**
 * Runs a terminal command's `main` and sets the exit code: its own, or 1 with a one-line
 * message for a broken corpus or configuration (anything else is a bug and prints in full).
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof CorpusError || (err as Error).name === "ConfigError" ? (err as Error).message : err);
      process.exitCode = 1;
    },
  );
}
