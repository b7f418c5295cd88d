/**
 * Everything the fake Discord knows (users, guilds, channels, messages, interactions, commands,
 * hosted files, logs) plus the change-notification machinery tests wait on. Shared by the REST
 * side, the gateway side and the test-driver API.
 */
import type { BodyIssue, DiscordFormErrors } from './schema.js';
import {
  ChannelType,
  SnowflakeFactory,
  apiUser,
  type FakeAttachment,
  type FakeChannel,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
  type Json,
} from './objects.js';

/** Message flags used by the fake. */
export const MessageFlags = { Ephemeral: 1 << 6, Loading: 1 << 7, IsComponentsV2: 1 << 15 } as const;

/** Interaction types (discord.com/developers/docs/interactions/receiving-and-responding). */
export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

/** Interaction callback types. */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
  LaunchActivity: 12,
} as const;

/** Resolved configuration of a fake. */
export interface FakeConfig {
  token: string;
  applicationId: string;
  shards: number;
  heartbeatIntervalMs: number;
  interactionTimeoutMs: number;
  interactionTokenTtlMs: number;
  maxConcurrency: number;
  /** Privileged intents the application is allowed to request (bitmask). */
  allowedPrivilegedIntents: number;
  defaultTimeoutMs: number;
  settleMs: number;
}

/** One REST request as seen by the fake. */
export interface RestRequestRecord {
  method: string;
  /** Decoded path after `/api/v10` (`/interactions/1/tok/callback`), or the raw path for non-API requests. */
  path: string;
  /** The route template that handled it (`/channels/{channel_id}/messages`), if any. */
  route: string | null;
  query: Record<string, string>;
  /** Parsed JSON body (or `payload_json` of a multipart body). */
  body: unknown;
  files: Array<{ field: string; filename: string; size: number; contentType: string }>;
  /** Whether an `Authorization` header was sent (its value is not kept). */
  authorized: boolean;
  status: number;
  response: unknown;
  /** `Date.now()` when the request arrived. */
  time: number;
  durationMs: number;
  /** Set when the response came from failNextRest / setRestDown rather than the route. */
  fault?: string;
}

/** A body Discord would have rejected (400 50035 / 50006). */
export interface BodyErrorRecord {
  method: string;
  path: string;
  route: string;
  /** `openapi` = failed the discord-api-spec schema; `discord-limits` = a Discord rule the schema doesn't encode. */
  source: 'openapi' | 'discord-limits';
  /** The spec schema(s) used, for `openapi`. */
  schema?: string;
  code: number;
  issues: BodyIssue[];
  errors: DiscordFormErrors;
  body: unknown;
  time: number;
}

/** A request no route of the fake handles. */
export interface UnknownRouteRecord {
  method: string;
  path: string;
  time: number;
}

/** A command as registered by PUT/POST .../commands, with the fields Discord adds. */
export interface RegisteredCommand extends Json {
  id: string;
  application_id: string;
  name: string;
  type: number;
  version: string;
  guild_id?: string;
}

/** One acknowledgement attempt of an interaction. */
export interface CallbackRecord {
  type: number;
  body: Json;
  at: number;
  status: number;
}

/** Everything that happened to one interaction sent by the test. */
export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  /** The `d` of the INTERACTION_CREATE dispatch. */
  readonly payload: Json;
  readonly createdAt: number;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string;
  /** Shard the dispatch was routed to. */
  readonly shard: number;
  /** First successful acknowledgement (callback type), if any. */
  ackType: number | null;
  ackedAt: number | null;
  /** Every callback attempt, including rejected ones. */
  callbacks: CallbackRecord[];
  deferred: boolean;
  ephemeral: boolean;
  /** The `@original` message: the response message, or the component's message for types 6/7. */
  original: FakeMessage | null;
  originalDeleted: boolean;
  followUps: FakeMessage[];
  /** Edits of `@original` / follow-ups, in order. */
  edits: Array<{ messageId: string; body: Json; at: number }>;
  /** Autocomplete choices (callback type 8). */
  choices: Array<Json> | null;
  /** Modal shown (callback type 9). */
  modal: Json | null;
  /** The message a component interaction was triggered from. */
  sourceMessage: FakeMessage | null;
  /** Bumped on every change. */
  version: number;
}

/** A channel known to the fake: a guild channel or the bot's DM with a user. */
export type StoredChannel = { kind: 'guild'; channel: FakeChannel } | { kind: 'dm'; id: string; userId: string };

/** A file served by the fake's HTTP server. */
export interface HostedFile {
  attachment: FakeAttachment;
  bytes: Buffer;
}

