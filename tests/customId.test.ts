import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineCustomId, snowflakeField } from "../src/discord/customId.js";

const page = defineCustomId("page", ["user", "n"], z.object({ user: snowflakeField, n: z.coerce.number().int().min(0).max(50) }));

describe("custom ids", () => {
  it("round-trips a value", () => {
    const id = page.build({ user: "123456789012345678", n: 3 });
    expect(id).toBe("page:123456789012345678:3");
    expect(page.parse(id.slice("page:".length))).toEqual({ user: "123456789012345678", n: 3 });
  });

  it.each(["", "123456789012345678", "123456789012345678:3:4", "me:3", "123456789012345678:-1", "123456789012345678:999", "123456789012345678:x"])(
    "refuses the forged payload %j",
    (payload) => {
      expect(page.parse(payload)).toBeUndefined();
    },
  );

  it("never builds an id Discord would reject", () => {
    const long = defineCustomId("x", ["s"], z.object({ s: z.string() }));
    expect(() => long.build({ s: "a".repeat(100) })).toThrow(/100 characters/);
    expect(() => long.build({ s: "a:b" })).toThrow(/must not contain/);
  });
});
