import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Aliases, Problem } from './types.js';

/** The aliases file in the knowledge folder. */
export const ALIASES_FILE = 'aliases.yml';

/**
 * Parses the aliases file: a YAML map from a term to what it means, one phrase
 * or a list of phrases (`MSS: Multinational Security Support`). Returns one
 * group of equivalent phrases per entry.
 */
export function parseAliases(file: string, text: string): { aliases: Aliases; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: lineOf(e.pos[0]),
    message: `the aliases file is not valid YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length > 0 || doc.contents === null) return { aliases: [], problems };
  if (!isMap(doc.contents)) {
    return { aliases: [], problems: [{ file, line: 1, message: 'the aliases file must be a list of "term: meaning" lines' }] };
  }
  const aliases: Aliases = [];
  for (const pair of doc.contents.items) {
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const term = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
    const values = isSeq(pair.value) ? pair.value.items : [pair.value];
    const meanings = values.map((v) => (isScalar(v) ? String(v.value ?? '').trim() : ''));
    if (term === '' || meanings.length === 0 || meanings.some((m) => m === '')) {
      problems.push({ file, line, message: 'each alias needs a term and a meaning, e.g. "UN: United Nations" (a list of meanings is fine too)' });
      continue;
    }
    if (!isValidPhrase(term) || meanings.some((m) => !isValidPhrase(m))) {
      problems.push({ file, line, message: `alias "${term}" must be plain words of at most 100 characters` });
      continue;
    }
    aliases.push([term, ...meanings]);
  }
  return { aliases, problems };
}

function isValidPhrase(s: string): boolean {
  return s.length <= 100 && /[\p{L}\p{N}]/u.test(s);
}
