/**
 * Load benchmark: the bot process under bursts of questions, through the fake
 * Discord (test/fake-discord) on 127.0.0.1.
 *
 *   npm run bench:load                 # 100,000 questions in bursts of 1,000
 *   npm run bench:load -- --quick      # 10,000 questions
 *   npm run bench:load -- --total 20000 --burst 500 --guilds 50 --users 20000 --vectors off
 *
 * The bot runs as `npm start` runs it (src/bot/main.ts, default configuration:
 * rate limits, gaps log, word vectors unless --vectors off) in a child process
 * started with --expose-gc; this file, preloaded into it, answers memory probes
 * over IPC. The fake runs here, in the parent, so its bookkeeping (pruned after
 * every burst) is not counted in the bot's memory.
 *
 * Each burst dispatches its questions at once: slash commands across many
 * servers, slash commands in the bot's DMs, and direct messages, each from one
 * of many users. It reports how many were answered, p50/p99 time to answer
 * (dispatch → the answer visible: the reply, or the edit of a deferred reply,
 * or the DM reply), how many were deferred, and the bot's heap after a full GC
 * before, during and after the run, which must level off rather than grow.
 * At the end the bot gets SIGTERM and must exit 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// ---------------------------------------------------------------------------
// Probe role: preloaded into the bot's process (LOAD_BENCH_ROLE=probe).
// ---------------------------------------------------------------------------

async function installProbe(): Promise<void> {
  // The same module instance main.ts uses (one per URL in a process): the "More results" store and the queue.
  const respond = (await import(pathToFileURL(path.join(ROOT, 'src/bot/respond.ts')).href)) as typeof import('../src/bot/respond.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (msg: { type?: string; id?: number }) => {
    if (msg?.type !== 'memory') return;
    // Let the event loop drain, then collect fully (twice: finalizers free more).
    setTimeout(() => {
      gc?.();
      gc?.();
      const m = process.memoryUsage();
      process.send?.({ type: 'memory', id: msg.id, heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers, remembered: respond.rememberedCount(), waiting: respond.waitingQuestions(), gc: Boolean(gc) });
    }, 200);
  });
}

if (process.env['LOAD_BENCH_ROLE'] === 'probe') {
  await installProbe();
} else if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

// ---------------------------------------------------------------------------
// Driver role.
// ---------------------------------------------------------------------------

interface Pending {
  kind: 'guild' | 'bot-dm' | 'dm';
  /** Interaction id, or the DM's message id. */
  id: string;
  sentAt: number;
  doneAt?: number;
  failed?: string;
  deferred?: boolean;
}

