/**
 * Hostile and odd input, property-based (fast-check): arbitrary Unicode (what
 * fast-check 3 called fullUnicodeString is `fc.string({ unit: 'binary' })` in
 * v4), empty and whitespace-only questions, 10,000-character questions,
 * zero-width and right-to-left characters, Discord Markdown, code blocks,
 * mention syntax and URLs, alone and mixed.
 *
 * For the answer engine and for the Discord formatter: nothing throws, every
 * message stays within Discord's limits, nothing can ping anyone, and every
 * quote is still verbatim from its source file.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/command.js';
import {
  type BotMessage,
  LIMITS,
  abstentionMessage,
  answerMessage,
  autocompleteChoices,
  helpMessage,
  moreResultsMessage,
  rateLimitMessage,
  sourcesMessage,
} from '../../src/bot/format.js';
import { MemoryGapRecorder } from '../../src/bot/gaps.js';
import { answerReply, askQuestion } from '../../src/bot/respond.js';
import { loadConfig } from '../../src/config.js';
import type { Answer, Citation, QuotedPassage } from '../../src/engine/answer.js';
import type { SourceSummary } from '../../src/engine/engine.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { KNOWLEDGE, ROOT } from './harness.js';

/** numRuns, modest by default; FC_NUM_RUNS=5000 for a long hunt. */
const runs = (n: number) => Number(process.env['FC_NUM_RUNS'] ?? n);

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const ZERO_WIDTH_AND_BIDI = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\u2029', '\u180e', '\u200b'];
const MARKDOWN = ['**', '*', '__', '_', '~~', '||', '`', '```', '```js\nconst x = 1;\n```', '> ', '>>> ', '# ', '## ', '-# ', '- ', '1. ', '[link](https://example.org)', '\\', '\\*', '<https://example.org>', '\n'];
const MENTIONS = ['@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '<t:1700000000:R>', '<:pepe:123456789012345678>', '<a:wave:123456789012345678>', '</ask:123456789012345678>', '@​everyone', '＠everyone', 'everyone@', '@@here'];
const WORDS = ['How', 'many', 'officers', 'Kenya', 'Kenyan', 'Haiti', 'Ruto', 'MSS', 'police', 'when', 'why', 'mission', 'deploy', '600', 'UNGA', 'Port-au-Prince', "Ruto's", '“Kenya”', 'Kenya’s', '?', '!', ',', '.'];
const RTL = ['مرحبا', 'שלום', 'كينيا', 'هايتي', '\u202eKenya\u202c'];

/** Any Unicode (astral planes included), mixed with the odd and the hostile. */
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH_AND_BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
);

const mixed = fc.array(fragment, { maxLength: 25 }).chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));
const whitespaceOnly = fc.array(fc.constantFrom(...WHITESPACE, ...ZERO_WIDTH_AND_BIDI), { maxLength: 60 }).map((a) => a.join(''));
/** Around 10,000 characters: a fragment repeated. */
const huge = fc.tuple(mixed, fc.integer({ min: 9_000, max: 11_000 })).map(([s, n]) => (s.length === 0 ? 'x' : s).repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n));

const question = fc.oneof(
  { weight: 5, arbitrary: mixed },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 600 }) },
  { weight: 1, arbitrary: whitespaceOnly },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: huge },
);

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const len = (s: string | undefined) => [...(s ?? '')].length;

/** Every Discord limit on a message body, its non-emptiness, and the no-mention setting. */
function expectSendable(m: BotMessage): void {
  expect(len(m.content) > 0 || (m.embeds ?? []).length > 0).toBe(true);
  expect(len(m.content)).toBeLessThanOrEqual(LIMITS.content);
  const embeds = m.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    expect(len(e.description)).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(len(e.title)).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(len(e.footer?.text)).toBeLessThanOrEqual(LIMITS.embedFooter);
    total += len(e.description) + len(e.title) + len(e.footer?.text);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect((m.components ?? []).length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids = new Set<string>();
  for (const row of m.components ?? []) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      if ('custom_id' in b) {
        expect(b.custom_id.length).toBeGreaterThan(0);
        expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(ids.has(b.custom_id)).toBe(false);
        ids.add(b.custom_id);
      }
      if ('url' in b) expect(b.url.length).toBeLessThanOrEqual(LIMITS.buttonUrl);
      if ('label' in b && b.label !== undefined) {
        expect(len(b.label)).toBeGreaterThan(0);
        expect(len(b.label)).toBeLessThanOrEqual(LIMITS.buttonLabel);
      }
    }
  }
  expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  // And no mention syntax left unescaped where a client would render it: nothing that could ping
  // even if allowed_mentions were dropped on the way (Markdown links' targets aside).
  for (const text of [m.content ?? '', ...embeds.map((e) => e.description ?? '')]) {
    const visible = text.replace(/\]\([^)\s]*\)/g, '](…)');
    expect(visible).not.toMatch(/(?<!\\)@(?:everyone|here)/);
    expect(visible).not.toMatch(/(?<!\\)<@[!&]?\d/);
  }
}

