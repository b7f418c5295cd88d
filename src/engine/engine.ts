import SearchableMap from 'minisearch/SearchableMap';
import type { Knowledge, Passage, Source, SourceMeta } from '../knowledge/types.js';
import { contextOf, withoutSignature } from '../knowledge/passages.js';
import { AliasTable } from './aliases.js';
import { type Answer, type Citation, type QuotedPassage, citationOf } from './answer.js';
import { type AnswerKind, type AnswerType, answerTypeOf, asksFuture, EXPLICIT_TIME_RE, fitsAnswerType, FRAME_WORDS, NAMED_KINDS, NUMBER_WORD_RE, OTHERS_QUESTION_RE, reasonAt, saysFuture, yesNoClaim } from './answer-types.js';
import { SOFT_WEIGHT, SoftMatcher } from './meaning.js';
import { type EngineSnapshot, PassageIndex } from './passage-index.js';
import { type Concept, idfOf, QuestionReader } from './question.js';
import { lemmaOf, normalize, plainQuestion, STOP_WORDS, terms, wordTerms, words } from './text.js';
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
  /**
   * The least lexical coverage for a yes/no question ("is the mission
   * working?"): it states its whole claim, so a passage that confirms it
   * shares more of its words.
   */
  yesNoThreshold: number;
}

export const DEFAULT_OPTIONS: EngineOptions = {
  threshold: 0.4,
  maxQuestionChars: 500,
  candidates: 30,
  synonyms: true,
  lexicalThreshold: 0.45,
  maxMissingShare: 0.45,
  yesNoThreshold: 0.5,
};

/** A source as the bot lists it: its citation facts and how many passages it gave. */
export type SourceSummary = Omit<SourceMeta, 'notes'> & { passages: number };

/**
 * How much a concept counts when found only in the passage's context (its
 * section heading, or link junk attached to it), not in its quotable text.
 */
const SECTION_WEIGHT = 0.5;
/** Weight of a word met in the passage a "why" question's answer goes on from (see `continued`). */
const CONTINUED_WEIGHT = 0.75;
/**
 * A passage that opens by referring back ("He further noted…", "During the engagement…", "This,
 * President Ruto said…") goes on from the one before it, whose words are its context.
 */
const REFERS_BACK_RE = /^(?:He|She|They|It|This|That|These|Those|During)\b/u;
/** How many words after a name may still say whose it is ("Mission (MSS) in Haiti"). */
const AFTER_NAME = 3;
/** How many words before a thing the word that says which may stand ("Haitian National Police"): see `ownersNamed`. */
const WHICH_WITHIN = 6;
/** A passage opening with a definite thing ("The court said…"): see `continued`. */
const DEFINITE_OPENING_RE = /^The (\p{Ll}+)\b/u;
/** The kinds of answer a passage must hold to answer at all (see `answers`); a "who" or "where" cue is too crude to require. */
const MUST_FIT: ReadonlySet<AnswerKind> = new Set(['time', 'weekday', 'number', 'duration', 'money', 'clock']);
/** What the thing a "which" question asks to identify is worth in a passage that mentions it only as "a…" (see `mentionsOnlyIndefinitely`). */
const INDEFINITE_WEIGHT = 0.25;
/** What a frame word ("which city") is worth in a passage holding that kind of answer. */
const FRAME_WEIGHT = 0.8;
/** Question words holding this share of the question, absent from a passage, keep looser words from counting there (see `rank`). */
const LOOSE_GAP_SHARE = 0.2;
/** Matches by meaning are looked for in the first stage's best this many passages only: they cost the most. */
const SOFT_CANDIDATES = 15;
/** Share of the final score from MiniSearch's BM25 (relative to the best) and the answer-type cue. */
const BM25_SHARE = 0.1;
/** What a passage saying the future adds to its score when the question asks the future (see `asksFuture`). */
const TENSE_BONUS = 0.06;
const TYPE_BONUS = 0.08;
/** Ranking factor of a passage without the kind of answer asked for (a "when" question, no date). */
const MISTYPED_FACTOR = 0.7;
/** How much a passage's coverage loses for the share of it found outside its best sentence (see `rank`). */
const SPREAD_PENALTY = 0.5;
/**
 * A question of this many concepts or more (several clauses: "On what legal grounds did the court
 * find that the executive lacked authority to deploy officers abroad?") holds more than one passage
 * says; the lexical bar is lower for it by the easing.
 */
const LONG_QUESTION_CONCEPTS = 9;
const LONG_QUESTION_EASING = 0.1;
/** How many passages' term sets are kept worked out. */
const PASSAGE_CACHE = 20_000;
/** Within this score of the best passage, another source's passage that says as much leaves the question ambiguous (see `ask`). */
const AMBIGUOUS_MARGIN = 0.05;
/** A word in this share of the passages or more is the knowledge's topic: passages leave it unsaid. */
const TOPIC_SHARE = 0.5;
const TOPIC_MIN_PASSAGES = 10;

/**
 * The answer engine: question in, verbatim passage and citation out. It knows
 * nothing of Discord.
 *
 * The question is read into concepts (see {@link QuestionReader}). Then two
 * stages: the passage index (BM25 over passage text, context and source
 * title, with this project's tokenizer, stop words, lemmas and stems) finds
 * the candidates; a second stage re-ranks them by how much of the question's
 * meaning each covers and decides whether to answer at all.
 */
export class AnswerEngine {
  readonly options: EngineOptions;
  readonly passages: readonly Passage[];
  /** Whether the index was loaded from a snapshot rather than built. */
  readonly fromSnapshot: boolean;
  private readonly sourcesById = new Map<string, Source>();
  private readonly index: PassageIndex;
  /** Every word the passages use, as typed. */
  private readonly vocabulary: SearchableMap<number>;
  private readonly aliases: AliasTable;
  private readonly reader: QuestionReader;
  /** Matching by meaning; null without word vectors. */
  private readonly meaning: SoftMatcher | null;
  private readonly passageTerms = new Map<number, PassageTerms>();
  /** The passages that give each kind of answer a post gives (see `framePassages`). */
  private readonly passagesByKind = new Map<AnswerKind, Array<{ n: number; bm25: number }>>();
  private readonly citations: Citation[] = [];

