import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { SHIPPED_KNOWLEDGE, sourceFile, tempKnowledge } from '../helpers.js';

const BODY = 'The mission aims to assist the police in restoring security.';

async function problemsOf(files: Record<string, string | Uint8Array>) {
  const dir = await tempKnowledge(files);
  const r = await loadKnowledge(dir);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => ({ ...p, file: path.basename(p.file) }));
}

describe('loadKnowledge', () => {
  it('loads the shipped source with its citation facts and the aliases', async () => {
    const r = await loadKnowledge(SHIPPED_KNOWLEDGE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [source] = r.knowledge.sources;
    expect(source).toMatchObject({ id: 'mss-haiti-ruto-2024-09', publisher: 'K24 Digital', url: 'https://k24.digital/?p=177955', published: '2024-09-22', language: 'en' });
    expect(source!.title).toMatch(/headline not known/);
    expect(r.knowledge.aliases.some((g) => g.includes('MSS') && g.includes('Multinational Security Support'))).toBe(true);
  });

  it('keeps the source text verbatim', async () => {
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(path.resolve('test/fixtures/sources/mss-haiti-ruto-2024-09.txt'), 'utf8');
    const r = await loadKnowledge(SHIPPED_KNOWLEDGE);
    if (!r.ok) throw new Error('load failed');
    expect(r.knowledge.sources[0]!.body.trimEnd()).toBe(original.trimEnd());
  });

  it('reads a file with Windows line endings', async () => {
    const dir = await tempKnowledge({ 'a.md': sourceFile(BODY).replace(/\n/g, '\r\n') });
    const r = await loadKnowledge(dir);
    expect(r.ok && r.knowledge.sources[0]!.language).toBe('en');
  });

  it('reports a file without front matter at line 1', async () => {
    expect(await problemsOf({ 'a.md': 'Just text.\n' })).toEqual([{ file: 'a.md', line: 1, message: expect.stringMatching(/no front matter/) }]);
  });

  it('reports an unclosed front matter', async () => {
    expect(await problemsOf({ 'a.md': '---\nid: a\n' })).toEqual([{ file: 'a.md', line: 1, message: expect.stringMatching(/never closed/) }]);
  });

  it('reports invalid YAML at its line', async () => {
    const problems = await problemsOf({ 'a.md': '---\nid: a\ntitle: [unclosed\n---\nText.\n' });
    expect(problems[0]).toMatchObject({ file: 'a.md', line: 3, message: expect.stringMatching(/not valid YAML/) });
  });

  it('reports a missing field', async () => {
    const text = sourceFile(BODY).replace(/^publisher: .*\n/m, '');
    expect(await problemsOf({ 'a.md': text })).toEqual([{ file: 'a.md', line: 1, message: 'missing field "publisher" in the front matter' }]);
  });

  it('reports a bad date and a bad URL on their own lines, all at once', async () => {
    const problems = await problemsOf({ 'a.md': sourceFile(BODY, { url: 'ftp://example.org/x', published: '2024-02-30' }) });
    expect(problems).toEqual([
      { file: 'a.md', line: 5, message: expect.stringMatching(/"url" must be an http\(s\) URL/) },
      { file: 'a.md', line: 6, message: expect.stringMatching(/"published" must be a date written YYYY-MM-DD/) },
    ]);
  });

  it('reports an empty body at the line after the front matter', async () => {
    expect(await problemsOf({ 'a.md': sourceFile('\n\n') })).toEqual([{ file: 'a.md', line: 9, message: expect.stringMatching(/no text/) }]);
  });

  it('reports a file that is not UTF-8 text, with the line of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from(sourceFile('First line.\nSecond').trimEnd()), Buffer.from([0xff, 0xfe, 0x00, 0x41])]);
    expect(await problemsOf({ 'a.md': bytes })).toEqual([{ file: 'a.md', line: 10, message: expect.stringMatching(/not UTF-8 text/) }]);
  });

  it('reports a duplicate id, naming the file that has it first', async () => {
    const problems = await problemsOf({ 'a.md': sourceFile(BODY, { id: 'same' }), 'b.md': sourceFile(BODY, { id: 'same' }) });
    expect(problems).toEqual([{ file: 'b.md', line: 2, message: expect.stringMatching(/already used by a\.md/) }]);
  });

  it('returns every problem of every file together', async () => {
    const problems = await problemsOf({ 'a.md': 'no front matter', 'b.md': sourceFile(BODY, { id: 'Bad Id' }), 'aliases.yml': 'UN: [\n' });
    expect(problems.map((p) => p.file).sort()).toEqual(['a.md', 'aliases.yml', 'b.md']);
  });

  it('reports a bad alias entry at its line', async () => {
    const problems = await problemsOf({ 'a.md': sourceFile(BODY), 'aliases.yml': 'UN: United Nations\nMSS:\n' });
    expect(problems).toEqual([{ file: 'aliases.yml', line: 2, message: expect.stringMatching(/needs a term and a meaning/) }]);
  });

  it('skips hidden files, README and other extensions', async () => {
    const dir = await tempKnowledge({ 'a.md': sourceFile(BODY), '.gaps.json': '{', 'README.md': '# notes', 'image.png': 'x' });
    const r = await loadKnowledge(dir);
    expect(r.ok && r.knowledge.sources.map((s) => s.id)).toEqual(['test-source']);
  });

  it('reports a missing folder and an empty one', async () => {
    expect((await loadKnowledge('/nonexistent/knowledge')).ok).toBe(false);
    expect(await problemsOf({})).toEqual([expect.objectContaining({ line: 0, message: expect.stringMatching(/no source files/) })]);
  });
});
