import { describe, expect, it } from "vitest";
import { AnswerStore } from "../src/discord/answerStore.js";
import { Cooldown, retryAfterText } from "../src/discord/cooldown.js";
import { Votes } from "../src/discord/votes.js";

/** A clock the test moves by hand: no sleeping. */
const manualClock = (start = 1_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
};

describe("cooldown (sliding window per member)", () => {
  it("allows 5 questions in 20 s and refuses the 6th, saying how long to wait", () => {
    const clock = manualClock();
    const cooldown = new Cooldown({ now: clock.now });
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take("alice")).toEqual({ ok: true });
      clock.advance(1_000);
    }
    const refused = cooldown.take("alice");
    expect(refused).toEqual({ ok: false, retryAfterMs: 15_000 });
    expect(retryAfterText(15_000)).toBe("15 s");
    expect(cooldown.take("bob")).toEqual({ ok: true });
  });

  it("slides: each old question frees a place when it leaves the window", () => {
    const clock = manualClock();
    const cooldown = new Cooldown({ limit: 2, windowMs: 10_000, now: clock.now });
    cooldown.take("a");
    clock.advance(4_000);
    cooldown.take("a");
    expect(cooldown.take("a").ok).toBe(false);
    clock.advance(6_001); // the first question is now older than the window
    expect(cooldown.take("a").ok).toBe(true);
    expect(cooldown.take("a")).toEqual({ ok: false, retryAfterMs: 3_999 });
  });

  it("a refused attempt does not extend the wait", () => {
    const clock = manualClock();
    const cooldown = new Cooldown({ limit: 1, windowMs: 5_000, now: clock.now });
    cooldown.take("a");
    for (let i = 0; i < 4; i++) {
      clock.advance(1_000);
      expect(cooldown.take("a").ok).toBe(false);
    }
    clock.advance(1_000);
    expect(cooldown.take("a").ok).toBe(true);
  });

  it("remembers a bounded number of members, and forgets them once their window has passed", () => {
    const clock = manualClock();
    const cooldown = new Cooldown({ maxMembers: 100, now: clock.now });
    for (let i = 0; i < 1_000; i++) cooldown.take(`member-${i}`);
    expect(cooldown.size).toBe(100);
    clock.advance(20_001);
    cooldown.take("late");
    expect(cooldown.take("member-999").ok).toBe(true);
    expect(retryAfterText(1)).toBe("1 s");
  });
});

describe("answer store", () => {
  it("gives short unguessable keys and forgets states after their time to live", () => {
    const clock = manualClock();
    const store = new AnswerStore({ ttlMs: 60_000, now: clock.now });
    const key = store.put({ question: "when was it renewed", askerId: "1", hidden: false });
    expect(key).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(store.put({ question: "q", askerId: "1", hidden: false })).not.toBe(key);
    clock.advance(59_000);
    expect(store.get(key)?.question).toBe("when was it renewed");
    clock.advance(2_000);
    expect(store.get(key)).toBeUndefined();
  });

  it("gives every answer its own well-formed key, also past a refill of its random bytes", () => {
    const store = new AnswerStore();
    const keys = Array.from({ length: 300 }, (_, i) => store.put({ question: `q${i}`, askerId: "1", hidden: false }));
    expect(new Set(keys).size).toBe(300);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(store.get(keys[299]!)?.question).toBe("q299");
  });

  it("is bounded: the oldest answers are evicted first", () => {
    const store = new AnswerStore({ max: 10 });
    const keys = Array.from({ length: 25 }, (_, i) => store.put({ question: `q${i}`, askerId: "1", hidden: false }));
    expect(store.size).toBe(10);
    expect(store.get(keys[0]!)).toBeUndefined();
    expect(store.get(keys[24]!)?.question).toBe("q24");
  });
});

describe("votes (in memory)", () => {
  it("keeps one vote per member per page of an answer: the same thumb again changes nothing, the other changes it", () => {
    const votes = new Votes();
    const vote = { answerKey: "AAAAAAAAAAA", offset: 0, userId: "1", verdict: "up" as const };
    expect(votes.record(vote)).toBe("new");
    expect(votes.record(vote)).toBe("same");
    expect(votes.record({ ...vote, verdict: "down" })).toBe("changed");
    expect(votes.record({ ...vote, userId: "2" })).toBe("new");
    expect(votes.record({ ...vote, offset: 3 })).toBe("new");
  });

  it("is bounded", () => {
    const votes = new Votes({ max: 10 });
    for (let i = 0; i < 30; i++) votes.record({ answerKey: "AAAAAAAAAAA", offset: 0, userId: String(i), verdict: "up" });
    expect(votes.record({ answerKey: "AAAAAAAAAAA", offset: 0, userId: "0", verdict: "up" })).toBe("new");
    expect(votes.record({ answerKey: "AAAAAAAAAAA", offset: 0, userId: "29", verdict: "up" })).toBe("same");
  });
});
