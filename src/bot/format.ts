/**
 * Turns the engine's answers into Discord message payloads. Pure functions: no
 * client, no network, so every limit and every escape is unit-testable.
 *
 * Rules every payload here follows:
 *  - quoted text is escaped (discord.js `escapeMarkdown`, plus the few syntaxes it
 *    leaves alone) piece by piece, and the matched words are bolded AFTER escaping,
 *    so the words a reader sees are the source's words, verbatim;
 *  - `allowedMentions: { parse: [] }`: nobody is ever pinged, whatever a source or a
 *    question contains;
 *  - Discord's limits hold (2000 content, 4096 embed description, 6000 per message's
 *    embeds, 5 buttons a row, 100-char custom ids, 25 autocomplete choices); long
 *    passages are cut on a word boundary with "…" inside the quote.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIApplicationCommandOptionChoice,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import type { Answer, Citation, QuotedPassage } from '../engine/answer.js';
import type { SourceSummary } from '../engine/engine.js';

/** Discord's limits that the payloads here respect. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  /** Sum of all embeds' text in one message. */
  embedTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  buttonUrl: 512,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Mention nobody: not @everyone, not a role, not a user, not the person replied to. */
export const NO_MENTIONS: { parse: []; repliedUser: false } = Object.freeze({ parse: [], repliedUser: false }) as {
  parse: [];
  repliedUser: false;
};

/** A message body as discord.js takes it for a reply, an edit, a follow-up or a DM reply. */
export interface BotMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIButtonComponent>>;
  allowedMentions: { parse: []; repliedUser: false };
}

/** The custom-id prefix of the "More results" button (routed to the `ask` command). */
export const MORE_PREFIX = 'ask:more:';
/** `ask:more:q:<question>`: the question itself, when it fits in the custom id. */
const MORE_QUESTION = `${MORE_PREFIX}q:`;
/** `ask:more:k:<key>`: a key into the bot's memory of longer questions. */
const MORE_KEY = `${MORE_PREFIX}k:`;

/** Embed colour of answers (a calm blue) and of other notices. */
const ANSWER_COLOR = 0x2b6cb0;
const INFO_COLOR = 0x718096;

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/** Length as Discord counts it (code points); never more than `.length`. */
export function discordLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Escapes a piece of source text so Discord shows it literally: everything
 * `escapeMarkdown` knows (bold, italics, code, spoilers, headings, lists), every
 * `[` (masked links), block quotes and subtext at a line start, and the `<@…>`,
 * `<#…>`, `<t:…>`, `<:emoji:…>` syntaxes (shown as typed instead of as pills).
 * Discord drops a backslash before punctuation, so the reader sees the original
 * characters; escaping more than needed is harmless, escaping less is not.
 *
 * `escapeMarkdown` runs word by word (each run of non-spaces with the spaces after
 * it): its look-behinds are quadratic in the length of a line, and no Markdown
 * marker it escapes spans a space, while masked links (which do) are handled here.
 */
/** A character some rule of `escapeMarkdown` escapes (`1.` for numbered lists). */
const MARKDOWN_CHAR = /[\\`*_~|#-]|\d\./;

export function escapeText(text: string): string {
  let out = '';
  for (const chunk of text.match(/\S+\s*|\s+/g) ?? []) {
    // Most words have nothing escapeMarkdown would touch: skip its dozen regexes.
    out += MARKDOWN_CHAR.test(chunk) ? escapeLeftovers(escapeMarkdown(chunk, { heading: true, bulletedList: true, numberedList: true, maskedLink: false })) : chunk;
  }
  return out
    .replace(/\[/g, '\\[')
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
    .replace(/<(?=[@#:/]|a:|t:|id:)/g, '\\<')
    // `\@everyone` shows as "@everyone" and can never ping, whatever allowed_mentions says.
    .replace(/@(?=everyone|here)/g, '\\@');
}

/**
 * escapeMarkdown leaves some markers of a run unescaped (`****` becomes `\*\*\**`,
 * and a longer run keeps a `**` that Discord reads as bold): escape every
 * emphasis, strike, spoiler and code marker it left, skipping what is escaped.
 */
function escapeLeftovers(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      out += c + (s[i + 1] ?? '');
      i++;
    } else if (c === '*' || c === '_' || c === '~' || c === '|' || c === '`') out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Cuts `text` to at most `max` characters on a word boundary, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (discordLength(one) <= max) return one;
  const chars = [...one].slice(0, Math.max(0, max - 1)).join('');
  const cut = chars.replace(/\s+\S*$/u, '');
  return `${(cut.length > 0 ? cut : chars).trimEnd()}…`;
}

