import type { AnswerEngine, EngineOptions } from './engine/engine.js';
import { buildWithCache } from './index-cache.js';
import { loadKnowledge } from './knowledge/loader.js';
import type { Knowledge, Problem } from './knowledge/types.js';

/** What a refresh changed, for the moderator who asked for it. */
export type RefreshReport =
  | {
      ok: true;
      added: string[];
      removed: string[];
      changed: string[];
      passagesBefore: number;
      passagesAfter: number;
      aliasesChanged: boolean;
      ms: number;
    }
  | { ok: false; problems: Problem[]; ms: number };

/** Called after each reload with its report (see {@link KnowledgeBase.onRefreshed}). */
export type RefreshListener = (report: RefreshReport) => void;

/** The knowledge folder could not be loaded; `problems` says where and why. */
export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The knowledge folder has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

/** "file:line: message", the form editors and terminals make clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`;
}

/**
 * The live knowledge base: a knowledge folder and the answer engine built from
 * it. A refresh builds a new engine beside the live one and swaps it in one
 * assignment, so questions asked meanwhile are answered from the old one; a
 * folder with any problem is never swapped in. Concurrent refreshes share one run.
 * The built index is saved under `.cache/` in the folder and reused while the
 * files are unchanged (see `index-cache.ts`).
 */
export class KnowledgeBase {
  private running: Promise<RefreshReport> | null = null;
  private readonly listeners = new Set<RefreshListener>();

  private constructor(
    readonly dir: string,
    private current: { engine: AnswerEngine; knowledge: Knowledge },
    private readonly options: Partial<EngineOptions>,
  ) {}

  /** Loads the folder and builds the engine; throws {@link KnowledgeError} listing every problem. */
  static async open(dir: string, options: Partial<EngineOptions> = {}): Promise<KnowledgeBase> {
    const loaded = await loadKnowledge(dir);
    if (!loaded.ok) throw new KnowledgeError(loaded.problems);
    return new KnowledgeBase(dir, { engine: await buildWithCache(dir, loaded.knowledge, options, { yielding: false }), knowledge: loaded.knowledge }, options);
  }

  /** The engine answering now. Read it per question: a refresh replaces it. */
  get engine(): AnswerEngine {
    return this.current.engine;
  }

  get knowledge(): Knowledge {
    return this.current.knowledge;
  }

  /** Reloads the folder; see the class comment. */
  refresh(): Promise<RefreshReport> {
    this.running ??= this.reload()
      .finally(() => {
        this.running = null;
      })
      .then((report) => {
        this.notify(report);
        return report;
      });
    return this.running;
  }

  /**
   * Calls `listener` after every reload, whoever asked for it, with its report
   * (ok or not): once per reload however many callers shared it, after the new
   * engine is live and before those callers resume. A listener that throws is
   * ignored. Returns a function that removes the listener.
   */
  onRefreshed(listener: RefreshListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private notify(report: RefreshReport): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(report);
      } catch {
        // A listener's failure is its own business, not the refresh's.
      }
    }
  }

  private async reload(): Promise<RefreshReport> {
    const started = performance.now();
    const loaded = await loadKnowledge(this.dir);
    const ms = () => Math.round(performance.now() - started);
    if (!loaded.ok) return { ok: false, problems: loaded.problems, ms: ms() };
    const engine = await buildWithCache(this.dir, loaded.knowledge, this.options);
    const before = this.current;
    this.current = { engine, knowledge: loaded.knowledge };
    const oldHashes = new Map(before.knowledge.sources.map((s) => [s.id, s.hash]));
    const newIds = new Set(loaded.knowledge.sources.map((s) => s.id));
    return {
      ok: true,
      added: loaded.knowledge.sources.filter((s) => !oldHashes.has(s.id)).map((s) => s.id),
      removed: [...oldHashes.keys()].filter((id) => !newIds.has(id)),
      changed: loaded.knowledge.sources.filter((s) => oldHashes.has(s.id) && oldHashes.get(s.id) !== s.hash).map((s) => s.id),
      passagesBefore: before.engine.passages.length,
      passagesAfter: engine.passages.length,
      aliasesChanged: JSON.stringify(before.knowledge.aliases) !== JSON.stringify(loaded.knowledge.aliases),
      ms: ms(),
    };
  }
}
