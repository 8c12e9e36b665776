import { watchProcess } from "../../src/bot.js";
import { createLogger } from "../../src/logger.js";

/**
 * A process with the bot's logger (stdout, written asynchronously) and process guards: it logs
 * `LINES` lines, then throws where nothing catches it. Run by `tests/secrets.test.ts`, which
 * reads what reached its stdout.
 */
const logger = createLogger();
watchProcess(logger);
const lines = Number(process.env.LINES ?? 1000);
for (let i = 0; i < lines; i++) logger.info({ i }, "working");
setImmediate(() => {
  throw new Error("boom");
});
