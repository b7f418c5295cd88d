/**
 * How fast is the HTTP interactions endpoint? autocannon (programmatic API)
 * against `src/http/server.ts` on 127.0.0.1, with real Ed25519 signatures
 * (a key pair made here; the bodies are signed once, up front, so the load
 * generator spends nothing on crypto, while the server verifies every request).
 *
 *   npx tsx bench/http.ts [--duration 10] [--connections 32] [--pipelining 1] [--vectors auto|off] [--out bench/results/http.json]
 *
 * The server runs in its own process pinned to CPU 0 (`taskset`), autocannon in
 * this one pinned to CPU 1, so the figures are for ONE server core. Two runs: PING
 * (signature check + routing: the endpoint's floor) and /ask (the same, plus the
 * engine and format.ts), each after a 2 s warm-up. Besides req/s and latency, the
 * server's own CPU time per request is printed: on a shared machine req/s depend on
 * what else runs, CPU µs per request much less (1e6 / µs ≈ req/s for a busy core). /ask cycles through questions
 * from the evaluation fixtures (answered ones and abstentions), each from its own
 * user; the per-user rate limit is raised so it never refuses (it still runs).
 * Nothing leaves 127.0.0.1.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    pipelining: { type: 'string', default: '1' },
    vectors: { type: 'string', default: 'auto' },
    out: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------
// The server process
// ---------------------------------------------------------------------------

async function serve(): Promise<void> {
  const { startHttp } = await import('../src/http/main.js');
  const result = await startHttp({ host: '127.0.0.1', port: 0, env: { ...process.env, LOG_LEVEL: 'silent' } });
  if (!result.ok) process.exit(result.code);
  // Tell the parent where to send, and stay up until it stops us.
  process.stdout.write(`LISTENING ${result.url}\n`);
  // The parent asks for this process's CPU time around each run (user + system, µs).
  process.on('message', (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send?.({ cpu: u.user + u.system });
    }
  });
  process.on('SIGTERM', () => void result.stop().finally(() => process.exit(0)));
}

// ---------------------------------------------------------------------------
// The load generator
// ---------------------------------------------------------------------------

interface AutocannonResult {
  requests: { average: number; mean: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}
type Autocannon = (options: Record<string, unknown>, cb?: (err: Error | null, result: AutocannonResult) => void) => unknown;
// autocannon ships no types; its programmatic API is this one function.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function run(url: string, requests: AutocannonRequest[], duration: number): Promise<AutocannonResult> {
  const { pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: Number(values.connections),
        pipelining: Number(values.pipelining),
        duration,
        requests: requests.map((r) => ({ ...r, path: pathname })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function signed(privateKey: KeyObject, payload: unknown): AutocannonRequest {
  const body = JSON.stringify(payload);
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(ts + body), privateKey).toString('hex');
  return { method: 'POST', path: '/interactions', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': ts }, body };
}

let next = 1_300_000_000_000_000_000n;
const snowflake = () => String(++next);

function interaction(type: number, user: string, data?: Record<string, unknown>): Record<string, unknown> {
  return {
    id: snowflake(),
    application_id: '1100000000000000001',
    type,
    token: `bench-${snowflake()}`,
    version: 1,
    locale: 'en-US',
    guild_id: '1200000000000000001',
    channel_id: '1200000000000000002',
    member: { user: { id: user, username: 'asker', discriminator: '0', global_name: null, avatar: null }, roles: [], permissions: '2147485696', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    app_permissions: '2147485696',
    entitlements: [],
    authorizing_integration_owners: { '0': '1200000000000000001' },
    context: 0,
    ...(data ? { data } : {}),
  };
}

/** Questions from the evaluation fixtures (answerable, paraphrased, look-alikes that should abstain). */
function questions(): string[] {
  const out: string[] = [];
  for (const f of ['dev-questions', 'paraphrased', 'heldout', 'lookalike']) {
    try {
      const list = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/questions', `${f}.json`), 'utf8')) as Array<{ q?: unknown }>;
      for (const item of list) if (typeof item.q === 'string' && item.q.length <= 100) out.push(item.q);
    } catch {
      // A missing fixture file only shrinks the pool.
    }
  }
  if (out.length === 0) out.push('How many more officers is Kenya sending to Haiti?', "What's the best pizza in Naples?");
  return out.slice(0, 64);
}

