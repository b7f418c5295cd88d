/**
 * The Discord adapter: a discord.js client wired to the command modules and to
 * direct messages. All answering lives in the engine and in `format.ts`; this
 * file only routes events and makes sure every failure gets an apology and one
 * log line instead of a crash or silence.
 *
 * Around every handler (see {@link BotRuntime}): an event Discord delivers twice
 * (a replayed dispatch) is handled once; while shutting down, new questions are
 * turned away politely; per-user rate limits apply (questions, `/kb`,
 * autocomplete); and the handler is tracked so a shutdown can wait for it.
 */
import {
  ChannelType,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Options,
  Partials,
  Status,
} from 'discord.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { InFlight } from '../lifecycle.js';
import type { Logger } from '../logger.js';
import { type RateDecision, type RateLimits, type SlidingWindowLimiter, createRateLimits } from '../rate-limit.js';
import type { BotContext, Command, GapRecorder } from './command.js';
import { loadCommands } from './commands.js';
import { type BotMessage, NO_MENTIONS, apologyMessage, helpMessage, rateLimitMessage, restartingMessage } from './format.js';
import { MemoryGapRecorder } from './gaps.js';
import { answerReply, askQuestion, isDiscordFailure, nextTurn, tryApologize, useInteractionRest } from './respond.js';

/** Commands whose use counts as asking a question (chat input and their buttons). */
const QUESTION_COMMANDS: ReadonlySet<string> = new Set(['ask']);
/** Commands limited by the looser moderators' bucket. */
const MODERATOR_COMMANDS: ReadonlySet<string> = new Set(['kb']);

/**
 * An insertion-ordered set of the newest `capacity` ids: remembers which
 * interactions and messages were handled, so a replayed dispatch is not
 * answered twice. Bounded memory.
 */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 10_000) {}
  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** What the handlers share besides the {@link BotContext}: limits, work in flight, ids seen. */
export interface BotRuntime {
  limits: RateLimits;
  work: InFlight;
  seen: RecentIds;
}

/** A runtime from the configuration (rate limits from RATE_LIMIT_QUESTIONS / RATE_LIMIT_WINDOW_SECONDS). */
export function createRuntime(config: Pick<Config, 'RATE_LIMIT_QUESTIONS' | 'RATE_LIMIT_WINDOW_SECONDS'>, options: { now?: () => number } = {}): BotRuntime {
  return { limits: createRateLimits(config, options), work: new InFlight(), seen: new RecentIds() };
}

export interface CreateBotOptions {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
  /** Where unanswered questions go; in memory when not given. */
  gaps?: GapRecorder | undefined;
  /** The commands to serve; loaded from `commands/` when not given. */
  commands?: ReadonlyMap<string, Command> | undefined;
  /** Rate limits, work in flight, ids seen; created from `config` when not given. */
  runtime?: BotRuntime | undefined;
  /** Extra discord.js client options (tests: a short identify throttle). Intents and partials cannot be changed. */
  clientOptions?: Partial<Omit<ClientOptions, 'intents' | 'partials'>> | undefined;
}

/** A direct message asking for help rather than asking a question. */
const HELP_RE = /^\s*[/!]?(?:help|\?)\s*[.!?]*\s*$/i;

/** How often cached DM channels are forgotten (they come back as partials on the next message). */
const DM_CHANNEL_SWEEP_MS = 10 * 60_000;

/**
 * Creates the bot's discord.js client, wired and ready to `login(token)`.
 * Intents: Guilds and DirectMessages only, with the Channel partial (DM channels
 * are not cached before their first message). No privileged intent: DMs to the
 * bot carry their content without MessageContent.
 *
 * Caches are bounded: no messages, presences or reactions are kept; users and
 * guild members up to a few hundred (the bot's own always); DM channels are
 * swept every 10 minutes; idle REST route handlers every minute. Deferred
 * replies are edited through their own REST client (see respond.ts).
 */