/**
 * A date (YYYY-MM-DD) as a Discord timestamp shown as a date (`<t:UNIX:D>`).
 * Noon UTC, so readers from UTC−11 to UTC+11 see the same calendar day.
 */
export function discordDate(isoDate: string): string {
  const ms = Date.parse(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(ms)) return escapeText(isoDate);
  return `<t:${Math.floor(ms / 1000)}:D>`;
}

/**
 * A URL safe inside a Markdown link `[text](url)`: parentheses, spaces, angle
 * brackets and Markdown's own characters percent-encoded (same URL to a browser,
 * text fragments included).
 */
function linkTarget(url: string): string {
  const encode = (part: string) => part.replace(/[()\s<>*_~|`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  // `:~:` starts a text-fragment directive and must stay as it is.
  return url.split(':~:').map(encode).join(':~:');
}

/** Link text: escaped, without the brackets that would end it early. */
function linkText(text: string): string {
  return escapeText(text.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')')));
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) && url.length <= LIMITS.buttonUrl;
}

// ---------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------

/**
 * Renders prefixes `text[0, end)` of a passage with the highlight spans in bold,
 * each piece escaped on its own (so the bold markers stay markers and the words
 * stay the words), as a block quote. The escaped pieces are computed once, so
 * trying many cut points (see {@link quoteBlock}) costs no more escaping.
 */
class QuoteRenderer {
  /** [start, end, bold] pieces covering the text. */
  private readonly pieces: Array<[number, number, boolean]> = [];
  private readonly rendered: Array<string | undefined> = [];

  constructor(
    private readonly text: string,
    highlights: ReadonlyArray<readonly [number, number]>,
  ) {
    let at = 0;
    const spans = [...highlights].filter(([s, e]) => s < e && s >= 0).sort((a, b) => a[0] - b[0]);
    for (const [s0, e0] of spans) {
      const s = Math.max(s0, at);
      const e = Math.min(e0, text.length);
      if (s >= e) continue;
      if (at < s) this.pieces.push([at, s, false]);
      this.pieces.push([s, e, true]);
      at = e;
    }
    if (at < text.length) this.pieces.push([at, text.length, false]);
  }

  private piece(i: number, end: number): string {
    const [s, e, bold] = this.pieces[i]!;
    const whole = end >= e;
    if (whole && this.rendered[i] !== undefined) return this.rendered[i]!;
    const part = this.text.slice(s, Math.min(e, end));
    // A span never holds a line break (spans are words), but be safe: bold line by line.
    const out = bold
      ? part
          .split('\n')
          .map((w) => (w.trim() === '' ? w : `**${escapeText(w)}**`))
          .join('\n')
      : escapeText(part);
    if (whole) this.rendered[i] = out;
    return out;
  }

  /** `text[0, end)` as a block quote, with "…" when `ellipsis`. */
  render(end: number, ellipsis: boolean): string {
    let out = '';
    for (let i = 0; i < this.pieces.length && this.pieces[i]![0] < end; i++) out += this.piece(i, end);
    if (ellipsis) out = `${out.trimEnd()}…`;
    return out
      .split('\n')
      .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
      .join('\n');
  }
}

/**
 * A passage as a Markdown block quote with its matched words in bold, at most
 * `max` characters long: cut at the last word boundary that fits, with "…".
 */
export function quoteBlock(text: string, highlights: ReadonlyArray<readonly [number, number]>, max: number): string {
  const quote = new QuoteRenderer(text, highlights);
  const full = quote.render(text.length, false);
  if (discordLength(full) <= max) return full;
  // Candidate cuts: before each run of whitespace (the words before it stay whole).
  const cuts: number[] = [];
  // A rendering is never shorter than the text it shows, so cuts past 2 × max (UTF-16 units) cannot fit.
  for (const m of text.matchAll(/\s+/g)) if (m.index > 0 && m.index <= 2 * max) cuts.push(m.index);
  let lo = 0;
  let hi = cuts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (discordLength(quote.render(cuts[mid]!, true)) <= max) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best >= 0) return quote.render(cuts[best]!, true);
  // One enormous word: cut inside it (never inside a surrogate pair).
  let lo2 = 0;
  let hi2 = Math.min(text.length, 2 * max);
  let end = 0;
  while (lo2 <= hi2) {
    const mid = (lo2 + hi2) >> 1;
    if (discordLength(quote.render(mid, true)) <= max) {
      end = mid;
      lo2 = mid + 1;
    } else hi2 = mid - 1;
  }
  if (end > 0 && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
  return quote.render(end, true);
}

/** "— K24 Digital, [title](link to the passage), <t:…:D>" */
export function citationLine(c: Citation): string {
  const title = /^https?:\/\//i.test(c.link) ? `[${linkText(c.title)}](${linkTarget(c.link)})` : linkText(c.title);
  return `— **${escapeText(c.publisher)}**, ${title}, ${discordDate(c.date)}`;
}

/** A passage with its citation, as one embed description of at most `max` characters. */
function passageDescription(p: QuotedPassage, max: number): string {
  const cite = citationLine(p.citation);
  const room = max - discordLength(cite) - 2;
  return `${quoteBlock(p.quote, p.highlights, Math.max(40, room))}\n\n${cite}`;
}

// ---------------------------------------------------------------------------
// "More results" button ids
// ---------------------------------------------------------------------------

/** The custom id of the "More results" button for a question, when the question fits in it. */
export function moreResultsId(question: string): string | null {
  const id = `${MORE_QUESTION}${question}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** The custom id that points to a remembered question by key. */
export function moreResultsKeyId(key: string): string {
  const id = `${MORE_KEY}${key}`;
  if (id.length > LIMITS.customId) throw new Error('more-results key too long');
  return id;
}

/** What a "More results" custom id holds, or null when it is not one of ours. */
export function parseMoreResultsId(customId: string): { question: string } | { key: string } | null {
  if (customId.startsWith(MORE_QUESTION)) return { question: customId.slice(MORE_QUESTION.length) };
  if (customId.startsWith(MORE_KEY)) return { key: customId.slice(MORE_KEY.length) };
  return null;
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

export interface AnswerFormatOptions {
  /** The longest question the bot reads (config.MAX_QUESTION_CHARS), for the too-long refusal. */
  maxQuestionChars: number;
  /**
   * Custom id for the "More results" button; null or undefined: no such button.
   * The button is shown only when the answer has alternatives.
   */
  moreId?: string | null | undefined;
  /** Topics to offer when the engine abstains without suggestions (e.g. section headings). */
  fallbackTopics?: readonly string[] | undefined;
}

/** The reply to a question: the answer, or the abstention. */
export function answerMessage(answer: Answer, options: AnswerFormatOptions): BotMessage {
  if (!answer.answered || !answer.best) return abstentionMessage(answer, options);
  const best = answer.best;
  const description = passageDescription(best, LIMITS.embedDescription);
  const footer = `Quoted word for word from the source · confidence ${Math.round(answer.confidence * 100)}%`;
  const buttons: APIButtonComponent[] = [];
  if (options.moreId && answer.alternatives.length > 0 && options.moreId.length <= LIMITS.customId) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: options.moreId,
      label: `More results (${answer.alternatives.length})`,
    });
  }
  if (isHttpUrl(best.citation.url)) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, url: best.citation.url, label: clip(`Source: ${best.citation.publisher}`, LIMITS.buttonLabel) });
  }
  return {
    embeds: [{ description, color: ANSWER_COLOR, footer: { text: footer } }],
    components: rows(buttons),
    allowedMentions: NO_MENTIONS,
  };
}

