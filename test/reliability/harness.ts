/**
 * Shared by the reliability tests: the bot (real discord.js client, real
 * commands, shipped knowledge) against the fake Discord, with every log line
 * captured and process-level error listeners.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import type { DestinationStream } from 'pino';
import { type BotRuntime, createBot, createRuntime, gatewayConnected } from '../../src/bot/client.js';
import type { Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/commands.js';
import { MemoryGapRecorder } from '../../src/bot/gaps.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { openKnowledgeBase } from '../../src/open-knowledge.js';
import type { FakeDiscord, FakeInteraction, Json } from '../fake-discord/server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const KNOWLEDGE = path.join(ROOT, 'knowledge');
export const APP_ID = '1100000000000000001';
export const QUESTION = 'How many more officers is Kenya sending to Haiti?';
export const RUTO_600 = 'President William Ruto has committed to deploy 600 more Kenyan police officers';

/**
 * discord.js waits ~5 s before identifying a shard again that identified less
 * than 5 s ago; tests of op 9 / close 1000 skip that wait.
 */
export const NO_IDENTIFY_WAIT = { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => undefined }) } };

/** Every JSON log line, raw and parsed. */
export interface LogCapture {
  lines: string[];
  records: Array<Record<string, unknown>>;
  destination: DestinationStream;
  /** Records whose `msg` matches. */
  withMsg(msg: string | RegExp): Array<Record<string, unknown>>;
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const records: Array<Record<string, unknown>> = [];
  return {
    lines,
    records,
    destination: {
      write(line: string) {
        lines.push(line);
        records.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
    withMsg: (msg) => records.filter((r) => (typeof msg === 'string' ? r['msg'] === msg : msg.test(String(r['msg'])))),
  };
}

/** Collects unhandled rejections and uncaught exceptions of this test process while installed. */
export function trackProcessErrors(): { errors: unknown[]; dispose(): void } {
  const errors: unknown[] = [];
  const onRejection = (err: unknown) => void errors.push(err);
  const onException = (err: unknown) => void errors.push(err);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    errors,
    dispose() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** A knowledge base whose engine can be swapped under the running bot. */
export class SwitchableKb {
  constructor(public current: { engine: KnowledgeBase['engine'] }) {}
  get engine(): KnowledgeBase['engine'] {
    return this.current.engine;
  }
}

export interface BotUnderTest {
  client: Client;
  config: Config;
  logs: LogCapture;
  runtime: BotRuntime;
  kb: SwitchableKb;
  realKb: KnowledgeBase;
  gaps: MemoryGapRecorder;
  stop(): Promise<void>;
}

let sharedKb: Promise<KnowledgeBase> | undefined;

/** The bot, logged in to `fake` and ready. `env` overrides the configuration. */
export async function startBot(
  fake: FakeDiscord,
  options: { env?: Record<string, string>; commands?: Command[]; clientOptions?: Record<string, unknown>; now?: () => number } = {},
): Promise<BotUnderTest> {
  const config = loadConfig(
    { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, LOG_LEVEL: 'debug', WORD_VECTORS: 'off', ...options.env },
    { dotenv: false },
  );
  sharedKb ??= openKnowledgeBase(config);
  const realKb = await sharedKb;
  const kb = new SwitchableKb(realKb);
  const logs = captureLogs();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [fake.token], destination: logs.destination });
  const commands = new Map(await loadCommands());
  for (const c of options.commands ?? []) commands.set(c.data.name, c);
  const runtime = createRuntime(config, options.now ? { now: options.now } : {});
  const gaps = new MemoryGapRecorder();
  const client = await createBot({ config, kb: kb as unknown as KnowledgeBase, logger, gaps, commands, runtime, clientOptions: options.clientOptions });
  await client.login(fake.token);
  await waitConnected(client);
  return {
    client,
    config,
    logs,
    runtime,
    kb,
    realKb,
    gaps,
    async stop() {
      // discord.js hangs in destroy() while it waits for READY: let it settle first.
      await waitConnected(client).catch(() => undefined);
      await client.destroy();
    },
  };
}

/** Sends `/ask question:<q>`. */
export function ask(fake: FakeDiscord, question: string, extra: { user?: string; guildId?: string | null; private?: boolean } = {}): FakeInteraction {
  const options = [{ name: 'question', type: 3, value: question }, ...(extra.private === undefined ? [] : [{ name: 'private', type: 5, value: extra.private }])];
  return fake.sendSlashCommand({ name: 'ask', options, ...(extra.user ? { user: extra.user } : {}), ...(extra.guildId !== undefined ? { guildId: extra.guildId } : {}) });
}

/** The description of the first embed (where answers are), as a reader sees it: no bold markers, no escapes. */
export const descriptionOf = (embeds: Json[]) =>
  String(embeds[0]?.['description'] ?? '')
    .replace(/\*\*/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Successful acknowledgements of an interaction (callbacks Discord accepted). */
export const acceptedCallbacks = (ix: FakeInteraction) => ix.callbacks.filter((c) => c.status < 300);

/** Busy-waits `ms` (a synchronous, slow engine). */
export function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // burn
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every 10 ms until it is truthy; rejects after `timeoutMs`. */
export async function until<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Waits until the client's gateway is connected and ready. (Not fake.sync(): its op 1
 * heartbeat request, landing just before discord.js's first heartbeat of a new
 * connection, makes discord.js take the connection for a zombie and reconnect.)
 */
export async function waitConnected(client: Client, timeoutMs = 5000): Promise<void> {
  await until(() => gatewayConnected(client), 'the gateway to be connected and ready', timeoutMs);
}
