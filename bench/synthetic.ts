/**
 * Seeded synthetic knowledge for the benchmark: news-like English whose word
 * frequencies follow a Zipf-like law, so that common words have the large
 * postings they have in real corpora (the cost that matters for search), and a
 * long tail of rare words, names, numbers and dates.
 *
 * Deterministic: the same options always give the same knowledge, byte for byte.
 */
import { termOf } from '../src/engine/text.js';
import type { Knowledge, Source } from '../src/knowledge/types.js';

export interface SyntheticOptions {
  /** How many passages (paragraphs) to generate in all. */
  passages: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Paragraphs per source (a news article has 15 to 30); default 20. */
  passagesPerSource?: number;
}

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const intBetween = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * The common words, roughly in order of frequency in English news about the
 * mission: function words first (most are the engine's stop words), then the
 * domain's frequent content words. Rank decides frequency (Zipf).
 */
export const COMMON_WORDS: readonly string[] = `
the of to and a in said on for that is was with by police as at from it Haiti his he be has have
Kenya security officers mission president an are not were this which but will who had been their they
Kenyan government its after also more UN would first about country than one two people or new over
gangs Port-au-Prince national force Ruto council international minister support when there all
year years last into up out officials some other could against since time deployment what Haitian
transitional United Nations multinational led Kenyan-led week under told state capital may three
court troops Nairobi violence help between during before world million prime report agreement
general security-council further public armed while including city now order four so day days
Monday Tuesday Wednesday Thursday Friday Saturday Sunday so-called
president's news office foreign five house political police-officers group statement military
members added according months month local early back team second end leaders plan funding
authority vote resolution mandate Washington Americas part region bilateral assembly attack attacks
officer commander operation operations help aid humanitarian crisis election elections leader
ministry justice law control area areas several hundred thousand cabinet republic interior
training equipment vehicles arrival arrived deploy deployed deploying sent send stability
stable hope hopes progress results positive calm peace peaceful communities residents families
children schools hospital hospitals airport port roads road access fuel food water supplies
gang gang-controlled neighbourhoods neighborhoods control controlled displaced thousands
killed wounded injured dead shot fire fired gunmen weapons arms trafficking sanctions
secretary spokesperson spokesman envoy ambassador delegation visit visited meeting met talks
announced announcement confirmed denied expected plans planned continue continued continues
remain remained remains began begin start started ended judge ruling ruled unconstitutional
parliament approved approval lawmakers senators budget dollars contribution contributions
donors fund trust voluntary countries nations partners Jamaica Bahamas Belize Guatemala
Benin Chad Bangladesh Canada France Caribbean CARICOM Washington-based regional community
`
  .split(/\s+/)
  .filter(Boolean);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'a', 'e', 'e', 'i', 'i', 'o', 'o', 'u', 'ai', 'ou', 'ea', 'io'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'nt', 'st', 'x', 'k'];

/** A pronounceable pseudo-word of 2 or 3 syllables (rarely 4): 5 to 10 letters mostly. */
function pseudoWord(rng: Rng): string {
  const r = rng();
  const syllables = r < 0.55 ? 2 : r < 0.92 ? 3 : 4;
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === syllables - 1 ? pick(rng, CODAS) : '');
  return w;
}

/** A number as news prints it: 600, 2,699, 24.5, 1,500. */
function numberWord(rng: Rng): string {
  const r = rng();
  if (r < 0.45) return String(intBetween(rng, 2, 999));
  if (r < 0.8) return intBetween(rng, 1000, 250_000).toLocaleString('en-US');
  if (r < 0.9) return `${intBetween(rng, 1, 99)}.${intBetween(rng, 1, 9)}`;
  return String(intBetween(rng, 1990, 2030));
}

