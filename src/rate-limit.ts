/**
 * Per-user rate limits: a sliding window log per key (at most `limit` accepted
 * events in any `windowMs`). Refused events are not counted, so someone who keeps
 * asking gets through again as soon as the window slides past their oldest question.
 *
 * Memory is bounded: keys are kept in least-recently-used order, keys whose
 * window has passed are dropped as a side effect of every call (amortised O(1)),
 * and beyond `maxKeys` live keys the least recently used one is forgotten (that
 * user starts afresh: a flood of that many distinct users is Discord's problem
 * before it is ours). Each key holds at most `limit` timestamps.
 */

export interface RateLimitOptions {
  /** Events accepted per window per key. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Most keys remembered at once (default 50,000). */
  maxKeys?: number;
  /** The clock (ms), for tests. */
  now?: () => number;
}

export type RateDecision =
  | { ok: true }
  | {
      ok: false;
      /** When (ms since the epoch) the next event of this key will be accepted. */
      retryAt: number;
      /**
       * True for the first refusal since the key last got through: tell the user
       * once (direct messages then stay quiet until the window passes).
       */
      firstRefusal: boolean;
    };

interface Entry {
  /** Accepted events in the window, oldest first (at most `limit`). */
  times: number[];
  /** Last time the key was seen (accepted or refused): the LRU order. */
  seen: number;
  /** A refusal was already reported since the last accepted event. */
  notified: boolean;
}

export class SlidingWindowLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  /** Insertion order = least recently seen first (entries are re-inserted when seen). */
  private readonly entries = new Map<string, Entry>();

  constructor(options: RateLimitOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0)) throw new RangeError('rate limit: limit must be ≥ 1 and windowMs > 0');
    this.limit = Math.floor(options.limit);
    this.windowMs = options.windowMs;
    this.maxKeys = Math.max(1, options.maxKeys ?? 50_000);
    this.now = options.now ?? Date.now;
  }

  /** Records an event for `key` if the window has room; otherwise says when to come back. */
  take(key: string): RateDecision {
    const now = this.now();
    const cutoff = now - this.windowMs;
    this.sweep(cutoff);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      let expired = 0;
      while (expired < entry.times.length && entry.times[expired]! <= cutoff) expired++;
      if (expired > 0) entry.times.splice(0, expired);
    } else {
      entry = { times: [], seen: now, notified: false };
    }
    entry.seen = now;
    this.entries.set(key, entry);
    if (entry.times.length < this.limit) {
      entry.times.push(now);
      entry.notified = false;
      while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
      return { ok: true };
    }
    const firstRefusal = !entry.notified;
    entry.notified = true;
    return { ok: false, retryAt: entry.times[0]! + this.windowMs, firstRefusal };
  }

  /** Keys currently remembered (for tests and the load benchmark). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops keys not seen since `cutoff`: their newest event is outside the window. */
  private sweep(cutoff: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.seen > cutoff) break;
      this.entries.delete(key);
    }
  }
}

/** The bot's buckets, all per user id. */
export interface RateLimits {
  /** Questions: `/ask`, its "More results" button, direct messages. */
  questions: SlidingWindowLimiter;
  /** Moderators' `/kb` commands: a separate, looser bucket. */
  kb: SlidingWindowLimiter;
  /** Autocomplete requests (one per keystroke): generous, answered with no choices when over. */
  autocomplete: SlidingWindowLimiter;
}

/**
 * The buckets from the configuration: RATE_LIMIT_QUESTIONS questions per
 * RATE_LIMIT_WINDOW_SECONDS; `/kb` twice that (at least 10); autocomplete ten times that.
 */
export function createRateLimits(
  config: { RATE_LIMIT_QUESTIONS: number; RATE_LIMIT_WINDOW_SECONDS: number },
  options: { now?: () => number; maxKeys?: number } = {},
): RateLimits {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  const q = config.RATE_LIMIT_QUESTIONS;
  const common = { windowMs, ...(options.now ? { now: options.now } : {}), ...(options.maxKeys ? { maxKeys: options.maxKeys } : {}) };
  return {
    questions: new SlidingWindowLimiter({ limit: q, ...common }),
    kb: new SlidingWindowLimiter({ limit: Math.max(10, 2 * q), ...common }),
    autocomplete: new SlidingWindowLimiter({ limit: 10 * q, ...common }),
  };
}
