import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GAPS_FILE, GapLog, gapsFileFor, normaliseQuestion } from '../../src/gaps.js';
import { cleanupTempDirs, recordingLogger, tempDir, until } from './helpers.js';

afterEach(cleanupTempDirs);

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1000) => (t += ms) };
}

describe('normaliseQuestion', () => {
  it('trims, collapses spaces, lower-cases and caps at 300 characters', () => {
    expect(normaliseQuestion('  Who   leads\tthe\nMSS?  ')).toBe('who leads the mss?');
    expect(normaliseQuestion('x'.repeat(1000))).toHaveLength(300);
    expect(normaliseQuestion('   ')).toBe('');
  });
});

describe('GapLog', () => {
  it('counts the same question however it is spaced or cased, most frequent first', async () => {
    const c = clock();
    const log = await GapLog.open({ logger: recordingLogger().logger, now: c.now });
    log.record('Who is WSR?');
    c.tick();
    log.record('what is the budget?');
    c.tick();
    log.record('  who IS   wsr? ');
    c.tick();
    log.record('When do they leave?');
    c.tick();
    log.record('What is the budget?');
    c.tick();
    log.record('what is the   budget?');
    const list = log.list();
    expect(list.map((g) => [g.question, g.count])).toEqual([
      ['what is the budget?', 3],
      ['who is wsr?', 2],
      ['when do they leave?', 1],
    ]);
    const wsr = list[1]!;
    expect(wsr.firstAsked).toBe(1_700_000_000_000);
    expect(wsr.lastAsked).toBe(1_700_000_002_000);
    expect(log.list(1)).toHaveLength(1);
    log.record('   ');
    expect(log.size).toBe(3);
  });

  it('orders equal counts by the most recently asked', async () => {
    const c = clock();
    const log = await GapLog.open({ logger: recordingLogger().logger, now: c.now });
    for (const q of ['a?', 'b?', 'c?']) {
      log.record(q);
      c.tick();
    }
    expect(log.list().map((g) => g.question)).toEqual(['c?', 'b?', 'a?']);
  });

  it('is bounded: the least recently asked question goes first', async () => {
    const c = clock();
    const log = await GapLog.open({ logger: recordingLogger().logger, now: c.now, max: 3 });
    log.record('old but frequent');
    log.record('old but frequent');
    c.tick();
    log.record('two');
    c.tick();
    log.record('three');
    c.tick();
    log.record('old but frequent'); // asked again: now the most recent
    c.tick();
    log.record('four'); // evicts "two"
    expect(log.size).toBe(3);
    expect(log.list().map((g) => g.question).sort()).toEqual(['four', 'old but frequent', 'three']);
    expect(log.list()[0]).toMatchObject({ question: 'old but frequent', count: 3 });
  });

  it('persists across a reopen, atomically, with no user identifiers', async () => {
    const dir = await tempDir();
    const file = path.join(dir, GAPS_FILE);
    const c = clock();
    const log = await GapLog.open({ file, logger: recordingLogger().logger, now: c.now, debounceMs: 10 });
    log.record('Who is WSR?');
    log.record('who is wsr?');
    log.record('What is the budget?');
    await until(async () => (await readdir(dir)).includes(GAPS_FILE), 2000, 'the debounced write');
    await log.close();
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { version: number; gaps: Array<Record<string, unknown>> };
    expect(saved.version).toBe(1);
    for (const g of saved.gaps) expect(Object.keys(g).sort()).toEqual(['count', 'firstAsked', 'lastAsked', 'question']);

    const again = await GapLog.open({ file, logger: recordingLogger().logger, now: c.now });
    expect(again.list().map((g) => [g.question, g.count])).toEqual([
      ['who is wsr?', 2],
      ['what is the budget?', 1],
    ]);
    again.record('WHO is wsr?');
    expect(again.list()[0]!.count).toBe(3);
  });

  it('debounces: a burst of questions makes one write', async () => {
    const dir = await tempDir();
    const file = path.join(dir, GAPS_FILE);
    const log = await GapLog.open({ file, logger: recordingLogger().logger, debounceMs: 50 });
    for (let i = 0; i < 100; i++) log.record(`question ${i % 7}`);
    expect(await readdir(dir)).toEqual([]);
    await until(async () => (await readdir(dir)).includes(GAPS_FILE), 2000, 'the write');
    await log.close();
    expect(JSON.parse(await readFile(file, 'utf8')).gaps).toHaveLength(7);
  });

  it.each([
    ['not JSON', '{"version":1, "gaps": ['],
    ['wrong shape', '{"version":1,"gaps":[{"question":"q","count":-1}]}'],
    ['wrong version', '{"version":2,"gaps":[]}'],
  ])('ignores a corrupt file (%s) with a warning, then replaces it', async (_what, content) => {
    const dir = await tempDir({ [GAPS_FILE]: content });
    const file = path.join(dir, GAPS_FILE);
    const { logger, lines } = recordingLogger();
    const log = await GapLog.open({ file, logger, debounceMs: 5 });
    expect(log.size).toBe(0);
    expect(lines.some((l) => l.level === 40 && String(l.msg).includes('corrupt'))).toBe(true);
    log.record('a new question');
    await log.close();
    expect(JSON.parse(await readFile(file, 'utf8')).gaps).toHaveLength(1);
  });

  it('keeps to memory when no file is given (KB_GAPS_PERSIST=false)', async () => {
    const dir = await tempDir();
    expect(gapsFileFor({ KNOWLEDGE_DIR: dir, KB_GAPS_PERSIST: false })).toBeNull();
    expect(gapsFileFor({ KNOWLEDGE_DIR: dir, KB_GAPS_PERSIST: true })).toBe(path.join(dir, GAPS_FILE));
    const log = await GapLog.open({ file: gapsFileFor({ KNOWLEDGE_DIR: dir, KB_GAPS_PERSIST: false }), logger: recordingLogger().logger, debounceMs: 1 });
    log.record('q?');
    await log.close();
    expect(await readdir(dir)).toEqual([]);
    expect(log.list()).toHaveLength(1);
  });

  it('a write failure is logged, not thrown', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'not-a-dir'), 'x');
    const { logger, lines } = recordingLogger();
    const log = await GapLog.open({ file: path.join(dir, 'not-a-dir', GAPS_FILE), logger, debounceMs: 1 });
    log.record('q?');
    await log.close();
    expect(lines.some((l) => l.level === 40 && String(l.msg).includes('cannot write'))).toBe(true);
  });
});
