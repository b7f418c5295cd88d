/**
 * Keeps every shard answering from the same knowledge.
 *
 * Each shard process has its own {@link KnowledgeBase} over the same knowledge
 * folder. When one shard reloads it (a moderator's `/kb` command, the watcher),
 * the others must reload too. Shards talk only to the sharding manager (IPC);
 * the manager relays.
 *
 *   shard → manager  `hello`     the shard's sync started; what it has loaded
 *   shard → manager  `reloaded`  it reloaded; `announce`: the others should too
 *   manager → shard  `reload`    reload: another shard now has `fingerprint`
 *
 * What a shard has loaded is named by its fingerprint: the index-cache key of its
 * knowledge (a hash of every source's bytes and of the aliases). No loops: a shard
 * announces a reload only when it leaves it on a fingerprint other than the last one
 * it announced or was told about. A reload done because another shard announced
 * fingerprint F ends on F (nothing to announce) unless the folder changed again
 * meanwhile, and then that newer state is worth announcing. With the folder still,
 * every reload ends on the same fingerprint, so the messages stop.
 *
 * The reload a shard is told to do runs as `/kb refresh` does (under the folder's
 * write lock, through `refreshAfterWrite`), ordered with its own moderators' writes, and finds the index the announcing shard saved in the
 * folder's `.cache/`: it loads rather than rebuilds.
 */
import type { Client } from 'discord.js';
import { indexCacheKey } from '../index-cache.js';
import type { KnowledgeBase, RefreshReport } from '../knowledge-base.js';
import type { Logger } from '../logger.js';
import { withKnowledgeLock } from '../moderation/knowledge-writer.js';
import { refreshAfterWrite } from '../moderation/refresh.js';

/** Marks the IPC messages of this protocol among discord.js's own. */
export const SYNC_TAG = 'mssKnowledgeSync';

/** What a shard has loaded. */
export interface KnowledgeState {
  fingerprint: string;
  sources: number;
  passages: number;
  /** The live index was loaded from the saved one in `.cache/` rather than built. */
  fromSnapshot: boolean;
}

export type ShardToManager =
  | ({ [SYNC_TAG]: 1; kind: 'hello'; shard: number } & KnowledgeState)
  | ({ [SYNC_TAG]: 1; kind: 'reloaded'; shard: number; ok: boolean; announce: boolean } & KnowledgeState);

export interface ManagerToShard {
  [SYNC_TAG]: 1;
  kind: 'reload';
  /** The shard whose reload this relays. */
  from: number;
  fingerprint: string;
}

export type SyncMessage = ShardToManager | ManagerToShard;

/** The manager's request that a shard stop gracefully (see sharded.ts). */
export const STOP_MESSAGE = { mssShard: 'stop' } as const;

export function isStopMessage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { mssShard?: unknown }).mssShard === 'stop';
}

export function isSyncMessage(value: unknown): value is SyncMessage {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[SYNC_TAG] === 1 && typeof (value as { kind?: unknown }).kind === 'string';
}

/** The fingerprint of some knowledge: the key its index is saved under. */
export function knowledgeFingerprint(kb: Pick<KnowledgeBase, 'knowledge'>): string {
  return indexCacheKey(kb.knowledge);
}

export function knowledgeState(kb: KnowledgeBase): KnowledgeState {
  return { fingerprint: knowledgeFingerprint(kb), sources: kb.knowledge.sources.length, passages: kb.engine.passages.length, fromSnapshot: kb.engine.fromSnapshot };
}

/** How a shard talks to its manager. */
export interface ShardTransport {
  send(message: ShardToManager): void | Promise<void>;
  /** Calls `listener` with every message from the manager (any kind); returns a function that stops. */
  subscribe(listener: (message: unknown) => void): () => void;
}

/** The transport of a shard spawned by discord.js's ShardingManager (process or worker mode). */
export function shardTransport(client: Client): ShardTransport {
  const util = client.shard;
  if (!util) throw new Error('shardTransport: this client was not spawned by a ShardingManager');
  return {
    send: (message) => util.send(message),
    subscribe(listener) {
      // Worker mode: the worker's parent port; process mode: the IPC channel.
      const port = (util.parentPort ?? process) as unknown as { on(event: 'message', l: (m: unknown) => void): unknown; off(event: 'message', l: (m: unknown) => void): unknown };
      port.on('message', listener);
      return () => void port.off('message', listener);
    },
  };
}

export interface KnowledgeSyncOptions {
  kb: KnowledgeBase;
  /** This shard's id. */
  shard: number;
  transport: ShardTransport;
  logger: Logger;
}

export interface KnowledgeSync {
  /** The fingerprint this shard last announced or was told about. */
  readonly agreed: string;
  stop(): void;
}

