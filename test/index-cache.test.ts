import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheDir, buildWithCache, indexCacheKey } from '../src/index-cache.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { sourceFile, tempKnowledge } from './helpers.js';

async function open(dir: string) {
  const r = await loadKnowledge(dir);
  if (!r.ok) throw new Error('load failed');
  return { knowledge: r.knowledge, engine: await buildWithCache(dir, r.knowledge, {}) };
}

describe('the saved index', () => {
  it('is written on the first build and loaded on the next, answering the same', async () => {
    const dir = await tempKnowledge({}, { withShipped: true });
    const first = await open(dir);
    expect(first.engine.fromSnapshot).toBe(false);
    expect((await readdir(cacheDir(dir))).filter((f) => f.startsWith('index-'))).toHaveLength(1);
    const second = await open(dir);
    expect(second.engine.fromSnapshot).toBe(true);
    const q = 'When did the first group of officers depart?';
    expect(second.engine.ask(q)).toEqual(first.engine.ask(q));
  });

  it('is not used when a file changed, and the stale one is replaced', async () => {
    const dir = await tempKnowledge({}, { withShipped: true });
    const before = indexCacheKey((await open(dir)).knowledge);
    await writeFile(path.join(dir, 'extra.md'), sourceFile('A new paragraph about a new police station in Nairobi.', { id: 'extra' }));
    const after = await open(dir);
    expect(after.engine.fromSnapshot).toBe(false);
    expect(indexCacheKey(after.knowledge)).not.toBe(before);
    expect(await readdir(cacheDir(dir))).toEqual([`index-${indexCacheKey(after.knowledge)}.json`]);
    expect(after.engine.ask('Where is the new police station?').quote).toContain('Nairobi');
  });

  it('ignores a corrupt or tampered file and rebuilds', async () => {
    const dir = await tempKnowledge({}, { withShipped: true });
    const { knowledge } = await open(dir);
    const file = path.join(cacheDir(dir), `index-${indexCacheKey(knowledge)}.json`);
    const good = JSON.parse(await readFile(file, 'utf8'));
    // A passage that is not in the source: the snapshot must not be trusted.
    await writeFile(file, JSON.stringify({ ...good, passages: good.passages.map((p: { text: string }, i: number) => (i === 0 ? { ...p, text: 'Kenya will send 6,000 soldiers.' } : p)) }));
    expect((await open(dir)).engine.fromSnapshot).toBe(false);
    await writeFile(file, JSON.stringify({ ...good, index: { bad: true } }));
    const tampered = await open(dir);
    expect(tampered.engine.fromSnapshot).toBe(false);
    expect(tampered.engine.ask('Who heads the Transitional Presidential Council?').answered).toBe(true);
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 100));
    expect((await open(dir)).engine.fromSnapshot).toBe(false);
  });
});
