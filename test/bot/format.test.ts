import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation, QuotedPassage } from '../../src/engine/answer.js';
import { highlightSpans } from '../../src/engine/engine.js';
import { terms } from '../../src/engine/text.js';
import type { SourceSummary } from '../../src/engine/engine.js';
import {
  LIMITS,
  abstentionMessage,
  answerMessage,
  apologyMessage,
  autocompleteChoices,
  clip,
  discordDate,
  escapeText,
  helpMessage,
  moreResultsId,
  moreResultsKeyId,
  moreResultsMessage,
  parseMoreResultsId,
  quoteBlock,
  sourcesMessage,
  type BotMessage,
} from '../../src/bot/format.js';

// ---------------------------------------------------------------------------
// Helpers: a tiny reader of the Markdown we produce, to check words stay verbatim.
// ---------------------------------------------------------------------------

/** Strips the block-quote prefix of each line. */
function unquote(block: string): string {
  return block
    .split('\n')
    .map((l) => (l === '>' ? '' : l.startsWith('> ') ? l.slice(2) : l))
    .join('\n');
}

/**
 * Reads Markdown as Discord shows it, for what we emit: `\x` shows x, `**` toggles
 * bold. Returns the visible text and the bold runs.
 */
function read(md: string): { text: string; bold: string[] } {
  let text = '';
  const bold: string[] = [];
  let inBold = false;
  let run = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (c === '\\' && i + 1 < md.length) {
      text += md[i + 1]!;
      if (inBold) run += md[i + 1]!;
      i++;
    } else if (c === '*' && md[i + 1] === '*') {
      if (inBold) bold.push(run);
      inBold = !inBold;
      run = '';
      i++;
    } else {
      text += c;
      if (inBold) run += c;
    }
  }
  expect(inBold, `unbalanced bold in ${md}`).toBe(false);
  return { text, bold };
}

const citation: Citation = {
  sourceId: 'k24-test',
  publisher: 'K24 Digital',
  title: "K24 Digital report on President Ruto's visit (headline not known)",
  date: '2024-09-22',
  url: 'https://k24.digital/?p=177955',
  link: 'https://k24.digital/?p=177955#:~:text=President%20William%20Ruto%20has,Mission%20(MSS)%20in%20Haiti.',
};

function passage(quote: string, words: string[] = [], extra: Partial<QuotedPassage> = {}): QuotedPassage {
  // Cast: the engine's QuotedPassage grows scoring fields this formatter does not read.
  return {
    quote,
    passageId: `k24-test#${quote.length}`,
    paragraph: 1,
    citation,
    score: 0.9,
    lexicalScore: 0.9,
    highlights: spansOf(quote, words),
    ...extra,
  } as QuotedPassage;
}

