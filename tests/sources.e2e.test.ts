import { type APIMessage, MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { validateAll } from "./helpers/discordSpec.js";
import { startTestBot } from "./helpers/bot.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";
import { BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, type FakeDiscord, type RecordedRequest } from "./helpers/fakeDiscord.js";
import { shown } from "./helpers/shown.js";

/** /sources, /pin-sources and the Pin button: the real bot against the local fake Discord. */
const MODERATOR = DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.PinMessages;
const corpus = loadCorpus("corpus");
const [upi, , pressTv] = corpus.articles;

const logLines = (logs: string[]) => logs.map((l) => JSON.parse(l));
const pinRequests = (fake: FakeDiscord, since: number) => fake.requests.slice(since).filter((r) => r.method === "PUT" && r.path.includes("/pins"));
const customIds = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id));

/** The message the bot posted for an interaction, as the fake stored it. */
function postedMessage(fake: FakeDiscord, content: string): APIMessage {
  const found = [...fake.messages.values()].find((m) => m.content === content);
  if (!found) throw new Error("the bot posted no such message");
  return found;
}

describe("/sources, Pin and /pin-sources end to end", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function run(interaction: Parameters<FakeDiscord["dispatchInteraction"]>[0]): Promise<RecordedRequest> {
    return t.fake.interactionCallback(t.fake.dispatchInteraction(interaction));
  }

  it("lists every article to the asker: number, publisher, headline, date, sentences indexed", async () => {
    const cb = await run(t.fake.chatInput("sources"));
    const { content, flags, components } = cb.body.data;
    expect(flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(components).toBeUndefined(); // four articles fit one message: no page buttons
    expect(content).toContain(`**Sources**: 4 articles, ${corpus.sentences.length} sentences indexed.`);
    expect(content).toContain(`**[1]** UPI · “China stands by mutual defense treaty with North Korea after 60 years” · 7 July 2021 · ${upi!.sentences.length} sentences indexed`);
    expect(content).toContain(`**[2]** Blasting News · “China and North Korea pledge to strengthen cooperation to tackle hostile foreign forces” · July 2021`);
    for (const a of corpus.articles) expect(content).toContain(`**[${a.n}]**`);
  });

  it("suggests articles by publisher or headline while the member types", async () => {
    const byPublisher = await run(t.fake.autocomplete("sources", [{ name: "article", type: 3, value: "press", focused: true }]));
    expect(byPublisher.body).toEqual({
      type: 8,
      data: { choices: [{ name: "[3] Press TV — 60 yrs of friendship: China, North Korea vow to boost ties in face of foreign…", value: pressTv!.id }] },
    });
    const byHeadline = await run(t.fake.autocomplete("sources", [{ name: "article", type: 3, value: "mutual defense", focused: true }]));
    expect(byHeadline.body.data.choices.map((c: { value: string }) => c.value)).toEqual([upi!.id]);
    const empty = await run(t.fake.autocomplete("sources", [{ name: "article", type: 3, value: "", focused: true }]));
    expect(empty.body.data.choices).toHaveLength(4);
  });

  it("shows a public source card with lead sentences, the most quoted sentences and a Pin button", async () => {
    const cb = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: pressTv!.id }]));
    const { content, flags } = cb.body.data;
    expect(flags & MessageFlags.Ephemeral).toBe(0);
    const lines = content.split("\n");
    expect(shown(lines[0])).toBe("**[3] 60 yrs of friendship: China, North Korea vow to boost ties in face of foreign hostility**");
    expect(lines[1]).toBe("Press TV · 11 July 2021 · <https://www.presstv.co.uk/Detail/2021/07/11/661977/North-Korea-China-ties-treaty-US-hostile->");
    // The headline repeated as the first line of the text is not a lead sentence.
    expect(shown(lines[2])).toBe(`> ${pressTv!.sentences[1]!.text}`);
    expect(content).toContain(`-# ${pressTv!.sentences.length} sentences indexed from \`002_c65d8ed23b62bfbf.txt\``);
    expect(content).toMatch(/\*\*Most quoted\*\* in the bot's answers to its 33 sample questions:\n- `002_c65d8ed23b62bfbf:\d+`, in \d+ answers?: “/);
    expect(customIds(cb.body.data)).toEqual(["pin:card"]);
  });

  it("finds the article from typed text too, and says so when nothing matches", async () => {
    const typed = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "upi" }]));
    expect(typed.body.data.content.split("\n")[0]).toBe(`**[1] ${upi!.title}**`);
    const none = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "zebra migration" }]));
    expect(none.body.data.content).toBe("No article matches “zebra migration”. `/sources` lists them all.");
    expect(none.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it("pins the card for a member with Pin Messages, with the new pins route, and logs who asked", async () => {
    const card = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "2" }]));
    const message = postedMessage(t.fake, card.body.data.content);
    const since = t.fake.requests.length;
    const click = t.fake.dispatchInteraction(t.fake.button("pin:card", message, { permissions: MODERATOR }));

    const pin = await t.fake.waitForRequest((r) => r.method === "PUT" && r.path.includes("/pins/"), { since });
    expect(pin.path).toBe(`/channels/${t.fake.channelId}/messages/pins/${message.id}`);
    expect(decodeURIComponent(String(pin.headers["x-audit-log-reason"]))).toBe(`Pinned at the request of member (${t.fake.member.id})`);
    expect(t.fake.messages.get(message.id)!.pinned).toBe(true);

    const deferred = await t.fake.interactionCallback(click);
    expect(deferred.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const edit = await t.fake.waitForWebhook(click, "PATCH");
    expect(edit.body.content).toMatch(/^📌 Pinned\./);

    await expect.poll(() => logLines(t.logs).find((l) => l.msg === "pin" && l.interactionId === click.id)).toMatchObject({
      requestedBy: t.fake.member.id,
      messageId: message.id,
      what: "card",
      outcome: "pinned",
    });

    // Pinning again is harmless: the member is told, and Discord is not asked twice.
    const again = t.fake.dispatchInteraction(t.fake.button("pin:card", t.fake.messages.get(message.id)!, { permissions: MODERATOR }));
    expect((await t.fake.waitForWebhook(again, "PATCH")).body.content).toBe("📌 That message is already pinned.");
    expect(pinRequests(t.fake, since)).toHaveLength(1);
  });

  it("explains the missing Pin Messages permission to a member without it, even with Manage Messages, and sends no pin", async () => {
    const card = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "3" }]));
    const message = postedMessage(t.fake, card.body.data.content);
    for (const permissions of [DEFAULT_MEMBER_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages]) {
      const since = t.fake.requests.length;
      const cb = await run(t.fake.button("pin:card", message, { permissions }));
      expect(cb.body.type).toBe(4);
      expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
      expect(cb.body.data.content).toBe("Pinning needs the **Pin Messages** permission in this channel, and you don't have it here. A moderator can pin it for you.");
      await new Promise((r) => setTimeout(r, 100));
      expect(pinRequests(t.fake, since)).toEqual([]);
    }
    expect(t.fake.messages.get(message.id)!.pinned).toBe(false);
  });

  it("explains what the bot lacks when it cannot pin in the channel", async () => {
    const card = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "4" }]));
    const since = t.fake.requests.length;
    const appPermissions = BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages;
    const cb = await run(t.fake.button("pin:card", postedMessage(t.fake, card.body.data.content), { permissions: MODERATOR, appPermissions }));
    expect(cb.body.data.content).toMatch(/^I can't pin here: I need the \*\*Pin Messages\*\* permission in this channel\./);
    expect(cb.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(pinRequests(t.fake, since)).toEqual([]);
  });

  it("says so when the channel is full of pins", async () => {
    const card = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "4" }]));
    t.fake.injectRestError({ method: "PUT", path: /\/messages\/pins\//, status: 400, body: { code: 30003, message: "Maximum number of pins reached (50)" } });
    const click = t.fake.dispatchInteraction(t.fake.button("pin:card", postedMessage(t.fake, card.body.data.content), { permissions: MODERATOR }));
    const edit = await t.fake.waitForWebhook(click, "PATCH");
    expect(edit.body.content).toBe("This channel already has the most pinned messages Discord allows (50). Unpin an older one, then try again.");
    await expect.poll(() => logLines(t.logs).find((l) => l.msg === "pin" && l.interactionId === click.id)?.outcome).toBe("pins-full");
  });

  it("refuses forged, malformed and misplaced Pin buttons politely, logs them and pins nothing", async () => {
    const card = await run(t.fake.chatInput("sources", [{ name: "article", type: 3, value: "1" }]));
    const message = postedMessage(t.fake, card.body.data.content);
    const someoneElses = { ...message, id: String(BigInt(message.id) + 7n), author: t.fake.member };
    const since = t.fake.requests.length;
    for (const [customId, target] of [
      ["pin:delete-everything", message],
      ["pin:card:extra", message],
      ["pin:", message],
      ["pin:card", someoneElses],
    ] as const) {
      const click = t.fake.dispatchInteraction(t.fake.button(customId, target, { permissions: MODERATOR }));
      const cb = await t.fake.interactionCallback(click);
      expect(cb.body.data).toMatchObject({ content: "That button isn't one I recognise (it may be from an old version). Please ask again.", flags: MessageFlags.Ephemeral });
      await expect.poll(() => logLines(t.logs).find((l) => l.msg === "button refused" && l.interactionId === click.id)).toMatchObject({ customId });
    }
    expect(pinRequests(t.fake, since)).toEqual([]);
  });

  it("puts a Pin button under public /treaty answers only", async () => {
    const answer = await run(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "when was it renewed" }]));
    expect(customIds(answer.body.data)).toContain("pin:answer");
    const since = t.fake.requests.length;
    const click = t.fake.dispatchInteraction(t.fake.button("pin:answer", postedMessage(t.fake, answer.body.data.content), { permissions: MODERATOR }));
    await t.fake.waitForWebhook(click, "PATCH");
    expect(pinRequests(t.fake, since)).toHaveLength(1);

    const refusal = await run(t.fake.chatInput("treaty", [{ name: "question", type: 3, value: "what is the capital of France" }]));
    expect(refusal.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(customIds(refusal.body.data)).toEqual([]);
  });

  it("/pin-sources posts the compact list and pins it", async () => {
    const since = t.fake.requests.length;
    const command = t.fake.dispatchInteraction(t.fake.chatInput("pin-sources", [], { permissions: MODERATOR }));
    const cb = await t.fake.interactionCallback(command);
    expect(cb.body.data.flags & MessageFlags.Ephemeral).toBe(0);
    const lines = cb.body.data.content.split("\n");
    expect(lines[0]).toMatch(/^📚 \*\*Sources\*\*: the 4 news articles the treaty bot answers from\./);
    expect(lines.slice(1).map(shown)).toEqual([
      "[1] UPI, [“China stands by mutual defense treaty with North Korea after 60 years”](<https://www.upi.com/Top_News/World-News/2021/07/07/China-stands-by-mutual-defense-treaty-with-North-Korea-after-60-years/8851625677806/>), 7 July 2021",
      "[2] Blasting News, [“China and North Korea pledge to strengthen cooperation to tackle hostile foreign forces”](<https://us.blastingnews.com/world/2021/07/china-and-north-korea-pledge-to-strengthen-cooperation-to-tackle-hostile-foreign-forces-003345796.html>), July 2021",
      "[3] Press TV, [“60 yrs of friendship: China, North Korea vow to boost ties in face of foreign hostility”](<https://www.presstv.co.uk/Detail/2021/07/11/661977/North-Korea-China-ties-treaty-US-hostile->), 11 July 2021",
      expect.stringMatching(/^\[4\] publisher not named, “Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un .*”, July 2021$/),
    ]);
    const message = postedMessage(t.fake, cb.body.data.content);
    const pin = await t.fake.waitForRequest((r) => r.method === "PUT" && r.path.includes("/pins/"), { since });
    expect(pin.path).toBe(`/channels/${t.fake.channelId}/messages/pins/${message.id}`);
    await expect.poll(() => logLines(t.logs).find((l) => l.msg === "pin" && l.interactionId === command.id)).toMatchObject({ requestedBy: t.fake.member.id, what: "sources list", outcome: "pinned" });
  });

  it("/pin-sources checks the member's permission itself and posts nothing without it", async () => {
    const since = t.fake.requests.length;
    const cb = await run(t.fake.chatInput("pin-sources"));
    expect(cb.body.data).toMatchObject({ content: expect.stringContaining("**Pin Messages**"), flags: MessageFlags.Ephemeral });
    await new Promise((r) => setTimeout(r, 100));
    expect(pinRequests(t.fake, since)).toEqual([]);
  });

  it("/pin-sources tells the moderator when the channel's pins are full", async () => {
    t.fake.injectRestError({ method: "PUT", path: /\/messages\/pins\//, status: 400, body: { code: 30003, message: "Maximum number of pins reached (50)" } });
    const command = t.fake.dispatchInteraction(t.fake.chatInput("pin-sources", [], { permissions: MODERATOR }));
    const followUp = await t.fake.waitForWebhook(command, "POST");
    expect(followUp.body).toMatchObject({ content: expect.stringMatching(/^The list is posted but not pinned\. This channel already has the most pinned messages/), flags: MessageFlags.Ephemeral });
  });

  it("sent only bodies Discord's OpenAPI description accepts, and no interaction failed", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThanOrEqual(20);
    expect(logLines(t.logs).filter((l) => l.outcome === "error")).toEqual([]);
  });
});

