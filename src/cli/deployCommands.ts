import { REST, Routes } from "discord.js";
import { commands } from "../../commands/index.js";
import { ConfigError, readConfig } from "../config.js";

/**
 * `npm run deploy-commands`: registers every command with Discord. With DISCORD_GUILD_ID the
 * commands go to that one server and appear at once; without it they are global.
 */
export async function deployCommands(env: NodeJS.ProcessEnv = process.env): Promise<{ scope: string; count: number }> {
  const config = readConfig(["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID", "DISCORD_API_URL"], env);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const body = commands.map((c) => c.data);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : "global", count: result.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  deployCommands().then(
    ({ scope, count }) => console.log(`Registered ${count} command(s) (${scope}).`),
    (err: unknown) => {
      console.error(err instanceof ConfigError ? err.message : `Could not register the commands: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