export async function createBot(options: CreateBotOptions): Promise<Client> {
  const { config, kb, logger } = options;
  const commands = options.commands ?? (await loadCommands());
  const ctx: BotContext = { kb, config, logger, gaps: options.gaps ?? new MemoryGapRecorder() };
  const runtime = options.runtime ?? createRuntime(config);

  const extra = options.clientOptions ?? {};
  const client = new Client({
    ...extra,
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { handlerSweepInterval: 60_000, ...extra.rest, api: config.DISCORD_API_URL },
    // The default for anything sent without its own setting: mention nobody.
    allowedMentions: { parse: [], repliedUser: false },
    makeCache:
      extra.makeCache ??
      Options.cacheWithLimits({
        ...Options.DefaultMakeCacheSettings,
        MessageManager: 0,
        PresenceManager: 0,
        ReactionManager: 0,
        ReactionUserManager: 0,
        GuildMessageManager: 0,
        DMMessageManager: 0,
        UserManager: { maxSize: 500, keepOverLimit: (user) => user.id === user.client.user?.id },
        GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user?.id },
      }),
  });

  client.once(Events.ClientReady, (c) => {
    logger.info({ user: c.user.tag, guilds: c.guilds.cache.size, commands: [...commands.keys()] }, 'bot ready');
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void runtime.work.track(handleInteraction(interaction, commands, ctx, runtime));
  });
  client.on(Events.MessageCreate, (message) => {
    void runtime.work.track(handleDirectMessage(message, ctx, runtime));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'gateway connection error'));
  // Set when we close the gateway ourselves: its closing is then no news.
  let destroying = false;
  client.on(Events.ShardDisconnect, (event, shardId) => logger.error({ code: event.code, shardId }, 'gateway closed for good (it will not reconnect)'));
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!destroying) logger.warn({ shardId }, 'gateway connection lost: reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway session ready'));

  const releaseInteractionRest = useInteractionRest(client, config.DISCORD_API_URL);
  const sweep = setInterval(() => {
    const swept = client.channels.cache.sweep((channel) => channel.type === ChannelType.DM);
    if (swept > 0) logger.debug({ swept }, 'forgot cached DM channels');
  }, DM_CHANNEL_SWEEP_MS);
  sweep.unref();
  const destroy = client.destroy.bind(client);
  client.destroy = async () => {
    destroying = true;
    clearInterval(sweep);
    releaseInteractionRest();
    await destroy();
  };
  return client;
}

/** Whether every gateway shard of `client` is connected and ready (for the health endpoint). */
export function gatewayConnected(client: Client): boolean {
  const shards = client.ws.shards;
  return client.isReady() && shards.size > 0 && shards.every((s) => s.status === Status.Ready);
}

/** Which bucket an interaction counts against, if any. */
function bucketOf(interaction: Interaction, limits: RateLimits): { name: string; limiter: SlidingWindowLimiter } | null {
  if (interaction.isAutocomplete()) return { name: 'autocomplete', limiter: limits.autocomplete };
  let command: string | null = null;
  if (interaction.isChatInputCommand()) command = interaction.commandName;
  else if (interaction.isButton()) command = interaction.customId.split(':', 1)[0] ?? '';
  if (command === null) return null;
  if (MODERATOR_COMMANDS.has(command)) return { name: 'kb', limiter: limits.kb };
  if (QUESTION_COMMANDS.has(command)) return { name: 'questions', limiter: limits.questions };
  return null;
}

function logRefusal(ctx: BotContext, decision: Extract<RateDecision, { ok: false }>, fields: Record<string, unknown>): void {
  // One line per user per window at info; the rest at debug (a flood must not flood the log).
  ctx.logger[decision.firstRefusal ? 'info' : 'debug']({ ...fields, retryInMs: Math.max(0, decision.retryAt - Date.now()) }, 'rate limited');
}

function notice(ctx: BotContext, retryAt: number): BotMessage {
  return rateLimitMessage(retryAt, { questions: ctx.config.RATE_LIMIT_QUESTIONS, seconds: ctx.config.RATE_LIMIT_WINDOW_SECONDS });
}

/**
 * Routes one interaction to its command. Without a `runtime` (unit tests), no
 * limits apply. A failure is logged once, with the interaction id, and
 * apologised for unless the failure was Discord's (then an apology cannot get
 * through either).
 */
