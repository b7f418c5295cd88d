/**
 * Side-by-side benchmark of the answer engine and peer search libraries (a
 * benchmark, not a test). In ONE process and one run, over the same passages
 * (splitPassages over the loaded knowledge):
 *
 *   engine          this project's AnswerEngine, default options (lexical, as `npm run bench` measures it)
 *   engine+vectors  the same with the word-vector table, as the bot runs it (shipped knowledge only)
 *   minisearch      MiniSearch, its defaults: fields text + section, default tokenizer, no stop words, no stemming
 *   minisearch+stem MiniSearch with the project's STOP_WORDS and the Porter stemmer in processTerm (documented hook)
 *   lunr            lunr 2, its English pipeline (trimmer, stemmer) with the project's STOP_WORDS as stop-word filter
 *   flexsearch      FlexSearch 0.8 Index, tokenize 'forward', resolution 9, encode = the project's terms()
 *   orama           Orama 3, BM25, its built-in English stemmer, the project's STOP_WORDS, threshold 1 (any term)
 *
 * Every peer gets the same abstention rule family: answer the top hit when
 * score ≥ t × N(question), with N = 1 ("raw": a threshold on the top score) or
 * N = Σ over the question's words of the best score of that word alone ("rel":
 * the score of the question's own best possible match). t is grid-searched on
 * test/fixtures/questions/dev-questions.json per peer and per variant (201
 * points; ties broken by the median maximiser), and the better variant on dev
 * is kept (ties: raw, the cheaper). FlexSearch returns no scores, only an
 * order: its score is the share of the question's terms the top hit holds
 * (best possible = 1, so only "raw" applies). The engine keeps its own rule.
 *
 * Latency: p50/p99 of answering (the search plus the abstention rule; the
 * engine: ask) on the shipped knowledge (every fixture question, --asks calls)
 * and on seeded synthetic knowledge of 10,000 and 100,000 passages (400
 * syntheticQuestions; 400 and 200 calls), the same seeded question order for
 * every system, after a warm-up; each system stops early after 5 s of measured
 * calls (10 s at 100k) to keep the run short. A peer whose rule is "rel" also
 * gets its bare search timed. Index build: time of one build (the peers get the
 * passages already split; the engine splits its own) and heap delta after
 * global.gc.
 *
 *   tsx --expose-gc bench/peers.ts              # shipped + 10k + 100k
 *   tsx --expose-gc bench/peers.ts --quick      # skips 100k
 *   tsx --expose-gc bench/peers.ts --asks 2000 --seed 7 --out /tmp/peers.json
 *
 * Writes bench/results/peers.json.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { create as oramaCreate, insert as oramaInsert, search as oramaSearch } from '@orama/orama';
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { AnswerEngine } from '../src/engine/engine.js';
import { STOP_WORDS, terms } from '../src/engine/text.js';
import { DEFAULT_VECTOR_WORDS, defaultVectorTablePath, ensureVectorTable } from '../src/engine/vectors/ensure.js';
import type { WordVectors } from '../src/engine/vectors/table.js';
import { evaluate, readQuestionSet, type QuestionSet } from '../src/eval.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { splitPassages } from '../src/knowledge/passages.js';
import type { Knowledge } from '../src/knowledge/types.js';
import { mulberry32, syntheticKnowledge, syntheticQuestions } from './synthetic.js';
import { positiveInt, findGc, stats, type LatencyStats, runFacts } from './common.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;

// ---------------------------------------------------------------- arguments

interface Args {
  quick: boolean;
  asks: number;
  seed: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, asks: 2000, seed: 20240921, out: path.join(ROOT, 'bench/results/peers.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--asks') args.asks = positiveInt(a, value());
    else if (a === '--seed') args.seed = positiveInt(a, value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx --expose-gc bench/peers.ts [--quick] [--asks N] [--seed N] [--out file.json]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a} (try --help)`);
  }
  return args;
}


// ---------------------------------------------------------------- gc, stats, formatting


const gc = findGc();
const collect = (): void => {
  if (!gc) return;
  gc();
  gc();
};
const heapUsed = (): number => process.memoryUsage().heapUsed;


/** A duration for people: µs under a millisecond, else ms, else s. */
function dur(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms < 1) return `${(ms * 1000).toFixed(0)}µs`;
  if (ms < 10) return `${ms.toFixed(2)}ms`;
  if (ms < 1000) return `${ms.toFixed(ms < 100 ? 1 : 0)}ms`;
  return `${(ms / 1000).toFixed(1)}s`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function progress(message: string): void {
  process.stderr.write(`[peers ${(performance.now() / 1000).toFixed(0).padStart(4)}s] ${message}\n`);
}

