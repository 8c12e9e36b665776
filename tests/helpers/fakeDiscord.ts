import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { inspect } from "node:util";
import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from "node:zlib";
import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIEmbed,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
  type GatewayResumeData,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIInteractionCallbackWithResponseResult,
  type Snowflake,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ButtonStyle,
  type ChannelFlags,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { checkRequest, toDiscordErrors } from "./discordSpec.js";

/**
 * A local fake of Discord for end-to-end tests: the REST API over HTTP and the Gateway over a
 * WebSocket, both on one random 127.0.0.1 port, speaking enough of the real protocol for the
 * real discord.js Client to log in, keep its heartbeat, resume after a dropped connection,
 * receive dispatched interactions and answer them over REST.
 *
 * Wiring: `new Client({ intents, rest: { api: fake.apiUrl } })` (or `new REST({ api: fake.apiUrl })`).
 * @discordjs/rest builds every URL as `${api}/v${version}${route}`, i.e. `…/api/v10/users/@me`.
 * The Gateway address comes from `GET /gateway/bot` (`Routes.gatewayBot()`), which answers
 * `{ url: "ws://127.0.0.1:PORT", shards: 1, session_start_limit }`; @discordjs/ws then connects to
 * `${url}?v=10&encoding=json` and, after READY, to `${resume_gateway_url}?v=10&encoding=json`
 * to resume. discord.js 14 asks for `compress=zlib-stream` only when the optional `zlib-sync`
 * package is installed (it is not here); the fake supports it anyway (node:zlib), and also
 * `compress: true` in IDENTIFY.
 *
 * The fake behaves like Discord where a bot could trip over it: an interaction can be
 * acknowledged once (40060 after that), only with callback types valid for its kind, and only
 * if the fake knows it (10062 otherwise); follow-ups and edits need an acknowledged
 * interaction token (10015); the first follow-up after a deferral edits the deferred message;
 * empty messages are refused (50006); bodies Discord's OpenAPI description rejects get 400
 * Invalid Form Body (50035); routes other than interaction callbacks and webhooks need an
 * `Authorization: Bot …` header (401).
 *
 * ```ts
 * const fake = await startFakeDiscord({ heartbeatInterval: 250 });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
 * await client.login("any-token"); await fake.waitForReady();
 * const i = fake.dispatchInteraction(fake.chatInput({ name: "treaty", options: [stringOption("question", "when?")] }));
 * expectValidCallback(await fake.interactionReply(i));
 * fake.injectRestError({ path: "/interactions/:id/:token/callback", ...DiscordErrors.serverError });
 * await fake.dropGateway(4000); await fake.waitForResume();
 * await client.destroy(); await fake.close();
 * ```
 */

// ---------------------------------------------------------------------------------- types

export interface RecordedRequest {
  /** Position in `fake.requests`. */
  index: number;
  method: string;
  /** Path after `/api/v10` (no query), e.g. `/interactions/123/tok/callback`. */
  path: string;
  /** The API version in the URL (10 for discord.js 14), or null if the URL had none. */
  version: number | null;
  query: URLSearchParams;
  /** Request headers. `authorization` is readable but redacted when printed or JSON-serialised. */
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; for multipart bodies the `payload_json` part; undefined when empty. */
  body: any;
  /** Files of a multipart body (`files[n]` parts). */
  files: UploadedFile[];
  /** The status the fake answered with; undefined while the request is in flight. */
  status?: number;
  /** The body the fake answered with. */
  response?: unknown;
  /** Set when the answer came from `injectRestError`/`injectRateLimit`. */
  injected?: boolean;
  /** When it arrived (performance.now(), ms). */
  at: number;
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Which requests something applies to: a predicate, or a method and a path (string with `:param` wildcards, or RegExp). */
export type RequestMatcher = ((r: RecordedRequest) => boolean) | { method?: string; path?: string | RegExp };

export interface RestFault {
  method?: string;
  /** Exact path, a path with `:param` wildcards (`/interactions/:id/:token/callback`), or a RegExp. */
  path: string | RegExp;
  /** Status to answer with; leave out for a delay-only fault (the request is then served normally). */
  status?: number;
  /** Error body, or a function of the request (to echo parts of it back); default `{ message: "<status>: Injected error", code: 0 }`. */
  body?: unknown | ((request: RecordedRequest) => unknown);
  headers?: Record<string, string>;
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number;
  /** Wait this long before answering (a slow Discord). */
  delayMs?: number;
}

export interface InjectedFaultHandle {
  /** Matching requests the fault has answered so far. */
  readonly hits: number;
  readonly remaining: number;
  remove(): void;
}

export interface RateLimitFault {
  method?: string;
  path: string | RegExp;
  /** Seconds; sent as-is in `retry-after` (discord.js waits `retry-after * 1000 + offset` ms). Default 0.1. */
  retryAfter?: number;
  global?: boolean;
  scope?: "user" | "global" | "shared";
  times?: number;
}

export interface FakeDiscordOptions {
  /** Gateway heartbeat interval sent in HELLO, ms (Discord: 41250). Default 10 000. */
  heartbeatInterval?: number;
  /** When set, REST `Authorization: Bot <token>`, IDENTIFY and RESUME must carry exactly this token (401 / close 4004). */
  token?: string;
  /**
   * When set, an interaction callback arriving this many ms after the interaction was dispatched
   * gets 404 Unknown interaction (10062), as Discord does after 3 s. Off by default.
   */
  callbackDeadlineMs?: number;
  /** Answer 400 Invalid Form Body (50035) to request bodies Discord's OpenAPI description rejects. Default true. */
  validateBodies?: boolean;
  botUsername?: string;
  guildName?: string;
  channelName?: string;
  /**
   * Keep at most this many recorded requests, messages, interactions and replayable dispatches
   * (oldest dropped), so a long soak run keeps the fake's memory flat. Default: keep everything.
   * With a limit, `since` cursors of `waitForRequest` count from the oldest kept request.
   */
  historyLimit?: number;
}

/** The 429 Discord sends, with the headers @discordjs/rest reads; spread into `injectRestError`. */
export function rateLimited(retryAfterSeconds: number, options: { global?: boolean; scope?: "user" | "global" | "shared" } = {}) {
  const global = options.global ?? false;
  const scope = options.scope ?? (global ? "global" : "user");
  return {
    status: 429,
    headers: {
      "retry-after": String(retryAfterSeconds),
      "x-ratelimit-scope": scope,
      ...(global
        ? { "x-ratelimit-global": "true" }
        : { "x-ratelimit-limit": "5", "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": String(retryAfterSeconds), "x-ratelimit-bucket": "fake-bucket" }),
    },
    body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global, ...(global ? { code: 0 } : {}) },
  };
}

/** Options shared by every interaction builder. */
export interface InteractionContextOptions {
  /** Who invoked it (default `fake.member`). */
  user?: APIUser;
  /** Overrides for the invoking guild member (`permissions` here wins over `permissions` below). */
  member?: Partial<APIInteractionGuildMember>;
  /** The invoker's permissions (default DEFAULT_MEMBER_PERMISSIONS: no Manage/Pin Messages). */
  permissions?: bigint | string;
  /** The bot's permissions in the channel (default BOT_PERMISSIONS). */
  appPermissions?: bigint | string;
  guildId?: Snowflake;
  channelId?: Snowflake;
  locale?: Locale | `${Locale}`;
  guildLocale?: Locale | `${Locale}`;
  /** Invoked in a DM with the bot: no guild, no member, `user` set, context BotDM. */
  dm?: boolean;
  /** @deprecated use `dm: true`; `guild: false` means a DM. */
  guild?: boolean;
}

export interface ChatInputOptions extends InteractionContextOptions {
  name: string;
  options?: APIApplicationCommandInteractionDataOption[];
  resolved?: APIInteractionDataResolved;
  commandId?: Snowflake;
}

export interface AutocompleteOptions extends InteractionContextOptions {
  name: string;
  /** The options typed so far; one (possibly nested) must have `focused: true`, or name it in `focused`. */
  options: APIApplicationCommandInteractionDataOption[];
  /** Name of the option to mark focused. */
  focused?: string;
  commandId?: Snowflake;
}

export interface ButtonOptions extends InteractionContextOptions {
  customId: string;
  /** The message the button is on; default a new bot message (with that button) in the fake's store. */
  message?: APIMessage;
}

