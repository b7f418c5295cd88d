import type { KnowledgeBase, RefreshReport } from '../knowledge-base.js';

interface State {
  running: Promise<RefreshReport> | null;
  queued: Promise<RefreshReport> | null;
  /** performance.now() when the latest refresh started. */
  lastStart: number;
}

const states = new WeakMap<KnowledgeBase, State>();

/**
 * Refreshes the knowledge base with a load that starts after this call, so the
 * report reflects every write made before it.
 *
 * `KnowledgeBase.refresh()` shares a running reload with later callers, which
 * is right for questions but not for a writer: a reload that started before
 * the write may have read the folder without it. Here, a caller arriving while
 * a refresh is running waits for it and then gets the next one; callers
 * arriving meanwhile share that next one. (A refresh started by calling
 * `kb.refresh()` directly elsewhere is not seen; moderation code and the
 * watcher all come through here.)
 */
export function refreshAfterWrite(kb: KnowledgeBase): Promise<RefreshReport> {
  let state = states.get(kb);
  if (!state) {
    state = { running: null, queued: null, lastStart: -Infinity };
    states.set(kb, state);
  }
  const s = state;
  const start = (): Promise<RefreshReport> => {
    s.lastStart = performance.now();
    const p: Promise<RefreshReport> = kb.refresh().finally(() => {
      if (s.running === p) s.running = null;
    });
    s.running = p;
    return p;
  };
  if (s.running === null) return start();
  s.queued ??= s.running
    .catch(() => undefined)
    .then(() => {
      s.queued = null;
      return start();
    });
  return s.queued;
}

/**
 * When (performance.now()) the latest refresh through {@link refreshAfterWrite}
 * started, or -Infinity. A change made before that moment is in the live index
 * (or was refused with the rest of its folder), so the watcher need not refresh again.
 */
export function lastRefreshStart(kb: KnowledgeBase): number {
  return states.get(kb)?.lastStart ?? -Infinity;
}
