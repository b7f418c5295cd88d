/**
 * `npm start`: the Discord bot. Reads the configuration, opens the knowledge
 * folder, loads the commands and logs in. Every startup mistake is one clear
 * message on stderr and exit code 1, never a stack trace.
 *
 * Running, it stops cleanly on SIGINT/SIGTERM (no new questions, those in flight
 * finished, gateway closed, logs flushed, exit 0 within a few seconds) and exits
 * 1 on an uncaught error or when the gateway closes for good, for a supervisor
 * to restart it. With HEALTH_PORT, `GET /health` reports its state.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, Events } from 'discord.js';
import type { DestinationStream } from 'pino';
import { MISSING_TOKEN, configOrReport } from '../config.js';
import { GapLog, gapsFileFor } from '../gaps.js';
import { type HealthServer, healthPortProblem, startHealthServer } from '../health.js';
import { watchKnowledge } from '../kb-watcher.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { installProcessHandlers, stopGracefully } from '../lifecycle.js';
import { openOrReport } from '../open-knowledge.js';
import { createLogger, type Logger } from '../logger.js';
import type { Command, GapRecorder } from './command.js';
import { type BotRuntime, type CreateBotOptions, createBot, createRuntime, gatewayConnected } from './client.js';
import { CommandLoadError } from './commands.js';

const OFFLINE_HINT = 'To try the answers without Discord, run: npm run ask -- "How many more officers is Kenya sending to Haiti?"';

export interface StartOptions {
  /** The environment to read the configuration from (default: process.env, plus `.env`). */
  env?: NodeJS.ProcessEnv;
  /** Where startup errors are written (default: stderr). */
  stderr?: (text: string) => void;
  /** Where unanswered questions go (default: the gaps log, persisted per KB_GAPS_PERSIST). */
  gaps?: GapRecorder;
  /** Where the JSON log lines go (default: stdout). */
  logDestination?: DestinationStream;
  /** The commands to serve (default: those in `commands/`). */
  commands?: ReadonlyMap<string, Command>;
  /** Extra discord.js client options (tests). */
  clientOptions?: CreateBotOptions['clientOptions'];
  /** How long questions in flight may take to finish on stop (default 3 s). */
  graceMs?: number;
}

export type StartResult =
  | {
      ok: true;
      client: Client;
      logger: Logger;
      kb: KnowledgeBase;
      runtime: BotRuntime;
      health: HealthServer | null;
      /** Graceful stop (see lifecycle.ts); never throws. */
      stop: (reason: string) => Promise<{ finished: boolean }>;
    }
  | { ok: false; code: number };


/** `text` with every occurrence of `secret` masked. */
function masked(text: string, secret: string | undefined): string {
  return secret && secret.length >= 8 ? text.split(secret).join('[REDACTED]') : text;
}

