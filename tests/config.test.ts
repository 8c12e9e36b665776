import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../src/config.js";

const SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.this-is-not-a-real-token-0123456789";

describe("configuration", () => {
  it("reads and defaults values", () => {
    const c = readConfig(["DISCORD_TOKEN", "CORPUS_DIR", "LOG_LEVEL"], { DISCORD_TOKEN: SECRET });
    expect(c).toEqual({ DISCORD_TOKEN: SECRET, CORPUS_DIR: "corpus", LOG_LEVEL: "info" });
  });

  it("names a missing variable and how to fix it", () => {
    expect(() => readConfig(["DISCORD_TOKEN"], {})).toThrow(ConfigError);
    expect(() => readConfig(["DISCORD_TOKEN"], {})).toThrow(/DISCORD_TOKEN is not set\. Copy the bot token/);
    expect(() => readConfig(["DISCORD_TOKEN"], { DISCORD_TOKEN: "" })).toThrow(/DISCORD_TOKEN is not set/);
  });

  it("names a malformed variable without echoing any value", () => {
    let message = "";
    try {
      readConfig(["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_API_URL"], {
        DISCORD_TOKEN: SECRET,
        DISCORD_APPLICATION_ID: "my-app",
        DISCORD_API_URL: `ftp://${SECRET}`,
      });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/DISCORD_APPLICATION_ID must be a Discord id/);
    expect(message).toMatch(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain("my-app");
  });
});

describe("npm start without a token", () => {
  it("prints the configuration error, no stack trace, and exits 1", () => {
    const env = { ...process.env, DISCORD_TOKEN: "", DOTENV_CONFIG_PATH: "/nonexistent" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/bot.ts"], { env, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Configuration problem: DISCORD_TOKEN is not set\./);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
