import type { ButtonHandler, Command } from "../src/discord/command.js";
import { helpCommand } from "./help.js";
import { treaty } from "./treaty.js";
import { treatyButtons } from "./treatyButtons.js";

/** Every command the bot registers and serves. */
export const commands: readonly Command[] = [treaty, helpCommand(() => commands)];

/** Every button family the bot serves (custom id prefix → handler). */
export const buttons: readonly ButtonHandler[] = [...treatyButtons];
