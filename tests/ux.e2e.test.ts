import { type APIInteraction, type APIMessage, type APIUser, ComponentType, MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBot } from "./helpers/bot.js";
import { validateAll } from "./helpers/discordSpec.js";
import { DEFAULT_MEMBER_PERMISSIONS, type RecordedRequest } from "./helpers/fakeDiscord.js";

/**
 * The answer's conveniences, end to end: the real bot (discord.js Client, router, /treaty,
 * its buttons) against the local fake Discord. Each test asks as its own member, so the
 * per-member cooldown never couples tests.
 */
describe("/treaty conveniences end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  const member = (name: string) => t.fake.user(name);

  async function ask(question: string, user: APIUser, extra: { hide?: boolean; mention?: APIUser; mentionMember?: boolean } = {}) {
    const options: any[] = [{ name: "question", type: 3, value: question }];
    if (extra.hide !== undefined) options.push({ name: "hide", type: 5, value: extra.hide });
    if (extra.mention) options.push({ name: "mention", type: 6, value: extra.mention.id });
    const resolved = extra.mention ? t.fake.resolvedUsers([{ user: extra.mention, member: extra.mentionMember ?? true }]) : undefined;
    const interaction = t.fake.dispatchInteraction(t.fake.chatInput("treaty", options, { user, resolved }));
    const callback = await t.fake.interactionCallback(interaction);
    return { interaction, callback, data: callback.body.data, message: t.fake.originalMessage(interaction) };
  }

  async function click(customId: string, message: APIMessage, user: APIUser, permissions?: bigint) {
    const interaction = t.fake.dispatchInteraction(t.fake.button(customId, message, { user, permissions }));
    const callback = await t.fake.interactionCallback(interaction);
    return { interaction, callback, data: callback.body.data };
  }

  /** Buttons of a message body, by label (or emoji). */
  function buttons(data: { components?: any[] }): Map<string, string> {
    const out = new Map<string, string>();
    for (const row of data.components ?? []) {
      expect(row.type).toBe(ComponentType.ActionRow);
      for (const b of row.components) out.set(b.label ?? b.emoji?.name, b.custom_id);
    }
    return out;
  }

  const ephemeral = (data: { flags?: number }) => ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

  describe("autocomplete", () => {
    it("offers at most 25 valid choices that complete what was typed", async () => {
      for (const typed of ["", "when was it ren", "who is", "what did xi", "x".repeat(150), "hostile"]) {
        const i = t.fake.dispatchInteraction(t.fake.autocomplete("treaty", [{ name: "question", type: 3, value: typed, focused: true } as any]));
        const cb = await t.fake.interactionCallback(i);
        expect(cb.body.type).toBe(8);
        const choices: { name: string; value: string }[] = cb.body.data.choices;
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThanOrEqual(3);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value).toBe(c.name);
        }
        if (typed === "") expect(choices).toHaveLength(25);
        if (typed === "when was it ren") expect(choices.map((c) => c.name)).toContain("when was it renewed");
        if (typed === "who is") expect(choices.slice(1).every((c) => c.name.startsWith("who is "))).toBe(true);
      }
    });

    it("answers a chosen suggestion, whether Discord sends its value or its label", async () => {
      const i = t.fake.dispatchInteraction(t.fake.autocomplete("treaty", [{ name: "question", type: 3, value: "renew", focused: true } as any]));
      const choices: { name: string; value: string }[] = (await t.fake.interactionCallback(i)).body.data.choices;
      const chosen = choices.find((c) => c.name.startsWith("when was the treaty"))!;
      expect(chosen).toBeDefined();
      for (const sent of [chosen.value, chosen.name]) {
        const { data } = await ask(sent, member("chooser"));
        expect(ephemeral(data)).toBe(false);
        expect(data.content).toContain("renewed");
      }
    });
  });

  describe("hide", () => {
    it("answers ephemerally, with a Show to channel button that posts it publicly", async () => {
      const asker = member("hider");
      const { interaction, data, message } = await ask("when was it renewed", asker, { hide: true });
      expect(ephemeral(data)).toBe(true);
      const b = buttons(data);
      expect(b.has("Show to channel")).toBe(true);
      expect(b.has("Delete")).toBe(false);

      const show = await click(b.get("Show to channel")!, message!, asker);
      expect(show.callback.body.type).toBe(7);
      expect(show.data.components).toEqual([]);
      const posted = await t.fake.waitForWebhook(show.interaction, "POST");
      expect(ephemeral(posted.body)).toBe(false);
      expect(posted.body.content).toBe(data.content);
      expect(buttons(posted.body).has("Delete")).toBe(true);
      expect(interaction.id).toBeTruthy();
    });
  });

  describe("mention", () => {
    it("starts with the member's mention and pings exactly that one member", async () => {
      const friend = member("friend");
      const { data } = await ask("when was it renewed", member("pointer"), { mention: friend });
      expect(data.content.startsWith(`<@${friend.id}>`)).toBe(true);
      expect(data.allowed_mentions).toEqual({ parse: [], users: [friend.id], replied_user: false });
      expect(ephemeral(data)).toBe(false);
    });

    it("refuses to point at a bot or at someone who is not in the server, pinging no one", async () => {
      const bot = await ask("when was it renewed", member("botpointer"), { mention: t.fake.user("somebot", { bot: true }) });
      expect(ephemeral(bot.data)).toBe(true);
      expect(bot.data.content).toMatch(/not bots/);
      const stranger = t.fake.user("stranger");
      const away = await ask("when was it renewed", member("strangerpointer"), { mention: stranger, mentionMember: false });
      expect(ephemeral(away.data)).toBe(true);
      expect(away.data.content).toContain(`<@${stranger.id}> isn't a member of this server`);
      for (const d of [bot.data, away.data]) expect(d.allowed_mentions).toEqual({ parse: [], replied_user: false });
    });

    it("keeps a hidden answer's mention for when it is shown to the channel", async () => {
      const asker = member("hidepointer");
      const friend = member("friend2");
      const { data, message } = await ask("when was it renewed", asker, { hide: true, mention: friend });
      expect(data.content).not.toContain(`<@${friend.id}>`);
      expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const show = await click(buttons(data).get("Show to channel")!, message!, asker);
      const posted = await t.fake.waitForWebhook(show.interaction, "POST");
      expect(posted.body.content.startsWith(`<@${friend.id}>`)).toBe(true);
      expect(posted.body.allowed_mentions).toEqual({ parse: [], users: [friend.id], replied_user: false });
    });
  });

  describe("context and paging", () => {
    it("shows the paragraph around a passage to the reader, with the passage in bold", async () => {
      const reader = member("reader");
      const { data, message } = await ask("when was it renewed", member("contextasker"));
      const b = buttons(data);
      expect([...b.keys()].filter((l) => l.startsWith("Context"))).toHaveLength(3);
      // The second passage: the first holds the fuller answer ("1981 and 2001"), this one "2001".
      const ctx = await click(b.get("Context 2")!, message!, reader);
      expect(ctx.callback.body.type).toBe(4);
      expect(ephemeral(ctx.data)).toBe(true);
      expect(ctx.data.content).toContain("**The agreement was last renewed in 2001.**");
      // The sentence before it in the same paragraph comes with it.
      expect(ctx.data.content).toContain("the accord requires the two countries to respond jointly");
      expect(ctx.data.content).toContain("-# [1] UPI");
    });

    it("pages in place for the asker, and privately for anyone else", async () => {
      const asker = member("pager");
      const { data, message } = await ask("what did Wang Wenbin say", asker);
      const next = buttons(data).get("Next ▶");
      expect(next).toBeDefined();
      expect(buttons(data).has("◀ Previous")).toBe(false);

      const other = await click(next!, message!, member("onlooker"));
      expect(other.callback.body.type).toBe(4);
      expect(ephemeral(other.data)).toBe(true);
      const before = message!.content;

      const mine = await click(next!, message!, asker);
      expect(mine.callback.body.type).toBe(7);
      expect(mine.data.content).not.toBe(before);
      expect(mine.data.content).toBe(other.data.content);
      expect(buttons(mine.data).has("◀ Previous")).toBe(true);
      expect(t.fake.messages.get(message!.id)!.content).toBe(mine.data.content);

      const back = await click(buttons(mine.data).get("◀ Previous")!, t.fake.messages.get(message!.id)!, asker);
      expect(back.data.content).toBe(before);
    });

    it("refuses forged ids and says so politely when an answer has expired", async () => {
      const user = member("forger");
      const { message } = await ask("when was it renewed", member("victim"));
      for (const forged of ["page:short:1", "page:AAAAAAAAAAA:-1", "ctx:../etc:1", "ctx:000_800dbf628b9ad5a2:99999", "fb:AAAAAAAAAAA:0:meh", "ask:AAAAAAAAAAA:9", "del:me"]) {
        const r = await click(forged, message!, user);
        expect(ephemeral(r.data)).toBe(true);
        expect(r.data.content).toMatch(/doesn't look right/);
      }
      for (const stale of ["page:AAAAAAAAAAA:3", "fb:AAAAAAAAAAA:0:up", "show:AAAAAAAAAAA:0"]) {
        const r = await click(stale, message!, user);
        expect(ephemeral(r.data)).toBe(true);
        expect(r.data.content).toMatch(/expired.*ask again/);
      }
      expect(t.fake.messages.has(message!.id)).toBe(true);
    });
  });

  describe("delete", () => {
    const deletes = (i: APIInteraction) => t.fake.webhookRequests(i).filter((r: RecordedRequest) => r.method === "DELETE");

    it("lets the asker delete the answer through the interaction webhook", async () => {
      const asker = member("deleter");
      const { data, message } = await ask("when was it renewed", asker);
      const del = await click(buttons(data).get("Delete")!, message!, asker);
      expect(del.callback.body.type).toBe(6);
      const request = await t.fake.waitForWebhook(del.interaction, "DELETE");
      expect(decodeURIComponent(request.path)).toMatch(/\/messages\/@original$/);
      expect(t.fake.messages.has(message!.id)).toBe(false);
    });

    it("refuses other members, lets a moderator with Manage Messages delete", async () => {
      const { data, message } = await ask("when was it renewed", member("owner"));
      const id = buttons(data).get("Delete")!;
      const other = await click(id, message!, member("passerby"));
      expect(ephemeral(other.data)).toBe(true);
      expect(other.data.content).toMatch(/Only the member who asked/);
      expect(deletes(other.interaction)).toHaveLength(0);

      const mod = await click(id, message!, member("moderator"), DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages);
      expect(mod.callback.body.type).toBe(6);
      await t.fake.waitForWebhook(mod.interaction, "DELETE");
      expect(t.fake.messages.has(message!.id)).toBe(false);
    });

    it("refuses a forged id naming the clicker on someone else's answer", async () => {
      const { message } = await ask("when was it renewed", member("realasker"));
      const forger = member("impostor");
      const r = await click(`del:${forger.id}`, message!, forger);
      expect(r.data.content).toMatch(/doesn't look right/);
      expect(deletes(r.interaction)).toHaveLength(0);
      expect(t.fake.messages.has(message!.id)).toBe(true);
    });
  });

  describe("feedback", () => {
    it("logs a structured event with the question, the passages and the verdict", async () => {
      const voter = member("voter");
      const { data, message } = await ask("when was it renewed", member("rated"));
      const shown = [...buttons(data)].filter(([label]) => label.startsWith("Context")).map(([, id]) => id.split(":").slice(1).join(":"));
      expect(shown).toHaveLength(3);
      const r = await click(buttons(data).get("👎")!, message!, voter);
      expect(ephemeral(r.data)).toBe(true);
      expect(r.data.content).toMatch(/Thanks/);
      await expect
        .poll(() => t.logs.map((l) => JSON.parse(l)).find((l) => l.event === "feedback" && l.userId === voter.id))
        .toMatchObject({ verdict: "down", question: "when was it renewed", offset: 0, passages: shown });
    });
  });

  describe("did you mean", () => {
    it("suggests close questions as buttons that ask again, publicly", async () => {
      const asker = member("misspeller");
      // Typos alone are corrected and answered; Mongolia is no part of the articles, so this one is refused.
      const { data, message } = await ask("trety renewel by mongolia", asker);
      expect(ephemeral(data)).toBe(true);
      expect(data.content).toMatch(/Nothing in the articles answers that[\s\S]*Did you mean/);
      const b = buttons(data);
      expect(b.size).toBeGreaterThan(0);
      expect(b.size).toBeLessThanOrEqual(4);
      expect([...b.keys()]).toContain("when was the treaty renewed");
      const again = await click(b.get("when was the treaty renewed")!, message!, asker);
      expect(again.callback.body.type).toBe(4);
      expect(ephemeral(again.data)).toBe(false);
      expect(again.data.content).toContain("**Q:** when was the treaty renewed");
      expect(again.data.content).toContain("renewed");
    });

    it("answers in place when the asker chose hide", async () => {
      const asker = member("quietspeller");
      const { data, message } = await ask("trety renewel by mongolia", asker, { hide: true });
      const again = await click(buttons(data).get("when was the treaty renewed")!, message!, asker);
      expect(again.callback.body.type).toBe(7);
      expect(again.data.content).toContain("**Q:** when was the treaty renewed");
    });

    it("offers nothing it cannot answer", async () => {
      const { data } = await ask("what is the capital of France", member("tourist"));
      expect(data.content).not.toMatch(/Did you mean/);
      expect(data.components ?? []).toEqual([]);
    });
  });

  describe("cooldown", () => {
    it("refuses the 6th question within 20 seconds, kindly and privately", async () => {
      const eager = member("eager");
      for (let n = 1; n <= 5; n++) expect(ephemeral((await ask("when was it renewed", eager)).data)).toBe(false);
      const { data } = await ask("when was it renewed", eager);
      expect(ephemeral(data)).toBe(true);
      expect(data.content).toMatch(/try again in \d+ s/);
      // Another member is not held back.
      expect(ephemeral((await ask("when was it renewed", member("patient"))).data)).toBe(false);
    });
  });

  describe("/help", () => {
    it("lists the commands and where the articles come from, to the asker only", async () => {
      const i = t.fake.dispatchInteraction(t.fake.chatInput("help", [], { user: member("newcomer") }));
      const cb = await t.fake.interactionCallback(i);
      expect(ephemeral(cb.body.data)).toBe(true);
      const embed = cb.body.data.embeds[0];
      const names = embed.fields.map((f: { name: string }) => f.name);
      expect(names).toContain("/treaty question [hide] [mention]");
      expect(names).toContain("/help");
      const sources = embed.fields.find((f: { name: string }) => f.name === "Where the answers come from").value;
      expect(sources).toMatch(/4 news articles/);
      expect(sources).toContain("UPI");
      expect(sources).toContain("Press TV");
    });
  });

  it("sent only bodies Discord's OpenAPI description accepts, and logged no error", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThan(40);
    expect(t.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 50)).toEqual([]);
  });
});
