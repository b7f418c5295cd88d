/**
 * The Discord adapter: a discord.js client wired to the command modules and to
 * direct messages. All answering lives in the engine and in `format.ts`; this
 * file only routes events and makes sure every failure gets an apology and a log
 * line instead of a crash or silence.
 */
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
} from 'discord.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Logger } from '../logger.js';
import type { BotContext, Command, GapRecorder } from './command.js';
import { loadCommands } from './commands.js';
import { NO_MENTIONS, apologyMessage, helpMessage } from './format.js';
import { MemoryGapRecorder } from './gaps.js';
import { answerReply, apologize, askQuestion } from './respond.js';

export interface CreateBotOptions {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
  /** Where unanswered questions go; in memory when not given. */
  gaps?: GapRecorder | undefined;
  /** The commands to serve; loaded from `commands/` when not given. */
  commands?: ReadonlyMap<string, Command> | undefined;
}

/** A direct message asking for help rather than asking a question. */
const HELP_RE = /^\s*[/!]?(?:help|\?)\s*[.!?]*\s*$/i;

/**
 * Creates the bot's discord.js client, wired and ready to `login(token)`.
 * Intents: Guilds and DirectMessages only, with the Channel partial (DM channels
 * are not cached before their first message). No privileged intent: DMs to the
 * bot carry their content without MessageContent.
 */
export async function createBot(options: CreateBotOptions): Promise<Client> {
  const { config, kb, logger } = options;
  const commands = options.commands ?? (await loadCommands());
  const ctx: BotContext = { kb, config, logger, gaps: options.gaps ?? new MemoryGapRecorder() };

  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: config.DISCORD_API_URL },
    // The default for anything sent without its own setting: mention nobody.
    allowedMentions: { parse: [], repliedUser: false },
  });

  client.once(Events.ClientReady, (c) => {
    logger.info({ user: c.user.tag, guilds: c.guilds.cache.size, commands: [...commands.keys()] }, 'bot ready');
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, commands, ctx);
  });
  client.on(Events.MessageCreate, (message) => {
    void handleDirectMessage(message, ctx);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));
  return client;
}

/** Routes one interaction to its command; a failure is logged and apologised for. */
export async function handleInteraction(interaction: Interaction, commands: ReadonlyMap<string, Command>, ctx: BotContext): Promise<void> {
  const started = performance.now();
  let what = 'interaction';
  try {
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
    ctx.logger.error({ err, what, interactionId: interaction.id }, 'interaction handler failed');
    await apologize(interaction, ctx.logger);
  }
}

/**
 * Answers a direct message like `/ask`, as a reply to it. Messages from bots
 * (this one included), from servers and from webhooks are ignored.
 */
export async function handleDirectMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  if (message.inGuild() || message.channel.type !== ChannelType.DM) return;
  try {
    const text = message.content;
    const reply = HELP_RE.test(text) ? helpMessage(ctx.kb.engine.sources()) : answerReply(ctx, askQuestion(ctx, text));
    await message.reply(reply);
  } catch (err) {
    ctx.logger.error({ err, messageId: message.id }, 'direct message handler failed');
    try {
      await message.reply(apologyMessage());
    } catch (err2) {
      ctx.logger.warn({ err: err2, messageId: message.id }, 'could not send the apology');
    }
  }
}