/** What the bot says when no passage answers: why, the nearest topics, and a pointer to /sources. */
export function abstentionMessage(answer: Answer, options: AnswerFormatOptions): BotMessage {
  if (answer.reason === 'too-long') {
    return {
      content: `Sorry, that question is too long for me: ${answer.question.length} characters, and I read at most ${options.maxQuestionChars}. Please ask it in fewer words.`,
      allowedMentions: NO_MENTIONS,
    };
  }
  const lines: string[] = [];
  if (answer.reason === 'empty') {
    lines.push('Please ask a question in words, for example: “How many more officers is Kenya sending to Haiti?”');
  } else if (answer.reason === 'ambiguous') {
    lines.push('More than one of my sources matches that question as well as the other: which do you mean? Please ask again with a word that tells them apart.');
  } else {
    lines.push('No passage in my sources answers that.');
  }
  const near = answer.suggestions.map((s) => (answer.reason === 'ambiguous' ? `${s.citation.title}: ${s.quote}` : s.quote));
  const topics = near.length > 0 ? near : [...(options.fallbackTopics ?? [])];
  if (topics.length > 0) {
    lines.push(answer.reason === 'ambiguous' ? 'The passages, one from each:' : near.length > 0 ? 'The nearest topics in my sources:' : 'Topics my sources cover:');
    for (const t of topics.slice(0, 5)) lines.push(`• ${escapeText(clip(t, 100))}`);
  }
  lines.push('I only quote my sources; use `/sources` to see what they are.');
  const buttons: APIButtonComponent[] = [];
  if (options.moreId && near.length > 0 && options.moreId.length <= LIMITS.customId) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: options.moreId, label: 'Show the nearest passages' });
  }
  return { content: fitContent(lines), ...(buttons.length > 0 ? { components: rows(buttons) } : {}), allowedMentions: NO_MENTIONS };
}

