/**
 * A fake Discord (REST + gateway) on 127.0.0.1 for end-to-end tests of discord.js bots.
 *
 * ```ts
 * const fake = await startFakeDiscord({ token: 'test-token', applicationId: '1100000000000000001' });
 * const client = new Client({ intents: [...], partials: [Partials.Channel], rest: { api: fake.apiUrl } });
 * await client.login('test-token');
 * await fake.waitForReady();
 * const ix = fake.sendSlashCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'Who leads?' }] });
 * const res = await fake.waitForInteractionResponse(ix.id);
 * expect(res.content).toContain('Kenya');
 * await client.destroy(); await fake.close();
 * ```
 * See README.md next to this file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway, Intent, PRIVILEGED_INTENTS, type GatewayTarget, type IdentifyRecord, type LostDispatch, type ResumeRecord } from './gateway.js';
import {
  ChannelType,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  apiChannel,
  apiDmChannel,
  apiMember,
  apiUser,
  randomToken,
  type FakeAttachment,
  type FakeChannel,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
  type Json,
} from './objects.js';
import { RestApi, type CustomRouteHandler, type RestFault } from './rest.js';
import { loadSpecValidator } from './schema.js';
import {
  CallbackType,
  FakeState,
  InteractionType,
  MessageFlags,
  customIdsOf,
  findComponent,
  type BodyErrorRecord,
  type FakeConfig,
  type FakeInteraction,
  type RegisteredCommand,
  type RestRequestRecord,
  type UnknownRouteRecord,
} from './state.js';

export { CallbackType, InteractionType, MessageFlags } from './state.js';
export { Intent } from './gateway.js';
export { ChannelType, Permission, shardOfGuild, SnowflakeFactory } from './objects.js';
export type { FakeAttachment, FakeGuild, FakeChannel, FakeMessage, FakeUser, Json } from './objects.js';
export type { BodyErrorRecord, FakeInteraction, RegisteredCommand, RestRequestRecord, UnknownRouteRecord } from './state.js';
export type { IdentifyRecord, ResumeRecord, LostDispatch, GatewayTarget } from './gateway.js';
export type { RestFault, RouteContext, RouteResult, CustomRouteHandler } from './rest.js';

/** A guild to create in the fake. Everything is optional. */
export interface FakeGuildInput {
  id?: string;
  name?: string;
  ownerId?: string;
  /** Channels (default: one text channel `general`). */
  channels?: Array<{ id?: string; name: string; type?: number; parentId?: string | null }>;
  /** Extra roles (the @everyone role and the bot's managed role are always added). */
  roles?: Array<{ id?: string; name: string; permissions: string }>;
  /** Permissions of @everyone (default: a fresh server's). */
  everyonePermissions?: string;
  /** Permissions of the bot's managed role. */
  botPermissions?: string;
  /** Pick an id that routes to this shard (ignored when `id` is given). */
  shard?: number;
}

