/**
 * `npm run start:sharded`: the bot on several shards, with discord.js's
 * ShardingManager. This process connects to no gateway itself: it
 *
 *  1. reads the configuration and opens the knowledge folder once, so a bad folder
 *     is one clear message here (not N crashing shards) and the index and the
 *     word-vector table are saved for the shards to load rather than rebuild;
 *  2. asks Discord (GET /gateway/bot, on DISCORD_API_URL) how many shards to run,
 *     unless SHARD_COUNT says;
 *  3. spawns one process per shard running the normal bot (shard.ts), and respawns
 *     any that dies. Discord lets `max_concurrency` shards identify at once, then one
 *     more wave every 5 s: the shards are spawned in such waves (discord.js's own
 *     `spawn()` waits for each shard before the next, N times a startup);
 *  4. relays knowledge reloads between the shards (shard-sync.ts), so a `/kb` change
 *     made on one shard reaches them all;
 *  5. with HEALTH_PORT, serves `GET /health` for all of them (200 when every shard is
 *     connected and has its index); the shards themselves serve none.
 *
 * discord.js's own `totalShards: 'auto'` asks https://discord.com directly whatever
 * DISCORD_API_URL says, so the count is fetched here and passed as a number.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { DiscordAPIError, REST, Routes, type RESTGetAPIGatewayBotResult, type Shard, ShardingManager } from 'discord.js';
import { MISSING_TOKEN, configOrReport, type Config } from '../config.js';
import { KnowledgeError } from '../knowledge-base.js';
import { type HealthServer, healthPortProblem, startHealthServer } from '../health.js';
import { installProcessHandlers } from '../lifecycle.js';
import { createLogger, type Logger } from '../logger.js';
import { openKnowledgeBase } from '../open-knowledge.js';
import { STOP_MESSAGE, createKnowledgeRelay, type KnowledgeRelay } from './shard-sync.js';

/** How long a shard may take to stop gracefully before it is killed. */
const STOP_TIMEOUT_MS = 6_000;

/** Discord lets one identify per `max_concurrency` bucket through every 5 seconds. */
const IDENTIFY_INTERVAL_MS = 5_500;

export interface ShardedOptions {
  /** The environment to read the configuration from (default: process.env, plus `.env`). Shards get it too. */
  env?: NodeJS.ProcessEnv;
  /** Where startup errors are written (default: stderr). */
  stderr?: (text: string) => void;
  /** `process` (default): one child process per shard; `worker`: one worker thread per shard (compiled build only: workers do not take tsx's loader). */
  mode?: 'process' | 'worker';
  /** Node options of the shards (default: `--import tsx` when running from TypeScript, none from dist/). */
  execArgv?: string[];
  /** Pause between two waves of `max_concurrency` shards spawned together (default 5.5 s). */
  waveDelayMs?: number;
  /** How long a shard may take to become ready (default 30 s). */
  spawnTimeoutMs?: number;
  /** Receive the shards' stdout/stderr lines here instead of sharing this process's (process mode). */
  onShardOutput?: (shard: number, line: string) => void;
  logger?: Logger;
}

export type ShardedResult =
  | {
      ok: true;
      manager: ShardingManager;
      relay: KnowledgeRelay;
      logger: Logger;
      totalShards: number;
      health: HealthServer | null;
      /** Stops every shard (no respawn) and waits for them to exit. */
      stop(): Promise<void>;
    }
  | { ok: false; code: number };

/** The shard entry beside this file: `.ts` under tsx, `.js` in a build. */
function shardFile(): { file: string; typescript: boolean } {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self);
  return { file: path.join(path.dirname(self), `shard${ext}`), typescript: ext === '.ts' };
}

/** Discord's recommended shard count and identify concurrency, from DISCORD_API_URL. */
export async function fetchGatewayBot(config: Pick<Config, 'DISCORD_API_URL'>, token: string): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ api: config.DISCORD_API_URL, retries: 1, timeout: 10_000 }).setToken(token);
  const body = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: Math.max(1, body.shards), maxConcurrency: Math.max(1, body.session_start_limit?.max_concurrency ?? 1) };
}

