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
  type Client,
  DiscordAPIError,
  HTTPError,
  type Interaction,
  MessageFlags,
  REST,
  RateLimitError,
  Routes,
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
  // A refusal offers its nearest passages in full the same way ("More results" re-asks the question).
  const more = answer.answered ? answer.alternatives.length > 0 : (answer.reason === 'no-match' || answer.reason === 'ambiguous') && answer.suggestions.length > 0;
  const moreId = more ? moreResultsId(answer.question) ?? moreResultsKeyId(rememberQuestion(answer.question)) : null;
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
/** key → question, oldest first; and question → key, so a repeated question reuses its key in O(1). */
const remembered = new Map<string, string>();
const keyOf = new Map<string, string>();

/**
 * Remembers a question for its "More results" button and returns a short key.
 * In memory, newest 2000 (so at most 2000 × MAX_QUESTION_CHARS characters):
 * after a restart, or once pushed out, the button says it has expired.
 */
export function rememberQuestion(question: string): string {
  const known = keyOf.get(question);
  if (known !== undefined) {
    remembered.delete(known);
    remembered.set(known, question);
    return known;
  }
  const key = randomBytes(12).toString('base64url');
  remembered.set(key, question);
  keyOf.set(question, key);
  while (remembered.size > MEMORY_SIZE) {
    const [oldKey, oldQuestion] = remembered.entries().next().value!;
    remembered.delete(oldKey);
    keyOf.delete(oldQuestion);
  }
  return key;
}

export function recallQuestion(key: string): string | undefined {
  return remembered.get(key);
}

/** How many questions the "More results" store holds (bounded by 2000). */
export function rememberedCount(): number {
  return remembered.size;
}

// ---------------------------------------------------------------------------
// Acknowledging in time
// ---------------------------------------------------------------------------

/** Discord drops an interaction not acknowledged within 3 s; defer well before that. */
export const DEFER_AFTER_MS = 1500;

/**
 * Deferrals sent but not yet answered by Discord. They are sent because an
 * interaction is close to Discord's 3 seconds, so before the next answer is
 * computed (CPU work that holds the event loop), they get a moment (up to
 * {@link ACK_GRACE_MS}) to reach Discord. (Direct replies are not waited for:
 * that would make every answer wait for the previous one's round trip.)
 */
const acksInFlight = new Set<Promise<unknown>>();
const ACK_GRACE_MS = 250;

function trackAck<T>(ack: Promise<T>): Promise<T> {
  acksInFlight.add(ack);
  const done = () => void acksInFlight.delete(ack);
  ack.then(done, done);
  return ack;
}

/**
 * Questions take turns: one answer is computed per turn of the event loop, so
 * between two answers the loop handles timers (deferrals), gateway events and
 * REST responses. A burst of a thousand questions then cannot hold the loop for
 * seconds: the ones that wait long are deferred in time, and answered in order.
 * Before each turn, deferrals in flight get up to 250 ms to go out.
 */
class TurnQueue {
  private items: Array<(() => void) | undefined> = [];
  private head = 0;
  private scheduled = false;
  private waitedForAcks = false;

  get length(): number {
    return this.items.length - this.head;
  }

  /** Resolves when it is the caller's turn. */
  next(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.items.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.length === 0) return;
    this.scheduled = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    if (acksInFlight.size > 0 && !this.waitedForAcks) {
      // Still scheduled: the turn resumes after the acknowledgements (or the grace time).
      this.waitedForAcks = true;
      let timer: NodeJS.Timeout | undefined;
      void Promise.race([Promise.allSettled([...acksInFlight]), new Promise((r) => (timer = setTimeout(r, ACK_GRACE_MS)))]).then(() => {
        clearTimeout(timer);
        setImmediate(this.run);
      });
      return;
    }
    this.waitedForAcks = false;
    this.scheduled = false;
    const resolve = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    // The next turn is the next loop iteration: immediates queued now run after timers and I/O.
    this.schedule();
    resolve?.();
  };
}

const turns = new TurnQueue();

/** Waits for this question's turn to be answered (see {@link TurnQueue}). */
export function nextTurn(): Promise<void> {
  return turns.next();
}

/** Questions waiting for their turn. */
export function waitingQuestions(): number {
  return turns.length;
}

/** How long the last few answers took to compute (ms), to defer up front when answers are slow. */
const recentWork: number[] = [];
function expectedWorkMs(): number {
  let max = 0;
  for (const ms of recentWork) max = Math.max(max, ms);
  return max;
}
function recordWork(ms: number): void {
  recentWork.push(ms);
  if (recentWork.length > 8) recentWork.shift();
}

/**
 * A REST client for interaction webhooks (editing a deferred reply) outside
 * discord.js's client-side global limit of 50 requests a second: Discord does
 * not count interaction endpoints against the bot's global rate limit, but
 * discord.js would queue these edits behind every other request, so a burst of
 * deferred answers would trickle out at 50 a second. Per-route limits (and 429s)
 * are still honoured. Registered per client by {@link useInteractionRest}.
 */
const interactionRest = new WeakMap<Client, REST>();

