import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as spec from "discord-api-spec/zod";
import * as z from "zod/mini";
import type { RecordedRequest } from "./fakeDiscord.js";

/**
 * Checks request bodies against Discord's OpenAPI description, using the zod schemas of the
 * `discord-api-spec` package (`discord-api-spec/zod`, built on `zod/mini`).
 *
 * Which schema belongs to which route comes from the same package: its `discord-api-spec.ts`
 * lists, for every path and method, the request body type (`requestBody?: MessageCreateRequest`),
 * and `MessageCreateRequestSchema` is that type's schema. Two routes are refined by hand:
 * - `POST /interactions/{id}/{token}/callback`: picked by the body's `type` (1 Pong,
 *   4/5 CreateMessageInteractionCallbackRequest, 6/7 UpdateMessageInteractionCallbackRequest,
 *   8 ApplicationCommandAutocompleteCallbackRequest, 9 ModalInteractionCallbackRequest,
 *   12 LaunchActivityInteractionCallbackRequest);
 * - `POST /webhooks/{id}/{token}` (follow-ups): IncomingWebhookRequestPartial (execute) only,
 *   where the spec lists a union with the update body.
 * A route the spec does not know, or whose body it describes only inline (no schema), is an
 * error, so a test can never skip validation by accident. A route the spec says takes no body
 * must get none.
 *
 * The package's schemas are `z.object`s, which ignore keys they do not list. `strict` (the
 * default) reports such keys too: a misspelt or invented field is silently dropped by Discord.
 *
 * One known exception, visible here rather than hidden: discord.js 14.28's MessagePayload puts
 * `tts: false` and `enforce_nonce: false` in every message body it builds, including bodies
 * whose schema lists neither (interaction callback `data` of types 4 and 7, follow-ups, edits).
 * Discord ignores them. `DISCORDJS_DEFAULT_FIELDS` tolerates exactly those keys with exactly
 * those values; any other value (`tts: true` in an edit) is still reported. Pass
 * `tolerate: {}` to see them.
 */

export class SpecViolation extends Error {
  override name = "SpecViolation";
}

export interface SpecIssue {
  /** Where in the body, e.g. `data.content`. */
  path: (string | number)[];
  code: string;
  message: string;
  /** One of KNOWN_MISMATCHES: the spec and discord.js/Discord disagree; Discord accepts the body. */
  knownMismatch?: true;
}

export interface SpecProblem {
  /** Name of the schema the body was checked against (or why none applies). */
  schema: string;
  issues: SpecIssue[];
  /** The issues in Discord's `errors` shape (`{ data: { content: { _errors: [...] } } }`). */
  discordErrors: Record<string, unknown>;
}

export interface ValidateOptions {
  /** Report keys the schema does not list (default true). */
  strict?: boolean;
  /** Throw when no schema is known for the route (default true). */
  requireSchema?: boolean;
  /** Unlisted keys accepted in strict mode when they have exactly this value (default DISCORDJS_DEFAULT_FIELDS). */
  tolerate?: Readonly<Record<string, unknown>>;
}

/** Keys discord.js 14.28 sends in every message body, at these constant values, whether the schema lists them or not. */
export const DISCORDJS_DEFAULT_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({ tts: false, enforce_nonce: false });

type Schema = z.core.$ZodType;
const schemas = spec as unknown as Record<string, Schema | undefined>;

// -------------------------------------------------------------------------- route → schema

interface SpecRoute {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  /** Type names of the body (`Foo`, `Foo[]`, `null`), `[]` for no body, undefined for an inline body. */
  types: string[] | undefined;
}

let specRoutes: SpecRoute[] | undefined;

function findSpecSource(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths("discord-api-spec") ?? []) {
    const file = join(dir, "discord-api-spec", "build", "discord-api-spec.ts");
    if (existsSync(file)) return file;
  }
  throw new Error("discord-api-spec/build/discord-api-spec.ts not found in node_modules");
}

