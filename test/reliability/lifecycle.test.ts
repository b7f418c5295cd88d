/**
 * The bot as a process: SIGTERM/SIGINT stop it cleanly (no new questions,
 * those in flight finished, gateway closed, logs flushed, exit 0 within a few
 * seconds); an uncaught error is logged with its stack and exits 1, as does a
 * gateway closed for good; the health endpoint reports its state.
 *
 * Two real child processes (`node --import tsx src/bot/main.ts`): SIGTERM and a
 * crash. SIGINT goes through the same handler (tested in process below).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/commands.js';
import { exitWhenGatewayDies, start } from '../../src/bot/main.js';
import { healthOf, startHealthServer } from '../../src/health.js';
import { InFlight, installProcessHandlers, stopGracefully } from '../../src/lifecycle.js';
import { createLogger } from '../../src/logger.js';
import { type FakeDiscord, startFakeDiscord } from '../fake-discord/server.js';
import { KNOWLEDGE, QUESTION, ROOT, RUTO_600, ask, captureLogs, descriptionOf, sleep, until, waitConnected } from './harness.js';

const TOKEN = 'lifecycle-test-token.Zq7-0123456789abcdef';
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = path.join(ROOT, 'src/bot/main.ts');
const CRASH_PRELOAD = pathToFileURL(path.join(ROOT, 'test/reliability/fixtures/crash-on-signal.mjs')).href;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'bot-lifecycle-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A copy of the shipped knowledge (with its index cache, so the child starts fast). */
async function knowledgeCopy(name: string): Promise<string> {
  const dir = path.join(scratch, name, 'knowledge');
  await cp(KNOWLEDGE, dir, { recursive: true, filter: (src) => !/(?:\.gaps\.json|\.trash|vectors-\d+\.bin|\.tmp)$/.test(src) });
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

interface Child {
  proc: ChildProcess;
  stdout: string[];
  stderr: () => string;
  records: () => Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  cwd: string;
}

/** `node --import tsx src/bot/main.ts` against `fake`, in an empty working directory (so no `.env` is read). */
async function spawnBot(fake: FakeDiscord, name: string, env: Record<string, string>, preload?: string): Promise<Child> {
  const cwd = path.join(scratch, name, 'cwd');
  await mkdir(cwd, { recursive: true });
  const proc = spawn(process.execPath, ['--import', TSX, ...(preload ? ['--import', preload] : []), MAIN], {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '',
      TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      WORD_VECTORS: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let buffered = '';
  let stderr = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    stdout.push(...lines.filter((l) => l.trim() !== ''));
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    proc.once('exit', (code, signal) => setImmediate(() => resolve({ code, signal, at: Date.now() }))),
  );
  const records = () =>
    stdout.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  return { proc, stdout, stderr: () => stderr, records, exited, cwd };
}

/** Waits for the child's "bot ready" log line (and its gateway connection). */
async function ready(child: Child, fake: FakeDiscord): Promise<void> {
  await until(() => child.records().some((r) => r['msg'] === 'bot ready') || child.proc.exitCode !== null, 'the bot to be ready', 45_000);
  if (child.proc.exitCode !== null) throw new Error(`the bot exited (${child.proc.exitCode}): ${child.stderr()}\n${child.stdout.join('\n')}`);
  await until(() => fake.openConnections === 1, 'one gateway connection');
}

describe.concurrent('the bot process', () => {
  it('SIGTERM: finishes, closes the gateway, flushes the logs and the gaps file, exits 0 within 5 s; health until then', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
    const knowledge = await knowledgeCopy('sigterm');
    const before = await files(knowledge);
    const port = await freePort();
    const child = await spawnBot(fake, 'sigterm', { KNOWLEDGE_DIR: knowledge, HEALTH_PORT: String(port) });
    try {
      await ready(child, fake);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', gateway: { connected: true }, index: { loaded: true }, passages: expect.any(Number) });
      const res = await fake.waitForInteractionResponse(ask(fake, QUESTION), { timeoutMs: 10_000 });
      expect(descriptionOf(res.embeds)).toContain(RUTO_600);
      const gap = "What's the best pizza in Naples?";
      await fake.waitForInteractionResponse(ask(fake, gap), { timeoutMs: 10_000 });

      const sent = Date.now();
      child.proc.kill('SIGTERM');
      const { code, signal, at } = await child.exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(at - sent).toBeLessThan(5000);
      const msgs = child.records().map((r) => r['msg']);
      expect(msgs).toContain('shutting down: no new questions; finishing those in flight');
      expect(msgs.at(-1)).toBe('stopped'); // the last line made it out: logs flushed
      expect(child.records().find((r) => r['msg'] === 'stopped')).toMatchObject({ finished: true });
      expect(child.records().filter((r) => Number(r['level']) >= 50)).toEqual([]);
      expect(fake.openConnections).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      // It wrote only into the knowledge folder: the unanswered question, flushed on the way out.
      expect(await files(child.cwd)).toEqual([]);
      const added = (await files(knowledge)).filter((f) => !before.includes(f));
      expect(added.every((f) => f === '.gaps.json' || f.startsWith('.cache'))).toBe(true);
      expect(JSON.parse(await readFile(path.join(knowledge, '.gaps.json'), 'utf8')).gaps.map((g: { question: string }) => g.question)).toContain(gap.toLowerCase());
      expect(child.stdout.join('\n') + child.stderr()).not.toContain(TOKEN);
    } finally {
      child.proc.kill('SIGKILL');
      await fake.close();
    }
  });

  it('an uncaught error: logged at fatal with its stack (token masked), exit 1 for the supervisor', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
    const child = await spawnBot(fake, 'crash', { KNOWLEDGE_DIR: await knowledgeCopy('crash'), KB_GAPS_PERSIST: 'false' }, CRASH_PRELOAD);
    try {
      await ready(child, fake);
      child.proc.kill('SIGUSR2');
      const { code } = await child.exited;
      expect(code).toBe(1);
      const fatal = child.records().find((r) => r['level'] === 60)!;
      expect(fatal['msg']).toMatch(/^uncaught error: exiting so that a supervisor restarts the bot/);
      const err = fatal['err'] as { message: string; stack: string };
      expect(err.message).toContain('crash test: something broke');
      expect(err.stack).toContain('crash-on-signal.mjs');
      expect(child.stdout.join('\n') + child.stderr()).not.toContain(TOKEN);
    } finally {
      child.proc.kill('SIGKILL');
      await fake.close();
    }
  });
});