/** Gives `client`'s interactions their own REST client (see above); returns a function that releases it. */
export function useInteractionRest(client: Client, api: string): () => void {
  const rest = new REST({ api, globalRequestsPerSecond: Number.POSITIVE_INFINITY, handlerSweepInterval: 60_000 });
  interactionRest.set(client, rest);
  return () => {
    rest.clearHandlerSweeper();
    rest.clearHashSweeper();
    interactionRest.delete(client);
  };
}

/** Edits the deferred reply of `interaction` with `message`. */
async function editOriginal(interaction: ChatInputCommandInteraction | ButtonInteraction, message: BotMessage): Promise<void> {
  const rest = interactionRest.get(interaction.client);
  if (!rest) {
    await interaction.editReply(message);
    return;
  }
  const body: Record<string, unknown> = {
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    allowed_mentions: { parse: message.allowedMentions.parse, replied_user: message.allowedMentions.repliedUser },
  };
  if (message.content !== undefined) body['content'] = message.content;
  await rest.patch(Routes.webhookMessage(interaction.applicationId, interaction.token, '@original'), { body, auth: false });
  interaction.replied = true;
}

/** Discord's "Interaction has already been acknowledged": our own earlier attempt went through. */
export function isAlreadyAcknowledged(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === 40060;
}

/**
 * Replies with what `work` produces: directly when it is ready within
 * `deferAfterMs` of the interaction's creation (one request, the fast path),
 * otherwise defers first (so Discord shows "thinking…") and edits the deferred
 * reply when the work is done. The work waits for its turn (see {@link nextTurn});
 * when the interaction is already old, or recent answers were slow enough that
 * this one would miss the deadline, it defers before starting.
 *
 * A retried acknowledgement that Discord answers with 40060 ("already
 * acknowledged") means the first attempt went through and only its response was
 * lost: it counts as done, so nothing is ever acknowledged twice.
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
    if (deferring !== null) return;
    deferring = trackAck(interaction.deferReply(flags === undefined ? {} : { flags })).catch((err: unknown) => {
      if (!isAlreadyAcknowledged(err)) throw err;
      // Our deferral went through; only its response was lost. discord.js did not see it.
      interaction.deferred = true;
      interaction.ephemeral = flags !== undefined;
    });
    // Errors surface when the reply is edited below.
    deferring.catch(() => undefined);
  };
  // The interaction's age comes from its snowflake, i.e. Discord's clock; a skewed
  // clock only makes us defer more often.
  const age = () => Date.now() - interaction.createdTimestamp;
  const timer = setTimeout(defer, Math.max(0, deferAfterMs - age()));
  let message: BotMessage;
  try {
    await nextTurn();
    // Synchronous work cannot be interrupted by the timer: when it would end too late,
    // defer first, and let the deferral reach Discord before the work holds the loop.
    if (deferring === null && age() + expectedWorkMs() >= deferAfterMs) {
      defer();
      await deferring;
    }
    const started = performance.now();
    message = await work();
    recordWork(performance.now() - started);
  } catch (err) {
    // Let a deferral in flight land first, so the apology knows to edit it rather than reply.
    if (deferring !== null) await (deferring as Promise<unknown>).catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  if (deferring !== null) {
    await deferring;
    await editOriginal(interaction, message);
    return;
  }
  try {
    await interaction.reply(flags === undefined ? message : { ...message, flags });
  } catch (err) {
    if (!isAlreadyAcknowledged(err)) throw err;
    // Our reply went through; only its response was lost (and discord.js retried it).
    interaction.replied = true;
    interaction.ephemeral = flags !== undefined;
  }
}

// ---------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------

/**
 * Whether an error came from talking to Discord (an API error, a 5xx after the
 * retries, a rate limit we were told to give up on, a network failure) rather
 * than from our own handler. Apologising through Discord then cannot help.
 */
export function isDiscordFailure(err: unknown): boolean {
  if (err instanceof DiscordAPIError || err instanceof HTTPError || err instanceof RateLimitError) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (
    err.name === 'AbortError' ||
    (typeof code === 'string' && /^(?:ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|ENETUNREACH|EHOSTUNREACH|UND_ERR)/.test(code)) ||
    (err.name === 'TypeError' && err.message === 'fetch failed')
  );
}

/**
 * Tells the user, briefly and privately, that something went wrong, whatever
 * state the interaction is in (not yet answered: reply; deferred: edit the
 * "thinking…" reply; answered: follow up). Never throws: resolves with the error
 * that kept the apology from being sent, or null when it was sent.
 */
export async function tryApologize(interaction: Interaction): Promise<unknown> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await (interaction as AutocompleteInteraction).respond([]);
      return null;
    }
    if (!interaction.isRepliable()) return null;
    const apology = apologyMessage();
    if (interaction.deferred && !interaction.replied) await interaction.editReply(apology);
    else if (interaction.replied) await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
    return null;
  } catch (err) {
    return err;
  }
}

/** {@link tryApologize}, logging a failure to apologise. Never throws. */
export async function apologize(interaction: Interaction, logger: Logger): Promise<void> {
  const err = await tryApologize(interaction);
  if (err !== null) logger.warn({ err, interactionId: interaction.id }, 'could not send the apology');
}
