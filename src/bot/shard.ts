/**
 * One shard: the process (or worker) that `npm run start:sharded` spawns per
 * shard. It is the normal bot (`start()` from main.ts: configuration, knowledge,
 * commands, login, graceful stop), given its shard id and count by the
 * ShardingManager through the environment, plus the knowledge sync that keeps it
 * answering from the same knowledge as the other shards (shard-sync.ts).
 *
 * The manager opened the knowledge folder before spawning, so the index is in
 * `.cache/` and each shard loads it instead of building it.
 *
 * Per shard, unlike `npm start`:
 *  - unanswered questions go to `<KNOWLEDGE_DIR>/.gaps.shard-<id>.json` (the gaps
 *    file is rewritten whole by its one writer: shards sharing it would overwrite
 *    each other's), so `/kb gaps` lists the questions asked on that shard;
 *  - no health endpoint (the manager serves HEALTH_PORT for all shards);
 *  - the gateway closing for good exits 1 (the manager respawns the shard); the
 *    manager's stop message, a signal, or the manager going away stop it gracefully.
 */
import path from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { Events } from 'discord.js';
import { loadConfig } from '../config.js';
import { GAPS_FILE, GapLog, gapsFileFor } from '../gaps.js';
import { installProcessHandlers } from '../lifecycle.js';
import { createLogger, type Logger } from '../logger.js';
import { start } from './main.js';
import { type KnowledgeSync, isStopMessage, shardTransport, startKnowledgeSync } from './shard-sync.js';

/** This shard's gaps file beside the shared one's place, or null when gaps are not persisted. */
export function shardGapsFile(shared: string | null, shard: number): string | null {
  if (shared === null) return null;
  const ext = path.extname(GAPS_FILE);
  return path.join(path.dirname(shared), `${path.basename(shared, ext)}.shard-${shard}${ext}`);
}

async function run(): Promise<void> {
  // A worker shard gets its environment (shard id and count included) as workerData.
  const env = isMainThread ? process.env : (workerData as NodeJS.ProcessEnv);
  const shard = Number(env['SHARDS'] ?? 0);
  let logger: Logger | null = null;
  let stop: ((reason: string) => Promise<unknown>) | null = null;
  let sync: KnowledgeSync | null = null;
  let gaps: GapLog | null = null;
  let stopping: Promise<void> | null = null;
  // However many ways a stop is asked for (a signal, the manager, the gateway), it runs once.
  const stopAll = (reason: string) =>
    (stopping ??= (async () => {
      sync?.stop();
      if (stop) await stop(reason);
      await gaps?.close();
    })());
  installProcessHandlers({ logger: () => logger, secrets: () => [env['DISCORD_TOKEN']], onSignal: (signal) => stopAll(signal) });

  // The shard's own gaps file (a bad configuration is reported by start() below).
  try {
    const config = loadConfig(env);
    gaps = await GapLog.open({ file: shardGapsFile(gapsFileFor(config), shard), logger: createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] }) });
  } catch {
    gaps = null;
  }
  const result = await start({ env, ...(gaps ? { gaps } : {}) });
  if (!result.ok) {
    await gaps?.close();
    process.exit(result.code);
    return;
  }
  const { client, kb } = result;
  logger = result.logger.child({ shard });
  stop = result.stop;
  const log = logger;
  if (client.shard) sync = startKnowledgeSync({ kb, shard, transport: shardTransport(client), logger: result.logger });
  else log.warn('not spawned by a sharding manager: knowledge changes reach this process only (use npm start for one process)');
  log.info({ shards: client.shard?.count ?? 1, indexFromCache: kb.engine.fromSnapshot, gapsFile: gaps?.file ?? null }, 'shard started');

  const exitForRespawn = (why: string) => {
    log.fatal(why);
    void stopAll(why).finally(() => process.exit(1));
  };
  client.on(Events.ShardDisconnect, (event) => exitForRespawn(`the gateway closed for good (code ${event.code}): exiting so that the manager respawns this shard`));
  // The manager asks shards to stop by message (not by a signal, which they may already
  // have had from the terminal or the supervisor: a second signal means "exit now").
  const port = (client.shard?.parentPort ?? process) as unknown as { on(event: 'message', l: (m: unknown) => void): unknown };
  port.on('message', (message) => {
    if (isStopMessage(message)) void stopAll('stopped by the sharding manager').finally(() => process.exit(0));
  });
  // The manager went away (its IPC channel closed): nobody would relay or respawn.
  if (isMainThread && process.send) {
    const gone = () => void stopAll('sharding manager gone').finally(() => process.exit(0));
    if (process.connected) process.once('disconnect', gone);
    else gone();
  }
}

run().catch((err: unknown) => {
  const token = process.env['DISCORD_TOKEN'];
  const text = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: ${token && token.length >= 8 ? text.split(token).join('[REDACTED]') : text}\n`);
  process.exit(1);
});