// ---------------------------------------------------------------------------

describe('graceful stop, in process', () => {
  it('turns new questions away, finishes the one in flight, then closes the gateway', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
    let release!: () => void;
    const slow: Command = {
      data: { name: 'slow', description: 'answers when released' },
      async execute(interaction) {
        await interaction.deferReply();
        await new Promise<void>((r) => (release = r));
        await interaction.editReply({ content: 'finished in flight', allowedMentions: { parse: [] } });
      },
    };
    const commands = new Map(await loadCommands());
    commands.set('slow', slow);
    const logs = captureLogs();
    const r = await start({
      env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, WORD_VECTORS: 'off', KB_GAPS_PERSIST: 'false' },
      logDestination: logs.destination,
      commands,
      graceMs: 4000,
    });
    if (!r.ok) throw new Error('did not start');
    try {
      await waitConnected(r.client);
      const inFlight = fake.sendSlashCommand({ name: 'slow' });
      await until(() => inFlight.deferred, 'the deferral');
      const stopped = r.stop('test');
      expect(r.runtime.work.draining).toBe(true);
      // A question during the drain: a polite, ephemeral "restarting".
      const turnedAway = await fake.waitForInteractionResponse(ask(fake, QUESTION));
      expect(turnedAway.ephemeral).toBe(true);
      expect(turnedAway.content).toMatch(/restarting/);
      const user = fake.addUser({ username: 'late-dm' });
      fake.sendDirectMessage({ userId: user.id, content: QUESTION });
      expect((await fake.waitForDirectMessageTo(user.id)).content).toMatch(/restarting/);
      // The gateway stays open until the question in flight is answered.
      await sleep(100);
      expect(fake.openConnections).toBe(1);
      release();
      expect(await stopped).toEqual({ finished: true });
      expect((await fake.waitForInteractionResponse(inFlight)).content).toBe('finished in flight');
      expect(fake.openConnections).toBe(0);
      expect(r.client.isReady()).toBe(false);
      expect(logs.withMsg('stopped')).toHaveLength(1);
      // stop() twice is one stop.
      await r.stop('again');
      expect(logs.withMsg('stopped')).toHaveLength(1);
    } finally {
      await r.stop('cleanup');
      await fake.close();
    }
  });

  it('the gateway closed for good (4004: the token was reset): logged at fatal, stopped, exit 1 for the supervisor', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
    const logs = captureLogs();
    const r = await start({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, WORD_VECTORS: 'off', KB_GAPS_PERSIST: 'false' }, logDestination: logs.destination });
    if (!r.ok) throw new Error('did not start');
    try {
      await waitConnected(r.client);
      const exits: number[] = [];
      exitWhenGatewayDies(r, (code) => void exits.push(code));
      fake.closeGateway(4004);
      await until(() => exits.length > 0, 'the exit', 8000);
      expect(exits).toEqual([1]);
      expect(logs.withMsg(/gateway closed for good/).map((l) => l['level'])).toContain(60);
      expect(logs.withMsg('stopped')).toHaveLength(1);
    } finally {
      await r.stop('cleanup');
      await fake.close();
    }
  });

  it('gives up on work that does not finish within the grace time, and still closes everything', async () => {
    const work = new InFlight();
    void work.track(new Promise(() => undefined));
    const logs = captureLogs();
    const closed: string[] = [];
    const t0 = Date.now();
    const out = await stopGracefully(
      {
        logger: createLogger({ level: 'info', destination: logs.destination }),
        work,
        graceMs: 200,
        stepMs: 200,
        disconnect: async () => void closed.push('gateway'),
        close: [
          { name: 'hangs', close: () => new Promise(() => undefined) },
          { name: 'throws', close: () => Promise.reject(new Error('nope')) },
          { name: 'health', close: () => void closed.push('health') },
        ],
      },
      'SIGTERM',
    );
    expect(out).toEqual({ finished: false });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(closed).toEqual(['gateway', 'health']);
    expect(logs.withMsg('shutting down with questions still in flight')).toHaveLength(1);
    expect(logs.withMsg('shutdown step timed out')[0]).toMatchObject({ step: 'hangs' });
    expect(logs.withMsg('shutdown step failed')[0]).toMatchObject({ step: 'throws' });
  });
});

