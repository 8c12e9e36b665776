/**
 * Why an article was not added, in words for the moderator (`message`, which completes
 * "Not added: …") and as a short code for logs and tests (`reason`). Nothing has been written
 * when one is thrown.
 */
export class IngestError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
  }
}
