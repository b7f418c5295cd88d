import { stemmer } from 'stemmer';
import SearchableMap from 'minisearch/SearchableMap';
import type { Knowledge, Passage, Source, SourceMeta } from '../knowledge/types.js';
import { type Answer, type QuotedPassage, citationOf } from './answer.js';
import { type AnswerKind, type AnswerType, answerTypeOf, EXPLICIT_TIME_RE, fitsAnswerType, FRAME_KINDS, FRAME_WORDS } from './answer-types.js';
import { americanOf, expandShorthand, STOP_WORDS, lemmaOf, normalize, positiveOf, termOf, terms, wordTerms, words } from './text.js';
import { type EngineSnapshot, PassageIndex } from './passage-index.js';
import { WordNet } from './wordnet.js';
import type { WordVectors } from './vectors/table.js';

/** Tuning of the answer engine; the defaults are what the evaluation was run with. */
export interface EngineOptions {
  /**
   * The least share of the question's meaning (IDF-weighted concepts, see
   * {@link AnswerEngine.ask}) a passage must cover to be quoted as an answer.
   */
  threshold: number;
  /** Questions longer than this many characters are refused before any search. */
  maxQuestionChars: number;
  /** How many of MiniSearch's best matches the second stage re-ranks. */
  candidates: number;
  /** Use WordNet synonyms for question words that no passage contains. */
  synonyms: boolean;
  /**
   * Word vectors for the semantic signal (see {@link AnswerEngine.ask}); null
   * or absent: lexical-only answering.
   */
  vectors?: WordVectors | null;
  /**
   * The least coverage by lexical matches alone (the question's words, aliases,
   * dictionary forms): matches by meaning rank passages but never rescue an
   * answer on their own.
   */
  lexicalThreshold: number;
  /**
   * The largest share of the question's meaning that one missing concept may
   * hold: a passage lacking the question's main point ("died", "budget") is no
   * answer, however much else it shares.
   */
  maxMissingShare: number;
}

export const DEFAULT_OPTIONS: EngineOptions = {
  threshold: 0.4,
  maxQuestionChars: 500,
  candidates: 30,
  synonyms: true,
  lexicalThreshold: 0.45,
  maxMissingShare: 0.45,
};

/** A source as the bot lists it: its citation facts and how many passages it gave. */
export type SourceSummary = Omit<SourceMeta, 'notes'> & { passages: number };

/** One way a question concept can be present in a passage: all of `terms`, worth `weight`. */
interface Alternative {
  terms: string[];
  weight: number;
  /** Found by meaning (word vectors): counts for ranking, not for the lexical guard. */
  soft?: boolean;
  /** A looser word than the question's (see `relatedWords`): its frequency does not make the concept common. */
  loose?: boolean;
}

/** A unit of the question's meaning: a word, or an alias phrase, with its variants. */
interface Concept {
  /** The question's own words for it. */
  label: string;
  alternatives: Alternative[];
  /** Inverse document frequency: rare concepts weigh more in coverage. */
  idf: number;
  /** The question's word, when it may match by meaning (not a name, acronym or number). */
  semanticWord?: string;
  /** Set for frame words ("date", "city"): covered by a passage with that kind of answer. */
  frame?: AnswerKind;
  /** The label of the question word a frame word belongs to ("judge" in "the name of the judge"), when that word comes later. */
  frameOf?: string;
  /**
   * Set on a word of one of the question's alias phrases' long forms ("support"
   * next to "MSS"): only the word outside the name, in `PassageTerms.plain`, is
   * more than the name again.
   */
  plain?: boolean;
  /** Set on an alias concept (see `PassageTerms.title`). */
  name?: boolean;
  /**
   * Set on an alias concept when the question asks what it stands for: only a
   * passage holding two of its forms (MSS and Multinational Security Support) covers it fully.
   */
  defined?: boolean;
}

/** A word and the word it is "of" ("name of the judge"), for frame words (see `Concept.frameOf`). */
const FRAME_OF_RE = /\b(\p{L}+) of (?:the |a |an |his |her |its |their |this |that )?(\p{L}+)/gu;

/** An alias written in capitals (US, UN, X). */
const ACRONYM_RE = /^[\p{Lu}\p{N}]+$/u;

/**
 * The noun a "which" or "what" question names its answer by ("at which forum
 * is…", "which Haitian force does…"): the last word before the verb.
 */
const WH_HEAD_RE = /\b(?:which|what)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\b/u;
/**
 * How much a concept counts when found only in the passage's context (its
 * section heading, or link junk attached to it), not in its quotable text.
 */
const SECTION_WEIGHT = 0.5;
/** Weight of a typo-corrected word and of a WordNet synonym, against 1 for the word itself. */
const TYPO_WEIGHT = 0.9;
const SYNONYM_WEIGHT = 0.7;
const RELATED_FORM_WEIGHT = 0.8;
const FRAME_WEIGHT = 0.8;
/** Word-vector cosine from which two words count as alike, and what such a match is worth. */
const SOFT_MIN = 0.72;
const SOFT_WEIGHT = 0.5;
/** Weight of a word one WordNet link away (see `relatedWords`), and the vector cosine that confirms it. */
const RELATED_WEIGHT = 0.6;
const RELATED_MIN = 0.45;
/** A word of this many senses or more (go, head, work) is too vague to stand for another. */
const MAX_RELATED_SENSES = 15;
/** A question word holding this share of the question, absent from a passage, keeps looser words from counting there (see `rank`). */
const LOOSE_GAP_SHARE = 0.1;
/** Matches by meaning are looked for in the first stage's best this many passages only: they cost the most. */
const SOFT_CANDIDATES = 15;
/** Share of the final score from MiniSearch's BM25 (relative to the best) and the answer-type cue. */
const BM25_SHARE = 0.1;
const TYPE_BONUS = 0.08;
/** Ranking factor of a passage without the kind of answer asked for (a "when" question, no date). */
const MISTYPED_FACTOR = 0.7;
/** How many passages' term sets are kept worked out. */
const PASSAGE_CACHE = 20_000;

