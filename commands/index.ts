import type { ButtonHandler, Command } from "../src/discord/command.js";
import { treaty } from "./treaty.js";

/** Every command the bot registers and serves. */
export const commands: readonly Command[] = [treaty];

/** Every button family the bot serves (custom id prefix → handler). */
export const buttons: readonly ButtonHandler[] = [];
