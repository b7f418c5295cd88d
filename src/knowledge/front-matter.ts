import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { Problem, SourceMeta } from './types.js';

/** The front matter a source file must carry. */
export const sourceMetaSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, e.g. "un-report-2024-10"')
    .max(80, 'must be at most 80 characters'),
  title: z.string().trim().min(1, 'must not be empty'),
  publisher: z.string().trim().min(1, 'must not be empty'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. "https://example.org/story"' }),
  published: z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2024-09-22' }),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en"'),
  notes: z.string().optional(),
});

export type FrontMatterResult =
  | { ok: true; meta: SourceMeta; body: string; bodyLine: number }
  | { ok: false; problems: Problem[] };

const FENCE = /^---[ \t]*$/;

/**
 * Splits a source file into its YAML front matter and body, and validates the
 * front matter. Every problem is reported with the file's line it is on.
 */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0]?.replace(/\r$/, '') ?? '')) {
    return fail(file, 1, 'no front matter: the file must start with a line "---", then the fields id, title, publisher, url, published, language, then "---"');
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line.replace(/\r$/, '')));
  if (close < 0) {
    return fail(file, 1, 'the front matter is never closed: add a line "---" after its last field');
  }
  // Windows line endings: YAML must not see the carriage returns.
  const yamlText = lines.slice(1, close).map((l) => l.replace(/\r$/, '')).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Lines inside the YAML count from the line after the opening fence.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: fileLine(e.pos[0]),
        message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isMap(doc.contents)) {
    return fail(file, 2, 'the front matter must be a list of "field: value" lines');
  }
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  }
  // A YAML date such as 2024-09-22 stays a string here: the core schema has no timestamps.
  const parsed = sourceMetaSchema.safeParse(doc.toJS());
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const missing = issue.code === 'invalid_type' && !keyLines.has(field);
      problems.push({
        file,
        line: keyLines.get(field) ?? 1,
        message: missing ? `missing field "${field}" in the front matter` : `field "${field}" ${issue.message}`,
      });
    }
  }
  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  if (body.trim() === '') {
    problems.push({ file, line: bodyLine, message: 'the source has no text after its front matter' });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, meta: parsed.data, body, bodyLine };
}

function fail(file: string, line: number, message: string): FrontMatterResult {
  return { ok: false, problems: [{ file, line, message }] };
}
