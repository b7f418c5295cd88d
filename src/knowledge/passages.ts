import { createHash } from 'node:crypto';
import type { Passage, Source } from './types.js';

/** Passages longer than this are cut at sentence ends, so each quote stays readable. */
export const MAX_PASSAGE_CHARS = 1200;

const URL_RE = /(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S+/gi;
/** "— Name (@handle) Date": the signature line of an embedded social-media post. */
const ATTRIBUTION_RE = /^\s*(?:[—–―]|-{1,2}\s)\s*\S/u;
const SENTENCE_END_RE = /[.!?…:;"”’)\]]\s*$/u;
const MARKDOWN_HEADING_RE = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;

type LineKind = 'blank' | 'heading' | 'attribution' | 'junk' | 'text';

interface Line {
  text: string;
  /** Offset of the line in the body. */
  offset: number;
  /** 1-based line in the source file. */
  fileLine: number;
  kind: LineKind;
}

/**
 * Splits a source into passages that can answer a question on their own.
 *
 * - One passage per paragraph (a line, or lines not separated by a blank line
 *   in Markdown sources); paragraphs over {@link MAX_PASSAGE_CHARS} are cut at
 *   sentence ends.
 * - Headings (Markdown `#` lines, or short bare lines without closing punctuation)
 *   become the `section` of the passages under them and are never passages.
 * - An attribution line ("— Name (@handle) date") joins the passage before it,
 *   as part of its quote, since it says who wrote it.
 * - Link junk (a line that is mostly a link, or a truncated embed ending in a
 *   link) is attached to the passage before it: searchable, never quoted.
 * - Exact and near duplicates (an embedded post repeating a paragraph) are
 *   folded into one passage: the richer one (with its attribution) is kept.
 *
 * Every passage's `text` is a verbatim substring of `source.body`.
 */
export function splitPassages(source: Source): Passage[] {
  const lines = classifyLines(source);
  const drafts: Draft[] = [];
  let section: string | undefined;
  let paragraph = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    if (line.kind === 'heading') {
      section = headingText(line.text);
      continue;
    }
    const last = drafts[drafts.length - 1];
    if (line.kind === 'attribution' && last) {
      last.end = line.offset + line.text.length;
      continue;
    }
    if (line.kind === 'junk' && last) {
      last.attached.push(line.text.trim());
      continue;
    }
    // A text line continues the previous paragraph when no blank line separates
    // them and the previous line does not end a sentence (wrapped Markdown).
    const prev = lines[i - 1];
    if (last && prev && prev.kind === 'text' && !SENTENCE_END_RE.test(prev.text)) {
      last.end = line.offset + line.text.length;
      continue;
    }
    paragraph++;
    drafts.push({ start: line.offset, end: line.offset + line.text.length, fileLine: line.fileLine, section, paragraph, attached: [] });
  }
  const passages = drafts.flatMap((d) => cutLong(source, d));
  return foldDuplicates(passages);
}

/** A handle in an attribution line: "(@WilliamsRuto)". */
const HANDLE_RE = /\(@[\p{L}\p{N}_]+\)/u;
const X_LINK_RE = /\b(?:pic\.)?(?:twitter|x)\.com\//i;

/** A passage's text without the signature line that ends a quoted post ("— Name (@handle) date"). */
export function withoutSignature(text: string): string {
  const last = text.lastIndexOf('\n');
  return last >= 0 && ATTRIBUTION_RE.test(text.slice(last + 1)) ? text.slice(0, last) : text;
}

/** What a post's signature line is, in the words a question asks it by ("who wrote the post", "its byline"). */
const SIGNATURE_SAYS = 'attribution, signature, byline, written by';

/**
 * What a passage is about beyond its words, for search and never quoted: its
 * section heading, its attached lines, and what it is when the text does not
 * say so: an embedded post (its signature names a @handle) is "an embedded
 * post", on X when its links are X's, signed and written by the one it names.
 */
export function contextOf(p: Passage): string {
  const signed = p.text.split('\n').some((line) => ATTRIBUTION_RE.test(line) && HANDLE_RE.test(line));
  const embedded = signed ? [`embedded ${p.attached.some((a) => X_LINK_RE.test(a)) ? 'X ' : ''}post ${SIGNATURE_SAYS}`] : [];
  return [p.section ?? '', ...p.attached, ...embedded].join('\n');
}

interface Draft {
  start: number;
  end: number;
  fileLine: number;
  section: string | undefined;
  paragraph: number;
  attached: string[];
}

function classifyLines(source: Source): Line[] {
  const out: Line[] = [];
  let offset = 0;
  const raw = source.body.split('\n');
  raw.forEach((text, i) => {
    const clean = text.replace(/\r$/, '');
    out.push({ text: clean, offset, fileLine: source.bodyLine + i, kind: 'text' });
    offset += text.length + 1;
  });
  // A source with Markdown headings marks all of them: its short bare lines are text.
  const markdown = out.some((l) => MARKDOWN_HEADING_RE.test(l.text));
  let next: string | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const line = out[i]!;
    line.kind = kindOf(line.text, next, markdown);
    if (line.text.trim() !== '') next = line.text;
  }
  return out;
}

