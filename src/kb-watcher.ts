/**
 * Refreshes the knowledge base when its folder changes, for moderators who
 * edit the files directly (KB_WATCH=true). A refresh validates exactly as
 * `/kb refresh` does: a folder with a problem is reported and the bot keeps
 * answering from the last good index.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { formatProblem, type KnowledgeBase, type RefreshReport } from './knowledge-base.js';
import { ALIASES_FILE } from './knowledge/aliases.js';
import { SOURCE_EXTENSIONS } from './knowledge/loader.js';
import type { Logger } from './logger.js';
import { lastRefreshStart, refreshAfterWrite } from './moderation/refresh.js';

export interface WatchOptions {
  logger: Logger;
  /** Quiet time after the last change before refreshing (default 500 ms): an editor's save is several events. */
  debounceMs?: number;
  /** Called with every refresh's report (e.g. to announce it). */
  onReport?: (report: RefreshReport) => void;
}

/**
 * Whether a change to this name (relative to the knowledge folder) can change
 * the knowledge: sources and the aliases file. Dot-files (the trash, caches,
 * the gaps file, the writer's temporary files) and editor backups are ignored.
 */
export function isKnowledgeFile(name: string): boolean {
  const base = path.basename(name);
  if (name.startsWith('.') || base.startsWith('.')) return false;
  if (name.includes(path.sep) || name.includes('/')) return false;
  return base === ALIASES_FILE || SOURCE_EXTENSIONS.includes(path.extname(base).toLowerCase());
}

/** Starts watching `kb.dir`; returns a function that stops it. */
export function watchKnowledge(kb: KnowledgeBase, { logger, debounceMs = 500, onReport }: WatchOptions): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let watcher: FSWatcher | null;
  const log = logger.child({ component: 'kb-watcher', dir: kb.dir });

  let lastEventAt = -Infinity;

  const run = async () => {
    timer = null;
    if (stopped) return;
    if (lastRefreshStart(kb) > lastEventAt) {
      // A /kb command refreshed after the last change (usually its own write): nothing new to load.
      log.debug('knowledge folder changed, but a refresh has started since: skipping');
      return;
    }
    let report: RefreshReport;
    try {
      report = await refreshAfterWrite(kb);
    } catch (err) {
      log.error({ err }, 'knowledge refresh failed');
      return;
    }
    if (stopped) return;
    if (!report.ok) {
      log.warn({ problems: report.problems.map(formatProblem), ms: report.ms }, 'knowledge folder has problems: keeping the last good index');
    } else {
      const changed = report.added.length + report.removed.length + report.changed.length > 0 || report.aliasesChanged;
      const fields = { added: report.added, removed: report.removed, changed: report.changed, passagesBefore: report.passagesBefore, passagesAfter: report.passagesAfter, aliasesChanged: report.aliasesChanged, ms: report.ms };
      if (changed) log.info(fields, 'knowledge refreshed after a change on disk');
      else log.debug(fields, 'knowledge folder changed on disk; nothing to reload');
    }
    try {
      onReport?.(report);
    } catch (err) {
      log.warn({ err }, 'onReport failed');
    }
  };

  const schedule = () => {
    if (stopped) return;
    lastEventAt = performance.now();
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
    timer.unref();
  };

  try {
    watcher = watch(kb.dir, { persistent: false }, (_event, filename) => {
      // Some platforms give no name: refresh to be safe.
      if (filename === null || isKnowledgeFile(filename.toString())) schedule();
    });
    watcher.on('error', (err) => log.warn({ err }, 'watching the knowledge folder failed; changes on disk are no longer picked up'));
  } catch (err) {
    log.warn({ err }, 'cannot watch the knowledge folder; changes on disk will not be picked up');
    watcher = null;
  }
  log.info({ debounceMs }, 'watching the knowledge folder');

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    watcher?.close();
  };
}