/**
 * The commit measured, whether src/ had uncommitted changes, and a hash of the
 * engine's source files as they were read (src/ changes under other hands).
 */
function gitState(): { commit: string; srcDirty: boolean; engineSourceHash: string } | null {
  const h = createHash('sha256');
  const dir = path.join(ROOT, 'src/engine');
  for (const f of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort()) h.update(f).update(readFileSync(path.join(dir, f)));
  const engineSourceHash = h.digest('hex').slice(0, 12);
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: git('rev-parse', '--short', 'HEAD'), srcDirty: git('status', '--porcelain', '--', 'src') !== '', engineSourceHash };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the systems

/** A passage as the peers index it: its number, text and section heading. */
interface Doc {
  n: number;
  text: string;
  section: string;
}

/** The top hit of a question: passage number and the peer's score for it. */
type Hit = { n: number; score: number } | null;

type Variant = 'raw' | 'rel';

/** A built peer index. */
interface Peer {
  /** The best passage for a query (undefined score semantics per peer, higher is better). */
  top(query: string): Hit;
  /** Abstention variants that make sense for this peer's scores. */
  variants: Variant[];
}

interface PeerSpec {
  name: string;
  /** The options used, for the report. */
  config: string;
  build(docs: Doc[]): Peer;
}

/** Question words, for the "rel" normaliser (each peer then tokenises, stops and stems them its own way). */
function questionWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/^['’-]+|['’-]+$/gu, '')).filter((w) => w !== ''))];
}

/** N(q) = Σ over the question's words of the best score of that word alone: the question's best possible match. */
function bestPossible(peer: Peer, q: string): number {
  let sum = 0;
  for (const w of questionWords(q)) sum += peer.top(w)?.score ?? 0;
  return sum;
}

const STOP_LIST = [...STOP_WORDS];

const miniSearchDefault: PeerSpec = {
  name: 'minisearch',
  config: "new MiniSearch({ fields: ['text','section'] }), search(q) with default options (OR, BM25+, no prefix/fuzzy)",
  build(docs) {
    const ms = new MiniSearch<{ id: number; text: string; section: string }>({ fields: ['text', 'section'] });
    ms.addAll(docs.map((d) => ({ id: d.n, text: d.text, section: d.section })));
    return {
      variants: ['raw', 'rel'],
      top(q) {
        const r = ms.search(q)[0];
        return r ? { n: r.id as number, score: r.score } : null;
      },
    };
  },
};

const miniSearchStem: PeerSpec = {
  name: 'minisearch+stem',
  config: 'as minisearch, processTerm: lower case, drop STOP_WORDS, Porter stemmer (stemmer package)',
  build(docs) {
    const processTerm = (term: string): string | null => {
      const t = term.toLowerCase();
      return STOP_WORDS.has(t) ? null : stemmer(t);
    };
    const ms = new MiniSearch<{ id: number; text: string; section: string }>({ fields: ['text', 'section'], processTerm });
    ms.addAll(docs.map((d) => ({ id: d.n, text: d.text, section: d.section })));
    return {
      variants: ['raw', 'rel'],
      top(q) {
        const r = ms.search(q)[0];
        return r ? { n: r.id as number, score: r.score } : null;
      },
    };
  },
};

const projectStopWordFilter = lunr.generateStopWordFilter(STOP_LIST);
lunr.Pipeline.registerFunction(projectStopWordFilter, 'projectStopWordFilter');

