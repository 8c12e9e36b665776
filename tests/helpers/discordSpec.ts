import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  MessageCreateRequestSchema,
  ModalInteractionCallbackRequestSchema,
  PongInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from "discord-api-spec/zod";
import * as z from "zod/mini";
import type { RecordedRequest } from "./fakeDiscord.js";

/**
 * Checks request bodies the bot sends against Discord's OpenAPI description (the zod schemas
 * of the `discord-api-spec` package). A route with a body but no known schema is an error, so
 * a test can never skip validation by accident.
 */
type Schema = z.ZodMiniType;

const CALLBACK_BY_TYPE: Record<number, Schema> = {
  1: PongInteractionCallbackRequestSchema,
  4: CreateMessageInteractionCallbackRequestSchema,
  5: CreateMessageInteractionCallbackRequestSchema,
  6: UpdateMessageInteractionCallbackRequestSchema,
  7: UpdateMessageInteractionCallbackRequestSchema,
  8: ApplicationCommandAutocompleteCallbackRequestSchema,
  9: ModalInteractionCallbackRequestSchema,
};

const ROUTES: { method: string; path: RegExp; schema: (body: any) => Schema | undefined }[] = [
  { method: "POST", path: /^\/interactions\/\d+\/[^/]+\/callback$/, schema: (b) => CALLBACK_BY_TYPE[b?.type] },
  { method: "POST", path: /^\/webhooks\/\d+\/[^/]+$/, schema: () => IncomingWebhookRequestPartialSchema },
  { method: "PATCH", path: /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, schema: () => IncomingWebhookUpdateRequestPartialSchema },
  { method: "POST", path: /^\/channels\/\d+\/messages$/, schema: () => MessageCreateRequestSchema },
  { method: "PUT", path: /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/, schema: () => z.array(ApplicationCommandUpdateRequestSchema) },
];

/**
 * The OpenAPI description types `default_member_permissions` as an integer; Discord's docs (and
 * discord.js) send the bit set as a string of digits, and Discord accepts both ("Our API accepts
 * ints in string fields and strings in int fields", https://github.com/discord/discord-api-spec/issues/11).
 * A digit string is checked as the integer it stands for; anything else still fails.
 */
function asSpecified(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  return body.map((c) =>
    typeof c?.default_member_permissions === "string" && /^\d+$/.test(c.default_member_permissions)
      ? { ...c, default_member_permissions: Number(c.default_member_permissions) }
      : c,
  );
}

export class SpecViolation extends Error {}

/** Throws a readable error unless `body` is one Discord accepts for `method path`. */
export function validateRequest(method: string, path: string, body: unknown): void {
  const route = ROUTES.find((r) => r.method === method && r.path.test(path));
  if (!route) throw new SpecViolation(`No OpenAPI schema is mapped for ${method} ${path}; add it to tests/helpers/discordSpec.ts`);
  const schema = route.schema(body);
  if (!schema) throw new SpecViolation(`${method} ${path}: no schema for a body of this shape: ${JSON.stringify(body)?.slice(0, 200)}`);
  const result = z.safeParse(schema, asSpecified(body));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".") || "(body)"}: ${i.message}`).join("\n");
    throw new SpecViolation(`${method} ${path} body does not match Discord's OpenAPI description:\n${issues}\nbody: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

/** Routes that carry no body (GET, DELETE, pins) need no validation. */
const BODYLESS = (r: RecordedRequest) => r.method === "GET" || r.method === "DELETE" || (r.method === "PUT" && /\/pins\//.test(r.path));

/** Validates every request with a body in `requests` (for instance, all that a test made). */
export function validateAll(requests: readonly RecordedRequest[]): number {
  let n = 0;
  for (const r of requests) {
    if (BODYLESS(r)) continue;
    validateRequest(r.method, r.path, r.body);
    n++;
  }
  return n;
}
