/**
 * A problem the member caused, not a bug: an option of the wrong type, a missing permission.
 * The router answers it with `reply` (to the member alone) and logs it at warn with `outcome`,
 * instead of the generic apology and an error line.
 */
export class UserError extends Error {
  constructor(
    /** What the member reads: polite, says what to do instead. */
    readonly reply: string,
    /** The outcome in the interaction's log line, e.g. `invalid-option`, `missing-permission`. */
    readonly outcome: string,
    options?: { cause?: unknown },
  ) {
    super(`${outcome}: ${reply}`, options);
    this.name = "UserError";
  }
}
