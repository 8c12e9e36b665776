import { describe, expect, it } from "vitest";
import { matches } from "../src/answer/spans.js";

/** What `matchAll` itself finds, as spans: `matches` must find the same, whatever the pattern. */
const byMatchAll = (text: string, pattern: RegExp) =>
  [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe("matches", () => {
  const cases: [string, RegExp][] = [
    ["renewed it in 1981 and 2001", /\b\d{4}\b/],
    ["renewed it in 1981 and 2001", /\b\d{4}\b/g],
    ["Kim Jong Un met Xi Jinping", /\p{Lu}\p{Ll}+/gu],
    // Empty matches move on by one character, and by a whole surrogate pair in a Unicode pattern.
    ["a😀b", /x*/gu],
    ["a😀b", /x*/g],
    ["", /x*/],
    ["no match here", /\d+/],
  ];
  it.each(cases)("finds in %j what matchAll finds for %s", (text, pattern) => {
    expect(matches(text, pattern)).toEqual(byMatchAll(text, pattern));
  });

  it("gives the same matches when a pattern is used again, and leaves the pattern's own lastIndex alone", () => {
    const year = /\b\d{4}\b/g;
    year.lastIndex = 5;
    expect(matches("1961 and 1981", year)).toEqual([{ start: 0, end: 4 }, { start: 9, end: 13 }]);
    expect(matches("in 2001", year)).toEqual([{ start: 3, end: 7 }]);
    expect(year.lastIndex).toBe(5);
  });
});