/** Starts a shard's side of the sync: says hello, announces its reloads, reloads when told. */
export function startKnowledgeSync({ kb, shard, transport, logger }: KnowledgeSyncOptions): KnowledgeSync {
  const log = logger.child({ component: 'shard-sync', shard });
  let agreed = knowledgeFingerprint(kb);
  let stopped = false;

  const send = (message: ShardToManager) => {
    try {
      Promise.resolve(transport.send(message)).catch((err: unknown) => log.warn({ err, kind: message.kind }, 'could not message the sharding manager'));
    } catch (err) {
      log.warn({ err, kind: message.kind }, 'could not message the sharding manager');
    }
  };

  const offRefreshed = kb.onRefreshed((report: RefreshReport) => {
    if (stopped) return;
    const state = knowledgeState(kb);
    // A failed reload left the last good index live: the others keep theirs too.
    const announce = report.ok && state.fingerprint !== agreed;
    if (announce) agreed = state.fingerprint;
    send({ [SYNC_TAG]: 1, kind: 'reloaded', shard, ok: report.ok, announce, ...state });
    if (announce) log.info({ fingerprint: state.fingerprint }, 'knowledge reloaded here: telling the other shards');
  });

  const unsubscribe = transport.subscribe((message) => {
    if (stopped || !isSyncMessage(message) || message.kind !== 'reload' || message.from === shard) return;
    agreed = message.fingerprint;
    if (knowledgeFingerprint(kb) === message.fingerprint) {
      log.debug({ from: message.from, fingerprint: message.fingerprint }, 'another shard reloaded: already on that knowledge');
      return;
    }
    log.info({ from: message.from, fingerprint: message.fingerprint }, 'another shard reloaded the knowledge: reloading here');
    // As `/kb refresh` does: never in the middle of one of this shard's own writes.
    withKnowledgeLock(kb.dir, () => refreshAfterWrite(kb)).then(
      (report) => {
        if (!report.ok) log.warn({ problems: report.problems.length }, 'reload asked by another shard failed: keeping the last good index');
      },
      (err: unknown) => log.error({ err }, 'reload asked by another shard failed'),
    );
  });

  send({ [SYNC_TAG]: 1, kind: 'hello', shard, ...knowledgeState(kb) });

  return {
    get agreed() {
      return agreed;
    },
    stop() {
      stopped = true;
      offRefreshed();
      unsubscribe();
    },
  };
}

// ---------------------------------------------------------------------------
// The manager's side
// ---------------------------------------------------------------------------

/** What the manager knows of a shard's knowledge, from its messages. */
export interface ShardKnowledgeStatus extends KnowledgeState {
  /** The last message's kind. */
  kind: 'hello' | 'reloaded';
  ok: boolean;
  at: number;
  /** How many `reloaded` messages it sent, and how many of them announced. */
  reloads: number;
  announcements: number;
}

export interface KnowledgeRelay {
  /** A shard that can be told to reload (call again after a respawn: replaces the old one). */
  attach(shard: number, send: (message: ManagerToShard) => void | Promise<void>): void;
  detach(shard: number): void;
  /** Hands the relay a message from a shard; anything not of this protocol is ignored. Returns whether it was one. */
  receive(shard: number, message: unknown): boolean;
  /** Each shard's knowledge, as last reported. */
  status(): ReadonlyMap<number, ShardKnowledgeStatus>;
  /** How many `reload` messages were sent to shards. */
  readonly relayed: number;
  /** The last fingerprint announced, or null. */
  readonly latest: string | null;
}

/**
 * The manager's side: relays each announced reload to every other shard, and
 * catches up a shard that says hello on other knowledge than the last announced
 * (it opened the folder before that announcement, or missed it while restarting).
 */
export function createKnowledgeRelay(logger: Logger): KnowledgeRelay {
  const log = logger.child({ component: 'shard-sync-relay' });
  const shards = new Map<number, (message: ManagerToShard) => void | Promise<void>>();
  const status = new Map<number, ShardKnowledgeStatus>();
  let latest: { fingerprint: string; from: number } | null = null;
  let relayed = 0;

  const tell = (to: number, message: ManagerToShard) => {
    const send = shards.get(to);
    if (!send) return;
    relayed++;
    try {
      Promise.resolve(send(message)).catch((err: unknown) => log.warn({ err, shard: to }, 'could not tell a shard to reload'));
    } catch (err) {
      log.warn({ err, shard: to }, 'could not tell a shard to reload');
    }
  };

  return {
    attach(shard, send) {
      shards.set(shard, send);
    },
    detach(shard) {
      shards.delete(shard);
    },
    receive(shard, message) {
      if (!isSyncMessage(message) || message.kind === 'reload') return false;
      const before = status.get(shard);
      const { fingerprint, sources, passages, fromSnapshot } = message;
      const reloaded = message.kind === 'reloaded';
      status.set(shard, {
        kind: message.kind,
        fingerprint,
        sources,
        passages,
        fromSnapshot,
        ok: reloaded ? message.ok : true,
        at: Date.now(),
        reloads: (before?.reloads ?? 0) + (reloaded ? 1 : 0),
        announcements: (before?.announcements ?? 0) + (reloaded && message.announce ? 1 : 0),
      });
      if (message.kind === 'hello') {
        log.info({ shard, fingerprint, fromSnapshot, passages }, 'shard knowledge sync started');
        if (latest !== null && latest.fingerprint !== fingerprint) {
          log.info({ shard, fingerprint, latest: latest.fingerprint }, 'shard started on other knowledge than the last announced: telling it to reload');
          tell(shard, { [SYNC_TAG]: 1, kind: 'reload', from: latest.from, fingerprint: latest.fingerprint });
        }
      } else if (message.announce) {
        latest = { fingerprint, from: shard };
        const others = [...shards.keys()].filter((id) => id !== shard);
        log.info({ from: shard, fingerprint, to: others }, 'relaying a knowledge reload to the other shards');
        for (const id of others) tell(id, { [SYNC_TAG]: 1, kind: 'reload', from: shard, fingerprint });
      }
      return true;
    },
    status: () => status,
    get relayed() {
      return relayed;
    },
    get latest() {
      return latest?.fingerprint ?? null;
    },
  };
}