interface MemorySample {
  questions: number;
  heapUsed: number;
  rss: number;
  remembered: number;
  waiting: number;
  gc: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function questionPool(): Promise<string[]> {
  const out: string[] = [];
  for (const f of ['paraphrased', 'heldout', 'lookalike', 'dev-questions']) {
    try {
      const list = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/questions', `${f}.json`), 'utf8')) as Array<{ q?: unknown }>;
      for (const item of list) if (typeof item.q === 'string' && item.q.length <= 300) out.push(item.q);
    } catch {
      // a missing fixture only shrinks the pool
    }
  }
  out.push(
    'How many more officers is Kenya sending to Haiti?',
    "What's the best pizza in Naples?",
    '@everyone <@&123456789012345678> **why** did `Ruto` visit ||Haiti||?',
    '\u202eitiaH ni ecilop\u202c \u200b‍ when?',
    `Why ${'really '.repeat(90)}did Kenya send police?`,
    '   ',
  );
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      total: { type: 'string' },
      burst: { type: 'string', default: '1000' },
      guilds: { type: 'string', default: '50' },
      users: { type: 'string', default: '20000' },
      vectors: { type: 'string', default: 'auto' },
      'burst-timeout': { type: 'string', default: '60000' },
    },
  });
  const TOTAL = Number(values.total ?? (values.quick ? 10_000 : 100_000));
  const BURST = Number(values.burst);
  const GUILDS = Number(values.guilds);
  const USERS = Number(values.users);
  const SAMPLE_EVERY = Math.max(BURST, Math.round(TOTAL / 10 / BURST) * BURST);
  const TOKEN = 'load-bench-token.0123456789abcdefghij';

  // The fake's internals, to prune its bookkeeping between bursts (a benchmark's privilege).
  const { Gateway } = await import('../test/fake-discord/gateway.js');
  const { FakeState } = await import('../test/fake-discord/state.js');
  let state: InstanceType<typeof FakeState> | undefined;
  let gateway: InstanceType<typeof Gateway> | undefined;
  const notify = FakeState.prototype.notify;
  FakeState.prototype.notify = function (this: InstanceType<typeof FakeState>) {
    state ??= this;
    notify.call(this);
  };
  const upgrade = Gateway.prototype.handleUpgrade;
  Gateway.prototype.handleUpgrade = function (this: InstanceType<typeof Gateway>, ...args: Parameters<typeof upgrade>) {
    gateway ??= this;
    return upgrade.apply(this, args);
  };
  const { startFakeDiscord } = await import('../test/fake-discord/server.js');

  const fake = await startFakeDiscord({
    token: TOKEN,
    guilds: Array.from({ length: GUILDS }, (_, i) => ({ name: `Server ${i + 1}` })),
    heartbeatIntervalMs: 15_000,
    defaultTimeoutMs: 120_000,
  });
  const guildIds = fake.guilds.map((g) => g.id);
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-load-'));
  const knowledge = path.join(scratch, 'knowledge');
  await cp(path.join(ROOT, 'knowledge'), knowledge, { recursive: true, filter: (src) => !/(?:\.gaps\.json|\.trash|\.tmp)$/.test(src) });

  // ---- the bot, as `npm start` runs it ----
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, '--import', pathToFileURL(fileURLToPath(import.meta.url)).href, path.join(ROOT, 'src/bot/main.ts')],
    {
      cwd: scratch,
      env: {
        PATH: process.env['PATH'] ?? '',
        TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
        LOAD_BENCH_ROLE: 'probe',
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: knowledge,
        WORD_VECTORS: values.vectors,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const logLines: string[] = [];
  let ready = false;
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const l of lines) if (l.trim()) logLines.push(l);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(`[bot stderr] ${chunk}`));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  let probeId = 0;
  const memory = (questions: number) =>
    new Promise<MemorySample>((resolve, reject) => {
      const id = ++probeId;
      const onMessage = (msg: { type?: string; id?: number } & Omit<MemorySample, 'questions'>) => {
        if (msg.type !== 'memory' || msg.id !== id) return;
        child.off('message', onMessage);
        resolve({ questions, heapUsed: msg.heapUsed, rss: msg.rss, remembered: msg.remembered, waiting: msg.waiting, gc: msg.gc });
      };
      child.on('message', onMessage);
      child.send({ type: 'memory', id }, (err) => err && reject(err));
    });

  const t0 = Date.now();
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}:\n${logLines.join('\n')}`);
    if (Date.now() - t0 > 120_000) throw new Error('the bot did not get ready within 2 minutes');
    ready = gateway !== undefined && fake.openConnections === 1 && gateway.readyShards() === 1 && fake.identifies.some((i) => i.accepted);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 500)); // GUILD_CREATEs processed
  console.log(`bot ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (word vectors ${values.vectors}); ${GUILDS} servers, ${USERS} users, bursts of ${BURST}, ${TOTAL} questions`);

  const pool = await questionPool();
  const users = Array.from({ length: USERS }, (_, i) => fake.addUser({ username: `user${i}` }).id);
  let userCursor = 0;
  let questionCursor = 0;

  /** Sends one burst, waits until every question is answered (or failed), returns their records. */
  const burst = async (size: number): Promise<Pending[]> => {
    const pending: Pending[] = [];
    const byDm = new Map<string, Pending>();
    const interactions = new Map<string, Pending>();
    const firstMessage = state!.channelMessages.length;
    for (let i = 0; i < size; i++) {
      const user = users[userCursor++ % users.length]!;
      const question = pool[questionCursor++ % pool.length]!;
      const r = i % 20;
      if (r < 15) {
        const ix = fake.sendSlashCommand({ name: 'ask', guildId: guildIds[i % guildIds.length]!, user, options: [{ name: 'question', type: 3, value: question }] });
        const p: Pending = { kind: 'guild', id: ix.id, sentAt: ix.createdAt };
        pending.push(p);
        interactions.set(ix.id, p);
      } else if (r < 17) {
        const ix = fake.sendSlashCommand({ name: 'ask', guildId: null, user, options: [{ name: 'question', type: 3, value: question }] });
        const p: Pending = { kind: 'bot-dm', id: ix.id, sentAt: ix.createdAt };
        pending.push(p);
        interactions.set(ix.id, p);
      } else {
        const m = fake.sendDirectMessage({ userId: user, content: question.trim() === '' ? 'help' : question });
        const p: Pending = { kind: 'dm', id: m.id, sentAt: Date.parse(m.timestamp) };
        pending.push(p);
        byDm.set(m.id, p);
      }
    }
    let scanned = firstMessage;
    const deadline = Date.now() + Number(values['burst-timeout']);
    let open = pending.length;
    while (open > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      for (const [id, p] of interactions) {
        const ix = state!.interactions.get(id)!;
        const ok = ix.callbacks.find((c) => c.status < 300);
        if (ok && ok.type === 4) p.doneAt = ok.at;
        else if (ok && ok.type === 5 && ix.edits.length > 0) {
          p.doneAt = ix.edits[0]!.at;
          p.deferred = true;
        } else if (!ok && ix.callbacks.length > 0 && ix.callbacks.every((c) => c.status >= 400)) p.failed = `callback ${ix.callbacks.map((c) => c.status).join(',')}`;
        else continue;
        interactions.delete(id);
        open--;
      }
      const msgs = state!.channelMessages;
      for (; scanned < msgs.length; scanned++) {
        const ref = msgs[scanned]!.message_reference?.['message_id'];
        const p = typeof ref === 'string' ? byDm.get(ref) : undefined;
        if (p && p.doneAt === undefined) {
          p.doneAt = Date.parse(msgs[scanned]!.timestamp);
          byDm.delete(String(ref));
          open--;
        }
      }
    }
    for (const p of pending) if (p.doneAt === undefined && p.failed === undefined) p.failed = 'no answer before the burst timeout';
    prune();
    return pending;
  };

  /** Forgets what the fake recorded for finished bursts (the fake keeps everything, for tests). */
  const prune = () => {
    const s = state!;
    s.interactions.clear();
    s.interactionsByToken.clear();
    s.messages.clear();
    s.channelMessages.length = 0;
    s.requests.length = 0;
    for (const [guildId, members] of s.members) {
      for (const id of members.keys()) if (id !== s.bot.id && id !== s.guilds.get(guildId)?.ownerId) members.delete(id);
    }
    for (const session of gateway!.sessions.values()) if (session.log.length > 200) session.log.splice(0, session.log.length - 200);
  };

  // ---- warm-up, then the measured run ----
  for (let i = 0; i < 2; i++) await burst(BURST);
  const before = await memory(0);
  const samples: MemorySample[] = [before];
  const all: Pending[] = [];
  const started = Date.now();
  let sent = 0;
  while (sent < TOTAL) {
    const size = Math.min(BURST, TOTAL - sent);
    const b0 = Date.now();
    const results = await burst(size);
    all.push(...results);
    sent += size;
    const done = results.filter((p) => p.doneAt !== undefined);
    const times = done.map((p) => p.doneAt! - p.sentAt).sort((a, b) => a - b);
    if (sent % SAMPLE_EVERY === 0 || sent === TOTAL) {
      const m = await memory(sent);
      samples.push(m);
      console.log(
        `${String(sent).padStart(7)} questions: burst answered ${done.length}/${size} in ${((Date.now() - b0) / 1000).toFixed(1)} s (p50 ${percentile(times, 50)} ms, p99 ${percentile(times, 99)} ms); bot heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}, "More results" store ${m.remembered}`,
      );
    }
  }
  const wall = (Date.now() - started) / 1000;
  const after = samples.at(-1)!;

  // ---- report ----
  const answered = all.filter((p) => p.doneAt !== undefined);
  const failed = all.filter((p) => p.failed !== undefined);
  const line = (label: string, list: Pending[]) => {
    const t = list.filter((p) => p.doneAt !== undefined).map((p) => p.doneAt! - p.sentAt).sort((a, b) => a - b);
    return `  ${label.padEnd(22)} ${String(t.length).padStart(7)}/${String(list.length).padEnd(7)} p50 ${String(percentile(t, 50)).padStart(5)} ms   p99 ${String(percentile(t, 99)).padStart(5)} ms   max ${String(t.at(-1) ?? NaN).padStart(5)} ms`;
  };
  console.log('');
  console.log(`load: ${TOTAL} questions in bursts of ${BURST} (${GUILDS} servers, ${USERS} users), ${wall.toFixed(0)} s, ${(TOTAL / wall).toFixed(0)} questions/s`);
  console.log(line('all', all));
  console.log(line('/ask in servers', all.filter((p) => p.kind === 'guild')));
  console.log(line('/ask in the bot DMs', all.filter((p) => p.kind === 'bot-dm')));
  console.log(line('direct messages', all.filter((p) => p.kind === 'dm')));
  console.log(`  answered ${answered.length}/${all.length}; deferred then edited: ${all.filter((p) => p.deferred).length}; failed: ${failed.length}`);
  const reasons = new Map<string, number>();
  for (const p of failed) reasons.set(p.failed!, (reasons.get(p.failed!) ?? 0) + 1);
  for (const [reason, n] of reasons) console.log(`    ${n} × ${reason}`);
  console.log(`  bot memory after GC (heap used / rss): before ${mb(before.heapUsed)} / ${mb(before.rss)}, after ${mb(after.heapUsed)} / ${mb(after.rss)} (gc ${before.gc ? 'forced' : 'NOT available'})`);
  console.log(`  heap by questions answered: ${samples.map((s) => `${s.questions / 1000}k ${mb(s.heapUsed)}`).join(', ')}`);
  const half = samples.slice(Math.floor(samples.length / 2));
  const growth = half.length > 1 ? (half.at(-1)!.heapUsed - half[0]!.heapUsed) / 1024 / 1024 : 0;
  console.log(`  heap growth over the second half of the run: ${growth.toFixed(1)} MB (${growth < 10 ? 'levelled off' : 'STILL GROWING'})`);
  const errors = logLines.filter((l) => /"level":(?:50|60)/.test(l));
  console.log(`  bot log lines at error or above: ${errors.length}${errors.length ? `, e.g. ${errors[0]!.slice(0, 300)}` : ''}; fake problems: ${fake.problems().length}`);
  for (const p of fake.problems().slice(0, 5)) console.log(`    ${p}`);

  // ---- a clean stop, under the same process ----
  const stopAt = Date.now();
  child.kill('SIGTERM');
  const { code, at } = await exited;
  console.log(`  SIGTERM: exit code ${code} after ${at - stopAt} ms`);
  await fake.close();
  await rm(scratch, { recursive: true, force: true });
  process.exitCode = answered.length === all.length && code === 0 ? 0 : 1;
}
