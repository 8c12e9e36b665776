import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIChatInputApplicationCommandInteraction,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageApplicationCommandInteraction,
  type APIGuildMember,
  type APIUser,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A local fake of Discord for end-to-end tests: the REST API over HTTP and the Gateway over
 * WebSocket, both on 127.0.0.1, speaking enough of the real protocol for the real discord.js
 * Client to log in (`rest: { api: fake.apiUrl }`; it finds the Gateway through
 * `GET /gateway/bot`), receive READY and GUILD_CREATE, keep its heartbeat, resume after a
 * dropped connection, receive dispatched interactions and answer them over REST. Every REST
 * request is recorded so tests can assert what the bot sent; errors and delays can be
 * injected per route. Events: `request` (a request arrived) and `response` (the fake answered
 * it; `status` is set), both with the `RecordedRequest`.
 */

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** Parsed JSON body (for multipart, the `payload_json` part), or undefined. */
  body: any;
  /** When it arrived (`performance.now()`, ms). */
  at: number;
  /** The status the fake answered with, once it has. */
  status?: number;
}

export interface InjectedError {
  method?: string;
  path: RegExp | string;
  status: number;
  /** The error body, or a function of the request (e.g. a server that echoes what it got). */
  body?: unknown | ((request: RecordedRequest) => unknown);
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Wait this long before answering (a slow Discord). */
  delayMs?: number;
}

export interface FakeDiscordOptions {
  /** Gateway heartbeat interval sent in HELLO (ms). */
  heartbeatInterval?: number;
  /**
   * Keep at most this many recorded requests, messages and replayable dispatches (oldest go
   * first); default unbounded. Long runs (the soak) set it so the fake's memory stays flat.
   */
  historyLimit?: number;
}

/**
 * A 429 as Discord sends it, with the headers @discordjs/rest reads: `retry-after` (seconds),
 * `x-ratelimit-scope`, and `x-ratelimit-global` for the global limit.
 */
export function rateLimited(retryAfterSeconds: number, options: { global?: boolean; scope?: "user" | "global" | "shared" } = {}): Pick<InjectedError, "status" | "headers" | "body"> {
  const global = options.global ?? false;
  const scope = options.scope ?? (global ? "global" : "user");
  return {
    status: 429,
    headers: {
      "retry-after": String(retryAfterSeconds),
      "x-ratelimit-scope": scope,
      ...(global ? { "x-ratelimit-global": "true" } : { "x-ratelimit-limit": "5", "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": String(retryAfterSeconds), "x-ratelimit-bucket": "fake-bucket" }),
    },
    body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global, ...(global ? { code: 0 } : {}) },
  };
}

let snowflakeCounter = 0n;
/** Unique snowflakes, increasing, close to now (discord.js reads timestamps from them). */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) + snowflakeCounter).toString();
}

export const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.UseApplicationCommands;
export const BOT_PERMISSIONS =
  DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.PinMessages;

export class FakeDiscord extends EventEmitter<{ request: [RecordedRequest]; response: [RecordedRequest] }> {
  readonly applicationId = snowflake();
  readonly botUser: APIUser = { id: this.applicationId, username: "treaty-bot", discriminator: "0", global_name: null, avatar: null, bot: true };
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly member: APIUser = { id: snowflake(), username: "member", discriminator: "0", global_name: "A Member", avatar: null };

  readonly requests: RecordedRequest[] = [];
  readonly identifies: any[] = [];
  resumes = 0;
  /** Messages the bot created, by id. */
  readonly messages = new Map<string, APIMessage>();

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private sequence = 0;
  private readonly sentDispatches: { s: number; payload: unknown }[] = [];
  private readonly sessionId = `session-${snowflake()}`;
  private readonly errors: (InjectedError & { left: number })[] = [];
  private readonly waiters = new Set<() => void>();
  private readyResolvers: (() => void)[] = [];
  private readyCount = 0;
  private closed = false;

