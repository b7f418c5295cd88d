import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AnswerEngine, type EngineOptions } from './engine/engine.js';
import { SNAPSHOT_VERSION, type EngineSnapshot } from './engine/passage-index.js';
import type { Knowledge } from './knowledge/types.js';

/** The cache folder inside a knowledge folder (git-ignored, skipped by the loader). */
export function cacheDir(knowledgeDir: string): string {
  return path.join(knowledgeDir, '.cache');
}

/** A hash of everything the index depends on: the files' bytes, the aliases and the engine's index version. */
export function indexCacheKey(knowledge: Knowledge): string {
  const h = createHash('sha256').update(`snapshot-v${SNAPSHOT_VERSION}\n`);
  for (const s of [...knowledge.sources].sort((a, b) => a.id.localeCompare(b.id))) h.update(`${s.id} ${s.hash}\n`);
  h.update(JSON.stringify(knowledge.aliases));
  return h.digest('hex').slice(0, 32);
}

function cacheFile(knowledgeDir: string, key: string): string {
  return path.join(cacheDir(knowledgeDir), `index-${key}.json`);
}

/**
 * Builds the engine, from the saved index when one matches the knowledge
 * exactly, else from scratch (then saves it for next time). A missing, stale or
 * corrupt cache is ignored and replaced, never trusted; failing to write it
 * only costs the next start its speed.
 */
export async function buildWithCache(knowledgeDir: string, knowledge: Knowledge, options: Partial<EngineOptions>, { yielding = true } = {}): Promise<AnswerEngine> {
  // At start-up nothing else waits for the event loop: build in one go.
  const build = (snapshot?: EngineSnapshot) => (yielding ? AnswerEngine.buildAsync(knowledge, options, snapshot) : Promise.resolve(AnswerEngine.build(knowledge, options, snapshot)));
  const key = indexCacheKey(knowledge);
  const file = cacheFile(knowledgeDir, key);
  let snapshot: EngineSnapshot | undefined;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as EngineSnapshot;
    if (parsed && parsed.version === SNAPSHOT_VERSION && Array.isArray(parsed.df) && Array.isArray(parsed.vocabulary) && Array.isArray(parsed.postings)) snapshot = parsed;
  } catch {
    snapshot = undefined;
  }
  if (snapshot) {
    try {
      const engine = await build(snapshot);
      if (engine.fromSnapshot) return engine;
    } catch {
      // A snapshot MiniSearch cannot load is as good as none.
    }
  }
  const engine = await build();
  await saveSnapshot(knowledgeDir, file, engine).catch(() => undefined);
  return engine;
}

async function saveSnapshot(knowledgeDir: string, file: string, engine: AnswerEngine): Promise<void> {
  const dir = cacheDir(knowledgeDir);
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(engine.snapshot()));
  await rename(tmp, file);
  // Older snapshots are of knowledge that is gone.
  for (const name of await readdir(dir)) {
    if (name.startsWith('index-') && name.endsWith('.json') && path.join(dir, name) !== file) await unlink(path.join(dir, name)).catch(() => undefined);
  }
}
