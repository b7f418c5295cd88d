/**
 * Load benchmark: the bot process under bursts of questions, through the fake
 * Discord (test/fake-discord) on 127.0.0.1.
 *
 *   npm run bench:load                 # 10 bursts of 1,000, then 100,000 questions in all
 *   npm run bench:load -- --quick      # 3 bursts of 1,000, then 10,000 in all
 *   npm run bench:load -- --total 20000 --bursts 5 --burst 1000 --guilds 50 --users 20000 --vectors off
 *
 * The bot runs as `npm start` runs it (src/bot/main.ts, default configuration:
 * rate limits, gaps log, word vectors unless --vectors off) in a child process
 * started with --expose-gc; this file, preloaded into it, answers memory probes
 * over IPC. The fake runs here, in the parent, so its bookkeeping (pruned after
 * every burst) is not counted in the bot's memory.
 *
 * Two phases. Bursts: each dispatches its questions at once (slash commands
 * across many servers, slash commands in the bot's DMs, and direct messages,
 * each from one of many users) and waits for all the answers. Then a steady
 * stream (at most --in-flight questions outstanding) up to --total questions,
 * for memory: the bot's heap after a full GC is sampled before, during and
 * after, and must level off rather than grow.
 *
 * Reported: how many were answered (all, or the run fails), p50/p99 time to
 * answer (dispatch → the answer visible: the reply, the edit of a deferred
 * reply, or the DM reply), how many were deferred, the bot's CPU per question,
 * and memory. At the end the bot gets SIGTERM and must exit 0.
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
      const cpu = process.cpuUsage();
      process.send?.({ type: 'memory', id: msg.id, heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers, remembered: respond.rememberedCount(), waiting: respond.waitingQuestions(), gc: Boolean(gc), cpuMs: (cpu.user + cpu.system) / 1000 });
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
  /** CPU time the bot process has used so far. */
  cpuMs: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function countBy(items: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(i, (out.get(i) ?? 0) + 1);
  return out;
}

