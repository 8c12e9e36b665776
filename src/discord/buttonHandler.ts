import type { ButtonInteraction } from "discord.js";
import type { BotContext, ButtonHandler } from "./command.js";
import type { CustomIdCodec } from "./customId.js";
import { respondEphemeral } from "./respond.js";

/** What a member sees for a forged, malformed or no longer meaningful button. */
export const FORGED_BUTTON = "That button doesn't look right, so I've ignored it. Please ask again with `/treaty`.";

/** Refuses a button politely (ephemeral) and logs why, with the custom id and who clicked. */
export async function refuseButton(interaction: ButtonInteraction, ctx: BotContext, reason: string): Promise<void> {
  ctx.logger.warn({ event: "button-refused", customId: interaction.customId, userId: interaction.user.id, reason }, "button refused");
  await respondEphemeral(interaction, FORGED_BUTTON);
}

/**
 * A button family whose custom ids `codec` builds: the payload is parsed before `run` sees
 * it, and a malformed one is refused (`refuseButton`) without running anything.
 */
export function buttonHandler<T>(codec: CustomIdCodec<T>, run: (interaction: ButtonInteraction, id: T, ctx: BotContext) => Promise<void>): ButtonHandler {
  return {
    prefix: codec.prefix,
    async execute(interaction, payload, ctx) {
      const id = codec.parse(payload);
      if (id === undefined) return refuseButton(interaction, ctx, "malformed custom id");
      await run(interaction, id, ctx);
    },
  };
}
