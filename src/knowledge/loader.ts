import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ALIASES_FILE, parseAliases } from './aliases.js';
import { parseFrontMatter } from './front-matter.js';
import type { Aliases, Knowledge, Problem, Source } from './types.js';

/** Source files are Markdown (`.md`) or plain text (`.txt`) with front matter. */
export const SOURCE_EXTENSIONS = ['.md', '.txt'];

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; problems: Problem[] };

/**
 * Loads every source and the aliases file from a knowledge folder. Files whose
 * names start with a dot (the trash, caches) and README files are skipped.
 * Returns all problems at once, each with its file and line; never throws for
 * bad content.
 */
export async function loadKnowledge(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    return { ok: false, problems: [{ file: dir, line: 0, message: `cannot read the knowledge folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }] };
  }
  const problems: Problem[] = [];
  const sources: Source[] = [];
  let aliases: Aliases = [];
  const idFiles = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const isSource = SOURCE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^readme\./i.test(name);
    if (!isSource && name !== ALIASES_FILE) continue;
    const bytes = await readFile(file);
    const decoded = decodeUtf8(file, bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    if (name === ALIASES_FILE) {
      const parsed = parseAliases(file, decoded.text);
      aliases = parsed.aliases;
      problems.push(...parsed.problems);
      continue;
    }
    const result = parseSource(file, bytes, decoded.text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const clash = idFiles.get(result.source.id);
    if (clash !== undefined) {
      problems.push({ file, line: 2, message: `id "${result.source.id}" is already used by ${path.basename(clash)}: give this source another id` });
      continue;
    }
    idFiles.set(result.source.id, file);
    sources.push(result.source);
  }
  if (sources.length === 0 && problems.length === 0) {
    problems.push({ file: dir, line: 0, message: 'the knowledge folder has no source files (*.md with front matter)' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, knowledge: { sources, aliases } };
}

/** Parses one source file's bytes; the same checks the loader makes, for one file. */
export function parseSource(file: string, bytes: Uint8Array, text?: string): { ok: true; source: Source } | { ok: false; problems: Problem[] } {
  if (text === undefined) {
    const decoded = decodeUtf8(file, bytes);
    if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
    text = decoded.text;
  }
  const fm = parseFrontMatter(file, text);
  if (!fm.ok) return fm;
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, source: { ...fm.meta, file, body: fm.body, bodyLine: fm.bodyLine, hash } };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes strict UTF-8 text; binary data is refused with the line of the first bad byte. */
export function decodeUtf8(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: Problem } {
  const nul = bytes.indexOf(0);
  try {
    if (nul >= 0) throw new Error('NUL byte');
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = nul >= 0 ? nul : firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, problem: { file, line, message: 'the file is not UTF-8 text (binary data or another encoding): save it as UTF-8 plain text' } };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      utf8.decode(bytes.subarray(0, i + 1));
    } catch {
      // A multi-byte sequence cut short also throws: only a byte that no
      // continuation can fix is the bad one.
      try {
        utf8.decode(bytes.subarray(0, Math.min(bytes.length, i + 4)));
      } catch {
        return i;
      }
    }
  }
  return 0;
}
