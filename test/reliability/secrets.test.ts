/**
 * Secrets and privileges: the token never appears in a log line, an error
 * message, a reply or a request body, whatever goes wrong; configuration errors
 * name the variable, never its value; the bot uses only the routes a bot with
 * the Send Messages permission needs; and it writes only into the knowledge folder.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/commands.js';
import { type StartResult, start } from '../../src/bot/main.js';
import { ConfigError, configSchema, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { sourcePath } from '../../src/moderation/knowledge-writer.js';
import { type FakeDiscord, Permission, startFakeDiscord } from '../fake-discord/server.js';
import { KNOWLEDGE, QUESTION, ROOT, ask, captureLogs, trackProcessErrors, until, waitConnected } from './harness.js';

/** Distinctive, and shaped like a real token (three dot-separated parts). */
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gsecret.Zq9-distinctive-TOKEN_0123456789abcdef';
/** A piece of it, to catch a token cut or re-wrapped on its way out. */
const TOKEN_PART = 'Zq9-distinctive-TOKEN';

const leaky = (what: string) => {
  const err = new Error(`${what}: could not use Bot ${TOKEN}`, { cause: new Error(`cause with ${TOKEN}`) });
  Object.assign(err, { token: TOKEN, config: { DISCORD_TOKEN: TOKEN }, request: { headers: { authorization: `Bot ${TOKEN}` } }, url: `https://x/${TOKEN}` });
  return err;
};

/** Handlers that fail in the worst way: errors carrying the token in their message, cause and fields. */
const leakCommands: Command[] = [
  {
    data: { name: 'leak', description: 'throws an error holding the token' },
    async execute() {
      throw leaky('leak');
    },
  },
  {
    data: { name: 'leaklate', description: 'defers, then throws' },
    async execute(interaction) {
      await interaction.deferReply();
      throw leaky('leaklate');
    },
  },
];

let fake: FakeDiscord;
let result: Extract<StartResult, { ok: true }>;
const logs = captureLogs();
let printed = '';
let processErrors: ReturnType<typeof trackProcessErrors>;

beforeAll(async () => {
  processErrors = trackProcessErrors();
  // The bot's role in the server has only View Channel and Send Messages.
  fake = await startFakeDiscord({
    token: TOKEN,
    applicationId: '1100000000000000001',
    heartbeatIntervalMs: 500,
    allowedPrivilegedIntents: 0,
    guilds: [{ botPermissions: String(Permission.ViewChannel | Permission.SendMessages), everyonePermissions: '0' }],
  });
  const commands = new Map(await loadCommands());
  for (const c of leakCommands) commands.set(c.data.name, c);
  const started = await start({
    env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, WORD_VECTORS: 'off', LOG_LEVEL: 'trace', KB_GAPS_PERSIST: 'false', RATE_LIMIT_QUESTIONS: '1000' },
    stderr: (t) => (printed += t),
    logDestination: logs.destination,
    commands,
  });
  if (!started.ok) throw new Error(`the bot did not start: ${printed}`);
  result = started;
  await waitConnected(result.client);
});

afterAll(async () => {
  await result?.stop('test over');
  await fake?.close();
  processErrors?.dispose();
});

/** Everything that left the bot or was written about it. */
function everythingOut(): string {
  return [
    ...logs.lines,
    printed,
    JSON.stringify(fake.requests.map((r) => ({ path: r.path, query: r.query, body: r.body }))),
    JSON.stringify([...fake.interactions.values()].map((ix) => ({ callbacks: ix.callbacks, edits: ix.edits, followUps: ix.followUps, original: ix.original }))),
    JSON.stringify(fake.channelMessages),
  ].join('\n');
}

