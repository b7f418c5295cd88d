/**
 * `npm start`: the Discord bot. Reads the configuration, opens the knowledge
 * folder, loads the commands and logs in. Every startup mistake is one clear
 * message on stderr and exit code 1, never a stack trace.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { type KnowledgeBase, KnowledgeError } from '../knowledge-base.js';
import { openKnowledgeBase } from '../open-knowledge.js';
import { createLogger, type Logger } from '../logger.js';
import type { GapRecorder } from './command.js';
import { createBot } from './client.js';
import { CommandLoadError } from './commands.js';
import { MemoryGapRecorder } from './gaps.js';

const OFFLINE_HINT = 'To try the answers without Discord, run: npm run ask -- "How many officers did Kenya pledge?"';

export interface StartOptions {
  /** The environment to read the configuration from (default: process.env, plus `.env`). */
  env?: NodeJS.ProcessEnv;
  /** Where startup errors are written (default: stderr). */
  stderr?: (text: string) => void;
  /** Where unanswered questions go (default: in memory). */
  gaps?: GapRecorder;
}

export type StartResult = { ok: true; client: Client; logger: Logger; kb: KnowledgeBase } | { ok: false; code: number };

/** Starts the bot; returns the logged-in client, or the exit code after printing why it could not start. */
export async function start(options: StartOptions = {}): Promise<StartResult> {
  const print = options.stderr ?? ((text: string) => void process.stderr.write(text));
  let config: Config;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      print(`${err.message}\n`);
      return { ok: false, code: 1 };
    }
    throw err;
  }
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    print(`DISCORD_TOKEN is not set: the bot needs its token from the Discord Developer Portal (Bot → Reset Token), in the environment or in .env.\n${OFFLINE_HINT}\n`);
    return { ok: false, code: 1 };
  }

  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  let kb: KnowledgeBase;
  try {
    // As every entry point opens it: word vectors (unless WORD_VECTORS=off), then the folder.
    kb = await openKnowledgeBase(config, config.KNOWLEDGE_DIR, logger);
  } catch (err) {
    if (err instanceof KnowledgeError) {
      print(`${err.message}\n`);
      return { ok: false, code: 1 };
    }
    throw err;
  }
  let client: Client;
  try {
    client = await createBot({ config, kb, logger, gaps: options.gaps ?? new MemoryGapRecorder() });
  } catch (err) {
    if (err instanceof CommandLoadError) {
      print(`${err.message}\n`);
      return { ok: false, code: 1 };
    }
    throw err;
  }

  logger.info({ sources: kb.engine.sources().length, passages: kb.engine.passages.length, api: config.DISCORD_API_URL }, 'logging in');
  try {
    await client.login(token);
  } catch (err) {
    logger.fatal({ err }, 'could not log in to Discord');
    const message = err instanceof Error ? err.message.split(token).join('[REDACTED]') : String(err);
    print(`Could not log in to Discord: ${message}\nCheck DISCORD_TOKEN (and DISCORD_API_URL).\n`);
    await client.destroy();
    return { ok: false, code: 1 };
  }
  return { ok: true, client, logger, kb };
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  start().then(
    (result) => {
      if (!result.ok) {
        process.exit(result.code);
        return;
      }
      const { client, logger } = result;
      process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
      const stop = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        void client.destroy().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