const LONG_QUESTION = 'Why did President Ruto visit Haiti and the Kenyan police officers serving in the Multinational Security Support mission?';

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
      bursts: { type: 'string' },
      burst: { type: 'string', default: '1000' },
      'in-flight': { type: 'string', default: '300' },
      guilds: { type: 'string', default: '50' },
      users: { type: 'string', default: '20000' },
      vectors: { type: 'string', default: 'auto' },
      'burst-timeout': { type: 'string', default: '60000' },
    },
  });
  const TOTAL = Number(values.total ?? (values.quick ? 10_000 : 100_000));
  const BURST = Number(values.burst);
  const BURSTS = Number(values.bursts ?? (values.quick ? 3 : 10));
  const IN_FLIGHT = Number(values['in-flight']);
  const GUILDS = Number(values.guilds);
  const USERS = Number(values.users);
  const SAMPLE_EVERY = Math.max(1000, Math.round(TOTAL / 10 / 1000) * 1000);
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
        resolve({ questions, heapUsed: msg.heapUsed, rss: msg.rss, remembered: msg.remembered, waiting: msg.waiting, gc: msg.gc, cpuMs: msg.cpuMs });
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

  // ---- the driver: send questions, watch the fake for their answers ----
  /** Questions sent and not yet answered (or failed), by interaction id or DM message id. */
  const open = new Map<string, Pending>();
  const openDms = new Map<string, Pending>();
  let sentCount = 0;
  const send = (n: number, into: Pending[]) => {
    for (let i = 0; i < n; i++, sentCount++) {
      const user = users[userCursor++ % users.length]!;
      // One in ten: a question too long for the "More results" button's custom id, a different one
      // each time, so its button goes through the bot's (bounded) store of questions.
      const question = sentCount % 10 === 9 ? `${LONG_QUESTION} #${sentCount}` : pool[questionCursor++ % pool.length]!;
      const r = sentCount % 20;
      let p: Pending;
      if (r < 17) {
        const ix = fake.sendSlashCommand({ name: 'ask', guildId: r < 15 ? guildIds[sentCount % guildIds.length]! : null, user, options: [{ name: 'question', type: 3, value: question }] });
        p = { kind: r < 15 ? 'guild' : 'bot-dm', id: ix.id, sentAt: ix.createdAt };
        open.set(ix.id, p);
      } else {
        const m = fake.sendDirectMessage({ userId: user, content: question.trim() === '' ? 'help' : question });
        p = { kind: 'dm', id: m.id, sentAt: Date.parse(m.timestamp) };
        openDms.set(m.id, p);
      }
      into.push(p);
    }
  };
  /** Checks the fake for answers; forgets what it recorded about finished questions. */
  const collect = () => {
    const s = state!;
    for (const [id, p] of open) {
      const ix = s.interactions.get(id)!;
      const ok = ix.callbacks.find((c) => c.status < 300);
      if (ok && ok.type === 4) p.doneAt = ok.at;
      else if (ok && ok.type === 5 && ix.edits.length > 0) {
        p.doneAt = ix.edits[0]!.at;
        p.deferred = true;
      } else if (!ok && ix.callbacks.length > 0 && ix.callbacks.every((c) => c.status >= 400)) p.failed = `callback refused: ${ix.callbacks.map((c) => c.status).join(',')}`;
      else if (Date.now() - p.sentAt > Number(values['burst-timeout'])) p.failed = 'no answer within the timeout';
      else continue;
      open.delete(id);
      s.interactions.delete(id);
      s.interactionsByToken.delete(ix.token);
    }
    for (const m of s.channelMessages) {
      const ref = m.message_reference?.['message_id'];
      const p = typeof ref === 'string' ? openDms.get(ref) : undefined;
      if (p) {
        p.doneAt = Date.parse(m.timestamp);
        openDms.delete(String(ref));
        s.messages.delete(String(ref));
      }
      s.messages.delete(m.id);
    }
    s.channelMessages.length = 0;
    for (const [id, p] of openDms) {
      if (Date.now() - p.sentAt > Number(values['burst-timeout'])) {
        p.failed = 'no DM reply within the timeout';
        openDms.delete(id);
      }
    }
    s.requests.length = 0;
  };
  /** Forgets members and replayable gateway history (the fake keeps everything, for tests). */
  const prune = () => {
    const s = state!;
    for (const [guildId, members] of s.members) {
      for (const id of members.keys()) if (id !== s.bot.id && id !== s.guilds.get(guildId)?.ownerId) members.delete(id);
    }
    for (const [id, m] of s.messages) if (!openDms.has(id) && m.author['id'] !== s.bot.id) s.messages.delete(id);
    for (const session of gateway!.sessions.values()) if (session.log.length > 200) session.log.splice(0, session.log.length - 200);
  };
  const tick = () => new Promise((r) => setTimeout(r, 20));

  /** One burst: all at once, then wait for every answer. */
  const burst = async (size: number): Promise<Pending[]> => {
    const list: Pending[] = [];
    send(size, list);
    while (open.size + openDms.size > 0) {
      await tick();
      collect();
    }
    prune();
    return list;
  };

  const times = (list: Pending[]) => list.filter((p) => p.doneAt !== undefined).map((p) => p.doneAt! - p.sentAt).sort((a, b) => a - b);

  // ---- a burst on a cold bot (JIT, caches, connections), a warm-up one, then the bursts ----
  const c0 = Date.now();
  const cold = await burst(BURST);
  const coldTimes = times(cold);
  console.log(`cold burst (right after start): ${coldTimes.length}/${cold.length} answered in ${((Date.now() - c0) / 1000).toFixed(1)} s (p50 ${percentile(coldTimes, 50)} ms, p99 ${percentile(coldTimes, 99)} ms, deferred ${cold.filter((p) => p.deferred).length}, failed ${cold.filter((p) => p.failed).length})`);
  await burst(BURST);
  const before = await memory(0);
  const fakeCpu0 = process.cpuUsage();
  const samples: MemorySample[] = [before];
  const burstResults: Pending[] = [];
  const burstStart = Date.now();
  for (let i = 0; i < BURSTS && sentCount - 2 * BURST < TOTAL; i++) {
    const b0 = Date.now();
    const list = await burst(BURST);
    burstResults.push(...list);
    const t = times(list);
    console.log(`burst ${i + 1}/${BURSTS}: ${t.length}/${list.length} answered in ${((Date.now() - b0) / 1000).toFixed(1)} s (p50 ${percentile(t, 50)} ms, p99 ${percentile(t, 99)} ms, deferred ${list.filter((p) => p.deferred).length})`);
  }
  const burstWall = (Date.now() - burstStart) / 1000;

  // ---- steady stream up to TOTAL, sampling memory ----
  const streamResults: Pending[] = [];
  const streamStart = Date.now();
  let nextSample = Math.ceil(burstResults.length / SAMPLE_EVERY) * SAMPLE_EVERY || SAMPLE_EVERY;
  const drain = async () => {
    while (open.size + openDms.size > 0) {
      await tick();
      collect();
    }
  };
  for (;;) {
    const sent = burstResults.length + streamResults.length;
    if (sent >= nextSample || sent >= TOTAL) {
      await drain();
      if (sent >= nextSample) {
        prune();
        const m = await memory(sent);
        samples.push(m);
        const t = times(streamResults.slice(-SAMPLE_EVERY));
        console.log(`${String(sent).padStart(7)} questions: bot heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}, CPU ${((m.cpuMs - before.cpuMs) / Math.max(1, sent)).toFixed(2)} ms/question; stream p50 ${percentile(t, 50)} ms, p99 ${percentile(t, 99)} ms; "More results" store ${m.remembered}`);
        nextSample += SAMPLE_EVERY;
      }
      if (sent >= TOTAL) break;
      continue;
    }
    const room = Math.min(IN_FLIGHT - open.size - openDms.size, nextSample - sent, TOTAL - sent, 100);
    if (room > 0) send(room, streamResults);
    await tick();
    collect();
  }
  const streamWall = (Date.now() - streamStart) / 1000;
  const all = [...burstResults, ...streamResults];
  if (samples.at(-1)!.questions !== all.length) {
    prune();
    samples.push(await memory(all.length));
  }
  const after = samples.at(-1)!;

  // ---- report ----
  const answered = all.filter((p) => p.doneAt !== undefined);
  const failed = all.filter((p) => p.failed !== undefined);
  const line = (label: string, list: Pending[]) => {
    const t = times(list);
    return `  ${label.padEnd(26)} ${String(t.length).padStart(7)}/${String(list.length).padEnd(7)} p50 ${String(percentile(t, 50)).padStart(5)} ms   p99 ${String(percentile(t, 99)).padStart(5)} ms   max ${String(t.at(-1) ?? NaN).padStart(5)} ms   deferred ${list.filter((p) => p.deferred).length}`;
  };
  console.log('');
  console.log(`load: ${all.length} questions (${GUILDS} servers, ${USERS} users; word vectors ${values.vectors})`);
  console.log(` bursts of ${BURST} at once: ${burstResults.length} questions in ${burstWall.toFixed(0)} s`);
  console.log(line('all', burstResults));
  console.log(line('/ask in servers', burstResults.filter((p) => p.kind === 'guild')));
  console.log(line('/ask in the bot DMs', burstResults.filter((p) => p.kind === 'bot-dm')));
  console.log(line('direct messages', burstResults.filter((p) => p.kind === 'dm')));
  console.log(` steady stream (≤ ${IN_FLIGHT} in flight): ${streamResults.length} questions in ${streamWall.toFixed(0)} s, ${(streamResults.length / Math.max(1, streamWall)).toFixed(0)} questions/s`);
  console.log(line('all', streamResults));
  console.log(line('direct messages', streamResults.filter((p) => p.kind === 'dm')));
  console.log(` answered ${answered.length}/${all.length}; failed ${failed.length}`);
  for (const [reason, n] of countBy(failed.map((p) => p.failed!))) console.log(`    ${n} × ${reason}`);
  const fakeCpu = process.cpuUsage(fakeCpu0);
  console.log(` CPU per question: the bot ${((after.cpuMs - before.cpuMs) / all.length).toFixed(2)} ms; the fake Discord (this process, validating every request) ${((fakeCpu.user + fakeCpu.system) / 1000 / all.length).toFixed(2)} ms`);
  console.log(` cold burst (first ${BURST} right after start, not counted above): ${coldTimes.length}/${cold.length} answered, p50 ${percentile(coldTimes, 50)} ms, p99 ${percentile(coldTimes, 99)} ms, deferred ${cold.filter((p) => p.deferred).length}`);
  for (const [reason, n] of countBy(cold.filter((p) => p.failed).map((p) => p.failed!))) console.log(`    ${n} × ${reason}`);
  console.log(` bot memory after a full GC (heap used / rss): before ${mb(before.heapUsed)} / ${mb(before.rss)}, after ${all.length} questions ${mb(after.heapUsed)} / ${mb(after.rss)} (gc ${before.gc ? 'forced' : 'NOT available: run with --expose-gc'})`);
  console.log(` heap along the way: ${samples.map((x) => `${x.questions / 1000}k ${mb(x.heapUsed)}`).join(', ')}`);
  const half = samples.slice(Math.floor(samples.length / 2));
  const growth = half.length > 1 ? (half.at(-1)!.heapUsed - half[0]!.heapUsed) / 1024 / 1024 : 0;
  console.log(` heap growth over the second half of the run: ${growth.toFixed(1)} MB (${growth < 5 ? 'levelled off' : 'STILL GROWING'}); "More results" store ${after.remembered} (bounded at 2000)`);
  const errors = logLines.filter((l) => /"level":(?:50|60)/.test(l));
  console.log(` bot log lines at error or above: ${errors.length}${errors.length ? `, e.g. ${errors[0]!.slice(0, 300)}` : ''}; fake problems: ${fake.problems().length}`);
  for (const p of fake.problems().slice(0, 5)) console.log(`    ${p}`);

  // ---- a clean stop, under the same process ----
  const stopAt = Date.now();
  child.kill('SIGTERM');
  const { code, at } = await exited;
  console.log(` SIGTERM: exit code ${code} after ${at - stopAt} ms`);
  await fake.close();
  await rm(scratch, { recursive: true, force: true });
  process.exitCode = answered.length === all.length && code === 0 ? 0 : 1;
  if (process.exitCode !== 0) console.log(' FAILED: not every question was answered, or the bot did not stop cleanly');
}