/**
 * The alternatives of an answer, for the "More results" button (sent ephemeral
 * by the caller); for a refusal, its nearest passages, said to be no answer.
 */
export function moreResultsMessage(answer: Answer): BotMessage {
  const refused = !answer.answered && answer.suggestions.length > 0;
  if (!refused && (!answer.answered || answer.alternatives.length === 0)) {
    return { content: 'No other passage in my sources matches that question well enough.', allowedMentions: NO_MENTIONS };
  }
  const alts = (refused ? answer.suggestions : answer.alternatives).slice(0, LIMITS.embeds);
  const header = refused
    ? answer.reason === 'ambiguous'
      ? 'These sources match your question equally well, word for word; judge which you mean:'
      : 'No passage answers that for sure. The nearest ones, word for word; judge for yourself:'
    : alts.length === 1
      ? 'One more passage that matches your question:'
      : `${alts.length} more passages that match your question:`;
  // Every embed's text counts towards the 6000-character total of the message.
  const each = Math.min(LIMITS.embedDescription, Math.floor((LIMITS.embedTotal - 100) / alts.length));
  return {
    content: header,
    embeds: alts.map((p) => ({ description: passageDescription(p, each), color: INFO_COLOR })),
    allowedMentions: NO_MENTIONS,
  };
}

/** `/sources`: every source with its publisher, date, link and passage count. */
export function sourcesMessage(sources: readonly SourceSummary[]): BotMessage {
  if (sources.length === 0) return { content: 'I have no sources loaded right now.', allowedMentions: NO_MENTIONS };
  const passages = sources.reduce((n, s) => n + s.passages, 0);
  const title = `My sources: ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}, ${passages} passages`;
  const lines = sources.map((s) => {
    const link = /^https?:/i.test(s.url) ? `[${linkText(clip(s.title, 200))}](${linkTarget(s.url)})` : linkText(clip(s.title, 200));
    return `• **${escapeText(s.publisher)}**, ${link}, ${discordDate(s.published)} · ${s.passages} ${s.passages === 1 ? 'passage' : 'passages'}`;
  });
  return {
    embeds: [{ title: clip(title, LIMITS.embedTitle), description: fitLines(lines, LIMITS.embedDescription, (n) => `…and ${n} more.`), color: INFO_COLOR }],
    allowedMentions: NO_MENTIONS,
  };
}

