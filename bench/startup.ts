/**
 * Start-up benchmark (a benchmark, not a test): from process start to ready to
 * answer, with and without the saved index cache (src/index-cache.ts), on
 * seeded synthetic knowledge written as real files; and the memory at rest of
 * the engine on the shipped knowledge.
 *
 *   tsx bench/startup.ts                          # 100,000 passages, median of 3 cold and 3 warm starts
 *   tsx bench/startup.ts --passages 10000 --runs 5 --keep --out /tmp/startup.json
 *
 * Each start is a fresh child process (`node --expose-gc --import tsx
 * bench/startup-child.ts`) that runs loadKnowledge + buildWithCache + one ask
 * and reports performance.now() (ms since its own process start) when the
 * answer is back. Cold: `<dir>/.cache` deleted first, so the child builds the
 * index and saves it; warm: the cache the cold start left. Cold and warm runs
 * alternate. The files stay in the OS page cache, so "cold" means no index
 * cache, not a cold disk.
 *
 * Memory at rest: the shipped knowledge copied to a temporary folder (with the
 * word-vector table when present), children started warm, then RSS and heap
 * after a GC: an empty process with the same modules, the lexical engine, and
 * the engine as the bot opens it (openKnowledgeBase: word vectors + index).
 *
 * Writes bench/results/startup.json.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../src/index-cache.js';
import { defaultVectorTablePath } from '../src/engine/vectors/ensure.js';
import type { Source } from '../src/knowledge/types.js';
import { syntheticKnowledge, syntheticQuestions } from './synthetic.js';
import { positiveInt, runFacts } from './common.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = path.join(ROOT, 'bench/startup-child.ts');
const MB = 2 ** 20;

interface Args {
  passages: number;
  runs: number;
  seed: number;
  keep: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { passages: 100_000, runs: 3, seed: 20240921, keep: false, out: path.join(ROOT, 'bench/results/startup.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--passages') args.passages = positiveInt(a, value());
    else if (a === '--runs') args.runs = positiveInt(a, value());
    else if (a === '--seed') args.seed = positiveInt(a, value());
    else if (a === '--keep') args.keep = true;
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx bench/startup.ts [--passages N] [--runs N] [--seed N] [--keep] [--out file.json]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a} (try --help)`);
  }
  return args;
}


function progress(message: string): void {
  process.stderr.write(`[startup ${(performance.now() / 1000).toFixed(0).padStart(4)}s] ${message}\n`);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function ms(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '-';
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A source as a knowledge file: front matter the loader accepts, then the body byte for byte. */
function sourceFile(s: Source): { name: string; text: string } {
  const id = s.id.slice(0, 80).replace(/-+$/, '');
  const front = [
    '---',
    `id: ${id}`,
    `title: ${JSON.stringify(s.title)}`,
    `publisher: ${JSON.stringify(s.publisher)}`,
    `url: https://example.org/news/${id}`,
    `published: ${s.published}`,
    'language: en',
    '---',
  ].join('\n');
  return { name: `${id}.md`, text: `${front}\n${s.body}` };
}

interface ChildReport {
  mode: string;
  importedMs: number;
  readyMs?: number;
  loadMs?: number;
  buildMs?: number;
  openMs?: number;
  askMs?: number;
  sources?: number;
  passages?: number;
  fromSnapshot?: boolean;
  answered?: boolean;
  gc: boolean;
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  arrayBuffersMB: number;
  /** Parent side: from spawn to the child's exit. */
  wallMs: number;
}

/** Runs the child and returns its report (its last stdout line). */
function runChild(childArgs: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, ...childArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`child exited with ${code}: ${stderr.trim().slice(-2000)}`));
      resolve({ ...(JSON.parse(last) as Omit<ChildReport, 'wallMs'>), wallMs });
    });
  });
}