export interface MessageContextMenuOptions extends InteractionContextOptions {
  name: string;
  /** The message right-clicked; missing fields are filled (author: the invoking user). It is added to the message store. */
  targetMessage: Partial<APIMessage>;
  commandId?: Snowflake;
}

// ---------------------------------------------------------------------------------- constants

/** Discord's error answers, to spread into `injectRestError({ path, ...DiscordErrors.unknownInteraction })`. */
export const DiscordErrors = {
  unauthorized: { status: 401, body: { message: "401: Unauthorized", code: 0 } },
  notFound: { status: 404, body: { message: "404: Not Found", code: 0 } },
  serverError: { status: 500, body: { message: "500: Internal Server Error", code: 0 } },
  badGateway: { status: 502, body: { message: "502: Bad Gateway", code: 0 } },
  unknownChannel: { status: 404, body: { message: "Unknown Channel", code: 10003 } },
  unknownMember: { status: 404, body: { message: "Unknown Member", code: 10007 } },
  unknownMessage: { status: 404, body: { message: "Unknown Message", code: 10008 } },
  unknownWebhook: { status: 404, body: { message: "Unknown Webhook", code: 10015 } },
  unknownInteraction: { status: 404, body: { message: "Unknown interaction", code: 10062 } },
  maxPins: { status: 400, body: { message: "Maximum number of pins reached (250)", code: 30003 } },
  alreadyAcknowledged: { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } },
  missingAccess: { status: 403, body: { message: "Missing Access", code: 50001 } },
  emptyMessage: { status: 400, body: { message: "Cannot send an empty message", code: 50006 } },
  missingPermissions: { status: 403, body: { message: "Missing Permissions", code: 50013 } },
} as const satisfies Record<string, { status: number; body: { message: string; code: number } }>;

/** A plain member: can talk and use commands, cannot manage or pin messages. */
export const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

/** Everything the bot needs, including Manage Messages and Pin Messages (1 << 51). */
export const BOT_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.PinMessages;

const MAX_PINS = 250;

let lastSnowflake = 0n;
/** Unique, increasing snowflakes whose timestamp is now (discord.js reads `createdAt` from them). */
export function snowflake(): Snowflake {
  const now = (BigInt(Date.now()) - 1420070400000n) << 22n;
  lastSnowflake = now > lastSnowflake ? now : lastSnowflake + 1n;
  return lastSnowflake.toString();
}

// ------------------------------------------------------------------------- option helpers

export const stringOption = (name: string, value: string, focused?: boolean): APIApplicationCommandInteractionDataOption => ({
  name,
  type: ApplicationCommandOptionType.String,
  value,
  ...(focused ? { focused } : {}),
});
export const integerOption = (name: string, value: number, focused?: boolean): APIApplicationCommandInteractionDataOption => ({
  name,
  type: ApplicationCommandOptionType.Integer,
  value,
  ...(focused ? { focused } : {}),
});
export const numberOption = (name: string, value: number, focused?: boolean): APIApplicationCommandInteractionDataOption => ({
  name,
  type: ApplicationCommandOptionType.Number,
  value,
  ...(focused ? { focused } : {}),
});
export const booleanOption = (name: string, value: boolean): APIApplicationCommandInteractionDataOption => ({
  name,
  type: ApplicationCommandOptionType.Boolean,
  value,
});
export const subcommand = (name: string, options: APIApplicationCommandInteractionDataOption[] = []): APIApplicationCommandInteractionDataOption =>
  ({ name, type: ApplicationCommandOptionType.Subcommand, options }) as APIApplicationCommandInteractionDataOption;

// ---------------------------------------------------------------------------------- internals

interface InteractionRecord {
  interaction: APIInteraction;
  dispatchedAt?: number;
  callbackType?: InteractionResponseType;
  originalMessageId?: Snowflake;
  /** Messages this token may read, edit and delete (original and follow-ups). */
  messageIds: Set<Snowflake>;
}

interface GatewaySession {
  id: string;
  seq: number;
  shard: [number, number];
  /** Every dispatch of the session but READY/RESUMED, for replay on RESUME. */
  log: { s: number; payload: string }[];
}

interface GatewayConnection {
  ws: WebSocket;
  url: URL;
  /** `ready` once identified or resumed on this connection. */
  state: "hello" | "ready";
  session?: GatewaySession;
  compress: "zlib-stream" | "identify" | null;
  deflate?: Deflate;
  deflateChunks: Buffer[];
  sendChain: Promise<void>;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Interaction callbacks and webhook-token routes need no Authorization header. */
  auth: boolean;
  handle: (r: RecordedRequest, params: Record<string, string>) => Answer | Promise<Answer>;
}

type Answer = [status: number, body?: unknown, headers?: Record<string, string>];

interface Waiter {
  check: () => boolean;
  fail: (error: Error) => void;
}

const INTERACTION_RESPONSE_TYPES: Record<number, InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.LaunchActivity,
  ],
};

// ---------------------------------------------------------------------------------- the fake

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}

export class FakeDiscord {
  readonly applicationId: Snowflake = snowflake();
  readonly botUser: APIUser;
  readonly guildId: Snowflake = snowflake();
  readonly channelId: Snowflake = snowflake();
  /** The default invoking user of the interaction builders. */
  readonly member: APIUser = { id: snowflake(), username: "member", discriminator: "0", global_name: "A Member", avatar: null };
  readonly ownerId: Snowflake = snowflake();
  readonly botRoleId: Snowflake = snowflake();

  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /**
   * Every IDENTIFY payload (`d`: GatewayIdentifyData, token included), in order. Typed `any[]` so
   * tests can write `identifies[0].intents`; `lastIdentify` is the typed view.
   */
  readonly identifies: any[] = [];
  /** Every RESUME payload (`d`). */
  readonly resumePayloads: GatewayResumeData[] = [];
  /** Every Gateway connection: its URL (query `v=10&encoding=json`) and when it opened. */
  readonly connections: { url: string; query: URLSearchParams; at: number }[] = [];
  /** Close codes of finished Gateway connections, as the fake saw them. */
  readonly closeCodes: number[] = [];
  /** Messages in the fake's channels (those the bot made, and the ones builders put there), by id. */
  readonly messages = new Map<Snowflake, APIMessage>();
  /** Registered application commands by scope: `global` or the guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** Answer heartbeats with HEARTBEAT_ACK (false: a zombie connection; discord.js then reconnects and resumes). */
  ackHeartbeats = true;
  heartbeatCount = 0;