/** A date phrase: "on Saturday, September 21, 2024" or "in March 2023". */
function datePhrase(rng: Rng): string {
  const year = intBetween(rng, 2015, 2025);
  if (rng() < 0.6) return `on ${pick(rng, WEEKDAYS)}, ${pick(rng, MONTHS)} ${intBetween(rng, 1, 28)}, ${year}`;
  return `in ${pick(rng, MONTHS)} ${year}`;
}

/** How many rare words the vocabulary has (names, pseudo-words, numbers). */
const RARE_WORDS = 40_000;
/** Zipf exponent: about 1 for natural language. */
const ZIPF_S = 1.0;

/** A vocabulary ranked by frequency, with its cumulative Zipf distribution for sampling. */
class Vocabulary {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(rng: Rng) {
    const seen = new Set(COMMON_WORDS.map((w) => w.toLowerCase()));
    const rare: string[] = [];
    while (rare.length < RARE_WORDS) {
      const r = rng();
      let w: string;
      if (r < 0.12) w = numberWord(rng);
      else if (r < 0.3) {
        // Names: capitalised pseudo-words, some hyphenated (Jean-Baptiste, Port-de-Paix).
        const name = pseudoWord(rng);
        w = name[0]!.toUpperCase() + name.slice(1);
        if (rng() < 0.1) w += `-${pseudoWord(rng)}`;
      } else w = pseudoWord(rng);
      const key = w.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      rare.push(w);
    }
    this.words = [...COMMON_WORDS, ...rare];
    this.cumulative = new Float64Array(this.words.length);
    let sum = 0;
    for (let i = 0; i < this.words.length; i++) {
      sum += 1 / Math.pow(i + 1, ZIPF_S);
      this.cumulative[i] = sum;
    }
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i]! /= sum;
  }

  /** A word drawn by its Zipf frequency. */
  sample(rng: Rng): string {
    const x = rng();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

/** A sentence of about `n` words, capitalised, with the odd comma, date and possessive. */
function sentence(rng: Rng, vocab: Vocabulary, n: number): string {
  const out: string[] = [];
  while (out.length < n) {
    if (out.length > 2 && rng() < 0.025) {
      out.push(...datePhrase(rng).split(' '));
      continue;
    }
    let w = vocab.sample(rng);
    if (/^[A-Z][a-z]/.test(w) && rng() < 0.08) w += "'s";
    if (out.length > 3 && out.length < n - 2 && rng() < 0.06) w += ',';
    out.push(w);
  }
  const first = out[0]!;
  out[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${out.join(' ').replace(/,$/, '')}.`;
}

/** A paragraph of 25 to 45 words in one to three sentences, ending with a period. */
function paragraph(rng: Rng, vocab: Vocabulary): string {
  let remaining = intBetween(rng, 25, 45);
  const sentences: string[] = [];
  while (remaining > 0) {
    const n = remaining <= 20 ? remaining : Math.min(remaining, intBetween(rng, 10, 25));
    sentences.push(sentence(rng, vocab, n));
    remaining -= n;
  }
  return sentences.join(' ');
}

/** A short heading line: 3 to 6 words, capitalised, no final punctuation. */
function heading(rng: Rng, vocab: Vocabulary): string {
  // The passage splitter takes a bare line of at most 8 words and 60 characters for a heading.
  for (;;) {
    const n = intBetween(rng, 3, 6);
    const ws: string[] = [];
    while (ws.length < n) {
      const w = vocab.sample(rng).replace(/[,.]/g, '');
      ws.push(w[0]!.toUpperCase() + w.slice(1));
    }
    const line = ws.join(' ');
    if (line.length <= 60) return line;
  }
}

const PUBLISHERS = ['Synthetic Times', 'The Example Herald', 'Daily Placeholder', 'Benchmark Wire', 'Caribbean Sample News'];

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Seeded synthetic knowledge of (about) `passages` passages: sources of
 * `passagesPerSource` paragraphs each (one per line, each ending with a
 * period), with a short heading line before about one paragraph in six.
 * No aliases.
 */
export function syntheticKnowledge({ passages, seed, passagesPerSource = 20 }: SyntheticOptions): Knowledge {
  if (!Number.isInteger(passages) || passages < 1) throw new Error(`passages must be a positive integer, got ${passages}`);
  if (!Number.isInteger(passagesPerSource) || passagesPerSource < 1) throw new Error(`passagesPerSource must be a positive integer, got ${passagesPerSource}`);
  const rng = mulberry32(seed);
  const vocab = new Vocabulary(mulberry32(seed ^ 0x9e3779b9));
  const sources: Source[] = [];
  let left = passages;
  for (let s = 0; left > 0; s++) {
    const count = Math.min(passagesPerSource, left);
    left -= count;
    const lines: string[] = [];
    for (let p = 0; p < count; p++) {
      // A heading needs a paragraph after it; never one before the first paragraph of a short source.
      if (p > 0 && rng() < 1 / 6) lines.push(heading(rng, vocab));
      lines.push(paragraph(rng, vocab));
    }
    const headline = sentence(rng, vocab, intBetween(rng, 6, 12)).replace(/\.$/, '');
    const id = `synthetic-${String(s + 1).padStart(6, '0')}-${kebab(headline.split(' ').slice(0, 4).join(' '))}`.replace(/-$/, '');
    const year = intBetween(rng, 2015, 2025);
    const published = `${year}-${String(intBetween(rng, 1, 12)).padStart(2, '0')}-${String(intBetween(rng, 1, 28)).padStart(2, '0')}`;
    const body = `${lines.join('\n')}\n`;
    sources.push({
      id,
      title: headline,
      publisher: pick(rng, PUBLISHERS),
      url: `https://example.org/news/${id}`,
      published,
      language: 'en',
      file: `synthetic/${id}.md`,
      body,
      bodyLine: 1,
      hash: `synthetic-${seed}-${s}`,
    });
  }
  return { sources, aliases: [] };
}

