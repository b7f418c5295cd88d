/**
 * The moderators' changes without Discord: a real KnowledgeBase on a temp copy
 * of knowledge/, attachments served from loopback.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { addSource, editAlias, refreshKnowledge, removeSource, restoreSource, trashedSources, type UploadLimits } from '../../src/moderation/actions.js';
import { cleanupTempDirs, fileServer, sourceText, tempDir, type FileServer } from './helpers.js';

const SHIPPED_ID = 'mss-haiti-ruto-2024-09';
const NEW_BODY = 'The Haitian Transitional Presidential Council appointed Garry Conille as Prime Minister on May 28, 2024.\n\nConille had worked for UNICEF before.\n';
const files = new Map<string, { body: Buffer; type: string }>();
let server: FileServer;
let limits: UploadLimits;

beforeAll(async () => {
  server = await fileServer((req, res) => {
    const f = files.get(req.url ?? '');
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': f.type }).end(f.body);
  });
  limits = { allowedHosts: ['cdn.discordapp.com', server.host], maxBytes: 10_000 };
});
afterAll(() => server.close());
afterEach(cleanupTempDirs);

function host(name: string, content: string | Buffer, type = 'text/markdown; charset=utf-8') {
  const body = typeof content === 'string' ? Buffer.from(content) : content;
  files.set(`/${name}`, { body, type });
  return { url: server.url(`/${name}`), name, size: body.byteLength, contentType: type };
}

async function setup(extra: Record<string, string> = {}) {
  const dir = await tempDir(extra, { shipped: true });
  const kb = await KnowledgeBase.open(dir, { synonyms: false });
  return { dir, kb, listing: async () => (await readdir(dir)).filter((n) => n !== '.cache').sort() }; // the engine may keep a cache in .cache/
}

describe('refreshKnowledge', () => {
  it('reports added and changed sources, passage counts and time', async () => {
    const { dir, kb } = await setup();
    const before = kb.engine.passages.length;
    await writeFile(path.join(dir, 'extra.md'), sourceText(NEW_BODY, { id: 'extra' }));
    const shipped = path.join(dir, `${SHIPPED_ID}.md`);
    await writeFile(shipped, `${await readFile(shipped, 'utf8')}\nA new closing paragraph.\n`);
    const out = await refreshKnowledge(kb);
    expect(out.ok).toBe(true);
    expect(out.details).toMatchObject({ added: ['extra'], changed: [SHIPPED_ID], removed: [], passagesBefore: before, aliasesChanged: false });
    expect(out.reply).toContain('Sources added (1): `extra`');
    expect(out.reply).toContain(`Sources changed (1): \`${SHIPPED_ID}\``);
    expect(out.reply).toMatch(new RegExp(`Passages: ${before} → ${before + 3}`));
    expect(out.reply).toMatch(/Took \d+ ms/);
  });

  it('lists each problem with its file and line and keeps the live index', async () => {
    const { dir, kb } = await setup();
    const engine = kb.engine;
    await writeFile(path.join(dir, 'broken.md'), '---\nid: broken\ntitle: T\npublisher: P\nurl: https://e.org\npublished: 22/09/2024\nlanguage: en\n---\nBody\n');
    await writeFile(path.join(dir, 'aliases.yml'), 'MSS: Multinational Security Support\nbad: [unclosed\n');
    const out = await refreshKnowledge(kb);
    expect(out.ok).toBe(false);
    expect(out.reply).toMatch(/2 problems, so nothing was swapped in/);
    expect(out.reply).toMatch(/• `broken\.md` line 6: field "published"/);
    expect(out.reply).toMatch(/• `aliases\.yml` line \d+: the aliases file is not valid YAML/);
    expect(kb.engine).toBe(engine);
  });
});

describe('addSource', () => {
  it('adds a source from an uploaded file with the options as its citation', async () => {
    const { dir, kb, listing } = await setup();
    expect(kb.engine.ask('Who was appointed Prime Minister in May 2024?').answered).toBe(false);
    const out = await addSource(kb, host('conille.txt', NEW_BODY, 'text/plain'), { id: 'conille-pm-2024-05', title: 'Conille named PM', publisher: 'Le Nouvelliste', url: 'https://lenouvelliste.com/x', published: '2024-05-29' }, limits);
    expect(out.ok, out.reply).toBe(true);
    expect(out.reply).toContain('✅ Added `conille-pm-2024-05`');
    expect(out.reply).toContain('2 passages');
    expect(out.reply).toContain('> The Haitian Transitional Presidential Council appointed Garry Conille');
    expect(out.reply).toContain('language "en" by default');
    expect(await listing()).toEqual(['aliases.yml', 'conille-pm-2024-05.md', `${SHIPPED_ID}.md`]);
    const stored = await readFile(path.join(dir, 'conille-pm-2024-05.md'), 'utf8');
    expect(stored).toMatch(/^---\nid: conille-pm-2024-05\n/);
    expect(stored.endsWith(NEW_BODY)).toBe(true);
    const answer = kb.engine.ask('Who was appointed Prime Minister in May 2024?');
    expect(answer.answered).toBe(true);
    expect(answer.citation?.sourceId).toBe('conille-pm-2024-05');
  });

  it.each([
    ['too big (declared)', () => ({ ...host('big.md', 'x'), size: 10_001 }), {}, /larger than the 10 kB allowed/],
    ['too big (actual bytes, size lied)', () => ({ ...host('big2.md', sourceText('y'.repeat(20_000), { id: 'big' })), size: 100 }), {}, /larger than the 10 kB allowed/],
    ['binary', () => host('logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'text/plain'), {}, /not UTF-8 text/],
    ['an image type', () => host('logo.png', 'x', 'image/png'), {}, /does not look like Markdown or plain text/],
    ['bad front matter', () => host('bad.md', '---\nid: bad-one\ntitle: T\npublisher: P\nurl: ftp://x\npublished: 2024-10-01\n---\nBody\n'), {}, /`bad\.md` line 5: field "url"/],
    ['no citation at all', () => host('bare.md', 'Just text.\n'), {}, /missing field "id"/],
    ['a duplicate id', () => host('dup.md', sourceText('Other text.', { id: SHIPPED_ID })), {}, /id `mss-haiti-ruto-2024-09` is already loaded/],
    ['a host outside the allow-list', () => ({ ...host('elsewhere.md', sourceText('x', { id: 'elsewhere' })), url: 'https://evil.example/elsewhere.md' }), {}, /only downloaded from cdn\.discordapp\.com/],
    ['an id trying ../', () => host('escape.md', 'Body.\n'), { id: '../../escape', title: 'T', publisher: 'P', url: 'https://e.org', published: '2024-10-01' }, /field "id" must be lower-case/],
  ] as const)('refuses %s and leaves the folder and index as they were', async (_what, upload, options, message) => {
    const { kb, listing } = await setup();
    const before = await listing();
    const engine = kb.engine;
    const out = await addSource(kb, upload(), options, limits);
    expect(out.ok).toBe(false);
    expect(out.reply).toMatch(message);
    expect(await listing()).toEqual(before);
    expect(kb.engine).toBe(engine);
  });

  it('removes the new file again when the refresh fails (another file is broken)', async () => {
    const { dir, kb, listing } = await setup();
    await writeFile(path.join(dir, 'broken.md'), 'no front matter');
    const before = await listing();
    const engine = kb.engine;
    const out = await addSource(kb, host('fine.md', sourceText(NEW_BODY, { id: 'fine' })), {}, limits);
    expect(out.ok).toBe(false);
    expect(out.reply).toMatch(/the folder is as it was/);
    expect(out.reply).toMatch(/`broken\.md` line 1: no front matter/);
    expect(await listing()).toEqual(before);
    expect(kb.engine).toBe(engine);
  });

  it('undoes the write when the refresh itself throws', async () => {
    const { kb, listing } = await setup();
    const before = await listing();
    const spy = vi.spyOn(kb, 'refresh').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(addSource(kb, host('boom.md', sourceText(NEW_BODY, { id: 'boom' })), {}, limits)).rejects.toThrow('disk on fire');
    expect(await listing()).toEqual(before);
    spy.mockRestore();
  });

  it('two concurrent adds of the same id: one is added, the other refused', async () => {
    const { kb } = await setup();
    const [a, b] = await Promise.all([
      addSource(kb, host('a.md', sourceText('Version A.', { id: 'same-id' })), {}, limits),
      addSource(kb, host('b.md', sourceText('Version B.', { id: 'same-id' })), {}, limits),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(kb.knowledge.sources.filter((s) => s.id === 'same-id')).toHaveLength(1);
  });
});

describe('removeSource / restoreSource', () => {
  it('moves a source to the trash and back', async () => {
    const { dir, kb, listing } = await setup({ 'extra.md': sourceText(NEW_BODY, { id: 'extra' }) });
    const bytes = await readFile(path.join(dir, 'extra.md'));
    const removed = await removeSource(kb, 'extra');
    expect(removed.ok, removed.reply).toBe(true);
    expect(removed.reply).toContain('/kb restore source:extra');
    expect(kb.knowledge.sources.map((s) => s.id)).toEqual([SHIPPED_ID]);
    expect(await listing()).toEqual(['.trash', 'aliases.yml', `${SHIPPED_ID}.md`]);
    expect((await trashedSources(kb)).map((t) => t.id)).toEqual(['extra']);

    const restored = await restoreSource(kb, 'extra');
    expect(restored.ok, restored.reply).toBe(true);
    expect(restored.reply).toMatch(/Restored `extra`.*2 passages/);
    expect(await readFile(path.join(dir, 'extra.md'))).toEqual(bytes);
    expect(kb.knowledge.sources.map((s) => s.id).sort()).toEqual(['extra', SHIPPED_ID]);
    expect(await trashedSources(kb)).toEqual([]);
  });

  it('refuses to remove the last source (the folder would be empty) and puts it back', async () => {
    const { kb, listing } = await setup();
    const out = await removeSource(kb, SHIPPED_ID);
    expect(out.ok).toBe(false);
    expect(out.reply).toMatch(/no source files/);
    expect(await listing()).toEqual(['.trash', 'aliases.yml', `${SHIPPED_ID}.md`]);
    expect(kb.knowledge.sources).toHaveLength(1);
  });

  it('refuses unknown ids', async () => {
    const { kb } = await setup();
    expect((await removeSource(kb, 'nope')).reply).toMatch(/no source `nope`/);
    expect((await restoreSource(kb, 'nope')).reply).toMatch(/no source "nope" in the trash/);
    expect((await restoreSource(kb, '../x')).ok).toBe(false);
    expect((await restoreSource(kb, SHIPPED_ID)).reply).toMatch(/already in the knowledge base/);
  });
});

describe('editAlias', () => {
  it('alias add makes a question answerable that was not; remove undoes it', async () => {
    const { dir, kb } = await setup();
    // The date under the post is when he wrote it; with the alias, WSR is its signer.
    const question = 'On which date did WSR write his post?';
    expect(kb.engine.ask(question).answered).toBe(false);
    const added = await editAlias(kb, 'add', 'WSR', 'William Samoei Ruto');
    expect(added.ok, added.reply).toBe(true);
    expect(kb.engine.ask(question).answered).toBe(true);
    const text = await readFile(path.join(dir, 'aliases.yml'), 'utf8');
    expect(text).toContain('# Domain aliases');
    expect(text).toContain('WSR: William Samoei Ruto');

    const removed = await editAlias(kb, 'remove', 'wsr', 'william samoei ruto');
    expect(removed.ok, removed.reply).toBe(true);
    expect(kb.engine.ask(question).answered).toBe(false);
  });

  it('refuses an invalid alias and leaves the file as it was', async () => {
    const { dir, kb } = await setup();
    const before = await readFile(path.join(dir, 'aliases.yml'), 'utf8');
    const out = await editAlias(kb, 'add', '???', 'something');
    expect(out.ok).toBe(false);
    expect(out.reply).toMatch(/plain words/);
    expect(await readFile(path.join(dir, 'aliases.yml'), 'utf8')).toBe(before);
  });

  it('puts the aliases file back when the refresh fails', async () => {
    const { dir, kb } = await setup();
    await writeFile(path.join(dir, 'broken.md'), 'no front matter');
    const before = await readFile(path.join(dir, 'aliases.yml'), 'utf8');
    const out = await editAlias(kb, 'add', 'WSR', 'William Samoei Ruto');
    expect(out.ok).toBe(false);
    expect(await readFile(path.join(dir, 'aliases.yml'), 'utf8')).toBe(before);
  });
});