/** Reads `export interface Paths { … }` of discord-api-spec.ts: path, method, request body types. */
function loadSpecRoutes(): SpecRoute[] {
  if (specRoutes) return specRoutes;
  const text = readFileSync(findSpecSource(), "utf8");
  const start = text.indexOf("export interface Paths {");
  if (start < 0) throw new Error("discord-api-spec.ts has no `export interface Paths`");
  const lines = text.slice(start).split("\n");
  const routes: SpecRoute[] = [];
  let template = "";
  let method = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "}") break;
    let m = /^ {2}"(\/[^"]*)": \{$/.exec(line);
    if (m) {
      template = m[1]!;
      continue;
    }
    m = /^ {4}(get|put|post|patch|delete|head|options): \{$/.exec(line);
    if (m) {
      method = m[1]!.toUpperCase();
      continue;
    }
    m = /^ {6}requestBody\?:(.*)$/.exec(line);
    if (!m) continue;
    let rest = m[1]!.trim();
    while (rest === "" || (rest.startsWith("|") && !rest.endsWith(";"))) {
      const next = lines[++i]?.trim() ?? ";";
      rest = `${rest} ${next}`.trim();
    }
    let types: string[] | undefined;
    if (rest.startsWith("{")) types = undefined;
    else if (rest === "undefined;") types = [];
    else types = rest.replace(/;$/, "").split("|").map((t) => t.trim()).filter(Boolean);
    const params = (template.match(/\{[^}]+\}/g) ?? []).length;
    const source = template
      .split("/")
      .map((seg) => (/^\{[^}]+\}$/.test(seg) ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/");
    routes.push({ method, template, pattern: new RegExp(`^${source}$`), params, types });
  }
  // Literal segments (`@original`, `pins`) win over parameters.
  specRoutes = routes.sort((a, b) => a.params - b.params);
  return specRoutes;
}

const CALLBACK_SCHEMAS: Record<number, string> = {
  1: "PongInteractionCallbackRequest",
  4: "CreateMessageInteractionCallbackRequest",
  5: "CreateMessageInteractionCallbackRequest",
  6: "UpdateMessageInteractionCallbackRequest",
  7: "UpdateMessageInteractionCallbackRequest",
  8: "ApplicationCommandAutocompleteCallbackRequest",
  9: "ModalInteractionCallbackRequest",
  12: "LaunchActivityInteractionCallbackRequest",
};

interface Resolved {
  /** e.g. `MessageCreateRequest`, `ApplicationCommandUpdateRequest[] | null`, or `(no body)`. */
  name: string;
  template: string;
  /** undefined: the route takes no body. */
  schema: Schema | undefined;
}

function schemaNamed(name: string): Schema {
  const schema = schemas[`${name}Schema`];
  if (!schema) throw new SpecViolation(`discord-api-spec/zod exports no ${name}Schema`);
  return schema;
}