/**
 * Reads Markdown the way Discord shows what we emit: `\x` shows x, `**` toggles
 * bold, "> " starts a quoted line. Returns the visible text.
 */
function readQuote(block: string): string {
  const unquoted = block
    .split('\n')
    .map((l) => (l === '>' ? '' : l.startsWith('> ') ? l.slice(2) : l))
    .join('\n');
  let out = '';
  for (let i = 0; i < unquoted.length; i++) {
    const c = unquoted[i]!;
    if (c === '\\' && i + 1 < unquoted.length) out += unquoted[++i]!;
    else if (c === '*' && unquoted[i + 1] === '*') i++;
    else out += c;
  }
  return out;
}

/** Lines of only spaces are not shown by Discord, and whitespace runs may be folded: compare without them. */
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The quote shown in an answer embed is the passage, verbatim (or its beginning, cut with "…"). */
function expectVerbatimQuote(description: string, passage: string): void {
  const shown = readQuote(description.split('\n\n— ')[0]!);
  if (norm(shown) === norm(passage)) return;
  expect(shown.endsWith('…'), `quote neither whole nor cut: ${JSON.stringify(shown.slice(0, 200))}`).toBe(true);
  expect(norm(passage).startsWith(norm(shown.slice(0, -1)))).toBe(true);
}

// ---------------------------------------------------------------------------
// The engine over the shipped knowledge plus the look-alike sources
// ---------------------------------------------------------------------------

let dir: string;
let kb: KnowledgeBase;
let ctx: BotContext;
/** Source id → the file's text, to check quotes against. */
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hostile-kb-'));
  await cp(KNOWLEDGE, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  const lookalike = path.join(ROOT, 'test/fixtures/lookalike');
  for (const name of await readdir(lookalike)) await cp(path.join(lookalike, name), path.join(dir, name));
  kb = await KnowledgeBase.open(dir, { maxQuestionChars: 500 });
  for (const s of kb.engine.sources()) files.set(s.id, readFileSync(kb.engine.source(s.id)!.file, 'utf8'));
  const config = loadConfig({ KNOWLEDGE_DIR: dir, WORD_VECTORS: 'off', LOG_LEVEL: 'silent' }, { dotenv: false });
  ctx = { kb, config, logger: createLogger({ level: 'silent' }), gaps: new MemoryGapRecorder() };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectQuotesFromSources(answer: Answer): void {
  for (const p of [...(answer.best ? [answer.best] : []), ...answer.alternatives, ...answer.suggestions]) {
    const file = files.get(p.citation.sourceId);
    expect(file, `source ${p.citation.sourceId}`).toBeDefined();
    expect(file!.includes(p.quote), `quote not verbatim in ${p.citation.sourceId}: ${p.quote.slice(0, 80)}`).toBe(true);
    for (const [s, e] of p.highlights) {
      expect(0 <= s && s < e && e <= p.quote.length).toBe(true);
    }
  }
}

describe('the answer engine, on hostile questions', () => {
  it('never throws, refuses what is too long first, and quotes only verbatim source text', () => {
    fc.assert(
      fc.property(question, (q) => {
        const answer = kb.engine.ask(q);
        expect(typeof answer.answered).toBe('boolean');
        if (q.length > 500) expect(answer).toMatchObject({ answered: false, reason: 'too-long', suggestions: [] });
        if (q.trim() === '') expect(answer.answered).toBe(false);
        expectQuotesFromSources(answer);
        expect(kb.engine.topics(q.slice(0, 500), 25).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: runs(150) },
    );
  });

  it('real questions wrapped in hostile noise still get verbatim quotes', () => {
    const noisy = fc
      .tuple(fc.array(fragment, { maxLength: 4 }), fc.constantFrom('How many more officers is Kenya sending to Haiti?', 'Why did Ruto visit Haiti?', 'When did Ruto visit the MSS?'), fc.array(fragment, { maxLength: 4 }))
      .map(([a, q, b]) => `${a.join('')} ${q} ${b.join('')}`);
    let answered = 0;
    fc.assert(
      fc.property(noisy, (q) => {
        const answer = kb.engine.ask(q);
        if (answer.answered) answered++;
        expectQuotesFromSources(answer);
      }),
      { numRuns: runs(60) },
    );
    expect(answered).toBeGreaterThan(0);
  });
});

describe('the bot’s reply to hostile questions (askQuestion + the formatter)', () => {
  it('is sendable, pings nobody, and shows quotes verbatim', () => {
    fc.assert(
      fc.property(question, (q) => {
        const answer = askQuestion(ctx, q);
        const reply = answerReply(ctx, answer);
        expectSendable(reply);
        if (answer.answered) {
          expectQuotesFromSources(answer);
          expectVerbatimQuote(reply.embeds![0]!.description!, answer.best!.quote);
        }
        if (answer.reason === 'too-long') expect(reply.content).toMatch(/too long/);
        expectSendable(moreResultsMessage(kb.engine.ask(q.slice(0, 500))));
      }),
      { numRuns: runs(120) },
    );
  });
});

// ---------------------------------------------------------------------------
// The formatter on arbitrary passages and citations
// ---------------------------------------------------------------------------

const sourceText = fc.oneof(
  { weight: 3, arbitrary: mixed.filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.tuple(mixed, fc.integer({ min: 1000, max: 5000 })).map(([s, n]) => `${(s || 'word ').repeat(Math.ceil(n / Math.max(1, s.length)))}`.slice(0, n)).filter((s) => s.trim() !== '') },
);

const citationArb: fc.Arbitrary<Citation> = fc.record({
  sourceId: fc.constant('hostile-source'),
  publisher: mixed.map((s) => s || 'Publisher'),
  title: mixed.map((s) => s || 'Title'),
  date: fc.oneof(fc.constant('2024-09-22'), fc.string({ maxLength: 12 })),
  url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 50 })),
  link: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant('https://k24.digital/?p=1#:~:text=a%20(b),c')),
});

