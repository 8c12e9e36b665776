import { spawn, spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { startBot, watchProcess } from "../src/bot.js";
import { createLogger, secretsFrom } from "../src/logger.js";
import { logCapture, startTestBot, TEST_TOKEN } from "./helpers/bot.js";
import { FakeDiscord, type RecordedRequest } from "./helpers/fakeDiscord.js";
import { spawnBot } from "./helpers/spawnBot.js";

/**
 * The token and the public key never reach a log line or an error message, even when Discord
 * (or a proxy) echoes them back in an error body, which discord.js then puts in its message.
 */
const PUBLIC_KEY = "9f3c2a7b1e5d4c6a8b0f9e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b";

/** A server that repeats what it was sent: the worst case for a secret in an error message. */
const echo = (r: RecordedRequest) => ({ message: `Rejected ${r.method} ${r.path} with ${String(r.headers.authorization)}`, code: 0 });

describe("secrets in a failing start-up", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it("says a rejected token is invalid, and logs no secret", async () => {
    fake = await FakeDiscord.start();
    fake.injectRestError({ method: "GET", path: "/gateway/bot", status: 401, body: echo });
    const capture = logCapture();
    const env = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_PUBLIC_KEY: PUBLIC_KEY, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "trace" };
    await expect(startBot(env, { logDestination: capture.destination })).rejects.toThrow("An invalid token was provided.");
    expect(capture.parsed().find((l) => l.msg === "could not connect to Discord")).toMatchObject({ level: 60 });
    expect(capture.lines.join("\n")).not.toContain(TEST_TOKEN);
  });

  it("scrubs a token that the server echoed into discord.js's error message", async () => {
    fake = await FakeDiscord.start();
    fake.injectRestError({ method: "GET", path: "/gateway/bot", status: 403, body: echo });
    const capture = logCapture();
    const env = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_PUBLIC_KEY: PUBLIC_KEY, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "trace" };
    const error = await startBot(env, { logDestination: capture.destination }).catch((err: Error) => err);

    expect((error as Error).message).toContain(TEST_TOKEN); // the echo reached discord.js's message…
    const fatal = capture.parsed().find((l) => l.msg === "could not connect to Discord");
    expect(fatal).toMatchObject({ level: 60, err: { status: 403, message: "Rejected GET /gateway/bot with Bot [redacted]" } }); // …not the log
    expect(capture.lines.join("\n")).not.toContain(TEST_TOKEN);
    expect(capture.lines.join("\n")).not.toContain(PUBLIC_KEY);
  });

  it("as a process: exits 1 with a one-line reason, and prints no secret anywhere", async () => {
    fake = await FakeDiscord.start();
    fake.injectRestError({ method: "GET", path: "/gateway/bot", status: 403, body: echo, times: 5 });
    const token = "process-secret-token-0123456789abcdef";
    const child = spawn(process.execPath, ["--import", "tsx", "src/bot.ts"], {
      env: { ...process.env, DISCORD_TOKEN: token, DISCORD_PUBLIC_KEY: PUBLIC_KEY, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "info", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));

    expect(code).toBe(1);
    expect(stderr).toMatch(/^Could not start the bot: Rejected GET \/gateway\/bot with Bot \[redacted\]/);
    expect(stdout).toContain('"msg":"could not connect to Discord"');
    expect(stdout + stderr).not.toContain(token);
    expect(stdout + stderr).not.toContain(PUBLIC_KEY);
  }, 30_000);
});

describe("secrets in a failing request", () => {
  it("logs the failure with its route, but not the bot token or the interaction token", async () => {
    const t = await startTestBot();
    try {
      const rejected = t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]);
      t.fake.injectRestError({ method: "POST", path: `/interactions/${rejected.id}/${rejected.token}/callback`, status: 400, body: (r: RecordedRequest) => ({ ...echo(r), code: 50035 }) });
      const exhausted = t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "who signed it" }]);
      t.fake.injectRestError({ method: "POST", path: `/interactions/${exhausted.id}/${exhausted.token}/callback`, status: 502, times: 4 });
      for (const i of [rejected, exhausted]) t.fake.dispatchInteraction(i);

      await expect.poll(() => [rejected, exhausted].map((i) => t.logsOf(i.id).map((l) => l.outcome)), { timeout: 10_000 }).toEqual([["error"], ["error"]]);
      const failures = [rejected, exhausted].map((i) => t.logsOf(i.id)[0]!);
      expect(failures[0]!.err.message).toMatch(/^Rejected POST \/interactions\/\d+\/\[redacted\]\/callback/);
      expect(failures[1]!.err).toMatchObject({ type: "HTTPError", status: 502, url: expect.stringMatching(/\/interactions\/\d+\/\[redacted\]\/callback/) });
      const all = t.logs.join("\n");
      for (const secret of [TEST_TOKEN, rejected.token, exhausted.token]) expect(all).not.toContain(secret);
    } finally {
      await t.stop();
    }
  });
});

