import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../src/bot/main.js';
import { main as deployMain } from '../../src/bot/deploy-commands.js';

const TOKEN = 'x'.repeat(30);

describe('startup errors are one clear message and exit code 1', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bot-main-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Calls start() with only `env`, capturing what it prints. */
  async function startWith(env: Record<string, string>) {
    let printed = '';
    const result = await start({ env, stderr: (t) => (printed += t) });
    return { result, printed };
  }

  it('without DISCORD_TOKEN: names it and points to the offline CLI', async () => {
    const { result, printed } = await startWith({});
    expect(result).toEqual({ ok: false, code: 1 });
    expect(printed).toMatch(/^DISCORD_TOKEN is not set/);
    expect(printed).toContain('npm run ask -- "');
  });

  it('a bad setting prints the configuration error, never the token', async () => {
    const { result, printed } = await startWith({ DISCORD_TOKEN: TOKEN, MAX_QUESTION_CHARS: 'lots' });
    expect(result).toEqual({ ok: false, code: 1 });
    expect(printed).toContain('Invalid configuration');
    expect(printed).toContain('MAX_QUESTION_CHARS');
    expect(printed).not.toContain(TOKEN);
  });

  it('a broken knowledge folder lists its problems', async () => {
    const kb = path.join(dir, 'kb');
    await mkdir(kb, { recursive: true });
    await writeFile(path.join(kb, 'broken.md'), 'no front matter here\n');
    const { result, printed } = await startWith({ DISCORD_TOKEN: TOKEN, KNOWLEDGE_DIR: kb, WORD_VECTORS: 'off', LOG_LEVEL: 'silent' });
    expect(result).toEqual({ ok: false, code: 1 });
    expect(printed).toContain('The knowledge folder has');
    expect(printed).toContain('broken.md');
  });

  it('deploy-commands without DISCORD_APPLICATION_ID (or the token) names the missing one', async () => {
    let err = '';
    expect(await deployMain({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'silent' }, { err: (t) => (err += t), out: () => undefined })).toBe(1);
    expect(err).toContain('DISCORD_APPLICATION_ID');
    expect(err).not.toContain('DISCORD_TOKEN is not set');
    expect(err).not.toContain(TOKEN);
    err = '';
    expect(await deployMain({ DISCORD_APPLICATION_ID: '123456789012345678', LOG_LEVEL: 'silent' }, { err: (t) => (err += t), out: () => undefined })).toBe(1);
    expect(err).toContain('DISCORD_TOKEN is not set');
    expect(err).not.toContain('DISCORD_APPLICATION_ID is not set');
  });
});
