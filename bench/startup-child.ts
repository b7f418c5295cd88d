/**
 * The child process of bench/startup.ts (not meant to be run by hand, though
 * it can be): starts the answer engine on a knowledge folder the way the bot
 * does, asks one question and prints one JSON line with the times since the
 * process started (performance.now() counts from performance.timeOrigin, the
 * start of this process) and the memory it holds.
 *
 *   node --expose-gc --import tsx bench/startup-child.ts --mode start --dir <knowledge> --question "..."
 *
 * Modes:
 *   start     loadKnowledge + buildWithCache (lexical) + one ask: the start-up path, timed
 *   lexical   the same, then memory at rest (after GC)
 *   vectors   openKnowledgeBase (word-vector table, then loadKnowledge + buildWithCache) + one ask, then memory at rest
 *   baseline  the same modules imported, nothing built: memory at rest of an empty process
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.js';
import { buildWithCache } from '../src/index-cache.js';
import type { AnswerEngine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { openKnowledgeBase } from '../src/open-knowledge.js';

/** Module graph loaded (tsx transpiles on the fly, cached under the temp folder). */
const importedMs = performance.now();

type Mode = 'start' | 'lexical' | 'vectors' | 'baseline';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const mode = (arg('mode') ?? 'start') as Mode;
  const dir = arg('dir');
  const question = arg('question') ?? 'What did the president say about the mission?';
  if (!['start', 'lexical', 'vectors', 'baseline'].includes(mode)) throw new Error(`unknown mode ${mode}`);
  if (mode !== 'baseline' && !dir) throw new Error('--dir is required');

  const out: Record<string, unknown> = { mode, pid: process.pid, importedMs };
  let engine: AnswerEngine | undefined;
  if (mode === 'start' || mode === 'lexical') {
    const t0 = performance.now();
    const loaded = await loadKnowledge(dir!);
    if (!loaded.ok) throw new Error(`the knowledge does not load: ${loaded.problems.slice(0, 3).map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`);
    const t1 = performance.now();
    engine = await buildWithCache(dir!, loaded.knowledge, {});
    const t2 = performance.now();
    const answer = engine.ask(question);
    const t3 = performance.now();
    Object.assign(out, {
      readyMs: t3,
      loadMs: t1 - t0,
      buildMs: t2 - t1,
      askMs: t3 - t2,
      sources: loaded.knowledge.sources.length,
      passages: engine.passages.length,
      fromSnapshot: engine.fromSnapshot,
      answered: answer.answered,
    });
  } else if (mode === 'vectors') {
    const t0 = performance.now();
    const config = loadConfig({ WORD_VECTORS: 'auto', KNOWLEDGE_DIR: dir! }, { dotenv: false });
    const kb = await openKnowledgeBase(config, dir!);
    const t1 = performance.now();
    engine = kb.engine;
    const answer = engine.ask(question);
    const t2 = performance.now();
    Object.assign(out, { readyMs: t2, openMs: t1 - t0, askMs: t2 - t1, passages: engine.passages.length, fromSnapshot: engine.fromSnapshot, answered: answer.answered });
  }

  // Memory at rest: after the start-up garbage is collected.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await sleep(50);
    gc();
  }
  const m = process.memoryUsage();
  Object.assign(out, { gc: gc !== undefined, rssMB: m.rss / 2 ** 20, heapUsedMB: m.heapUsed / 2 ** 20, heapTotalMB: m.heapTotal / 2 ** 20, externalMB: m.external / 2 ** 20, arrayBuffersMB: m.arrayBuffers / 2 ** 20 });
  // Keep the engine reachable until measured.
  out.alive = engine !== undefined;
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
