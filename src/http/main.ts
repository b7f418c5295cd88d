/**
 * `npm run start:http`: the bot's slash commands over Discord's HTTP interactions
 * endpoint instead of the gateway. Reads the configuration (DISCORD_PUBLIC_KEY is
 * required, HTTP_PORT is the port), opens the knowledge folder, and listens.
 * Needs no bot token: every answer goes back in the HTTP response.
 *
 * Startup mistakes are one clear message on stderr and exit code 1.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { MemoryGapRecorder } from '../bot/gaps.js';
import type { GapRecorder } from '../bot/command.js';
import { configOrReport, type Config } from '../config.js';
import { watchKnowledge } from '../kb-watcher.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { createLogger, type Logger } from '../logger.js';
import { openOrReport } from '../open-knowledge.js';
import { DEFAULT_PATH, createInteractionsServer } from './server.js';
import { publicKeyFromHex } from './verify.js';

export interface StartHttpOptions {
  /** The environment to read the configuration from (default: process.env, plus `.env`). */
  env?: NodeJS.ProcessEnv;
  stderr?: (text: string) => void;
  /** Interface to listen on (default: every interface, for a reverse proxy or tunnel in front). */
  host?: string;
  /** Overrides HTTP_PORT (0: any free port). */
  port?: number;
  gaps?: GapRecorder;
  logger?: Logger;
}

export type StartHttpResult =
  | { ok: true; server: Server; kb: KnowledgeBase; logger: Logger; config: Config; url: string; stop(): Promise<void> }
  | { ok: false; code: number };

export async function startHttp(options: StartHttpOptions = {}): Promise<StartHttpResult> {
  const print = options.stderr ?? ((text: string) => void process.stderr.write(text));
  const config = configOrReport(options.env ?? process.env, print);
  if (!config) return { ok: false, code: 1 };
  if (config.DISCORD_PUBLIC_KEY === undefined) {
    print('DISCORD_PUBLIC_KEY is not set: the HTTP endpoint checks every request against the application\'s public key (Developer Portal → General Information → Public Key), in the environment or in .env.\n');
    return { ok: false, code: 1 };
  }
  const publicKey = publicKeyFromHex(config.DISCORD_PUBLIC_KEY);
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  // As every entry point opens it: word vectors (unless WORD_VECTORS=off), then the folder.
  const kb = await openOrReport(config, logger, print);
  if (!kb) return { ok: false, code: 1 };
  // No /kb over HTTP: a moderator's edits on disk are picked up by the watcher, when on.
  const unwatch = config.KB_WATCH ? watchKnowledge(kb, { logger }) : () => undefined;

  const server = createInteractionsServer({ ctx: { kb, config, logger, gaps: options.gaps ?? new MemoryGapRecorder() }, publicKey });
  const port = options.port ?? config.HTTP_PORT;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if (options.host === undefined) server.listen(port, () => resolve());
      else server.listen(port, options.host, () => resolve());
    });
  } catch (err) {
    unwatch();
    print(`Cannot listen on port ${port}: ${err instanceof Error ? err.message : String(err)}\nSet HTTP_PORT to a free port.\n`);
    return { ok: false, code: 1 };
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${DEFAULT_PATH}`;
  logger.info({ url, sources: kb.engine.sources().length, passages: kb.engine.passages.length, watch: config.KB_WATCH }, 'HTTP interactions endpoint listening');
  const stop = async () => {
    unwatch();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  };
  return { ok: true, server, kb, logger, config, url, stop };
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  startHttp().then(
    (result) => {
      if (!result.ok) {
        process.exit(result.code);
        return;
      }
      const { logger, stop } = result;
      process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        void stop().finally(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
