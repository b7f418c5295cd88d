import { afterAll } from 'vitest';
import { mkdtemp, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSource } from '../src/knowledge/loader.js';
import type { Knowledge } from '../src/knowledge/types.js';

export const SHIPPED_KNOWLEDGE = path.resolve('knowledge');

/** The temporary folders made by this test file, removed when it ends. */
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary knowledge folder holding the given files (name → content), removed when the test file ends. */
export async function tempKnowledge(files: Record<string, string | Uint8Array>, { withShipped = false } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-test-'));
  made.push(dir);
  // Caches and other dot-files stay behind: each test starts from the sources alone.
  if (withShipped) await cp(SHIPPED_KNOWLEDGE, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

/** A valid source file with the given body and front-matter overrides. */
export function sourceFile(body: string, meta: Record<string, string> = {}): string {
  const fields = { id: 'test-source', title: 'A test source', publisher: 'Test Wire', url: 'https://example.org/story', published: '2024-10-01', language: 'en', ...meta };
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}\n`;
}

/** The knowledge of one test source made of the given lines (one passage each). */
export function knowledgeOf(lines: string[], aliases: string[][] = [], meta: Record<string, string> = {}): Knowledge {
  const parsed = parseSource('t.md', Buffer.from(sourceFile(lines.join('\n'), meta)));
  if (!parsed.ok) throw new Error(`bad fixture: ${JSON.stringify(parsed.problems)}`);
  return { sources: [parsed.source], aliases };
}
