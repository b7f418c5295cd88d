/**
 * Text of the `/kb` replies and announcements. Pure functions; every text that
 * came from a file, an option or a question is escaped, and every message
 * fits Discord's 2000 characters.
 */
import path from 'node:path';
import { escapeMarkdown } from 'discord.js';
import type { RefreshReport } from '../knowledge-base.js';
import type { Problem } from '../knowledge/types.js';

export const MAX_CONTENT = 2000;

/** Shows text literally in Discord: Markdown, block quotes and `<@…>`-style syntaxes escaped. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
    .replace(/<(?=[@#:/]|a:|t:|id:)/g, '\\<')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

/** Inline code that cannot be broken out of (backticks replaced). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, 'ˋ').replace(/\n/g, ' ')}\``;
}

/** Cuts text to `max` characters on a word boundary, with "…". */
export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  if (chars.length <= max) return one;
  const cut = chars.slice(0, Math.max(0, max - 1)).join('');
  const word = cut.replace(/\s+\S*$/u, '');
  return `${(word.length > 0 ? word : cut).trimEnd()}…`;
}

/**
 * Joins lines into one message of at most `max` characters; lines that do not
 * fit are replaced by "…and N more".
 */
export function fit(lines: string[], max = MAX_CONTENT): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? 40 : 0;
    if (length + line.length + 1 + reserve > max) {
      const more = `…and ${lines.length - i} more line(s)`;
      if (length + more.length + 1 <= max) out.push(more);
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  const text = out.join('\n');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One problem, as a list item: "`file.md` line 3: message". */
export function problemLine(p: Problem): string {
  const where = p.line > 0 ? ` line ${p.line}` : '';
  return `• ${code(path.basename(p.file))}${where}: ${escapeText(clip(p.message, 300))}`;
}

export function problemLines(problems: readonly Problem[], max = 15): string[] {
  const lines = problems.slice(0, max).map(problemLine);
  if (problems.length > max) lines.push(`…and ${problems.length - max} more problem(s)`);
  return lines;
}

function idList(ids: readonly string[], max = 20): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, max).map(code).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/** The lines describing a successful refresh. */
export function refreshLines(report: Extract<RefreshReport, { ok: true }>): string[] {
  return [
    `Sources added (${report.added.length}): ${idList(report.added)}`,
    `Sources changed (${report.changed.length}): ${idList(report.changed)}`,
    `Sources removed (${report.removed.length}): ${idList(report.removed)}`,
    `Passages: ${report.passagesBefore} → ${report.passagesAfter}`,
    `Aliases: ${report.aliasesChanged ? 'changed' : 'unchanged'}`,
    `Took ${report.ms} ms.`,
  ];
}

/** The reply to `/kb refresh`. */
export function refreshReply(report: RefreshReport): string {
  if (report.ok) {
    const nothing = report.added.length + report.changed.length + report.removed.length === 0 && !report.aliasesChanged;
    return fit([`✅ Knowledge base refreshed${nothing ? ': nothing had changed' : ''}.`, ...refreshLines(report)]);
  }
  return fit([failedHeader(report.problems.length, 'nothing was swapped in'), ...problemLines(report.problems), `Took ${report.ms} ms.`]);
}

/** The first line of a reply about a folder with problems. */
export function failedHeader(count: number, what: string): string {
  return `❌ The knowledge folder has ${count} problem${count === 1 ? '' : 's'}, so ${what}: the bot keeps answering from the last good version.`;
}

/** A one-line summary of a refresh, for the log channel. */
export function refreshSummary(report: RefreshReport): string {
  if (!report.ok) return `refresh failed: ${report.problems.length} problem(s), the last good index stays live`;
  const parts = [
    report.added.length > 0 ? `added ${report.added.map(code).join(', ')}` : '',
    report.changed.length > 0 ? `changed ${report.changed.map(code).join(', ')}` : '',
    report.removed.length > 0 ? `removed ${report.removed.map(code).join(', ')}` : '',
    report.aliasesChanged ? 'aliases changed' : '',
  ].filter(Boolean);
  return `${parts.length > 0 ? parts.join('; ') : 'no change'} (passages ${report.passagesBefore} → ${report.passagesAfter})`;
}

/** A gap as `/kb gaps` lists it. */
export interface GapView {
  question: string;
  count: number;
  lastAsked: number;
  /** True when the live knowledge base now answers it. */
  answeredNow?: boolean;
}

/** The reply to `/kb gaps`: most frequent first, with counts and Discord timestamps. */
export function gapsReply(gaps: readonly GapView[], total: number): string {
  if (gaps.length === 0) return '✅ No unanswered questions recorded.';
  const lines = gaps.map((g, i) => {
    const when = `<t:${Math.floor(g.lastAsked / 1000)}:R>`;
    const now = g.answeredNow ? ' — ✅ answered now' : '';
    return `${i + 1}. **${g.count}×** “${escapeText(clip(g.question, 160))}” — last asked ${when}${now}`;
  });
  const header = `**Questions the bot could not answer** (${total} recorded, most frequent first):`;
  return fit([header, ...lines]);
}
