import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/knowledge/aliases.js';
import {
  KnowledgeWriteError,
  TRASH_DIR,
  addAlias,
  addSourceFile,
  listTrash,
  removeAlias,
  restoreFromTrash,
  sourcePath,
  trashSource,
  withKnowledgeLock,
  writeFileAtomic,
} from '../../src/moderation/knowledge-writer.js';
import { cleanupTempDirs, sourceText, tempDir } from './helpers.js';

afterEach(cleanupTempDirs);

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof KnowledgeWriteError ? err.code : `other: ${String(err)}`;
  }
  return undefined;
};

describe('sourcePath', () => {
  it('derives the file name from the id only, inside the folder', async () => {
    const dir = await tempDir();
    expect(sourcePath(dir, 'un-report-2024-10')).toBe(path.join(path.resolve(dir), 'un-report-2024-10.md'));
  });

  it.each(['../escape', '..', '../../etc/passwd', 'a/b', 'a\\b', '/abs', 'Upper', 'two--hyphens', '', '.hidden', 'x'.repeat(81), 'id.md', 'évian'])(
    'refuses the id %j',
    async (id) => {
      const dir = await tempDir();
      expect(codeOf(() => sourcePath(dir, id))).toBe('bad-id');
    },
  );
});

describe('writeFileAtomic / addSourceFile', () => {
  it('writes the content and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.md');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('exclusive: refuses to replace an existing file and keeps it intact', async () => {
    const dir = await tempDir({ 'taken.md': 'original' });
    await expect(addSourceFile(dir, 'taken', 'new content')).rejects.toMatchObject({ code: 'exists' });
    expect(await readFile(path.join(dir, 'taken.md'), 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['taken.md']);
  });

  it('two concurrent adds of the same id: exactly one wins, the file holds one whole version', async () => {
    const dir = await tempDir();
    const a = 'A'.repeat(200_000);
    const b = 'B'.repeat(200_000);
    const results = await Promise.allSettled([addSourceFile(dir, 'same', a), addSourceFile(dir, 'same', b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const content = await readFile(path.join(dir, 'same.md'), 'utf8');
    expect(content === a || content === b).toBe(true);
    expect(await readdir(dir)).toEqual(['same.md']);
  });

  it('names the file `${id}.md` and refuses an id trying `../`', async () => {
    const dir = await tempDir();
    expect(path.basename(await addSourceFile(dir, 'fine-id', 'x'))).toBe('fine-id.md');
    await expect(addSourceFile(dir, '../outside', 'x')).rejects.toMatchObject({ code: 'bad-id' });
    expect(await readdir(path.dirname(dir))).not.toContain('outside.md');
    expect(await readdir(dir)).toEqual(['fine-id.md']);
  });
});

describe('trash and restore', () => {
  it('moves a source to .trash/<id>-<timestamp>.md byte for byte, and back', async () => {
    const bytes = Buffer.from(sourceText('Body\r\nwith CRLF and ünïcode', { id: 'doc-1' }));
    const dir = await tempDir({ 'whatever-name.md': bytes });
    const trashed = await trashSource(dir, path.join(dir, 'whatever-name.md'), 'doc-1', new Date('2024-10-05T12:34:56.789Z'));
    expect(path.relative(dir, trashed)).toBe(path.join(TRASH_DIR, 'doc-1-20241005T123456789Z.md'));
    expect(await readdir(dir)).toEqual([TRASH_DIR]);
    expect(await readFile(trashed)).toEqual(bytes);
    expect(await listTrash(dir)).toEqual([{ id: 'doc-1', file: trashed, removedAt: new Date('2024-10-05T12:34:56.789Z') }]);

    const restored = await restoreFromTrash(dir, 'doc-1');
    expect(restored.file).toBe(path.join(path.resolve(dir), 'doc-1.md'));
    expect(await readFile(restored.file)).toEqual(bytes);
    expect(await listTrash(dir)).toEqual([]);
  });

  it('keeps every removal (same millisecond too) and restores the newest', async () => {
    const dir = await tempDir();
    const at = new Date('2024-10-05T00:00:00.000Z');
    for (const version of ['v1', 'v2', 'v3']) {
      await writeFile(path.join(dir, 'doc.md'), version);
      await trashSource(dir, path.join(dir, 'doc.md'), 'doc', version === 'v3' ? new Date(at.getTime() + 60_000) : at);
    }
    const trash = await listTrash(dir);
    expect(trash).toHaveLength(3);
    expect(new Set(trash.map((t) => t.file)).size).toBe(3);
    const { file } = await restoreFromTrash(dir, 'doc');
    expect(await readFile(file, 'utf8')).toBe('v3');
    expect(await listTrash(dir)).toHaveLength(2);
  });

  it('refuses to restore over an existing file, or an id not in the trash', async () => {
    const dir = await tempDir({ 'doc.md': 'old' });
    await trashSource(dir, path.join(dir, 'doc.md'), 'doc');
    await writeFile(path.join(dir, 'doc.md'), 'new');
    await expect(restoreFromTrash(dir, 'doc')).rejects.toMatchObject({ code: 'exists' });
    expect(await readFile(path.join(dir, 'doc.md'), 'utf8')).toBe('new');
    expect(await listTrash(dir)).toHaveLength(1);
    await expect(restoreFromTrash(dir, 'nothing-here')).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreFromTrash(dir, '../doc')).rejects.toMatchObject({ code: 'bad-id' });
  });

  it('refuses to trash a file outside the folder', async () => {
    const dir = await tempDir();
    const other = await tempDir({ 'x.md': 'x' });
    await expect(trashSource(dir, path.join(other, 'x.md'), 'x')).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(other)).toEqual(['x.md']);
  });
});

describe('aliases', () => {
  const file = 'aliases.yml';
  const text = '# Header comment\nMSS: Multinational Security Support # inline\n\n# Before UN\nUN: United Nations\n';

  it('adds a new term and keeps the comments', () => {
    const out = addAlias(file, text, 'WSR', 'William Samoei Ruto');
    expect(out.text).toContain('# Header comment');
    expect(out.text).toContain('# inline');
    expect(out.text).toContain('# Before UN');
    expect(out.aliases).toContainEqual(['WSR', 'William Samoei Ruto']);
    expect(parseAliases(file, out.text).problems).toEqual([]);
  });

  it('adds a meaning to an existing term (any case), refusing a duplicate', () => {
    const out = addAlias(file, text, 'un', 'U.N. organisation');
    expect(out.aliases).toContainEqual(['UN', 'United Nations', 'U.N. organisation']);
    expect(codeOf(() => addAlias(file, out.text, 'UN', 'united nations'))).toBe('unchanged');
  });

  it('removes one meaning, then the term', () => {
    const two = addAlias(file, text, 'UN', 'UNO').text;
    const one = removeAlias(file, two, 'UN', 'UNO');
    expect(one.aliases).toContainEqual(['UN', 'United Nations']);
    const none = removeAlias(file, one.text, 'un', 'United Nations');
    expect(none.aliases.map((a) => a[0])).toEqual(['MSS']);
    expect(none.text).toContain('# Header comment');
    expect(codeOf(() => removeAlias(file, none.text, 'UN', 'United Nations'))).toBe('not-found');
  });

  it('validates like the loader: a term without letters or an over-long meaning is refused', () => {
    expect(codeOf(() => addAlias(file, text, '!!!', 'something'))).toBe('invalid');
    expect(codeOf(() => addAlias(file, text, 'X', 'y'.repeat(101)))).toBe('invalid');
  });

  it('keeps YAML-special characters as data', () => {
    const out = addAlias(file, text, 'C: D', 'E # not a comment');
    expect(out.aliases).toContainEqual(['C: D', 'E # not a comment']);
  });

  it('refuses to edit a file that already has problems', () => {
    expect(codeOf(() => addAlias(file, 'MSS: [unclosed', 'A', 'b'))).toBe('invalid');
  });

  it('creates the file when there is none', () => {
    const out = addAlias(file, null, 'MSS', 'Multinational Security Support');
    expect(out.aliases).toEqual([['MSS', 'Multinational Security Support']]);
    expect(out.text.startsWith('#')).toBe(true);
  });
});

describe('withKnowledgeLock', () => {
  it('runs writers to the same folder one at a time, even when one fails', async () => {
    const order: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      withKnowledgeLock('/tmp/some-kb', async () => {
        order.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        order.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a', 30, true), step('b', 5), step('c', 1)]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });
});
