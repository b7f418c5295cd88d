/**
 * Sharding: the KnowledgeBase refresh hook, the knowledge sync between shards
 * (in process, with the real relay and sync logic), and `npm run start:sharded`
 * for real: discord.js's ShardingManager spawning two shard processes against
 * the fake Discord serving two shards on 127.0.0.1.
 */
import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeRelay, knowledgeFingerprint, startKnowledgeSync, type KnowledgeRelay, type KnowledgeSync, type ShardTransport } from '../src/bot/shard-sync.js';
import { startSharded, type ShardedResult } from '../src/bot/sharded.js';
import { KnowledgeBase, type RefreshReport } from '../src/knowledge-base.js';
import { createLogger } from '../src/logger.js';
import { Permission, startFakeDiscord, type FakeDiscord, type InteractionResponse } from './fake-discord/server.js';
import { sourceFile, tempKnowledge } from './helpers.js';

const silent = createLogger({ level: 'silent' });
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function knowledgeDir(): Promise<string> {
  const dir = await tempKnowledge({}, { withShipped: true });
  made.push(dir);
  return dir;
}

const NEW_SOURCE = sourceFile(
  'The Haitian Transitional Presidential Council appointed Garry Conille as Prime Minister on May 28, 2024.\n\nConille had worked for UNICEF before.',
  { id: 'conille-pm-2024-05', title: 'Conille named Prime Minister', publisher: 'Test Wire', published: '2024-05-29' },
);
const NEW_QUESTION = 'Who was appointed Prime Minister of Haiti in May 2024?';
const RUTO_QUESTION = 'How many more officers is Kenya sending to Haiti?';
const RUTO_600 = 'President William Ruto has committed to deploy 600 more Kenyan police officers to the Multinational Security Support Mission (MSS) in Haiti.';

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------