const lunrSpec: PeerSpec = {
  name: 'lunr',
  config: "lunr(): ref n, fields text + section; pipeline trimmer → STOP_WORDS filter → lunr.stemmer; query via idx.query(q.term(lunr.tokenizer(q))) (OR)",
  build(docs) {
    const idx = lunr(function () {
      this.ref('n');
      this.field('text');
      this.field('section');
      // lunr's own English stop-word filter replaced by the project's list; the stemmer stays.
      this.pipeline.after(lunr.trimmer, projectStopWordFilter);
      this.pipeline.remove(lunr.stopWordFilter);
      // The query side gets the same trimming and stop words (by default it only stems).
      this.searchPipeline.before(lunr.stemmer, lunr.trimmer);
      this.searchPipeline.before(lunr.stemmer, projectStopWordFilter);
      for (const d of docs) this.add({ n: String(d.n), text: d.text, section: d.section });
    });
    return {
      variants: ['raw', 'rel'],
      top(q) {
        const tokens = lunr.tokenizer(q);
        if (tokens.length === 0) return null;
        // The programmatic query API: the question's punctuation is not lunr query syntax.
        const r = idx.query((query) => {
          query.term(tokens, {});
        })[0];
        return r ? { n: Number(r.ref), score: r.score } : null;
      },
    };
  },
};

const flexSpec: PeerSpec = {
  name: 'flexsearch',
  config: "new Index({ tokenize: 'forward', resolution: 9, encode: terms }) over text + section; search(q, { limit: 1, suggest: true }); score = share of the question's terms in the top hit (FlexSearch gives no scores)",
  build(docs) {
    const encode = (text: string): string[] => terms(text);
    const index = new FlexIndex({ tokenize: 'forward', resolution: 9, encode });
    for (const d of docs) index.add(d.n, d.section === '' ? d.text : `${d.text}\n${d.section}`);
    return {
      variants: ['raw'],
      top(q) {
        const ids = index.search(q, { limit: 1, suggest: true }) as number[];
        const n = ids[0];
        if (n === undefined) return null;
        // FlexSearch ranks by term position only and returns no score: the share of
        // the question's (encoded) terms that the top hit holds stands in for one.
        const qTerms = [...new Set(terms(q))];
        if (qTerms.length === 0) return { n, score: 0 };
        const d = docs[n]!;
        const dTerms = new Set(terms(`${d.text}\n${d.section}`));
        let matched = 0;
        for (const t of qTerms) {
          if (dTerms.has(t)) matched++;
          else for (const x of dTerms) if (x.startsWith(t)) {
            matched++;
            break;
          }
        }
        return { n, score: matched / qTerms.length };
      },
    };
  },
};

const oramaSpec: PeerSpec = {
  name: 'orama',
  config: "create({ schema: { text, section: 'string' }, components.tokenizer: { language: 'english', stemming: true (built-in English stemmer), stopWords: STOP_WORDS } }); search({ term, properties: [text, section], limit: 1, threshold: 1 }) (BM25, any term)",
  build(docs) {
    const db = oramaCreate({
      schema: { text: 'string', section: 'string' } as const,
      components: { tokenizer: { language: 'english', stemming: true, stopWords: STOP_LIST } },
    });
    for (const d of docs) {
      const r = oramaInsert(db, { id: String(d.n), text: d.text, section: d.section });
      if (r instanceof Promise) throw new Error('orama insert went async: not measurable synchronously');
    }
    return {
      variants: ['raw', 'rel'],
      top(q) {
        const res = oramaSearch(db, { term: q, properties: ['text', 'section'], limit: 1, threshold: 1 });
        if (res instanceof Promise) throw new Error('orama search went async: not measurable synchronously');
        const h = res.hits[0];
        return h ? { n: Number(h.id), score: h.score } : null;
      },
    };
  },
};

const PEERS: PeerSpec[] = [miniSearchDefault, miniSearchStem, lunrSpec, flexSpec, oramaSpec];

// ---------------------------------------------------------------- accuracy and tuning