function pin(pid: number, cpu: number): boolean {
  const r = spawnSync('taskset', ['-cp', String(cpu), String(pid)], { stdio: 'ignore' });
  return r.status === 0;
}

async function startServer(publicHex: string): Promise<{ child: ChildProcess; url: string }> {
  const twoCores = cpus().length >= 2;
  const node = [process.execPath, '--import', 'tsx', SELF, '--serve'];
  const [cmd, ...args] = twoCores && spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0 ? ['taskset', '-c', '0', ...node] : node;
  const child = spawn(cmd!, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: publicHex,
      WORD_VECTORS: values.vectors,
      // Every request is someone's question: let them all through (the limiter still runs).
      RATE_LIMIT_QUESTIONS: '1000000',
      RATE_LIMIT_WINDOW_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      seen += chunk;
      const m = /LISTENING (\S+)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with code ${code}`)));
  });
  return { child, url };
}

/** The server process's CPU time so far (µs). */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      if (typeof m === 'object' && m !== null && typeof (m as { cpu?: unknown }).cpu === 'number') {
        child.off('message', on);
        resolve((m as { cpu: number }).cpu);
      }
    };
    child.on('message', on);
    child.send('cpu');
  });
}

function row(label: string, r: AutocannonResult, cpuPerRequestUs: number): string {
  return `${label.padEnd(6)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p90 ${String(r.latency.p90).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   max ${String(r.latency.max).padStart(5)} ms   non-2xx ${r.non2xx}   errors ${r.errors + r.timeouts}   server CPU ${cpuPerRequestUs.toFixed(0)} µs/request (≈ ${(1e6 / cpuPerRequestUs).toFixed(0)} req/s per busy core)`;
}

async function main(): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const publicHex = der.subarray(der.length - 32).toString('hex');

  const { child, url } = await startServer(publicHex);
  const pinned = cpus().length >= 2 && pin(process.pid, 1);
  const duration = Number(values.duration);
  try {
    // Precomputed, signed bodies.
    const pings = Array.from({ length: 16 }, () => signed(privateKey, interaction(1, '1200000000000000003')));
    const qs = questions();
    const asks = qs.map((q, i) => signed(privateKey, interaction(2, String(1_250_000_000_000_000_000n + BigInt(i)), { id: '1300000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: q }] })));

    // Sanity: a PONG, and a real answer.
    const check = async (req: AutocannonRequest) => {
      const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body });
      if (res.status !== 200) throw new Error(`server answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { type: number; data?: { embeds?: unknown[]; content?: string } };
    };
    if ((await check(pings[0]!)).type !== 1) throw new Error('PING was not answered with PONG');
    const answers = await Promise.all(asks.map(check));
    const answered = answers.filter((a) => (a.data?.embeds?.length ?? 0) > 0).length;

    console.log(`HTTP interactions endpoint, server on one core (${pinned ? 'taskset: server CPU 0, autocannon CPU 1' : 'NOT pinned'}), ${values.connections} connections, pipelining ${values.pipelining}, ${duration} s per run, vectors ${values.vectors}`);
    console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} CPUs)`);
    console.log(`/ask mix: ${asks.length} questions, ${answered} answered with a quote, ${asks.length - answered} abstentions`);

    const results: Record<string, AutocannonResult> = {};
    for (const [label, reqs] of [
      ['PING', pings],
      ['/ask', asks],
    ] as const) {
      await run(url, reqs, 2); // warm-up
      const cpuBefore = await serverCpu(child);
      const r = await run(url, reqs, duration);
      const cpuPerRequest = ((await serverCpu(child)) - cpuBefore) / Math.max(1, r.requests.total);
      results[label] = { ...r, cpuPerRequestUs: cpuPerRequest } as AutocannonResult;
      console.log(row(label, r, cpuPerRequest));
    }
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    if (values.out) {
      writeFileSync(
        values.out,
        `${JSON.stringify({ date: new Date().toISOString(), pinned, connections: Number(values.connections), pipelining: Number(values.pipelining), duration, vectors: values.vectors, loadavg: loadavg(), results: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { rps: r.requests.average, cpuPerRequestUs: (r as AutocannonResult & { cpuPerRequestUs?: number }).cpuPerRequestUs, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts }])) }, null, 2)}\n`,
      );
    }
  } finally {
    child.kill('SIGTERM');
  }
}

if (values.serve) {
  serve().catch((err: unknown) => {
    process.stderr.write(`bench server: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