/** A title and the name it precedes: "President William Ruto", "Governor Ann Waiguru". */
const TITLED_NAME_RE = /\b(President|Prime Minister|Deputy President|Minister|Governor|Senator|Mayor|Ambassador|Commissioner|Chancellor|King|Queen)((?: \p{Lu}[\p{L}'’-]*){1,4})/gu;
/** "Ruto's full name" (see `withFullName`); a run of capitalised words, and the titles that may lead one. */
const FULL_NAME_RE = /\bfull name\b/i;
const NAME_RE = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;
const NAME_PREFIX_RE = /^(?:President|Prime|Minister|Deputy|Governor|Senator|Mayor|Ambassador|Commissioner|Chancellor|King|Queen|Dr|Mr|Mrs|Ms|Head|State)$/;
/** "Apart from", "other than": said as "besides" (see OTHER_RE). */
const BESIDES_RE = /\b(?:apart from|aside from|other than|except for|except)\b/giu;
/**
 * Verbs so general that they say little of what is asked ("why did he go",
 * "what did it make"): they weigh a fraction of their IDF in coverage.
 */
const LIGHT_VERBS = new Set(['go', 'come', 'get', 'make', 'take', 'give', 'put', 'keep', 'seem', 'happen', 'becom', 'set', 'use', 'bring', 'turn', 'hold', 'want'].map((w) => stemmer(w)));
const LIGHT_VERB_WEIGHT = 0.15;
const UNKNOWN_WORD_WEIGHT = 0.3;
/** Words that make a phrasal verb with the verb before them (see `phrasalVerb`). */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'over', 'back', 'away', 'on', 'in']);

/** Phrases that only join a question together: their words are not what is asked about. */
const FUNCTION_PHRASES_RE = /\b(?:based on|according to|in terms of|with regard to|with respect to|as well as|set out to|in order to|right now|at the moment|so far|over there|as (?:he|she|they|\p{L}+) put it|(?:take|takes|taking|taken|took) place|of the (?:week|month|year)|on the ground|how (?:big|large|small))\b/giu;

/** "What does MSS stand for", "UN is short for": questions that ask what an abbreviation means. */
const DEFINITION_WORDS = new Set(['stand', 'stands', 'short', 'abbreviation', 'acronym', 'full', 'form', 'expansion', 'meaning', 'mean']);
const DEFINITION_RE = /\b(?:stand|stands|short) for\b|\b(?:abbreviation|acronym|full (?:form|name)|expansion|meaning)\b|\bmean\b/;

/**
 * The answer engine: question in, verbatim passage and citation out. It knows
 * nothing of Discord.
 *
 * Two stages. MiniSearch (BM25 over passage text, context and source title,
 * with this project's tokenizer, stop words, lemmas and stems) finds the
 * candidates; a second stage re-ranks them by how much of the question's
 * meaning each covers and decides whether to answer at all.
 */
export class AnswerEngine {
  readonly options: EngineOptions;
  readonly passages: readonly Passage[];
  /** Whether the index was loaded from a snapshot rather than built. */
  readonly fromSnapshot: boolean;
  private readonly sourcesById = new Map<string, Source>();
  private readonly index: PassageIndex;
  /** In how many passages each term occurs (see {@link PassageIndex.df}). */
  private readonly df: ReadonlyMap<string, number>;
  /** Every word the passages use, as typed. */
  private readonly vocabulary: SearchableMap<number>;
  /** Alias phrases by the term they start with. */
  private readonly aliasPhrases = new Map<string, Array<{ terms: string[]; group: number }>>();
  private readonly aliasGroups: string[][][] = [];
  /** The terms of the aliases written as acronyms (US, UN): see `aliasAt`. */
  private readonly acronyms = new Set<string>();
  private readonly wordnet: WordNet | null;
  private readonly vectors: WordVectors | null;
  private readonly passageTerms = new Map<number, PassageTerms>();
  private readonly phrasalCache = new Map<string, Alternative[] | undefined>();
  private readonly variantCache = new Map<string, Alternative[]>();
  /** Content words of each passage, as typed, for the semantic signal (filled on demand). */
  private readonly passageVectors = new Map<number, Int8Array>();
  private readonly wordVectorCache = new Map<string, Int8Array[]>();
  private readonly unknownWords = new Map<string, boolean>();
  /** The knowledge's words that have vectors: candidates for query expansion. */
  private vectorVocabulary: string[] | undefined;
  /** Names by the title written before them (see `namesForTitle`), worked out when first needed. */
  private titled: { byTitle: Map<string, Set<string>>; byName: Map<string, Set<string>> } | undefined;
  private longestNames: Map<string, string[]> | undefined;
  /** Base forms of the knowledge's words (see `hasWord`), worked out when first needed. */
  private vocabularyLemmas: SearchableMap<number> | undefined;
  private readonly expansions = new Map<string, Array<{ word: string; similarity: number }>>();

  private constructor(knowledge: Knowledge, options: EngineOptions, index: PassageIndex) {
    this.options = options;
    this.wordnet = options.synonyms ? WordNet.load() : null;
    this.vectors = options.vectors ?? null;
    for (const source of knowledge.sources) this.sourcesById.set(source.id, source);
    this.index = index;
    this.passages = index.passages;
    this.df = index.df;
    this.vocabulary = index.vocabulary;
    this.fromSnapshot = index.fromSnapshot;
    const groups = knowledge.aliases.map((phrases) => phrases.map((p) => terms(p)).filter((t) => t.length > 0));
    for (const phrase of knowledge.aliases.flat()) if (ACRONYM_RE.test(phrase)) this.acronyms.add(terms(phrase)[0]!);
    groups.forEach((phrases, group) => {
      const termLists = withNestedAliases(phrases, groups);
      this.aliasGroups.push(termLists);
      for (const t of termLists) {
        const list = this.aliasPhrases.get(t[0]!) ?? [];
        list.push({ terms: t, group });
        this.aliasPhrases.set(t[0]!, list);
      }
    });
  }

  /**
   * Builds an engine over the given knowledge (synchronous, in memory). With a
   * snapshot of the same knowledge (see {@link snapshot}) the index is loaded
   * from it instead of rebuilt; a snapshot that does not fit is ignored.
   */
  static build(knowledge: Knowledge, options: Partial<EngineOptions> = {}, snapshot?: EngineSnapshot): AnswerEngine {
    return new AnswerEngine(knowledge, { ...DEFAULT_OPTIONS, ...options }, PassageIndex.build(knowledge, snapshot));
  }

  /**
   * The same as {@link build}, in slices that give the event loop back now and
   * then, so a bot keeps answering from its live engine while a new one builds.
   */
  static async buildAsync(knowledge: Knowledge, options: Partial<EngineOptions> = {}, snapshot?: EngineSnapshot): Promise<AnswerEngine> {
    return new AnswerEngine(knowledge, { ...DEFAULT_OPTIONS, ...options }, await PassageIndex.buildAsync(knowledge, snapshot));
  }

  /** The built index in a JSON-able form, to save and load instead of rebuilding. */
  snapshot(): EngineSnapshot {
    return this.index.snapshot();
  }

  /** The sources, in load order, with how many passages each gave. */
  sources(): SourceSummary[] {
    const counts = new Map<string, number>();
    for (const p of this.passages) counts.set(p.sourceId, (counts.get(p.sourceId) ?? 0) + 1);
    return [...this.sourcesById.values()].map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      published: s.published,
      language: s.language,
      passages: counts.get(s.id) ?? 0,
    }));
  }

  /** The source of a passage. */
  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /**
   * Answers a question with the passage that covers most of its meaning.
   *
   * The question becomes concepts: alias phrases (MSS = Multinational Security
   * Support), then each other content word with its related forms (Kenya,
   * Kenyan), and, when no passage has the word itself, a typo correction or
   * WordNet synonyms. A passage's coverage is the IDF-weighted share of the
   * concepts it contains (heading matches count half, light verbs such as "go"
   * little); with word vectors, a concept the passage lacks may still count in
   * part when a passage word is near it in meaning, and a more specific word
   * that WordNet and the vectors both relate to it (praise → commended) counts
   * as a match when the passage has every other word of the question.
   *
   * Abstention: the engine answers only when the best passage's coverage
   * reaches `threshold`, its coverage by lexical matches alone reaches
   * `lexicalThreshold`, and no single concept it lacks holds more than
   * `maxMissingShare` of the question. These are ratios within one question
   * and one passage, so they mean the same as the knowledge grows, unlike
   * MiniSearch's raw BM25 scores. Otherwise it abstains, offering the nearest
   * passages as suggestions.
   */
  ask(question: string): Answer {
    const abstain = (reason: Answer['reason'], suggestions: QuotedPassage[] = []): Answer => ({
      question,
      answered: false,
      confidence: 0,
      matchedTerms: [],
      alternatives: [],
      suggestions,
      reason,
    });
    if (question.length > this.options.maxQuestionChars) return abstain('too-long');
    const read = expandShorthand(question);
    const concepts = this.concepts(read);
    if (concepts.length === 0) return abstain('empty');
    const ranked = this.rank(concepts, answerTypeOf(read));
    const best = ranked[0];
    const { threshold, lexicalThreshold, maxMissingShare } = this.options;
    if (!best || best.coverage < threshold || best.exactCoverage < lexicalThreshold || best.missing > maxMissingShare) {
      return abstain('no-match', ranked.slice(0, 3).filter((r) => r.coverage > 0).map((r) => this.quote(r)));
    }
    const second = ranked[1]?.score ?? 0;
    const margin = Math.min(1, (best.score - second) / 0.15);
    const confidence = Math.min(1, best.coverage) * (0.75 + 0.25 * margin);
    const quoted = this.quote(best);
    return {
      question,
      answered: true,
      quote: quoted.quote,
      citation: quoted.citation,
      best: quoted,
      confidence: Math.round(confidence * 1000) / 1000,
      matchedTerms: best.matched,
      alternatives: ranked
        .slice(1)
        .filter((r) => r.coverage >= this.options.threshold * 0.75)
        .slice(0, 3)
        .map((r) => this.quote(r)),
      suggestions: [],
    };
  }

  /**
   * Topics for autocomplete: the starts of passages matching what was typed so
   * far (the last word as a prefix), or the section headings when nothing is typed.
   */
  topics(typed: string, limit = 25): string[] {
    const ws = words(typed);
    const seen = new Set<string>();
    const out: string[] = [];
    const add = (s: string | undefined) => {
      if (s && !seen.has(s) && out.length < limit) {
        seen.add(s);
        out.push(s);
      }
    };
    if (ws.length === 0) {
      for (const p of this.passages) add(p.section);
      for (const p of this.passages) add(snippet(p.text));
      return out;
    }
    const last = ws[ws.length - 1]!;
    const lastTerms = new Set<string>(wordTerms(last));
    if (last.length >= 2) {
      for (const [w] of this.vocabulary.atPrefix(last)) {
        for (const t of wordTerms(w)) lastTerms.add(t);
        if (lastTerms.size > 20) break;
      }
    }
    const query = [...new Set([...ws.slice(0, -1).flatMap(wordTerms), ...lastTerms])].join(' ');
    if (query === '') return out;
    for (const r of this.index.search.search(query).slice(0, limit)) add(snippet(this.passages[r.id as number]!.text));
    return out;
  }

  /** Turns a question into concepts (see {@link ask}). */
  private concepts(question: string, definitional = DEFINITION_RE.test(normalize(question))): Concept[] {
    const names = namesIn(question);
    const ws = words(question.replace(FUNCTION_PHRASES_RE, ' ').replace(BESIDES_RE, 'besides')).filter((w) => !definitional || !DEFINITION_WORDS.has(w));
    const concepts: Concept[] = [];
    const head = this.whHead(question);
    const aliasGroupsAsked: number[] = [];
    const wordTermLists = ws.map((w) => wordTerms(w));
    const firstTerm = wordTermLists.map((t) => t[0]);
    for (let i = 0; i < ws.length; i++) {
      const word = ws[i]!;
      // Alias phrases, longest first, matched on the words' terms.
      const aliasMatch = this.aliasAt(firstTerm, ws, i);
      if (aliasMatch) {
        const label = ws.slice(i, i + aliasMatch.length).join(' ');
        const forms = this.aliasGroups[aliasMatch.group]!;
        const titled = forms.filter((t) => t.length === 1).flatMap((t) => this.namesForTitle(t[0]!, firstTerm));
        const concept = this.concept(label, [...forms.map((t) => ({ terms: t, weight: 1 })), ...titled]);
        // Only an abbreviation is "defined" by its long form ("full name of the MSS", not of the president).
        const aliasConcept = definitional && !label.includes(' ') && label.length <= 6 ? { ...concept, defined: true } : concept;
        concepts.push({ ...aliasConcept, name: true });
        aliasGroupsAsked.push(aliasMatch.group);
        i += aliasMatch.length - 1;
        continue;
      }
      // A phrasal verb ("held up") means what WordNet says the pair means (delay), not what its verb does alone.
      const phrasal = this.phrasalVerb(ws, i);
      if (phrasal) {
        concepts.push({ ...this.concept(`${word} ${ws[i + 1]}`, phrasal), ...(this.vectors ? { semanticWord: word } : {}) });
        i++;
        continue;
      }
      const own = wordTermLists[i]!;
      if (own.length === 0) continue;
      const alternatives: Alternative[] = [{ terms: [own[0]!], weight: 1 }];
      if (own.length > 1) alternatives.push({ terms: own.slice(1), weight: 1 });
      alternatives.push(...this.relatedForms(word, own));
      alternatives.push(...this.namesForTitle(own[0]!, firstTerm));
      alternatives.push(...this.titlesForName(own[0]!, firstTerm));
      const frame = FRAME_WORDS.get(own[0]!) ?? (word === head ? this.kindOf(word) : undefined);
      // A frame word is covered by the kind of answer, not by its look-alikes ("reason" is not "decision").
      if (!frame && !own.some((t) => this.df.has(t))) alternatives.push(...this.variants(word));
      const semantic = this.vectors !== null && /^\p{Ll}{3,}$/u.test(word) && !names.has(word);
      if (semantic && !own.some((t) => this.df.has(t))) alternatives.push(...this.expansion(word));
      // A variant that is another word of the question ("live" → "people" in "how many people live") adds nothing.
      const others = new Set(wordTermLists.filter((_, j) => j !== i).flat());
      const concept = this.concept(word, alternatives.filter((a, k) => k === 0 || !a.terms.every((t) => others.has(t))));
      if (LIGHT_VERBS.has(own[0]!)) concept.idf *= LIGHT_VERB_WEIGHT;
      // A word neither the knowledge, WordNet nor the vectors know is most likely a typo of a word that matters little ("acording").
      else if (concept.alternatives.length === 1 && !own.some((t) => this.df.has(t)) && !names.has(word) && this.isUnknownWord(word)) concept.idf *= UNKNOWN_WORD_WEIGHT;
      concepts.push({ ...concept, ...(frame ? { frame } : {}), ...(semantic ? { semanticWord: word } : {}) });
    }
    // "Ruto's full name" asks no abbreviation's meaning: read it again as an ordinary question.
    if (definitional && !concepts.some((c) => c.defined)) return this.concepts(question, false);
    if (!definitional && FULL_NAME_RE.test(question)) return this.withFullName(concepts);
    // "The name of the judge": the name belongs to the judge (see `rank`); any two capitalised words pass for a name.
    for (const m of normalize(question).matchAll(FRAME_OF_RE)) {
      const frame = concepts.find((c) => c.frame === 'person' && c.label === m[1]);
      if (frame) frame.frameOf = m[2];
    }
    const nameTerms = new Set(aliasGroupsAsked.flatMap((group) => this.aliasGroups[group]!.filter((t) => t.length > 1).flat()));
    return concepts.map((c) => (!c.name && c.alternatives[0]!.terms.some((t) => nameTerms.has(t)) ? { ...c, plain: true } : c));
  }

  /**
   * "Ruto's full name": the name is met by the longest form the knowledge
   * gives it ("William Samoei Ruto"), not by any name; "full" is no word of the answer.
   */
  private withFullName(concepts: Concept[]): Concept[] {
    const name = concepts.find((c) => c.frame === 'person' && c.label === 'name');
    if (!name) return concepts;
    // Names as typed: "the president" may be any of the knowledge's presidents.
    const asked = new Set(concepts.flatMap((c) => c.alternatives.filter((a) => a.terms.length === 1 && !a.loose).map((a) => a.terms[0]!)));
    const full = [...asked].flatMap((t) => {
      const form = this.fullNames().get(t);
      return form ? [{ terms: form, weight: 1 }] : [];
    });
    if (full.length === 0) return concepts;
    // Only the longer form meets it: any two capitalised words would pass for a name.
    return concepts.filter((c) => c.label !== 'full').map((c) => (c === name ? { label: c.label, idf: c.idf, alternatives: full } : c));
  }

  /** The longest form of each name in the passages, by its last word's term ("ruto" → william samoei ruto). */
  private fullNames(): Map<string, string[]> {
    if (!this.longestNames) {
      const longest = new Map<string, string[]>();
      for (const p of this.passages) {
        for (const m of p.text.matchAll(NAME_RE)) {
          const ws = m[0].split(/\s+/);
          while (ws.length > 0 && (NAME_PREFIX_RE.test(ws[0]!) || STOP_WORDS.has(ws[0]!.toLowerCase()))) ws.shift();
          const t = ws.flatMap((w) => terms(w));
          if (t.length < 2 || t.length !== ws.length) continue;
          const key = t[t.length - 1]!;
          if (t.length > (longest.get(key)?.length ?? 0)) longest.set(key, t);
        }
      }
      this.longestNames = longest;
    }
    return this.longestNames;
  }

  /** The noun naming the kind of answer in a "which X is…" question, if any (see WH_HEAD_RE). */
  private whHead(question: string): string | undefined {
    const m = WH_HEAD_RE.exec(normalize(question));
    // "What kind of change": the kind is not a thing a passage names.
    return m && !/\b(?:kind|type|sort|form)\b/.test(m[1]!) ? m[2] : undefined;
  }

  /** The kind of answer a noun names, from WordNet's kind of its commonest sense (forum → a group → a name). */
  private kindOf(noun: string): AnswerKind | undefined {
    // Rarer senses stretch too far: a crop is a group in its third, a force in its fourth.
    const [kind] = this.wordnet?.nounKinds(lemmaOf(noun), 1) ?? [];
    return kind === undefined ? undefined : FRAME_KINDS[kind];
  }

  private aliasAt(firstTerms: Array<string | undefined>, typed: string[], i: number): { length: number; group: number } | undefined {
    const start = firstTerms[i];
    if (start === undefined) return undefined;
    let best: { length: number; group: number } | undefined;
    for (const phrase of this.aliasPhrases.get(start) ?? []) {
      // Stop words inside the question do not break a phrase ("Head of State").
      let j = i;
      let k = 0;
      while (k < phrase.terms.length && j < firstTerms.length) {
        const t = firstTerms[j];
        if (t === undefined) {
          j++;
          continue;
        }
        if (t !== phrase.terms[k]) break;
        j++;
        k++;
      }
      // A short acronym must be the word itself, not a stem ("use" stems to "us", not the US); "cops" may stem to "cop".
      const whole = phrase.terms.length > 1 || phrase.terms[0]!.length > 3 || !this.acronyms.has(phrase.terms[0]!) || typed[i] === phrase.terms[0];
      if (k === phrase.terms.length && whole && (!best || j - i > best.length)) best = { length: j - i, group: phrase.group };
    }
    return best;
  }

  /**
   * Words of the passages that extend the word by a letter or two, or that it
   * extends (Kenya/Kenyan, Haiti/Haitian): forms the stemmer does not join.
   */
  private relatedForms(word: string, own: string[]): Alternative[] {
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return [];
    const found = new Set<string>();
    for (const [w] of this.vocabulary.atPrefix(word)) {
      if (w.length <= word.length + 2 && /^\p{L}+$/u.test(w)) found.add(w);
    }
    for (const cut of [1, 2]) if (this.vocabulary.has(word.slice(0, -cut)) && !STOP_WORDS.has(word.slice(0, -cut))) found.add(word.slice(0, -cut));
    const out: Alternative[] = [];
    for (const w of found) {
      const t = termOf(w);
      if (!own.includes(t)) out.push({ terms: [t], weight: RELATED_FORM_WEIGHT });
    }
    return out;
  }

  /**
   * The people the knowledge names with a title ("President William Ruto"), as
   * looser words for the title ("why did the president travel" → "Ruto had
   * visited"). None when the question names one of them itself.
   */
  private namesForTitle(term: string, questionTerms: Array<string | undefined>): Alternative[] {
    const names = [...(this.titles().byTitle.get(term) ?? [])];
    if (names.some((n) => questionTerms.includes(n))) return [];
    return names.map((n) => ({ terms: [n], weight: RELATED_WEIGHT, loose: true }));
  }

  /**
   * The titles the knowledge gives a person, as looser words for the name
   * ("what did Ruto reveal" → "the Head of State revealed"), with the title's
   * aliases. None when the question has the title itself.
   */
  private titlesForName(term: string, questionTerms: Array<string | undefined>): Alternative[] {
    const titles = [...(this.titles().byName.get(term) ?? [])];
    if (titles.some((t) => questionTerms.includes(t))) return [];
    const forms = titles.flatMap((t) => {
      const group = this.aliasPhrases.get(t)?.find((p) => p.terms.length === 1)?.group;
      return group === undefined ? [[t]] : this.aliasGroups[group]!;
    });
    return forms.map((f) => ({ terms: f, weight: RELATED_WEIGHT, loose: true }));
  }

  /** Titles and the names they precede in the passages ("President William Ruto"), both ways, worked out once. */
  private titles(): { byTitle: Map<string, Set<string>>; byName: Map<string, Set<string>> } {
    if (!this.titled) {
      const byTitle = new Map<string, Set<string>>();
      const byName = new Map<string, Set<string>>();
      for (const p of this.passages) {
        for (const m of p.text.matchAll(TITLED_NAME_RE)) {
          const title = termOf(normalize(m[1]!).split(' ').pop()!);
          const name = termOf(normalize(m[2]!).split(/\s+/).pop()!);
          byTitle.set(title, (byTitle.get(title) ?? new Set()).add(name));
          byName.set(name, (byName.get(name) ?? new Set()).add(title));
        }
      }
      this.titled = { byTitle, byName };
    }
    return this.titled;
  }

  /** A typo correction, else WordNet synonyms, for a word no passage contains (remembered per word). */
  private variants(word: string): Alternative[] {
    let found = this.variantCache.get(word);
    if (!found) {
      found = this.findVariants(word);
      if (this.variantCache.size >= 10_000) this.variantCache.clear();
      this.variantCache.set(word, found);
    }
    return found;
  }

  private findVariants(word: string): Alternative[] {
    if (!/^\p{L}{3,}$/u.test(word)) return [];
    const out: Alternative[] = [];
    const known = this.wordnet?.has(word) || this.wordnet?.has(lemmaOf(word)) || this.wordnet?.has(positiveOf(word));
    if (!known && word.length >= 4) {
      const maxDistance = word.length >= 8 ? 2 : 1;
      let bestWord: string | undefined;
      let bestKey: [number, number] = [Infinity, 0];
      // Against the words as written and their base forms ("aprove" is one letter from "approve", two from "approved").
      for (const map of [this.vocabulary, this.lemmaVocabulary()]) {
        for (const [w, [count, distance]] of map.fuzzyGet(word, maxDistance)) {
          if (distance < bestKey[0] || (distance === bestKey[0] && count > bestKey[1])) {
            bestWord = w;
            bestKey = [distance, count];
          }
        }
      }
      if (bestWord !== undefined) out.push(...wordTerms(bestWord).slice(0, 1).map((t) => ({ terms: [t], weight: TYPO_WEIGHT })));
    }
    if (out.length === 0 && this.wordnet) {
      // The first (most common) sense of a word is trusted as lexical evidence;
      // rarer senses only help ranking (die → "go", date → "engage" are senses too).
      // The plain adjective of a comparative only ranks: "best" is not "well".
      const first = new Set([word, lemmaOf(word)].flatMap((l) => this.wordnet!.synonyms(l, 1)));
      const lemmas = new Set([word, lemmaOf(word), positiveOf(word)]);
      for (const lemma of lemmas) {
        for (const synonym of this.wordnet.synonyms(lemma)) {
          const t = terms(synonym);
          if (t.length > 0 && t.every((x) => this.df.has(x))) out.push({ terms: t, weight: SYNONYM_WEIGHT, ...(first.has(synonym) ? {} : { soft: true }) });
        }
      }
      if (this.vectors) out.push(...this.relatedWords(word, lemmas));
    }
    return out;
  }

  /**
   * Words of the knowledge one WordNet link more specific than the word
   * (praise → commend, goal → aim, encourage → urge). WordNet links many
   * senses and the vectors many loose associations, but the two rarely agree
   * by chance: a related word is used only when the vectors confirm it, so
   * without vectors there are none.
   */
  private relatedWords(word: string, lemmas: Set<string>): Alternative[] {
    const out: Alternative[] = [];
    const seen = new Set<string>();
    for (const lemma of lemmas) {
      for (const related of this.wordnet!.related(lemma)) {
        // One word, in the knowledge as that word (not merely the same stem: office is not officer).
        if (related.includes(' ') || !this.hasWord(related)) continue;
        const t = terms(related);
        const key = t.join(' ');
        if (t.length === 0 || seen.has(key) || !t.every((x) => this.df.has(x) && !LIGHT_VERBS.has(x))) continue;
        seen.add(key);
        if (this.wordnet!.senseCount(related) > MAX_RELATED_SENSES) continue;
        if (this.knowledgeForms(related).some((form) => this.similarityOf(word, form) >= RELATED_MIN)) out.push({ terms: t, weight: RELATED_WEIGHT, loose: true });
      }
    }
    return out;
  }

  /**
   * The alternatives of a verb and particle that WordNet knows as one verb
   * ("held up" → hold up: delay, detain): the verb itself, and the pair's
   * synonyms in the knowledge as looser words. Undefined when the pair is no
   * phrasal verb, or the knowledge uses the verb itself.
   */
  private phrasalVerb(ws: string[], i: number): Alternative[] | undefined {
    const particle = ws[i + 1];
    if (!this.wordnet || particle === undefined || !PARTICLES.has(particle) || !/^\p{Ll}{2,}$/u.test(ws[i]!)) return undefined;
    const key = `${ws[i]} ${particle}`;
    if (!this.phrasalCache.has(key)) {
      if (this.phrasalCache.size >= 10_000) this.phrasalCache.clear();
      this.phrasalCache.set(key, this.findPhrasalVerb(ws[i]!, particle));
    }
    return this.phrasalCache.get(key);
  }

  private findPhrasalVerb(word: string, particle: string): Alternative[] | undefined {
    if (!this.wordnet) return undefined;
    const verb = termOf(word);
    if (this.df.has(verb)) return undefined;
    const phrase = `${lemmaOf(word)} ${particle}`;
    if (!this.wordnet.has(phrase)) return undefined;
    const out: Alternative[] = [{ terms: [verb], weight: 1 }];
    const add = (form: string, weight: number) => {
      const t = terms(form);
      if (t.length > 0 && t.every((x) => this.df.has(x) && !LIGHT_VERBS.has(x))) out.push({ terms: t, weight, loose: true });
    };
    for (const synonym of this.wordnet.synonyms(phrase)) add(synonym, SYNONYM_WEIGHT);
    // A phrasal verb is mostly a homely way of saying its plainer verb: "drop in" is to visit.
    for (const broader of this.wordnet.broader(phrase)) if (this.wordnet.senseCount(broader) <= MAX_RELATED_SENSES) add(broader, RELATED_WEIGHT);
    return out.length > 1 ? out : undefined;
  }

  /** Whether no dictionary at hand knows the word (it needs WordNet and the vectors to tell). */
  private isUnknownWord(word: string): boolean {
    if (!this.wordnet || !this.vectors || !/^\p{L}+$/u.test(word)) return false;
    let unknown = this.unknownWords.get(word);
    if (unknown === undefined) {
      unknown = !this.wordnet.has(word) && !this.wordnet.has(lemmaOf(word)) && !this.vectors.has(word);
      if (this.unknownWords.size >= 10_000) this.unknownWords.clear();
      this.unknownWords.set(word, unknown);
    }
    return unknown;
  }

  /** Whether the knowledge uses the word, or (for a base form) any inflection of it. */
  private hasWord(word: string): boolean {
    if (this.vocabulary.has(word)) return true;
    return lemmaOf(word) === word && this.lemmaVocabulary().has(word);
  }

  /** The word as the knowledge writes it: itself, and its inflections there (commend → commended). */
  private knowledgeForms(word: string): string[] {
    const out = [word];
    for (const [w] of this.vocabulary.atPrefix(word.slice(0, -1))) {
      if (w !== word && out.length < 5 && lemmaOf(w) === word) out.push(w);
    }
    return out;
  }

  /** Base forms of the knowledge's words, with how often they occur (worked out when first needed). */
  private lemmaVocabulary(): SearchableMap<number> {
    if (!this.vocabularyLemmas) {
      this.vocabularyLemmas = new SearchableMap<number>();
      // Both spellings: the British fold is a guess that "praise" (→ "praize") gets wrong.
      for (const [w, count] of this.vocabulary) {
        for (const lemma of new Set([lemmaOf(w), lemmaOf(americanOf(w))])) this.vocabularyLemmas.set(lemma, (this.vocabularyLemmas.get(lemma) ?? 0) + count);
      }
    }
    return this.vocabularyLemmas;
  }

  /** Highest vector cosine between any forms of two words (see {@link formsOf}). */
  private similarityOf(a: string, b: string): number {
    let best = 0;
    for (const x of formsOf(a)) for (const y of formsOf(b)) best = Math.max(best, this.vectors!.similarity(x, y));
    return best;
  }

  /**
   * The knowledge's words nearest in meaning to a word no passage has, as
   * extra first-stage query terms; they count only as soft matches.
   */
  private expansion(word: string): Alternative[] {
    let near = this.expansions.get(word);
    if (!near) {
      this.vectorVocabulary ??= [...this.vocabulary.keys()].filter((w) => /^\p{L}{3,}$/u.test(w) && !STOP_WORDS.has(w));
      near = this.vectors!.nearest(word, this.vectorVocabulary, 2).filter((n) => n.similarity >= SOFT_MIN);
      if (this.expansions.size > 10_000) this.expansions.clear();
      this.expansions.set(word, near);
    }
    return near.map((n) => ({ terms: [termOf(n.word)], weight: SOFT_WEIGHT * n.similarity, soft: true }));
  }

  /** Best similarity of a word to the passage's content words (0 below {@link SOFT_MIN}). */
  private softMatch(word: string, n: number): number {
    let matrix = this.passageVectors.get(n);
    if (!matrix) {
      // The passage's word vectors, one after another in one array: the loop below is the engine's hottest.
      const ws = new Set(words(this.passages[n]!.text).filter((w) => /^\p{L}{3,}$/u.test(w) && !STOP_WORDS.has(w)).flatMap(formsOf));
      const vs = [...ws].map((w) => this.vectors!.vector(w)).filter((v): v is Int8Array => v !== undefined);
      matrix = new Int8Array(vs.length * this.vectors!.dimensions);
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
      vs = formsOf(word).map((f) => this.vectors!.vector(f)).filter((v): v is Int8Array => v !== undefined);
      if (this.wordVectorCache.size >= 10_000) this.wordVectorCache.clear();
      this.wordVectorCache.set(word, vs);
    }
    return vs;
  }


  private concept(label: string, alternatives: Alternative[]): Concept {
    const n = this.passages.length;
    let df = 0;
    for (const a of alternatives) if (!a.soft && !a.loose) df = Math.max(df, Math.min(...a.terms.map((t) => this.df.get(t) ?? 0)));
    return { label, alternatives, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
  }

  /** The terms of a passage's text (with the words they come from) and of its context, worked out once per passage. */
  private termsOf(n: number): PassageTerms {
    let t = this.passageTerms.get(n);
    if (!t) {
      const p = this.passages[n]!;
      const spans = wordSpans(p.text);
      const sentences = p.text.split(SENTENCE_END_RE);
      const firstTerms = spans.map((x) => x[2][0]);
      const inName: boolean[] = [];
      for (let i = 0; i < spans.length; i++) {
        const length = this.aliasAt(firstTerms, [], i)?.length ?? 0;
        if (length > 1) for (let k = i; k < i + length; k++) inName[k] = true;
      }
      t = {
        spans,
        text: new Set(spans.flatMap((x) => x[2])),
        plain: new Set(spans.flatMap((x, k) => (inName[k] ? [] : x[2]))),
        context: new Set(terms([p.section ?? '', ...p.attached].join('\n'))),
        title: new Set(terms(this.sourcesById.get(p.sourceId)!.title)),
        sentences: sentences.length > 1 ? sentences.map((text) => ({ text, terms: new Set(terms(text)) })) : [],
      };
      if (this.passageTerms.size >= PASSAGE_CACHE) this.passageTerms.clear();
      this.passageTerms.set(n, t);
    }
    return t;
  }

  /**
   * The part of a passage that the answer-type cues are read in: the sentence
   * holding most of the question's words, so that a date or a place elsewhere
   * in a long passage does not pass for the answer ("the UN General Assembly
   * this week. … In Port-au-Prince" does not say where the Assembly is).
   */
  private focusOf(own: PassageTerms, text: string, concepts: Concept[]): string {
    let best = text;
    let bestWeight = 0;
    for (const sentence of own.sentences) {
      let weight = 0;
      for (const c of concepts) if (c.alternatives.some((a) => !a.soft && a.terms.every((t) => sentence.terms.has(t)))) weight += c.idf;
      if (weight > bestWeight) {
        best = sentence.text;
        bestWeight = weight;
      }
    }
    return best;
  }

  /**
   * The focus with the question's own words and phrases blanked out: "at the
   * UN General Assembly" names no place where the Assembly is held.
   */
  private withoutAsked(own: PassageTerms, text: string, focus: string, asked: ReadonlyArray<readonly string[]>): string {
    const start = text.indexOf(focus);
    const end = start + focus.length;
    const spans = own.spans.filter(([s, e]) => s >= start && e <= end);
    // A phrase is blanked only whole: "Security" alone in "UN Security Council" is not the MSS.
    const blank = new Array<boolean>(spans.length).fill(false);
    for (let i = 0; i < spans.length; i++) {
      for (const phrase of asked) {
        if (phrase.every((t, k) => spans[i + k]?.[2].includes(t))) blank.fill(true, i, i + phrase.length);
      }
    }
    let out = '';
    let at = start;
    spans.forEach(([s, e], i) => {
      if (!blank[i]) return;
      out += `${text.slice(at, s)}x`;
      at = e;
    });
    return out + text.slice(at, end);
  }

  private rank(concepts: Concept[], answerType: AnswerType): Ranked[] {
    const weights = new Map<string, number>();
    for (const c of concepts) for (const a of c.alternatives) for (const t of a.terms) weights.set(t, Math.max(weights.get(t) ?? 0, a.weight * c.idf));
    const results = this.index.candidates(weights, this.options.candidates);
    if (results.length === 0) return [];
    const totalIdf = concepts.reduce((s, c) => s + c.idf, 0);
    const asked = concepts.flatMap((c) => c.alternatives.filter((a) => !a.soft && !a.loose).map((a) => a.terms));
    const ranked = results.map((r, i) => {
      const own = this.termsOf(r.n);
      const passage = this.passages[r.n]!;
      const focus = this.focusOf(own, passage.text, concepts);
      // "Which city is the Assembly in": a place or a person the question names itself is not the one it asks for.
      const fitsFrame = (frame: AnswerKind) =>
        fitsAnswerType(frame === 'place' || frame === 'person' ? this.withoutAsked(own, passage.text, focus, asked) : focus, frame);
      let covered = 0;
      let coveredExactly = 0;
      const matched: string[] = [];
      const matchedTerms = new Set<string>();
      /** Per concept: 0 missing, 1 present, 2 present by a looser word only (worth `looseWeight`). */
      const presence: number[] = [];
      const looseWeight: number[] = [];
      for (const c of concepts) {
        let w = 0;
        let exact = 0;
        let strict = 0;
        let via: string[] = [];
        let forms = 0;
        const text = c.plain ? own.plain : own.text;
        for (const a of c.alternatives) {
          const inText = a.terms.every((t) => text.has(t));
          const inSection = !inText && a.terms.every((t) => text.has(t) || own.context.has(t) || (c.name === true && own.title.has(t)));
          const aw = inText ? a.weight : inSection ? a.weight * SECTION_WEIGHT : 0;
          if (inText && !a.soft) forms++;
          if (!a.soft) exact = Math.max(exact, aw);
          if (!a.soft && !a.loose) strict = Math.max(strict, aw);
          if (aw > w) {
            w = aw;
            via = a.terms;
          }
        }
        // "The name of the commander": any name passes for it only beside the commander.
        const owner = c.frameOf === undefined ? undefined : concepts.find((o) => o.label === c.frameOf);
        const owned = !owner || owner.alternatives.some((a) => !a.soft && !a.loose && a.terms.every((t) => own.text.has(t)));
        if (w === 0 && c.frame && owned && fitsFrame(c.frame)) w = exact = strict = FRAME_WEIGHT;
        if (c.defined && forms < 2) {
          w *= 0.5;
          exact *= 0.5;
        }
        if (c.semanticWord !== undefined && exact === 0 && i < SOFT_CANDIDATES) w = Math.max(w, SOFT_WEIGHT * this.softMatch(c.semanticWord, r.n));
        presence.push(strict > 0 ? 1 : exact > 0 ? 2 : 0);
        looseWeight.push(strict > 0 ? 0 : exact);
        if (w > 0) {
          covered += w * c.idf;
          coveredExactly += exact * c.idf;
          matched.push(c.label);
          for (const t of via) matchedTerms.add(t);
        }
      }
      // A looser word may stand in for a question word only in a passage that
      // has all the others: next to a gap it is more likely a coincidence.
      const gap = concepts.some((c, k) => presence[k] === 0 && c.idf / totalIdf >= LOOSE_GAP_SHARE);
      let missing = 0;
      for (const [k, c] of concepts.entries()) {
        if (presence[k] === 2 && gap) {
          coveredExactly -= looseWeight[k]! * c.idf;
          covered -= looseWeight[k]! * c.idf;
          presence[k] = 0;
        }
        if (presence[k] === 0) missing = Math.max(missing, c.idf / totalIdf);
      }
      const coverage = totalIdf > 0 ? covered / totalIdf : 0;
      const exactCoverage = totalIdf > 0 ? coveredExactly / totalIdf : 0;
      const typed = answerType === null || !fitsAnswerType(focus, answerType) ? 0 : answerType === 'time' && !EXPLICIT_TIME_RE.test(focus) ? TYPE_BONUS / 2 : TYPE_BONUS;
      // A passage without the kind of answer asked for ranks lower (not for the
      // crude "who"/"where" cues, which most passages meet anyway).
      const mistyped = answerType !== null && answerType !== 'person' && answerType !== 'place' && typed === 0 ? MISTYPED_FACTOR : 1;
      const score = coverage * mistyped + BM25_SHARE * r.bm25 + typed;
      return { n: r.n, passage, coverage, exactCoverage, missing, score, matched, matchedTerms };
    });
    // Ties go to the earlier passage: news puts the essentials first.
    return ranked.sort((a, b) => b.score - a.score || a.passage.paragraph - b.passage.paragraph);
  }

  private quote(r: Ranked): QuotedPassage {
    const source = this.sourcesById.get(r.passage.sourceId)!;
    return {
      quote: r.passage.text,
      passageId: r.passage.id,
      section: r.passage.section,
      paragraph: r.passage.paragraph,
      citation: citationOf(source, r.passage),
      score: Math.round(Math.min(1, r.coverage) * 1000) / 1000,
      lexicalScore: Math.round(Math.min(1, r.exactCoverage) * 1000) / 1000,
      highlights: this.termsOf(r.n).spans.filter(([, , t]) => t.some((x) => r.matchedTerms.has(x))).map(([a, b]) => [a, b] as [number, number]),
    };
  }
}