interface SetScore {
  answerable: number;
  unanswerable: number;
  answeredRight: number;
  abstainedRight: number;
  /** Answerable questions whose top passage (answered or not) holds the answer: ranking alone. */
  top1Right: number;
  /** Peers: right answers + right abstentions with t tuned on this set itself (the rule's ceiling). */
  oracleRight?: number;
}

interface Observation {
  expect: string[];
  /** The top passage's text, or undefined when nothing matched. */
  text: string | undefined;
  /** score / N(q): compared with t. */
  value: number;
}

const holds = (text: string | undefined, expect: string[]): boolean => text !== undefined && expect.some((e) => text.toLowerCase().includes(e.toLowerCase()));

function scoreSet(obs: Observation[], t: number): SetScore {
  const s: SetScore = { answerable: 0, unanswerable: 0, answeredRight: 0, abstainedRight: 0, top1Right: 0 };
  for (const o of obs) {
    const answered = o.text !== undefined && o.value >= t;
    if (o.expect.length === 0) {
      s.unanswerable++;
      if (!answered) s.abstainedRight++;
    } else {
      s.answerable++;
      if (holds(o.text, o.expect)) s.top1Right++;
      if (answered && holds(o.text, o.expect)) s.answeredRight++;
    }
  }
  return s;
}

function observe(peer: Peer, docs: Doc[], set: QuestionSet, variant: Variant): Observation[] {
  return set.map(({ q, expect }) => {
    const hit = peer.top(q);
    if (!hit) return { expect, text: undefined, value: 0 };
    const norm = variant === 'rel' ? bestPossible(peer, q) : 1;
    return { expect, text: docs[hit.n]!.text, value: norm > 0 ? hit.score / norm : 0 };
  });
}

interface Tuning {
  variant: Variant;
  t: number;
  /** Right answers + right abstentions on dev at t. */
  devRight: number;
  /** The t range (lowest, highest grid point) that reaches devRight. */
  bestRange: [number, number];
  /** The other variant's best, for the record. */
  other?: { variant: Variant; t: number; devRight: number };
}

/** Grid search of t on dev: 201 points from 0 to the largest observed value; ties → the median maximiser. */
function tune(obs: Observation[]): { t: number; devRight: number; bestRange: [number, number] } {
  const max = Math.max(0, ...obs.map((o) => o.value));
  const grid = Array.from({ length: 201 }, (_, i) => (max * i) / 200);
  grid.push(max * 1.0001 + 1e-9); // abstain on everything
  let best = -1;
  let winners: number[] = [];
  for (const t of grid) {
    const s = scoreSet(obs, t);
    const right = s.answeredRight + s.abstainedRight;
    if (right > best) {
      best = right;
      winners = [t];
    } else if (right === best) winners.push(t);
  }
  return { t: winners[Math.floor((winners.length - 1) / 2)]!, devRight: best, bestRange: [winners[0]!, winners[winners.length - 1]!] };
}

// ---------------------------------------------------------------- latency

interface Timed {
  firstMs: number;
  warmup: number;
  answer: LatencyStats;
  search?: LatencyStats;
  answeredShare: number;
}

/** The first call (cold), a warm-up pass, then measured calls in the given order (stopping early past `capMs`). */
function timeCalls(call: (q: string) => boolean, questions: string[], order: number[], warmup: number, capMs: number): { firstMs: number; samples: number[]; answered: number } {
  let t0 = performance.now();
  call(questions[0]!);
  const firstMs = performance.now() - t0;
  const warmStart = performance.now();
  for (let i = 0; i < warmup && performance.now() - warmStart < capMs / 2; i++) call(questions[i % questions.length]!);
  const samples: number[] = [];
  let answered = 0;
  const started = performance.now();
  for (const i of order) {
    const q = questions[i]!;
    t0 = performance.now();
    const ok = call(q);
    samples.push(performance.now() - t0);
    if (ok) answered++;
    if (performance.now() - started > capMs) break;
  }
  return { firstMs, samples, answered };
}

// ---------------------------------------------------------------- per knowledge set

interface Plan {
  name: string;
  knowledge: Knowledge;
  questions: string[];
  asks: number;
  warmup: number;
  /** Stop measuring one system after this long. */
  capMs: number;
  /** Also score the fixture question sets (shipped knowledge only). */
  accuracy: boolean;
  vectors: WordVectors | null;
}