describe('process handlers', () => {
  function harness(withLogger = true) {
    const proc = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    const exits: number[] = [];
    const logs = captureLogs();
    const logger = createLogger({ level: 'info', secrets: [TOKEN], destination: logs.destination });
    let stderr = '';
    let signals = 0;
    const uninstall = installProcessHandlers({
      proc,
      logger: () => (withLogger ? logger : null),
      secrets: () => [TOKEN],
      stderr: (t) => (stderr += t),
      onSignal: async () => {
        signals++;
        await sleep(20);
      },
      exit: (code) => void exits.push(code),
      stopTimeoutMs: 1000,
    });
    return { proc, exits, logs, stderr: () => stderr, signals: () => signals, uninstall };
  }

  it('SIGTERM and SIGINT: one graceful stop, then exit 0; a second signal exits 1 at once', async () => {
    const h = harness();
    h.proc.emit('SIGTERM', 'SIGTERM');
    h.proc.emit('SIGINT', 'SIGINT');
    expect(h.exits).toEqual([1]);
    await until(() => h.exits.length === 2, 'the graceful exit');
    expect(h.exits).toEqual([1, 0]);
    expect(h.signals()).toBe(1);
    h.uninstall();
    expect(h.proc.listenerCount('SIGTERM')).toBe(0);
  });

  it('an uncaught exception or unhandled rejection: fatal with the stack, token masked, exit 1', async () => {
    for (const event of ['uncaughtException', 'unhandledRejection']) {
      const h = harness();
      h.proc.emit(event, new Error(`boom with ${TOKEN}`));
      await until(() => h.exits.length > 0, 'the exit');
      expect(h.exits).toEqual([1]);
      const fatal = h.logs.records.find((r) => r['level'] === 60)!;
      expect(JSON.stringify(fatal['err'])).toContain('lifecycle.test.ts'); // the stack
      expect(h.logs.lines.join('')).not.toContain(TOKEN);
      h.uninstall();
    }
  });

  it('before there is a logger: the error and its stack on stderr, token masked, exit 1', () => {
    const h = harness(false);
    h.proc.emit('uncaughtException', new Error(`early boom with ${TOKEN}`));
    expect(h.exits).toEqual([1]);
    expect(h.stderr()).toMatch(/^uncaught error: Error: early boom with \[REDACTED\]\n\s+at /);
    h.uninstall();
  });
});

describe('health endpoint', () => {
  it('200 when connected and indexed; 503 otherwise and while stopping; 404/405 for anything else', async () => {
    const state = { gateway: true, index: true, passages: 12, stopping: false };
    const server = await startHealthServer({ port: 0, state: () => state, logger: createLogger({ level: 'silent' }) });
    try {
      expect(server.host).toBe('127.0.0.1');
      const get = async (p = '/health', init?: RequestInit) => {
        const res = await fetch(`http://127.0.0.1:${server.port}${p}`, init);
        return { status: res.status, body: (await res.text()) || null };
      };
      let r = await get();
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body!)).toMatchObject({ status: 'ok', gateway: { connected: true }, index: { loaded: true }, passages: 12 });
      state.gateway = false;
      r = await get();
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body!)).toMatchObject({ status: 'unavailable', gateway: { connected: false } });
      state.gateway = true;
      state.stopping = true;
      expect(JSON.parse((await get()).body!)).toMatchObject({ status: 'stopping' });
      expect((await get('/health', { method: 'HEAD' })).body).toBeNull();
      expect((await get('/')).status).toBe(404);
      expect((await get('/health/../etc/passwd')).status).toBe(404);
      expect((await get('/health', { method: 'POST', body: 'x' })).status).toBe(405);
    } finally {
      await server.close();
    }
    expect(healthOf({ gateway: true, index: false, passages: 0, stopping: false }, 1)).toMatchObject({ code: 503, body: { index: { loaded: false } } });
  });
});
