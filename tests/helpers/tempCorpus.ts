import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Temporary corpus folders for tests: `files` (name → text or bytes) written into a fresh
 * folder, optionally on top of a copy of `copyOf`. A test file removes them all with
 * `afterAll(removeTempCorpora)`.
 */
const made: string[] = [];

export function tempCorpus(files: Record<string, string | Uint8Array> = {}, copyOf?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "treaty-test-corpus-"));
  made.push(dir);
  if (copyOf) cpSync(copyOf, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function removeTempCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