function normalisePath(path: string): string {
  return path.replace(/[?#].*$/, "").replace(/^(?:https?:\/\/[^/]+)?(?:\/api)?(?:\/v\d+)?(?=\/)/, "");
}

/**
 * The schema Discord's OpenAPI description gives the body of `method path` (path with or
 * without `/api/v10`, query ignored). Throws a SpecViolation when there is none.
 */
export function schemaFor(method: string, path: string, body?: unknown): Resolved {
  const p = normalisePath(path);
  const upper = method.toUpperCase();
  const route = loadSpecRoutes().find((r) => r.method === upper && r.pattern.test(p));
  if (!route) throw new SpecViolation(`Discord's OpenAPI description has no route ${upper} ${p}; nothing to validate it against`);
  if (route.template === "/interactions/{interaction_id}/{interaction_token}/callback" && upper === "POST") {
    const type = (body as { type?: unknown } | undefined)?.type;
    const name = typeof type === "number" ? CALLBACK_SCHEMAS[type] : undefined;
    if (!name) throw new SpecViolation(`${upper} ${p}: no schema for an interaction callback of type ${JSON.stringify(type)}`);
    return { name, template: route.template, schema: schemaNamed(name) };
  }
  if (route.template === "/webhooks/{webhook_id}/{webhook_token}" && upper === "POST") {
    return { name: "IncomingWebhookRequestPartial", template: route.template, schema: schemaNamed("IncomingWebhookRequestPartial") };
  }
  if (route.types === undefined) throw new SpecViolation(`${upper} ${route.template}: the spec describes this body inline, without a named schema; add a mapping to tests/helpers/discordSpec.ts`);
  if (route.types.length === 0) return { name: "(no body)", template: route.template, schema: undefined };
  const options = route.types.map((t): Schema => {
    if (t === "null") return z.null();
    if (t.endsWith("[]")) return z.array(schemaNamed(t.slice(0, -2)));
    return schemaNamed(t);
  });
  return { name: route.types.join(" | "), template: route.template, schema: options.length === 1 ? options[0]! : z.union(options) };
}

// -------------------------------------------------------------------------- checking

/**
 * Checks a body; returns undefined when it is fine, else the problem. Never throws for an
 * invalid body; throws SpecViolation when no schema is known and `requireSchema` is true.
 */
export function checkRequest(method: string, path: string, body: unknown, options: ValidateOptions = {}): SpecProblem | undefined {
  const { strict = true, requireSchema = true, tolerate = DISCORDJS_DEFAULT_FIELDS } = options;
  let resolved: Resolved;
  try {
    resolved = schemaFor(method, path, body);
  } catch (error) {
    if (requireSchema) throw error;
    return undefined;
  }
  if (!resolved.schema) {
    if (body === undefined || body === null || body === "") return undefined;
    const issues = [{ path: [], code: "unexpected_body", message: `${resolved.template} takes no body` }];
    return { schema: resolved.name, issues, discordErrors: toDiscordErrors(issues) };
  }
  const result = z.safeParse(resolved.schema, body);
  const issues: SpecIssue[] = result.success ? [] : flattenIssues(result.error.issues as unknown as ZodIssue[], []);
  if (result.success && strict) {
    for (const key of unknownKeys(resolved.schema, body, [])) {
      if (isTolerated(key, body, tolerate)) continue;
      issues.push({ path: key, code: "unknown_key", message: "not in Discord's OpenAPI description (Discord ignores or rejects it)" });
    }
  }
  if (!issues.length) return undefined;
  for (const issue of issues) {
    const hint = KNOWN_MISMATCHES.find((k) => k.code === issue.code && issue.path.at(-1) === k.key && k.schema.test(resolved.name));
    if (hint) {
      issue.message += ` (${hint.note})`;
      issue.knownMismatch = true;
    }
  }
  return { schema: resolved.name, issues, discordErrors: toDiscordErrors(issues) };
}

/**
 * Places where discord.js and Discord's OpenAPI description disagree. They are NOT relaxed:
 * the issue is still reported, with this note so nobody hunts for a bug in the bot.
 */
const KNOWN_MISMATCHES: { schema: RegExp; key: string; code: string; note: string }[] = [
  {
    schema: /^ApplicationCommand/,
    key: "default_member_permissions",
    code: "invalid_type",
    note: "known mismatch: the OpenAPI description types it as a number; discord.js's setDefaultMemberPermissions() and Discord's documentation use a string such as \"8192\"",
  },
  {
    schema: /^ApplicationCommand/,
    key: "nsfw",
    code: "unknown_key",
    note: "known mismatch: the OpenAPI command request bodies do not list `nsfw`, which discord.js's setNSFW() sends and Discord's documentation describes",
  },
];

/** Throws a readable SpecViolation unless `body` is one Discord accepts for `method path`. Returns the schema name. */
export function validateRequest(method: string, path: string, body: unknown, options: ValidateOptions = {}): string {
  const problem = checkRequest(method, path, body, options);
  if (!problem) return schemaFor(method, path, body).name;
  const lines = problem.issues.map((i) => `  ${i.path.join(".") || "(body)"}: ${i.message} [${i.code}]`).join("\n");
  throw new SpecViolation(
    `${method.toUpperCase()} ${normalisePath(path)} body does not match Discord's OpenAPI description (${problem.schema}):\n${lines}\nbody: ${truncate(JSON.stringify(body), 600)}`,
  );
}

/** Validates an interaction callback body (`{ type, data }`, any type) and returns it. */
export function expectValidCallback<T>(body: T, options: ValidateOptions = {}): T {
  validateRequest("POST", "/interactions/0/token/callback", body, options);
  return body;
}

/** Validates every request with a body (and every bodyless one that should have none); returns how many had a body. */
export function validateAll(requests: readonly RecordedRequest[], options: ValidateOptions = {}): number {
  let n = 0;
  for (const r of requests) {
    if (r.body === undefined && (r.method === "GET" || r.method === "DELETE" || r.method === "PUT")) continue;
    validateRequest(r.method, r.path, r.body, options);
    if (r.body !== undefined) n++;
  }
  return n;
}

// -------------------------------------------------------------------------- internals

interface ZodIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  errors?: ZodIssue[][];
}

/** zod issues as flat lines; for a failed union, the issues of the branch that came closest. */
function flattenIssues(issues: ZodIssue[], prefix: (string | number)[]): SpecIssue[] {
  const out: SpecIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))];
    if (issue.code === "invalid_union" && issue.errors?.length) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length) {
        out.push(...flattenIssues(closest, path));
        continue;
      }
    }
    out.push({ path, code: issue.code, message: issue.message });
  }
  return out;
}

