/**
 * The passages of the knowledge and their search index: MiniSearch (BM25 over
 * passage text, context and source title, with this project's tokenizer) plus
 * the term statistics the engine's re-ranking needs, built from the knowledge
 * or loaded from a saved snapshot.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { contextOf, splitPassages } from '../knowledge/passages.js';
import type { Knowledge, Passage } from '../knowledge/types.js';
import { terms, wordTerms, words } from './text.js';

/** A term in more than this share of the passages (and at least this many) is common: see `candidates`. */
const COMMON_SHARE = 0.005;
const COMMON_MIN_PASSAGES = 100;

/**
 * Version of the index and of everything that shapes it (tokenizer, terms,
 * passage shaping): bump it when any of them changes, so saved snapshots are
 * rebuilt rather than trusted.
 */
export const SNAPSHOT_VERSION = 18;

/** A saved index: MiniSearch's JSON form plus the engine's term statistics. */
export interface EngineSnapshot {
  version: number;
  /** The passages, so a start need not split the sources again. */
  passages: Passage[];
  index: unknown;
  df: Array<[string, number]>;
  vocabulary: Array<[string, number]>;
  postings: Array<[string, number[]]>;
}

/** The passages and their index; the first stage of answering (see {@link candidates}). */
export class PassageIndex {
  private constructor(
    readonly passages: readonly Passage[],
    /** MiniSearch over the passages; a passage's id is its number in `passages`. */
    readonly search: MiniSearch<IndexedPassage>,
    /** In how many passages (text field) each term occurs. */
    readonly df: ReadonlyMap<string, number>,
    /** Every word the passages use, as typed: for typo correction and autocomplete. */
    readonly vocabulary: SearchableMap<number>,
    /** Each term's posting list: the numbers of the passages (text field) holding it, ascending. */
    private readonly postings: ReadonlyMap<string, Int32Array>,
    /** Whether the index was loaded from a snapshot rather than built. */
    readonly fromSnapshot: boolean,
  ) {}

  private ranges: Map<string, Array<[number, number]>> | undefined;

  /** How many sources the passages come from. */
  sourceCount(): number {
    return this.sourceRanges().size;
  }

  /** How many passages a source has. */
  sourcePassages(sourceId: string): number {
    let n = 0;
    for (const [start, end] of this.sourceRanges().get(sourceId) ?? []) n += end - start;
    return n;
  }

  /**
   * In how many passages of one source a term occurs: a source's own topic words ("MSS" in news about
   * the MSS) are common within it however rare they are among other sources.
   */
  sourceDf(sourceId: string, term: string): number {
    const list = this.postings.get(term);
    if (!list) return 0;
    let n = 0;
    for (const [start, end] of this.sourceRanges().get(sourceId) ?? []) n += lowerBound(list, end) - lowerBound(list, start);
    return n;
  }

  /** The runs of passage numbers of each source, [start, end) (one run each, as the sources are split in turn). */
  private sourceRanges(): Map<string, Array<[number, number]>> {
    if (!this.ranges) {
      const ranges = new Map<string, Array<[number, number]>>();
      this.passages.forEach((p, n) => {
        const runs = ranges.get(p.sourceId);
        const last = runs?.at(-1);
        if (last && last[1] === n) last[1] = n + 1;
        else if (runs) runs.push([n, n + 1]);
        else ranges.set(p.sourceId, [[n, n + 1]]);
      });
      this.ranges = ranges;
    }
    return this.ranges;
  }

  /** Splits and indexes the knowledge, or loads a snapshot of the same knowledge (one that does not fit is ignored). */
  static build(knowledge: Knowledge, snapshot?: EngineSnapshot): PassageIndex {
    if (snapshot && fits(snapshot, knowledge)) {
      return PassageIndex.loaded(MiniSearch.loadJS<IndexedPassage>(snapshot.index as PlainIndex, INDEX_OPTIONS), snapshot);
    }
    const passages = knowledge.sources.flatMap(splitPassages);
    const docs = indexedDocs(knowledge, passages);
    const search = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
    search.addAll(docs);
    const stats = termStatistics(docs);
    return new PassageIndex(passages, search, stats.df, stats.vocabulary, stats.postings, false);
  }

