import { type APIMessage, MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAll, validateRequest } from "./helpers/discordSpec.js";
import { startTestBot } from "./helpers/bot.js";
import { snowflake } from "./helpers/fakeDiscord.js";
import { shown } from "./helpers/shown.js";

/** /quote, its autocomplete, "Verify quote" and its Share button: the real bot against the local fake Discord. */
describe("/quote and Verify quote end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function callback(interaction: Parameters<typeof t.fake.interactionCallback>[0]) {
    const r = await t.fake.interactionCallback(interaction);
    validateRequest(r.method, r.path, r.body);
    return r.body;
  }

  it("autocompletes the speaker from what was typed, at most 25 choices of at most 100 characters", async () => {
    const typed = t.fake.dispatchInteraction(t.fake.autocomplete("quote", [{ name: "speaker", type: 3, value: "spokesm", focused: true }]));
    const body = await callback(typed);
    expect(body).toEqual({ type: 8, data: { choices: [{ name: "Wang Wenbin (9 quotes)", value: "Wang Wenbin" }] } });

    const empty = t.fake.dispatchInteraction(t.fake.autocomplete("quote", [{ name: "speaker", type: 3, value: "", focused: true }]));
    const all = (await callback(empty)).data.choices as { name: string; value: string }[];
    expect(all.map((c) => c.value)).toEqual(expect.arrayContaining(["Kim Jong-un", "Xi Jinping", "Wang Wenbin"]));
    expect(all.length).toBeLessThanOrEqual(25);
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it("/quote gives a speaker's words as block quotes with who and where, for everyone to see", async () => {
    const i = t.fake.dispatchInteraction(
      t.fake.chatInput("quote", [
        { name: "speaker", type: 3, value: "Kim Jong-un" },
        { name: "about", type: 3, value: "socialism" },
      ]),
    );
    const body = await callback(i);
    expect(body.type).toBe(4);
    expect(shown(body.data.content)).toMatch(/^> “.*socialism.*”\n> — Kim Jong-un, as reported in \[4\]\n-# \[4\] /);
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(0);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("/quote understands a variant of the name typed without autocomplete", async () => {
    const i = t.fake.dispatchInteraction(t.fake.chatInput("quote", [{ name: "speaker", type: 3, value: "the chinese spokesman" }]));
    expect(shown((await callback(i)).data.content)).toContain("> — Wang Wenbin, as reported by");
  });

  it("/quote answers a speaker nobody quotes politely, to the asker only", async () => {
    const i = t.fake.dispatchInteraction(t.fake.chatInput("quote", [{ name: "speaker", type: 3, value: "Mickey Mouse" }]));
    const body = await callback(i);
    expect(shown(body.data.content)).toMatch(/^The articles quote no one called “Mickey Mouse”\. People quoted: Kim Jong-un, Wang Wenbin, Xi Jinping/);
    expect(body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  let verdict: { content: string; components: unknown[] };

  it("Verify quote checks the quoted words of a message, to the checker only, with a Share button", async () => {
    const i = t.fake.dispatchInteraction(
      t.fake.messageContextMenu("Verify quote", {
        content: 'Kim literally said "the comradely trust and warm friendship between the DPRK and China grows stronger day by day" and "China will send troops to defend Pyongyang" @everyone',
      }),
    );
    const body = await callback(i);
    expect(body.type).toBe(4);
    const data = body.data;
    expect(data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(data.content).toMatch(/^\*\*Quote check\*\* of \[this message\]\(<https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+>\): 2 quotes/);
    expect(shown(data.content)).toContain("⚠️ **Close, not exact** — Kim Jong-un");
    expect(shown(data.content)).toContain("~~warm~~ **militant** friendship");
    expect(shown(data.content)).toContain("❌ **Not found** in the articles:\n> China will send troops to defend Pyongyang");
    expect(data.components[0].components[0]).toMatchObject({ type: 2, label: "Share in channel", custom_id: `quoteshare:${t.fake.member.id}` });
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    verdict = data;
  });

  /** The ephemeral verdict message as the fake Discord stored it: what a press of its button carries. */
  const verdictMessage = (): APIMessage => {
    const stored = [...t.fake.messages.values()].find((m) => m.content === verdict.content);
    expect(stored).toMatchObject({ author: { id: t.fake.botUser.id }, flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds });
    return stored!;
  };

  it("Share posts the verdict in the channel, saying who shared it and pinging no one", async () => {
    const i = t.fake.dispatchInteraction(t.fake.button(`quoteshare:${t.fake.member.id}`, verdictMessage()));
    const body = await callback(i);
    expect(body.type).toBe(4);
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(0);
    expect(body.data.content).toBe(`${verdict.content}\n-# shared by <@${t.fake.member.id}>`);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.data.components).toBeUndefined();
  });

  it("Share by someone else, or with a forged id, gets a polite private reply", async () => {
    const other = { id: snowflake(), username: "other", discriminator: "0", global_name: null, avatar: null };
    const byOther = t.fake.dispatchInteraction(t.fake.button(`quoteshare:${t.fake.member.id}`, verdictMessage(), { user: other }));
    const a = await callback(byOther);
    expect(a.data.content).toMatch(/^Only the member who ran this check can share it/);
    expect(a.data.flags & MessageFlags.Ephemeral).toBeTruthy();

    const forged = t.fake.dispatchInteraction(t.fake.button("quoteshare:<@&1>", verdictMessage()));
    const b = await callback(forged);
    expect(b.data.content).toMatch(/^That button isn't one I recognise/);
    expect(b.data.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it("Verify quote on a message without text says what it needs", async () => {
    const i = t.fake.dispatchInteraction(t.fake.messageContextMenu("Verify quote", { content: "" }));
    const body = await callback(i);
    expect(body.data.content).toMatch(/^That message has no words I can check/);
    expect(body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it("logs each interaction with its command and outcome", async () => {
    await new Promise((r) => setTimeout(r, 50));
    const lines = t.logs.map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.command === "Verify quote" && l.outcome === "ok")).toHaveLength(2);
    expect(lines.filter((l) => l.command === "button:quoteshare" && l.outcome === "ok")).toHaveLength(3);
    // Built, or loaded from the saved index when an earlier start saved them.
    expect(lines.some((l) => /^quotes(,| and)/.test(l.msg) && l.quotes === 35)).toBe(true);
  });

  it("sent only bodies Discord's OpenAPI description accepts", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThanOrEqual(10);
  });
});
