/**
 * The bot's commands as answers to Discord's HTTP interactions: an interaction
 * payload in, the interaction response out (what the gateway bot would send as its
 * callback). No Discord client, no network: the same engine calls (`askQuestion`,
 * `answerReply` from respond.ts) and the same payloads (format.ts) as the
 * command modules, turned into API JSON.
 *
 *   PING                              → PONG
 *   /ask, /sources, /help             → a message (type 4), ephemeral where the gateway's is
 *   /ask autocomplete                 → choices (type 8)
 *   "More results" button             → the other passages, ephemeral (type 4)
 *   /kb                               → an ephemeral note: moderator commands need the gateway bot
 *
 * The gateway bot's per-user rate limits apply the same way (rate-limit.ts, the
 * same buckets and notice): over the limit, a question gets the ephemeral notice
 * and an autocomplete no choices.
 */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord.js';
import type { BotContext } from '../bot/command.js';
import { type BotMessage, NO_MENTIONS, apologyMessage, autocompleteChoices, helpMessage, moreResultsMessage, parseMoreResultsId, rateLimitMessage, sourcesMessage } from '../bot/format.js';
import { answerReply, askQuestion, recallQuestion } from '../bot/respond.js';
import type { RateLimits, SlidingWindowLimiter } from '../rate-limit.js';

/** What `/kb` says over HTTP. */
export const KB_OVER_HTTP =
  '🔒 The /kb moderator commands do not work on this deployment of the bot (it answers through an HTTP interactions endpoint, without the gateway). ' +
  'Ask the bot’s operator to update the knowledge folder on the server, or to run the gateway bot for moderator commands.';

/** A BotMessage as the `data` of an interaction response (API field names). */
export function callbackData(message: BotMessage, ephemeral: boolean): APIInteractionResponseCallbackData {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.embeds !== undefined ? { embeds: message.embeds } : {}),
    ...(message.components !== undefined ? { components: message.components } : {}),
    allowed_mentions: { parse: [], replied_user: false },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

function reply(message: BotMessage, ephemeral: boolean): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: callbackData(message, ephemeral) };
}

function notice(content: string): APIInteractionResponse {
  return reply({ content, allowedMentions: NO_MENTIONS }, true);
}

type Option = APIApplicationCommandInteractionDataOption;

/** A top-level option's value, or undefined. */
function optionValue(options: readonly Option[] | undefined, name: string): unknown {
  const o = options?.find((x) => x.name === name);
  return o && 'value' in o ? o.value : undefined;
}

/** The focused option of an autocomplete, however deep in sub-commands. */
function focusedOption(options: readonly Option[] | undefined): { name: string; value: unknown } | undefined {
  for (const o of options ?? []) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
      const inner = focusedOption(o.options as Option[] | undefined);
      if (inner) return inner;
    } else if ('focused' in o && o.focused) return { name: o.name, value: o.value };
  }
  return undefined;
}

/** Which bucket an interaction counts against, as on the gateway: questions (`/ask` and its buttons), `/kb`, autocomplete. */
function bucketOf(interaction: APIInteraction, limits: RateLimits): { name: string; limiter: SlidingWindowLimiter } | null {
  let command: string;
  switch (interaction.type) {
    case InteractionType.ApplicationCommandAutocomplete:
      return { name: 'autocomplete', limiter: limits.autocomplete };
    case InteractionType.ApplicationCommand:
      command = interaction.data.name;
      break;
    case InteractionType.MessageComponent:
      command = interaction.data.custom_id.split(':', 1)[0] ?? '';
      break;
    default:
      return null;
  }
  if (command === 'kb') return { name: 'kb', limiter: limits.kb };
  if (command === 'ask') return { name: 'questions', limiter: limits.questions };
  return null;
}

/**
 * The response to one (signature-checked) interaction, under the per-user rate
 * `limits` when given. Never throws: a failure is logged and apologised for.
 */
export function interactionResponse(interaction: APIInteraction, ctx: BotContext, limits?: RateLimits | null): APIInteractionResponse {
  try {
    const user = interaction.member?.user.id ?? interaction.user?.id;
    const bucket = limits && user !== undefined ? bucketOf(interaction, limits) : null;
    const decision = bucket?.limiter.take(user!);
    if (bucket && decision && !decision.ok) {
      ctx.logger[decision.firstRefusal ? 'info' : 'debug']({ user, bucket: bucket.name, interactionId: interaction.id, retryInMs: Math.max(0, decision.retryAt - Date.now()) }, 'rate limited');
      if (interaction.type === InteractionType.ApplicationCommandAutocomplete) return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
      return reply(rateLimitMessage(decision.retryAt, { questions: ctx.config.RATE_LIMIT_QUESTIONS, seconds: ctx.config.RATE_LIMIT_WINDOW_SECONDS }), true);
    }
    return respond(interaction, ctx);
  } catch (err) {
    ctx.logger.error({ err, interactionId: interaction.id, type: interaction.type }, 'HTTP interaction handler failed');
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
    return reply(apologyMessage(), true);
  }
}

function respond(interaction: APIInteraction, ctx: BotContext): APIInteractionResponse {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };

    case InteractionType.ApplicationCommand: {
      const data = interaction.data;
      const options = 'options' in data ? (data.options as Option[] | undefined) : undefined;
      switch (data.name) {
        case 'ask': {
          const question = optionValue(options, 'question');
          const ephemeral = optionValue(options, 'private') === true;
          return reply(answerReply(ctx, askQuestion(ctx, typeof question === 'string' ? question : '')), ephemeral);
        }
        case 'sources':
          return reply(sourcesMessage(ctx.kb.engine.sources()), true);
        case 'help':
          return reply(helpMessage(ctx.kb.engine.sources()), true);
        case 'kb':
          return notice(KB_OVER_HTTP);
        default:
          ctx.logger.warn({ command: data.name }, 'unknown command over HTTP (deploy the commands again?)');
          return notice('I do not know that command any more.');
      }
    }

    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = focusedOption(interaction.data.options as Option[] | undefined);
      const choices =
        interaction.data.name === 'ask' && focused?.name === 'question'
          ? autocompleteChoices(ctx.kb.engine.topics(String(focused.value ?? '').slice(0, ctx.config.MAX_QUESTION_CHARS), 25))
          : [];
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
    }

    case InteractionType.MessageComponent: {
      const customId = interaction.data.custom_id;
      if (customId.split(':', 1)[0] === 'ask') {
        const parsed = parseMoreResultsId(customId);
        const question = parsed === null ? undefined : 'question' in parsed ? parsed.question : recallQuestion(parsed.key);
        if (question === undefined) return notice('This button has expired: please ask the question again.');
        // As the gateway bot: the live engine, no second gap record.
        return reply(moreResultsMessage(ctx.kb.engine.ask(question)), true);
      }
      ctx.logger.warn({ customId }, 'button with no handler over HTTP');
      return notice('This button no longer works: please ask again.');
    }

    case InteractionType.ModalSubmit:
      return notice('This form no longer works: please start again.');

    default:
      throw new Error(`unknown interaction type ${String((interaction as { type?: unknown }).type)}`);
  }
}