export async function handleInteraction(interaction: Interaction, commands: ReadonlyMap<string, Command>, ctx: BotContext, runtime?: BotRuntime): Promise<void> {
  const started = performance.now();
  let what = 'interaction';
  try {
    if (runtime) {
      if (!runtime.seen.add(interaction.id)) {
        ctx.logger.warn({ interactionId: interaction.id }, 'interaction delivered twice: handled once');
        return;
      }
      if (runtime.work.draining) {
        if (interaction.isAutocomplete()) await interaction.respond([]);
        else if (interaction.isRepliable()) await interaction.reply({ ...restartingMessage(), flags: MessageFlags.Ephemeral });
        return;
      }
      const bucket = bucketOf(interaction, runtime.limits);
      const decision = bucket?.limiter.take(interaction.user.id);
      if (bucket && decision && !decision.ok) {
        logRefusal(ctx, decision, { user: interaction.user.id, bucket: bucket.name, interactionId: interaction.id });
        if (interaction.isAutocomplete()) await interaction.respond([]);
        else if (interaction.isRepliable()) await interaction.reply({ ...notice(ctx, decision.retryAt), flags: MessageFlags.Ephemeral });
        return;
      }
    }
    if (interaction.isChatInputCommand()) {
      what = `/${interaction.commandName}`;
      const command = commands.get(interaction.commandName);
      if (!command) {
        ctx.logger.warn({ command: interaction.commandName }, 'unknown command (deploy the commands again?)');
        await interaction.reply({ content: 'I do not know that command any more.', flags: 64, allowedMentions: NO_MENTIONS });
        return;
      }
      await command.execute(interaction, ctx);
    } else if (interaction.isAutocomplete()) {
      what = `/${interaction.commandName} autocomplete`;
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    } else if (interaction.isButton()) {
      const prefix = interaction.customId.split(':', 1)[0] ?? '';
      what = `button ${prefix}`;
      const command = commands.get(prefix);
      if (!command?.button) {
        ctx.logger.warn({ customId: interaction.customId }, 'button with no handler');
        await interaction.reply({ content: 'This button no longer works: please ask again.', flags: 64, allowedMentions: NO_MENTIONS });
        return;
      }
      await command.button(interaction, ctx);
    } else {
      return;
    }
    ctx.logger.debug({ what, interactionId: interaction.id, ms: Math.round(performance.now() - started) }, 'interaction handled');
  } catch (err) {
    const ms = Math.round(performance.now() - started);
    if (isDiscordFailure(err)) {
      ctx.logger.error({ err, what, interactionId: interaction.id, user: interaction.user.id, ms, ...statusOf(err) }, 'could not answer: Discord refused or failed the request');
      return;
    }
    ctx.logger.error({ err, what, interactionId: interaction.id, user: interaction.user.id, ms }, 'interaction handler failed');
    const apologyError = await tryApologize(interaction);
    if (apologyError !== null) ctx.logger.warn({ err: apologyError, interactionId: interaction.id }, 'could not send the apology');
  }
}

/** `status` and `code` of a Discord error, for the log line. */
function statusOf(err: unknown): { status?: unknown; code?: unknown } {
  const e = err as { status?: unknown; code?: unknown };
  return { ...(e.status !== undefined ? { status: e.status } : {}), ...(e.code !== undefined ? { code: e.code } : {}) };
}

/**
 * Answers a direct message like `/ask`, as a reply to it. Messages from bots
 * (this one included), from servers and from webhooks are ignored. Over the rate
 * limit, the sender is told once when to try again, then ignored until the
 * window passes. The reply carries the message id as an enforced nonce, so a
 * retried send cannot post the answer twice.
 */
export async function handleDirectMessage(message: Message, ctx: BotContext, runtime?: BotRuntime): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  if (message.inGuild() || message.channel.type !== ChannelType.DM) return;
  const started = performance.now();
  const send = (body: BotMessage) => message.reply({ ...body, nonce: message.id, enforceNonce: true });
  try {
    if (runtime) {
      if (!runtime.seen.add(message.id)) {
        ctx.logger.warn({ messageId: message.id }, 'message delivered twice: handled once');
        return;
      }
      if (runtime.work.draining) {
        await send(restartingMessage());
        return;
      }
      const decision = runtime.limits.questions.take(message.author.id);
      if (!decision.ok) {
        logRefusal(ctx, decision, { user: message.author.id, bucket: 'questions', messageId: message.id });
        if (decision.firstRefusal) await send(notice(ctx, decision.retryAt));
        return;
      }
    }
    const text = message.content;
    let reply: BotMessage;
    if (HELP_RE.test(text)) reply = helpMessage(ctx.kb.engine.sources());
    else {
      await nextTurn();
      reply = answerReply(ctx, askQuestion(ctx, text));
    }
    await send(reply);
  } catch (err) {
    const ms = Math.round(performance.now() - started);
    if (isDiscordFailure(err)) {
      ctx.logger.error({ err, messageId: message.id, user: message.author.id, ms, ...statusOf(err) }, 'could not answer a direct message: Discord refused or failed the request');
      return;
    }
    ctx.logger.error({ err, messageId: message.id, user: message.author.id, ms }, 'direct message handler failed');
    try {
      await send(apologyMessage());
    } catch (err2) {
      ctx.logger.warn({ err: err2, messageId: message.id }, 'could not send the apology');
    }
  }
}
