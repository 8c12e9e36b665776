import { Client, GatewayIntentBits } from "discord.js";

/**
 * The discord.js client: Guilds intent only (slash commands need nothing more), and mentions
 * parse nothing unless a reply names exactly whom to ping. `apiUrl` replaces Discord's REST
 * base (for @discordjs/proxy or a local test server); discord.js then takes the Gateway
 * address from that API's `/gateway/bot`.
 */
export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