function kindOf(text: string, next: string | undefined, markdown: boolean): LineKind {
  const t = text.trim();
  if (t === '') return 'blank';
  if (MARKDOWN_HEADING_RE.test(t)) return 'heading';
  if (ATTRIBUTION_RE.test(t)) return 'attribution';
  const withoutLinks = t.replace(URL_RE, '').trim();
  if (withoutLinks !== t && (withoutLinks.length < 40 || /…\s*$|\.\.\.\s*$/u.test(withoutLinks))) return 'junk';
  const words = t.split(/\s+/).length;
  const looksLikeHeading = words <= 8 && t.length <= 60 && !SENTENCE_END_RE.test(t) && !/^[“"‘']/u.test(t);
  // A wrapped line goes on in lower case on the next line; a heading does not.
  if (looksLikeHeading && !markdown && next !== undefined && !/^\s*\p{Ll}/u.test(next)) return 'heading';
  return 'text';
}

function headingText(text: string): string {
  return (MARKDOWN_HEADING_RE.exec(text.trim())?.[1] ?? text).trim();
}

/** Cuts an over-long paragraph at sentence ends; each piece is a contiguous span. */
function cutLong(source: Source, d: Draft): Passage[] {
  const pieces: Array<[number, number]> = [];
  let start = d.start;
  while (d.end - start > MAX_PASSAGE_CHARS) {
    const window = source.body.slice(start, start + MAX_PASSAGE_CHARS);
    const cuts = [...window.matchAll(/[.!?…]["”’)]?\s+(?=\S)/gu)].map((m) => m.index + m[0].length);
    const cut = cuts.filter((c) => c > MAX_PASSAGE_CHARS / 3).pop();
    if (cut === undefined) break;
    pieces.push([start, start + cut]);
    start += cut;
  }
  pieces.push([start, d.end]);
  return pieces.map(([s, e], i) => {
    const text = source.body.slice(s, e).trimEnd();
    const fileLine = d.fileLine + (source.body.slice(d.start, s).match(/\n/g)?.length ?? 0);
    return {
      id: passageId(source.id, text),
      sourceId: source.id,
      section: d.section,
      paragraph: d.paragraph,
      line: fileLine,
      text,
      attached: i === pieces.length - 1 ? d.attached : [],
    };
  });
}

/** A stable id: the same text in the same source always gets the same id. */
export function passageId(sourceId: string, text: string): string {
  return `${sourceId}#${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}

/** Lower-case words only: what two copies of one paragraph have in common. */
function fingerprint(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text's words and the counts of its word bigrams. */
interface Print {
  words: string[];
  grams: Map<string, number>;
}

function printOf(text: string): Print {
  const words = fingerprint(text);
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) grams.set(`${words[i]} ${words[i + 1]}`, (grams.get(`${words[i]} ${words[i + 1]}`) ?? 0) + 1);
  return { words, grams };
}

/**
 * Share of the shorter text's word bigrams that the longer one also has: 1 when
 * one text holds the other whole (a paragraph and its copy with a signature).
 */
function similarity(a: Print, b: Print): number {
  if (Math.min(a.words.length, b.words.length) < MIN_DUPLICATE_WORDS) return a.words.join(' ') === b.words.join(' ') ? 1 : 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, n] of small.grams) common += Math.min(n, large.grams.get(g) ?? 0);
  return common / Math.max(1, Math.min(a.words.length, b.words.length) - 1);
}

/** Near duplicates: the shorter shares this much of its wording with the longer. */
const NEAR_DUPLICATE = 0.9;
/** Short lines ("Read more") fold only when identical. */
const MIN_DUPLICATE_WORDS = 8;

function foldDuplicates(passages: Passage[]): Passage[] {
  const prints = passages.map((p) => printOf(p.text));
  const dropped = new Set<number>();
  for (let i = 0; i < passages.length; i++) {
    if (dropped.has(i)) continue;
    for (let j = i + 1; j < passages.length; j++) {
      if (dropped.has(j)) continue;
      const a = prints[i]!;
      const b = prints[j]!;
      const sim = similarity(a, b);
      if (sim < NEAR_DUPLICATE) continue;
      // Keep the richer copy: the longer text (an attribution line makes it longer).
      const keep = passages[j]!.text.length > passages[i]!.text.length ? j : i;
      const drop = keep === i ? j : i;
      passages[keep]!.attached.push(...passages[drop]!.attached);
      dropped.add(drop);
      if (drop === i) break;
    }
  }
  return passages.filter((_, i) => !dropped.has(i));
}