/** A passage with spans on some of its words (as the engine would give). */
const passageArb: fc.Arbitrary<QuotedPassage> = fc.tuple(sourceText, citationArb, fc.integer({ min: 0, max: 3 })).map(
  ([quote, citation, every]) =>
    ({
      quote,
      passageId: 'hostile-source#1',
      paragraph: 1,
      citation,
      score: 0.9,
      lexicalScore: 0.9,
      highlights: [...quote.matchAll(/[\p{L}\p{N}]+/gu)].filter((_, i) => every > 0 && i % (every + 1) === 0).map((m) => [m.index, m.index + m[0].length] as [number, number]),
    }) as QuotedPassage,
);

describe('the formatter, on arbitrary passages and citations', () => {
  it('answers: sendable, nobody pinged, the quote verbatim, the citation kept', () => {
    fc.assert(
      fc.property(passageArb, fc.array(passageArb, { maxLength: 3 }), mixed, fc.boolean(), (best, alternatives, q, withMore) => {
        const answer: Answer = { question: q, answered: true, quote: best.quote, citation: best.citation, best, confidence: 0.8, matchedTerms: [], alternatives, suggestions: [] };
        const m = answerMessage(answer, { maxQuestionChars: 500, moreId: withMore ? 'ask:more:k:abcdefabcdefabcdef' : null });
        expectSendable(m);
        const d = m.embeds![0]!.description!;
        expectVerbatimQuote(d, best.quote);
        expect(d).toContain('\n\n— **');
        const more = moreResultsMessage(answer);
        expectSendable(more);
        for (const [i, e] of (more.embeds ?? []).entries()) expectVerbatimQuote(e.description!, alternatives[i]!.quote);
      }),
      { numRuns: runs(120) },
    );
  });

  it('abstentions, source lists, help, autocomplete and the rate-limit notice: sendable and nobody pinged', () => {
    const summary: fc.Arbitrary<SourceSummary> = fc.record({
      id: fc.string({ maxLength: 30 }),
      title: mixed,
      publisher: mixed,
      url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })),
      published: fc.oneof(fc.constant('2024-10-01'), fc.string({ maxLength: 10 })),
      language: fc.constant('en'),
      passages: fc.nat(10_000),
    });
    fc.assert(
      fc.property(
        fc.array(passageArb, { maxLength: 8 }),
        fc.constantFrom<Answer['reason']>('empty', 'no-match', 'too-long', 'ambiguous'),
        question,
        fc.array(mixed, { maxLength: 40 }),
        fc.array(summary, { maxLength: 30 }),
        (suggestions, reason, q, topics, sources) => {
          expectSendable(abstentionMessage({ question: q, answered: false, confidence: 0, matchedTerms: [], alternatives: [], suggestions, reason }, { maxQuestionChars: 500, fallbackTopics: topics }));
          expectSendable(sourcesMessage(sources));
          expectSendable(helpMessage(sources));
          expectSendable(rateLimitMessage(Date.now() + 5000, { questions: 5, seconds: 10 }));
          const choices = autocompleteChoices(topics);
          expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
          for (const c of choices) {
            expect(len(c.name)).toBeGreaterThan(0);
            expect(len(c.name)).toBeLessThanOrEqual(LIMITS.choiceName);
            expect(len(c.value)).toBeLessThanOrEqual(LIMITS.choiceValue);
          }
        },
      ),
      { numRuns: runs(80) },
    );
  });
});