/** Variables the ShardingManager sets per shard: never overridden by `env`. */
const SHARD_VARIABLES = new Set(['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'SHARDS', 'SHARD_COUNT', 'DISCORD_TOKEN']);
/** Set for every shard: the manager serves the health endpoint (an empty value counts as unset). */
const SHARD_OVERRIDES = { HEALTH_PORT: '' };


/** Starts the manager and every shard; returns once all are ready, or the exit code after printing why not. */
export async function startSharded(options: ShardedOptions = {}): Promise<ShardedResult> {
  const print = options.stderr ?? ((text: string) => void process.stderr.write(text));
  const env = options.env ?? process.env;
  const config = configOrReport(env, print);
  if (!config) return { ok: false, code: 1 };
  const shardCount = config.SHARD_COUNT;
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    print(`${MISSING_TOKEN}\n`);
    return { ok: false, code: 1 };
  }
  const own = shardFile();
  const mode = options.mode ?? 'process';
  if (mode === 'worker' && own.typescript && options.execArgv === undefined) {
    print('Worker-mode shards need the compiled build (npm run build, then node dist/src/bot/sharded.js): worker threads do not get tsx\'s TypeScript loader. Use process mode under tsx.\n');
    return { ok: false, code: 1 };
  }
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [token] });

  // Once here: validates the folder, and saves the index (and the vector table) for the shards.
  try {
    const kb = await openKnowledgeBase(config, config.KNOWLEDGE_DIR, logger);
    logger.info({ sources: kb.knowledge.sources.length, passages: kb.engine.passages.length, indexFromCache: kb.engine.fromSnapshot }, 'knowledge checked and its index saved for the shards');
  } catch (err) {
    if (err instanceof KnowledgeError) {
      print(`${err.message}\n`);
      return { ok: false, code: 1 };
    }
    throw err;
  }

  let gateway: { shards: number; maxConcurrency: number };
  try {
    gateway = await fetchGatewayBot(config, token);
  } catch (err) {
    const why = err instanceof DiscordAPIError && err.status === 401 ? 'the token was rejected (401)' : err instanceof Error ? err.message.split(token).join('[REDACTED]') : String(err);
    print(`Could not ask Discord how many shards to run (GET /gateway/bot): ${why}\nCheck DISCORD_TOKEN (and DISCORD_API_URL), or set SHARD_COUNT.\n`);
    return { ok: false, code: 1 };
  }
  const totalShards = shardCount === 'auto' ? gateway.shards : shardCount;
  const waveDelayMs = options.waveDelayMs ?? IDENTIFY_INTERVAL_MS;

  const manager = new ShardingManager(own.file, {
    totalShards,
    token,
    mode,
    respawn: true,
    execArgv: options.execArgv ?? (own.typescript ? ['--import', 'tsx'] : []),
    silent: options.onShardOutput !== undefined,
  });
  const relay = createKnowledgeRelay(logger);
  const extraEnv = env === process.env ? {} : Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && !SHARD_VARIABLES.has(k)));

  manager.on('shardCreate', (shard: Shard) => {
    Object.assign(shard.env as NodeJS.ProcessEnv, extraEnv, SHARD_OVERRIDES);
    const log = logger.child({ shard: shard.id });
    relay.attach(shard.id, (message) => shard.send(message).then(() => undefined));
    shard.on('message', (message: unknown) => void relay.receive(shard.id, message));
    shard.on('spawn', (child: ChildProcess | Worker) => {
      log.info({ pid: 'pid' in child ? child.pid : undefined }, 'shard spawned');
      const onLine = options.onShardOutput;
      if (onLine && 'stdout' in child) {
        for (const stream of [child.stdout, child.stderr]) {
          let rest = '';
          stream?.setEncoding('utf8');
          stream?.on('data', (chunk: string) => {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            for (const line of lines) if (line.trim()) onLine(shard.id, line);
          });
        }
      }
    });
    shard.on('ready', () => log.info('shard ready'));
    shard.on('disconnect', () => log.warn('shard disconnected from the gateway'));
    shard.on('reconnecting', () => log.info('shard reconnecting'));
    shard.on('death', (child: ChildProcess | Worker) =>
      log[stopping ? 'info' : 'error']({ exitCode: 'signalCode' in child ? child.exitCode : undefined, respawn: manager.respawn }, stopping ? 'shard stopped' : 'shard exited'),
    );
    shard.on('error', (err: Error) => log.error({ err }, 'shard error'));
  });

  let stopping = false;
  let health: HealthServer | null = null;
  if (config.HEALTH_PORT !== undefined) {
    try {
      health = await startHealthServer({
        port: config.HEALTH_PORT,
        host: config.HEALTH_HOST,
        logger,
        state: () => {
          const shards = [...manager.shards.values()];
          const reports = shards.map((s) => relay.status().get(s.id));
          return {
            gateway: shards.length === totalShards && shards.every((s) => s.ready),
            index: reports.length === totalShards && reports.every((r) => r !== undefined && r.passages > 0),
            passages: Math.min(...reports.map((r) => r?.passages ?? 0)),
            stopping,
          };
        },
      });
    } catch (err) {
      print(healthPortProblem(config.HEALTH_PORT, err));
      return { ok: false, code: 1 };
    }
  }

  const children = () => [...manager.shards.values()].map((s) => s.process ?? s.worker).filter((c): c is ChildProcess | Worker => c !== null);
  // Each shard stops gracefully on a message (its questions in flight finished, its
  // gateway closed: a few seconds at most); one still there after 6 s is killed.
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      manager.respawn = false;
      const exits = children().map(
        (child) =>
          new Promise<void>((resolve) => {
            if ('signalCode' in child && (child.exitCode !== null || child.signalCode !== null)) return resolve();
            const timer = setTimeout(() => {
              logger.warn({ pid: 'pid' in child ? child.pid : undefined }, 'a shard did not stop in time: killing it');
              if ('signalCode' in child) child.kill('SIGKILL');
              else void child.terminate();
            }, STOP_TIMEOUT_MS);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      );
      for (const shard of manager.shards.values()) shard.send(STOP_MESSAGE).catch(() => undefined);
      await Promise.all(exits);
      await health?.close();
    })());

  logger.info({ totalShards, recommended: gateway.shards, maxConcurrency: gateway.maxConcurrency, waveDelayMs, mode }, 'spawning shards');
  try {
    await spawnInWaves(manager, totalShards, gateway.maxConcurrency, waveDelayMs, options.spawnTimeoutMs ?? 30_000);
  } catch (err) {
    logger.fatal({ err }, 'a shard did not become ready');
    print(`A shard did not become ready: ${err instanceof Error ? err.message : String(err)}\n`);
    await stop();
    return { ok: false, code: 1 };
  }
  logger.info({ totalShards }, 'every shard is ready');
  return { ok: true, manager, relay, logger, totalShards, health, stop };
}

/**
 * Spawns shards 0…total-1, `wave` at a time (each wave's shards fall in different
 * identify buckets, `id % max_concurrency`), waiting for a wave to be ready and then
 * `delayMs` before the next. What `manager.spawn()` does, minus its one-by-one wait.
 */
async function spawnInWaves(manager: ShardingManager, total: number, wave: number, delayMs: number, timeoutMs: number): Promise<void> {
  const ids = Array.from({ length: total }, (_, i) => i);
  manager.totalShards = total;
  manager.shardList = ids;
  for (let first = 0; first < total; first += wave) {
    if (first > 0 && delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    await Promise.all(ids.slice(first, first + wave).map((id) => manager.createShard(id).spawn(timeoutMs)));
  }
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  startSharded().then(
    (result) => {
      if (!result.ok) {
        process.exit(result.code);
        return;
      }
      const { logger, stop } = result;
      installProcessHandlers({
        logger: () => logger,
        secrets: () => [process.env['DISCORD_TOKEN']],
        onSignal: (signal) => {
          logger.info({ signal }, 'stopping every shard');
          return stop();
        },
        stopTimeoutMs: STOP_TIMEOUT_MS + 1_000,
      });
    },
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