/** Spans of each whole-word occurrence of `words` in `text`. */
function spansOf(text: string, words: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const w of words) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))) {
      spans.push([m.index, m.index + w.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function answered(best: QuotedPassage, alternatives: QuotedPassage[] = [], question = 'How many more officers is Kenya sending?'): Answer {
  return {
    question,
    answered: true,
    quote: best.quote,
    citation: best.citation,
    best,
    confidence: 0.87,
    matchedTerms: [],
    alternatives,
    suggestions: [],
  };
}

function abstained(reason: Answer['reason'], suggestions: QuotedPassage[] = [], question = "What's the best pizza in Naples?"): Answer {
  return { question, answered: false, confidence: 0, matchedTerms: [], alternatives: [], suggestions, reason };
}

const description = (m: BotMessage, i = 0) => m.embeds?.[i]?.description ?? '';
/** The block quote part of an answer embed (before the blank line and the citation). */
const quotePart = (m: BotMessage, i = 0) => description(m, i).split('\n\n— ')[0]!;

function embedTotal(m: BotMessage): number {
  return (m.embeds ?? []).reduce((n, e) => n + [...(e.title ?? '')].length + [...(e.description ?? '')].length + [...(e.footer?.text ?? '')].length, 0);
}

/** Every limit Discord enforces on a message body, checked on one payload. */
function expectWithinLimits(m: BotMessage): void {
  expect([...(m.content ?? '')].length).toBeLessThanOrEqual(LIMITS.content);
  expect((m.embeds ?? []).length).toBeLessThanOrEqual(LIMITS.embeds);
  for (const e of m.embeds ?? []) {
    expect([...(e.description ?? '')].length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect([...(e.title ?? '')].length).toBeLessThanOrEqual(LIMITS.embedTitle);
  }
  expect(embedTotal(m)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect((m.components ?? []).length).toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of m.components ?? []) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      if ('label' in b && b.label !== undefined) expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
  expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
}

const RUTO =
  'President William Ruto has committed to deploy 600 more Kenyan police officers to the Multinational Security Support Mission (MSS) in Haiti.';

// ---------------------------------------------------------------------------

describe('answerMessage', () => {
  it('quotes the passage as a block quote with exactly the matched words in bold, verbatim', () => {
    const m = answerMessage(answered(passage(RUTO, ['600', 'more', 'officers'])), { maxQuestionChars: 500, moreId: null });
    const q = quotePart(m);
    expect(q.startsWith('> ')).toBe(true);
    expect(q).toContain('**600** **more** Kenyan police **officers**');
    const { text, bold } = read(unquote(q));
    expect(text).toBe(RUTO);
    expect(bold).toEqual(['600', 'more', 'officers']);
    expectWithinLimits(m);
  });

  it('uses the engine’s own highlight spans (words with apostrophes and typographic quotes stay whole)', () => {
    const quote = '“Kenya’s deployment of police officers to Haiti is part of an MSS,” Ruto’s office said.';
    const best = passage(quote, [], { highlights: highlightSpans(quote, new Set(terms('Kenya deployment Ruto'))) });
    const { text, bold } = read(unquote(quotePart(answerMessage(answered(best), { maxQuestionChars: 500 }))));
    expect(text).toBe(quote);
    expect(bold.length).toBeGreaterThan(0);
    for (const b of bold) expect(quote).toContain(b);
    expect(bold).toContain('deployment');
  });

  it('cites publisher, title linked to the passage, and the date as a Discord timestamp', () => {
    const m = answerMessage(answered(passage(RUTO, ['600'])), { maxQuestionChars: 500 });
    const d = description(m);
    const cite = d.split('\n\n').at(-1)!;
    expect(cite).toContain('**K24 Digital**');
    expect(cite).toMatch(/<t:\d+:D>/);
    expect(cite).toContain(discordDate('2024-09-22'));
    // The deep link is there, with its parentheses encoded so the Markdown link does not end early.
    expect(cite).toContain('](https://k24.digital/?p=177955#:~:text=President%20William%20Ruto%20has,Mission%20%28MSS%29%20in%20Haiti.)');
    expect(read(cite).text).toContain("K24 Digital report on President Ruto's visit (headline not known)");
  });

  it('has a "More results" button when there are alternatives, and a link button to the source', () => {
    const alt = passage('Ruto had visited Haiti to assess the progress of the MSS mission.', ['Haiti']);
    const id = moreResultsId('How many more officers is Kenya sending?')!;
    const m = answerMessage(answered(passage(RUTO, ['600']), [alt]), { maxQuestionChars: 500, moreId: id });
    const buttons = m.components!.flatMap((r) => r.components);
    expect(buttons).toHaveLength(2);
    const more = buttons.find((b) => 'custom_id' in b)!;
    expect(more).toMatchObject({ type: 2, custom_id: id });
    expect('label' in more && more.label).toMatch(/^More results/);
    const link = buttons.find((b) => b.style === 5)!;
    expect(link).toMatchObject({ type: 2, style: 5, url: citation.url });
    expect('custom_id' in link).toBe(false);
    expectWithinLimits(m);
  });

  it('has no "More results" button when nothing else matches', () => {
    const m = answerMessage(answered(passage(RUTO, ['600'])), { maxQuestionChars: 500, moreId: moreResultsId('q') });
    const buttons = m.components!.flatMap((r) => r.components);
    expect(buttons.map((b) => b.style)).toEqual([5]);
  });

  it('escapes Markdown in a source so it cannot break the layout, and keeps the words verbatim', () => {
    const nasty =
      '# Breaking\n> not a quote\n-# tiny\n1. listed\n- bullet *stars* and **bold** __under__ _it_ `code` ```block``` ||spoiler|| ~~strike~~ [click](https://evil.example) back\\slash <t:0:R> <#123456789012345678> <:e:123456789012345678>';
    const m = answerMessage(answered(passage(nasty, ['stars', 'bold', 'code', 'spoiler'])), { maxQuestionChars: 500 });
    const q = quotePart(m);
    // The source's own ** is escaped, and our bold is around the word inside it.
    expect(q).toContain('\\*\\***bold**\\*\\*');
    expect(q).toContain('\\# Breaking');
    expect(q).toContain('> \\> not a quote');
    expect(q).toContain('\\-# tiny');
    expect(q).toContain('\\[click](https://evil.example)');
    expect(q).toContain('\\<t:0:R>');
    expect(q).toContain('back\\\\slash');
    for (const token of ['`code`', '||', '~~', '__under__']) expect(q).not.toContain(token);
    const { text, bold } = read(unquote(q));
    expect(text).toBe(nasty);
    expect(bold).toEqual(['stars', 'bold', 'code', 'spoiler']);
  });

  it('never pings: @everyone and role mentions in a quote are shown, not parsed', () => {
    const quote = 'Officers told @everyone and <@&123456789012345678> and <@123456789012345678> to stay calm.';
    const m = answerMessage(answered(passage(quote, ['Officers']), [], 'Did they ping @everyone or <@&123456789012345678>?'), {
      maxQuestionChars: 500,
    });
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(quotePart(m)).toContain('\\<@&123456789012345678>');
    expect(read(unquote(quotePart(m))).text).toBe(quote);
  });

  it('keeps a very long passage within Discord’s limits, cut on a word boundary with "…" inside the quote', () => {
    const words = Array.from({ length: 900 }, (_, i) => (i % 7 === 0 ? `officers${i}` : `word${i}`));
    const long = words.join(' ');
    expect(long.length).toBeGreaterThan(4096 * 1.2);
    const m = answerMessage(answered(passage(long, words.filter((w) => w.startsWith('officers')))), { maxQuestionChars: 500 });
    expectWithinLimits(m);
    const d = description(m);
    expect([...d].length).toBeGreaterThan(3500); // uses the room it has
    const q = quotePart(m);
    expect(q.endsWith('…')).toBe(true);
    const shown = read(unquote(q)).text.slice(0, -1);
    expect(long.startsWith(shown)).toBe(true);
    expect(long[shown.length]).toBe(' '); // cut before a space: the last word is whole
    expect(d).toContain('**K24 Digital**'); // the citation survives the cut
  });

  it('keeps a long passage full of characters to escape within limits too', () => {
    const long = Array.from({ length: 400 }, (_, i) => `*a_${i}|| <@&1${i}>`).join(' ');
    const m = answerMessage(answered(passage(long)), { maxQuestionChars: 500 });
    expectWithinLimits(m);
    const shown = read(unquote(quotePart(m))).text;
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
  });
});

describe('quoteBlock (property)', () => {
  const alphabet = fc.constantFrom(...'ab Z9*_~|`>#-[]()<@&:\\.!\n'.split(''), 'é', '😀', '’');
  it('shows any text verbatim, bolds exactly the spans, and never exceeds the budget', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 300 }).map((a) => a.join('')), fc.integer({ min: 60, max: 2000 }), (text, max) => {
        // Words as the engine finds them: letters and digits.
        const spans = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((_, i) => i % 2 === 0).map((m) => [m.index, m.index + m[0].length] as [number, number]);
        const block = quoteBlock(text, spans, max);
        expect([...block].length).toBeLessThanOrEqual(max);
        const { text: shown, bold } = read(unquote(block));
        // Lines of only spaces are not shown by Discord; compare without them.
        const norm = (s: string) => s.replace(/^[ \t]+$/gm, '');
        if (shown.endsWith('…') && !text.endsWith('…')) {
          expect(norm(text).startsWith(norm(shown.slice(0, -1)).trimEnd())).toBe(true);
        } else {
          expect(norm(shown)).toBe(norm(text));
          expect(bold).toEqual(spans.map(([s, e]) => text.slice(s, e)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('abstentionMessage', () => {
  it('says no passage answers, lists the nearest topics and points to /sources', () => {
    const near = [passage('Ruto went ahead to state that his visit to Haiti had prepared him well to better engage world leaders on the Caribbean nation.'), passage('The mission aims to assist the *Haitian* National Police.')];
    const m = abstentionMessage(abstained('no-match', near), { maxQuestionChars: 500 });
    expect(m.content).toContain('No passage in my sources answers that.');
    expect(m.content).toContain('Ruto went ahead to state');
    expect(m.content).toContain('\\*Haitian\\*');
    expect(m.content).toContain('`/sources`');
    expect(m.embeds).toBeUndefined();
    expect(m.components).toBeUndefined();
    expectWithinLimits(m);
    // answerMessage routes abstentions here
    expect(answerMessage(abstained('no-match', near), { maxQuestionChars: 500 }).content).toBe(m.content);
  });

  it('offers the nearest passages in full behind a button, when there are some', () => {
    const near = [passage('Ruto went ahead to state that his visit to Haiti had prepared him well.')];
    const m = abstentionMessage(abstained('no-match', near), { maxQuestionChars: 500, moreId: 'ask:more:q:pizza?' });
    const button = m.components![0]!.components[0]!;
    expect('custom_id' in button && button.custom_id).toBe('ask:more:q:pizza?');
    expect('label' in button && button.label).toBe('Show the nearest passages');
    expect(abstentionMessage(abstained('no-match'), { maxQuestionChars: 500, moreId: 'ask:more:q:pizza?', fallbackTopics: ['Police deployment'] }).components).toBeUndefined();
  });

  it('asks which source is meant when two match as well as each other, naming each with its passage', () => {
    const clinic = passage('Governor Ann Mwangi posted on X on Monday.', [], { citation: { ...citation, sourceId: 'clinic', title: 'Clinic opens in Kisumu' } });
    const market = passage('Governor Ann Mwangi posted on X on Friday.', [], { citation: { ...citation, sourceId: 'market', title: 'Market levy struck down' } });
    const m = abstentionMessage(abstained('ambiguous', [clinic, market]), { maxQuestionChars: 500, moreId: 'ask:more:q:when?' });
    expect(m.content).toMatch(/which do you mean/);
    expect(m.content).not.toContain('No passage');
    expect(m.content).toContain('Clinic opens in Kisumu: Governor Ann Mwangi posted on X on Monday.');
    expect(m.content).toContain('Market levy struck down: Governor Ann Mwangi posted on X on Friday.');
    expect(m.components).toBeDefined();
    expect(moreResultsMessage(abstained('ambiguous', [clinic, market])).content).toMatch(/equally well/);
    expectWithinLimits(m);
  });

  it('offers fallback topics when nothing is near', () => {
    const m = abstentionMessage(abstained('no-match'), { maxQuestionChars: 500, fallbackTopics: ['Police deployment', 'Prepared for UNGA'] });
    expect(m.content).toContain('Police deployment');
    expect(m.content).toContain('/sources');
  });

  it('refuses a too-long question politely, naming the limit', () => {
    const q = 'why '.repeat(200);
    const m = abstentionMessage(abstained('too-long', [], q), { maxQuestionChars: 500 });
    expect(m.content).toMatch(/too long/);
    expect(m.content).toContain('500');
    expect(m.content).toContain(String(q.length));
    expect(m.content).not.toContain('No passage');
  });

  it('stays within 2000 characters whatever the suggestions', () => {
    const near = Array.from({ length: 40 }, (_, i) => passage(`${'*'.repeat(300)} suggestion ${i}`));
    expectWithinLimits(abstentionMessage(abstained('no-match', near), { maxQuestionChars: 500 }));
  });

  it('echoes nothing a person could be pinged with', () => {
    const m = abstentionMessage(abstained('no-match', [], '@everyone <@&123456789012345678> pizza?'), { maxQuestionChars: 500 });
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('moreResultsMessage', () => {
  it('shows each alternative with its citation, within the 6000-character embed total', () => {
    const long = 'word '.repeat(1500).trim();
    const alts = [passage(long, ['word']), passage(`${long} two`), passage(`${long} three`)];
    const m = moreResultsMessage(answered(passage(RUTO), alts));
    expect(m.embeds).toHaveLength(3);
    for (let i = 0; i < 3; i++) expect(description(m, i)).toContain('**K24 Digital**');
    expectWithinLimits(m);
  });

  it('says so when there is nothing more', () => {
    expect(moreResultsMessage(answered(passage(RUTO))).content).toMatch(/No other passage/);
    expect(moreResultsMessage(abstained('no-match')).content).toMatch(/No other passage/);
  });

  it('shows a refusal\'s nearest passages word for word with their citations, said to be no sure answer', () => {
    const near = [passage(RUTO), passage('The mission aims to assist the Haitian National Police.')];
    const m = moreResultsMessage(abstained('no-match', near));
    expect(m.content).toMatch(/^No passage answers that for sure/);
    expect(m.embeds).toHaveLength(2);
    expect(quotePart(m, 1)).toBe('> The mission aims to assist the Haitian National Police.');
    expect(description(m, 0)).toContain('**K24 Digital**');
  });
});

describe('"More results" custom ids', () => {
  it('carry the question when it fits in 100 characters, and parse back', () => {
    const q = 'How many more officers is Kenya sending to Haiti?';
    const id = moreResultsId(q)!;
    expect(id.startsWith('ask:more:')).toBe(true);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseMoreResultsId(id)).toEqual({ question: q });
  });

  it('refuse a question that does not fit, which then travels by key', () => {
    const q = 'x'.repeat(200);
    expect(moreResultsId(q)).toBeNull();
    const id = moreResultsKeyId('abc123');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseMoreResultsId(id)).toEqual({ key: 'abc123' });
    expect(parseMoreResultsId('sources:other')).toBeNull();
  });

  it('never exceed 100 characters at the boundary', () => {
    for (let n = 80; n <= 100; n++) {
      const id = moreResultsId('q'.repeat(n));
      if (id !== null) expect(id.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('sources, help, apology, autocomplete', () => {
  const sources: SourceSummary[] = [
    { id: 'a', title: 'K24 *report*', publisher: 'K24 Digital', url: 'https://k24.digital/?p=1', published: '2024-09-22', language: 'en', passages: 18 },
    { id: 'b', title: 'UN [press] release', publisher: 'United Nations', url: 'https://press.un.org/x', published: '2023-10-02', language: 'en', passages: 1 },
  ];

  it('/sources lists publisher, linked title, date and passage count', () => {
    const m = sourcesMessage(sources);
    const d = description(m);
    expect(d).toContain('**K24 Digital**');
    expect(d).toContain('[K24 \\*report\\*](https://k24.digital/?p=1)');
    expect(d).toContain('[UN (press) release](https://press.un.org/x)');
    expect(d).toContain(discordDate('2024-09-22'));
    expect(d).toContain('18 passages');
    expect(d).toContain('1 passage');
    expect(m.embeds![0]!.title).toContain('2 sources');
    expectWithinLimits(m);
  });

  it('/sources stays within limits with many sources', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...sources[0]!, id: `s${i}`, title: `Source ${i} ${'t'.repeat(150)}` }));
    const m = sourcesMessage(many);
    expectWithinLimits(m);
    expect(description(m)).toMatch(/…and \d+ more\.$/);
  });

  it('/help says what the bot knows, that it only quotes, the date range and how to DM', () => {
    const d = description(helpMessage(sources));
    expect(d).toMatch(/word for word/);
    expect(d).toMatch(/never write an answer of my own/);
    expect(d).toContain(`between ${discordDate('2023-10-02')} and ${discordDate('2024-09-22')}`);
    expect(d).toMatch(/direct message/);
    expect(d).toContain('/sources');
    expectWithinLimits(helpMessage(sources));
  });

  it('the apology is short and mentions nobody', () => {
    const m = apologyMessage();
    expect(m.content).toMatch(/^Sorry, something went wrong/);
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('autocomplete gives at most 25 distinct choices of at most 100 characters', () => {
    const topics = Array.from({ length: 40 }, (_, i) => `Topic ${i % 30} ${'long words here '.repeat(12)}`);
    const choices = autocompleteChoices(topics);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect([...c.name].length).toBeLessThanOrEqual(100);
      expect([...c.value].length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    expect(autocompleteChoices(['', '  '])).toEqual([]);
  });
});

describe('small helpers', () => {
  it('discordDate is noon UTC of the day, so the day reads the same around the world', () => {
    expect(discordDate('2024-09-22')).toBe(`<t:${Date.UTC(2024, 8, 22, 12) / 1000}:D>`);
  });

  it('clip cuts on a word boundary', () => {
    expect(clip('alpha beta gamma', 12)).toBe('alpha beta…');
    expect(clip('short', 12)).toBe('short');
  });

  it('escapeText leaves plain words alone', () => {
    expect(escapeText('President Ruto visited Haiti.')).toBe('President Ruto visited Haiti.');
  });
});
