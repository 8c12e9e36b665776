/**
 * `npm run soak [-- --count 10000 --concurrency 20]`: the real bot and the local fake Discord
 * in one process, and a long run of mixed interactions through them: /treaty with real and
 * off-topic questions, hostile strings, options of the wrong type, forged buttons, unknown
 * commands, context menus, autocomplete, from thousands of different members. Prints, at each
 * thousand, answered and lost counts and the heap after a forced GC (run with --expose-gc, as
 * the npm script does) with the size of discord.js's caches. Exits 1 if any interaction is
 * lost or the heap at the end exceeds the heap after the first thousand by more than 10%.
 *
 * Traffic goes only to 127.0.0.1; the run is bounded in count and in time.
 */
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import type { APIInteraction, APIUser } from "discord-api-types/v10";
import fc from "fast-check";
import { startBot } from "../src/bot.js";
import { FakeDiscord, type RecordedRequest, snowflake } from "../tests/helpers/fakeDiscord.js";
import { hostileString } from "../tests/helpers/hostile.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "20" },
    users: { type: "string", default: "3000" },
    "max-minutes": { type: "string", default: "10" },
  },
});
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
const REPORT_EVERY = 1000;
/** An interaction without its reply this long after dispatch is lost. */
const REPLY_TIMEOUT_MS = 10_000;
const DEADLINE = Date.now() + Number(values["max-minutes"]) * 60_000;
/** Allowed heap growth from the first thousand to the end. */
const HEAP_TOLERANCE = 0.1;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("Run with node --expose-gc (npm run soak does) so that heap figures are taken after a full GC.");
  process.exit(2);
}

// ---------------------------------------------------------------- the traffic

const qa = ["dev-qa.json", "extra-qa.json"].map((f) => JSON.parse(readFileSync(new URL(`../tests/eval/${f}`, import.meta.url), "utf8")));
const answerable: string[] = qa.flatMap((d) => d.answerable.map((x: { q: string }) => x.q));
const offTopic: string[] = qa.flatMap((d) => d.unanswerable);
/** Fresh strings all along (new words each time), so that any cache keyed by input would show. */
const hostile = fc.sample(hostileString, { seed: 8, numRuns: Math.ceil(COUNT / 5) });
const forgedIds = ["", ":", "page:1:2", "pin:abc", "x".repeat(100), "🙂:🙂", "__proto__:x", "<@&1>:@everyone"];

async function main() {
  const fake = await FakeDiscord.start({ heartbeatInterval: 5000, historyLimit: 500 });
  const members: APIUser[] = Array.from({ length: Number(values.users) }, (_, n) => ({
    id: snowflake(),
    username: `member${n}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
  }));

  /** The mix, by position: most traffic is real questions, the rest everything else a public bot sees. */
  function interaction(n: number): APIInteraction {
    const user = members[n % members.length]!;
    const ask = (value: unknown, type = 3) => fake.chatInput("treaty", [{ name: "question", type, value } as never], { user });
    const kind = n % 20;
    if (kind < 8) return ask(answerable[n % answerable.length]);
    if (kind < 10) return ask(offTopic[n % offTopic.length]);
    if (kind < 14) return ask(hostile[Math.floor(n / 5) % hostile.length]);
    if (kind === 14) return ask(n, 4);
    if (kind === 15) return fake.button(forgedIds[n % forgedIds.length]!, undefined, { user });
    if (kind === 16) return fake.chatInput("no-such-command", [], { user });
    if (kind === 17) return fake.messageContextMenu("treaty", { content: "a message" }, { user });
    if (kind === 18) return fake.autocomplete("treaty", [{ name: "question", type: 3, value: "ren", focused: true } as never], { user });
    return fake.chatInput("treaty", [], { user, guild: n % 2 === 0 });
  }

  // ------------------------------------------------------------ the bot

  let logLines = 0;
  let errorLines = 0;
  const logDestination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n")) {
        if (!line) continue;
        logLines++;
        if (/"level":(5|6)0/.test(line)) errorLines++;
      }
      cb();
    },
  });
  const bot = await startBot(
    { DISCORD_TOKEN: "soak-token-0123456789abcdef", DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: "corpus", LOG_LEVEL: "info" },
    { logDestination },
  );
  await fake.waitForReady();

  // An interaction is answered when the fake has answered its callback with a success.
  const waiting = new Map<string, (ok: boolean) => void>();
  const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
  fake.on("response", (r: RecordedRequest) => {
    const id = CALLBACK.exec(r.path)?.[1];
    if (id) waiting.get(id)?.(r.status! < 300);
  });

  function send(n: number): Promise<boolean> {
    const i = interaction(n);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), REPLY_TIMEOUT_MS);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        waiting.delete(i.id);
        resolve(ok);
      };
      waiting.set(i.id, done);
      fake.dispatchInteraction(i);
    });
  }

  // ------------------------------------------------------------ the run

  let answered = 0;
  let lost = 0;
  let next = 0;
  const heaps: number[] = [];
  const started = performance.now();
  console.log(`soak: ${COUNT} interactions, ${CONCURRENCY} in flight, ${members.length} members`);
  console.log("   done  answered  lost  heap MB  users  members  messages  stems  rss MB");

  async function worker() {
    while (next < COUNT && Date.now() < DEADLINE) {
      const n = next++;
      if (await send(n)) answered++;
      else lost++;
      const done = answered + lost;
      if (done % REPORT_EVERY === 0) report(done);
    }
  }

  function report(done: number) {
    gc!();
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    heaps.push(heap);
    const guild = bot.client.guilds.cache.first();
    const row = [
      String(done).padStart(7),
      String(answered).padStart(9),
      String(lost).padStart(5),
      heap.toFixed(1).padStart(8),
      String(bot.client.users.cache.size).padStart(6),
      String(guild?.members.cache.size ?? 0).padStart(8),
      String(bot.client.channels.cache.reduce((sum, c) => sum + ("messages" in c ? c.messages.cache.size : 0), 0)).padStart(9),
      String(bot.answerer.search.analyzer.cachedStems).padStart(6),
      (process.memoryUsage().rss / 2 ** 20).toFixed(0).padStart(7),
    ];
    console.log(row.join(" "));
  }

  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  lost += COUNT - answered - lost; // anything not sent before the deadline counts as lost
  await bot.stop("soak finished");
  await fake.close();

  const first = heaps[0] ?? NaN;
  const last = heaps.at(-1) ?? NaN;
  const growth = (last - first) / first;
  console.log(
    `\nanswered ${answered} of ${COUNT}, lost ${lost}, in ${seconds.toFixed(1)} s (${(COUNT / seconds).toFixed(0)}/s); ` +
      `${logLines} log lines, ${errorLines} at error level`,
  );
  console.log(`heap after the first thousand ${first.toFixed(1)} MB, at the end ${last.toFixed(1)} MB (${(growth * 100).toFixed(1)}%, limit ${HEAP_TOLERANCE * 100}%)`);
  const ok = lost === 0 && growth <= HEAP_TOLERANCE;
  console.log(ok ? "soak passed" : "soak FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