async function cacheFiles(dir: string): Promise<Array<{ name: string; bytes: number }>> {
  try {
    const names = await readdir(cacheDir(dir));
    return await Promise.all(names.filter((n) => n.startsWith('index-') && n.endsWith('.json')).map(async (name) => ({ name, bytes: (await stat(path.join(cacheDir(dir), name))).size })));
  } catch {
    return [];
  }
}

interface Summary {
  runs: number;
  readyMs: number;
  wallMs: number;
  importedMs: number;
  loadMs: number;
  buildMs: number;
  askMs: number;
  rssMB: number;
  heapUsedMB: number;
  fromSnapshot: boolean[];
}

function summarise(reports: ChildReport[]): Summary {
  const med = (f: (r: ChildReport) => number | undefined) => median(reports.map(f).filter((x): x is number => x !== undefined));
  return {
    runs: reports.length,
    readyMs: med((r) => r.readyMs),
    wallMs: med((r) => r.wallMs),
    importedMs: med((r) => r.importedMs),
    loadMs: med((r) => r.loadMs),
    buildMs: med((r) => r.buildMs),
    askMs: med((r) => r.askMs),
    rssMB: med((r) => r.rssMB),
    heapUsedMB: med((r) => r.heapUsedMB),
    fromSnapshot: reports.map((r) => r.fromSnapshot === true),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mss-startup-'));
  try {
    // ---- the synthetic knowledge as files
    const dir = path.join(tmp, 'synthetic');
    await mkdir(dir);
    const knowledge = syntheticKnowledge({ passages: args.passages, seed: args.seed });
    const question = syntheticQuestions(knowledge, { count: 8, seed: args.seed + 1 }).find((q) => q.kind === 'common')!.q;
    let bytes = 0;
    for (const s of knowledge.sources) {
      const f = sourceFile(s);
      bytes += Buffer.byteLength(f.text);
      await writeFile(path.join(dir, f.name), f.text);
    }
    progress(`wrote ${knowledge.sources.length} files (${(bytes / MB).toFixed(1)} MB, ${args.passages} passages) to ${dir}`);

    // ---- cold and warm starts, alternating
    const cold: ChildReport[] = [];
    const warm: ChildReport[] = [];
    let cacheBytes = 0;
    for (let i = 0; i < args.runs; i++) {
      await rm(cacheDir(dir), { recursive: true, force: true });
      const c = await runChild(['--mode', 'start', '--dir', dir, '--question', question]);
      if (c.fromSnapshot) throw new Error('a cold start loaded a snapshot');
      cold.push(c);
      const files = await cacheFiles(dir);
      cacheBytes = files.reduce((s, f) => s + f.bytes, 0);
      progress(`cold ${i + 1}/${args.runs}: ready at ${ms(c.readyMs)} (load ${ms(c.loadMs)}, build+save ${ms(c.buildMs)}); cache ${(cacheBytes / MB).toFixed(1)} MB`);
      const w = await runChild(['--mode', 'start', '--dir', dir, '--question', question]);
      if (!w.fromSnapshot) progress('warning: a warm start rebuilt the index (the cache did not fit)');
      warm.push(w);
      progress(`warm ${i + 1}/${args.runs}: ready at ${ms(w.readyMs)} (load ${ms(w.loadMs)}, snapshot load ${ms(w.buildMs)})`);
    }

    // ---- memory at rest on the shipped knowledge (a copy, so the repository's cache is left alone)
    const shippedDir = path.join(tmp, 'shipped');
    await mkdir(shippedDir);
    const src = path.join(ROOT, 'knowledge');
    for (const name of await readdir(src)) if (!name.startsWith('.') && /\.(md|txt|yml|yaml)$/i.test(name)) await copyFile(path.join(src, name), path.join(shippedDir, name));
    const table100k = defaultVectorTablePath(src);
    let vectorsCopied = false;
    try {
      await mkdir(cacheDir(shippedDir), { recursive: true });
      await copyFile(table100k, defaultVectorTablePath(shippedDir));
      vectorsCopied = true;
    } catch {
      progress('no word-vector table in knowledge/.cache: the vectors row builds or skips it');
    }
    const shippedQuestion = 'How many more officers is Kenya sending to Haiti?';
    const rest: Record<string, ChildReport[]> = { baseline: [], lexical: [], vectors: [] };
    // A first start writes the shipped index cache; the measured ones start warm, as the bot usually does.
    await runChild(['--mode', 'lexical', '--dir', shippedDir, '--question', shippedQuestion]);
    for (let i = 0; i < args.runs; i++) {
      for (const mode of ['baseline', 'lexical', 'vectors'] as const) rest[mode]!.push(await runChild(['--mode', mode, '--dir', shippedDir, '--question', shippedQuestion]));
    }
    progress('memory at rest measured');

    // ---- report
    const c = summarise(cold);
    const w = summarise(warm);
    const totalS = (performance.now() - started) / 1000;
    console.log(
      `\nStart-up benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}, ${totalS.toFixed(0)} s`,
    );
    console.log(`${args.passages} synthetic passages in ${knowledge.sources.length} files (${(bytes / MB).toFixed(1)} MB); medians of ${args.runs} starts; index cache ${(cacheBytes / MB).toFixed(1)} MB\n`);
    console.log(
      table(
        ['start', 'ready (since process start)', 'wall (spawn→exit)', 'imports', 'loadKnowledge', 'buildWithCache', 'first ask', 'RSS after GC', 'heap after GC'],
        [
          ['cold (no cache: build + save)', c],
          ['warm (cache present)', w],
        ].map(([name, s]) => {
          const x = s as Summary;
          return [name as string, ms(x.readyMs), ms(x.wallMs), ms(x.importedMs), ms(x.loadMs), ms(x.buildMs), ms(x.askMs), `${x.rssMB.toFixed(0)} MB`, `${x.heapUsedMB.toFixed(0)} MB`];
        }),
      ),
    );
    console.log(`\nspeed-up warm vs cold: ×${(c.readyMs / w.readyMs).toFixed(1)} (ready); cold runs: ${cold.map((r) => ms(r.readyMs)).join(', ')}; warm runs: ${warm.map((r) => ms(r.readyMs)).join(', ')}`);
    console.log(`\nMemory at rest, shipped knowledge (${rest.lexical![0]?.passages ?? '?'} passages), medians of ${args.runs} processes, after GC\n`);
    const restRow = (name: string, rs: ChildReport[]) => {
      const med = (f: (r: ChildReport) => number) => median(rs.map(f));
      return [name, `${med((r) => r.rssMB).toFixed(1)} MB`, `${med((r) => r.heapUsedMB).toFixed(1)} MB`, `${med((r) => r.heapTotalMB).toFixed(1)} MB`, `${med((r) => r.externalMB).toFixed(1)} MB`, rs[0]?.readyMs !== undefined ? ms(med((r) => r.readyMs ?? NaN)) : '-'];
    };
    console.log(
      table(
        ['process', 'RSS', 'heap used', 'heap total', 'external', 'ready'],
        [
          restRow('modules only (no engine)', rest.baseline!),
          restRow('engine, lexical (warm)', rest.lexical!),
          restRow(`engine + word vectors (openKnowledgeBase)${vectorsCopied ? '' : ' [table built]'}`, rest.vectors!),
        ],
      ),
    );

    await mkdir(path.dirname(args.out), { recursive: true });
    const report = {
      ...runFacts(),
      totalSeconds: totalS,
      child: 'node --expose-gc --import tsx bench/startup-child.ts',
      synthetic: { passages: args.passages, sources: knowledge.sources.length, bytes, seed: args.seed, question },
      cacheBytes,
      cold: { median: c, runs: cold },
      warm: { median: w, runs: warm },
      speedup: c.readyMs / w.readyMs,
      memoryAtRest: { question: shippedQuestion, vectorsCopied, ...rest },
    };
    await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFigures written to ${path.relative(process.cwd(), args.out) || args.out}`);
  } finally {
    if (args.keep) progress(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 2;
});
