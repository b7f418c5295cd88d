/**
 * Snowflakes and builders for the JSON objects the fake Discord hands to discord.js
 * (users, guilds, channels, members, messages, attachments). Shapes follow Discord's API v10.
 */
import { randomBytes } from 'node:crypto';

/** A JSON object as it travels over the wire. */
export type Json = Record<string, unknown>;

export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Channel types used by the fake. */
export const ChannelType = { GuildText: 0, DM: 1, GuildVoice: 2, GuildCategory: 4, GuildAnnouncement: 5 } as const;

/** Permission bits used by the defaults (see discord.com/developers/docs/topics/permissions). */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
  ModerateMembers: 1n << 40n,
} as const;

/** Permissions of @everyone in a freshly created Discord server (roughly). */
export const DEFAULT_EVERYONE_PERMISSIONS = (
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.MentionEveryone |
  Permission.UseExternalEmojis |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads
).toString();

/** Permissions granted to the bot's managed role by default. */
export const DEFAULT_BOT_PERMISSIONS = (
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads
).toString();

/** Generates strictly increasing, realistic snowflakes (timestamp | worker | process | increment). */
export class SnowflakeFactory {
  #lastMs = 0n;
  #increment = 0n;

  /** A new snowflake for "now" (or the given time). */
  next(atMs: number = Date.now()): string {
    let ms = BigInt(atMs) - DISCORD_EPOCH;
    if (ms < this.#lastMs) ms = this.#lastMs;
    if (ms === this.#lastMs) {
      this.#increment += 1n;
      if (this.#increment > 0xfffn) {
        ms += 1n;
        this.#increment = 0n;
      }
    } else {
      this.#increment = 0n;
    }
    this.#lastMs = ms;
    return ((ms << 22n) | (1n << 17n) | (1n << 12n) | this.#increment).toString();
  }

  /** A new snowflake that Discord would route to `shard` of `total` (as a guild id). */
  forShard(shard: number, total: number): string {
    for (;;) {
      const id = this.next();
      if (shardOfGuild(id, total) === shard) return id;
      // advance the clock part by 1 ms until the shard matches
      this.#lastMs += 1n;
      this.#increment = 0n;
    }
  }
}

/** The shard Discord sends a guild's events to: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The creation time encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** A token-looking random string (interaction tokens, session ids). */
export function randomToken(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

export function isSnowflake(value: unknown): value is string {
  return typeof value === 'string' && /^(0|[1-9]\d{0,19})$/.test(value);
}

/** A user known to the fake. */
export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** When true, the bot cannot DM this user (Discord answers 50007). */
  dmsClosed?: boolean;
}

/** The user object Discord puts in payloads. */
export function apiUser(u: FakeUser): Json {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.globalName,
    avatar: null,
    avatar_decoration_data: null,
    collectibles: null,
    display_name_styles: null,
    primary_guild: null,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    ...(u.bot ? { bot: true } : {}),
  };
}

/** A channel in a fake guild. */
export interface FakeChannel {
  id: string;
  name: string;
  type: number;
  guildId: string;
  parentId: string | null;
  position: number;
}

/** A role in a fake guild. */
export interface FakeRole {
  id: string;
  name: string;
  permissions: string;
  managed?: boolean;
  botId?: string;
}

/** A guild known to the fake. */
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: FakeChannel[];
  roles: FakeRole[];
  joinedAt: string;
}

export function apiRole(r: FakeRole, position: number): Json {
  return {
    id: r.id,
    name: r.name,
    description: null,
    permissions: r.permissions,
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    managed: Boolean(r.managed),
    mentionable: false,
    icon: null,
    unicode_emoji: null,
    flags: 0,
    ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
  };
}

/** A guild channel object (as in GUILD_CREATE; `withGuildId` adds guild_id as REST/interaction payloads do). */
export function apiChannel(c: FakeChannel, withGuildId = true): Json {
  const base: Json = {
    id: c.id,
    type: c.type,
    name: c.name,
    position: c.position,
    permission_overwrites: [],
    parent_id: c.parentId,
    flags: 0,
    ...(withGuildId ? { guild_id: c.guildId } : {}),
  };
  if (c.type === ChannelType.GuildText || c.type === ChannelType.GuildAnnouncement) {
    Object.assign(base, { topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, last_pin_timestamp: null });
  }
  if (c.type === ChannelType.GuildVoice) {
    Object.assign(base, { bitrate: 64000, user_limit: 0, rtc_region: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0 });
  }
  return base;
}

/** A DM channel object between the bot and `recipient`. */
export function apiDmChannel(id: string, recipient: FakeUser, lastMessageId: string | null = null): Json {
  return { id, type: ChannelType.DM, flags: 0, last_message_id: lastMessageId, recipients: [apiUser(recipient)] };
}

/** A guild member object. */
export function apiMember(user: FakeUser, roles: string[], joinedAt: string, extra: Json = {}): Json {
  return {
    user: apiUser(user),
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...extra,
  };
}

/** The full GUILD_CREATE payload for a guild, with the bot as a member. */
export function apiGuildCreate(g: FakeGuild, bot: FakeUser): Json {
  const botRole = g.roles.find((r) => r.botId === bot.id);
  const textChannel = g.channels.find((c) => c.type === ChannelType.GuildText);
  return {
    id: g.id,
    name: g.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: g.roles.map((r, i) => apiRole(r, i)),
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: textChannel?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    nsfw: false,
    stickers: [],
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    hub_type: null,
    latest_onboarding_question_id: null,
    home_header: null,
    // GUILD_CREATE-only fields
    joined_at: g.joinedAt,
    large: false,
    lazy: true,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [apiMember(bot, botRole ? [botRole.id] : [], g.joinedAt)],
    channels: g.channels.map((c) => apiChannel(c, false)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    activity_instances: [],
    application_command_counts: {},
    version: Date.now(),
  };
}

/** An attachment served by the fake's HTTP server. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
  description?: string;
  ephemeral?: boolean;
  [key: string]: unknown;
}

/** A message stored by the fake (posted by the bot, or injected by a test). Plain API JSON. */
export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: Json;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: Json[];
  mention_roles: string[];
  attachments: FakeAttachment[];
  embeds: Json[];
  components: Json[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  message_reference?: Json;
  referenced_message?: FakeMessage | null;
  interaction_metadata?: Json;
  [key: string]: unknown;
}
