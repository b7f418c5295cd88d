import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sourceFile, tempKnowledge } from './helpers.js';

const TSX = path.resolve('node_modules/.bin/tsx');

function run(script: string, args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [`src/cli/${script}.ts`, ...args], { env: { ...process.env, KNOWLEDGE_DIR: '', WORD_VECTORS: 'off' } }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

describe('npm run ask', { timeout: 60_000 }, () => {
  it('prints the quote and its citation for a person', async () => {
    const r = await run('ask', ['How many more officers is Kenya sending to Haiti?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^> President William Ruto has committed to deploy 600 more Kenyan police officers/);
    expect(r.stdout).toContain('K24 Digital');
    expect(r.stdout).toContain('https://k24.digital/?p=177955#:~:text=');
  });

  it('prints one JSON object with the promised fields', async () => {
    const r = await run('ask', ['--json', 'When did the first group of officers depart?']);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ question: 'When did the first group of officers depart?', answered: true, citation: { publisher: 'K24 Digital', title: expect.any(String), date: '2024-09-22', url: 'https://k24.digital/?p=177955', link: expect.stringContaining('#:~:text=') } });
    expect(a.quote).toContain('June 24, 2024');
    expect(typeof a.confidence).toBe('number');
    expect(Array.isArray(a.alternatives)).toBe(true);
    const source = await readFile('knowledge/mss-haiti-ruto-2024-09.md', 'utf8');
    expect(source).toContain(a.quote);
  });

  it('answers questions from stdin, one JSON line each, in order', async () => {
    const r = await run('ask', ['--json'], 'What is the best pizza in Naples?\nWho heads the Transitional Presidential Council?\n\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['What is the best pizza in Naples?', 'Who heads the Transitional Presidential Council?', '']);
    expect(lines.map((l) => l.answered)).toEqual([false, true, false]);
  });

  it('asks which source is meant when two answer as well as each other, naming both', async () => {
    const dir = await tempKnowledge({
      'a.md': sourceFile('Governor Ann Mwangi posted on X on Monday, May 6, 2024.\n\nFarmers expect rain in March.', { id: 'clinic', title: 'Clinic opens in Kisumu' }),
      'b.md': sourceFile('Governor Ann Mwangi posted on X on Friday, March 8, 2024.\n\nTraders asked for a market.', { id: 'market', title: 'Market levy struck down' }),
    });
    const r = await run('ask', ['--knowledge', dir, 'On what day did Governor Mwangi post on X?']);
    expect(r.stdout).toMatch(/^More than one source matches that question/);
    expect(r.stdout).toContain('Clinic opens in Kisumu: Governor Ann Mwangi posted on X on Monday');
    expect(r.stdout).toContain('Market levy struck down: Governor Ann Mwangi posted on X on Friday');
  });

  it('says plainly when no passage answers', async () => {
    const r = await run('ask', ['What is the best pizza in Naples?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No passage in my sources answers that\./);
  });

  it('fails with one line on a bad flag, a missing question or a bad folder', async () => {
    for (const args of [['--bogus', 'q'], [], ['--knowledge', '/nonexistent', 'q']]) {
      const r = await run('ask', args);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('npm run kb:check and eval', { timeout: 60_000 }, () => {
  it('passes the shipped knowledge and lists every problem of a broken folder', async () => {
    expect((await run('kb-check', [])).code).toBe(0);
    const dir = await tempKnowledge({ 'a.md': 'no front matter', 'b.md': sourceFile('Text.', { published: 'yesterday' }) });
    const r = await run('kb-check', ['--knowledge', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'a.md')}:1: no front matter`);
    expect(r.stderr).toContain(`${path.join(dir, 'b.md')}:6: field "published"`);
  });

  it('scores a question set and lists the misses', async () => {
    const dir = await tempKnowledge({ 'q.json': JSON.stringify([{ q: 'Who heads the Transitional Presidential Council?', expect: ['Edgard Le Leblanc'] }, { q: 'How tall is Mount Kilimanjaro?', expect: [] }, { q: 'What is the best pizza in Naples?', expect: ['pizza'] }]) });
    const r = await run('eval', [path.join(dir, 'q.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/answered right: +1\/2/);
    expect(r.stdout).toMatch(/abstained right: +1\/1/);
    expect(r.stdout).toContain('MISS wrong-abstention: "What is the best pizza in Naples?"');
    const bad = await run('eval', ['/nonexistent.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: cannot read \/nonexistent.json/);
  });
});
