import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isKnowledgeFile, watchKnowledge } from '../../src/kb-watcher.js';
import { KnowledgeBase, type RefreshReport } from '../../src/knowledge-base.js';
import { refreshAfterWrite } from '../../src/moderation/refresh.js';
import { cleanupTempDirs, recordingLogger, sourceText, tempDir, until } from './helpers.js';

const stops: Array<() => void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await cleanupTempDirs();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(debounceMs = 40) {
  const dir = await tempDir({
    'one.md': sourceText('The mission began in June 2024 with 400 officers.', { id: 'one' }),
    'aliases.yml': 'MSS: Multinational Security Support\n',
  });
  const kb = await KnowledgeBase.open(dir, { synonyms: false });
  const { logger, lines } = recordingLogger();
  const reports: RefreshReport[] = [];
  const refresh = vi.spyOn(kb, 'refresh');
  const stop = watchKnowledge(kb, { logger, debounceMs, onReport: (r) => reports.push(r) });
  stops.push(stop);
  return { dir, kb, lines, reports, refresh, stop };
}

describe('isKnowledgeFile', () => {
  it.each([
    ['source.md', true],
    ['notes.TXT', true],
    ['aliases.yml', true],
    ['.gaps.json', false],
    ['.trash', false],
    ['.cache', false],
    ['.source.md.1a2b.tmp', false],
    ['source.md~', false],
    ['4913', false],
    ['.trash/source-20241005T000000000Z.md', false],
    ['other.yml', false],
  ])('%s → %s', (name, expected) => {
    expect(isKnowledgeFile(name)).toBe(expected);
  });
});

describe('watchKnowledge', () => {
  it('a changed file triggers one debounced refresh that picks it up', async () => {
    const { dir, kb, reports, refresh } = await setup(150);
    const hashBefore = kb.knowledge.sources[0]!.hash;
    // An editor's save: several events in a row.
    for (let i = 0; i < 5; i++) await writeFile(path.join(dir, 'one.md'), sourceText(`The mission began in June 2024 with 400 officers. Edit ${i}.`, { id: 'one' }));
    await until(() => reports.length > 0, 5000, 'a refresh');
    await sleep(150);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([expect.objectContaining({ ok: true, changed: ['one'] })]);
    expect(kb.knowledge.sources[0]!.hash).not.toBe(hashBefore);
    expect(kb.engine.passages[0]!.text).toContain('Edit 4.');
  });

  it('a new file and an aliases change are picked up', async () => {
    const { dir, kb, reports } = await setup();
    await writeFile(path.join(dir, 'two.md'), sourceText('Kenya sent a second contingent in July.', { id: 'two' }));
    await writeFile(path.join(dir, 'aliases.yml'), 'MSS: Multinational Security Support\nHNP: Haitian National Police\n');
    await until(() => kb.knowledge.sources.length === 2, 5000, 'the new source');
    expect(reports.at(-1)).toMatchObject({ ok: true, added: ['two'], aliasesChanged: true });
  });

  it('a broken file keeps the old engine answering and logs the problem with file and line', async () => {
    const { dir, kb, reports, lines } = await setup();
    const engine = kb.engine;
    await writeFile(path.join(dir, 'broken.md'), '---\nid: broken\ntitle: T\npublisher: P\nurl: nope\npublished: 2024-10-01\nlanguage: en\n---\nBody\n');
    await until(() => reports.length > 0, 5000, 'a refresh');
    expect(reports[0]).toMatchObject({ ok: false });
    expect(kb.engine).toBe(engine);
    expect(kb.engine.ask('When did the mission begin?').answered).toBe(true);
    const warn = lines.find((l) => l.level === 40 && String(l.msg).includes('keeping the last good index'));
    expect(warn?.problems).toEqual([expect.stringMatching(/broken\.md:5: field "url"/)]);

    // Fixing the file recovers.
    await writeFile(path.join(dir, 'broken.md'), sourceText('Now it is fine.', { id: 'broken' }));
    await until(() => kb.knowledge.sources.length === 2, 5000, 'the fixed source');
  });

  it('ignores dot-files, the trash, caches and the gaps file', async () => {
    const { dir, refresh } = await setup();
    await writeFile(path.join(dir, '.gaps.json'), '{}');
    await mkdir(path.join(dir, '.trash'));
    await writeFile(path.join(dir, '.trash', 'x-20241005T000000000Z.md'), 'x');
    await mkdir(path.join(dir, '.cache'), { recursive: true });
    await writeFile(path.join(dir, '.one.md.abc.tmp'), 'temp');
    await writeFile(path.join(dir, 'one.md~'), 'backup');
    await sleep(250);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('an atomic write by rename is seen', async () => {
    const { dir, kb } = await setup();
    await writeFile(path.join(dir, '.one.md.tmp'), sourceText('Renamed into place.', { id: 'one' }));
    await rename(path.join(dir, '.one.md.tmp'), path.join(dir, 'one.md'));
    await until(() => kb.engine.passages[0]!.text.includes('Renamed into place.'), 5000, 'the renamed file');
  });

  it('does not refresh again after a /kb command already refreshed past the change', async () => {
    const { dir, kb, refresh } = await setup(150);
    await writeFile(path.join(dir, 'two.md'), sourceText('Written by /kb add.', { id: 'two' }));
    await sleep(60); // the change event arrives
    await refreshAfterWrite(kb); // the command's own refresh
    expect(refresh).toHaveBeenCalledTimes(1);
    await sleep(400);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(kb.knowledge.sources).toHaveLength(2);
  });

  it('stops: no refresh after the stop function is called', async () => {
    const { dir, refresh, stop } = await setup();
    stop();
    await writeFile(path.join(dir, 'one.md'), sourceText('Changed after stop.', { id: 'one' }));
    await sleep(200);
    expect(refresh).not.toHaveBeenCalled();
  });
});
