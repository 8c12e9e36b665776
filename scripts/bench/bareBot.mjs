import { Client, Events, GatewayIntentBits } from "discord.js";

/**
 * The yardstick for `npm run bench:e2e`: the smallest discord.js bot, plain JavaScript run
 * with plain `node`, that answers every slash command with one fixed word. What our bot
 * costs on top of this is the cost of answering.
 */
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: "pong", allowedMentions: { parse: [] } });
});
process.once("SIGTERM", () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