describe("the logger", () => {
  it("scrubs every configured secret wherever it appears in a line", () => {
    const capture = logCapture();
    const logger = createLogger({ secrets: secretsFrom({ DISCORD_TOKEN: ` ${TEST_TOKEN} `, DISCORD_PUBLIC_KEY: PUBLIC_KEY }), destination: capture.destination });
    logger.info({ config: { key: PUBLIC_KEY }, header: `Bot ${TEST_TOKEN}`, token: "x".repeat(30) }, `starting with ${PUBLIC_KEY}`);
    logger.error({ err: new Error(`bad token ${TEST_TOKEN}`) }, "failed");
    logger.warn({ url: "https://discord.com/api/v10/webhooks/123456789012345678/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4/messages/@original" }, "edit failed");
    const all = capture.lines.join("\n");
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain(PUBLIC_KEY);
    expect(all).not.toContain("aW50ZXJhY3Rpb246");
    expect(capture.parsed().map((l) => l.msg)).toEqual(["starting with [redacted]", "failed", "edit failed"]);
  });

  it("censors secret fields at the top of a line and one level down, and leaves other lines as they are", () => {
    const capture = logCapture();
    const logger = createLogger({ destination: capture.destination });
    const err = Object.assign(new Error("refused"), { token: "err-token", status: 401 });
    const request = { method: "POST", headers: { authorization: "Bot abc", "content-type": "application/json" } };
    const config = { DISCORD_TOKEN: "config-token", shards: 2 };
    logger.info({ token: "top", authorization: "Bot top", config, request, req: { headers: { authorization: "Bot req" } } }, "nested");
    logger.error({ err }, "failed");
    logger.info({ interactionId: "1", command: "treaty", outcome: "ok", latencyMs: 1.5, nested: { n: 1 } }, "interaction");
    const [nested, failed, plain] = capture.parsed();
    expect(nested).toMatchObject({
      token: "[redacted]",
      authorization: "[redacted]",
      config: { DISCORD_TOKEN: "[redacted]", shards: 2 },
      request: { method: "POST", headers: { authorization: "[redacted]", "content-type": "application/json" } },
      req: { headers: { authorization: "[redacted]" } },
    });
    // Still logged as an error (type, message, stack), its own fields kept but the secret.
    expect(failed!.err).toMatchObject({ type: "Error", message: "refused", status: 401, token: "[redacted]", stack: expect.stringContaining("refused") });
    expect(plain).toMatchObject({ interactionId: "1", command: "treaty", outcome: "ok", latencyMs: 1.5, nested: { n: 1 } });
    // What was logged is not changed.
    expect([err.token, request.headers.authorization, config.DISCORD_TOKEN]).toEqual(["err-token", "Bot abc", "config-token"]);
    expect(capture.lines.join("\n")).not.toMatch(/err-token|Bot abc|config-token|Bot req|Bot top/);
  });

  it("logs an unhandled rejection as an error and keeps running; exits 1 after an uncaught exception", () => {
    const capture = logCapture();
    const logger = createLogger({ secrets: [TEST_TOKEN], destination: capture.destination });
    const proc = new EventEmitter();
    const exits: number[] = [];
    watchProcess(logger, proc, (code) => exits.push(code));

    proc.emit("unhandledRejection", new Error(`lost promise with ${TEST_TOKEN}`), Promise.resolve());
    expect(exits).toEqual([]);
    proc.emit("uncaughtException", new TypeError("boom"));
    expect(exits).toEqual([1]);
    expect(capture.parsed().map((l) => [l.level, l.err?.message])).toEqual([
      [50, "lost promise with [redacted]"],
      [60, "boom"],
    ]);
  });
});

describe("a bot process's log", () => {
  it("reaches stdout whole, the fatal line last, when the process dies of an uncaught exception", async () => {
    const { exited, output } = spawnBot("tests/helpers/crashingProcess.ts", { LINES: "3000" });
    expect(await exited).toBe(1);
    const lines = output().trim().split("\n").map((l) => JSON.parse(l) as { msg: string; i?: number; err?: { message: string } });
    expect(lines.filter((l) => l.msg === "working").map((l) => l.i)).toEqual([...Array(3000).keys()]);
    expect(lines.at(-1)).toMatchObject({ msg: "uncaught exception; exiting", err: { message: "boom" } });
  }, 20_000);
});

describe("the repository", () => {
  it("ignores .env, so a token written there is never committed", () => {
    const ignored = spawnSync("git", ["check-ignore", "--quiet", "--no-index", ".env"]);
    expect(ignored.error).toBeUndefined();
    expect(ignored.status).toBe(0);
  });
});
