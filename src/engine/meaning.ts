/**
 * Matching by meaning with word vectors: how alike two words are, the
 * knowledge's words nearest a word, and how well a passage's words match a
 * question word. A match by vectors alone is "soft": it ranks, and never
 * decides that a passage answers; the question reader also asks the vectors
 * to confirm WordNet's looser links.
 */
import type { PassageIndex } from './passage-index.js';
import { americanOf, lemmaOf, STOP_WORDS, words } from './text.js';
import type { WordVectors } from './vectors/table.js';

/** Word-vector cosine from which two words count as alike, and what such a match is worth (1: the word itself). */
export const SOFT_MIN = 0.72;
export const SOFT_WEIGHT = 0.5;
/** How many passages' word vectors are kept worked out. */
const PASSAGE_CACHE = 20_000;
/** How many words' vectors, nearest words and passage matches are kept worked out; how many passages' matches per word. */
const WORD_CACHE = 10_000;
const MATCH_CACHE = 1_000;

/** Matching by meaning against one knowledge's passages and words, with what it works out remembered. */
export class SoftMatcher {
  /** Content words of each passage, as typed, for {@link match} (filled on demand). */
  private readonly passageVectors = new Map<number, Int8Array>();
  private readonly wordVectorCache = new Map<string, Int8Array[]>();
  private readonly nearestCache = new Map<string, Array<{ word: string; similarity: number }>>();
  /** Per question word, its {@link match} with each passage asked about so far. */
  private readonly matchCache = new Map<string, Map<number, number>>();
  /** The knowledge's words that have vectors: candidates for {@link nearest}. */
  private vocabulary: string[] | undefined;

  constructor(
    readonly vectors: WordVectors,
    private readonly index: PassageIndex,
  ) {}

  /** Highest cosine between any forms of two words (see {@link formsOf}). */
  similarity(a: string, b: string): number {
    let best = 0;
    for (const x of formsOf(a)) for (const y of formsOf(b)) best = Math.max(best, this.vectors.similarity(x, y));
    return best;
  }

  /** The two knowledge words nearest in meaning to a word, at {@link SOFT_MIN} or more (remembered per word). */
  nearest(word: string): Array<{ word: string; similarity: number }> {
    let near = this.nearestCache.get(word);
    if (!near) {
      this.vocabulary ??= [...this.index.vocabulary.keys()].filter((w) => /^\p{L}{3,}$/u.test(w) && !STOP_WORDS.has(w));
      near = this.vectors.nearest(word, this.vocabulary, 2).filter((n) => n.similarity >= SOFT_MIN);
      if (this.nearestCache.size >= WORD_CACHE) this.nearestCache.clear();
      this.nearestCache.set(word, near);
    }
    return near;
  }

  /** Best similarity of a word to the passage's content words (0 below {@link SOFT_MIN}), remembered. */
  match(word: string, n: number): number {
    let matches = this.matchCache.get(word);
    if (!matches || matches.size >= MATCH_CACHE) {
      if (this.matchCache.size >= WORD_CACHE) this.matchCache.clear();
      matches = new Map();
      this.matchCache.set(word, matches);
    }
    let m = matches.get(n);
    if (m === undefined) {
      m = this.matchNow(word, n);
      matches.set(n, m);
    }
    return m;
  }

  private matchNow(word: string, n: number): number {
    let matrix = this.passageVectors.get(n);
    if (!matrix) {
      // The passage's word vectors, one after another in one array: the loop below is the engine's hottest.
      const ws = new Set(words(this.index.passages[n]!.text).filter((w) => /^\p{L}{3,}$/u.test(w) && !STOP_WORDS.has(w)).flatMap(formsOf));
      const vs = [...ws].map((w) => this.vectors.vector(w)).filter((v): v is Int8Array => v !== undefined);
      matrix = new Int8Array(vs.length * this.vectors.dimensions);
      vs.forEach((v, i) => matrix!.set(v, i * v.length));
      if (this.passageVectors.size >= PASSAGE_CACHE) this.passageVectors.clear();
      this.passageVectors.set(n, matrix);
    }
    let best = 0;
    for (const q of this.formVectors(word)) best = Math.max(best, bestCosine(q, matrix));
    return best >= SOFT_MIN ? best : 0;
  }

  /** The vectors of a question word's forms (see {@link formsOf}), remembered: soft matching asks for them once per candidate. */
  private formVectors(word: string): Int8Array[] {
    let vs = this.wordVectorCache.get(word);
    if (!vs) {
      vs = formsOf(word).map((f) => this.vectors.vector(f)).filter((v): v is Int8Array => v !== undefined);
      if (this.wordVectorCache.size >= WORD_CACHE) this.wordVectorCache.clear();
      this.wordVectorCache.set(word, vs);
    }
    return vs;
  }
}

/** The spellings of a word worth looking up in the word vectors: as typed, its lemma, in American spelling. */
function formsOf(word: string): string[] {
  const american = americanOf(word);
  return [...new Set([word, lemmaOf(word), american, lemmaOf(american)])];
}

/** The highest cosine of a quantised unit vector with the rows of a matrix of such vectors (laid end to end). */
function bestCosine(q: Int8Array, matrix: Int8Array): number {
  const d = q.length;
  let best = -Infinity;
  for (let row = 0; row < matrix.length; row += d) {
    let dot = 0;
    for (let i = 0; i < d; i++) dot += q[i]! * matrix[row + i]!;
    if (dot > best) best = dot;
  }
  return matrix.length === 0 ? 0 : best / (127 * 127);
}
