/**
 * Turns an uploaded text into a source file: the file's own front matter, with
 * the command's options filling the fields it lacks (or making the whole front
 * matter when it has none), validated exactly as the loader validates a file.
 */
import { Document, isMap, parseDocument } from 'yaml';
import { parseSource } from '../knowledge/loader.js';
import type { Problem, Source } from '../knowledge/types.js';

/** Citation fields a moderator may give as command options. */
export interface CitationOptions {
  id?: string | null | undefined;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  url?: string | null | undefined;
  /** Publication date, YYYY-MM-DD (the front matter's `published`). */
  published?: string | null | undefined;
  language?: string | null | undefined;
}

export const DEFAULT_LANGUAGE = 'en';

const FIELD_ORDER = ['id', 'title', 'publisher', 'url', 'published', 'language'] as const;

export type ComposeResult =
  | {
      ok: true;
      text: string;
      bytes: Uint8Array;
      source: Source;
      /** Fields the options (or the language default) filled in. */
      filled: string[];
      /** Options that were not used because the file's front matter sets another value. */
      ignored: string[];
    }
  | { ok: false; problems: Problem[] };

function givenOptions(options: CitationOptions): Array<[string, string]> {
  return FIELD_ORDER.flatMap((k) => {
    const v = options[k]?.trim();
    return v ? [[k, v] as [string, string]] : [];
  });
}

/**
 * Builds and validates the source file. `name` is the uploaded file's name,
 * used in problems (the file is not written yet). Lines in problems are lines
 * of the file as it would be written.
 */
export function composeSource(name: string, text: string, options: CitationOptions): ComposeResult {
  // Uploads from Windows: the loader's front matter parser keeps a "\r" on the
  // last field, so CRLF files are stored with LF line endings.
  text = text.replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const hasFrontMatter = /^---[ \t]*$/.test(lines[0] ?? '');
  const filled: string[] = [];
  const ignored: string[] = [];
  let out: string;
  if (!hasFrontMatter) {
    const fields = new Map(givenOptions(options));
    if (!fields.has('language')) fields.set('language', DEFAULT_LANGUAGE);
    const doc = new Document(Object.fromEntries(FIELD_ORDER.filter((k) => fields.has(k)).map((k) => [k, fields.get(k)])));
    filled.push(...fields.keys());
    out = `---\n${doc.toString({ lineWidth: 0 })}---\n${text}`;
  } else {
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
    if (close < 0) {
      // Let the loader's own check say what is wrong.
      out = text;
    } else {
      const yamlText = lines.slice(1, close).join('\n');
      const doc: Document = parseDocument(yamlText);
      if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) {
        out = text;
      } else {
        if (doc.contents === null) doc.contents = doc.createNode({});
        for (const [k, v] of givenOptions(options)) {
          if (doc.has(k) && String(doc.get(k)).trim() !== v) ignored.push(k);
        }
        const missing = new Map(givenOptions(options).filter(([k]) => !doc.has(k)));
        if (!doc.has('language') && !missing.has('language')) missing.set('language', DEFAULT_LANGUAGE);
        if (missing.size === 0) {
          out = text;
        } else {
          for (const [k, v] of missing) doc.set(k, v);
          filled.push(...missing.keys());
          out = `---\n${doc.toString({ lineWidth: 0 })}${lines.slice(close).join('\n')}`;
        }
      }
    }
  }
  const bytes = new TextEncoder().encode(out);
  const parsed = parseSource(name, bytes, out);
  if (!parsed.ok) return parsed;
  return { ok: true, text: out, bytes, source: parsed.source, filled, ignored };
}