interface PassageTerms {
  /** Each word of the text: [start, end, its terms]. */
  spans: Array<[number, number, string[]]>;
  text: Set<string>;
  /** The terms of the text found outside its alias phrases' long forms ("support" outside "Multinational Security Support"). */
  plain: Set<string>;
  context: Set<string>;
  /** The terms of its source's title: a name there (the MSS) is the topic of every passage. */
  title: Set<string>;
  /** The sentences of a text of more than one, with their terms (see `focusOf`). */
  sentences: Array<{ text: string; terms: Set<string> }>;
}

interface Ranked {
  n: number;
  passage: Passage;
  coverage: number;
  /** Coverage by the question's own words, aliases and dictionary forms only. */
  exactCoverage: number;
  /** The largest share of the question's meaning held by one concept the passage lacks. */
  missing: number;
  score: number;
  matched: string[];
  matchedTerms: Set<string>;
}

/**
 * The phrases of an alias group plus their variants with another alias
 * substituted inside ("United Nations General Assembly" → "UN General Assembly").
 */
function withNestedAliases(phrases: string[][], groups: string[][][]): string[][] {
  const out = new Map(phrases.map((p) => [p.join(' '), p]));
  for (const phrase of phrases) {
    for (const other of groups) {
      if (other === phrases) continue;
      for (const inner of other) {
        const at = indexOfSequence(phrase, inner);
        if (at < 0 || inner.length === phrase.length) continue;
        for (const replacement of other) {
          const variant = [...phrase.slice(0, at), ...replacement, ...phrase.slice(at + inner.length)];
          out.set(variant.join(' '), variant);
        }
      }
    }
  }
  return [...out.values()];
}