describe('the token never leaks', () => {
  it('through failing handlers, Discord errors, REST outages and client errors: not in a log line, a reply or a request', async () => {
    // Handlers throwing errors that hold the token (message, cause, fields).
    for (const name of ['leak', 'leaklate']) {
      const res = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name }));
      expect(res.content).toMatch(/^Sorry, something went wrong/);
    }
    // Discord failing: a 429, a 500, then down for a while (every call fails), then back.
    fake.failNextRest({ method: 'POST', pathPattern: /callback$/, status: 429, retryAfterSec: 0.2 });
    await fake.waitForInteractionResponse(ask(fake, QUESTION));
    fake.failNextRest({ method: 'POST', pathPattern: /callback$/, status: 500 });
    await fake.waitForInteractionResponse(ask(fake, QUESTION));
    const before = logs.records.length;
    fake.setRestDown(true);
    ask(fake, QUESTION);
    const user = fake.addUser({ username: 'leak-dm' });
    fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    await until(() => logs.records.slice(before).filter((r) => Number(r['level']) >= 50).length >= 2, 'the two failures logged');
    fake.setRestDown(false);
    // Errors the client reports itself.
    result.client.emit(Events.Error, leaky('client error'));
    result.client.emit(Events.ShardError, leaky('shard error'), 0);
    result.client.emit(Events.Warn, `warning about ${TOKEN}`);
    // And the gateway dropping (its reconnection logs).
    fake.dropGateway();
    await until(() => logs.withMsg('gateway resumed').length > 0, 'the resume');
    await waitConnected(result.client);
    await fake.waitForInteractionResponse(ask(fake, QUESTION));

    expect(logs.records.filter((r) => Number(r['level']) >= 50).length).toBeGreaterThanOrEqual(6);
    expect(logs.lines.join('\n')).toContain('[REDACTED]'); // it was there to leak, and was masked
    const out = everythingOut();
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(TOKEN_PART);
    expect(processErrors.errors).toEqual([]);
  });

  it('a failed login says what failed, without the token it tried', async () => {
    const other = `${TOKEN}-WRONG`;
    let text = '';
    const l = captureLogs();
    const r = await start({ env: { DISCORD_TOKEN: other, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, WORD_VECTORS: 'off', KB_GAPS_PERSIST: 'false' }, stderr: (t) => (text += t), logDestination: l.destination });
    expect(r).toEqual({ ok: false, code: 1 });
    expect(text).toMatch(/^Could not log in to Discord: .+\nCheck DISCORD_TOKEN/);
    expect(l.withMsg('could not log in to Discord')).toHaveLength(1);
    for (const s of [text, ...l.lines]) {
      expect(s).not.toContain(other);
      expect(s).not.toContain(TOKEN_PART);
    }
  });

  it('a token that is not a token is a configuration error naming DISCORD_TOKEN, not showing it', async () => {
    let text = '';
    const r = await start({ env: { DISCORD_TOKEN: `${TOKEN} with spaces` }, stderr: (t) => (text += t) });
    expect(r).toEqual({ ok: false, code: 1 });
    expect(text).toContain('DISCORD_TOKEN must be the bot token');
    expect(text).not.toContain(TOKEN_PART);
  });

  it('the logger masks the token wherever it hides: message, nested fields, errors and their causes', () => {
    const l = captureLogs();
    const logger = createLogger({ level: 'trace', secrets: [TOKEN], destination: l.destination });
    logger.error({ err: leaky('direct') }, `message with ${TOKEN}`);
    logger.info({ deep: { a: { b: { c: [`x${TOKEN}y`] } } }, headers: { authorization: `Bot ${TOKEN}` } }, 'nested');
    logger.child({ token: TOKEN }).warn('child bindings');
    expect(l.lines.join('\n')).not.toContain(TOKEN_PART);
    expect(l.lines).toHaveLength(3);
  });
});