/** `/help` (and "help" by direct message). */
export function helpMessage(sources: readonly SourceSummary[]): BotMessage {
  const dates = sources.map((s) => s.published).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const passages = sources.reduce((n, s) => n + s.passages, 0);
  const first = dates[0];
  const last = dates[dates.length - 1];
  const range = first === undefined || last === undefined ? '' : first === last ? `, published ${discordDate(first)}` : `, published between ${discordDate(first)} and ${discordDate(last)}`;
  const description = [
    '**What I know**',
    `The Kenyan-led Multinational Security Support (MSS) mission in Haiti, from ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} (${passages} passages)${range}. \`/sources\` lists them.`,
    '',
    '**How I answer**',
    'I quote one passage of my sources word for word, with the words that match your question in **bold**, and cite it: publisher, title, date and a link to the passage. I never write an answer of my own: when no passage answers, I say so and suggest nearby topics. **More results** shows other passages that match.',
    '',
    '**How to ask**',
    '• `/ask question:` followed by your question; add `private: True` to see the answer only yourself.',
    '• Or send me a direct message with your question in plain words; I reply to it. Write `help` to see this again.',
  ].join('\n');
  return { embeds: [{ title: 'About this bot', description, color: INFO_COLOR }], allowedMentions: NO_MENTIONS };
}

/** The short apology for a user when a handler fails. */
export function apologyMessage(): BotMessage {
  return { content: 'Sorry, something went wrong while answering. Please try again in a moment.', allowedMentions: NO_MENTIONS };
}

/**
 * The notice for someone over the question rate limit: how many questions per
 * how many seconds, and when to try again (a Discord relative timestamp, shown
 * as "in 7 seconds" in the reader's own client).
 */
export function rateLimitMessage(retryAt: number, limit: { questions: number; seconds: number }): BotMessage {
  const per = limit.questions === 1 ? 'one question' : `${limit.questions} questions`;
  return {
    content: `You are asking faster than I can answer: I take ${per} every ${limit.seconds} seconds from each person. Please try again <t:${Math.ceil(retryAt / 1000)}:R>.`,
    allowedMentions: NO_MENTIONS,
  };
}

/** The reply while the bot is shutting down (a restart or a deployment). */
export function restartingMessage(): BotMessage {
  return { content: 'I am restarting right now, so I cannot take new questions. Please ask again in a minute.', allowedMentions: NO_MENTIONS };
}

/** Autocomplete choices from topics: at most 25, names and values ≤ 100 characters, no duplicates. */
export function autocompleteChoices(topics: readonly string[]): Array<APIApplicationCommandOptionChoice<string>> {
  const out: Array<APIApplicationCommandOptionChoice<string>> = [];
  const seen = new Set<string>();
  for (const t of topics) {
    const value = clip(t, LIMITS.choiceValue);
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: value, value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}

// ---------------------------------------------------------------------------

/** Buttons in rows of at most 5 (and at most 5 rows). */
function rows(buttons: APIButtonComponent[]): Array<APIActionRowComponent<APIButtonComponent>> {
  const out: Array<APIActionRowComponent<APIButtonComponent>> = [];
  for (let i = 0; i < buttons.length && out.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

/** Lines joined while they fit in the content limit (the last line, the pointer, is kept). */
function fitContent(lines: string[]): string {
  const text = lines.join('\n');
  if (discordLength(text) <= LIMITS.content) return text;
  const last = lines[lines.length - 1]!;
  return `${fitLines(lines.slice(0, -1), LIMITS.content - discordLength(last) - 1, () => '…')}\n${last}`;
}

/** As many lines as fit in `max` characters, then a line saying how many were left out. */
function fitLines(lines: string[], max: number, more: (n: number) => string): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tail = i < lines.length - 1 ? discordLength(more(lines.length - i)) + 1 : 0;
    if (used + discordLength(line) + 1 + tail > max) {
      out.push(more(lines.length - i));
      return out.join('\n');
    }
    out.push(line);
    used += discordLength(line) + 1;
  }
  return out.join('\n');
}
