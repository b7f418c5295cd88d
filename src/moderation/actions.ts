/**
 * The moderators' changes to the knowledge base, without Discord: each one
 * validates, writes atomically, refreshes, and undoes its write when the
 * refresh fails, so a failed change leaves the folder and the live index as
 * they were. Each returns an {@link Outcome}: the reply for the moderator, a
 * one-line summary for the log channel and fields for the structured log.
 */
import path from 'node:path';
import { ALIASES_FILE } from '../knowledge/aliases.js';
import type { KnowledgeBase, RefreshReport } from '../knowledge-base.js';
import type { Problem } from '../knowledge/types.js';
import { AttachmentError, fetchTextAttachment, formatBytes, looksLikeText } from './attachment.js';
import {
  KnowledgeWriteError,
  addAlias,
  addSourceFile,
  listTrash,
  moveBack,
  readAliasesText,
  removeAlias,
  removeFile,
  restoreAliases,
  restoreFromTrash,
  trashSource,
  withKnowledgeLock,
  writeAliases,
} from './knowledge-writer.js';
import { clip, code, escapeText, failedHeader, fit, problemLines, refreshLines, refreshReply, refreshSummary } from './messages.js';
import { refreshAfterWrite } from './refresh.js';
import { composeSource, type CitationOptions } from './source-upload.js';

export interface Outcome {
  ok: boolean;
  /** The reply to the moderator. */
  reply: string;
  /** One line for the log channel (after "<who> "). */
  summary: string;
  /** Fields for the structured log. */
  details: Record<string, unknown>;
}

function refused(reply: string, summary: string, details: Record<string, unknown> = {}): Outcome {
  return { ok: false, reply: fit([`❌ ${reply}`]), summary, details };
}

function refusedWithProblems(header: string, problems: readonly Problem[], summary: string, details: Record<string, unknown> = {}): Outcome {
  return { ok: false, reply: fit([header, ...problemLines(problems)]), summary, details: { ...details, problems: problemDetails(problems) } };
}

function problemDetails(problems: readonly Problem[]) {
  return problems.map((p) => ({ file: path.basename(p.file), line: p.line, message: p.message }));
}

function failedRefresh(report: Extract<RefreshReport, { ok: false }>, what: string, summary: string, details: Record<string, unknown>): Outcome {
  return refusedWithProblems(failedHeader(report.problems.length, what), report.problems, summary, { ...details, ms: report.ms });
}

function reportDetails(report: Extract<RefreshReport, { ok: true }>): Record<string, unknown> {
  const { ok: _ok, ...rest } = report;
  return rest;
}

/**
 * Refreshes after a write so the report reflects it; should the refresh throw
 * (not a folder problem: those come back in the report), undoes the write first.
 */
async function refreshOrUndo(kb: KnowledgeBase, undo: () => Promise<void>): Promise<RefreshReport> {
  try {
    return await refreshAfterWrite(kb);
  } catch (err) {
    await undo().catch(() => {});
    throw err;
  }
}

// ---------------------------------------------------------------------------

/** `/kb refresh`. */
export async function refreshKnowledge(kb: KnowledgeBase): Promise<Outcome> {
  const report = await withKnowledgeLock(kb.dir, () => refreshAfterWrite(kb));
  if (!report.ok) {
    return { ok: false, reply: refreshReply(report), summary: refreshSummary(report), details: { ms: report.ms, problems: problemDetails(report.problems) } };
  }
  return { ok: true, reply: refreshReply(report), summary: refreshSummary(report), details: reportDetails(report) };
}

/** An uploaded file as Discord describes it. */
export interface UploadedFile {
  url: string;
  name: string;
  size?: number | null | undefined;
  contentType?: string | null | undefined;
}

export interface UploadLimits {
  allowedHosts: readonly string[];
  maxBytes: number;
}

