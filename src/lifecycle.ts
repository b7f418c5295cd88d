/**
 * The bot's life as a process: tracking the questions in flight, stopping
 * cleanly on SIGINT/SIGTERM (no new questions, finish those in flight, close the
 * gateway with 1000, flush the logs, exit 0), and dying loudly on an uncaught
 * error (logged with its stack, exit 1) so a supervisor restarts it.
 */
import type { Logger } from './logger.js';

/**
 * The handlers running now. While `draining`, the bot takes no new questions;
 * {@link drain} waits for the running ones to finish.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private stopping = false;

  /** True once shutdown began: new questions are turned away. */
  get draining(): boolean {
    return this.stopping;
  }

  /** How many handlers are running. */
  get size(): number {
    return this.pending.size;
  }

  /** Tracks `work` until it settles; returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => void this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * Stops taking new work and waits for the running handlers, at most `timeoutMs`.
   * Resolves true when everything finished, false on timeout.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    this.stopping = true;
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, left);
        }),
      ]);
      clearTimeout(timer);
    }
    return true;
  }
}

/** Resolves with `promise`, or with `fallback` after `ms` (the promise keeps running). */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a graceful stop closes, in order. Every step is optional and bounded in time. */
export interface StopParts {
  logger: Logger;
  work: InFlight;
  /** Closes the gateway (discord.js `client.destroy()`: close code 1000, session ended). */
  disconnect?: () => Promise<void>;
  /** Other things to close after the gateway (health endpoint, watcher, gaps file...). */
  close?: Array<{ name: string; close: () => unknown }>;
  /** How long the questions in flight may take to finish (default 3 s). */
  graceMs?: number;
  /** How long each closing step may take (default 1 s). */
  stepMs?: number;
}

/**
 * Stops the bot: turn new questions away, let those in flight finish (up to
 * `graceMs`), close the gateway, close the rest, flush the logs. Never throws.
 */
export async function stopGracefully(parts: StopParts, reason: string): Promise<{ finished: boolean }> {
  const { logger, work } = parts;
  const stepMs = parts.stepMs ?? 1000;
  const started = Date.now();
  logger.info({ reason, inFlight: work.size }, 'shutting down: no new questions; finishing those in flight');
  const finished = await work.drain(parts.graceMs ?? 3000);
  if (!finished) logger.warn({ unfinished: work.size }, 'shutting down with questions still in flight');
  const step = async (name: string, fn: () => unknown) => {
    try {
      const outcome = await within(Promise.resolve().then(fn), stepMs, 'timeout' as const);
      if (outcome === 'timeout') logger.warn({ step: name, ms: stepMs }, 'shutdown step timed out');
    } catch (err) {
      logger.warn({ err, step: name }, 'shutdown step failed');
    }
  };
  if (parts.disconnect) await step('gateway', parts.disconnect);
  for (const c of parts.close ?? []) await step(c.name, c.close);
  logger.info({ ms: Date.now() - started, finished }, 'stopped');
  await flushLogs(logger);
  return { finished };
}

/** Flushes pino's buffered output, if any (bounded: a stuck stdout does not hold the exit). */
export async function flushLogs(logger: Logger): Promise<void> {
  await within(
    new Promise<void>((resolve) => {
      try {
        logger.flush(() => resolve());
      } catch {
        resolve();
      }
    }),
    500,
    undefined,
  );
}

export interface ProcessHandlerOptions {
  /** Where fatal errors are logged; the getter lets it change once the real logger exists. */
  logger: () => Logger | null;
  /** Fallback for fatal errors before there is a logger (default: stderr), already masked. */
  stderr?: (text: string) => void;
  /** Strings never to print (the token), masked in the fallback output; read when needed. */
  secrets?: () => Array<string | undefined>;
  /** Graceful stop, on the first SIGINT/SIGTERM. */
  onSignal: (signal: NodeJS.Signals) => Promise<unknown>;
  /** Hard limit for the graceful stop before exiting anyway (default 4.5 s). */
  stopTimeoutMs?: number;
  /** process.exit, for tests. */
  exit?: (code: number) => void;
  /** The process to attach to, for tests. */
  proc?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/**
 * SIGINT/SIGTERM: graceful stop, then exit 0 (a second signal exits 1 at once).
 * An uncaught exception or unhandled rejection: logged at fatal with its stack,
 * then exit 1. Returns a function that removes the handlers.
 */
export function installProcessHandlers(options: ProcessHandlerOptions): () => void {
  const proc = options.proc ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const mask = (s: string) =>
    (options.secrets?.() ?? [])
      .filter((x): x is string => typeof x === 'string' && x.length >= 8)
      .reduce((acc, secret) => acc.split(secret).join('[REDACTED]'), s);
  const stderr = options.stderr ?? ((t: string) => void process.stderr.write(t));
  let stopping = false;
  let dying = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger()?.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    const hard = setTimeout(() => {
      options.logger()?.error({ signal }, 'graceful shutdown took too long: exiting');
      exit(1);
    }, options.stopTimeoutMs ?? 4500);
    hard.unref();
    void options
      .onSignal(signal)
      .catch((err: unknown) => options.logger()?.error({ err }, 'graceful shutdown failed'))
      .finally(() => {
        clearTimeout(hard);
        exit(0);
      });
  };

  const die = (what: string) => (err: unknown) => {
    if (dying) return;
    dying = true;
    const logger = options.logger();
    if (logger) {
      logger.fatal({ err }, `${what}: exiting so that a supervisor restarts the bot`);
      // pino's default destination writes synchronously; flush for good measure, bounded.
      void flushLogs(logger).finally(() => exit(1));
    } else {
      const text = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
      stderr(`${mask(`${what}: ${text}`)}\n`);
      exit(1);
    }
  };
  const onUncaught = die('uncaught error');
  const onRejection = die('unhandled promise rejection');

  proc.on('SIGINT', onSignal);
  proc.on('SIGTERM', onSignal);
  proc.on('uncaughtException', onUncaught);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('SIGINT', onSignal);
    proc.off('SIGTERM', onSignal);
    proc.off('uncaughtException', onUncaught);
    proc.off('unhandledRejection', onRejection);
  };
}
