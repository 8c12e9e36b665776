import { Client, Events, GatewayIntentBits } from "discord.js";

/**
 * The yardstick for `npm run bench:e2e`: a bare discord.js bot that answers every slash
 * command with one fixed word, on the same client options as ours. What our bot costs on top
 * of this is the cost of the pipeline.
 */
const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  allowedMentions: { parse: [], repliedUser: false },
  rest: { api: process.env.DISCORD_API_URL! },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: "pong", allowedMentions: { parse: [] } });
});
process.once("SIGTERM", () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