/** `/kb add`: a new source from an uploaded file. */
export async function addSource(kb: KnowledgeBase, upload: UploadedFile, options: CitationOptions, limits: UploadLimits): Promise<Outcome> {
  const name = path.basename(upload.name || 'upload.md');
  const shown = code(name);
  const base = { file: name, declaredSize: upload.size ?? null };
  if (!looksLikeText(name, upload.contentType)) {
    return refused(
      `${shown} does not look like Markdown or plain text (${escapeText(upload.contentType ?? 'unknown type')}): upload a .md or .txt file.`,
      `add refused: ${shown} is not text`,
      { ...base, reason: 'not-text', contentType: upload.contentType },
    );
  }
  let text: string;
  try {
    ({ text } = await fetchTextAttachment(upload.url, { ...limits, declaredSize: upload.size, name }));
  } catch (err) {
    if (err instanceof AttachmentError) {
      return refused(`${shown} was not added: ${escapeText(err.message)}.`, `add refused: ${err.message}`, { ...base, reason: err.code });
    }
    throw err;
  }
  const composed = composeSource(name, text, options);
  if (!composed.ok) {
    return refusedWithProblems(
      `❌ ${shown} was not added: it is not a valid source. Fix these (front matter in the file, or the command's options where the file has none):`,
      composed.problems,
      `add refused: ${name} is not a valid source`,
      { ...base, reason: 'invalid' },
    );
  }
  const source = composed.source;
  const id = source.id;
  return withKnowledgeLock(kb.dir, async () => {
    const clash = kb.knowledge.sources.find((s) => s.id === id);
    if (clash) {
      return refused(
        `a source with the id ${code(id)} is already loaded (${code(path.basename(clash.file))}): give the new one another id, or remove the old one first.`,
        `add refused: id ${code(id)} is already used`,
        { ...base, id, reason: 'duplicate-id' },
      );
    }
    let file: string;
    try {
      file = await addSourceFile(kb.dir, id, composed.bytes);
    } catch (err) {
      if (err instanceof KnowledgeWriteError) {
        const why = err.code === 'exists' ? `the folder already has a file ${code(`${id}.md`)}` : escapeText(err.message);
        return refused(`${shown} was not added: ${why}.`, `add refused: ${err.message}`, { ...base, id, reason: err.code });
      }
      throw err;
    }
    const report = await refreshOrUndo(kb, () => removeFile(file));
    if (!report.ok || !kb.knowledge.sources.some((s) => s.id === id)) {
      await removeFile(file);
      if (!report.ok) return failedRefresh(report, `${shown} was not added (the folder is as it was)`, `add of ${code(id)} failed: the folder has problems`, { ...base, id, reason: 'refresh-failed' });
      return refused(`${shown} was not added: the refresh did not pick it up. Nothing was changed.`, `add of ${code(id)} failed`, { ...base, id, reason: 'not-loaded' });
    }
    const passages = kb.engine.passages.filter((p) => p.sourceId === id);
    const sample = passages[0];
    const lines = [
      `✅ Added ${code(id)}: **${escapeText(clip(source.title, 200))}** (${escapeText(clip(source.publisher, 100))}, ${source.published}) with ${passages.length} passage${passages.length === 1 ? '' : 's'}.`,
      composed.filled.length > 0 ? `Front matter filled in: ${composed.filled.join(', ')}${composed.filled.includes('language') && !options.language ? ' (language "en" by default)' : ''}.` : '',
      composed.ignored.length > 0 ? `The file's front matter wins over the options: ignored ${composed.ignored.map((k) => (k === 'published' ? 'date' : k)).join(', ')}.` : '',
      sample ? `Sample passage:\n> ${escapeText(clip(sample.text, 400))}` : '',
      ...refreshLines(report).slice(3),
    ].filter(Boolean);
    return {
      ok: true,
      reply: fit(lines),
      summary: `added ${code(id)} (“${escapeText(clip(source.title, 120))}”, ${passages.length} passages) from ${shown}`,
      details: { ...base, id, passages: passages.length, bytes: composed.bytes.byteLength, size: formatBytes(composed.bytes.byteLength), ...reportDetails(report) },
    };
  });
}

/** `/kb remove`: moves a source to the trash. */
export async function removeSource(kb: KnowledgeBase, id: string): Promise<Outcome> {
  return withKnowledgeLock(kb.dir, async () => {
    const source = kb.knowledge.sources.find((s) => s.id === id);
    if (!source) return refused(`there is no source ${code(id)}: pick one from the list.`, `remove refused: no source ${code(id)}`, { id, reason: 'not-found' });
    let trashed: string;
    try {
      trashed = await trashSource(kb.dir, source.file, id);
    } catch (err) {
      if (err instanceof KnowledgeWriteError) return refused(`${code(id)} was not removed: ${escapeText(err.message)}.`, `remove of ${code(id)} refused`, { id, reason: err.code });
      throw err;
    }
    const report = await refreshOrUndo(kb, () => moveBack(trashed, source.file));
    if (!report.ok || kb.knowledge.sources.some((s) => s.id === id)) {
      await moveBack(trashed, source.file);
      if (!report.ok) return failedRefresh(report, `${code(id)} was not removed (the folder is as it was)`, `remove of ${code(id)} failed: the folder has problems`, { id, reason: 'refresh-failed' });
      return refused(`${code(id)} was not removed: the refresh still found it. Nothing was changed.`, `remove of ${code(id)} failed`, { id, reason: 'still-loaded' });
    }
    return {
      ok: true,
      reply: fit([
        `🗑️ Removed ${code(id)} (**${escapeText(clip(source.title, 200))}**). It is kept in the trash: \`/kb restore source:${id}\` brings it back.`,
        ...refreshLines(report).slice(3),
      ]),
      summary: `removed ${code(id)} (“${escapeText(clip(source.title, 120))}”; kept in the trash)`,
      details: { id, file: path.basename(source.file), trashed: path.basename(trashed), ...reportDetails(report) },
    };
  });
}

