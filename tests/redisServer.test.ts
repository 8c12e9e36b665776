import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RedisServer } from "./helpers/redisServer.js";

/** The tests' own redis-server: started on a free port, killed and started again on the same one. */
describe("test helper: RedisServer", () => {
  let server: RedisServer | undefined;
  afterAll(() => server?.stop());

  it("starts a real Redis that answers, can be killed, and comes back on the same port", async () => {
    server = await RedisServer.start();
    const url = server.url;
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await client.connect();
    expect(await client.set("k", "v")).toBe("OK");
    expect(await client.get("k")).toBe("v");
    // Nothing is persisted (--save '' --appendonly no).
    expect(await client.config("GET", "save")).toEqual(["save", ""]);
    client.disconnect();

    await server.kill();
    const refused = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    refused.on("error", () => {});
    await expect(refused.connect()).rejects.toThrow();

    await server.start();
    expect(server.url).toBe(url);
    const again = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await again.connect();
    // A fresh server: the killed one's data is gone.
    expect(await again.get("k")).toBeNull();
    again.disconnect();
  });
});
