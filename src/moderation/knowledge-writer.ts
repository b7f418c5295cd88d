/**
 * Writes to the knowledge folder on behalf of moderators: every write is atomic
 * (a temporary dot-file in the same folder, then a rename or a hard link), file
 * names come from validated source ids only, and nothing is deleted: removed
 * sources go to `.trash/`.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { ALIASES_FILE, parseAliases } from '../knowledge/aliases.js';
import { sourceMetaSchema } from '../knowledge/front-matter.js';
import { decodeUtf8 } from '../knowledge/loader.js';
import type { Aliases, Problem } from '../knowledge/types.js';

/** The folder, inside the knowledge folder, where removed sources are kept. */
export const TRASH_DIR = '.trash';

/** Why a write was refused; `message` is meant for the moderator. */
export class KnowledgeWriteError extends Error {
  constructor(
    readonly code: 'bad-id' | 'exists' | 'not-found' | 'invalid' | 'unchanged',
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'KnowledgeWriteError';
  }
}

/** Checks a source id exactly as the front matter schema does; throws a {@link KnowledgeWriteError} otherwise. */
export function assertValidId(id: string): void {
  const parsed = sourceMetaSchema.shape.id.safeParse(id);
  if (!parsed.success) {
    throw new KnowledgeWriteError('bad-id', `"${id.slice(0, 100)}" is not a valid source id: it ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  }
}

/**
 * The file a source with this id is written to: `<dir>/<id>.md`. The id is
 * validated first (lower-case letters, digits, single hyphens), so the name can
 * never hold a separator or `..`; the resolved path is checked to sit directly
 * in `dir` all the same.
 */
export function sourcePath(dir: string, id: string): string {
  assertValidId(id);
  const root = path.resolve(dir);
  const file = path.resolve(root, `${id}.md`);
  if (path.dirname(file) !== root) throw new KnowledgeWriteError('bad-id', `"${id}" would escape the knowledge folder`);
  return file;
}

function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeTemp(file: string, data: Uint8Array | string): Promise<string> {
  const tmp = tempNameFor(file);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  return tmp;
}

/**
 * Writes a file atomically: readers see the old content or the new, never a
 * part. With `exclusive`, refuses (code `exists`) when the file is already
 * there, without a window in which another writer could slip in (hard link).
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, { exclusive = false } = {}): Promise<void> {
  const tmp = await writeTemp(file, data);
  try {
    if (exclusive) await moveNoClobber(tmp, file);
    else await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/**
 * Renames `from` to `to` unless `to` exists (code `exists`). A hard link then an
 * unlink is atomic and never overwrites; where hard links are not supported,
 * falls back to a check and a rename.
 */
async function moveNoClobber(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new KnowledgeWriteError('exists', `${path.basename(to)} already exists`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
    if (await exists(to)) throw new KnowledgeWriteError('exists', `${path.basename(to)} already exists`);
    await rename(from, to);
    return;
  }
  await unlink(from);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a new source as `<dir>/<id>.md`, atomically; refuses to replace a file. Returns its path. */
export async function addSourceFile(dir: string, id: string, bytes: Uint8Array | string): Promise<string> {
  const file = sourcePath(dir, id);
  await writeFileAtomic(file, bytes, { exclusive: true });
  return file;
}

/** Removes a file written by {@link addSourceFile}, to undo an add whose refresh failed. */
export async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

/** A source in the trash. */
export interface TrashEntry {
  id: string;
  /** Full path of the trashed file. */
  file: string;
  removedAt: Date;
}

const TRASH_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{8}T\d{9}Z)\.md$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

/**
 * Moves a source file into `<dir>/.trash/<id>-<timestamp>.md` (a rename: the
 * bytes are kept as they were). Returns the trashed file's path.
 */
export async function trashSource(dir: string, file: string, id: string, now: Date = new Date()): Promise<string> {
  assertValidId(id);
  const root = path.resolve(dir);
  const from = path.resolve(file);
  if (path.dirname(from) !== root) throw new KnowledgeWriteError('not-found', `${path.basename(file)} is not in the knowledge folder`);
  const trash = path.join(root, TRASH_DIR);
  await mkdir(trash, { recursive: true });
  // Two removals within the same millisecond get distinct names.
  for (let ms = now.getTime(); ; ms++) {
    const target = path.join(trash, `${id}-${stampOf(new Date(ms))}.md`);
    try {
      await moveNoClobber(from, target);
      return target;
    } catch (err) {
      if (!(err instanceof KnowledgeWriteError && err.code === 'exists')) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new KnowledgeWriteError('not-found', `${path.basename(file)} is no longer in the knowledge folder`);
        throw err;
      }
    }
  }
}

/** The trashed sources, newest first. */
export async function listTrash(dir: string): Promise<TrashEntry[]> {
  const trash = path.join(path.resolve(dir), TRASH_DIR);
  let names: string[];
  try {
    names = await readdir(trash);
  } catch {
    return [];
  }
  const entries: TrashEntry[] = [];
  for (const name of names) {
    const m = TRASH_NAME.exec(name);
    if (!m) continue;
    entries.push({ id: m[1]!, file: path.join(trash, name), removedAt: dateOfStamp(m[2]!) });
  }
  return entries.sort((a, b) => b.removedAt.getTime() - a.removedAt.getTime() || b.file.localeCompare(a.file));
}

/**
 * Moves the newest trashed copy of a source back to `<dir>/<id>.md`; refuses
 * when nothing of that id is in the trash or the target exists. Returns both paths.
 */
export async function restoreFromTrash(dir: string, id: string): Promise<{ file: string; from: string }> {
  const file = sourcePath(dir, id);
  const entry = (await listTrash(dir)).find((e) => e.id === id);
  if (!entry) throw new KnowledgeWriteError('not-found', `there is no source "${id}" in the trash`);
  await moveNoClobber(entry.file, file);
  return { file, from: entry.file };
}

/** Moves a file back where it came from (undoing a trash or a restore). */
export async function moveBack(from: string, to: string): Promise<void> {
  await moveNoClobber(from, to);
}

// ---------------------------------------------------------------------------
// Aliases

const ALIASES_HEADER =
  '# Domain aliases: each key is a term; its value is what it means (one phrase or a list).\n' +
  '# Matching ignores case. Moderators may edit this file (or use /kb alias).\n';

/** The aliases file's text, or `null` when there is none. */
export async function readAliasesText(dir: string): Promise<string | null> {
  const file = path.join(dir, ALIASES_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) throw new KnowledgeWriteError('invalid', 'the aliases file is not UTF-8 text: fix it first', [decoded.problem]);
  return decoded.text;
}

type AliasEdit = { text: string; aliases: Aliases };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function loadAliasDoc(file: string, text: string | null): Document {
  if (text !== null) {
    const check = parseAliases(file, text);
    if (check.problems.length > 0) {
      throw new KnowledgeWriteError('invalid', 'the aliases file has problems: fix them first', check.problems);
    }
  }
  const doc: Document = parseDocument(text ?? ALIASES_HEADER);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    doc.contents = doc.createNode({}) as YAMLMap;
  }
  if (!isMap(doc.contents)) throw new KnowledgeWriteError('invalid', 'the aliases file must be a list of "term: meaning" lines');
  return doc;
}

function finish(file: string, doc: Document): AliasEdit {
  const text = doc.toString({ lineWidth: 0 });
  const parsed = parseAliases(file, text);
  if (parsed.problems.length > 0) throw new KnowledgeWriteError('invalid', 'that alias is not valid', parsed.problems);
  return { text, aliases: parsed.aliases };
}

function pairFor(map: YAMLMap, term: string) {
  return map.items.find((p) => isScalar(p.key) && same(String(p.key.value ?? ''), term));
}

function meaningsOf(value: unknown): string[] {
  if (isSeq(value)) return value.items.map((v) => (isScalar(v) ? String(v.value ?? '') : ''));
  if (isScalar(value)) return [String(value.value ?? '')];
  return [];
}

/**
 * Adds `term: means` to the aliases text (the file's comments and layout are
 * kept). An existing term (any case) gets the meaning appended to its list.
 * Validates the result as the loader does. Throws `unchanged` when the alias is already there.
 */
export function addAlias(file: string, text: string | null, term: string, means: string): AliasEdit {
  term = term.trim();
  means = means.trim();
  const doc = loadAliasDoc(file, text);
  const map = doc.contents as YAMLMap;
  const pair = pairFor(map, term);
  if (!pair) {
    map.items.push(doc.createPair(term, means) as (typeof map.items)[number]);
  } else {
    const meanings = meaningsOf(pair.value);
    if (meanings.some((m) => same(m, means))) throw new KnowledgeWriteError('unchanged', `"${term}" already means "${means}"`);
    if (isSeq(pair.value)) {
      (pair.value as YAMLSeq).items.push(doc.createNode(means));
    } else {
      const seq = doc.createNode([...meanings, means]) as YAMLSeq;
      seq.flow = true;
      const old = pair.value as Scalar | null;
      if (old && isScalar(old) && old.comment) seq.comment = old.comment;
      pair.value = seq;
    }
  }
  return finish(file, doc);
}

/**
 * Removes the meaning `means` from `term` (the term goes when it has no meaning
 * left). Throws `not-found` when there is no such alias.
 */
export function removeAlias(file: string, text: string | null, term: string, means: string): AliasEdit {
  term = term.trim();
  means = means.trim();
  if (text === null) throw new KnowledgeWriteError('not-found', 'there is no aliases file');
  const doc = loadAliasDoc(file, text);
  const map = doc.contents as YAMLMap;
  const pair = pairFor(map, term);
  const meanings = pair ? meaningsOf(pair.value) : [];
  if (!pair || !meanings.some((m) => same(m, means))) {
    throw new KnowledgeWriteError('not-found', `there is no alias "${term}" meaning "${means}"`);
  }
  const left = meanings.filter((m) => !same(m, means));
  if (left.length === 0) {
    map.items.splice(map.items.indexOf(pair), 1);
  } else if (isSeq(pair.value)) {
    const seq = pair.value as YAMLSeq;
    seq.items = seq.items.filter((v) => !(isScalar(v) && same(String(v.value ?? ''), means)));
    if (seq.items.length === 1) {
      const only = seq.items[0];
      pair.value = isScalar(only) ? only : doc.createNode(left[0]);
    }
  }
  return finish(file, doc);
}

/** Writes the aliases file atomically. */
export async function writeAliases(dir: string, text: string): Promise<void> {
  await writeFileAtomic(path.join(dir, ALIASES_FILE), text);
}

/** Restores the aliases file to `text` (null: there was none). */
export async function restoreAliases(dir: string, text: string | null): Promise<void> {
  if (text === null) await removeFile(path.join(dir, ALIASES_FILE));
  else await writeAliases(dir, text);
}

// ---------------------------------------------------------------------------
// Serialising writers

const locks = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` when no other moderation write to the same folder is running, so
 * that a write, its refresh and its undo are never interleaved with another's.
 */
export function withKnowledgeLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(fn);
  const tail = run.catch(() => {});
  locks.set(key, tail);
  void tail.then(() => {
    if (locks.get(key) === tail) locks.delete(key);
  });
  return run;
}