  /** The same as {@link build}, in slices that give the event loop back now and then. */
  static async buildAsync(knowledge: Knowledge, snapshot?: EngineSnapshot): Promise<PassageIndex> {
    if (snapshot && fits(snapshot, knowledge)) {
      return PassageIndex.loaded(await MiniSearch.loadJSAsync<IndexedPassage>(snapshot.index as PlainIndex, INDEX_OPTIONS), snapshot);
    }
    const passages: Passage[] = [];
    for (const [i, source] of knowledge.sources.entries()) {
      passages.push(...splitPassages(source));
      if (i % 50 === 49) await yieldToEventLoop();
    }
    const docs = indexedDocs(knowledge, passages);
    const search = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
    await search.addAllAsync(docs, { chunkSize: 500 });
    const stats = await termStatisticsAsync(docs);
    return new PassageIndex(passages, search, stats.df, stats.vocabulary, stats.postings, false);
  }

  private static loaded(search: MiniSearch<IndexedPassage>, snapshot: EngineSnapshot): PassageIndex {
    const vocabulary = new SearchableMap<number>();
    for (const [w, n] of snapshot.vocabulary) vocabulary.set(w, n);
    const postings = new Map(snapshot.postings.map(([t, list]) => [t, Int32Array.from(list)]));
    return new PassageIndex(snapshot.passages, search, new Map(snapshot.df), vocabulary, postings, true);
  }

  /** The index in a JSON-able form, to save and load instead of rebuilding. */
  snapshot(): EngineSnapshot {
    return {
      version: SNAPSHOT_VERSION,
      passages: [...this.passages],
      index: this.search.toJSON(),
      df: [...this.df],
      vocabulary: [...this.vocabulary.entries()],
      postings: [...this.postings].map(([t, list]) => [t, Array.from(list)]),
    };
  }

  /**
   * The first stage: up to `limit` passages worth re-ranking, with
   * their BM25 score relative to the best. MiniSearch is asked only for the
   * question's selective terms (in at most {@link commonCut} passages): its cost
   * grows with every posting of every term, and a term in a quarter of the
   * passages decides nothing. A question of common words only is served from
   * the posting lists of those few common terms, intersected.
   */
  candidates(weights: ReadonlyMap<string, number>, limit: number): Array<{ n: number; bm25: number }> {
    const cut = this.commonCut();
    const selective = [...weights.keys()].filter((t) => (this.df.get(t) ?? 0) <= cut);
    if (selective.some((t) => this.df.has(t))) {
      searchWeights = weights;
      let results;
      try {
        results = this.search.search(selective.join(' ')).slice(0, limit);
      } finally {
        searchWeights = undefined;
      }
      const max = results[0]?.score ?? 1;
      return results.map((r) => ({ n: r.id as number, bm25: r.score / max }));
    }
    const common = [...weights.keys()].filter((t) => (this.df.get(t) ?? 0) > cut).sort((x, y) => this.df.get(x)! - this.df.get(y)!);
    if (common.length === 0) return [];
    const lists = common.map((t) => this.postings.get(t)!);
    // Passages holding the two rarest common terms (or the rarest one), ranked by how many of the others they hold.
    let pool = lists[0]!;
    if (lists.length > 1) {
      const both = intersectSorted(lists[0]!, lists[1]!);
      if (both.length > 0) pool = both;
    }
    const scored = Array.from(pool, (n) => {
      let hits = 0;
      lists.forEach((list, i) => {
        if (hasSorted(list, n)) hits += weights.get(common[i]!)!;
      });
      return { n, hits };
    });
    scored.sort((x, y) => y.hits - x.hits || x.n - y.n);
    const best = scored[0]?.hits ?? 1;
    return scored.slice(0, limit).map((c) => ({ n: c.n, bm25: c.hits / best }));
  }