/** Options of {@link startFakeDiscord}. */
export interface StartFakeDiscordOptions {
  /** The bot token clients must use (`Authorization: Bot <token>`, IDENTIFY). Default `fake-discord-token`. */
  token?: string;
  /** Application id = the bot's user id. Default `1100000000000000001`. */
  applicationId?: string;
  /** Guilds the bot is in. Default: one guild per shard, each with a `general` text channel. */
  guilds?: FakeGuildInput[];
  /**
   * Shard count recommended by GET /gateway/bot. Default 1. Note discord.js only follows the
   * recommendation with the client option `shards: 'auto'` (its default is one shard).
   */
  shards?: number;
  /** HELLO heartbeat_interval in ms. Default 1000 (Discord: ~41250). */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction may be acknowledged. Default 3000 (Discord's rule). */
  interactionTimeoutMs?: number;
  /** How long interaction tokens work for follow-ups/edits. Default 15 minutes. */
  interactionTokenTtlMs?: number;
  /**
   * `session_start_limit.max_concurrency`. Default 16 so shards identify in parallel; with 1 (small
   * bots on real Discord) discord.js waits ~5 s between IDENTIFYs of different shards.
   */
  maxConcurrency?: number;
  /** Privileged intents the app may request (GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT by default); others close 4014. */
  allowedPrivilegedIntents?: number;
  /** Default timeout of every wait, ms. Default 5000. */
  defaultTimeoutMs?: number;
  /** How long an interaction response must be quiet before waitForInteractionResponse resolves. Default 50. */
  settleMs?: number;
  /** Throw in sendSlashCommand/sendAutocomplete when the command was not registered via PUT/POST .../commands. Default false. */
  requireRegisteredCommands?: boolean;
}

/** A command option as the user fills it in. */
export interface CommandOptionInput {
  name: string;
  /** Option type: 1 sub-command, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 9 mentionable, 10 number, 11 attachment. */
  type: number;
  value?: string | number | boolean;
  /** For autocomplete: the option being typed. */
  focused?: boolean;
  options?: CommandOptionInput[];
}

/** Who performs an interaction / sends a message. A string is a user id. */
export type UserInput = string | (Partial<FakeUser> & { id?: string });

/** Guild-member details of the invoking user. */
export interface MemberInput {
  /** Effective permissions in the channel (decimal string). Default: @everyone + the given roles. */
  permissions?: string;
  roles?: string[];
  nick?: string | null;
}

/** Where an interaction happens: a guild channel (default) or the bot's DMs (`guildId: null`). */
export interface InteractionPlace {
  /** Guild id; `null` for a DM with the bot. Default: the first guild. */
  guildId?: string | null;
  /** Channel id. Default: the guild's first text channel / the user's DM channel. */
  channelId?: string;
  user?: UserInput;
  member?: MemberInput;
  locale?: string;
}

/** Input of {@link FakeDiscord.sendSlashCommand}. */
export interface SlashCommandInput extends InteractionPlace {
  name: string;
  options?: CommandOptionInput[];
  /** Shorthand: wrap `options` in this sub-command. */
  subcommand?: string;
  /** Shorthand: wrap the sub-command in this group. */
  subcommandGroup?: string;
  /** Merged into `data.resolved` (attachments/users given as options are resolved automatically). */
  resolved?: Json;
}

/** Input of {@link FakeDiscord.sendButton} / {@link FakeDiscord.sendSelectMenu}. */
export interface ComponentInput {
  /** The message carrying the component (as returned by the fake) or its id. */
  message: FakeMessage | string;
  customId: string;
  user?: UserInput;
  member?: MemberInput;
  locale?: string;
}

/** Input of {@link FakeDiscord.sendDirectMessage}. */
export interface DirectMessageInput {
  /** Sender id (created if unknown). */
  userId?: string;
  user?: Partial<FakeUser>;
  content: string;
  /** The sender is a bot (author.bot = true). */
  bot?: boolean;
  attachments?: FakeAttachment[];
  /** Id of a message this one replies to. */
  replyTo?: string;
}

/** Input of {@link FakeDiscord.sendGuildMessage}. */
export interface GuildMessageInput {
  guildId?: string;
  channelId?: string;
  user?: UserInput;
  content: string;
  bot?: boolean;
  /** Whether the message @mentions the bot (then content is visible even without MESSAGE_CONTENT). */
  mentionsBot?: boolean;
  attachments?: FakeAttachment[];
}

/** The user-visible outcome of an interaction (see {@link FakeDiscord.waitForInteractionResponse}). */
export interface InteractionResponse {
  /** The live record of the interaction (all callbacks, edits, follow-ups). */
  interaction: FakeInteraction;
  /** Callback type of the acknowledgement (4, 5, 6, 7, 8, 9 ...). */
  type: number;
  deferred: boolean;
  ephemeral: boolean;
  /** The visible message: the reply (after edits), or the component's message for types 6/7. Snapshot. */
  message: FakeMessage | null;
  /** `message.content` or ''. */
  content: string;
  embeds: Json[];
  components: Json[];
  /** Follow-up messages (snapshots). */
  followUps: FakeMessage[];
  /** Autocomplete choices (type 8). */
  choices: Json[] | null;
  /** The modal shown (type 9). */
  modal: Json | null;
}

/** Options of the wait helpers. */
export interface WaitOptions {
  timeoutMs?: number;
}

const DEFAULT_APP_ID = '1100000000000000001';

function orBig(...perms: Array<string | undefined>): string {
  return perms.reduce((acc, p) => acc | BigInt(p ?? '0'), 0n).toString();
}

/** The fake Discord. Create with {@link startFakeDiscord}. */
export class FakeDiscord {
  /** Base URL of the fake's HTTP server, e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** What to give discord.js as `rest.api` (and DISCORD_API_URL): `${baseUrl}/api`. */
  readonly apiUrl: string;
  /** The gateway URL returned by GET /gateway/bot, e.g. `ws://127.0.0.1:40123/gateway`. */
  readonly gatewayUrl: string;
  /** A regular (non-bot) user used when a test doesn't name one. */
  readonly defaultUser: FakeUser;

  readonly #state: FakeState;
  readonly #gateway: Gateway;
  readonly #rest: RestApi;
  readonly #server: Server;
  readonly #requireRegistered: boolean;

