import { ComponentType, InteractionType, MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../src/discord/router.js";
import { buildAnswerer } from "../src/pipeline.js";
import { startTestBot } from "./helpers/bot.js";
import { validateAll } from "./helpers/discordSpec.js";
import { FAIL, faultyAnswerer, SLOW } from "./helpers/faultyAnswerer.js";
import { rateLimited, type RecordedRequest } from "./helpers/fakeDiscord.js";
import { Cooldown } from "../src/discord/cooldown.js";

/**
 * Discord's own hiccups, through the local fake, with the real bot (discord.js Client, router,
 * /treaty). Each fault is followed by an ordinary question that must be answered normally.
 */
describe("faults", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    // Many questions from one member: a lax cooldown, which has its own test in ux.e2e.
    t = await startTestBot({}, { answerer: faultyAnswerer(buildAnswerer("corpus")), context: { cooldown: new Cooldown({ limit: 1000 }) } });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const question = (value: string) => t.fake.chatInput("treaty", [{ name: "question", type: 3, value }]);
  const callbacksOf = (i: { id: string; token: string }) => t.fake.requests.filter((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
  /** Waits for the router's one log line about an interaction. */
  const logLine = async (id: string) => {
    await expect.poll(() => t.logsOf(id).length, { timeout: 5000 }).toBeGreaterThan(0);
    return t.logsOf(id);
  };

  async function answeredNormally() {
    const i = t.fake.dispatchInteraction(question("when was it renewed"));
    const cb = await t.fake.interactionCallback(i);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.content).toContain("last **renewed** in 2001");
    expect(await logLine(i.id)).toMatchObject([{ level: 30, outcome: "ok" }]);
  }

  it("resumes after the Gateway closes mid-session, and answers the next /treaty", async () => {
    const before = t.fake.resumes;
    t.fake.dropGateway(4000);
    await t.fake.waitForReady(2);
    expect(t.fake.resumes).toBe(before + 1);
    expect(t.fake.identifies).toHaveLength(1);
    await answeredNormally();
  });

  it("resumes after the connection is cut without a close frame, and answers what was sent meanwhile", async () => {
    const before = t.fake.resumes;
    t.fake.severGateway();
    // Dispatched while the bot is disconnected: Discord replays it on resume.
    const missed = t.fake.dispatchInteraction(question("who signed the treaty"));
    await t.fake.waitForReady(3, 15_000);
    expect(t.fake.resumes).toBe(before + 1);
    const cb = await t.fake.interactionCallback(missed, 10_000);
    expect(cb.body.type).toBe(4);
    await answeredNormally();
  });

  it("retries a 500 from Discord, and the reply arrives", async () => {
    const i = question("when was it renewed");
    t.fake.injectRestError({ method: "POST", path: `/interactions/${i.id}/${i.token}/callback`, status: 500 });
    t.fake.dispatchInteraction(i);
    await expect.poll(() => callbacksOf(i).map((r) => r.status), { timeout: 5000 }).toEqual([500, 204]);
    expect(callbacksOf(i)[1]!.body.data.content).toContain("renewed");
    expect(await logLine(i.id)).toMatchObject([{ outcome: "ok" }]);
    await answeredNormally();
  });

  it("waits out a 429 for its retry-after, then the reply arrives", async () => {
    const i = question("when was it renewed");
    t.fake.injectRestError({ method: "POST", path: `/interactions/${i.id}/${i.token}/callback`, ...rateLimited(1) });
    t.fake.dispatchInteraction(i);
    await expect.poll(() => callbacksOf(i).map((r) => r.status), { timeout: 5000 }).toEqual([429, 204]);
    const [limited, retried] = callbacksOf(i) as [RecordedRequest, RecordedRequest];
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    expect(retried.body.data.content).toContain("renewed");
    expect(await logLine(i.id)).toMatchObject([{ outcome: "ok" }]);
    const warning = t.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "rate limited by Discord; waiting");
    expect(warning).toMatchObject({ level: 40, route: "/interactions/:id/:token/callback", retryAfter: 1, scope: "user", global: false });
    await answeredNormally();
  });

  it.each([
    [10062, 404, "Unknown interaction", "expired"],
    [40060, 400, "Interaction has already been acknowledged.", "already-acknowledged"],
  ])("a dead interaction (%i) is logged once at warn, with no apology and no crash", async (code, status, message, outcome) => {
    const i = question("when was it renewed");
    t.fake.injectRestError({ method: "POST", path: `/interactions/${i.id}/${i.token}/callback`, status, body: { message, code } });
    t.fake.dispatchInteraction(i);
    expect(await logLine(i.id)).toMatchObject([{ level: 40, outcome, code }]);
    await answeredNormally();
    // No second attempt on the dead token: the apology would fail the same way.
    expect(callbacksOf(i)).toHaveLength(1);
    expect(t.logsOf(i.id)).toHaveLength(1);
  });

  it("a handler that throws costs the member an ephemeral apology; the error is logged once", async () => {
    const i = t.fake.dispatchInteraction(question(`${FAIL}when was it renewed`));
    const cb = await t.fake.interactionCallback(i);
    expect(cb.body).toMatchObject({ type: 4, data: { content: APOLOGY, allowed_mentions: { parse: [] } } });
    expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(await logLine(i.id)).toMatchObject([{ level: 50, outcome: "error", err: { message: expect.stringContaining("injected fault") } }]);
    await answeredNormally();
  });

  it("a slow index: the reply is deferred within 3 s, then edited (through a global 429) or moved to an ephemeral follow-up", async () => {
    const answer = question(`${SLOW}when was it renewed`);
    const refusal = question(`${SLOW}what is the capital of France`);
    const sent = performance.now();
    t.fake.injectRestError({ method: "PATCH", path: `/webhooks/${t.fake.applicationId}/${answer.token}/messages/@original`, ...rateLimited(0.3, { global: true }) });
    t.fake.dispatchInteraction(answer);
    t.fake.dispatchInteraction(refusal);

    for (const i of [answer, refusal]) {
      const deferral = await t.fake.interactionCallback(i);
      expect(deferral.body).toEqual({ type: 5, data: { flags: 0 } });
      expect(deferral.at - sent).toBeLessThan(3000);
      expect(deferral.at - sent).toBeGreaterThanOrEqual(1900);
    }

    // The answer edits the public "thinking" message (after waiting out the 429).
    await expect.poll(() => t.logsOf(answer.id).length, { timeout: 8000 }).toBe(1);
    const edits = t.fake.webhookRequests(answer).filter((r) => r.method === "PATCH");
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[1]!.body.content).toContain("last **renewed** in 2001");
    expect(edits[1]!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(t.logsOf(answer.id)).toMatchObject([{ outcome: "ok", deferred: true }]);

    // The refusal concerns the asker only: the public placeholder is settled, the refusal sent
    // as an ephemeral follow-up, and the placeholder deleted.
    await expect.poll(() => t.logsOf(refusal.id).length, { timeout: 8000 }).toBe(1);
    const steps = t.fake.webhookRequests(refusal).map((r) => `${r.method} ${r.path.endsWith("@original") ? "@original" : "follow-up"}`);
    expect(steps).toEqual(["PATCH @original", "POST follow-up", "DELETE @original"]);
    const followUp = t.fake.webhookRequests(refusal).find((r) => r.method === "POST")!;
    expect(followUp.body.content).toMatch(/Nothing in the articles answers that/);
    expect(followUp.body.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(t.logsOf(refusal.id)).toMatchObject([{ outcome: "ok", deferred: true }]);

    await answeredNormally();
  });

  it.each([
    ["an integer", [{ name: "question", type: 4, value: 5 }]],
    ["a boolean", [{ name: "question", type: 5, value: true }]],
    ["missing", []],
    ["too short", [{ name: "question", type: 3, value: "  a " }]],
    ["too long", [{ name: "question", type: 3, value: "why ".repeat(100) }]],
  ])("refuses a question option that is %s, politely and to the asker only", async (_, options) => {
    const i = t.fake.dispatchInteraction(t.fake.chatInput("treaty", options as any));
    const cb = await t.fake.interactionCallback(i);
    expect(cb.body.data.content).toMatch(/The `question` option must be text of 3 to 300 characters/);
    expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(await logLine(i.id)).toMatchObject([{ level: 40, outcome: "invalid-option" }]);
  });

  it("refuses forged button ids, unknown commands and unsupported interactions politely", async () => {
    // ("pin:" belongs to a real button family; tests/sources.e2e.test.ts refuses its forgeries.)
    const forged = ["", ":", "treaty:1", "x".repeat(100), "🙂:🙂", "__proto__:constructor", "../../etc/passwd", "<@&1>:@everyone"];
    for (const id of forged) {
      const i = t.fake.dispatchInteraction(t.fake.button(id));
      const cb = await t.fake.interactionCallback(i);
      expect(cb.body.data.content).toMatch(/isn't one I recognise/);
      expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
      expect(await logLine(i.id)).toMatchObject([{ outcome: "unknown-button" }]);
    }

    const unknown = t.fake.dispatchInteraction(t.fake.chatInput("sudo", []));
    expect((await t.fake.interactionCallback(unknown)).body.data.content).toMatch(/don't know that command/);

    const menu = t.fake.dispatchInteraction(t.fake.messageContextMenu("treaty", { content: "hello" }));
    expect((await t.fake.interactionCallback(menu)).body.data.content).toMatch(/is a slash command/);

    const select = t.fake.button("pick:1");
    select.data = { custom_id: "pick:1", component_type: ComponentType.StringSelect, values: ["a"] } as any;
    t.fake.dispatchInteraction(select);
    expect((await t.fake.interactionCallback(select)).body.data.content).toMatch(/can't handle that/);

    const modal = { ...t.fake.button("x"), type: InteractionType.ModalSubmit, data: { custom_id: "form", components: [] } } as any;
    t.fake.dispatchInteraction(modal);
    expect((await t.fake.interactionCallback(modal)).body.data.content).toMatch(/can't handle that/);

    // Autocomplete of a command that has none still gets (empty) choices.
    const auto = t.fake.dispatchInteraction(t.fake.autocomplete("sources-nope", [{ name: "x", type: 3, value: "ren", focused: true } as any]));
    expect((await t.fake.interactionCallback(auto)).body).toEqual({ type: 8, data: { choices: [] } });

    await answeredNormally();
  });

  it("sent only bodies Discord's OpenAPI description accepts, and never logged an unhandled error", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThan(30);
    const lines = t.logs.map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.msg === "unhandled promise rejection" || l.msg === "could not tell the member")).toEqual([]);
  });
});
