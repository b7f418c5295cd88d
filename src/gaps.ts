/**
 * The questions the bot could not answer, for moderators (`/kb gaps`): what
 * the knowledge base is missing. Only the question text is kept (normalised),
 * never who asked.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { GapRecorder } from './bot/command.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** One unanswered question. Times are milliseconds since the epoch. */
export interface Gap {
  question: string;
  count: number;
  firstAsked: number;
  lastAsked: number;
}

/** Longest question kept, in characters (after normalising). */
export const MAX_GAP_QUESTION_CHARS = 300;
/** Questions kept by default; the least recently asked go first. */
export const DEFAULT_MAX_GAPS = 500;
/** The gaps file's name, beside the sources (a dot-file: the loader skips it). */
export const GAPS_FILE = '.gaps.json';

/** The key a question is counted under: trimmed, spaces collapsed, lower case, at most 300 characters. */
export function normaliseQuestion(question: string): string {
  return question.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase().slice(0, MAX_GAP_QUESTION_CHARS).trim();
}

/** Where the gaps are kept for a configuration: `<KNOWLEDGE_DIR>/.gaps.json`, or null (memory only) when KB_GAPS_PERSIST=false. */
export function gapsFileFor(config: Pick<Config, 'KNOWLEDGE_DIR' | 'KB_GAPS_PERSIST'>): string | null {
  return config.KB_GAPS_PERSIST ? path.join(config.KNOWLEDGE_DIR, GAPS_FILE) : null;
}

const fileSchema = z.object({
  version: z.literal(1),
  gaps: z.array(
    z.object({
      question: z.string().min(1).max(MAX_GAP_QUESTION_CHARS),
      count: z.number().int().positive(),
      firstAsked: z.number().int().nonnegative(),
      lastAsked: z.number().int().nonnegative(),
    }),
  ),
});

export interface GapLogOptions {
  /** The JSON file to keep the gaps in; null or absent: memory only. */
  file?: string | null | undefined;
  logger: Logger;
  /** Most questions kept (default 500); beyond it, the least recently asked is dropped. */
  max?: number;
  /** How long after a change the file is written, so a burst of questions makes one write (default 2 s). */
  debounceMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * A bounded count of unanswered questions, optionally persisted. Recording is
 * synchronous and cheap; the file is written atomically (temp file + rename)
 * at most once per `debounceMs`.
 */
export class GapLog implements GapRecorder {
  /** By question; iteration order is least recently asked first. */
  private readonly gaps = new Map<string, Gap>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private closed = false;
  private readonly max: number;
  private readonly debounceMs: number;
  private readonly now: () => number;

  private constructor(
    readonly file: string | null,
    private readonly logger: Logger,
    options: GapLogOptions,
  ) {
    this.max = Math.max(1, options.max ?? DEFAULT_MAX_GAPS);
    this.debounceMs = options.debounceMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /** Opens the log, loading the file if there is one; an unreadable or corrupt file is ignored with a warning. */
  static async open(options: GapLogOptions): Promise<GapLog> {
    const log = new GapLog(options.file ?? null, options.logger, options);
    if (log.file !== null) await log.load(log.file);
    return log;
  }

  private async load(file: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.logger.warn({ file, err }, 'cannot read the unanswered-questions file; starting empty');
      }
      return;
    }
    let parsed: z.infer<typeof fileSchema>;
    try {
      parsed = fileSchema.parse(JSON.parse(text));
    } catch (err) {
      this.logger.warn({ file, err: err instanceof Error ? err.message.slice(0, 300) : String(err) }, 'the unanswered-questions file is corrupt; ignoring it (it will be replaced)');
      return;
    }
    const entries = parsed.gaps
      .map((g) => ({ ...g, question: normaliseQuestion(g.question) }))
      .filter((g) => g.question !== '')
      .sort((a, b) => a.lastAsked - b.lastAsked);
    for (const g of entries) {
      const existing = this.gaps.get(g.question);
      if (existing) {
        existing.count += g.count;
        existing.firstAsked = Math.min(existing.firstAsked, g.firstAsked);
        existing.lastAsked = Math.max(existing.lastAsked, g.lastAsked);
        this.gaps.delete(g.question);
        this.gaps.set(g.question, existing);
      } else {
        this.gaps.set(g.question, { ...g });
      }
    }
    this.evict();
  }

  /** Counts an unanswered question. Never throws. */
  record(question: string): void {
    const key = normaliseQuestion(question);
    if (key === '' || this.closed) return;
    const at = this.now();
    const existing = this.gaps.get(key);
    if (existing) {
      existing.count += 1;
      existing.lastAsked = at;
      this.gaps.delete(key);
      this.gaps.set(key, existing);
    } else {
      this.gaps.set(key, { question: key, count: 1, firstAsked: at, lastAsked: at });
      this.evict();
    }
    this.scheduleWrite();
  }

  /** Forgets a question (e.g. once the knowledge base answers it). Returns whether it was there. */
  forget(question: string): boolean {
    const removed = this.gaps.delete(normaliseQuestion(question));
    if (removed) this.scheduleWrite();
    return removed;
  }

  /** The gaps, most frequently asked first (then most recently asked). */
  list(limit = Infinity): Gap[] {
    return [...this.gaps.values()]
      .sort((a, b) => b.count - a.count || b.lastAsked - a.lastAsked || a.question.localeCompare(b.question))
      .slice(0, limit)
      .map((g) => ({ ...g }));
  }

  get size(): number {
    return this.gaps.size;
  }

  private evict(): void {
    while (this.gaps.size > this.max) {
      const oldest = this.gaps.keys().next().value as string;
      this.gaps.delete(oldest);
    }
  }

  private scheduleWrite(): void {
    if (this.file === null) return;
    this.dirty = true;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes pending changes now (atomically). Resolves when written; logs, never throws. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.writing = this.writing.then(async () => {
      if (!this.dirty || this.file === null) return;
      this.dirty = false;
      const data = JSON.stringify({ version: 1, gaps: [...this.gaps.values()] });
      try {
        await writeAtomic(this.file, data);
      } catch (err) {
        this.dirty = true;
        this.logger.warn({ file: this.file, err }, 'cannot write the unanswered-questions file');
      }
    });
    return this.writing;
  }

  /** Writes what is pending and stops recording. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }
}

async function writeAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(tmp, file);
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
}