  private constructor(private readonly options: Required<FakeDiscordOptions>) {
    super();
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/gateway" });
    this.wss.on("connection", (ws) => this.onConnection(ws));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord({ heartbeatInterval: options.heartbeatInterval ?? 10_000, historyLimit: options.historyLimit ?? Infinity });
    fake.server.listen(0, "127.0.0.1");
    await once(fake.server, "listening");
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  /** REST base for discord.js (`rest: { api }`): it appends `/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  // ---------------------------------------------------------------- REST

  injectRestError(error: InjectedError): void {
    this.errors.push({ ...error, left: error.times ?? 1 });
  }

  /** Resolves with the first request (recorded at index >= `since`) matching `predicate`. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, { since = 0, timeoutMs = 5000 } = {}): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.requests.slice(since).find(predicate);
        if (found) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`No matching request within ${timeoutMs} ms. Recorded: ${this.requests.map((r) => `${r.method} ${r.path}`).join(", ") || "none"}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** The interaction callback the bot sent for `interaction` (POST /interactions/{id}/{token}/callback). */
  interactionCallback(interaction: APIInteraction, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, { timeoutMs });
  }

  /** Requests the bot made with an interaction's token after its callback (edits, follow-ups, deletes). */
  webhookRequests(interaction: APIInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(`/webhooks/${this.applicationId}/${interaction.token}`));
  }

  waitForWebhook(interaction: APIInteraction, method: string, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === method && r.path.startsWith(`/webhooks/${this.applicationId}/${interaction.token}`), { timeoutMs });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // discord.js percent-encodes path segments (`@original` arrives as `%40original`).
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, "");
    const raw = await readBody(req);
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(req.headers["content-type"], raw),
      at: performance.now(),
    };
    this.requests.push(recorded);
    if (this.requests.length > this.options.historyLimit) this.requests.splice(0, this.requests.length - this.options.historyLimit);
    for (const w of [...this.waiters]) w();
    this.emit("request", recorded);

    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      recorded.status = send(res, status, body, headers);
      this.emit("response", recorded);
    };
    const injected = this.errors.find((e) => e.left > 0 && (!e.method || e.method === recorded.method) && (typeof e.path === "string" ? e.path === path : e.path.test(path)));
    if (injected) {
      injected.left--;
      if (injected.delayMs) await sleep(injected.delayMs);
      if (injected.status < 400) {
        // a delay-only injection: fall through to the normal answer
      } else {
        const body = typeof injected.body === "function" ? injected.body(recorded) : injected.body;
        return answer(injected.status, body ?? { message: "Injected error", code: 0 }, injected.headers);
      }
    }
    const [status, body] = this.route(recorded);
    answer(status, body);
  }

  private route(r: RecordedRequest): [number, unknown] {
    const { method, path, body } = r;
    let m: RegExpMatchArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === "GET" && path === "/gateway") return [200, { url: this.gatewayUrl }];
    if (method === "GET" && path === "/users/@me") return [200, this.botUser];
    if (method === "GET" && path === "/applications/@me") return [200, { id: this.applicationId, name: "treaty-bot", flags: 0, bot: this.botUser }];
    if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && method === "PUT") {
      const list = Array.isArray(body) ? body : [];
      return [200, list.map((c: any) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }))];
    }
    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && method === "POST") {
      const type = body?.type;
      let message: APIMessage | undefined;
      if (type === 4) message = this.storeMessage(body.data ?? {}, m[2]!, true);
      if (type === 7) {
        const original = this.originalOf(m[2]!);
        if (original) Object.assign(original, body.data ?? {});
      }
      if (r.query.get("with_response") === "true") {
        return [200, { interaction: { id: m[1], type: 2 }, resource: message ? { type, message } : { type } }];
      }
      return [204, undefined];
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && method === "POST") {
      return [200, this.storeMessage(body ?? {}, m[2]!, false)];
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) {
      const [, , token, which] = m as unknown as [string, string, string, string];
      let msg = which === "@original" ? this.originalOf(token) : this.messages.get(which);
      if (method === "PATCH" && which === "@original" && !msg) msg = this.storeMessage({}, token, true); // edit after a deferral
      if (!msg) return [404, { message: "Unknown Message", code: 10008 }];
      if (method === "GET") return [200, msg];
      if (method === "PATCH") return [200, Object.assign(msg, body ?? {})];
      if (method === "DELETE") {
        this.messages.delete(msg.id);
        return [204, undefined];
      }
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === "POST") {
      return [200, this.storeMessage(body ?? {}, undefined, false, m[1])];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/pins\/(\d+)$/)) && (method === "PUT" || method === "DELETE")) {
      const msg = this.messages.get(m[2]!);
      if (msg) msg.pinned = method === "PUT";
      return [204, undefined];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/pins$/)) && method === "GET") {
      const items = [...this.messages.values()].filter((x) => x.pinned).map((message) => ({ pinned_at: new Date().toISOString(), message }));
      return [200, { items, has_more: false }];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      const msg = this.messages.get(m[2]!);
      if (!msg) return [404, { message: "Unknown Message", code: 10008 }];
      if (method === "GET") return [200, msg];
      if (method === "DELETE") {
        this.messages.delete(msg.id);
        return [204, undefined];
      }
    }
    return [404, { message: `The fake has no route for ${method} ${path}`, code: 0 }];
  }

  private readonly originals = new Map<string, string>();
  private originalOf(token: string): APIMessage | undefined {
    const id = this.originals.get(token);
    return id ? this.messages.get(id) : undefined;
  }

  private storeMessage(data: any, token: string | undefined, original: boolean, channelId = this.channelId): APIMessage {
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: data.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      type: 0,
      flags: data.flags ?? 0,
      webhook_id: token ? this.applicationId : undefined,
    } as APIMessage;
    this.messages.set(message.id, message);
    if (token && original) this.originals.set(token, message.id);
    trimMap(this.messages, this.options.historyLimit);
    trimMap(this.originals, this.options.historyLimit);
    return message;
  }

  // ---------------------------------------------------------------- Gateway

  /** Resolves once the client has identified (or resumed) and received READY and the guild. */
  waitForReady(count = 1, timeoutMs = 10_000): Promise<void> {
    if (this.readyCount >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("The client never identified")), timeoutMs);
      const check = () => {
        if (this.readyCount >= count) {
          clearTimeout(timer);
          resolve();
        } else this.readyResolvers.push(check);
      };
      this.readyResolvers.push(check);
    });
  }

  private markReady() {
    this.readyCount++;
    const r = this.readyResolvers;
    this.readyResolvers = [];
    r.forEach((f) => f());
  }

  private onConnection(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatInterval }, s: null, t: null }));
    ws.on("message", (data) => {
      let payload: any;
      try {
        payload = JSON.parse(String(data));
      } catch {
        return ws.close(4002, "Decode error");
      }
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
          break;
        case GatewayOpcodes.Identify:
          this.identifies.push(payload.d);
          this.sendDispatch(GatewayDispatchEvents.Ready, {
            v: 10,
            user: this.botUser,
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: this.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard: payload.d.shard ?? [0, 1],
            application: { id: this.applicationId, flags: 0 },
          });
          this.sendDispatch(GatewayDispatchEvents.GuildCreate, this.guildPayload());
          this.markReady();
          break;
        case GatewayOpcodes.Resume: {
          this.resumes++;
          const missed = this.sentDispatches.filter((d) => d.s > (payload.d.seq ?? 0));
          for (const d of missed) ws.send(JSON.stringify(d.payload));
          this.sendDispatch(GatewayDispatchEvents.Resumed, {});
          this.markReady();
          break;
        }
        default:
          break;
      }
    });
  }

  private guildPayload() {
    return {
      id: this.guildId,
      name: "Treaty readers",
      icon: null,
      owner_id: snowflake(),
      roles: [{ id: this.guildId, name: "@everyone", permissions: String(DEFAULT_MEMBER_PERMISSIONS), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: this.channelId, type: ChannelType.GuildText, name: "treaty", position: 0, guild_id: this.guildId, permission_overwrites: [] }],
      members: [{ user: this.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
      member_count: 2,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      features: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      preferred_locale: "en-US",
      premium_tier: 0,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      system_channel_flags: 0,
    };
  }

  /** Sends a dispatch event (op 0) to the connected client. */
  dispatch(t: string, d: unknown): void {
    this.sendDispatch(t, d);
  }

  private sendDispatch(t: string, d: unknown): void {
    const s = ++this.sequence;
    const payload = { op: GatewayOpcodes.Dispatch, t, s, d };
    if (t !== GatewayDispatchEvents.Ready && t !== GatewayDispatchEvents.Resumed) {
      this.sentDispatches.push({ s, payload });
      if (this.sentDispatches.length > this.options.historyLimit) this.sentDispatches.shift();
    }
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(payload));
  }

  /** Dispatches INTERACTION_CREATE and returns the interaction, for chaining. */
  dispatchInteraction<T extends APIInteraction>(interaction: T): T {
    this.sendDispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    return interaction;
  }

  /** Closes the Gateway connection as a network fault would; discord.js reconnects and resumes. */
  dropGateway(code = 4000): void {
    this.socket?.close(code, "Dropped by the fake");
  }

  /** Cuts the Gateway connection without a close frame (a dead network path: the client sees 1006). */
  severGateway(): void {
    this.socket?.terminate();
  }

  // ---------------------------------------------------------------- Interaction payloads

  private base(overrides: { user?: APIUser; permissions?: bigint; appPermissions?: bigint; guild?: boolean; locale?: string } = {}) {
    const user = overrides.user ?? this.member;
    const guild = overrides.guild ?? true;
    const member: APIGuildMember & { permissions: string } = {
      user,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as APIGuildMember["flags"],
      permissions: String(overrides.permissions ?? DEFAULT_MEMBER_PERMISSIONS),
    };
    return {
      id: snowflake(),
      application_id: this.applicationId,
      token: `interaction-token-${snowflake()}-${"x".repeat(40)}`,
      version: 1 as const,
      app_permissions: String(overrides.appPermissions ?? BOT_PERMISSIONS),
      locale: (overrides.locale ?? "en-US") as any,
      entitlements: [],
      authorizing_integration_owners: { "0": this.guildId },
      context: guild ? 0 : 1,
      attachment_size_limit: 10 * 1024 * 1024,
      channel: { id: this.channelId, type: ChannelType.GuildText, name: "treaty", guild_id: this.guildId, permission_overwrites: [], position: 0, flags: 0 } as any,
      channel_id: this.channelId,
      ...(guild ? { guild_id: this.guildId, guild_locale: "en-US", member, guild: { id: this.guildId, locale: "en-US", features: [] } } : { user }),
    };
  }

  chatInput(
    name: string,
    options: APIApplicationCommandInteractionDataOption[] = [],
    overrides: Parameters<FakeDiscord["base"]>[0] & { resolved?: any } = {},
  ): APIChatInputApplicationCommandInteraction {
    return {
      ...this.base(overrides),
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, ...(overrides.resolved ? { resolved: overrides.resolved } : {}) },
    } as APIChatInputApplicationCommandInteraction;
  }

  autocomplete(name: string, options: APIApplicationCommandInteractionDataOption[], overrides: Parameters<FakeDiscord["base"]>[0] = {}): APIApplicationCommandAutocompleteInteraction {
    return {
      ...this.base(overrides),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  button(customId: string, message?: APIMessage, overrides: Parameters<FakeDiscord["base"]>[0] = {}): APIMessageComponentButtonInteraction {
    const msg = message ?? ({ id: snowflake(), channel_id: this.channelId, author: this.botUser, content: "", timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0 } as unknown as APIMessage);
    return {
      ...this.base(overrides),
      type: InteractionType.MessageComponent,
      message: msg,
      data: { custom_id: customId, component_type: ComponentType.Button },
    } as APIMessageComponentButtonInteraction;
  }

  messageContextMenu(name: string, target: Partial<APIMessage> & { content: string }, overrides: Parameters<FakeDiscord["base"]>[0] = {}): APIMessageApplicationCommandInteraction {
    const message = {
      id: snowflake(),
      channel_id: this.channelId,
      author: this.member,
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
      type: 0,
      flags: 0,
      ...target,
    } as APIMessage;
    return {
      ...this.base(overrides),
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name, type: ApplicationCommandType.Message, target_id: message.id, resolved: { messages: { [message.id]: message } } },
    } as APIMessageApplicationCommandInteraction;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseBody(contentType: string | undefined, raw: Buffer): any {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  if (contentType?.startsWith("multipart/form-data")) {
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1];
    return json ? JSON.parse(json) : undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Writes the response and returns the status sent. */
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
  if (status === 204 || body === undefined) {
    const sent = status === 200 ? 204 : status;
    res.writeHead(sent, headers);
    res.end();
    return sent;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
  return status;
}

function trimMap(map: Map<string, unknown>, limit: number): void {
  for (const key of map.keys()) {
    if (map.size <= limit) break;
    map.delete(key);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