/** Thrown inside REST handlers to produce a Discord error response. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: DiscordFormErrors,
  ) {
    super(message);
  }
}

interface Waiter {
  check: () => boolean;
}

export class FakeState {
  readonly snowflakes = new SnowflakeFactory();
  readonly bot: FakeUser;
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  /** guild id → user id → member JSON (as known from interactions / the bot's own membership). */
  readonly members = new Map<string, Map<string, Json>>();
  readonly channels = new Map<string, StoredChannel>();
  readonly dmChannelByUser = new Map<string, string>();
  /** Every message the fake knows, by id (user messages sent by tests and bot messages). */
  readonly messages = new Map<string, FakeMessage>();
  /** Messages the bot created through `POST /channels/{id}/messages`, in order. */
  readonly channelMessages: FakeMessage[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly interactionsByToken = new Map<string, FakeInteraction>();
  /** Last registered command list per scope: `global` or a guild id. */
  readonly registeredCommands: Record<string, RegisteredCommand[]> = {};
  readonly files = new Map<string, HostedFile>();
  readonly requests: RestRequestRecord[] = [];
  readonly unknownRoutes: UnknownRouteRecord[] = [];
  readonly schemaErrors: BodyErrorRecord[] = [];
  readonly reactions: Array<{ channelId: string; messageId: string; emoji: string; added: boolean; at: number }> = [];
  baseUrl = '';
  closed = false;
  readonly #waiters = new Set<Waiter>();

  constructor(readonly config: FakeConfig) {
    this.bot = { id: config.applicationId, username: 'FakeBot', globalName: 'Fake Bot', bot: true };
    this.users.set(this.bot.id, this.bot);
  }

  /** Re-evaluates every pending wait; call after any state change. */
  notify(): void {
    for (const w of [...this.#waiters]) w.check();
  }

  /**
   * Resolves with the first truthy value of `probe()`, re-checked after every state change.
   * Rejects after `timeoutMs` with a message naming `description` and a summary of recent traffic.
   */
  waitFor<T>(probe: () => T | undefined | null | false, description: string, timeoutMs = this.config.defaultTimeoutMs): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const waiter: Waiter = {
        check: () => {
          if (done) return true;
          let value: T | undefined | null | false;
          try {
            value = probe();
          } catch (err) {
            finish();
            reject(err instanceof Error ? err : new Error(String(err)));
            return true;
          }
          if (value) {
            finish();
            resolve(value);
            return true;
          }
          if (this.closed) {
            finish();
            reject(new Error(`fake-discord: closed while waiting for ${description}`));
            return true;
          }
          return false;
        },
      };
      const timer = setTimeout(() => {
        if (done) return;
        finish();
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${description}.\n${this.diagnostics()}`));
      }, timeoutMs);
      const finish = () => {
        done = true;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
      };
      this.#waiters.add(waiter);
      waiter.check();
    });
  }

  /** A short summary of recent REST traffic, appended to timeout errors. */
  diagnostics(): string {
    const recent = this.requests.slice(-12).map((r) => `  ${r.method} ${r.path} -> ${r.status}${r.fault ? ` (${r.fault})` : ''}`);
    const lines = [`Recent REST requests (${this.requests.length} total):`, ...(recent.length ? recent : ['  (none)'])];
    if (this.unknownRoutes.length) lines.push(`Unknown routes: ${this.unknownRoutes.map((u) => `${u.method} ${u.path}`).join(', ')}`);
    if (this.schemaErrors.length) lines.push(`Rejected bodies: ${this.schemaErrors.map((e) => `${e.method} ${e.path} ${JSON.stringify(e.errors)}`).join('; ')}`);
    return lines.join('\n');
  }

  /** Rejects all waits; used by close(). */
  closeAll(): void {
    this.closed = true;
    this.notify();
  }

  // ---- users, channels, guilds -------------------------------------------------------------

  /** Adds (or updates) a user; unspecified fields get defaults. */
  ensureUser(input: Partial<FakeUser> & { id?: string } = {}): FakeUser {
    const id = input.id ?? this.snowflakes.next();
    const existing = this.users.get(id);
    if (existing) {
      Object.assign(existing, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      return existing;
    }
    const n = this.users.size;
    const user: FakeUser = {
      id,
      username: input.username ?? `user${n}`,
      globalName: input.globalName ?? input.username ?? `User ${n}`,
      bot: input.bot ?? false,
      ...(input.dmsClosed ? { dmsClosed: true } : {}),
    };
    this.users.set(id, user);
    return user;
  }

  /** The bot's DM channel with `userId` (created on first use). */
  dmChannelFor(userId: string): string {
    let id = this.dmChannelByUser.get(userId);
    if (!id) {
      id = this.snowflakes.next();
      this.dmChannelByUser.set(userId, id);
      this.channels.set(id, { kind: 'dm', id, userId });
    }
    return id;
  }

  memberJson(guildId: string, userId: string): Json | undefined {
    return this.members.get(guildId)?.get(userId);
  }

  setMember(guildId: string, userId: string, member: Json): void {
    let m = this.members.get(guildId);
    if (!m) this.members.set(guildId, (m = new Map()));
    m.set(userId, member);
  }

  // ---- messages ------------------------------------------------------------------------------

  /** Builds and stores a message authored by `author`. */
  createMessage(opts: {
    channelId: string;
    guildId?: string | null;
    author: FakeUser;
    body: Json;
    attachments?: FakeAttachment[];
    type?: number;
    webhookId?: string;
    extra?: Json;
  }): FakeMessage {
    const now = new Date();
    const body = opts.body;
    const ref = body['message_reference'] as Json | undefined;
    const referenced = ref && typeof ref['message_id'] === 'string' ? (this.messages.get(ref['message_id']) ?? null) : undefined;
    const msg: FakeMessage = {
      id: this.snowflakes.next(now.getTime()),
      channel_id: opts.channelId,
      ...(opts.guildId ? { guild_id: opts.guildId } : {}),
      author: apiUser(opts.author),
      content: typeof body['content'] === 'string' ? body['content'] : '',
      timestamp: now.toISOString(),
      edited_timestamp: null,
      tts: body['tts'] === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: opts.attachments ?? [],
      embeds: normalizeEmbeds(body['embeds']),
      components: normalizeComponents(body['components']),
      pinned: false,
      type: opts.type ?? (ref ? 19 : 0),
      flags: typeof body['flags'] === 'number' ? body['flags'] : 0,
      ...(opts.webhookId ? { webhook_id: opts.webhookId, application_id: opts.webhookId } : {}),
      ...(body['nonce'] !== undefined ? { nonce: body['nonce'] } : {}),
      ...(ref
        ? {
            message_reference: {
              type: 0,
              channel_id: (ref['channel_id'] as string | undefined) ?? opts.channelId,
              ...(ref['message_id'] ? { message_id: ref['message_id'] } : {}),
              ...(opts.guildId ? { guild_id: opts.guildId } : {}),
            },
            referenced_message: referenced ?? null,
          }
        : {}),
      ...(opts.extra ?? {}),
    };
    if (Array.isArray(body['sticker_ids'])) msg['sticker_items'] = [];
    if (body['poll']) msg['poll'] = body['poll'];
    this.messages.set(msg.id, msg);
    return msg;
  }

  /** Applies a PATCH body to a stored message (fields present in the body replace the old ones). */
  editMessage(msg: FakeMessage, body: Json, newAttachments: FakeAttachment[]): FakeMessage {
    if ('content' in body) msg.content = typeof body['content'] === 'string' ? body['content'] : '';
    if ('embeds' in body) msg.embeds = normalizeEmbeds(body['embeds']);
    if ('components' in body) msg.components = normalizeComponents(body['components']);
    if (typeof body['flags'] === 'number') msg.flags = (msg.flags & MessageFlags.Ephemeral) | body['flags'];
    if ('attachments' in body || newAttachments.length) {
      const keep = Array.isArray(body['attachments'])
        ? msg.attachments.filter((a) => (body['attachments'] as Json[]).some((b) => String(b['id']) === a.id))
        : msg.attachments;
      msg.attachments = [...keep, ...newAttachments];
    }
    msg.flags &= ~MessageFlags.Loading;
    msg.edited_timestamp = new Date().toISOString();
    return msg;
  }

  // ---- files ---------------------------------------------------------------------------------

  /** Serves `bytes` at a URL on the fake and returns the attachment object. */
  hostFile(filename: string, bytes: Uint8Array, contentType: string, extra: Partial<FakeAttachment> = {}): FakeAttachment {
    const id = this.snowflakes.next();
    const url = `${this.baseUrl}/attachments/${extra['channel_id'] ?? '0'}/${id}/${encodeURIComponent(filename)}`;
    const attachment: FakeAttachment = {
      id,
      filename,
      size: bytes.byteLength,
      url,
      proxy_url: url,
      content_type: contentType,
      ...extra,
    };
    delete attachment['channel_id'];
    this.files.set(id, { attachment, bytes: Buffer.from(bytes) });
    return attachment;
  }

  isGuildTextChannel(id: string): boolean {
    const c = this.channels.get(id);
    return c?.kind === 'guild' && (c.channel.type === ChannelType.GuildText || c.channel.type === ChannelType.GuildAnnouncement);
  }
}

let componentIds = 0;

function normalizeEmbeds(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  return value.map((e) => ({ type: 'rich', ...(e as Json) }));
}

function normalizeComponents(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  const walk = (c: Json): Json => {
    const out: Json = { id: ++componentIds, ...c };
    if (Array.isArray(c['components'])) out['components'] = (c['components'] as Json[]).map(walk);
    return out;
  };
  return value.map((c) => walk(c as Json));
}

/** All `custom_id`s in a message's components (any depth). */
export function customIdsOf(message: FakeMessage): string[] {
  const out: string[] = [];
  const walk = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const o = c as Json;
    if (typeof o['custom_id'] === 'string') out.push(o['custom_id']);
    for (const key of ['components', 'accessory']) {
      const v = o[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v) walk(v);
    }
  };
  message.components.forEach(walk);
  return out;
}

/** The component with `customId` in a message, if any. */
export function findComponent(message: FakeMessage, customId: string): Json | undefined {
  let found: Json | undefined;
  const walk = (c: unknown) => {
    if (found || !c || typeof c !== 'object') return;
    const o = c as Json;
    if (o['custom_id'] === customId) found = o;
    for (const key of ['components', 'accessory']) {
      const v = o[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v) walk(v);
    }
  };
  message.components.forEach(walk);
  return found;
}