  private constructor(knowledge: Knowledge, options: EngineOptions, index: PassageIndex) {
    this.options = options;
    for (const source of knowledge.sources) this.sourcesById.set(source.id, source);
    this.index = index;
    this.passages = index.passages;
    this.vocabulary = index.vocabulary;
    this.fromSnapshot = index.fromSnapshot;
    this.aliases = new AliasTable(knowledge.aliases);
    this.meaning = options.vectors ? new SoftMatcher(options.vectors, index) : null;
    this.reader = new QuestionReader(index, this.aliases, options.synonyms ? WordNet.load() : null, this.meaning);
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
   * `lexicalThreshold` (for a yes/no question: `yesNoThreshold`, and the
   * passage names the question's subject unless it is the topic; a little
   * less for a long question of several clauses), no single
   * concept it lacks holds more than `maxMissingShare` of the question, the
   * passage holds the name a question asks for ("the name of the judge") and
   * the role a "who is the…" or "which…" question asks about ("who is the
   * commander of…", "which judge"),
   * says "other" or "also" when asked "which other…", gives no other count
   * of the group a wh-question names by its count ("when will the 600 leave?"),
   * and, for a "when" question, the sentence holding the question's words
   * holds a time. The thresholds are ratios within one question
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
    const read = plainQuestion(question, this.aliases.acronymTerms());
    const concepts = this.reader.read(read);
    if (concepts.length === 0) return abstain('empty');
    // A question of nothing but the knowledge's topic ("where is Haiti" asked of news about Haiti) is met by every passage.
    if (concepts.every((c) => this.isTopic(c))) return abstain('no-match');
    const answerType = answerTypeOf(read);
    const ranked = this.rank(concepts, answerType, asksFuture(read));
    const best = ranked[0];
    // The same of the best passage's source, among others: "when was Ruto in Haiti?" asked of news about Ruto in Haiti.
    const onlyTopic = best !== undefined && this.index.sourceCount() > 1 && concepts.every((c) => this.isTopic(c, best.passage.sourceId));
    if (!best || onlyTopic || !this.answers(best, read, answerType, concepts)) {
      return abstain('no-match', ranked.slice(0, 3).filter((r) => r.coverage > 0).map((r) => this.quote(r)));
    }
    // Another source's passage that says all the question's words the best one says, nearly as well, and that
    // would answer too: the question does not tell which source it means ("what day was that X post?" asked of
    // two sources with an X post each). A coin toss would answer wrongly as often as not: ask which.
    const rival = this.index.sourceCount() > 1 ? rivalOf(best, ranked) : undefined;
    if (rival && best.score - rival.score < AMBIGUOUS_MARGIN && best.matched.every((l) => rival.matched.includes(l)) && this.answers(rival, read, answerType, concepts)) {
      return abstain('ambiguous', [this.quote(best), this.quote(rival)]);
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
   * Whether a concept is the knowledge's topic (or, given a source, that source's): its words are in so
   * many passages that they leave it unsaid.
   */
  private isTopic(c: Concept, sourceId?: string): boolean {
    // A few passages say too little to tell a topic from a shared word.
    const passages = sourceId === undefined ? this.passages.length : this.index.sourcePassages(sourceId);
    if (passages < TOPIC_MIN_PASSAGES) return false;
    return c.alternatives[0]!.terms.every((t) => this.isTopicTerm(t, sourceId));
  }

  /** Whether a term is in so many of the passages (TOPIC_SHARE) of the knowledge, or of one source, that it is their topic. */
  private isTopicTerm(t: string, sourceId?: string): boolean {
    if (sourceId === undefined) return (this.index.df.get(t) ?? 0) >= this.passages.length * TOPIC_SHARE;
    return this.index.sourceDf(sourceId, t) >= this.index.sourcePassages(sourceId) * TOPIC_SHARE;
  }

  /** Whether the best passage may be quoted as the answer: the abstention rule of {@link ask}. */
  /**
   * "Besides the gangs, what other problems…": a list of three or more holding the thing set aside ("gang violence,
   * humanitarian crises, and political instability") names others beside it. Not for a person or a place asked
   * ("who else besides the police"), nor beside a name ("which nations other than Kenya"), which a list of troubles
   * does not name. `k` is the "besides" concept; the one after it is what it sets aside.
   */
  private listsBeside(concepts: readonly Concept[], k: number, text: ReadonlySet<string>, focus: string, answerType: AnswerType): boolean {
    const setAside = concepts[k + 1];
    if (concepts[k]!.frame !== 'other' || concepts[k]!.setAsideNamed || answerType === 'person' || answerType === 'place' || setAside === undefined || concepts.some((c) => c.frame !== undefined && (NAMED_KINDS.has(c.frame) || c.frame === 'place'))) return false;
    return listLength(focus) >= 3 && setAside.alternatives.some((a) => !a.soft && !a.loose && hasAll(text, a.terms));
  }

  private answers(best: Ranked, read: string, answerType: AnswerType, concepts: readonly Concept[]): boolean {
    const { threshold, lexicalThreshold, maxMissingShare, yesNoThreshold } = this.options;
    const claim = yesNoClaim(read);
    // Not a yes/no question: its whole claim is to be confirmed, however long.
    const easing = concepts.length >= LONG_QUESTION_CONCEPTS && claim === undefined ? LONG_QUESTION_EASING : 0;
    const lexicalBar = (claim !== undefined ? Math.max(lexicalThreshold, yesNoThreshold) : lexicalThreshold) - easing;
    if (best.coverage < threshold || best.exactCoverage < lexicalBar || best.missing > maxMissingShare) return false;
    // "When" is answered by a time, said beside the question's words: "600 more officers" says nothing of when they land;
    // "how many" by a number, and a date's are none; "how many days" by a length of time, "how much does it cost" by money,
    // "what time of day" by the clock.
    if (answerType !== null && MUST_FIT.has(answerType) && !fitsAnswerType(best.focus, answerType)) return false;
    if (lacksWhatIsAsked(best.lacking)) return false;
    // "Alone or with the local police?" asks whether they work alongside them: a passage that does not say so cannot tell.
    if (best.lacking.some((c) => c.label === 'alongside')) return false;
    // "Which judge delivered the ruling": a passage that says "a three-judge bench" but names no one does not say which
    // ("which other traders" may be answered by "other traders": a group is not named person by person).
    if (concepts.some((c) => c.role && !c.label.endsWith('s') && !best.lacking.includes(c)) && !fitsAnswerType(best.focus, 'human')) return false;
    if (answerType === 'number' && !countsWhatIsAsked(best.focus, read, concepts, this.countKinds(best.passage.sourceId))) return false;
    // "How many additional officers": a count of others ("the first group of 400") is no addition.
    if ((answerType === 'number' || concepts.some((c) => c.frame === 'number')) && best.lacking.some((c) => c.frame === 'more')) return false;
    if (best.lacking.some((c) => c.unknownName)) return false;
    // "How many officers in total": a passage counting an addition ("600 more") and no total gives no total.
    if (answerType === 'number' && TOTAL_RE.test(read) && ADDITION_RE.test(best.passage.text) && !TOTAL_RE.test(best.passage.text)) return false;
    // "What did he say in his UNGA speech": a passage that names no speech tells nothing said in one (a coming
    // speech's words are not yet known).
    if (SPEECH_RE.test(read) && best.lacking.some((c) => SPEECH_WORDS.has(c.label))) return false;
    // "When will the 600 new officers leave?": a passage giving another count ("the first group of 400") is of another group.
    // So is a passage without the count another passage gives ("his visit to Haiti" for when the 600 fly).
    const lackedCounts = best.lacking.filter((c) => isCount(c.label));
    if (answerType !== null && answerType !== 'number' && lackedCounts.length > 0 && ((best.passage.text.match(/\d[\d,]*/gu) ?? []).some((n) => isCount(n.replace(/,/gu, ''))) || lackedCounts.some((c) => this.index.sourceDf(best.passage.sourceId, c.label) > 0))) return false;
    // "Which other countries…" asks beyond the ones the sources name: the answer says "other", "also"…
    if (OTHERS_QUESTION_RE.test(read) && !fitsAnswerType(best.focus, 'other') && !concepts.some((_, k) => this.listsBeside(concepts, k, this.termsOf(best.n).text, best.focus, answerType))) return false;
    // "What did the opposition say about…": what someone else said does not answer.
    const speaker = speakerOf(read);
    if (speaker !== undefined && !this.isTopicTerm(speaker, best.passage.sourceId) && best.lacking.some((c) => c.alternatives.some((a) => a.terms.includes(speaker)))) return false;
    // "What did the gangs say about the visit": a passage naming them ("gang violence") but reporting no words says nothing they said.
    if (speaker !== undefined && !this.isTopicTerm(speaker, best.passage.sourceId) && this.termsOf(best.n).text.has(speaker) && !SAYING_RE.test(best.passage.text)) return false;
    // "How did the council respond to him": a passage that names the council but no response of theirs tells none.
    if (speaker !== undefined && !this.isTopicTerm(speaker, best.passage.sourceId) && best.lacking.some((c) => REACTION_RE.test(c.label))) return false;
    // A yes/no question is about its subject ("is *the mission* working?"): a passage that does not name it
    // confirms nothing, unless the subject is the knowledge's topic, which passages leave unsaid (Haiti).
    // "Was it a Haitian court or a Kenyan one…": a pronoun is the subject, and names nothing a passage must hold.
    const subject = claim === undefined || PRONOUN_SUBJECT_RE.test(claim) ? undefined : terms(claim)[0];
    if (subject === undefined || this.isTopicTerm(subject, best.passage.sourceId)) return true;
    return !best.lacking.some((c) => c.alternatives[0]!.terms.includes(subject));
  }

  /** The word kinds `countsWhatIsAsked` reads, for a passage of this source. */
  private countKinds(sourceId: string): CountKinds {
    const wordnet = WordNet.load();
    return {
      isVerb: (w) => wordnet?.isMostlyVerb(lemmaOf(w)) === true,
      isNoun: (w) => wordnet?.isMostlyNoun(lemmaOf(w)) === true,
      inSource: (t) => this.index.sourceDf(sourceId, t) > 0,
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

  /** The terms of the passage before a passage that opens by referring back to it (see REFERS_BACK_RE), or none. */
  private referredTo(n: number): string[] {
    const p = this.passages[n]!;
    const before = this.passages[n - 1];
    return before?.sourceId === p.sourceId && REFERS_BACK_RE.test(p.text) ? terms(before.text) : [];
  }

  /**
   * The terms of the passage before one that opens with a thing it named ("The court said…" after "a
   * Kenyan court decision…"): the same story goes on, so "why did the court rule it unconstitutional"
   * finds its reason in the second.
   */
  private continued(n: number): { thing: string[]; terms: Set<string> } | undefined {
    const p = this.passages[n]!;
    const before = this.passages[n - 1];
    const m = DEFINITE_OPENING_RE.exec(p.text);
    if (!m || before?.sourceId !== p.sourceId) return undefined;
    const said = terms(before.text);
    const thing = terms(m[1]!);
    return thing.length > 0 && thing.every((t) => said.includes(t)) ? { thing, terms: new Set(said) } : undefined;
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
        const length = this.aliases.at(firstTerms, [], i)?.length ?? 0;
        if (length > 1) for (let k = i; k < i + length; k++) inName[k] = true;
      }
      t = {
        spans,
        text: new Set(spans.flatMap((x) => x[2])),
        plain: new Set(spans.flatMap((x, k) => (inName[k] ? [] : x[2]))),
        whole: new Set(spans.flatMap((x) => x[2].slice(0, 1))),
        context: new Set([...terms(contextOf(p)), ...this.referredTo(n)]),
        continued: this.continued(n),
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
   * this week. … In Port-au-Prince" does not say where the Assembly is). With
   * the IDF weight of the question's concepts it holds; none for a passage of
   * one sentence, which is all focus.
   */
  private focusOf(own: PassageTerms, text: string, concepts: Concept[]): { text: string; weight?: number } {
    if (own.sentences.length === 0) return { text };
    let best = text;
    let bestWeight = 0;
    for (const sentence of own.sentences) {
      let weight = 0;
      for (const c of concepts) {
        for (const a of c.alternatives) {
          if (!a.soft && hasAll(sentence.terms, a.terms)) {
            weight += c.idf;
            break;
          }
        }
      }
      if (weight > bestWeight) {
        best = sentence.text;
        bestWeight = weight;
      }
    }
    return { text: best, weight: bestWeight };
  }

  /**
   * Whether the passage names the thing whose name the question asks ("the
   * name of the judge"): somewhere the owner word is written in a name
   * ("Transitional Presidential Council") or beside one ("Kenyan court"), and
   * not as a title before a name the question gives itself: in "President
   * Ruto wrote", asked about Ruto, "President" names no other president; in
   * "gang violence", no gang is named.
   */
  private namedBeside(own: PassageTerms, text: string, owner: Concept, blank: readonly boolean[]): boolean {
    const ownerTerms = new Set(owner.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!));
    const wordAt = (k: number) => text.slice(own.spans[k]![0], own.spans[k]![1]);
    const capital = (k: number) => k >= 0 && k < own.spans.length && /^\p{Lu}/u.test(wordAt(k));
    /** Word k follows word k - 1 with only a space between: the same phrase. */
    const joined = (k: number) => k > 0 && k < own.spans.length && /^ $/u.test(text.slice(own.spans[k - 1]![1], own.spans[k]![0]));
    return own.spans.some(([, , t], i) => {
      if (!t.some((x) => ownerTerms.has(x))) return false;
      const titled = joined(i + 1) && capital(i + 1);
      if (titled) return !blank[i + 1];
      // Or by "by" after it: "the council led by President Edgard Le Leblanc".
      if (joined(i + 1) && /^by$/iu.test(wordAt(i + 1)) && joined(i + 2) && capital(i + 2)) return !blank[i + 2];
      // A name is written with a capital: the owner in one ("Transitional Presidential Council"), or beside a name ("Kenyan court").
      return (capital(i) && i > 0) || (joined(i) && capital(i - 1) && !blank[i - 1]);
    });
  }

  /** "The name of the commander": any name passes for it only beside the commander, its owner. */
  private ownersNamed(c: Concept, concepts: Concept[], own: PassageTerms, text: string, askedWords: () => boolean[]): boolean {
    if (!c.frameOf) return true;
    // "The name of the individual", "of the city": an owner that only says the kind of answer names no one in particular.
    const owners = c.frameOf.map((label) => concepts.find((o) => o.label === label)).filter((o): o is Concept => o !== undefined && !FRAME_WORDS.has(wordTerms(o.label)[0] ?? ''));
    for (const o of owners) {
      // "The president's name" beside "William Samoei Ruto": the one the knowledge calls president says it.
      const said = o.alternatives.some((a) => !a.soft && (!a.loose || a.referent) && hasAll(own.text, a.terms));
      if (!said || !this.namedBeside(own, text, o, askedWords())) return false;
    }
    // "The Haitian police": the first word says which, a few words before the second ("Haitian National Police", not "Kenyan police… in Haiti").
    if (owners.length === 2) {
      const formsOf = (o: Concept, weight: number) => new Set(o.alternatives.filter((a) => !a.soft && !a.loose && a.terms.length === 1 && a.weight >= weight).map((a) => a.terms[0]!));
      // The word itself says which ("Haitian"), not a related one ("Haiti").
      const which = formsOf(owners[0]!, 1);
      const thing = formsOf(owners[1]!, 0);
      const at = (forms: Set<string>, k: number) => k >= 0 && own.spans[k]![2].some((t) => forms.has(t));
      const saidBefore = (i: number) => {
        for (let d = 1; d <= WHICH_WITHIN; d++) if (at(which, i - d)) return true;
        return false;
      };
      return own.spans.some((_, i) => at(thing, i) && saidBefore(i));
    }
    return true;
  }

  /**
   * Whether the passage writes the concept only as the last word of names whose
   * other words do not say what the question's name word before it says:
   * asked about the "haiti council", "the United Nations Security Council" is no
   * answer, while "the Haitian Transitional Presidential Council" is.
   */
  private namedOnlyByOthers(own: PassageTerms, text: string, thing: Concept, concepts: Concept[]): boolean {
    const which = concepts.find((o) => o.label === thing.namedBy);
    if (!which) return false;
    const forms = new Set(thing.alternatives.filter((a) => !a.soft && !a.loose && a.terms.length === 1).map((a) => a.terms[0]!));
    const whichForms = which.alternatives.filter((a) => !a.soft);
    const capital = (k: number) => /^\p{Lu}/u.test(text.slice(own.spans[k]![0], own.spans[k]![1]));
    const joined = (k: number) => k > 0 && /^ $/u.test(text.slice(own.spans[k - 1]![1], own.spans[k]![0]));
    let said = false;
    for (let i = 0; i < own.spans.length; i++) {
      if (!own.spans[i]![2].some((t) => forms.has(t))) continue;
      said = true;
      if (!capital(i) || !joined(i) || !capital(i - 1)) return false;
      const name = new Set<string>();
      for (let k = i - 1; k >= 0 && capital(k); k--) {
        for (const t of own.spans[k]![2]) name.add(t);
        if (!joined(k)) break;
      }
      // And the rest of it, with the few words after, in the same sentence: "Mission for Haiti", "Mission (MSS) in Haiti".
      let end = i;
      while (end + 1 < own.spans.length && joined(end + 1) && capital(end + 1)) end++;
      for (let k = i + 1; k <= end + AFTER_NAME && k < own.spans.length && !/[.;!?]/u.test(text.slice(own.spans[k - 1]![1], own.spans[k]![0])); k++) {
        for (const t of own.spans[k]![2]) name.add(t);
      }
      if (whichForms.some((a) => hasAll(name, a.terms))) return false;
    }
    return said;
  }

  /**
   * For a question of nothing but the kind of answer a post gives (a handle, a
   * platform), the passages that give one, found once per kind and remembered.
   */
  private framePassages(concepts: readonly Concept[]): Array<{ n: number; bm25: number }> {
    const kind = concepts.find((c) => c.frame !== undefined && POST_KINDS.has(c.frame))?.frame;
    if (kind === undefined || concepts.some((c) => c.frame === undefined)) return [];
    let found = this.passagesByKind.get(kind);
    if (!found) {
      found = [];
      for (let n = 0; n < this.passages.length && found.length < this.options.candidates; n++) if (fitsAnswerType(this.passages[n]!.text, kind)) found.push({ n, bm25: 0 });
      this.passagesByKind.set(kind, found);
    }
    return found;
  }

  /** Whether every word of the passage that says the concept is a plural ("other leaders" for "the leader"). */
  private saysOnlyPlural(own: PassageTerms, text: string, thing: Concept): boolean {
    const forms = new Set(thing.alternatives.filter((a) => !a.soft && !a.loose && a.terms.length === 1).map((a) => a.terms[0]!));
    let said = false;
    for (const [start, end, ts] of own.spans) {
      if (!ts.some((t) => forms.has(t))) continue;
      said = true;
      if (!/s$/iu.test(text.slice(start, end))) return false;
    }
    return said;
  }

  /**
   * Whether the passage mentions the thing only as a first mention, "a UN Security Council
   * resolution": it identifies none, which "which resolution" asks ("Resolution 2699", "the court" do).
   */
  private mentionsOnlyIndefinitely(own: PassageTerms, text: string, thing: Concept, askedTerms: ReadonlySet<string>): boolean {
    const forms = new Set(thing.alternatives.filter((a) => !a.soft && !a.loose && a.terms.length === 1).map((a) => a.terms[0]!));
    const wordAt = (k: number) => text.slice(own.spans[k]![0], own.spans[k]![1]);
    let mentioned = false;
    for (let i = 0; i < own.spans.length; i++) {
      if (!own.spans[i]![2].some((t) => forms.has(t))) continue;
      mentioned = true;
      if (/^\p{Lu}/u.test(wordAt(i))) return false;
      // Back to the start of its noun phrase: "a" or "an" before any other stop word ("the", "his", "of").
      // A word in lower case on the way says which kind it is ("a cholera outbreak"); a name does not ("a UN
      // resolution"), nor a word the question says itself ("which council resolution": "a council resolution").
      let indefinite = false;
      let kind = false;
      for (let k = i - 1; k >= Math.max(0, i - 4) && !indefinite; k--) {
        if (/^an?$/iu.test(wordAt(k))) indefinite = true;
        else if (own.spans[k]![2].length === 0) break;
        else if (/^\p{Ll}/u.test(wordAt(k)) && !own.spans[k]![2].some((t) => askedTerms.has(t))) kind = true;
      }
      if (kind) return false;
      if (!indefinite) return false;
    }
    return mentioned;
  }

  /**
   * The concepts' IDF within one source, their question-reading weights kept (a light verb stays light):
   * a passage is judged as if its source were the whole knowledge, so adding other sources changes
   * neither what it answers nor what it refuses. Among the MSS news alone "MSS" is in most passages and
   * "budget" in none; with other sources added "MSS" looks rare, and "what is the budget of the MSS?"
   * would seem mostly covered by any passage naming the MSS. Remembered per source within one ranking.
   */
  private sourceIdfs(concepts: readonly Concept[], weights: readonly number[], sourceId: string, bySource: Map<string, number[]>): number[] {
    let idfs = bySource.get(sourceId);
    if (!idfs) {
      const passages = this.index.sourcePassages(sourceId);
      const df = (t: string) => this.index.sourceDf(sourceId, t);
      idfs = concepts.map((c, k) => weights[k]! * idfOf(c.alternatives, df, passages));
      bySource.set(sourceId, idfs);
    }
    return idfs;
  }

  /**
   * The focus with the question's own words and phrases blanked out: "at the
   * UN General Assembly" names no place where the Assembly is held.
   */
  private withoutAsked(own: PassageTerms, text: string, focus: string, blank: readonly boolean[], describing: ReadonlySet<string> = new Set()): string {
    const start = text.indexOf(focus);
    const end = start + focus.length;
    let out = '';
    let at = start;
    own.spans.forEach(([s, e, ts], i) => {
      if (!blank[i] || s < start || e > end) return;
      // A describing word inside a name keeps the name's shape: "Xx Xx Council" is still a body's name.
      out += `${text.slice(at, s)}${/^\p{Lu}/u.test(text.slice(s, e)) && ts.some((t) => describing.has(t)) ? 'Xx' : 'x'}`;
      at = e;
    });
    return out + text.slice(at, end);
  }

  private rank(concepts: Concept[], answerType: AnswerType, future = false): Ranked[] {
    const weights = new Map<string, number>();
    for (const c of concepts) for (const a of c.alternatives) for (const t of a.terms) weights.set(t, Math.max(weights.get(t) ?? 0, a.weight * c.idf));
    const found = this.index.candidates(weights, this.options.candidates);
    // "What's his handle?", "where did he post it?": no word to search by, but the passages that give a handle or a platform answer.
    const results = found.length > 0 ? found : this.framePassages(concepts);
    if (results.length === 0) return [];
    const asked = concepts.flatMap((c) => c.alternatives.filter((a) => !a.soft && !a.loose).map((a) => a.terms));
    const askedTerms = new Set(asked.flat());
    const describedBy = new Set(concepts.flatMap((c) => c.describedBy ?? []));
    const describingTerms = new Set(concepts.filter((c) => describedBy.has(c.label)).flatMap((c) => c.alternatives.filter((a) => !a.soft && !a.loose).flatMap((a) => a.terms)));
    const globalIdfs = concepts.map((c) => c.idf);
    // What the question reader made of each concept's IDF (a light verb weighs less), kept within each source.
    const readingWeights = this.index.sourceCount() > 1 ? concepts.map((c) => c.idf / idfOf(c.alternatives, (t) => this.index.df.get(t) ?? 0, this.index.passages.length)) : null;
    const idfsBySource = new Map<string, number[]>();
    const reasonAsked = answerType === 'reason' || concepts.some((c) => c.frame === 'reason');
    const passives = new Set(reasonAsked ? concepts.map((c) => c.label).filter((l) => /ed$/u.test(l)) : []);
    const timeAsked = (answerType !== null && DATED_KINDS.has(answerType)) || concepts.some((c) => c.frame !== undefined && DATED_KINDS.has(c.frame));
    const datesOtherThanPost = timeAsked && !concepts.some((c) => c.alternatives.some((a) => !a.soft && a.terms.some((t) => POSTING_TERMS.has(t))));
    const ranked = results.map((r, i) => {
      const own = this.termsOf(r.n);
      const passage = this.passages[r.n]!;
      const idfs = readingWeights ? this.sourceIdfs(concepts, readingWeights, passage.sourceId, idfsBySource) : globalIdfs;
      let totalIdf = 0;
      for (const idf of idfs) totalIdf += idf;
      const focused = this.focusOf(own, passage.text, concepts);
      // The date under a quoted post is the post's: it says when nothing else happened.
      const focus = datesOtherThanPost ? withoutSignature(focused.text) : focused.text;
      // The passage's words that are the question's own, worked out once and only when needed.
      let blank: boolean[] | undefined;
      const askedWords = () => (blank ??= askedMask(own.spans, asked));
      let unasked: string | undefined;
      let unaskedBody: string | undefined;
      // "Which city is the Assembly in": a place or a person the question names itself is not the one it asks for.
      // "Delayed by a court decision" says why it was delayed: the agent of the passive the question asks is its cause.
      const causedBy = () =>
        own.spans.some(([start, end], k) => k + 1 < own.spans.length && passives.has(passage.text.slice(start, end).toLowerCase()) && /^by$/iu.test(passage.text.slice(own.spans[k + 1]![0], own.spans[k + 1]![1])));
      // A purpose clause gives the purpose of what comes before it: "visited Haiti to assess the mission" is no aim of the mission.
      const saysWhy = () => {
        const why = reasonAt(focus);
        return why !== undefined && (why.because || terms(focus.slice(0, why.purposeAt)).some((t) => askedTerms.has(t)));
      };
      const fitsFrame = (frame: AnswerKind) =>
        frame === 'reason'
          ? saysWhy() || causedBy()
          : frame === 'body' && describingTerms.size > 0
            ? fitsAnswerType((unaskedBody ??= this.withoutAsked(own, passage.text, focus, askedWords(), describingTerms)), frame)
            : fitsAnswerType(frame === 'place' || frame === 'city' || NAMED_KINDS.has(frame) ? (unasked ??= this.withoutAsked(own, passage.text, focus, askedWords())) : focus, frame);
      // "Why did the court rule…": the passage opening "The court said…" goes on from the ruling.
      const goesOn = reasonAsked && own.continued !== undefined && own.continued.thing.every((t) => askedTerms.has(t));
      let covered = 0;
      let coveredExactly = 0;
      /** The IDF of the frame words met by the kind of answer in the focus ("the last few weeks" for "what stretch of time"). */
      let framedInFocus = 0;
      const matched: string[] = [];
      /** The terms each matched concept was found by (a set only for the passages quoted: see `quote`). */
      const matchedTerms: string[][] = [];
      /** Per concept: 0 missing, 1 present, 2 present by a looser word only (worth `looseWeight`). */
      const presence: number[] = [];
      const looseWeight: number[] = [];
      for (let k = 0; k < concepts.length; k++) {
        const c = concepts[k]!;
        let w = 0;
        let exact = 0;
        let strict = 0;
        let via: string[] = [];
        let forms = 0;
        const text = c.plain ? own.plain : own.text;
        for (const a of c.alternatives) {
          const found = a.whole ? own.whole : text;
          const inText = hasAll(found, a.terms);
          const inSection = !inText && inSectionOf(own, found, a.terms, c.name === true);
          const inStory = !inText && goesOn && a.terms.every((t) => own.continued!.terms.has(t));
          const aw = inText ? a.weight : inStory ? a.weight * CONTINUED_WEIGHT : inSection ? a.weight * SECTION_WEIGHT : 0;
          if (inText && !a.soft) forms++;
          if (!a.soft) exact = Math.max(exact, aw);
          if (!a.soft && !a.loose) strict = Math.max(strict, aw);
          if (aw > w) {
            w = aw;
            via = a.terms;
          }
        }
        // "The capital city", "the end date": a place or a date is the answer only beside the word that says which.
        const qualifier = c.qualifiedBy === undefined ? -1 : concepts.findIndex((o) => o.label === c.qualifiedBy);
        const qualified = qualifier < 0 || (qualifier < k ? presence[qualifier] === 1 : concepts[qualifier]!.alternatives.some((a) => !a.soft && !a.loose && hasAll(own.text, a.terms)));
        if (exact === 0 && c.frame && !c.role && qualified && this.ownersNamed(c, concepts, own, passage.text, askedWords) && fitsFrame(c.frame)) {
          w = Math.max(w, FRAME_WEIGHT);
          exact = strict = FRAME_WEIGHT;
          if (DATED_KINDS.has(c.frame) || c.frame === 'period' || c.frame === 'duration') framedInFocus += c.idf;
        } else if (exact === 0 && ((c.listOf !== undefined && listLength(focus) >= c.listOf) || this.listsBeside(concepts, k, own.text, focus, answerType))) {
          w = Math.max(w, FRAME_WEIGHT);
          exact = strict = FRAME_WEIGHT;
        } else if (c.frame !== undefined && NAMED_KINDS.has(c.frame) && exact > 0 && this.mentionsOnlyIndefinitely(own, passage.text, c, askedTerms)) {
          // "Which court ruled?": "a Kenyan court decision" names none.
          w = exact = strict = 0;
        }
        if (c.identified && strict > 0 && this.mentionsOnlyIndefinitely(own, passage.text, c, askedTerms)) {
          w *= INDEFINITE_WEIGHT;
          exact *= INDEFINITE_WEIGHT;
          strict *= INDEFINITE_WEIGHT;
        }
        if (c.defined && forms < 2) {
          w *= 0.5;
          exact *= 0.5;
        }
        if (c.semanticWord !== undefined && exact === 0 && i < SOFT_CANDIDATES) w = Math.max(w, SOFT_WEIGHT * this.meaning!.match(c.semanticWord, r.n));
        // "Haiti's council": the "Security Council" is another's.
        if (c.namedBy !== undefined && strict > 0 && this.namedOnlyByOthers(own, passage.text, c, concepts)) w = exact = strict = 0;
        // "Who is the leader of…": "other leaders" are no one in particular.
        if (c.role && strict > 0 && !c.label.endsWith('s') && this.saysOnlyPlural(own, passage.text, c)) w = exact = strict = 0;
        presence.push(strict > 0 ? 1 : exact > 0 ? 2 : 0);
        looseWeight.push(strict > 0 ? 0 : exact);
        if (w > 0) {
          covered += w * idfs[k]!;
          coveredExactly += exact * idfs[k]!;
          matched.push(c.label);
          matchedTerms.push(via);
        }
      }
      // A looser word may stand in for a question word only in a passage that
      // has nearly all the others: next to a gap it is more likely a coincidence.
      // "Did Ruto praise the officers?" is said by "commended the Kenyan contingent".
      let gapShare = 0;
      for (let k = 0; k < concepts.length; k++) if (presence[k] === 0) gapShare += idfs[k]! / totalIdf;
      const gap = gapShare >= LOOSE_GAP_SHARE;
      let missing = 0;
      const lacking: Concept[] = [];
      let matchedIdf = 0;
      for (let k = 0; k < concepts.length; k++) {
        const c = concepts[k]!;
        if (presence[k] === 2 && gap) {
          coveredExactly -= looseWeight[k]! * idfs[k]!;
          covered -= looseWeight[k]! * idfs[k]!;
          presence[k] = 0;
        }
        if (presence[k] === 0) {
          missing = Math.max(missing, idfs[k]! / totalIdf);
          lacking.push(c);
        } else matchedIdf += idfs[k]!;
      }
      const coverage = totalIdf > 0 ? covered / totalIdf : 0;
      const exactCoverage = totalIdf > 0 ? coveredExactly / totalIdf : 0;
      const typed = answerType === null || !(answerType === 'place' || answerType === 'reason' ? fitsFrame(answerType) : fitsAnswerType(focus, answerType)) ? 0 : answerType === 'time' && !EXPLICIT_TIME_RE.test(focus) ? TYPE_BONUS / 2 : TYPE_BONUS;
      // A passage without the kind of answer asked for ranks lower (not for the
      // crude "who"/"where" cues, which most passages meet anyway).
      const mistyped = answerType !== null && answerType !== 'person' && answerType !== 'place' && typed === 0 ? MISTYPED_FACTOR : 1;
      // A passage that says the question's words in one sentence answers it more surely than one that
      // gathers them from several ("better prepared… met the Kenyan Police" is no praise of the officers).
      const together = focused.weight === undefined || matchedIdf === 0 ? 1 : Math.min(1, (focused.weight + framedInFocus) / matchedIdf);
      // A passage that cannot answer (it lacks the name, the handle or the day asked for) ranks below one that can.
      const unfit = lacksWhatIsAsked(lacking) ? MISTYPED_FACTOR : 1;
      // "What will they push for": a passage telling what they will do ("we will be calling") before one telling what is.
      const tensed = future && saysFuture(passage.text) ? TENSE_BONUS : 0;
      const score = (coverage * mistyped * (1 - SPREAD_PENALTY * (1 - together)) + BM25_SHARE * r.bm25 + typed + tensed) * unfit;
      return { n: r.n, passage, focus, coverage, exactCoverage, missing, lacking, score, matched, matchedTerms };
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
      citation: this.citationOf(r.n, source),
      score: Math.round(Math.min(1, r.coverage) * 1000) / 1000,
      lexicalScore: Math.round(Math.min(1, r.exactCoverage) * 1000) / 1000,
      highlights: highlightSpansOf(this.termsOf(r.n).spans, new Set(r.matchedTerms.flat())),
    };
  }

  /** A passage's citation, built once: its link quotes the passage's words. */
  private citationOf(n: number, source: Source): Citation {
    let citation = this.citations[n];
    if (citation === undefined) {
      citation = Object.freeze(citationOf(source, this.passages[n]!));
      this.citations[n] = citation;
    }
    return citation;
  }
}

interface PassageTerms {
  /** Each word of the text: [start, end, its terms]. */
  spans: Array<[number, number, string[]]>;
  text: Set<string>;
  /** The terms of the text found outside its alias phrases' long forms ("support" outside "Multinational Security Support"). */
  plain: Set<string>;
  /** The terms of the text's words as wholes, without the parts of compounds ("kenyan-led" is not "led"). */
  whole: Set<string>;
  /** The terms of its section's heading and attached lines, and of the passage before it when it refers back (see REFERS_BACK_RE). */
  context: Set<string>;
  /** The terms of the passage before when it opens with a thing that one named (see `continued`). */
  continued: { thing: string[]; terms: Set<string> } | undefined;
  /** The terms of its source's title: a name there (the MSS) is the topic of every passage. */
  title: Set<string>;
  /** The sentences of a text of more than one, with their terms (see `focusOf`). */
  sentences: Array<{ text: string; terms: Set<string> }>;
}

interface Ranked {
  n: number;
  passage: Passage;
  /** The sentence the answer-type cues were read in (see `focusOf`). */
  focus: string;
  coverage: number;
  /** Coverage by the question's own words, aliases and dictionary forms only. */
  exactCoverage: number;
  /** The largest share of the question's meaning held by one concept the passage lacks. */
  missing: number;
  /** The concepts the passage lacks (looser words next to a gap do not count). */
  lacking: Concept[];
  score: number;
  matched: string[];
  matchedTerms: string[][];
}

/**
 * Whether a passage lacking these concepts cannot answer: "the name of the judge", "which body" are
 * not given by a passage without the name (beside the judge), "what day" by one without a day or a
 * date ("this week" is none), "who is the commander" by one without the commander.
 */
function lacksWhatIsAsked(lacking: readonly Concept[]): boolean {
  return lacking.some((c) => (c.frame !== undefined && (NAMED_KINDS.has(c.frame) || c.frame === 'handle' || c.frame === 'day' || c.frame === 'date')) || c.role || c.act);
}

/** "How many gangs…": the words after it, up to the question's next function word or stop, are what is counted. */
const HOW_MANY_RE = /\bhow many\s+([^?.!,;:]*)/iu;
const CAPITALISED_RE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu;
/** Words between "how many" and what it counts ("how many more officers"). */
const COUNT_QUALIFIERS = new Set(['more', 'additional', 'extra', 'new', 'total', 'further']);
/** Members of a security force by any name ("how many more police": "600 more officers"). */
const FORCE_TERMS = new Set(['police', 'policemen', 'policeman', 'officers', 'officer', 'cops', 'cop', 'troops', 'soldiers', 'personnel', 'agents', 'recruits'].map((w) => wordTerms(w)[0]!));
/** Words for anyone at all ("how many people", "how many men went"): any count of persons answers. */
const COUNT_ANYONE = new Set(['people', 'persons', 'person', 'men', 'man', 'women', 'members', 'ones', 'individuals', 'heads', 'souls', 'bodies', 'folks', 'guys', 'okes', 'moun']);
/** How many words after a number the thing it counts may stand ("600 more Kenyan police officers"). */
const COUNTED_WITHIN = 4;

/** What `countsWhatIsAsked` needs to know of a word: whether it is mostly a verb or a noun, and whether the passage's source has it. */
interface CountKinds {
  isVerb: (word: string) => boolean;
  isNoun: (word: string) => boolean;
  inSource: (term: string) => boolean;
}

/**
 * Whether the passage's number counts what "how many" asks: "40 schools near gang-controlled areas" says how many
 * schools, not how many gangs. What is counted is any of the question's words after "how many", as the concept
 * reads them (aliases, related forms); a question whose counted words the reader dropped passes.
 */
function countsWhatIsAsked(focus: string, read: string, concepts: readonly Concept[], kinds: CountKinds): boolean {
  const { isVerb, isNoun, inSource } = kinds;
  const after = HOW_MANY_RE.exec(read)?.[1];
  if (after === undefined) return true;
  // Names, as the asker or the passage writes them ("how many more haiti?"): no thing counted.
  const namedInFocus = new Set((focus.match(CAPITALISED_RE) ?? []).map((n) => n.toLowerCase()));
  const names = new Set([...(after.match(CAPITALISED_RE) ?? []).map((n) => n.toLowerCase()), ...namedInFocus]);
  const run: string[] = [];
  // "How many Haitian police": the people or place the count is of, by name.
  const whose: string[] = [];
  for (const [i, w] of words(after).entries()) {
    if (STOP_WORDS.has(w)) break;
    if (names.has(w) && run.length === 0 && !COUNT_QUALIFIERS.has(w) && !COUNT_ANYONE.has(w)) whose.push(w);
    // "How many people", "how many went": anyone counts, or the count is of whoever did it.
    if (COUNT_ANYONE.has(w) || (i === 0 && isVerb(w))) return true;
    // A name is not what is counted ("how many more Haiti?", Swahili order): the words before it were.
    if (!COUNT_QUALIFIERS.has(w) && !names.has(w)) run.push(...wordTerms(w));
  }
  const counted = concepts.filter((c) => terms(c.label).some((t) => run.includes(t)));
  if (counted.length === 0) return true;
  const forms = counted.flatMap((c) => c.alternatives.filter((a) => !a.soft && !a.loose && a.terms.length === 1).map((a) => a.terms[0]!));
  // Police, officers, cops, troops: one force counted by any of its names.
  if (forms.some((t) => FORCE_TERMS.has(t))) for (const t of FORCE_TERMS) forms.push(t);
  const ws = words(focus);
  const said = new Set(ws.flatMap((w) => wordTerms(w)));
  // What the passage does not say at all is for the coverage to weigh ("how many constables"), unless its source
  // speaks of it elsewhere: "how many gangs" is no count of the officers beside "gang violence" in another line.
  if (!forms.some((t) => said.has(t))) return !counted.some((c) => isNoun(c.label) && c.alternatives.some((a) => !a.soft && !a.loose && a.terms.length === 1 && inSource(a.terms[0]!)));
  // What it says but does not count is no answer, nor a count of others: "600 more Kenyan police officers" counts
  // Kenyan police, not the Haitian ones asked about.
  return ws.some((w, i) => {
    if (!NUMBER_WORD_RE.test(w)) return false;
    const at = ws.slice(i + 1, i + 1 + COUNTED_WITHIN).findIndex((x) => wordTerms(x).some((t) => forms.includes(t)));
    return at >= 0 && (whose.length === 0 || !ws.slice(i + 1, i + 1 + at).some((x) => namedInFocus.has(x) && !whose.includes(x)));
  });
}

/** "What did the opposition in Kenya say…", "how does the IG of Police react…": the one whose words are asked. */
const SPEAKER_RE = /\b(?:what|how) (?:did|does|do|has|have|had|would|will) ((?:the |a |an )?[\p{L}'-]+(?: [\p{L}'-]+){0,3}?) (?:say|said|think|tell|claim|comment|respond|react|write|post)\b/u;

/** A total asked or given: "in total", "altogether", "the total number". */
const TOTAL_RE = /\b(?:in total|totals?|altogether|all told|in all|combined)\b/iu;
/** A count of an addition: "600 more officers", "another 200". */
const ADDITION_RE = /\b\d[\d,]*\s+(?:more|additional|extra|further|new)\b|\b(?:another|additional|extra|further)\s+\d/iu;
/** A question about someone's speech: "his UNGA speech", "the address to the General Assembly" (not "meant to address", nor "a speech" offered as an option). */
const SPEECH_RE = /(?:\b(?:his|her|their|the|its)|['’]s)\s+(?:(?!(?:to|is|are|was|were|did|does|do|will|would|can|should|seeks?|meant|intended|supposed)\b)[\p{L}-]+\s+){0,3}?(?:speech|keynote|address(?=\s+(?:to|at|before|in|on)\b|\s*[?.!,]|$))\b/iu;
/** The word of a speech {@link SPEECH_RE} finds, which a passage must hold to tell what was said in it. */
const SPEECH_WORDS = new Set(['speech', 'keynote', 'address']);
/** A reaction asked of someone ("how did the council respond"). */
const REACTION_RE = /^(?:respon\w*|react\w*|repl\w*)$/u;
/** Words that report what someone said, wrote or thought, and quotation marks. */
const SAYING_RE = /\b(?:say|says|said|state|states|stated|note|notes|noted|wrote|writes|told|tells|reveal(?:s|ed)?|announc(?:e|es|ed)|according|urg(?:e|es|ed)|comment(?:s|ed)?|respond(?:s|ed)?|react(?:s|ed)?|claim(?:s|ed)?|post(?:s|ed)?|describ(?:e|es|ed)|commend(?:s|ed)?|prais(?:e|es|ed)|warn(?:s|ed)?|call(?:s|ed)?|rul(?:e|es|ed)|believ(?:e|es|ed)|think|thinks|thought)\b|[“”"]/iu;

/** The term of the head noun of the one whose words a question asks ("opposition" in "what did the opposition in Kenya say"), unless a pronoun. */
function speakerOf(question: string): string | undefined {
  const speaker = SPEAKER_RE.exec(normalize(question))?.[1];
  if (speaker === undefined || PRONOUN_SUBJECT_RE.test(speaker)) return undefined;
  return terms(speaker.split(/ (?:of|in|from|at|on|for) /u)[0]!).at(-1);
}

/** A claim whose subject is a pronoun: "it was…", "they are…". */
const PRONOUN_SUBJECT_RE = /^\s*(?:it|there|he|she|they|we|you|i)\b/iu;

/** Kinds of answer a post gives, which a question may ask with no other word (see `framePassages`). */
const POST_KINDS: ReadonlySet<AnswerKind> = new Set(['handle', 'channel']);
/** Kinds of answer a date gives. */
const DATED_KINDS: ReadonlySet<AnswerKind> = new Set(['time', 'date', 'day', 'weekday']);
/** Words of a question about a post ("when did he tweet", "the date of the X post"): the date under it answers them. */
const POSTING_TERMS = new Set(terms('post tweet twitter x wrote write publish share account message statement online social media sign'));
/** Where one sentence ends and the next begins: after . ! or ? (and a closing quote), before a capital or an opening quote. */
const SENTENCE_END_RE = /(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u;

/**
 * The best-ranked passage of another source than the best passage's, leaving out the ones its own
 * source also has: a passage copied into another source says nothing different.
 */
function rivalOf(best: Ranked, ranked: readonly Ranked[]): Ranked | undefined {
  const saidByBest = new Set(ranked.filter((r) => r.passage.sourceId === best.passage.sourceId).map((r) => r.passage.text));
  return ranked.find((r) => r.passage.sourceId !== best.passage.sourceId && !saidByBest.has(r.passage.text));
}

/** Raw words of a passage with their offsets, typographic apostrophes included. */
const SPAN_RE = /@?[\p{L}\p{N}]+(?:['’.,\-‐‑][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets and terms. */
/** A series of short items ending with "and" or "or": "gang violence, humanitarian crises, and political instability". */
const SERIES_RE = /(?:,\s+[^,;:.]{2,40}?)+,?\s+(?:and|or)\s+[^,;:.]{2,40}|\b\p{L}+\s+(?:and|or)\s+\p{L}+/gu;

/** The number of things the text lists in its longest series (see SERIES_RE), 0 for none. */
function listLength(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(SERIES_RE)) {
    const commas = (m[0].match(/,/gu) ?? []).length;
    longest = Math.max(longest, commas === 0 ? 2 : commas + (/,\s+(?:and|or)\s/u.test(m[0]) ? 1 : 2));
  }
  return longest;
}

function wordSpans(text: string): Array<[number, number, string[]]> {
  // "Went ahead to state" goes nowhere: no going, no trip, for "why did he go to Haiti".
  return [...text.matchAll(SPAN_RE)].map((m) => [m.index, m.index + m[0].length, goesAhead(text, m.index) ? [] : terms(m[0])]);
}

/** Whether a form of "go" in "go ahead" starts at `at`: proceeding, no motion. */
function goesAhead(text: string, at: number): boolean {
  GO_AHEAD_RE.lastIndex = at;
  return GO_AHEAD_RE.test(text);
}
const GO_AHEAD_RE = /(?:go|goes|going|gone|went)\s+ahead\b/iuy;

/** Which of the words are the question's own words and phrases; a phrase counts only whole: "Security" alone in "UN Security Council" is not the MSS. */
function askedMask(spans: ReadonlyArray<[number, number, string[]]>, asked: ReadonlyArray<readonly string[]>): boolean[] {
  const blank = new Array<boolean>(spans.length).fill(false);
  for (let i = 0; i < spans.length; i++) {
    for (const phrase of asked) {
      let whole = i + phrase.length <= spans.length;
      for (let k = 0; whole && k < phrase.length; k++) whole = spans[i + k]![2].includes(phrase[k]!);
      if (whole) blank.fill(true, i, i + phrase.length);
    }
  }
  return blank;
}

/** A number that counts things: not a day of the month, not a year. */
function isCount(word: string): boolean {
  return /^\d+$/u.test(word) && Number(word) > 31 && (Number(word) < 1900 || Number(word) > 2100);
}

/** Whether every term is in the set (a loop, not a closure: it runs for every candidate, concept and alternative). */
function hasAll(found: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const t of terms) if (!found.has(t)) return false;
  return true;
}

/** Whether every term is in the passage or its section's heading (a name also in its source's title). */
function inSectionOf(own: PassageTerms, found: ReadonlySet<string>, terms: readonly string[], name: boolean): boolean {
  for (const t of terms) if (!found.has(t) && !own.context.has(t) && !(name && own.title.has(t))) return false;
  return true;
}

/** The start of a passage, cut at a word boundary to fit an autocomplete choice. */
function snippet(text: string, max = 90): string {
  const line = text.split('\n')[0]!.replace(/[“”"]/gu, '').trim();
  if (line.length <= max) return line;
  return `${line.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/** The spans of `text` whose words have one of `matched` among their terms. */
export function highlightSpans(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  return highlightSpansOf(wordSpans(text), matched);
}

function highlightSpansOf(spans: ReadonlyArray<[number, number, string[]]>, matched: ReadonlySet<string>): Array<[number, number]> {
  return spans.filter(([, , t]) => t.some((x) => matched.has(x))).map(([a, b]) => [a, b]);
}
