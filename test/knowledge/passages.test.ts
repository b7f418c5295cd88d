import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { contextOf, MAX_PASSAGE_CHARS, splitPassages } from '../../src/knowledge/passages.js';
import { parseSource } from '../../src/knowledge/loader.js';
import type { Source } from '../../src/knowledge/types.js';
import { SHIPPED_KNOWLEDGE, sourceFile } from '../helpers.js';

async function shipped(): Promise<Source> {
  const r = await loadKnowledge(SHIPPED_KNOWLEDGE);
  if (!r.ok) throw new Error('load failed');
  return r.knowledge.sources[0]!;
}

function sourceOf(body: string, meta: Record<string, string> = {}): Source {
  const r = parseSource('t.md', Buffer.from(sourceFile(body, meta)));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.source;
}

describe('splitPassages on the shipped source', () => {
  it('keeps headings as sections, never as passages', async () => {
    const passages = splitPassages(await shipped());
    const texts = passages.map((p) => p.text);
    for (const heading of ['Prepared for UNGA', 'Ruto’s Haiti visit', 'Police deployment']) {
      expect(texts).not.toContain(heading);
      expect(passages.some((p) => p.section === heading)).toBe(true);
    }
    expect(passages.find((p) => p.text.includes('first group of 400'))!.section).toBe('Police deployment');
    expect(passages[0]!.section).toBeUndefined();
  });

  it('folds the embedded post into one passage with its attribution, and attaches the picture link', async () => {
    const passages = splitPassages(await shipped());
    const copies = passages.filter((p) => p.text.includes('continues to yield positive results'));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.text).toMatch(/\n— William Samoei Ruto, PhD \(@WilliamsRuto\) September 22, 2024$/);
    expect(copies[0]!.attached).toEqual(['In my engagement with the Transitional… pic.twitter.com/4BGGSZd6gM']);
    expect(passages.some((p) => p.text.includes('pic.twitter.com'))).toBe(false);
  });

  it('says in the context, never in the quote, that an embedded post is one (on X when its links are X\'s)', async () => {
    const passages = splitPassages(await shipped());
    const post = passages.find((p) => p.text.includes('(@WilliamsRuto)'))!;
    expect(contextOf(post).split('\n')).toContain('embedded X post attribution, signature, byline, written by');
    expect(post.text).not.toContain('embedded');
    expect(passages.filter((p) => contextOf(p).includes('embedded'))).toEqual([post]);
    const elsewhere = splitPassages(sourceOf('The market reopened on Monday.\n— Jane Doe (@janedoe) May 2, 2024'));
    expect(contextOf(elsewhere[0]!)).toBe('\nembedded post attribution, signature, byline, written by');
  });

  it('gives every passage a verbatim span of the source, with its line and paragraph', async () => {
    const source = await shipped();
    const file = await readFile(source.file, 'utf8');
    const passages = splitPassages(source);
    expect(passages).toHaveLength(18);
    for (const p of passages) {
      expect(file).toContain(p.text);
      expect(file.split('\n')[p.line - 1]).toBe(p.text.split('\n')[0]);
    }
    expect(passages.map((p) => p.paragraph)).toEqual([...passages.map((p) => p.paragraph)].sort((a, b) => a - b));
  });

  it('keeps passage ids stable across reloads and independent of position', async () => {
    const a = splitPassages(await shipped());
    const b = splitPassages(await shipped());
    expect(b.map((p) => p.id)).toEqual(a.map((p) => p.id));
    const moved = splitPassages(sourceOf('A new first paragraph about something else entirely.\n' + (await shipped()).body, { id: 'mss-haiti-ruto-2024-09' }));
    const ids = new Set(moved.map((p) => p.id));
    for (const p of a) expect(ids.has(p.id)).toBe(true);
  });
});

describe('splitPassages on Markdown', () => {
  it('joins wrapped lines, splits on blank lines and reads # headings', () => {
    const passages = splitPassages(sourceOf('# Background\n\nThe first paragraph is wrapped\nacross two lines.\n\nThe second one stands alone.'));
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ['Background', 'The first paragraph is wrapped\nacross two lines.'],
      ['Background', 'The second one stands alone.'],
    ]);
  });

  it('cuts an over-long paragraph at sentence ends into verbatim pieces', () => {
    const vocabulary = ['officers', 'patrolled', 'streets', 'capital', 'night', 'weeks', 'council', 'mandate', 'court', 'ruled', 'mission', 'leaders'];
    // Forty different sentences: repeated ones would be folded as duplicates.
    const body = Array.from({ length: 40 }, (_, i) => `Sentence ${i} says ${vocabulary.map((_, j) => vocabulary[(i * 7 + j * (i % 5 + 1)) % vocabulary.length]).join(' ')}.`).join(' ');
    const passages = splitPassages(sourceOf(body));
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(body).toContain(p.text);
    }
  });

  it('folds exact duplicates but keeps short repeated lines apart only when they differ', () => {
    const para = 'Kenya deployed a first group of four hundred officers to the capital in June.';
    const passages = splitPassages(sourceOf(`${para}\nSomething different happened on the second day of the visit.\n${para}`));
    expect(passages.filter((p) => p.text === para)).toHaveLength(1);
    expect(passages).toHaveLength(2);
  });
});