/** Issues in the `errors` shape of Discord's 50035 Invalid Form Body answer. */
export function toDiscordErrors(issues: SpecIssue[]): Record<string, unknown> {
  const root: Record<string, any> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of issue.path) node = node[String(key)] ??= {};
    (node._errors ??= []).push({ code: `SPEC_${issue.code.toUpperCase()}`, message: issue.message });
  }
  return root;
}

/** Keys (as paths) present in `value` that the schema does not list, following lazy/optional/union/array. */
function unknownKeys(schema: Schema, value: unknown, path: (string | number)[]): (string | number)[][] {
  const def = (schema as { _zod: { def: any } })._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return value === undefined || value === null ? [] : unknownKeys(def.innerType, value, path);
    case "lazy":
      return unknownKeys(def.getter(), value, path);
    case "pipe":
      return unknownKeys(def.in, value, path);
    case "array":
      return Array.isArray(value) ? value.flatMap((v, i) => unknownKeys(def.element, v, [...path, i])) : [];
    case "tuple":
      return Array.isArray(value) ? value.flatMap((v, i) => (def.items[i] ? unknownKeys(def.items[i], v, [...path, i]) : [])) : [];
    case "record":
      return isObject(value) ? Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType, v, [...path, k])) : [];
    case "union": {
      let best: (string | number)[][] | undefined;
      for (const option of def.options as Schema[]) {
        if (!z.safeParse(option, value).success) continue;
        const found = unknownKeys(option, value, path);
        if (!best || found.length < best.length) best = found;
        if (!found.length) break;
      }
      return best ?? [];
    }
    case "object": {
      if (!isObject(value)) return [];
      const shape = def.shape as Record<string, Schema>;
      const out: (string | number)[][] = [];
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) continue; // absent once serialised
        if (key in shape) out.push(...unknownKeys(shape[key]!, v, [...path, key]));
        else if (def.catchall && def.catchall._zod.def.type !== "never") out.push(...unknownKeys(def.catchall, v, [...path, key]));
        else out.push([...path, key]);
      }
      return out;
    }
    default:
      return [];
  }
}

function isTolerated(path: (string | number)[], body: unknown, tolerate: Readonly<Record<string, unknown>>): boolean {
  const key = path.at(-1);
  if (typeof key !== "string" || !(key in tolerate)) return false;
  let value: unknown = body;
  for (const k of path) value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[k] : undefined;
  return Object.is(value, tolerate[key]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function truncate(s: string | undefined, n: number): string {
  if (s === undefined) return "undefined";
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