describe("/sources paging", () => {
  let t: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++) {
      const n = String(i).padStart(2, "0");
      files[`${n}.md`] = `---\ntitle: Envoys of the treaty meet for round ${n} of the long talks on renewal and friendship\npublisher: Example Wire ${n}\npublished: 2021-07\n---\nThe envoys met for round ${n}.\n`;
    }
    t = await startTestBot({ CORPUS_DIR: tempCorpus(files) });
  });
  afterAll(async () => {
    await t?.stop();
    removeTempCorpora();
  });

  it("pages a list that does not fit one message, with buttons that page it", async () => {
    const first = await t.fake.interactionCallback(t.fake.dispatchInteraction(t.fake.chatInput("sources")));
    const { content, components } = first.body.data;
    const pages = Number(/Page 1 of (\d+)/.exec(content)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(content.length).toBeLessThanOrEqual(2000);
    const [previous, next] = components[0].components;
    expect(previous).toMatchObject({ label: "◀ Previous", disabled: true });
    expect(next).toMatchObject({ label: "Next ▶", disabled: false });

    const seen = new Set<number>();
    let body = first.body.data;
    for (let page = 1; page <= pages; page++) {
      for (const m of body.content.matchAll(/\*\*\[(\d+)\]\*\*/g)) seen.add(Number(m[1]));
      if (page === pages) break;
      const nextId = body.components[0].components[1].custom_id;
      const update = await t.fake.interactionCallback(t.fake.dispatchInteraction(t.fake.button(nextId)));
      expect(update.body.type).toBe(7);
      body = update.body.data;
      expect(body.content).toContain(`Page ${page + 1} of ${pages}`);
    }
    expect(seen.size).toBe(40);
    expect(body.components[0].components[1]).toMatchObject({ disabled: true });
  });

  it("refuses a stale or forged page button politely", async () => {
    const stale = await t.fake.interactionCallback(t.fake.dispatchInteraction(t.fake.button("sources:00000000:1")));
    expect(stale.body.data).toMatchObject({ content: "This list is out of date: the articles have changed since. Run `/sources` again.", flags: MessageFlags.Ephemeral });
    const forged = await t.fake.interactionCallback(t.fake.dispatchInteraction(t.fake.button("sources:abc:../../etc")));
    expect(forged.body.data).toMatchObject({ content: "That button isn't one I recognise (it may be from an old version). Please ask again.", flags: MessageFlags.Ephemeral });
  });

  it("sent only bodies Discord's OpenAPI description accepts", () => {
    expect(validateAll(t.fake.requests)).toBeGreaterThanOrEqual(4);
  });
});