/** `/kb restore`: brings back the newest trashed copy of a source. */
export async function restoreSource(kb: KnowledgeBase, id: string): Promise<Outcome> {
  return withKnowledgeLock(kb.dir, async () => {
    if (kb.knowledge.sources.some((s) => s.id === id)) {
      return refused(`${code(id)} is already in the knowledge base.`, `restore refused: ${code(id)} is loaded`, { id, reason: 'loaded' });
    }
    let moved: { file: string; from: string };
    try {
      moved = await restoreFromTrash(kb.dir, id);
    } catch (err) {
      if (err instanceof KnowledgeWriteError) {
        const why = err.code === 'exists' ? `the folder already has a file ${code(`${id}.md`)}` : escapeText(err.message);
        return refused(`${code(id)} was not restored: ${why}.`, `restore of ${code(id)} refused`, { id, reason: err.code });
      }
      throw err;
    }
    const report = await refreshOrUndo(kb, () => moveBack(moved.file, moved.from));
    if (!report.ok || !kb.knowledge.sources.some((s) => s.id === id)) {
      await moveBack(moved.file, moved.from);
      if (!report.ok) return failedRefresh(report, `${code(id)} was not restored (it stays in the trash)`, `restore of ${code(id)} failed: the folder has problems`, { id, reason: 'refresh-failed' });
      return refused(`${code(id)} was not restored: the file in the trash does not hold that source. It stays in the trash.`, `restore of ${code(id)} failed`, { id, reason: 'not-loaded' });
    }
    const passages = kb.engine.passages.filter((p) => p.sourceId === id).length;
    const title = kb.knowledge.sources.find((s) => s.id === id)?.title ?? id;
    return {
      ok: true,
      reply: fit([`♻️ Restored ${code(id)} (**${escapeText(clip(title, 200))}**) with ${passages} passage${passages === 1 ? '' : 's'}.`, ...refreshLines(report).slice(3)]),
      summary: `restored ${code(id)} from the trash`,
      details: { id, from: path.basename(moved.from), passages, ...reportDetails(report) },
    };
  });
}

/** `/kb alias add|remove`. */
export async function editAlias(kb: KnowledgeBase, op: 'add' | 'remove', term: string, means: string): Promise<Outcome> {
  const what = `${code(term.trim())} → ${code(means.trim())}`;
  const details = { op, term: term.trim(), means: means.trim() };
  return withKnowledgeLock(kb.dir, async () => {
    const file = path.join(kb.dir, ALIASES_FILE);
    let before: string | null;
    let edited: { text: string };
    try {
      before = await readAliasesText(kb.dir);
      edited = op === 'add' ? addAlias(file, before, term, means) : removeAlias(file, before, term, means);
    } catch (err) {
      if (err instanceof KnowledgeWriteError) {
        if (err.problems.length > 0) return refusedWithProblems(`❌ Alias ${what} not ${op === 'add' ? 'added' : 'removed'}: ${escapeText(err.message)}.`, err.problems, `alias ${op} refused`, { ...details, reason: err.code });
        return refused(`alias ${what} not ${op === 'add' ? 'added' : 'removed'}: ${escapeText(err.message)}.`, `alias ${op} ${what} refused`, { ...details, reason: err.code });
      }
      throw err;
    }
    await writeAliases(kb.dir, edited.text);
    const report = await refreshOrUndo(kb, () => restoreAliases(kb.dir, before));
    if (!report.ok) {
      await restoreAliases(kb.dir, before);
      return failedRefresh(report, `alias ${what} was not ${op === 'add' ? 'added' : 'removed'} (the aliases file is as it was)`, `alias ${op} ${what} failed: the folder has problems`, { ...details, reason: 'refresh-failed' });
    }
    return {
      ok: true,
      reply: fit([`✅ Alias ${op === 'add' ? 'added' : 'removed'}: ${what}${op === 'add' ? ' (questions using one now find passages using the other)' : ''}.`, ...refreshLines(report).slice(4)]),
      summary: `alias ${op === 'add' ? 'added' : 'removed'}: ${what}`,
      details: { ...details, ...reportDetails(report) },
    };
  });
}

/** The trashed sources, newest copy of each id first, for autocomplete. */
export async function trashedSources(kb: KnowledgeBase): Promise<Array<{ id: string; removedAt: Date }>> {
  const seen = new Set<string>();
  const out: Array<{ id: string; removedAt: Date }> = [];
  for (const e of await listTrash(kb.dir)) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push({ id: e.id, removedAt: e.removedAt });
  }
  return out;
}