  /** Terms in more passages than this are common (see {@link candidates}). */
  private commonCut(): number {
    return Math.max(COMMON_MIN_PASSAGES, Math.floor(this.passages.length * COMMON_SHARE));
  }
}

/**
 * The weights of the terms of the search under way (see `candidates`), read by the index's own
 * `boostTerm`. Passed per search instead, a `boostTerm` option made V8 keep each search's option
 * objects past a young-generation collection and each collection about ten times slower (some
 * 700 KB promoted per collection): a shipped-knowledge ask's slowest 1% were those collections.
 * Searches are synchronous, so one variable serves every index.
 */
let searchWeights: ReadonlyMap<string, number> | undefined;

const INDEX_OPTIONS = {
  idField: 'n',
  fields: ['text', 'context', 'title'],
  tokenize: words,
  processTerm: (word: string) => wordTerms(word),
  searchOptions: {
    boostTerm: (term: string) => searchWeights?.get(term) ?? 1,
    tokenize: (query: string) => query.split(' '),
    processTerm: (term: string) => term,
    boost: { text: 1, context: 0.3, title: 0.1 },
  },
};

type PlainIndex = Parameters<typeof MiniSearch.loadJS>[0];

function indexedDocs(knowledge: Knowledge, passages: Passage[]): IndexedPassage[] {
  const titles = new Map(knowledge.sources.map((s) => [s.id, s.title]));
  return passages.map((p, n) => ({ n, text: p.text, context: contextOf(p), title: titles.get(p.sourceId)! }));
}

/**
 * Whether a snapshot can stand for this knowledge: the right version, and every
 * passage still verbatim in its source (so a tampered file cannot put words in
 * a source's mouth).
 */
function fits(snapshot: EngineSnapshot, knowledge: Knowledge): boolean {
  if (snapshot.version !== SNAPSHOT_VERSION || !Array.isArray(snapshot.passages)) return false;
  const bodies = new Map(knowledge.sources.map((s) => [s.id, s.body]));
  return snapshot.passages.every((p) => typeof p?.text === 'string' && bodies.get(p.sourceId)?.includes(p.text) === true && Array.isArray(p.attached));
}

interface TermStatistics {
  df: Map<string, number>;
  vocabulary: SearchableMap<number>;
  postings: Map<string, Int32Array>;
}

/** Counts terms and words over the passages, and keeps each term's postings. */
class StatisticsBuilder {
  readonly df = new Map<string, number>();
  readonly vocabulary = new SearchableMap<number>();
  private readonly postings = new Map<string, number[]>();

  add(doc: IndexedPassage): void {
    for (const t of new Set(terms(doc.text))) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push(doc.n);
    }
    for (const w of words(doc.text)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
  }

  finish(): TermStatistics {
    const postings = new Map<string, Int32Array>();
    for (const [t, list] of this.postings) postings.set(t, Int32Array.from(list));
    return { df: this.df, vocabulary: this.vocabulary, postings };
  }
}

function termStatistics(docs: IndexedPassage[]): TermStatistics {
  const b = new StatisticsBuilder();
  for (const doc of docs) b.add(doc);
  return b.finish();
}

async function termStatisticsAsync(docs: IndexedPassage[]): Promise<TermStatistics> {
  const b = new StatisticsBuilder();
  for (let i = 0; i < docs.length; i++) {
    b.add(docs[i]!);
    if (i % 500 === 499) await yieldToEventLoop();
  }
  return b.finish();
}

/** The common elements of two ascending lists. */
function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return Int32Array.from(out);
}

/** How many elements of an ascending list are below n. */
function lowerBound(list: Int32Array, n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Binary search in an ascending list. */
function hasSorted(list: Int32Array, n: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] === n) return true;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface IndexedPassage {
  n: number;
  text: string;
  /** The section heading and attached link junk: searchable, weak. */
  context: string;
  title: string;
}
