import type { ButtonInteraction } from "discord.js";
import type { BotContext, ButtonHandler } from "./command.js";
import type { CustomIdCodec } from "./customId.js";
import { refuseButton as refuse } from "./respond.js";

/** What a member sees for a forged, malformed or no longer meaningful answer button. */
export const FORGED_BUTTON = "That button doesn't look right, so I've ignored it. Please ask again with `/treaty`.";

/** Refuses an answer button politely (ephemeral) and logs why, with the custom id and who clicked. */
export function refuseButton(interaction: ButtonInteraction, ctx: BotContext, reason: string): Promise<void> {
  return refuse(interaction, ctx.logger, reason, FORGED_BUTTON);
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