function indexOfSequence(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Words written with a capital inside the question (names): they never match by meaning. */
function namesIn(question: string): Set<string> {
  const out = new Set<string>();
  const raw = question.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  raw.forEach((w, i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) out.add(normalize(w));
  });
  return out;
}

/** Where one sentence ends and the next begins: after . ! or ? (and a closing quote), before a capital or an opening quote. */
const SENTENCE_END_RE = /(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u;

/** Raw words of a passage with their offsets, typographic apostrophes included. */
const SPAN_RE = /@?[\p{L}\p{N}]+(?:['’.,\-‐‑][\p{L}\p{N}]+)*/gu;

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

/** The words of a text with their offsets and terms. */
function wordSpans(text: string): Array<[number, number, string[]]> {
  return [...text.matchAll(SPAN_RE)].map((m) => [m.index, m.index + m[0].length, terms(m[0])]);
}

/** The start of a passage, cut at a word boundary to fit an autocomplete choice. */
function snippet(text: string, max = 90): string {
  const line = text.split('\n')[0]!.replace(/[“”"]/gu, '').trim();
  if (line.length <= max) return line;
  return `${line.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/** The spans of `text` whose words have one of `matched` among their terms. */
export function highlightSpans(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  return wordSpans(text)
    .filter(([, , t]) => t.some((x) => matched.has(x)))
    .map(([a, b]) => [a, b]);
}