/** Starts the bot; returns the logged-in client, or the exit code after printing why it could not start. */
export async function start(options: StartOptions = {}): Promise<StartResult> {
  const print = options.stderr ?? ((text: string) => void process.stderr.write(text));
  const config = configOrReport(options.env ?? process.env, print);
  if (!config) return { ok: false, code: 1 };
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    print(`${MISSING_TOKEN}\n${OFFLINE_HINT}\n`);
    return { ok: false, code: 1 };
  }

  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token], ...(options.logDestination ? { destination: options.logDestination } : {}) });
  // As every entry point opens it: word vectors (unless WORD_VECTORS=off), then the folder.
  const kb = await openOrReport(config, logger, print);
  if (!kb) return { ok: false, code: 1 };

  // Everything opened from here on is closed again on a failed start and on stop.
  const closers: Array<{ name: string; close: () => unknown }> = [];
  const closeAll = async () => {
    for (const c of closers.reverse()) await Promise.resolve().then(c.close).catch(() => undefined);
  };
  let gaps = options.gaps;
  if (gaps === undefined) {
    const log = await GapLog.open({ file: gapsFileFor(config), logger });
    closers.push({ name: 'gaps', close: () => log.close() });
    gaps = log;
  }
  const runtime = createRuntime(config);
  let client: Client;
  try {
    client = await createBot({ config, kb, logger, gaps, runtime, commands: options.commands, clientOptions: options.clientOptions });
  } catch (err) {
    await closeAll();
    if (err instanceof CommandLoadError) {
      print(`${err.message}\n`);
      return { ok: false, code: 1 };
    }
    throw err;
  }
  if (config.KB_WATCH) {
    const stopWatching = watchKnowledge(kb, { logger });
    closers.push({ name: 'kb-watcher', close: stopWatching });
  }
  let health: HealthServer | null = null;
  if (config.HEALTH_PORT !== undefined) {
    try {
      health = await startHealthServer({
        port: config.HEALTH_PORT,
        host: config.HEALTH_HOST,
        logger,
        state: () => ({ gateway: gatewayConnected(client), index: kb.engine.passages.length > 0, passages: kb.engine.passages.length, stopping: runtime.work.draining }),
      });
      const server = health;
      closers.push({ name: 'health', close: () => server.close() });
    } catch (err) {
      await closeAll();
      print(healthPortProblem(config.HEALTH_PORT, err));
      return { ok: false, code: 1 };
    }
  }

  logger.info({ sources: kb.engine.sources().length, passages: kb.engine.passages.length, api: config.DISCORD_API_URL }, 'logging in');
  try {
    await client.login(token);
  } catch (err) {
    logger.fatal({ err }, 'could not log in to Discord');
    const message = err instanceof Error ? masked(err.message, token) : 'unknown error';
    print(`Could not log in to Discord: ${message}\nCheck DISCORD_TOKEN (and DISCORD_API_URL).\n`);
    await client.destroy();
    await closeAll();
    return { ok: false, code: 1 };
  }

  let stopping: Promise<{ finished: boolean }> | null = null;
  const stop = (reason: string) =>
    (stopping ??= stopGracefully(
      {
        logger,
        work: runtime.work,
        graceMs: options.graceMs ?? 3000,
        disconnect: () => client.destroy(),
        close: [...closers].reverse(),
      },
      reason,
    ));
  return { ok: true, client, logger, kb, runtime, health, stop };
}

/**
 * The process: crash handlers first (an error during start-up is printed
 * without the token), then {@link start}; SIGINT/SIGTERM stop it gracefully
 * (exit 0), an uncaught error or a gateway closed for good exit 1.
 */
async function run(): Promise<void> {
  let logger: Logger | null = null;
  let stop: ((reason: string) => Promise<unknown>) | null = null;
  installProcessHandlers({
    logger: () => logger,
    secrets: () => [process.env['DISCORD_TOKEN']],
    onSignal: async (signal) => {
      if (stop) await stop(signal);
    },
  });
  const result = await start();
  if (!result.ok) {
    process.exit(result.code);
    return;
  }
  logger = result.logger;
  stop = result.stop;
  exitWhenGatewayDies(result, (code) => process.exit(code));
}

/**
 * A gateway closed for good (4004: the token was reset; 4014: an intent was
 * withdrawn...) leaves a process that can never answer again: log it, stop,
 * and exit 1 so a supervisor restarts it (and someone reads why).
 */
export function exitWhenGatewayDies(result: Extract<StartResult, { ok: true }>, exit: (code: number) => void): void {
  result.client.on(Events.ShardDisconnect, (event) => {
    result.logger.fatal({ code: event.code }, 'the gateway closed for good: exiting so that a supervisor restarts the bot');
    void result.stop('gateway closed for good').finally(() => exit(1));
  });
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  run().catch((err: unknown) => {
    process.stderr.write(`error: ${masked(err instanceof Error ? err.message : String(err), process.env['DISCORD_TOKEN'])}\n`);
    process.exit(1);
  });
}