describe('configuration errors', () => {
  const MARKER = 'MARKER-9f3a value with spaces';

  it('name each bad variable and what is wrong with it, never its value', () => {
    const keys = Object.keys(configSchema.shape);
    const named: string[] = [];
    for (const key of keys) {
      let err: unknown = null;
      try {
        loadConfig({ [key]: `${MARKER} ${key}` }, { dotenv: false });
      } catch (e) {
        err = e;
      }
      if (err === null) continue; // free text (a folder, a host list): any value is valid
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as ConfigError).message;
      expect(message).toContain(key);
      expect(message).not.toContain('MARKER');
      expect((err as ConfigError).problems.every((p) => p.startsWith(`${key} `) && p.length > key.length + 5)).toBe(true);
      named.push(key);
    }
    expect(named.length).toBeGreaterThanOrEqual(15);
    // All at once: every problem listed, still no value.
    try {
      loadConfig(Object.fromEntries(keys.map((k) => [k, MARKER])), { dotenv: false });
      expect.unreachable();
    } catch (e) {
      const message = (e as ConfigError).message;
      for (const k of named) expect(message).toContain(k);
      expect(message).not.toContain('MARKER');
    }
  });
});

describe('privileges', () => {
  it('identified with no privileged intent, and used only the routes of a bot that sends messages', () => {
    expect(fake.identifies.every((i) => i.accepted && i.intents === (1 | (1 << 12)))).toBe(true);
    const routes = new Set(fake.requests.filter((r) => r.route !== null).map((r) => `${r.method} ${r.route}`));
    const allowed = new Set([
      'GET /gateway/bot',
      'POST /interactions/{interaction_id}/{interaction_token}/callback',
      'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original',
      'POST /webhooks/{webhook_id}/{webhook_token}',
      'POST /channels/{channel_id}/messages',
    ]);
    for (const r of routes) expect(allowed.has(r), `unexpected route ${r}`).toBe(true);
    expect(routes.has('POST /channels/{channel_id}/messages')).toBe(true);
    // No request failed for lack of a permission: View Channel and Send Messages were enough.
    expect(fake.requests.filter((r) => r.status === 403)).toEqual([]);
  });

  it('the README invites the bot with only Send Messages (2048) and says no privileged intent is needed', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const invites = [...readme.matchAll(/oauth2\/authorize\?[^\s`)]+/g)].map((m) => m[0]);
    expect(invites.length).toBeGreaterThan(0);
    for (const url of invites) expect(new URL(`https://discord.com/${url}`).searchParams.get('permissions')).toBe('2048');
    expect(readme).toMatch(/No privileged intent is needed/);
  });
});

describe('where the bot writes', () => {
  it('only these modules write files, each under the knowledge folder (reviewed; a new writer fails this test until reviewed)', async () => {
    const WRITES = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|rename|renameSync|mkdir|mkdirSync|mkdtemp|unlink|unlinkSync|rm|rmSync|copyFile|cp|link|symlink|truncate|open)\s*\(/;
    const found: string[] = [];
    const walk = async (dir: string) => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name.endsWith('.ts')) {
          const text = await readFile(p, 'utf8');
          if (/from 'node:fs(?:\/promises)?'/.test(text) && WRITES.test(text)) found.push(path.relative(ROOT, p));
        }
      }
    };
    await walk(path.join(ROOT, 'src'));
    await walk(path.join(ROOT, 'commands'));
    // gaps.ts: KNOWLEDGE_DIR/.gaps.json. index-cache.ts: KNOWLEDGE_DIR/.cache/. vectors/build.ts: KNOWLEDGE_DIR/.cache/vectors-*.bin.
    // knowledge-writer.ts: sources, aliases.yml and .trash/ in the knowledge folder, names from validated ids only.
    expect(found.sort()).toEqual(['src/engine/vectors/build.ts', 'src/gaps.ts', 'src/index-cache.ts', 'src/moderation/knowledge-writer.ts']);
  });

  it('no user input becomes a path outside the knowledge folder', () => {
    const dir = path.resolve('/srv/knowledge');
    for (const id of ['../etc/passwd', '..', '.', 'a/b', 'a\\b', '/etc/passwd', 'C:\\x', '.hidden', 'x\u0000y', 'ok-id/../../x', '%2e%2e']) {
      expect(() => sourcePath(dir, id), id).toThrow();
    }
    expect(sourcePath(dir, 'un-report-2024-10')).toBe(path.join(dir, 'un-report-2024-10.md'));
  });
});