interface SystemResult {
  name: string;
  config: string;
  buildMs: number;
  heapMB: number;
  latency: Timed;
  tuning?: Tuning;
  /** Fixture set → scores with the chosen rule. */
  accuracy?: Record<string, SetScore>;
}

interface DatasetResult {
  name: string;
  sources: number;
  passages: number;
  questions: number;
  generateMs?: number;
  systems: SystemResult[];
}

function docsOf(knowledge: Knowledge): Doc[] {
  const docs: Doc[] = [];
  for (const s of knowledge.sources) for (const p of splitPassages(s)) docs.push({ n: docs.length, text: p.text, section: p.section ?? '' });
  return docs;
}

/** The measured build: heap before and after (both after gc), and the build time. */
function measuredBuild<T>(build: () => T): { value: T; buildMs: number; heapMB: number } {
  collect();
  const before = heapUsed();
  const t0 = performance.now();
  const value = build();
  const buildMs = performance.now() - t0;
  collect();
  return { value, buildMs, heapMB: (heapUsed() - before) / MB };
}

async function runDataset(plan: Plan, sets: Map<string, QuestionSet>, tunings: Map<string, Tuning>, seed: number): Promise<DatasetResult> {
  const docs = docsOf(plan.knowledge);
  const rng = mulberry32(seed);
  const order = Array.from({ length: plan.asks }, () => Math.floor(rng() * plan.questions.length));
  const systems: SystemResult[] = [];
  const latency = (call: (q: string) => boolean, search?: (q: string) => unknown): Timed => {
    const a = timeCalls(call, plan.questions, order, plan.warmup, plan.capMs);
    const out: Timed = { firstMs: a.firstMs, warmup: plan.warmup, answer: stats(a.samples), answeredShare: a.answered / Math.max(1, a.samples.length) };
    if (search) {
      const s = timeCalls((q) => (search(q), true), plan.questions, order, Math.min(plan.warmup, 50), plan.capMs);
      out.search = stats(s.samples);
    }
    return out;
  };

  // The engine, as `npm run bench` measures it, and (shipped knowledge) with word vectors as the bot runs it.
  const engines: Array<{ name: string; config: string; vectors: WordVectors | null }> = [{ name: 'engine', config: 'AnswerEngine.build(knowledge): default options, lexical', vectors: null }];
  if (plan.vectors) engines.push({ name: 'engine+vectors', config: `AnswerEngine.build(knowledge, { vectors }) with the ${DEFAULT_VECTOR_WORDS}-word table, as openKnowledgeBase does`, vectors: plan.vectors });
  for (const e of engines) {
    progress(`${plan.name}: ${e.name}: building`);
    const built = measuredBuild(() => AnswerEngine.build(plan.knowledge, e.vectors ? { vectors: e.vectors } : {}));
    const engine = built.value;
    progress(`${plan.name}: ${e.name}: built in ${dur(built.buildMs)}, ${built.heapMB.toFixed(1)} MB; timing`);
    const result: SystemResult = { name: e.name, config: e.config, buildMs: built.buildMs, heapMB: built.heapMB, latency: latency((q) => engine.ask(q).answered) };
    if (plan.accuracy) {
      result.accuracy = {};
      for (const [setName, set] of sets) {
        const r = evaluate(engine, set);
        let top1Right = 0;
        for (const { q, expect } of set) {
          if (expect.length === 0) continue;
          const a = engine.ask(q);
          if (holds(a.answered ? a.quote : a.suggestions[0]?.quote, expect)) top1Right++;
        }
        result.accuracy[setName] = { answerable: r.answerable, unanswerable: r.unanswerable, answeredRight: r.answeredRight, abstainedRight: r.abstainedRight, top1Right };
      }
    }
    systems.push(result);
  }

  for (const spec of PEERS) {
    progress(`${plan.name}: ${spec.name}: building`);
    const built = measuredBuild(() => spec.build(docs));
    const peer = built.value;
    progress(`${plan.name}: ${spec.name}: built in ${dur(built.buildMs)}, ${built.heapMB.toFixed(1)} MB; timing`);
    const result: SystemResult = { name: spec.name, config: spec.config, buildMs: built.buildMs, heapMB: built.heapMB, latency: { firstMs: NaN, warmup: 0, answer: stats([]), answeredShare: 0 } };
    if (plan.accuracy) {
      // Tune t on dev for each variant; keep the better variant (ties: raw).
      const dev = sets.get('dev-questions')!;
      const tuned = peer.variants.map((variant) => ({ variant, ...tune(observe(peer, docs, dev, variant)) }));
      tuned.sort((a, b) => b.devRight - a.devRight || (a.variant === 'raw' ? -1 : 1));
      const [chosen, other] = tuned as [(typeof tuned)[number], ...(typeof tuned)[number][]];
      const tuning: Tuning = { variant: chosen.variant, t: chosen.t, devRight: chosen.devRight, bestRange: chosen.bestRange };
      if (other) tuning.other = { variant: other.variant, t: other.t, devRight: other.devRight };
      tunings.set(spec.name, tuning);
      result.tuning = tuning;
      result.accuracy = {};
      for (const [setName, set] of sets) {
        const obs = observe(peer, docs, set, tuning.variant);
        // What the same rule reaches with t tuned on this very set: how well dev's t transfers.
        result.accuracy[setName] = { ...scoreSet(obs, tuning.t), oracleRight: tune(obs).devRight };
      }
    }
    const tuning = tunings.get(spec.name);
    if (!tuning) throw new Error(`${spec.name}: no tuned threshold (the shipped knowledge runs first)`);
    result.tuning = tuning;
    // Answering = the search, plus the normaliser when the rule is relative, and the comparison.
    const answer = (q: string): boolean => {
      const hit = peer.top(q);
      if (!hit) return false;
      return hit.score >= tuning.t * (tuning.variant === 'rel' ? bestPossible(peer, q) : 1);
    };
    // With the raw rule answering is the search plus one comparison: the bare search is timed apart only for "rel".
    result.latency = latency(answer, tuning.variant === 'rel' ? (q) => peer.top(q) : undefined);
    systems.push(result);
  }
  return { name: plan.name, sources: plan.knowledge.sources.length, passages: docs.length, questions: plan.questions.length, systems };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const git = gitState();
  const knowledgeDir = path.join(ROOT, 'knowledge');
  const loaded = await loadKnowledge(knowledgeDir);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
    throw new Error('the shipped knowledge does not load');
  }
  const fixtureDir = path.join(ROOT, 'test/fixtures/questions');
  const setNames = (await readdir(fixtureDir)).filter((f) => f.endsWith('.json')).sort((a, b) => (a === 'dev-questions.json' ? -1 : b === 'dev-questions.json' ? 1 : a < b ? -1 : 1));
  const sets = new Map<string, QuestionSet>();
  for (const f of setNames) sets.set(path.basename(f, '.json'), await readQuestionSet(path.join(fixtureDir, f)));
  if (!sets.has('dev-questions')) throw new Error('test/fixtures/questions/dev-questions.json is missing');
  const fixtureQuestions = [...sets.values()].flatMap((s) => s.map((x) => x.q));

  const vectors = await ensureVectorTable({ file: defaultVectorTablePath(knowledgeDir), words: DEFAULT_VECTOR_WORDS });
  if (!vectors) progress('word vectors unavailable: engine+vectors left out');

  const tunings = new Map<string, Tuning>();
  const results: DatasetResult[] = [];
  progress(`shipped: ${loaded.knowledge.sources.length} source(s), ${fixtureQuestions.length} fixture questions`);
  results.push(
    await runDataset(
      { name: 'shipped', knowledge: loaded.knowledge, questions: fixtureQuestions, asks: args.asks, warmup: fixtureQuestions.length, capMs: 5_000, accuracy: true, vectors },
      sets,
      tunings,
      args.seed,
    ),
  );
  for (const size of args.quick ? [10_000] : [10_000, 100_000]) {
    const name = `synthetic-${size / 1000}k`;
    const t0 = performance.now();
    const knowledge = syntheticKnowledge({ passages: size, seed: args.seed });
    const questions = syntheticQuestions(knowledge, { count: 400, seed: args.seed + 1 }).map((x) => x.q);
    const generateMs = performance.now() - t0;
    progress(`${name}: generated ${knowledge.sources.length} sources in ${dur(generateMs)}`);
    const big = size >= 100_000;
    const r = await runDataset(
      { name, knowledge, questions, asks: big ? 200 : 400, warmup: big ? 20 : 100, capMs: big ? 10_000 : 5_000, accuracy: false, vectors: null },
      sets,
      tunings,
      args.seed,
    );
    results.push({ ...r, generateMs });
  }
  const totalS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuS = (cpu.user + cpu.system) / 1e6;

  // ---- the report: one table
  const shipped = results[0]!;
  const bySet = (s: SystemResult, set: string): string => {
    const a = s.accuracy?.[set];
    return a ? `${a.answeredRight}/${a.answerable} ${a.abstainedRight}/${a.unanswerable} (${a.top1Right})` : '-';
  };
  const ruleOf = (s: SystemResult): string => (s.tuning ? `${s.tuning.variant} t=${fmtT(s.tuning.t)}` : s.name.startsWith('engine') ? 'own (0.45)' : '-');
  const find = (d: DatasetResult | undefined, name: string) => d?.systems.find((s) => s.name === name);
  const synth = results.slice(1);
  const header = ['system', 'rule (dev-tuned)', ...[...sets.keys()].map((k) => k.replace('-questions', '')), 'shipped p50/p99'];
  const hasSearch = (d: DatasetResult) => d.systems.some((s) => s.latency.search !== undefined);
  for (const d of synth) {
    const k = d.name.replace('synthetic-', '');
    header.push(`${k} p50/p99`, ...(hasSearch(d) ? [`${k} search p50`] : []), `${k} build`, `${k} heap`);
  }
  const rows = shipped.systems.map((s) => {
    const row = [s.name, ruleOf(s), ...[...sets.keys()].map((k) => bySet(s, k)), `${dur(s.latency.answer.p50Ms)}/${dur(s.latency.answer.p99Ms)}`];
    for (const d of synth) {
      const x = find(d, s.name);
      row.push(x ? `${dur(x.latency.answer.p50Ms)}/${dur(x.latency.answer.p99Ms)}` : '-');
      if (hasSearch(d)) row.push(x?.latency.search ? dur(x.latency.search.p50Ms) : x ? '(=)' : '-');
      row.push(x ? dur(x.buildMs) : '-', x ? `${x.heapMB.toFixed(0)}MB` : '-');
    }
    return row;
  });
  console.log(
    `\nPeers benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, ${totalS.toFixed(0)} s${gc ? '' : ' (no gc: heap figures approximate)'}`,
  );
  console.log(`Accuracy cells: right answers/answerable  right abstentions/unanswerable  (top-1 holds the answer, abstention ignored)`);
  console.log(`Latency: answering = search + abstention rule (engine: ask), after a warm-up. Build: index build time; heap: heap delta after GC. Passages: ${results.map((d) => `${d.name} ${d.passages}`).join(', ')}\n`);
  console.log(table(header, rows));

  await mkdir(path.dirname(args.out), { recursive: true });
  const report = {
    ...runFacts(),
    totalSeconds: totalS,
    cpuSeconds: cpuS,
    quick: args.quick,
    asks: args.asks,
    seed: args.seed,
    gcExposed: gc !== undefined,
    git,
    rule: 'answer the top hit when score >= t * N(q); raw: N = 1; rel: N = sum over question words of the best one-word score; t grid-searched on dev-questions (201 points, ties: median maximiser)',
    thresholds: Object.fromEntries(tunings),
    peers: Object.fromEntries(PEERS.map((p) => [p.name, p.config])),
    results,
  };
  await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), args.out) || args.out}`);
}

function fmtT(t: number): string {
  return t >= 100 ? t.toFixed(0) : t >= 1 ? t.toFixed(2) : t.toFixed(3);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 2;
});