  /** @internal use {@link startFakeDiscord} */
  constructor(parts: { state: FakeState; gateway: Gateway; rest: RestApi; server: Server; port: number; requireRegistered: boolean; defaultUser: FakeUser }) {
    this.#state = parts.state;
    this.#gateway = parts.gateway;
    this.#rest = parts.rest;
    this.#server = parts.server;
    this.#requireRegistered = parts.requireRegistered;
    this.defaultUser = parts.defaultUser;
    this.baseUrl = `http://127.0.0.1:${parts.port}`;
    this.apiUrl = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${parts.port}/gateway`;
  }

  // ---- configuration & inspection -------------------------------------------------------------

  /** The bot token clients must use. */
  get token(): string {
    return this.#state.config.token;
  }
  /** The application id (= the bot user's id). */
  get applicationId(): string {
    return this.#state.config.applicationId;
  }
  /** The bot user. */
  get botUser(): FakeUser {
    return this.#state.bot;
  }
  /** Guilds the bot is in. */
  get guilds(): FakeGuild[] {
    return [...this.#state.guilds.values()];
  }
  /** The first guild (what interactions default to). */
  get defaultGuild(): FakeGuild {
    const g = this.guilds[0];
    if (!g) throw new Error('fake-discord: no guilds configured');
    return g;
  }
  /** The first text channel of the first guild. */
  get defaultChannel(): FakeChannel {
    const c = this.defaultGuild.channels.find((ch) => ch.type === ChannelType.GuildText);
    if (!c) throw new Error('fake-discord: the default guild has no text channel');
    return c;
  }
  /** Every REST request (API and attachment downloads), in arrival order. */
  get requests(): readonly RestRequestRecord[] {
    return this.#state.requests;
  }
  /** Requests no route of the fake handles (answered 404/405). Assert empty. */
  get unknownRoutes(): readonly UnknownRouteRecord[] {
    return this.#state.unknownRoutes;
  }
  /** Bodies Discord would reject (50035/50006): discord-api-spec schema failures and Discord limits. Assert empty. */
  get schemaErrors(): readonly BodyErrorRecord[] {
    return this.#state.schemaErrors;
  }
  /** Last registered command list per scope: `registeredCommands.global`, `registeredCommands[guildId]`. */
  get registeredCommands(): Readonly<Record<string, RegisteredCommand[]>> {
    return this.#state.registeredCommands;
  }
  /** Every IDENTIFY received (accepted or not), with intents and shard arrays. */
  get identifies(): readonly IdentifyRecord[] {
    return this.#gateway.identifies;
  }
  /** Every RESUME received. */
  get resumes(): readonly ResumeRecord[] {
    return this.#gateway.resumes;
  }
  /** Heartbeats received over all connections. */
  get heartbeats(): number {
    return this.#gateway.heartbeatCount;
  }
  /** Dispatches that could not be delivered (no session, missing intent, session replaced...). */
  get lostDispatches(): readonly LostDispatch[] {
    return this.#gateway.lostDispatches;
  }
  /** Gateway protocol problems (bad payloads, rejected IDENTIFY/RESUME...). */
  get protocolErrors(): ReadonlyArray<{ at: number; message: string }> {
    return this.#gateway.protocolErrors;
  }
  /** Other gateway payloads clients sent (presence updates, member requests...). */
  get gatewayReceived(): ReadonlyArray<{ at: number; op: number; d: unknown; shard: number | null }> {
    return this.#gateway.received;
  }
  /** Open gateway connections. */
  get openConnections(): number {
    return [...this.#gateway.connections].filter((c) => c.open).length;
  }
  /** Messages the bot posted with POST /channels/{id}/messages (guild channels and DMs), in order. */
  get channelMessages(): readonly FakeMessage[] {
    return this.#state.channelMessages;
  }
  /** Every interaction sent by the test, by id. */
  get interactions(): ReadonlyMap<string, FakeInteraction> {
    return this.#state.interactions;
  }
  /** Reactions the bot added/removed. */
  get reactions(): ReadonlyArray<{ channelId: string; messageId: string; emoji: string; added: boolean; at: number }> {
    return this.#state.reactions;
  }
  /** A message by id (any message the fake knows). */
  message(id: string): FakeMessage | undefined {
    return this.#state.messages.get(id);
  }
  /** The id of the bot's DM channel with a user (created on first use). */
  dmChannelId(userId: string): string {
    return this.#state.dmChannelFor(userId);
  }
  /** The shard a guild's events go to. */
  shardOf(guildId: string): number {
    return this.#gateway.shardForGuild(guildId);
  }

  /**
   * Everything that looks like a bug on the client side: unknown routes, rejected bodies,
   * protocol errors, lost dispatches. `expect(fake.problems()).toEqual([])` at the end of a test.
   */
  problems(): string[] {
    return [
      ...this.unknownRoutes.map((u) => `unknown route ${u.method} ${u.path}`),
      ...this.schemaErrors.map((e) => `rejected body (${e.source}, ${e.code}) ${e.method} ${e.path}: ${JSON.stringify(e.errors)}`),
      ...this.protocolErrors.map((e) => `gateway: ${e.message}`),
      ...this.lostDispatches.map((l) => `lost dispatch ${l.t} for shard ${l.shard}: ${l.reason}`),
    ];
  }

  // ---- users & files ----------------------------------------------------------------------------

  /** Adds (or updates) a user the fake knows (so e.g. the bot can open a DM with them). */
  addUser(user: Partial<FakeUser> & { id?: string } = {}): FakeUser {
    return this.#state.ensureUser(user);
  }

  /**
   * Serves `bytes` from the fake's HTTP server and returns a Discord attachment object
   * (`{ id, url, filename, size, content_type, ... }`), usable in `resolved.attachments` or as an
   * attachment option value (`{ name, type: 11, value: att.id }` resolves automatically).
   */
  hostAttachment(filename: string, bytes: Uint8Array | string, contentType = 'application/octet-stream'): FakeAttachment {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    return this.#state.hostFile(filename, data, contentType, { ephemeral: true } as Partial<FakeAttachment>);
  }

  /** The bytes of a hosted/uploaded attachment (e.g. a file the bot attached to a reply). */
  attachmentBytes(attachmentId: string): Buffer | undefined {
    return this.#state.files.get(attachmentId)?.bytes;
  }

  /**
   * Adds a REST route (OpenAPI-style template relative to /api/v10, e.g. `/guilds/{guild_id}/bans/{user_id}`).
   * Custom routes win over built-in ones. Bodies are still schema-checked against discord-api-spec.
   */
  addRoute(method: string, template: string, handler: CustomRouteHandler, options: { auth?: boolean } = {}): void {
    this.#rest.addRoute(method, template, handler, options);
  }

  // ---- driving the client ------------------------------------------------------------------

  #user(input: UserInput | undefined): FakeUser {
    if (input === undefined) return this.defaultUser;
    if (typeof input === 'string') return this.#state.users.get(input) ?? this.#state.ensureUser({ id: input });
    return this.#state.ensureUser(input);
  }

  #guild(id: string): FakeGuild {
    const g = this.#state.guilds.get(id);
    if (!g) throw new Error(`fake-discord: unknown guild ${id}`);
    return g;
  }

  #permissionsIn(g: FakeGuild, roles: string[]): string {
    const everyone = g.roles.find((r) => r.id === g.id)?.permissions;
    return orBig(everyone, ...g.roles.filter((r) => roles.includes(r.id)).map((r) => r.permissions));
  }

  #botPermissions(g: FakeGuild): string {
    return orBig(...g.roles.filter((r) => r.id === g.id || r.botId === this.#state.bot.id).map((r) => r.permissions));
  }

  /** Builds the shared part of an INTERACTION_CREATE payload and records the interaction. */
  #interaction(type: number, place: InteractionPlace, data: Json, sourceMessage: FakeMessage | null = null): FakeInteraction {
    const s = this.#state;
    const user = this.#user(place.user);
    const guildId = place.guildId === undefined ? (this.guilds[0]?.id ?? null) : place.guildId;
    const id = s.snowflakes.next();
    const token = Buffer.from(`interaction:${id}:${randomToken(36)}`).toString('base64url');
    let channelId: string;
    const payload: Json = {
      id,
      application_id: s.config.applicationId,
      type,
      token,
      version: 1,
      locale: place.locale ?? 'en-US',
      entitlements: [],
      entitlement_sku_ids: [],
      attachment_size_limit: 10_485_760,
      data,
    };
    if (guildId) {
      const g = this.#guild(guildId);
      const channel = place.channelId
        ? g.channels.find((c) => c.id === place.channelId)
        : g.channels.find((c) => c.type === ChannelType.GuildText);
      if (!channel) throw new Error(`fake-discord: guild ${guildId} has no channel ${place.channelId ?? '(text)'}`);
      channelId = channel.id;
      const roles = place.member?.roles ?? [];
      const permissions = place.member?.permissions ?? this.#permissionsIn(g, roles);
      const member = apiMember(user, roles, g.joinedAt, { nick: place.member?.nick ?? null });
      s.setMember(g.id, user.id, member);
      Object.assign(payload, {
        guild_id: g.id,
        guild: { id: g.id, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        channel_id: channel.id,
        channel: apiChannel(channel),
        member: { ...member, permissions },
        app_permissions: this.#botPermissions(g),
        authorizing_integration_owners: { '0': g.id },
        context: 0,
      });
    } else {
      channelId = place.channelId ?? s.dmChannelFor(user.id);
      Object.assign(payload, {
        channel_id: channelId,
        channel: apiDmChannel(channelId, user),
        user: apiUser(user),
        app_permissions: orBig(DEFAULT_BOT_PERMISSIONS),
        authorizing_integration_owners: { '0': '0' },
        context: 1,
      });
    }
    if (sourceMessage) payload['message'] = sourceMessage;
    const shard = guildId ? this.#gateway.shardForGuild(guildId) : 0;
    const ix: FakeInteraction = {
      id,
      token,
      type,
      payload,
      createdAt: Date.now(),
      userId: user.id,
      guildId,
      channelId,
      shard,
      ackType: null,
      ackedAt: null,
      callbacks: [],
      deferred: false,
      ephemeral: false,
      original: null,
      originalDeleted: false,
      followUps: [],
      edits: [],
      choices: null,
      modal: null,
      sourceMessage,
      version: 0,
    };
    s.interactions.set(id, ix);
    s.interactionsByToken.set(token, ix);
    this.#gateway.dispatchToShard(shard, 'INTERACTION_CREATE', payload);
    return ix;
  }

  #commandData(input: SlashCommandInput, guildId: string | null, autocomplete: boolean): Json {
    let options = input.options ?? [];
    if (input.subcommand) options = [{ name: input.subcommand, type: 1, options }];
    if (input.subcommandGroup) {
      if (!input.subcommand) throw new Error('fake-discord: subcommandGroup needs subcommand');
      options = [{ name: input.subcommandGroup, type: 2, options }];
    }
    const scoped = guildId ? this.#state.registeredCommands[guildId]?.find((c) => c.name === input.name && c.type === 1) : undefined;
    const registered = scoped ?? this.#state.registeredCommands['global']?.find((c) => c.name === input.name && c.type === 1);
    if (!registered && this.#requireRegistered) {
      throw new Error(`fake-discord: /${input.name} is not registered (registered: ${this.#registeredNames().join(', ') || 'none'})`);
    }
    if (registered) checkOptionsAgainst(`/${input.name}`, options, (registered['options'] as Json[] | undefined) ?? [], autocomplete);

    const resolved: Json = {};
    const walk = (opts: CommandOptionInput[]) => {
      for (const o of opts) {
        if (o.options) walk(o.options);
        if (o.type === 11 && typeof o.value === 'string') {
          const file = this.#state.files.get(o.value);
          if (!file) throw new Error(`fake-discord: attachment option ${o.name} = ${o.value} is not a hosted attachment (use fake.hostAttachment)`);
          ((resolved['attachments'] ??= {}) as Json)[o.value] = file.attachment;
        }
        if ((o.type === 6 || o.type === 9) && typeof o.value === 'string' && this.#state.users.has(o.value)) {
          const u = this.#state.users.get(o.value)!;
          ((resolved['users'] ??= {}) as Json)[u.id] = apiUser(u);
          const m = guildId ? this.#state.memberJson(guildId, u.id) : undefined;
          if (m) {
            const { user: _user, ...rest } = m;
            ((resolved['members'] ??= {}) as Json)[u.id] = { ...rest, permissions: this.#permissionsIn(this.#guild(guildId!), (m['roles'] as string[]) ?? []) };
          }
        }
      }
    };
    walk(options);
    for (const [k, v] of Object.entries(input.resolved ?? {})) resolved[k] = { ...((resolved[k] as Json) ?? {}), ...(v as Json) };
    return {
      id: registered?.id ?? this.#state.snowflakes.next(),
      name: input.name,
      type: 1,
      ...(options.length ? { options: options.map(stripOption) } : {}),
      ...(Object.keys(resolved).length ? { resolved } : {}),
      ...(scoped ? { guild_id: guildId } : {}),
    };
  }

  #registeredNames(): string[] {
    return Object.entries(this.#state.registeredCommands).flatMap(([scope, cmds]) => cmds.map((c) => `${c.name}@${scope}`));
  }

  /**
   * Dispatches an INTERACTION_CREATE for a slash command (type 2) to the right shard (the guild's,
   * or shard 0 for DMs). If the command was registered, its id is used and the options are checked
   * against its definition. Returns the live interaction record (`.id`, `.token`, ...).
   */
  sendSlashCommand(input: SlashCommandInput): FakeInteraction {
    const guildId = input.guildId === undefined ? (this.guilds[0]?.id ?? null) : input.guildId;
    return this.#interaction(InteractionType.ApplicationCommand, { ...input, guildId }, this.#commandData(input, guildId, false));
  }

  /** Dispatches an autocomplete interaction (type 4); exactly one option must have `focused: true`. */
  sendAutocomplete(input: SlashCommandInput): FakeInteraction {
    const guildId = input.guildId === undefined ? (this.guilds[0]?.id ?? null) : input.guildId;
    const focused: CommandOptionInput[] = [];
    const walk = (opts: CommandOptionInput[]) => opts.forEach((o) => (o.focused ? focused.push(o) : o.options && walk(o.options)));
    walk(input.options ?? []);
    if (focused.length !== 1) throw new Error('fake-discord: sendAutocomplete needs exactly one option with focused: true');
    return this.#interaction(InteractionType.Autocomplete, { ...input, guildId }, this.#commandData(input, guildId, true));
  }

  #componentInteraction(input: ComponentInput, extra: Json, expectTypes: number[]): FakeInteraction {
    const id = typeof input.message === 'string' ? input.message : input.message.id;
    const message = this.#state.messages.get(id);
    if (!message) throw new Error(`fake-discord: unknown message ${id}`);
    const component = findComponent(message, input.customId);
    if (!component) {
      throw new Error(`fake-discord: message ${id} has no component with custom_id "${input.customId}" (has: ${customIdsOf(message).join(', ') || 'none'})`);
    }
    if (component['disabled'] === true) throw new Error(`fake-discord: component "${input.customId}" is disabled; a user cannot use it`);
    const componentType = component['type'] as number;
    if (!expectTypes.includes(componentType)) throw new Error(`fake-discord: component "${input.customId}" has type ${componentType}`);
    const channel = this.#state.channels.get(message.channel_id);
    const place: InteractionPlace =
      channel?.kind === 'dm'
        ? { guildId: null, channelId: channel.id, user: input.user ?? channel.userId }
        : { guildId: message.guild_id ?? null, channelId: message.channel_id, ...(input.user !== undefined ? { user: input.user } : {}) };
    if (input.member) place.member = input.member;
    if (input.locale) place.locale = input.locale;
    return this.#interaction(InteractionType.MessageComponent, place, { custom_id: input.customId, component_type: componentType, ...extra }, message);
  }

  /** Clicks a button (type 3, component_type 2) on a message the bot sent. */
  sendButton(input: ComponentInput): FakeInteraction {
    return this.#componentInteraction(input, {}, [2]);
  }

  /** Picks values in a select menu on a message the bot sent. */
  sendSelectMenu(input: ComponentInput & { values: string[] }): FakeInteraction {
    return this.#componentInteraction(input, { values: input.values }, [3, 5, 6, 7, 8]);
  }

  /** Submits a modal (type 5). `fields` maps text-input custom ids to values. */
  sendModalSubmit(input: InteractionPlace & { customId: string; fields: Record<string, string>; message?: FakeMessage | string }): FakeInteraction {
    const msg = input.message === undefined ? null : (this.#state.messages.get(typeof input.message === 'string' ? input.message : input.message.id) ?? null);
    const components = Object.entries(input.fields).map(([custom_id, value]) => ({ type: 1, components: [{ type: 4, id: 1, custom_id, value }] }));
    return this.#interaction(InteractionType.ModalSubmit, input, { custom_id: input.customId, components }, msg);
  }

  /**
   * A user (or another bot, with `bot: true`) DMs the bot: MESSAGE_CREATE with `channel_type: 1`
   * on shard 0, delivered only if the session has the DIRECT_MESSAGES intent.
   */
  sendDirectMessage(input: DirectMessageInput): FakeMessage {
    const s = this.#state;
    const user = s.ensureUser({
      ...(input.user ?? {}),
      ...(input.userId !== undefined ? { id: input.userId } : input.user?.id === undefined ? { id: this.defaultUser.id } : {}),
      ...(input.bot !== undefined ? { bot: input.bot } : {}),
    });
    const channelId = s.dmChannelFor(user.id);
    const msg = s.createMessage({
      channelId,
      author: user,
      body: { content: input.content, ...(input.replyTo ? { message_reference: { message_id: input.replyTo, channel_id: channelId } } : {}) },
      attachments: input.attachments ?? [],
    });
    this.#gateway.dispatchToShard(0, 'MESSAGE_CREATE', { ...msg, channel_type: ChannelType.DM }, Intent.DirectMessages);
    return msg;
  }

  /**
   * A user posts in a guild channel: MESSAGE_CREATE (needs GUILD_MESSAGES; without MESSAGE_CONTENT
   * the content/embeds/attachments arrive empty unless the bot is mentioned, like on Discord).
   */
  sendGuildMessage(input: GuildMessageInput): FakeMessage {
    const s = this.#state;
    const g = this.#guild(input.guildId ?? this.defaultGuild.id);
    const channel = input.channelId ? g.channels.find((c) => c.id === input.channelId) : g.channels.find((c) => c.type === ChannelType.GuildText);
    if (!channel) throw new Error(`fake-discord: guild ${g.id} has no channel ${input.channelId ?? '(text)'}`);
    const user = input.user === undefined ? this.defaultUser : this.#user(input.user);
    if (input.bot !== undefined) user.bot = input.bot;
    const content = input.mentionsBot ? `<@${s.bot.id}> ${input.content}` : input.content;
    const msg = s.createMessage({ channelId: channel.id, guildId: g.id, author: user, body: { content }, attachments: input.attachments ?? [] });
    if (input.mentionsBot) msg.mentions = [apiUser(s.bot)];
    const member = s.memberJson(g.id, user.id) ?? apiMember(user, [], g.joinedAt);
    s.setMember(g.id, user.id, member);
    const { user: _u, ...memberNoUser } = member;
    const shard = this.#gateway.shardForGuild(g.id);
    const intents = this.#gateway.targets.get(shard)?.intents ?? 0;
    const hidden = (intents & Intent.MessageContent) === 0 && !input.mentionsBot;
    const payload = { ...msg, member: memberNoUser, ...(hidden ? { content: '', embeds: [], attachments: [], components: [] } : {}) };
    this.#gateway.dispatchToShard(shard, 'MESSAGE_CREATE', payload, Intent.GuildMessages);
    return msg;
  }

  /** Sends any dispatch `t` with payload `d` to a shard (escape hatch for events the fake has no helper for). */
  sendDispatch(t: string, d: unknown, options: { shard?: number; intent?: number } = {}): void {
    this.#gateway.dispatchToShard(options.shard ?? 0, t, d, options.intent);
  }

  // ---- waiting -----------------------------------------------------------------------------------

  /** Resolves with the first truthy value of `probe()`, re-checked after every request/gateway event. */
  waitFor<T>(probe: () => T | undefined | null | false, description: string, options: WaitOptions = {}): Promise<T> {
    return this.#state.waitFor(probe, description, options.timeoutMs);
  }

  /**
   * Waits until `shardCount` shards (default: the configured count) are connected, identified (or
   * resumed) and were sent READY + GUILD_CREATEs, then {@link sync}s so the client has processed them.
   */
  async waitForReady(shardCount = this.#state.config.shards, options: WaitOptions = {}): Promise<void> {
    await this.#state.waitFor(() => this.#gateway.readyShards() >= shardCount, `${shardCount} shard(s) to be READY`, options.timeoutMs);
    await this.#gateway.sync(options.timeoutMs);
  }

  /**
   * Resolves once every connected client has processed everything the gateway sent so far
   * (sends op 1 and waits for the heartbeats). Use it before asserting on client state, and
   * before `client.destroy()` right after a (re)connect: discord.js hangs in destroy() if it is
   * called while it still waits for READY.
   */
  async sync(options: WaitOptions = {}): Promise<void> {
    await this.#gateway.sync(options.timeoutMs);
  }

  #snapshot(ix: FakeInteraction): InteractionResponse {
    const message = ix.original && !ix.originalDeleted ? structuredClone(ix.original) : null;
    return {
      interaction: ix,
      type: ix.ackType ?? 0,
      deferred: ix.deferred,
      ephemeral: ix.ephemeral,
      message,
      content: message?.content ?? '',
      embeds: message?.embeds ?? [],
      components: message?.components ?? [],
      followUps: structuredClone(ix.followUps),
      choices: ix.choices ? structuredClone(ix.choices) : null,
      modal: ix.modal ? structuredClone(ix.modal) : null,
    };
  }

  /**
   * Waits for the user-visible response to an interaction: a reply (type 4), an update (7),
   * autocomplete choices (8) or a modal (9) — or, after a deferral (5/6), the edit of `@original`
   * or a follow-up. Then waits until nothing changes for `settleMs` and returns a snapshot:
   * the reply as edited so far, plus follow-ups.
   */
  async waitForInteractionResponse(interaction: string | { id: string }, options: WaitOptions & { settleMs?: number } = {}): Promise<InteractionResponse> {
    const id = typeof interaction === 'string' ? interaction : interaction.id;
    const ix = this.#state.interactions.get(id);
    if (!ix) throw new Error(`fake-discord: unknown interaction ${id}`);
    const timeoutMs = options.timeoutMs ?? this.#state.config.defaultTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    const visible = () => {
      switch (ix.ackType) {
        case CallbackType.ChannelMessageWithSource:
        case CallbackType.UpdateMessage:
        case CallbackType.AutocompleteResult:
        case CallbackType.Modal:
          return true;
        case CallbackType.DeferredChannelMessageWithSource:
          return Boolean(ix.original && (ix.original.flags & MessageFlags.Loading) === 0) || ix.followUps.length > 0 || ix.originalDeleted;
        case CallbackType.DeferredUpdateMessage:
          return ix.edits.length > 0 || ix.followUps.length > 0;
        default:
          return false;
      }
    };
    try {
      await this.#state.waitFor(visible, `a visible response to interaction ${id}`, timeoutMs);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${this.#describeInteraction(ix)}`);
    }
    const settleMs = options.settleMs ?? this.#state.config.settleMs;
    for (;;) {
      const version = ix.version;
      await new Promise((r) => setTimeout(r, settleMs));
      if (ix.version === version || Date.now() + settleMs > deadline) break;
    }
    return this.#snapshot(ix);
  }

