import { MessageFlags } from "discord.js";
import type { ButtonHandler } from "../src/discord/command.js";
import { mayPin, pinFor } from "../src/discord/pins.js";
import { refuseButton, respondEphemeral } from "../src/discord/respond.js";
import { PIN_OUTCOME_TEXT, pinId } from "../src/sources/pin.js";

/** The Pin button under source cards and `/treaty` answers: pins the message it sits on. */
export const pinButton: ButtonHandler = {
  prefix: pinId.prefix,
  async execute(interaction, payload, { logger }) {
    const id = pinId.parse(payload);
    if (!id) return refuseButton(interaction, logger, "malformed");
    const { message } = interaction;
    // Only the bot's own messages carry its buttons; anything else is a forged interaction.
    if (message.author.id !== interaction.client.user.id) return refuseButton(interaction, logger, "not the bot's message");
    if (message.flags.has(MessageFlags.Ephemeral)) {
      return refuseButton(interaction, logger, "ephemeral message", "Only you can see that message, so it can't be pinned.");
    }
    if (!(await mayPin(interaction, logger))) return;
    // Discord wants an answer within 3 s; the pin request may wait in discord.js's rate-limit queue.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await pinFor(interaction, message, id.kind, logger);
    await respondEphemeral(interaction, PIN_OUTCOME_TEXT[outcome]);
  },
};