/** A question of the synthetic question mix, with the kind it stands for. */
export interface SyntheticQuestion {
  kind: 'common' | 'only-common' | 'rare' | 'mixed' | 'stop-words' | 'typo' | 'synonym' | 'long-40-words';
  q: string;
}

/** Real English words that the synthetic vocabulary never uses: they reach the WordNet synonym path. */
const ABSENT_ENGLISH = [
  'physician', 'automobile', 'happiness', 'lawyer', 'journey', 'purchase', 'tranquility', 'medication', 'enormous',
  'teacher', 'harbor', 'merchant', 'rebellion', 'shelter', 'evacuation', 'bandits', 'soldiers', 'cops', 'payment', 'voyage',
];

/** Question frames, filled with words of the corpus. */
const FRAMES = [
  (a: string, b: string) => `What did ${a} say about ${b}?`,
  (a: string, b: string) => `When did the ${a} ${b}?`,
  (a: string, b: string) => `Who is in charge of ${a} in ${b}?`,
  (a: string, b: string) => `How many ${a} were sent to ${b}?`,
  (a: string, b: string) => `Why was the ${a} of ${b} delayed?`,
  (a: string, b: string) => `Where is ${a} ${b}?`,
];

/**
 * A word of the text with one letter changed, inserted or dropped inside it: a
 * typo that no passage has, not even as a stem (so the engine has to correct it).
 */
function typo(rng: Rng, word: string, knownTerms: ReadonlySet<string>): string | undefined {
  if (word.length < 4) return undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = intBetween(rng, 1, word.length - 3);
    const letter = String.fromCharCode(97 + Math.floor(rng() * 26));
    const r = rng();
    const t = r < 0.5 ? word.slice(0, i) + letter + word.slice(i + 1) : r < 0.8 ? word.slice(0, i) + letter + word.slice(i) : word.slice(0, i) + word.slice(i + 1);
    if (t !== word && !knownTerms.has(termOf(t))) return t;
  }
  return undefined;
}