  private readonly options: Required<Omit<FakeDiscordOptions, "token" | "callbackDeadlineMs" | "historyLimit">> &
    Pick<FakeDiscordOptions, "token" | "callbackDeadlineMs" | "historyLimit">;
  private readonly responseListeners: ((r: RecordedRequest) => void)[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<Socket>();
  private connection: GatewayConnection | undefined;
  private session: GatewaySession | undefined;
  private readyCount = 0;
  private resumeTotal = 0;
  private readonly faults: (RestFault & { left: number; hits: number })[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly interactions = new Map<Snowflake, InteractionRecord>();
  private readonly tokens = new Map<string, InteractionRecord>();
  private readonly pins = new Map<Snowflake, string>();
  private readonly attachmentData = new Map<Snowflake, { data: Buffer; contentType: string }>();
  private readonly routes: Route[];
  private closed = false;

  private constructor(options: FakeDiscordOptions) {
    this.options = {
      heartbeatInterval: options.heartbeatInterval ?? 10_000,
      validateBodies: options.validateBodies ?? true,
      botUsername: options.botUsername ?? "treaty-bot",
      guildName: options.guildName ?? "Treaty readers",
      channelName: options.channelName ?? "treaty",
      token: options.token,
      callbackDeadlineMs: options.callbackDeadlineMs,
      historyLimit: options.historyLimit,
    };
    this.botUser = { id: this.applicationId, username: this.options.botUsername, discriminator: "0", global_name: null, avatar: null, bot: true };
    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on("upgrade", (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.server.listen(0, "127.0.0.1");
    await once(fake.server, "listening");
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  /** REST base for discord.js (`rest: { api }`); it appends `/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  /** What `GET /gateway/bot` answers; discord.js appends `?v=10&encoding=json`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }
  /** READY's `resume_gateway_url` (a different path, so tests can see discord.js resume there). */
  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/resume`;
  }
  get lastIdentify(): GatewayIdentifyData | undefined {
    return this.identifies.at(-1);
  }
  get identifyCount(): number {
    return this.identifies.length;
  }
  get resumeCount(): number {
    return this.resumeTotal;
  }
  /** @deprecated alias of `resumeCount`. */
  get resumes(): number {
    return this.resumeTotal;
  }
  /** True while a client is connected and identified or resumed. */
  get gatewayReady(): boolean {
    return this.connection?.state === "ready";
  }
  get sessionId(): string | undefined {
    return this.session?.id;
  }

  // ======================================================================== waiting

  private waitUntil<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const first = probe();
      if (first !== undefined) return resolve(first);
      if (this.closed) return reject(new Error(`The fake Discord is closed; ${describe()}`));
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          this.waiters.delete(waiter);
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        fail: (error) => {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.fail(new Error(`Timed out after ${timeoutMs} ms: ${describe()}`)), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w.check();
  }

  /**
   * Resolves with the first request at index >= `since` that the fake has answered and that
   * matches. Pass `since: fake.requests.length` (taken before acting) to ignore earlier ones.
   * Rejects after `timeoutMs` (default 5000) listing every recorded route.
   */
  waitForRequest(match: RequestMatcher, options: number | { since?: number; timeoutMs?: number } = {}): Promise<RecordedRequest> {
    const { since = 0, timeoutMs = 5000 } = typeof options === "number" ? { timeoutMs: options } : options;
    const predicate = toPredicate(match);
    return this.waitUntil(
      () => {
        for (let i = since; i < this.requests.length; i++) {
          const r = this.requests[i]!;
          if (r.status !== undefined && predicate(r)) return r;
        }
        return undefined;
      },
      timeoutMs,
      () => `no request matching ${describeMatcher(match)} (since #${since}). Recorded:\n${this.describeRequests()}`,
    );
  }

  /** One line per recorded request (`#3 POST /interactions/…/callback?with_response=false → 204`), never headers. */
  describeRequests(from = 0): string {
    const lines = this.requests.slice(from).map(describeRequest);
    return lines.length ? lines.map((l) => `  ${l}`).join("\n") : "  (none)";
  }

  /** The bot's first successful (2xx) callback for an interaction (POST /interactions/{id}/{token}/callback); failed attempts stay in `requests`. */
  interactionCallback(interaction: APIInteraction | Snowflake, timeoutMs = 5000): Promise<RecordedRequest> {
    const id = typeof interaction === "string" ? interaction : interaction.id;
    return this.waitForRequest(
      (r) => r.method === "POST" && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith("/callback") && isSuccess(r),
      { timeoutMs },
    );
  }

  /** The body of the bot's (successful) interaction callback: `{ type, data }`. */
  async interactionReply(interaction: APIInteraction | Snowflake, timeoutMs = 5000): Promise<any> {
    return (await this.interactionCallback(interaction, timeoutMs)).body;
  }

  /** Requests the bot made with an interaction's token after its callback (edits, follow-ups, deletes). */
  webhookRequests(interaction: APIInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(`/webhooks/${interaction.application_id}/${interaction.token}`));
  }

  /** The first request with `method` on the interaction's webhook (`/webhooks/{app}/{token}…`). */
  waitForWebhook(interaction: APIInteraction, method: string, options: number | { since?: number; timeoutMs?: number } = 5000): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === method && r.path.startsWith(`/webhooks/${interaction.application_id}/${interaction.token}`), options);
  }

  /** The body of the bot's next follow-up (`POST /webhooks/{app}/{token}`) for an interaction. */
  async interactionFollowUp(interaction: APIInteraction, options: number | { since?: number; timeoutMs?: number } = 5000): Promise<any> {
    const prefix = `/webhooks/${interaction.application_id}/${interaction.token}`;
    return (await this.waitForRequest((r) => r.method === "POST" && r.path === prefix && isSuccess(r), options)).body;
  }

  /** The body of the bot's next edit of the original response (`PATCH …/messages/@original`, i.e. editReply). */
  async interactionEdit(interaction: APIInteraction, options: number | { since?: number; timeoutMs?: number } = 5000): Promise<any> {
    const path = `/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`;
    return (await this.waitForRequest((r) => r.method === "PATCH" && r.path === path && isSuccess(r), options)).body;
  }

  /** The message the interaction's response created or updated (after the callback). */
  originalMessage(interaction: APIInteraction): APIMessage | undefined {
    const id = this.interactions.get(interaction.id)?.originalMessageId;
    return id ? this.messages.get(id) : undefined;
  }

  /** Whether a message is pinned (by PUT /channels/{id}/messages/pins/{message}). */
  isPinned(messageId: Snowflake): boolean {
    return this.pins.has(messageId);
  }

  // ======================================================================== faults

  /** Answer the next `times` (default 1) matching requests with an error (and/or after a delay). */
  injectRestError(fault: RestFault): InjectedFaultHandle {
    const entry = { ...fault, left: fault.times ?? 1, hits: 0 };
    this.faults.push(entry);
    const faults = this.faults;
    return {
      get hits() {
        return entry.hits;
      },
      get remaining() {
        return entry.left;
      },
      remove() {
        const i = faults.indexOf(entry);
        if (i >= 0) faults.splice(i, 1);
      },
    };
  }

  /** Delay matching requests (they are then served normally). */
  injectDelay(fault: { method?: string; path: string | RegExp; delayMs: number; times?: number }): InjectedFaultHandle {
    return this.injectRestError({ ...fault });
  }

  /** A 429 with Discord's body and the headers @discordjs/rest reads (retry-after, x-ratelimit-*). */
  injectRateLimit(fault: RateLimitFault): InjectedFaultHandle {
    const retryAfter = fault.retryAfter ?? 0.1;
    const global = fault.global ?? false;
    const headers: Record<string, string> = {
      "retry-after": String(retryAfter),
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Date.now() / 1000 + retryAfter),
      "x-ratelimit-reset-after": String(retryAfter),
      "x-ratelimit-bucket": `fake-bucket-${snowflake()}`,
      "x-ratelimit-scope": fault.scope ?? (global ? "global" : "user"),
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    };
    return this.injectRestError({
      method: fault.method,
      path: fault.path,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: retryAfter, global },
      headers,
      times: fault.times,
    });
  }

  // ======================================================================== REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    if (url.pathname.startsWith("/attachments/")) return this.serveAttachment(url, res);
    const m = /^(?:\/api)?(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    // @discordjs/rest percent-encodes route segments (`/users/%40me`, `/messages/%40original`).
    const path = (m?.[2] ?? "/").split("/").map(safeDecode).join("/");
    let parsed: { body: any; files: UploadedFile[] };
    try {
      parsed = await parseBody(req.headers["content-type"], raw);
    } catch {
      parsed = { body: raw.toString("utf8"), files: [] };
    }
    const recorded: RecordedRequest = {
      index: this.requests.length,
      method: req.method ?? "GET",
      path,
      version: m?.[1] ? Number(m[1]) : null,
      query: url.searchParams,
      headers: redactable(req.headers),
      body: parsed.body,
      files: parsed.files,
      at: performance.now(),
    };
    this.requests.push(recorded);

    let answer: Answer;
    try {
      answer = await this.answer(recorded);
    } catch (error) {
      answer = [500, { message: `The fake Discord failed: ${(error as Error).stack ?? error}`, code: 0 }];
    }
    const [status, body, headers] = answer;
    recorded.status = status;
    recorded.response = body;
    if (!this.closed) send(res, status, body, headers);
    this.notify();
    for (const listener of this.responseListeners) listener(recorded);
    this.trimHistory();
  }

  /** Calls `listener` with every request once the fake has answered it. */
  on(event: "response", listener: (r: RecordedRequest) => void): this {
    this.responseListeners.push(listener);
    return this;
  }

  private trimHistory(): void {
    const limit = this.options.historyLimit;
    if (limit === undefined) return;
    if (this.requests.length > limit) this.requests.splice(0, this.requests.length - limit);
    for (const map of [this.messages, this.interactions, this.tokens] as Map<unknown, unknown>[]) {
      for (const key of map.keys()) {
        if (map.size <= limit) break;
        map.delete(key);
      }
    }
    const log = this.session?.log;
    if (log && log.length > limit) log.splice(0, log.length - limit);
  }

  /** Cuts the Gateway connection with no close frame (a network failure); discord.js resumes. */
  severGateway(): Promise<void> {
    return this.dropGateway("abnormal");
  }

  private async answer(r: RecordedRequest): Promise<Answer> {
    const fault = this.faults.find((f) => f.left > 0 && (!f.method || f.method.toUpperCase() === r.method) && pathMatches(f.path, r.path));
    if (fault) {
      fault.left--;
      fault.hits++;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.status !== undefined) {
        r.injected = true;
        const body = typeof fault.body === "function" ? (fault.body as (request: RecordedRequest) => unknown)(r) : fault.body;
        return [fault.status, body ?? { message: `${fault.status}: Injected error`, code: 0 }, fault.headers];
      }
    }

    let methodMismatch = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(r.path);
      if (!m) continue;
      if (route.method !== r.method) {
        methodMismatch = true;
        continue;
      }
      if (route.auth) {
        const auth = r.headers.authorization;
        if (!auth || !auth.startsWith("Bot ") || (this.options.token !== undefined && auth !== `Bot ${this.options.token}`)) {
          return [DiscordErrors.unauthorized.status, DiscordErrors.unauthorized.body];
        }
      }
      if (this.options.validateBodies && r.body !== undefined) {
        // Loose (Discord ignores unknown keys) and minus the spec's known mismatches (which Discord accepts).
        const issues = checkRequest(r.method, r.path, r.body, { strict: false, requireSchema: false })?.issues.filter((i) => !i.knownMismatch) ?? [];
        if (issues.length) return [400, { message: "Invalid Form Body", code: 50035, errors: toDiscordErrors(issues) }];
      }
      return route.handle(r, m.groups ?? {});
    }
    if (methodMismatch) return [405, { message: "405: Method Not Allowed", code: 0 }];
    return [404, { message: "404: Not Found", code: 0 }];
  }

  private buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (method: string, path: string, handle: Route["handle"], auth = true) => routes.push({ method, pattern: compilePath(path), auth, handle });

    add("GET", "/gateway", () => [200, { url: this.gatewayUrl }], false);
    add("GET", "/gateway/bot", () => {
      const result: RESTGetAPIGatewayBotResult = {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000 - this.identifies.length, reset_after: 86_400_000, max_concurrency: 1 },
      };
      return [200, result];
    });
    add("GET", "/users/@me", () => [200, this.botUser]);
    add("GET", "/applications/@me", () => [200, this.applicationPayload()]);
    add("GET", "/oauth2/applications/@me", () => [200, this.applicationPayload()]);

    // Application commands
    for (const scoped of ["/applications/:app/commands", "/applications/:app/guilds/:guild/commands"]) {
      add("PUT", scoped, (r, p) => this.putCommands(r, p));
      add("GET", scoped, (_r, p) => this.commandScope(p, (list) => [200, list]));
      add("POST", scoped, (r, p) => this.commandScope(p, (list, scope) => {
        const [command] = this.withIds([r.body], list, p, scope);
        const rest = list.filter((c) => !(c.name === command!.name && c.type === command!.type));
        this.commands.set(scope, [...rest, command!]);
        return [rest.length === list.length ? 201 : 200, command];
      }));
      add("GET", `${scoped}/:command`, (_r, p) => this.commandScope(p, (list) => {
        const c = list.find((x) => x.id === p.command);
        return c ? [200, c] : [404, { message: "Unknown application command", code: 10063 }];
      }));
      add("PATCH", `${scoped}/:command`, (r, p) => this.commandScope(p, (list) => {
        const c = list.find((x) => x.id === p.command);
        if (!c) return [404, { message: "Unknown application command", code: 10063 }];
        Object.assign(c, r.body, { id: c.id, version: snowflake() });
        return [200, c];
      }));
      add("DELETE", `${scoped}/:command`, (_r, p) => this.commandScope(p, (list, scope) => {
        if (!list.some((x) => x.id === p.command)) return [404, { message: "Unknown application command", code: 10063 }];
        this.commands.set(scope, list.filter((x) => x.id !== p.command));
        return [204];
      }));
    }

    // Interactions
    add("POST", "/interactions/:id/:token/callback", (r, p) => this.interactionCallbackRoute(r, p), false);
    add("POST", "/webhooks/:app/:token", (r, p) => this.followUpRoute(r, p), false);
    for (const method of ["GET", "PATCH", "DELETE"]) add(method, "/webhooks/:app/:token/messages/:message", (r, p) => this.webhookMessageRoute(r, p), false);

    // Channels, messages, pins
    add("GET", "/channels/:channel", (_r, p) => (p.channel === this.channelId ? [200, this.channelPayload()] : [DiscordErrors.unknownChannel.status, DiscordErrors.unknownChannel.body]));
    add("GET", "/channels/:channel/messages", (r, p) => this.inChannel(p, () => {
      const limit = Math.min(Number(r.query.get("limit") ?? 50), 100);
      const list = [...this.messages.values()].filter((m) => m.channel_id === p.channel).reverse().slice(0, limit);
      return [200, list];
    }));
    add("POST", "/channels/:channel/messages", (r, p) => this.inChannel(p, () => {
      if (isEmptyMessage(r.body, r.files)) return [DiscordErrors.emptyMessage.status, DiscordErrors.emptyMessage.body];
      const message = this.createMessage(p.channel!, r.body ?? {}, r.files, { type: r.body?.message_reference ? MessageType.Reply : MessageType.Default });
      return [200, message];
    }));
    add("GET", "/channels/:channel/messages/pins", (r, p) => this.inChannel(p, () => {
      const limit = Math.min(Number(r.query.get("limit") ?? 50), 50);
      const before = r.query.get("before");
      const items = [...this.pins.entries()]
        .map(([id, pinnedAt]) => ({ pinned_at: pinnedAt, message: this.messages.get(id) }))
        .filter((x): x is { pinned_at: string; message: APIMessage } => x.message?.channel_id === p.channel && (!before || x.pinned_at < before))
        .sort((a, b) => (a.pinned_at < b.pinned_at ? 1 : -1));
      return [200, { items: items.slice(0, limit), has_more: items.length > limit }];
    }));
    add("GET", "/channels/:channel/pins", (_r, p) => this.inChannel(p, () => {
      const list = [...this.pins.keys()].map((id) => this.messages.get(id)).filter((m) => m?.channel_id === p.channel);
      return [200, list.reverse()];
    }));
    for (const prefix of ["/channels/:channel/messages/pins/:message", "/channels/:channel/pins/:message"]) {
      add("PUT", prefix, (_r, p) => this.withMessage(p, (m) => {
        if (!this.pins.has(m.id)) {
          const inChannel = [...this.pins.keys()].filter((id) => this.messages.get(id)?.channel_id === p.channel);
          if (inChannel.length >= MAX_PINS) return [DiscordErrors.maxPins.status, DiscordErrors.maxPins.body];
          this.pins.set(m.id, new Date().toISOString());
          m.pinned = true;
        }
        return [204];
      }));
      add("DELETE", prefix, (_r, p) => this.withMessage(p, (m) => {
        this.pins.delete(m.id);
        m.pinned = false;
        return [204];
      }));
    }
    add("GET", "/channels/:channel/messages/:message", (_r, p) => this.withMessage(p, (m) => [200, m]));
    add("PATCH", "/channels/:channel/messages/:message", (r, p) => this.withMessage(p, (m) => [200, this.editMessage(m, r.body ?? {}, r.files)]));
    add("DELETE", "/channels/:channel/messages/:message", (_r, p) => this.withMessage(p, (m) => {
      this.deleteMessage(m.id);
      return [204];
    }));

    // Guild
    add("GET", "/guilds/:guild", (_r, p) => (p.guild === this.guildId ? [200, this.guildPayload()] : [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body]));
    add("GET", "/guilds/:guild/channels", (_r, p) => (p.guild === this.guildId ? [200, [this.channelPayload()]] : [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body]));
    add("GET", "/guilds/:guild/roles", (_r, p) => (p.guild === this.guildId ? [200, this.roles()] : [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body]));
    add("GET", "/guilds/:guild/members/:user", (_r, p) => {
      if (p.guild !== this.guildId) return [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body];
      const member = this.guildMembers().find((m) => m.user.id === p.user);
      return member ? [200, member] : [DiscordErrors.unknownMember.status, DiscordErrors.unknownMember.body];
    });
    return routes;
  }

  private serveAttachment(url: URL, res: ServerResponse): void {
    const id = url.pathname.split("/")[3] ?? "";
    const file = this.attachmentData.get(id);
    if (!file) return send(res, 404, { message: "404: Not Found", code: 0 });
    res.writeHead(200, { "content-type": file.contentType, "content-length": file.data.length });
    res.end(file.data);
  }

  private commandScope(p: Record<string, string>, fn: (list: APIApplicationCommand[], scope: string) => Answer): Answer {
    if (p.app !== this.applicationId) return [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body];
    if (p.guild !== undefined && p.guild !== this.guildId) return [DiscordErrors.missingAccess.status, DiscordErrors.missingAccess.body];
    const scope = p.guild ?? "global";
    return fn(this.commands.get(scope) ?? [], scope);
  }

  private putCommands(r: RecordedRequest, p: Record<string, string>): Answer {
    return this.commandScope(p, (list, scope) => {
      if (!Array.isArray(r.body)) return [400, { message: "Invalid Form Body", code: 50035, errors: { _errors: [{ code: "LIST_TYPE_CONVERT", message: "Only iterables may be used in a ListType" }] } }];
      const names = r.body.map((c: { name?: string; type?: number }) => `${c.type ?? 1}:${c.name}`);
      const duplicate = names.find((n: string, i: number) => names.indexOf(n) !== i);
      if (duplicate) return [400, { message: "Invalid Form Body", code: 50035, errors: { _errors: [{ code: "APPLICATION_COMMANDS_DUPLICATE_NAME", message: `Application command names must be unique (${duplicate})` }] } }];
      const echoed = this.withIds(r.body, list, p, scope);
      this.commands.set(scope, echoed);
      return [200, echoed];
    });
  }

  /** Echoes commands as Discord does: ids (kept for unchanged names), application_id, version, defaults. */
  private withIds(body: any[], existing: APIApplicationCommand[], p: Record<string, string>, scope: string): APIApplicationCommand[] {
    return body.map((c) => {
      const type = c.type ?? ApplicationCommandType.ChatInput;
      const previous = existing.find((x) => x.name === c.name && x.type === type);
      return {
        ...c,
        id: previous?.id ?? snowflake(),
        application_id: p.app!,
        version: snowflake(),
        type,
        description: c.description ?? "",
        default_member_permissions: c.default_member_permissions ?? null,
        nsfw: c.nsfw ?? false,
        ...(scope !== "global" ? { guild_id: scope } : {}),
      } as APIApplicationCommand;
    });
  }

  private inChannel(p: Record<string, string>, fn: () => Answer): Answer {
    if (p.channel !== this.channelId) return [DiscordErrors.unknownChannel.status, DiscordErrors.unknownChannel.body];
    return fn();
  }

  private withMessage(p: Record<string, string>, fn: (m: APIMessage) => Answer): Answer {
    return this.inChannel(p, () => {
      const m = this.messages.get(p.message!);
      if (!m || m.channel_id !== p.channel) return [DiscordErrors.unknownMessage.status, DiscordErrors.unknownMessage.body];
      return fn(m);
    });
  }

  // ---------------------------------------------------------------- interaction responses

  private interactionCallbackRoute(r: RecordedRequest, p: Record<string, string>): Answer {
    const rec = this.interactions.get(p.id!);
    if (!rec || rec.interaction.token !== p.token) return [DiscordErrors.unknownInteraction.status, DiscordErrors.unknownInteraction.body];
    const deadline = this.options.callbackDeadlineMs;
    if (deadline !== undefined && rec.dispatchedAt !== undefined && Date.now() - rec.dispatchedAt > deadline) {
      return [DiscordErrors.unknownInteraction.status, DiscordErrors.unknownInteraction.body];
    }
    if (rec.callbackType !== undefined) return [DiscordErrors.alreadyAcknowledged.status, DiscordErrors.alreadyAcknowledged.body];
    const type = r.body?.type as InteractionResponseType;
    if (!INTERACTION_RESPONSE_TYPES[rec.interaction.type]?.includes(type)) {
      return [400, invalidFormBody(["type"], "INTERACTION_RESPONSE_TYPE_INVALID", `Callback type ${type} is not valid for an interaction of type ${rec.interaction.type}`)];
    }
    const data = r.body?.data ?? {};
    const interaction = rec.interaction;
    let resourceMessage: APIMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        if (isEmptyMessage(data, r.files)) return [DiscordErrors.emptyMessage.status, DiscordErrors.emptyMessage.body];
        resourceMessage = this.createMessage(this.channelOf(interaction), data, r.files, this.interactionMessageExtras(rec));
        rec.originalMessageId = resourceMessage.id;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = MessageFlags.Loading | (Number(data.flags ?? 0) & MessageFlags.Ephemeral);
        const loading = this.createMessage(this.channelOf(interaction), { content: "", flags }, [], this.interactionMessageExtras(rec));
        rec.originalMessageId = loading.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const source = "message" in interaction && interaction.message ? this.messages.get(interaction.message.id) : undefined;
        if (!source) return [DiscordErrors.unknownMessage.status, DiscordErrors.unknownMessage.body];
        rec.originalMessageId = source.id;
        if (type === InteractionResponseType.UpdateMessage) resourceMessage = this.editMessage(source, data, r.files);
        break;
      }
      default:
        break;
    }
    if (rec.originalMessageId) rec.messageIds.add(rec.originalMessageId);
    rec.callbackType = type;
    if (r.query.get("with_response") === "true") {
      const original = rec.originalMessageId ? this.messages.get(rec.originalMessageId) : undefined;
      const result: RESTPostAPIInteractionCallbackWithResponseResult = {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(original
            ? {
                response_message_id: original.id,
                response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
                response_message_ephemeral: ((original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
              }
            : {}),
        },
        resource: { type, ...(resourceMessage ? { message: resourceMessage } : {}) },
      };
      return [200, result];
    }
    return [204];
  }

  private webhookRecord(p: Record<string, string>): InteractionRecord | undefined {
    if (p.app !== this.applicationId) return undefined;
    const rec = this.tokens.get(p.token!);
    if (!rec || rec.callbackType === undefined) return undefined;
    if (rec.callbackType === InteractionResponseType.ApplicationCommandAutocompleteResult || rec.callbackType === InteractionResponseType.Modal) return undefined;
    return rec;
  }

  private followUpRoute(r: RecordedRequest, p: Record<string, string>): Answer {
    const rec = this.webhookRecord(p);
    if (!rec) return [DiscordErrors.unknownWebhook.status, DiscordErrors.unknownWebhook.body];
    if (isEmptyMessage(r.body, r.files)) return [DiscordErrors.emptyMessage.status, DiscordErrors.emptyMessage.body];
    let message: APIMessage;
    const original = rec.originalMessageId ? this.messages.get(rec.originalMessageId) : undefined;
    if (rec.callbackType === InteractionResponseType.DeferredChannelMessageWithSource && original && (original.flags ?? 0) & MessageFlags.Loading) {
      // Discord: the first follow-up after a deferral edits the deferred ("thinking…") message.
      message = this.editMessage(original, r.body ?? {}, r.files);
    } else {
      message = this.createMessage(this.channelOf(rec.interaction), r.body ?? {}, r.files, this.interactionMessageExtras(rec));
      rec.messageIds.add(message.id);
    }
    return r.query.get("wait") === "true" ? [200, message] : [204];
  }

  private webhookMessageRoute(r: RecordedRequest, p: Record<string, string>): Answer {
    const rec = this.webhookRecord(p);
    if (!rec) return [DiscordErrors.unknownWebhook.status, DiscordErrors.unknownWebhook.body];
    const id = p.message === "@original" ? rec.originalMessageId : p.message;
    const message = id && rec.messageIds.has(id) ? this.messages.get(id) : undefined;
    if (!message) return [DiscordErrors.unknownMessage.status, DiscordErrors.unknownMessage.body];
    if (r.method === "GET") return [200, message];
    if (r.method === "DELETE") {
      this.deleteMessage(message.id);
      return [204];
    }
    return [200, this.editMessage(message, r.body ?? {}, r.files)];
  }

  // ---------------------------------------------------------------- message store

  private channelOf(interaction: APIInteraction): Snowflake {
    return interaction.channel?.id ?? interaction.channel_id ?? this.channelId;
  }

  private interactionMessageExtras(rec: InteractionRecord): Partial<APIMessage> {
    const i = rec.interaction;
    const user = i.member?.user ?? i.user!;
    const type =
      i.type === InteractionType.ApplicationCommand
        ? i.data.type === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand
        : MessageType.Default;
    return {
      type,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: { id: i.id, type: i.type, user, authorizing_integration_owners: i.authorizing_integration_owners } as APIMessage["interaction_metadata"],
    };
  }

  private attachmentsFor(channelId: Snowflake, body: any, files: UploadedFile[], existing: APIAttachment[] = []): APIAttachment[] {
    const described: { id: string | number; filename?: string; description?: string }[] | undefined = Array.isArray(body?.attachments) ? body.attachments : undefined;
    const kept = described ? existing.filter((a) => described.some((d) => String(d.id) === a.id)) : existing;
    const uploads = files.map((file, n) => {
      const index = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(n);
      const meta = described?.find((d) => String(d.id) === index);
      const id = snowflake();
      const filename = meta?.filename ?? file.filename;
      this.attachmentData.set(id, { data: file.data, contentType: file.contentType });
      const url = `http://127.0.0.1:${this.port}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
      return { id, filename, size: file.data.length, url, proxy_url: url, content_type: file.contentType, ...(meta?.description ? { description: meta.description } : {}) } as APIAttachment;
    });
    return [...kept, ...uploads];
  }

  private createMessage(channelId: Snowflake, body: any, files: UploadedFile[], extras: Partial<APIMessage> = {}): APIMessage {
    const message: APIMessage = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFor(channelId, body, files),
      embeds: (body.embeds ?? []).map((e: APIEmbed) => ({ type: "rich", ...e })),
      components: body.components ?? [],
      pinned: false,
      type: MessageType.Default,
      flags: Number(body.flags ?? 0),
      ...(body.message_reference ? { message_reference: { channel_id: channelId, guild_id: this.guildId, ...body.message_reference } } : {}),
      ...(body.poll ? { poll: body.poll } : {}),
      ...extras,
    };
    this.messages.set(message.id, message);
    return message;
  }

  private editMessage(message: APIMessage, body: any, files: UploadedFile[]): APIMessage {
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    if ("content" in body) message.content = body.content ?? "";
    if ("embeds" in body) message.embeds = (body.embeds ?? []).map((e: APIEmbed) => ({ type: "rich", ...e }));
    if ("components" in body) message.components = body.components ?? [];
    if ("attachments" in body || files.length) message.attachments = this.attachmentsFor(message.channel_id, body, files, message.attachments);
    const keep = (message.flags ?? 0) & MessageFlags.Ephemeral; // ephemerality is fixed when the message is created
    if (body.flags !== undefined && body.flags !== null) message.flags = keep | (Number(body.flags) & ~MessageFlags.Ephemeral & ~MessageFlags.Loading);
    else message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    if (!wasLoading) message.edited_timestamp = new Date().toISOString();
    return message;
  }

  private deleteMessage(id: Snowflake): void {
    this.messages.delete(id);
    this.pins.delete(id);
  }

  /** Puts a message (e.g. one written by a user) in the store; fills missing fields. */
  addMessage(partial: Partial<APIMessage> = {}): APIMessage {
    const message: APIMessage = {
      id: snowflake(),
      channel_id: this.channelId,
      author: this.member,
      content: "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: MessageType.Default,
      flags: 0 as MessageFlags,
      ...partial,
    };
    this.messages.set(message.id, message);
    if (message.pinned && !this.pins.has(message.id)) this.pins.set(message.id, new Date().toISOString());
    return message;
  }

  // ======================================================================== Gateway

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? "/", this.gatewayUrl);
    this.connections.push({ url: url.toString(), query: url.searchParams, at: Date.now() });
    if (this.closed) return void ws.terminate();
    const compress = url.searchParams.get("compress") === "zlib-stream" ? "zlib-stream" : null;
    const conn: GatewayConnection = { ws, url, state: "hello", compress, deflateChunks: [], sendChain: Promise.resolve() };
    if (compress) {
      conn.deflate = createDeflate({ chunkSize: 65535 });
      conn.deflate.on("data", (chunk: Buffer) => conn.deflateChunks.push(chunk));
    }
    // A new connection replaces the old one (Discord would have closed it).
    if (this.connection && this.connection.ws !== ws) this.connection.ws.terminate();
    this.connection = conn;
    ws.on("error", () => undefined);
    ws.on("close", (code) => {
      this.closeCodes.push(code);
      conn.deflate?.destroy();
      if (this.connection === conn) this.connection = undefined;
      // Discord ends the session when the client closes with 1000/1001; other codes keep it resumable.
      if ((code === 1000 || code === 1001) && conn.session && this.session === conn.session) this.session = undefined;
      this.notify();
    });

    if (url.searchParams.get("v") !== "10") return void ws.close(4012, "Invalid API version");
    if ((url.searchParams.get("encoding") ?? "json") !== "json") return void ws.close(4002, "Only JSON encoding is supported by the fake");

    this.send(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatInterval }, s: null, t: null });
    ws.on("message", (data, isBinary) => this.onGatewayMessage(conn, data, isBinary));
    this.notify();
  }

  private onGatewayMessage(conn: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: { op: number; d: any };
    try {
      if (isBinary) throw new Error("binary");
      payload = JSON.parse(String(data));
    } catch {
      return void conn.ws.close(4002, "Decode error");
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeatCount++;
        if (this.ackHeartbeats) this.send(conn, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, payload.d as GatewayIdentifyData);
        break;
      case GatewayOpcodes.Resume:
        this.onResume(conn, payload.d as GatewayResumeData);
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (conn.state !== "ready") conn.ws.close(4003, "Not authenticated");
        break;
      default:
        conn.ws.close(4001, "Unknown opcode");
    }
    this.notify();
  }

  private onIdentify(conn: GatewayConnection, d: GatewayIdentifyData): void {
    if (conn.state === "ready") return void conn.ws.close(4005, "Already authenticated");
    this.identifies.push(d);
    if (!d?.token || (this.options.token !== undefined && d.token !== this.options.token)) return void conn.ws.close(4004, "Authentication failed");
    if (typeof d.intents !== "number" && typeof d.intents !== "string") return void conn.ws.close(4013, "Invalid intent(s)");
    if (d.compress === true && !conn.compress) conn.compress = "identify";
    const session: GatewaySession = { id: `fake-session-${snowflake()}`, seq: 0, shard: d.shard ?? [0, 1], log: [] };
    this.session = session;
    conn.session = session;
    conn.state = "ready";
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.resumeGatewayUrl,
      shard: session.shard,
      application: { id: this.applicationId, flags: ApplicationFlags.GatewayMessageContentLimited, flags_new: String(ApplicationFlags.GatewayMessageContentLimited) },
    };
    this.sendDispatch(GatewayDispatchEvents.Ready, ready, false);
    this.sendDispatch(GatewayDispatchEvents.GuildCreate, this.guildPayload());
    this.readyCount++;
  }

  private onResume(conn: GatewayConnection, d: GatewayResumeData): void {
    this.resumePayloads.push(d);
    if (this.options.token !== undefined && d?.token !== this.options.token) return void conn.ws.close(4004, "Authentication failed");
    const session = this.session;
    if (!session || session.id !== d?.session_id) {
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    conn.session = session;
    conn.state = "ready";
    for (const entry of session.log) if (entry.s > (d.seq ?? 0)) this.sendRaw(conn, entry.payload);
    this.sendDispatch(GatewayDispatchEvents.Resumed, {}, false);
    this.resumeTotal++;
    this.readyCount++;
  }

  private send(conn: GatewayConnection, payload: unknown): void {
    this.sendRaw(conn, JSON.stringify(payload));
  }

  private sendRaw(conn: GatewayConnection, json: string): void {
    const ws = conn.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (conn.compress === "zlib-stream" && conn.deflate) {
      const deflate = conn.deflate;
      conn.sendChain = conn.sendChain.then(
        () =>
          new Promise<void>((resolve) => {
            deflate.write(json);
            deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
              const frame = Buffer.concat(conn.deflateChunks);
              conn.deflateChunks = [];
              if (ws.readyState === ws.OPEN) ws.send(frame, { binary: true });
              resolve();
            });
          }),
      );
    } else if (conn.compress === "identify") {
      ws.send(deflateSync(json), { binary: true });
    } else {
      ws.send(json);
    }
  }

  private sendDispatch(t: string, d: unknown, log = true): number {
    const session = this.session;
    if (!session) throw new Error(`Cannot dispatch ${t}: no Gateway session (the client has not identified yet, or its session ended)`);
    const s = ++session.seq;
    const json = JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s, d });
    if (log) session.log.push({ s, payload: json });
    const conn = this.connection;
    if (conn && conn.state === "ready" && conn.session === session) this.sendRaw(conn, json);
    return s;
  }

  /** Sends a dispatch (op 0) with the next sequence number; kept for replay if the client is disconnected. Returns the sequence number. */
  dispatch(eventName: GatewayDispatchEvents | string, data: unknown): number {
    if (eventName === GatewayDispatchEvents.InteractionCreate) this.register(data as APIInteraction).dispatchedAt = Date.now();
    return this.sendDispatch(eventName, data);
  }

  /** Dispatches INTERACTION_CREATE and returns the interaction, for chaining. */
  dispatchInteraction<T extends APIInteraction>(interaction: T): T {
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    return interaction;
  }

  /**
   * Ends the Gateway connection as a fault would. 4000 (default) and other 4xxx resumable codes
   * and `"abnormal"` (TCP reset, the client sees 1006) make discord.js resume; 1000 makes it
   * identify again (a new session).
   */
  async dropGateway(closeCode: number | "abnormal" = 4000): Promise<void> {
    const conn = this.connection;
    if (!conn) return;
    const closed = once(conn.ws, "close");
    if (closeCode === "abnormal" || closeCode === 1006) conn.ws.terminate();
    else conn.ws.close(closeCode, "Dropped by the fake");
    await closed;
  }

  /** Sends op 7 Reconnect: discord.js closes and resumes. */
  requestReconnect(): void {
    if (this.connection) this.send(this.connection, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 Invalid Session; when not resumable the session ends and discord.js identifies again. */
  invalidateSession(resumable = false): void {
    if (!resumable) this.session = undefined;
    if (this.connection) this.send(this.connection, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Sends op 1: the client must heartbeat at once. */
  requestHeartbeat(): void {
    if (this.connection) this.send(this.connection, { op: GatewayOpcodes.Heartbeat, d: this.session?.seq ?? null, s: null, t: null });
  }

  /** Resolves once the client has identified or resumed `count` times in all (READY+GUILD_CREATE, or RESUMED, sent). */
  waitForReady(count = 1, timeoutMs = 10_000): Promise<void> {
    return this.waitUntil(
      () => (this.readyCount >= count ? true : undefined),
      timeoutMs,
      () => `the client identified/resumed ${this.readyCount} time(s), waiting for ${count}; connections: ${this.connections.map((c) => c.url).join(", ") || "none"}`,
    ).then(() => undefined);
  }

  /** Resolves once the client has resumed `count` times in all. */
  waitForResume(count = 1, timeoutMs = 10_000): Promise<void> {
    return this.waitUntil(
      () => (this.resumeTotal >= count ? true : undefined),
      timeoutMs,
      () => `the client resumed ${this.resumeTotal} time(s), waiting for ${count} (identifies: ${this.identifies.length})`,
    ).then(() => undefined);
  }

  // ======================================================================== payloads

  private applicationPayload() {
    return {
      id: this.applicationId,
      name: this.options.botUsername,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot: this.botUser,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: ApplicationFlags.GatewayMessageContentLimited,
      team: null,
      owner: { id: this.ownerId, username: "owner", discriminator: "0", global_name: null, avatar: null },
      approximate_guild_count: 1,
      integration_types_config: { [ApplicationIntegrationType.GuildInstall]: {} },
    };
  }

  private channelPayload(): APITextChannel {
    return {
      id: this.channelId,
      type: ChannelType.GuildText,
      guild_id: this.guildId,
      name: this.options.channelName,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      parent_id: null,
      rate_limit_per_user: 0,
      flags: 0 as ChannelFlags,
    };
  }

  private roles(): APIRole[] {
    const base = { color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, mentionable: false, flags: 0 };
    return [
      { ...base, id: this.guildId, name: "@everyone", position: 0, permissions: String(DEFAULT_MEMBER_PERMISSIONS), managed: false },
      { ...base, id: this.botRoleId, name: this.options.botUsername, position: 1, permissions: String(BOT_PERMISSIONS), managed: true, tags: { bot_id: this.applicationId } },
    ];
  }

  private guildMembers(): (APIGuildMember & { user: APIUser })[] {
    const joined = new Date().toISOString();
    const base = { deaf: false, mute: false, flags: 0 as GuildMemberFlags, joined_at: joined, premium_since: null, pending: false, nick: null, avatar: null, banner: null };
    return [
      { ...base, user: this.botUser, roles: [this.botRoleId] },
      { ...base, user: this.member, roles: [] },
    ];
  }

  /** The GUILD_CREATE payload sent after READY (also `GET /guilds/{id}`). */
  guildPayload(): GatewayGuildCreateDispatchData {
    return {
      id: this.guildId,
      name: this.options.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.ownerId,
      region: "",
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: this.roles(),
      emojis: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: this.guildMembers(),
      channels: [this.channelPayload()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ======================================================================== interaction builders

  private register(interaction: APIInteraction): InteractionRecord {
    let rec = this.interactions.get(interaction.id);
    if (!rec) {
      rec = { interaction, messageIds: new Set() };
      this.interactions.set(interaction.id, rec);
      this.tokens.set(interaction.token, rec);
    }
    return rec;
  }

  private base(o: InteractionContextOptions) {
    const dm = o.dm ?? o.guild === false;
    const user = o.user ?? o.member?.user ?? this.member;
    const guildId = o.guildId ?? this.guildId;
    const channelId = o.channelId ?? this.channelId;
    const locale = (o.locale ?? Locale.EnglishUS) as Locale;
    const permissions = String(o.member?.permissions ?? o.permissions ?? DEFAULT_MEMBER_PERMISSIONS);
    const member: APIInteractionGuildMember = {
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      premium_since: null,
      pending: false,
      nick: null,
      avatar: null,
      banner: null,
      communication_disabled_until: null,
      ...o.member,
      user,
      permissions,
    };
    const common = {
      id: snowflake(),
      application_id: this.applicationId,
      token: `fake-interaction-token-${snowflake()}-${"x".repeat(40)}`,
      version: 1 as const,
      app_permissions: String(o.appPermissions ?? BOT_PERMISSIONS),
      locale,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (dm) {
      return {
        ...common,
        user,
        channel: { id: channelId, type: ChannelType.DM as const, recipients: [user], last_message_id: null, flags: 0 },
        channel_id: channelId,
        authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
        context: InteractionContextType.BotDM,
      };
    }
    return {
      ...common,
      guild_id: guildId,
      guild_locale: (o.guildLocale ?? Locale.EnglishUS) as Locale,
      guild: { id: guildId, locale: (o.guildLocale ?? Locale.EnglishUS) as Locale, features: [] },
      member,
      channel: { ...this.channelPayload(), id: channelId, guild_id: guildId },
      channel_id: channelId,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
      context: InteractionContextType.Guild,
    };
  }

  /** Another user of the guild (or a bot), for interactions from several members. */
  user(username: string, options: { bot?: boolean } = {}): APIUser {
    return { id: snowflake(), username, discriminator: "0", global_name: username, avatar: null, ...(options.bot ? { bot: true } : {}) };
  }

  /**
   * An attachment option as Discord sends it: the file is kept by this fake's CDN (its URL, on
   * 127.0.0.1, serves it) and described in the `resolved` data to pass with the interaction.
   */
  attachmentOption(name: string, filename: string, data: string | Uint8Array, contentType: string): { option: APIApplicationCommandInteractionDataOption; resolved: APIInteractionDataResolved } {
    const id = snowflake();
    const bytes = Buffer.from(data);
    this.attachmentData.set(id, { data: bytes, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`;
    const attachment: APIAttachment = { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
    return { option: { name, type: ApplicationCommandOptionType.Attachment, value: id }, resolved: { attachments: { [id]: attachment } } };
  }

  /** `resolved` data for user options: each user, with guild member data (and channel permissions) unless `member: false`. */
  resolvedUsers(users: { user: APIUser; member?: boolean; permissions?: bigint }[]): APIInteractionDataResolved {
    const resolved: { users: Record<string, APIUser>; members: Record<string, unknown> } = { users: {}, members: {} };
    for (const { user, member = true, permissions = DEFAULT_MEMBER_PERMISSIONS } of users) {
      resolved.users[user.id] = user;
      if (member) resolved.members[user.id] = { roles: [], joined_at: new Date().toISOString(), flags: 0, permissions: String(permissions) };
    }
    return resolved as APIInteractionDataResolved;
  }

  /** A slash command interaction. `chatInput({ name, options })`; the positional form `chatInput(name, options, context)` also works. */
  chatInput(spec: ChatInputOptions): APIChatInputApplicationCommandInteraction;
  chatInput(name: string, options?: APIApplicationCommandInteractionDataOption[], context?: InteractionContextOptions & { resolved?: APIInteractionDataResolved }): APIChatInputApplicationCommandInteraction;
  chatInput(
    spec: ChatInputOptions | string,
    options: APIApplicationCommandInteractionDataOption[] = [],
    context: InteractionContextOptions & { resolved?: APIInteractionDataResolved } = {},
  ): APIChatInputApplicationCommandInteraction {
    const o: ChatInputOptions = typeof spec === "string" ? { ...context, name: spec, options } : spec;
    const interaction = {
      ...this.base(o),
      type: InteractionType.ApplicationCommand,
      data: {
        id: o.commandId ?? this.commandIdFor(o.name, ApplicationCommandType.ChatInput),
        name: o.name,
        type: ApplicationCommandType.ChatInput,
        ...(o.options?.length ? { options: o.options } : {}),
        ...(o.resolved ? { resolved: o.resolved } : {}),
      },
    } as APIChatInputApplicationCommandInteraction;
    this.register(interaction);
    return interaction;
  }

  /** An autocomplete interaction; one option must be focused (`focused: "name"` or `focused: true` on the option). */
  autocomplete(spec: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction;
  autocomplete(name: string, options: APIApplicationCommandInteractionDataOption[], context?: InteractionContextOptions): APIApplicationCommandAutocompleteInteraction;
  autocomplete(spec: AutocompleteOptions | string, options: APIApplicationCommandInteractionDataOption[] = [], context: InteractionContextOptions = {}): APIApplicationCommandAutocompleteInteraction {
    const o: AutocompleteOptions = typeof spec === "string" ? { ...context, name: spec, options } : spec;
    const marked = markFocused(structuredClone(o.options), o.focused);
    if (!marked.found) throw new Error(`autocomplete(${o.name}): no option is focused; pass focused: "<option name>" or set focused: true on an option`);
    const interaction = {
      ...this.base(o),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: o.commandId ?? this.commandIdFor(o.name, ApplicationCommandType.ChatInput), name: o.name, type: ApplicationCommandType.ChatInput, options: marked.options },
    } as APIApplicationCommandAutocompleteInteraction;
    this.register(interaction);
    return interaction;
  }

  /** A button press on `message` (default: a new bot message carrying that button, put in the store). */
  button(spec: ButtonOptions): APIMessageComponentButtonInteraction;
  button(customId: string, message?: APIMessage, context?: InteractionContextOptions): APIMessageComponentButtonInteraction;
  button(spec: ButtonOptions | string, message?: APIMessage, context: InteractionContextOptions = {}): APIMessageComponentButtonInteraction {
    const o: ButtonOptions = typeof spec === "string" ? { ...context, customId: spec, ...(message ? { message } : {}) } : spec;
    let target = o.message ? this.messages.get(o.message.id) : undefined;
    if (!target) {
      target = o.message
        ? this.addMessage(o.message)
        : this.addMessage({
            author: this.botUser,
            content: "A message with a button",
            components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: o.customId, label: "Button" }] }],
          });
    }
    const interaction = {
      ...this.base(o),
      type: InteractionType.MessageComponent,
      message: structuredClone(target),
      data: { custom_id: o.customId, component_type: ComponentType.Button },
    } as APIMessageComponentButtonInteraction;
    this.register(interaction);
    return interaction;
  }

  /** A message context-menu command on `targetMessage` (added to the store, so the bot can pin/fetch it). */
  messageContextMenu(spec: MessageContextMenuOptions): APIMessageApplicationCommandInteraction;
  messageContextMenu(name: string, targetMessage: Partial<APIMessage>, context?: InteractionContextOptions): APIMessageApplicationCommandInteraction;
  messageContextMenu(spec: MessageContextMenuOptions | string, targetMessage: Partial<APIMessage> = {}, context: InteractionContextOptions = {}): APIMessageApplicationCommandInteraction {
    const o: MessageContextMenuOptions = typeof spec === "string" ? { ...context, name: spec, targetMessage } : spec;
    const existing = o.targetMessage.id ? this.messages.get(o.targetMessage.id) : undefined;
    const target = existing ?? this.addMessage({ author: o.user ?? this.member, ...o.targetMessage, channel_id: o.targetMessage.channel_id ?? o.channelId ?? this.channelId });
    const interaction = {
      ...this.base(o),
      type: InteractionType.ApplicationCommand,
      data: {
        id: o.commandId ?? this.commandIdFor(o.name, ApplicationCommandType.Message),
        name: o.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: structuredClone(target) } },
      },
    } as APIMessageApplicationCommandInteraction;
    this.register(interaction);
    return interaction;
  }

  /** The id of a registered command with that name (so interactions carry the real id), else a fresh one. */
  private commandIdFor(name: string, type: ApplicationCommandType): Snowflake {
    for (const list of this.commands.values()) {
      const c = list.find((x) => x.name === name && x.type === type);
      if (c) return c.id;
    }
    return snowflake();
  }

  // ======================================================================== shutdown

  /** Closes the Gateway and HTTP servers and every socket; safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const w of [...this.waiters]) w.fail(new Error("The fake Discord was closed while a test was waiting on it"));
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

// ---------------------------------------------------------------------------------- helpers

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function compilePath(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (typeof pattern !== "string") return pattern.test(path);
  return pattern.includes("/:") ? compilePath(pattern).test(path) : pattern === path;
}

function toPredicate(match: RequestMatcher): (r: RecordedRequest) => boolean {
  if (typeof match === "function") return match;
  return (r) => (!match.method || match.method.toUpperCase() === r.method) && (match.path === undefined || pathMatches(match.path, r.path));
}

function describeMatcher(match: RequestMatcher): string {
  if (typeof match === "function") return match.toString().replace(/\s+/g, " ").slice(0, 160);
  return `${match.method ?? "*"} ${match.path ?? "*"}`;
}

function isSuccess(r: RecordedRequest): boolean {
  return r.status !== undefined && r.status >= 200 && r.status < 300;
}

/** `#3 POST /interactions/1/tok/callback?with_response=false → 204` (never headers). */
export function describeRequest(r: RecordedRequest): string {
  const q = r.query.toString();
  const extra = r.injected ? " (injected)" : "";
  return `#${r.index} ${r.method} ${r.path}${q ? `?${q}` : ""} → ${r.status ?? "pending"}${extra}`;
}