describe('KnowledgeBase.onRefreshed', () => {
  it('calls each listener once per reload, shared or not, after the new engine is live; ok or not', async () => {
    const dir = await knowledgeDir();
    const kb = await KnowledgeBase.open(dir);
    const seen: Array<{ report: RefreshReport; passages: number }> = [];
    const off = kb.onRefreshed((report) => seen.push({ report, passages: kb.engine.passages.length }));
    kb.onRefreshed(() => {
      throw new Error('a failing listener');
    });
    const before = kb.engine.passages.length;
    await writeFile(path.join(dir, 'conille.md'), NEW_SOURCE);
    // Three callers, one reload: one call.
    const [a, b, c] = await Promise.all([kb.refresh(), kb.refresh(), kb.refresh()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.report).toBe(a);
    expect(seen[0]!.report.ok && seen[0]!.report.added).toEqual(['conille-pm-2024-05']);
    expect(seen[0]!.passages).toBeGreaterThan(before);

    await writeFile(path.join(dir, 'broken.md'), '---\nid: broken\n---\nno title, no publisher\n');
    const failed = await kb.refresh();
    expect(failed.ok).toBe(false);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.report.ok).toBe(false);

    off();
    await unlink(path.join(dir, 'broken.md'));
    await kb.refresh();
    expect(seen).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------

/** N shards in this process: one KnowledgeBase each over the same folder, messages through the real relay. */
async function inProcessShards(dir: string, n: number): Promise<{ kbs: KnowledgeBase[]; syncs: KnowledgeSync[]; relay: KnowledgeRelay; inFlight: () => number; stop: () => void }> {
  const relay = createKnowledgeRelay(silent);
  let inFlight = 0;
  // Asynchronous like IPC, and copied like IPC.
  const deliver = (fn: () => void) => {
    inFlight++;
    setImmediate(() => {
      inFlight--;
      fn();
    });
  };
  const kbs: KnowledgeBase[] = [];
  const syncs: KnowledgeSync[] = [];
  for (let shard = 0; shard < n; shard++) {
    const kb = await KnowledgeBase.open(dir);
    const listeners = new Set<(m: unknown) => void>();
    relay.attach(shard, (m) => deliver(() => listeners.forEach((l) => l(structuredClone(m)))));
    const transport: ShardTransport = {
      send: (m) => deliver(() => void relay.receive(shard, structuredClone(m))),
      subscribe(l) {
        listeners.add(l);
        return () => void listeners.delete(l);
      },
    };
    kbs.push(kb);
    syncs.push(startKnowledgeSync({ kb, shard, transport, logger: silent }));
  }
  await until(() => relay.status().size === n, 'every shard to say hello');
  return { kbs, syncs, relay, inFlight: () => inFlight, stop: () => syncs.forEach((s) => s.stop()) };
}

describe('knowledge sync between shards (in process, real relay)', () => {
  let stops: Array<() => void> = [];
  afterEach(() => {
    stops.forEach((s) => s());
    stops = [];
  });

  /** Waits until every shard is on the same fingerprint and nothing is in flight for a while. */
  async function settled(s: Awaited<ReturnType<typeof inProcessShards>>): Promise<string> {
    let fp = '';
    await until(() => {
      const fps = new Set(s.kbs.map((kb) => knowledgeFingerprint(kb)));
      fp = [...fps][0]!;
      return fps.size === 1 && s.inFlight() === 0;
    }, 'the shards to agree');
    const relayed = s.relay.relayed;
    await sleep(100);
    expect(s.inFlight()).toBe(0);
    expect(s.relay.relayed).toBe(relayed);
    return fp;
  }

  it('a reload on one shard reaches the other, which loads the saved index, and nothing echoes back', async () => {
    const dir = await knowledgeDir();
    const s = await inProcessShards(dir, 2);
    stops.push(s.stop);
    const [kb0, kb1] = s.kbs as [KnowledgeBase, KnowledgeBase];
    const start = knowledgeFingerprint(kb0);
    expect(kb1.engine.ask(NEW_QUESTION).answered).toBe(false);

    await writeFile(path.join(dir, 'conille.md'), NEW_SOURCE);
    const report = await kb0.refresh();
    expect(report.ok).toBe(true);
    const fp = await settled(s);
    expect(fp).not.toBe(start);
    for (const kb of s.kbs) expect(kb.engine.ask(NEW_QUESTION).best?.quote).toContain('Garry Conille');
    // Shard 1 loaded the index shard 0 had just built and saved.
    expect(kb0.engine.fromSnapshot).toBe(false);
    expect(kb1.engine.fromSnapshot).toBe(true);
    // One announcement, one relay; shard 1 reloaded without announcing.
    expect(s.relay.relayed).toBe(1);
    expect(s.relay.status().get(0)).toMatchObject({ kind: 'reloaded', reloads: 1, announcements: 1, fingerprint: fp });
    expect(s.relay.status().get(1)).toMatchObject({ kind: 'reloaded', reloads: 1, announcements: 0, fingerprint: fp, fromSnapshot: true });
    expect(s.syncs.map((x) => x.agreed)).toEqual([fp, fp]);
  });

  it('announces nothing when a reload changes nothing, or fails', async () => {
    const dir = await knowledgeDir();
    const s = await inProcessShards(dir, 2);
    stops.push(s.stop);
    const [kb0, kb1] = s.kbs as [KnowledgeBase, KnowledgeBase];
    await kb0.refresh();
    await writeFile(path.join(dir, 'broken.md'), '---\nid: broken\n---\nno title\n');
    expect((await kb1.refresh()).ok).toBe(false);
    await settled(s);
    expect(s.relay.relayed).toBe(0);
    expect(s.relay.status().get(0)).toMatchObject({ reloads: 1, announcements: 0, ok: true });
    expect(s.relay.status().get(1)).toMatchObject({ reloads: 1, announcements: 0, ok: false });
    for (const kb of s.kbs) expect(kb.engine.ask(RUTO_QUESTION).best?.quote).toContain('600 more Kenyan police officers');
  });

  it('follows a change and its undo (back to an earlier fingerprint), with three shards', async () => {
    const dir = await knowledgeDir();
    const s = await inProcessShards(dir, 3);
    stops.push(s.stop);
    const start = knowledgeFingerprint(s.kbs[0]!);
    await writeFile(path.join(dir, 'conille.md'), NEW_SOURCE);
    await s.kbs[2]!.refresh();
    const added = await settled(s);
    expect(added).not.toBe(start);
    for (const kb of s.kbs) expect(kb.engine.ask(NEW_QUESTION).answered).toBe(true);

    await unlink(path.join(dir, 'conille.md'));
    await s.kbs[1]!.refresh();
    expect(await settled(s)).toBe(start);
    for (const kb of s.kbs) expect(kb.engine.ask(NEW_QUESTION).answered).toBe(false);
    expect(s.relay.relayed).toBe(4); // two announcements, each to the two other shards
  });

  it('converges without a storm when every shard reloads the same change at once', async () => {
    const dir = await knowledgeDir();
    const s = await inProcessShards(dir, 3);
    stops.push(s.stop);
    await writeFile(path.join(dir, 'conille.md'), NEW_SOURCE);
    await Promise.all(s.kbs.map((kb) => kb.refresh()));
    await settled(s);
    const announcements = [...s.relay.status().values()].reduce((n, st) => n + st.announcements, 0);
    // Each shard announces its own reload at most once (not if another's announcement
    // of the same knowledge arrived first); no relay is ever echoed.
    expect(announcements).toBeGreaterThanOrEqual(1);
    expect(announcements).toBeLessThanOrEqual(3);
    expect(s.relay.relayed).toBe(2 * announcements);
    for (const kb of s.kbs) expect(kb.engine.ask(NEW_QUESTION).answered).toBe(true);
  });

  it('tells a shard that says hello on older knowledge to catch up', async () => {
    const dir = await knowledgeDir();
    const relay = createKnowledgeRelay(silent);
    const sent: unknown[] = [];
    relay.attach(0, () => undefined);
    relay.attach(1, (m) => void sent.push(m));
    const base = { fingerprint: 'old', sources: 1, passages: 1, fromSnapshot: true };
    relay.receive(0, { mssKnowledgeSync: 1, kind: 'hello', shard: 0, ...base });
    relay.receive(0, { mssKnowledgeSync: 1, kind: 'reloaded', shard: 0, ok: true, announce: true, ...base, fingerprint: 'new' });
    expect(sent).toEqual([{ mssKnowledgeSync: 1, kind: 'reload', from: 0, fingerprint: 'new' }]);
    // Shard 1 respawns and opens the folder before the change was written: told again.
    relay.receive(1, { mssKnowledgeSync: 1, kind: 'hello', shard: 1, ...base });
    expect(sent).toHaveLength(2);
    relay.receive(1, { mssKnowledgeSync: 1, kind: 'hello', shard: 1, ...base, fingerprint: 'new' });
    expect(sent).toHaveLength(2);
    // Not ours: ignored.
    expect(relay.receive(1, { _ready: true })).toBe(false);
    expect(relay.receive(1, null)).toBe(false);
    void dir;
  });
});

// ---------------------------------------------------------------------------

describe('startSharded: startup mistakes are one message and exit code 1, before any shard is spawned', () => {
  const run = async (env: Record<string, string>, extra: Partial<Parameters<typeof startSharded>[0]> = {}) => {
    const errors: string[] = [];
    const result = await startSharded({ env: { WORD_VECTORS: 'off', ...env }, stderr: (t) => void errors.push(t), logger: silent, ...extra });
    return { result, text: errors.join('') };
  };
  const token = 'startup-test-token-0123456789abcdef';

  it('no token; a bad SHARD_COUNT; a broken knowledge folder; worker mode under tsx', async () => {
    expect(await run({})).toMatchObject({ result: { ok: false, code: 1 }, text: expect.stringMatching(/DISCORD_TOKEN is not set/) });
    expect(await run({ DISCORD_TOKEN: token, SHARD_COUNT: 'lots' })).toMatchObject({ result: { ok: false, code: 1 }, text: expect.stringMatching(/SHARD_COUNT must be auto or a whole number/) });
    const broken = await tempKnowledge({ 'bad.md': '---\nid: bad\n---\nno title\n' });
    made.push(broken);
    expect(await run({ DISCORD_TOKEN: token, KNOWLEDGE_DIR: broken })).toMatchObject({ result: { ok: false, code: 1 }, text: expect.stringMatching(/knowledge folder has \d+ problem/) });
    expect(await run({ DISCORD_TOKEN: token }, { mode: 'worker' })).toMatchObject({ result: { ok: false, code: 1 }, text: expect.stringMatching(/compiled build/) });
  });

  it('asks the configured API (never discord.com) how many shards, and says so when it cannot', async () => {
    const fake = await startFakeDiscord({ token, shards: 3 });
    try {
      const dir = await knowledgeDir();
      const wrong = await run({ DISCORD_TOKEN: `${token}-wrong`, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: dir });
      expect(wrong).toMatchObject({ result: { ok: false, code: 1 }, text: expect.stringMatching(/GET \/gateway\/bot\): the token was rejected \(401\)/) });
      expect(fake.requests.filter((r) => r.path === '/gateway/bot').length).toBe(1);
    } finally {
      await fake.close();
    }
  });
});

const TOKEN = 'sharding-test-token-0123456789abcdef';
const MANAGE = (Permission.ManageGuild | Permission.ViewChannel | Permission.SendMessages | Permission.UseApplicationCommands).toString();
const GUARD = pathToFileURL(fileURLToPath(new URL('./setup/loopback-guard.ts', import.meta.url))).href;

describe('npm run start:sharded: ShardingManager, two shard processes, the fake Discord with two shards', () => {
  let fake: FakeDiscord;
  let sharded: Extract<ShardedResult, { ok: true }>;
  let dir: string;
  const output: string[] = [];
  const startedAt = Date.now();
  let readyMs = 0;

  let healthPort = 0;

  beforeAll(async () => {
    dir = await knowledgeDir();
    fake = await startFakeDiscord({ token: TOKEN, shards: 2, defaultTimeoutMs: 15_000 });
    healthPort = await freePort();
    const result = await startSharded({
      env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: dir, WORD_VECTORS: 'off', LOG_LEVEL: 'info', HEALTH_PORT: String(healthPort) },
      // The shards are other processes: they get the loopback guard too.
      execArgv: ['--import', 'tsx', '--import', GUARD],
      onShardOutput: (shard, line) => void output.push(`[shard ${shard}] ${line}`),
      logger: silent,
      stderr: (text) => void output.push(`[manager] ${text}`),
    });
    if (!result.ok) throw new Error(`startSharded failed:\n${output.join('\n')}`);
    sharded = result;
    await fake.waitForReady(2);
    await until(() => sharded.relay.status().size === 2, 'both shards to say hello');
    readyMs = Date.now() - startedAt;
    if (process.env.SHARDING_TEST_TIMING) console.log(`two shards ready in ${readyMs} ms`);
  }, 30_000);

  afterAll(async () => {
    await sharded?.stop();
    await fake?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error(output.slice(-60).join('\n'));
  });

  const guildOn = (shard: number) => {
    const g = fake.guilds.find((x) => fake.shardOf(x.id) === shard);
    if (!g) throw new Error(`no guild on shard ${shard}`);
    return g.id;
  };
  const ask = (question: string, shard: number): Promise<InteractionResponse> =>
    fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'ask', guildId: guildOn(shard), options: [{ name: 'question', type: 3, value: question }] }));
  const quoteOf = (res: InteractionResponse) => String((res.embeds[0] as { description?: string } | undefined)?.description ?? '').split('\n\n— ')[0]!.replace(/^> /gm, '').replace(/\*\*/g, '');

  it('spawns two shards that identify as [0, 2] and [1, 2], each loading the saved index', () => {
    expect(sharded.totalShards).toBe(2);
    expect(sharded.manager.shards.size).toBe(2);
    const shards = fake.identifies.filter((i) => i.accepted).map((i) => JSON.stringify(i.shard));
    expect(shards.sort()).toEqual(['[0,2]', '[1,2]']);
    // The manager opened the folder first; both shards loaded its saved index instead of building one.
    for (const id of [0, 1]) expect(sharded.relay.status().get(id)).toMatchObject({ kind: 'hello', fromSnapshot: true });
    expect(readyMs).toBeLessThan(30_000);
  });

  it('serves one health endpoint for all shards (the shards serve none)', async () => {
    // 200 once every shard is connected (a loaded machine can make a shard resume, 503 meanwhile).
    let res: Response;
    let body: Record<string, unknown> = {};
    const end = Date.now() + 5_000;
    do {
      res = await fetch(`http://127.0.0.1:${healthPort}/health`);
      body = (await res.json()) as Record<string, unknown>;
      if (res.status !== 200) await sleep(100);
    } while (res.status !== 200 && Date.now() < end);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 'ok', gateway: { connected: true }, index: { loaded: true } });
    expect(output.join('\n')).not.toMatch(/HEALTH_PORT|EADDRINUSE/);
  });

  it('answers /ask in a guild on each shard, each on its own shard', async () => {
    for (const shard of [0, 1]) {
      const res = await ask(RUTO_QUESTION, shard);
      expect(res.interaction.shard).toBe(shard);
      expect(res.type).toBe(4);
      expect(quoteOf(res)).toBe(RUTO_600);
    }
  });

  it('a /kb refresh on shard 0 after a file changed reaches shard 1: both answer from the new source, without echo', async () => {
    for (const shard of [0, 1]) expect((await ask(NEW_QUESTION, shard)).content).toContain('No passage in my sources answers that.');
    const before = sharded.relay.status().get(0)!.fingerprint;
    await writeFile(path.join(dir, 'conille.md'), NEW_SOURCE);

    // A moderator (Manage Server) on the guild served by shard 0.
    const ix = fake.sendSlashCommand({ name: 'kb', subcommand: 'refresh', guildId: guildOn(0), member: { permissions: MANAGE } });
    expect(ix.shard).toBe(0);
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.ephemeral).toBe(true);
    expect(res.content).toContain('Knowledge base refreshed');
    expect(res.content).toContain('conille-pm-2024-05');

    await until(() => {
      const st = sharded.relay.status();
      return st.get(1)?.kind === 'reloaded' && st.get(1)?.fingerprint === st.get(0)?.fingerprint;
    }, 'shard 1 to reload');
    const after = sharded.relay.status().get(0)!.fingerprint;
    expect(after).not.toBe(before);

    for (const shard of [0, 1]) {
      const answer = await ask(NEW_QUESTION, shard);
      expect(answer.interaction.shard).toBe(shard);
      expect(quoteOf(answer)).toContain('appointed Garry Conille as Prime Minister');
    }
    // One announcement (shard 0's), relayed once (to shard 1), which reloaded from shard 0's saved index and stayed quiet.
    await sleep(300);
    expect(sharded.relay.relayed).toBe(1);
    expect(sharded.relay.status().get(0)).toMatchObject({ reloads: 1, announcements: 1, fromSnapshot: false });
    expect(sharded.relay.status().get(1)).toMatchObject({ reloads: 1, announcements: 0, fromSnapshot: true, fingerprint: after });
    expect(fake.problems()).toEqual([]);
  });

  it('stops every shard gracefully: a stop message, exit code 0, no respawn', async () => {
    const children = [...sharded.manager.shards.values()].map((s) => s.process!);
    expect(children.map((c) => c.exitCode)).toEqual([null, null]);
    const started = Date.now();
    await sharded.stop();
    expect(children.map((c) => c.exitCode)).toEqual([0, 0]);
    expect(Date.now() - started).toBeLessThan(6_000);
    await sleep(200);
    expect([...sharded.manager.shards.values()].every((s) => s.process === null || s.process.exitCode !== null)).toBe(true);
    expect(output.filter((l) => l.includes('shutting down') || l.includes('stopped by the sharding manager')).length).toBeGreaterThan(0);
    await expect(fetch(`http://127.0.0.1:${healthPort}/health`)).rejects.toThrow();
    // Each shard kept its unanswered questions in its own file (written on stop at the latest).
    const files = (await readdir(dir)).filter((n) => n.startsWith('.gaps'));
    expect(files.sort()).toEqual(['.gaps.shard-0.json', '.gaps.shard-1.json']);
    for (const f of files) expect(await readFile(path.join(dir, f), 'utf8')).toContain('who was appointed prime minister of haiti in may 2024?');
  });
});