/**
 * A seeded mix of questions over synthetic knowledge, built from the words its
 * passages actually use: common content words (the largest postings), rare
 * words, mixes, stop-word-heavy questions, typos (the fuzzy path), English
 * words absent from the text (the WordNet synonym path) and 40-word questions.
 */
export function syntheticQuestions(knowledge: Knowledge, { count, seed, maxChars = 500 }: { count: number; seed: number; maxChars?: number }): SyntheticQuestion[] {
  const rng = mulberry32(seed);
  const freq = new Map<string, number>();
  for (const s of knowledge.sources) {
    for (const w of s.body.split(/[\s,.]+/)) if (w !== '') freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const known = new Set([...freq.keys()].map((w) => w.toLowerCase()));
  const knownTerms = new Set([...known].map((w) => termOf(w.replace(/'s$/, ''))));
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const alpha = (w: string) => /^[A-Za-z][A-Za-z-]*$/.test(w) && !w.endsWith("'s");
  const stop = new Set('the of to and a in on for that is was with by as at from it be has have an are not were this which but will who had been their they would about than or when there all what some other could into up out over under while so'.split(' '));
  // Common content words: the most frequent that are not stop words.
  const common = byFreq.filter((w) => alpha(w) && !stop.has(w.toLowerCase())).slice(0, 150);
  // Rare words: used at least once but in the long tail.
  const tail = byFreq.slice(Math.floor(byFreq.length * 0.5)).filter(alpha);
  const middle = byFreq.slice(300, Math.max(301, Math.floor(byFreq.length * 0.1))).filter(alpha);
  const typoable = [...common.slice(20), ...middle.slice(0, 500)].filter((w) => w.length >= 5);
  const absent = ABSENT_ENGLISH.filter((w) => !knownTerms.has(termOf(w)));
  const stopList = [...stop];
  const kinds: SyntheticQuestion['kind'][] = ['common', 'only-common', 'rare', 'mixed', 'stop-words', 'typo', 'synonym', 'long-40-words'];
  const out: SyntheticQuestion[] = [];
  const fallback = (list: string[], other: string[]) => (list.length > 0 ? list : other);
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const frame = pick(rng, FRAMES);
    let q: string;
    switch (kind) {
      case 'common':
        q = frame(pick(rng, common), `${pick(rng, common)} ${pick(rng, common)}`);
        break;
      case 'only-common':
        q = Array.from({ length: intBetween(rng, 4, 8) }, () => pick(rng, common.slice(0, 40))).join(' ');
        break;
      case 'rare':
        q = frame(pick(rng, fallback(tail, common)), pick(rng, fallback(tail, common)));
        break;
      case 'mixed':
        q = frame(`${pick(rng, common)} ${pick(rng, fallback(middle, common))}`, `${pick(rng, fallback(tail, common))} ${pick(rng, common)}`);
        break;
      case 'stop-words':
        q = `${Array.from({ length: intBetween(rng, 5, 10) }, () => pick(rng, stopList)).join(' ')} ${rng() < 0.5 ? pick(rng, common) : ''}`.trim() + '?';
        break;
      case 'typo': {
        const word = pick(rng, fallback(typoable, common));
        q = frame(typo(rng, word.toLowerCase(), knownTerms) ?? word, pick(rng, common));
        break;
      }
      case 'synonym':
        q = frame(pick(rng, fallback(absent, common)), pick(rng, common));
        break;
      case 'long-40-words': {
        // Forty words drawn by corpus frequency, kept under the engine's length limit.
        do {
          const ws = Array.from({ length: 40 }, () => byFreq[Math.floor(Math.pow(rng(), 3) * byFreq.length)]!);
          q = `${ws.join(' ')}?`;
        } while (q.length > maxChars);
        break;
      }
    }
    out.push({ kind, q });
  }
  return out;
}
