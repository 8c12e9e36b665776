import { Client, GatewayIntentBits, Options } from "discord.js";

/**
 * The discord.js client: Guilds intent only (slash commands need nothing more), and mentions
 * parse nothing unless a reply names exactly whom to ping. `apiUrl` replaces Discord's REST
 * base (for @discordjs/proxy or a local test server); discord.js then takes the Gateway
 * address from that API's `/gateway/bot`.
 *
 * Caches are bounded: every interaction carries its user and member, which discord.js would
 * otherwise keep for good, so a public bot's memory would grow with its audience.
 */
export const CACHE_LIMITS = { users: 1000, members: 1000, messages: 100 } as const;

export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: CACHE_LIMITS.messages,
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: CACHE_LIMITS.members, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
