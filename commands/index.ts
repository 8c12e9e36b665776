import type { ButtonHandler, Command } from "../src/discord/command.js";
import { addSource, addSourceButtons } from "./addSource.js";
import { helpCommand } from "./help.js";
import { pinButton } from "./pinButton.js";
import { pinSources } from "./pinSources.js";
import { quote } from "./quote.js";
import { removeSource, removeSourceButton } from "./removeSource.js";
import { sources, sourcesPage } from "./sources.js";
import { treaty } from "./treaty.js";
import { treatyButtons } from "./treatyButtons.js";
import { shareVerdict, verifyQuote } from "./verifyQuote.js";

/** Every command the bot registers and serves. */
export const commands: readonly Command[] = [treaty, quote, verifyQuote, sources, pinSources, addSource, removeSource, helpCommand(() => commands)];

/** Every button family the bot serves (custom id prefix → handler). */
export const buttons: readonly ButtonHandler[] = [...treatyButtons, pinButton, sourcesPage, shareVerdict, ...addSourceButtons, removeSourceButton];
