/**
 * What `/ask`, the "More results" button and direct messages share: asking the
 * engine (with the configured length limit and gap recording), building the
 * reply, acknowledging interactions in time, and apologising when a handler fails.
 */
import { randomBytes } from 'node:crypto';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { Answer } from '../engine/answer.js';
import type { Logger } from '../logger.js';
import type { BotContext } from './command.js';
import { type BotMessage, answerMessage, apologyMessage, moreResultsId, moreResultsKeyId } from './format.js';

/**
 * Asks the live engine (read per question: a refresh swaps it). Questions longer
 * than config.MAX_QUESTION_CHARS are refused whatever the engine was built with.
 * Questions no passage answers are recorded as gaps for the moderators.
 */
export function askQuestion(ctx: BotContext, question: string): Answer {
  const q = withoutMentions(question);
  const answer: Answer =
    q.length > ctx.config.MAX_QUESTION_CHARS
      ? { question: q, answered: false, confidence: 0, matchedTerms: [], alternatives: [], suggestions: [], reason: 'too-long' }
      : ctx.kb.engine.ask(q);
  // 'too-long' and 'empty' say nothing about what the sources lack.
  if (!answer.answered && answer.reason === 'no-match') {
    try {
      ctx.gaps.record(q);
    } catch (err) {
      ctx.logger.warn({ err }, 'could not record a knowledge gap');
    }
  }
  return answer;
}

/**
 * The question without Discord mention syntax (`<@id>`, `<@&role>`, `<#channel>`,
 * `@everyone`, `@here`): they mean nothing to the sources, and their digits would
 * count as words no passage has. Spaces are collapsed.
 */
export function withoutMentions(question: string): string {
  return question
    .replace(/<(?:@[!&]?|#)\d{1,20}>|@(?:everyone|here)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The reply to a question, as for `/ask` (also used for direct messages). */
export function answerReply(ctx: BotContext, answer: Answer): BotMessage {
  const moreId = answer.answered && answer.alternatives.length > 0 ? moreResultsId(answer.question) ?? moreResultsKeyId(rememberQuestion(answer.question)) : null;
  return answerMessage(answer, {
    maxQuestionChars: ctx.config.MAX_QUESTION_CHARS,
    moreId,
    fallbackTopics: answer.answered || answer.reason === 'too-long' ? [] : sectionTopics(ctx),
  });
}

/** A few of the sources' section headings, to suggest when nothing is near. */
function sectionTopics(ctx: BotContext): string[] {
  return ctx.kb.engine.topics('', 5);
}

// ---------------------------------------------------------------------------
// Questions too long to travel in a button's custom id (100 characters)
// ---------------------------------------------------------------------------

const MEMORY_SIZE = 2000;
const remembered = new Map<string, string>();

/**
 * Remembers a question for its "More results" button and returns a short key.
 * In memory, newest 2000: after a restart the button says it has expired.
 */
export function rememberQuestion(question: string): string {
  for (const [key, q] of remembered) {
    if (q === question) {
      remembered.delete(key);
      remembered.set(key, q);
      return key;
    }
  }
  const key = randomBytes(12).toString('base64url');
  remembered.set(key, question);
  while (remembered.size > MEMORY_SIZE) remembered.delete(remembered.keys().next().value!);
  return key;
}

export function recallQuestion(key: string): string | undefined {
  return remembered.get(key);
}

// ---------------------------------------------------------------------------
// Acknowledging in time
// ---------------------------------------------------------------------------

/** Discord drops an interaction not acknowledged within 3 s; defer well before that. */
export const DEFER_AFTER_MS = 1500;

/**
 * Replies with what `work` produces: directly when it is ready within
 * `deferAfterMs` (one request, the fast path), otherwise defers first (so Discord
 * shows "thinking…") and edits the deferred reply when the work is done.
 */
export async function replyInTime(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  options: { ephemeral: boolean; deferAfterMs?: number },
  work: () => BotMessage | Promise<BotMessage>,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  let deferring: Promise<unknown> | null = null;
  const defer = () => {
    deferring = interaction.deferReply(flags === undefined ? {} : { flags });
    // Errors surface when the reply is edited below.
    deferring.catch(() => undefined);
  };
  // Synchronous work cannot be interrupted by the timer: when the interaction already
  // waited long (a busy event loop), defer before starting. Its age comes from its
  // snowflake, i.e. Discord's clock; a skewed clock only makes us defer more often.
  const age = Date.now() - interaction.createdTimestamp;
  if (age >= deferAfterMs) defer();
  const timer = deferring === null ? setTimeout(defer, deferAfterMs - Math.max(0, age)) : undefined;
  let message: BotMessage;
  try {
    message = await work();
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  if (deferring !== null) {
    await deferring;
    await interaction.editReply(message);
    return;
  }
  await interaction.reply(flags === undefined ? message : { ...message, flags });
}

// ---------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------

/**
 * Tells the user, briefly and privately, that something went wrong, whatever
 * state the interaction is in (not yet answered: reply; deferred: edit the
 * "thinking…" reply; answered: follow up). Never throws.
 */
export async function apologize(interaction: Interaction, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await (interaction as AutocompleteInteraction).respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const apology = apologyMessage();
    if (interaction.deferred && !interaction.replied) await interaction.editReply(apology);
    else if (interaction.replied) await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
  } catch (err) {
    logger.warn({ err, interactionId: interaction.id }, 'could not send the apology');
  }
}

