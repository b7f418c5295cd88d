/**
 * One shard: the process (or worker) that `npm run start:sharded` spawns per
 * shard. It is the normal bot (`start()` from main.ts: configuration, knowledge,
 * commands, login), given its shard id and count by the ShardingManager through
 * the environment, plus the knowledge sync that keeps it answering from the same
 * knowledge as the other shards (see shard-sync.ts).
 *
 * The manager opened the knowledge folder before spawning, so the index is in
 * `.cache/` and each shard loads it instead of building it.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { start } from './main.js';
import { shardTransport, startKnowledgeSync } from './shard-sync.js';

async function run(): Promise<void> {
  // A worker shard gets its environment (shard id and count included) as workerData.
  const env = isMainThread ? process.env : (workerData as NodeJS.ProcessEnv);
  const result = await start({ env });
  if (!result.ok) {
    process.exit(result.code);
    return;
  }
  const { client, logger, kb } = result;
  const shard = client.shard?.ids[0] ?? 0;
  const sync = client.shard ? startKnowledgeSync({ kb, shard, transport: shardTransport(client), logger }) : null;
  if (!client.shard) logger.warn('not spawned by a sharding manager: knowledge changes reach this process only (use npm start for one process)');
  logger.info({ shard, shards: client.shard?.count ?? 1, indexFromCache: kb.engine.fromSnapshot }, 'shard started');

  process.on('unhandledRejection', (err) => logger.error({ err, shard }, 'unhandled rejection'));
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ shard, why }, 'shard shutting down');
    sync?.stop();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // The manager went away (its IPC channel closed): no one would respawn or relay for us.
  if (isMainThread && process.send) process.once('disconnect', () => stop('sharding manager gone'));
}

run().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