  #describeInteraction(ix: FakeInteraction): string {
    const related = this.#state.requests.filter((r) => r.path.includes(ix.id) || r.path.includes(ix.token));
    return [
      `Interaction ${ix.id} (type ${ix.type}): ack=${ix.ackType ?? 'none'}, callbacks=${JSON.stringify(ix.callbacks.map((c) => ({ type: c.type, status: c.status })))}, edits=${ix.edits.length}, followUps=${ix.followUps.length}`,
      `Requests for it: ${related.map((r) => `${r.method} ${r.route ?? r.path} -> ${r.status}${r.status >= 400 ? ` ${JSON.stringify(r.response)}` : ''}`).join('; ') || 'none'}`,
    ].join('\n');
  }

  /** Waits for a message the bot posts with POST /channels/{id}/messages matching `predicate` (already-posted ones count). */
  waitForChannelMessage(predicate: (m: FakeMessage) => boolean = () => true, options: WaitOptions & { channelId?: string } = {}): Promise<FakeMessage> {
    return this.#state.waitFor(
      () => this.#state.channelMessages.find((m) => (options.channelId === undefined || m.channel_id === options.channelId) && predicate(m)),
      `a channel message${options.channelId ? ` in ${options.channelId}` : ''} matching ${predicate.toString().slice(0, 120)}`,
      options.timeoutMs,
    );
  }

  /** Waits for the bot's reply in the DM channel with `userId`. */
  waitForDirectMessageTo(userId: string, predicate: (m: FakeMessage) => boolean = () => true, options: WaitOptions = {}): Promise<FakeMessage> {
    return this.waitForChannelMessage(predicate, { ...options, channelId: this.#state.dmChannelFor(userId) });
  }

  // ---- faults ------------------------------------------------------------------------------------

  /** Closes gateway connections with `code` (4000 = resumable; 1000 = client re-identifies; 4004 = auth failed, fatal ...). */
  closeGateway(code: number, options: GatewayTarget & { reason?: string } = {}): number {
    return this.#gateway.close(code, options);
  }

  /** Cuts gateway TCP sockets without a close frame (client sees 1006 and resumes). */
  dropGateway(options: GatewayTarget = {}): number {
    return this.#gateway.drop(options);
  }

  /** Sends op 7 RECONNECT (client closes and resumes). */
  sendReconnect(options: GatewayTarget = {}): number {
    return this.#gateway.reconnect(options);
  }

  /** Sends op 9 INVALID_SESSION. `false`: the session is gone and the client must re-IDENTIFY. */
  sendInvalidSession(resumable: boolean, options: GatewayTarget = {}): number {
    return this.#gateway.invalidSession(resumable, options);
  }

  /** Sends op 1: the client must heartbeat now. */
  requestHeartbeat(options: GatewayTarget = {}): number {
    return this.#gateway.requestHeartbeat(options);
  }

  /** Stops (false) or resumes (true) answering heartbeats with op 11 (discord.js then treats the connection as zombied and resumes). */
  setHeartbeatAck(enabled: boolean): void {
    this.#gateway.heartbeatAck = enabled;
  }

  /**
   * Makes the next matching REST request(s) fail. 429 answers carry `Retry-After` and rate-limit
   * headers plus `{ message, retry_after, global }`; 5xx answer like Discord/Cloudflare do.
   */
  failNextRest(fault: RestFault): void {
    this.#rest.addFault(fault);
  }

  /** Removes pending failNextRest faults. */
  clearRestFaults(): void {
    this.#rest.faults.length = 0;
  }

  /** While down, every API request fails with `status` (default 503). Attachment downloads keep working. */
  setRestDown(down: boolean, options: { status?: number } = {}): void {
    this.#rest.down = down ? { status: options.status ?? 503 } : null;
  }

  /** Stops the servers and closes every socket; pending waits reject. */
  async close(): Promise<void> {
    this.#state.closeAll();
    await this.#gateway.shutdown();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function stripOption(o: CommandOptionInput): Json {
  return {
    name: o.name,
    type: o.type,
    ...(o.value !== undefined ? { value: o.value } : {}),
    ...(o.focused ? { focused: true } : {}),
    ...(o.options ? { options: o.options.map(stripOption) } : {}),
  };
}

/** Throws when options don't fit the registered command (what Discord's client would never send). */
function checkOptionsAgainst(where: string, given: CommandOptionInput[], defs: Json[], autocomplete: boolean): void {
  for (const o of given) {
    const def = defs.find((d) => d['name'] === o.name);
    if (!def) throw new Error(`fake-discord: ${where} has no option "${o.name}" (registered: ${defs.map((d) => d['name']).join(', ') || 'none'})`);
    if (def['type'] !== o.type) throw new Error(`fake-discord: ${where} option "${o.name}" is type ${String(def['type'])}, not ${o.type}`);
    if (o.type === 1 || o.type === 2) {
      checkOptionsAgainst(`${where} ${o.name}`, o.options ?? [], (def['options'] as Json[] | undefined) ?? [], autocomplete);
      continue;
    }
    const choices = def['choices'] as Json[] | undefined;
    if (!o.focused && choices?.length && !choices.some((c) => c['value'] === o.value)) {
      throw new Error(`fake-discord: ${where} option "${o.name}" = ${JSON.stringify(o.value)} is not one of its choices`);
    }
  }
  if (!autocomplete && !given.some((o) => o.type === 1 || o.type === 2)) {
    for (const d of defs) {
      if (d['required'] === true && !given.some((o) => o.name === d['name'])) throw new Error(`fake-discord: ${where} is missing required option "${String(d['name'])}"`);
    }
  }
}

function buildGuild(state: FakeState, input: FakeGuildInput, index: number, shards: number, owner: FakeUser): FakeGuild {
  const id = input.id ?? state.snowflakes.forShard(input.shard ?? index % shards, shards);
  const channels: FakeChannel[] = (input.channels ?? [{ name: 'general' }]).map((c, i) => ({
    id: c.id ?? state.snowflakes.next(),
    name: c.name,
    type: c.type ?? ChannelType.GuildText,
    guildId: id,
    parentId: c.parentId ?? null,
    position: i,
  }));
  const guild: FakeGuild = {
    id,
    name: input.name ?? `Fake Guild ${index + 1}`,
    ownerId: input.ownerId ?? owner.id,
    channels,
    roles: [
      { id, name: '@everyone', permissions: input.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS },
      ...(input.roles ?? []).map((r) => ({ id: r.id ?? state.snowflakes.next(), name: r.name, permissions: r.permissions })),
      { id: state.snowflakes.next(), name: state.bot.username, permissions: input.botPermissions ?? DEFAULT_BOT_PERMISSIONS, managed: true, botId: state.bot.id },
    ],
    joinedAt: new Date().toISOString(),
  };
  for (const c of channels) state.channels.set(c.id, { kind: 'guild', channel: c });
  state.guilds.set(id, guild);
  const botRole = guild.roles.find((r) => r.botId === state.bot.id)!;
  state.setMember(id, state.bot.id, apiMember(state.bot, [botRole.id], guild.joinedAt));
  state.setMember(id, guild.ownerId, apiMember(state.users.get(guild.ownerId) ?? owner, [], guild.joinedAt));
  return guild;
}

/** Starts a fake Discord on 127.0.0.1 (random port). Always `await fake.close()` when done. */
export async function startFakeDiscord(options: StartFakeDiscordOptions = {}): Promise<FakeDiscord> {
  const validator = await loadSpecValidator();
  const shards = options.shards ?? 1;
  const config: FakeConfig = {
    token: options.token ?? 'fake-discord-token',
    applicationId: options.applicationId ?? DEFAULT_APP_ID,
    shards,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
    interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
    interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
    maxConcurrency: options.maxConcurrency ?? 16,
    allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS,
    defaultTimeoutMs: options.defaultTimeoutMs ?? 5000,
    settleMs: options.settleMs ?? 50,
  };
  if (!/^\d{17,20}$/.test(config.applicationId)) throw new Error(`fake-discord: applicationId must be a snowflake, got ${config.applicationId}`);
  const state = new FakeState(config);
  const owner = state.ensureUser({ username: 'guildowner', globalName: 'Guild Owner' });
  const defaultUser = state.ensureUser({ username: 'asker', globalName: 'Asker' });
  const guildInputs = options.guilds ?? Array.from({ length: shards }, (): FakeGuildInput => ({}));
  guildInputs.forEach((g, i) => buildGuild(state, g, i, shards, owner));

  let port = 0;
  const gateway = new Gateway(state, {
    heartbeatIntervalMs: config.heartbeatIntervalMs,
    token: config.token,
    shards,
    maxConcurrency: config.maxConcurrency,
    allowedPrivilegedIntents: config.allowedPrivilegedIntents,
    wsUrl: () => `ws://127.0.0.1:${port}/gateway`,
  });
  const rest = new RestApi(state, gateway, validator, { gatewayUrl: () => `ws://127.0.0.1:${port}/gateway` });
  const server = createServer((req, res) => void rest.handle(req, res));
  server.on('upgrade', (req, socket, head: Buffer) => {
    if (!gateway.handleUpgrade(req, socket, head)) {
      state.unknownRoutes.push({ method: 'UPGRADE', path: req.url ?? '', time: Date.now() });
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  state.baseUrl = `http://127.0.0.1:${port}`;
  return new FakeDiscord({ state, gateway, rest, server, port, requireRegistered: options.requireRegisteredCommands ?? false, defaultUser });
}