/** Copies headers; `authorization` stays readable but prints and serialises as "[redacted]". */
function redactable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy: IncomingHttpHeaders = { ...headers };
  const redacted = () => ({ ...copy, ...(copy.authorization ? { authorization: "[redacted]" } : {}) });
  Object.defineProperty(copy, "toJSON", { value: redacted, enumerable: false });
  Object.defineProperty(copy, inspect.custom, { value: redacted, enumerable: false });
  return copy;
}

function invalidFormBody(path: string[], code: string, message: string) {
  let errors: Record<string, unknown> = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) errors = { [key]: errors };
  return { message: "Invalid Form Body", code: 50035, errors };
}

function isEmptyMessage(body: any, files: UploadedFile[]): boolean {
  if (files.length) return false;
  if (!body || typeof body !== "object") return true;
  const has = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== "");
  return !(has(body.content) || has(body.embeds) || has(body.components) || has(body.attachments) || has(body.poll) || has(body.sticker_ids));
}

function markFocused(options: APIApplicationCommandInteractionDataOption[], name: string | undefined): { options: APIApplicationCommandInteractionDataOption[]; found: boolean } {
  let found = false;
  const walk = (list: any[]) => {
    for (const option of list) {
      if (name !== undefined && option.name === name && "value" in option) option.focused = true;
      if (option.focused) found = true;
      if (Array.isArray(option.options)) walk(option.options);
    }
  };
  walk(options);
  return { options, found };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function parseBody(contentType: string | undefined, raw: Buffer): Promise<{ body: any; files: UploadedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const files: UploadedFile[] = [];
    let body: any;
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") body = JSON.parse(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type || "application/octet-stream", data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  const text = raw.toString("utf8");
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
