/**
 * The kind of answer a question wants ("when" → a time, "which city" → a
 * place) and whether a piece of text holds one: crude cues, read in the
 * sentence that holds the question's words (see the engine's `focusOf`).
 */
import { stemmer } from 'stemmer';
import { MONTH_NAMES, normalize, WH_WORD_RE } from './text.js';
import { WordNet } from './wordnet.js';

/** The kinds of answer a question may ask for; "other" answers "who else" and "more" "how many extra" (see OTHER_RE, MORE_RE). */
export type AnswerKind = 'time' | 'date' | 'day' | 'period' | 'duration' | 'weekday' | 'number' | 'person' | 'human' | 'body' | 'place' | 'city' | 'reason' | 'handle' | 'channel' | 'other' | 'more' | 'outcome' | 'money' | 'clock';
export type AnswerType = AnswerKind | null;

/** Verbs of telling: "how did he announce it" asks for the channel it was told through. */
const TELLING_VERBS = ['announce', 'say', 'reveal', 'communicate', 'post', 'tell', 'declare', 'confirm', 'disclose', 'inform', 'report', 'publish', 'share'];

/**
 * Question words that name the kind of answer wanted ("on what date", "which
 * city"): a passage holding that kind of answer covers them.
 */
export const FRAME_WORDS: ReadonlyMap<string, AnswerKind> = new Map(
  Object.entries({
    date: 'date', dai: 'day', year: 'time', month: 'time', time: 'time', period: 'period', durat: 'period', timefram: 'period', stretch: 'period', weekdai: 'weekday', timelin: 'date',
    number: 'number', amount: 'number', count: 'number', figur: 'number', headcount: 'number', size: 'number', strength: 'number', quantum: 'number',
    citi: 'city', town: 'city', countri: 'place', place: 'place', locat: 'place', venu: 'place', region: 'place',
    name: 'person', person: 'person', individu: 'person', bodi: 'body', organ: 'body', institut: 'body', agenc: 'body', entiti: 'body',
    // "The purpose of the trip" is met by "visited Haiti to assess"; "goal" and "aim" are not frames: "aims to" says them.
    reason: 'reason', purpos: 'reason', object: 'reason', ground: 'reason', basi: 'reason', justif: 'reason', excus: 'reason', pretext: 'reason', rational: 'reason', motiv: 'reason',
    besid: 'other', els: 'other',
    extra: 'more', addit: 'more',
    outcom: 'outcome', perform: 'outcome',
    channel: 'channel', platform: 'channel', medium: 'channel', onlin: 'channel', app: 'channel', internet: 'channel', web: 'channel', site: 'channel', websit: 'channel',
    handl: 'handle', usernam: 'handle', account: 'handle',
    ...Object.fromEntries(TELLING_VERBS.map((v) => [stemmer(v), 'channel'])),
  } as Record<string, AnswerKind>),
);

/** Kinds of answer that are names: of a person, a human being, a body. */
export const NAMED_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'human', 'body']);

/** WordNet's kinds of noun that name a kind of answer (a forum is a group: a passage naming one answers "which forum"). */
export const FRAME_KINDS: Readonly<Record<string, AnswerKind>> = { group: 'body', person: 'human', location: 'place', time: 'time' };

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Days named outright: a weekday, yesterday, today, tomorrow. */
const NAMED_DAYS = `${WEEKDAYS}|yesterday|today|tomorrow`;
const YEAR = '(?:19|20)\\d\\d';
const TIME_RE = new RegExp(`\\b(?:${MONTH_NAMES}|${NAMED_DAYS}|(?:last|next|this) (?:year|week|month)|${YEAR})\\b`, 'i');
/** A date: a day, a month or a year named ("what date" is not answered by "this week"). */
const DATE_RE = new RegExp(`\\b(?:${MONTH_NAMES}|${NAMED_DAYS}|${YEAR})\\b`, 'i');
/** A day: a date with its day of the month, a weekday, or yesterday, today, tomorrow ("which day" is not answered by "this week"). */
const DAY_RE = new RegExp(`\\b(?:(?:${MONTH_NAMES}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAMES})|${NAMED_DAYS})\\b`, 'i');
/** A stretch of time ("the last few weeks"): it answers "over what period", not "when". */
const SPAN_RE = /\b(?:last|past|next|coming|first) (?:few |several |couple of |\d+ )?(?:days|weeks|months|years)\b/i;
/** "What day of the week": only a weekday's name answers it (a date does not say which). */
export const WEEKDAY_QUESTION_RE = /\b(?:day of the week|weekday)\b/i;
const WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'i');
/** The numbers of a date ("September 21, 2024", "24 June", "in 2024"): no count, no number of a thing. */
const DATE_NUMBERS_RE = new RegExp(`\\b(?:(?:${MONTH_NAMES}) \\d{1,2}(?:, ${YEAR})?|\\d{1,2} (?:${MONTH_NAMES})|${YEAR})\\b`, 'gi');
const NUMBER = '\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozen';
const NUMBER_RE = new RegExp(`\\b(?:${NUMBER})\\b`, 'i');
/** A word that is a number ("400", "forty"): see `fitsAnswerType`'s "number". */
export const NUMBER_WORD_RE = new RegExp(`^(?:${NUMBER})$`, 'iu');
/** Titles that say a person is meant. */
const TITLES = 'President|Prime Minister|Minister|Secretary|Dr|Mr|Mrs|Ms|PhD';
/** The last words of names of bodies (and of their acts: a Resolution is no person). */
const INSTITUTION_WORDS = 'Police|Council|Court|Assembly|Nations|Commission|Agency|Ministry|Forces?|Institute|Organi[sz]ation|Bank|Union|Party|Parliament|Senate|Government|Mission|Committee|Authority|Board|Service|Department|Army|Navy|Tribunal|Resolution|Act|Bill|Law|Constitution|Treaty|Agreement|Accord|Charter|Convention|Protocol|Declaration';
/**
 * A named body: a capitalised name ending in a word for an institution
 * ("Haitian National Police", "Transitional Presidential Council"), or an
 * acronym (UN). A person's name or title ("President Ruto") is none.
 */
const BODY_RE = new RegExp(`\\b(?:\\p{Lu}[\\p{L}'’-]+ )+(?:${INSTITUTION_WORDS})\\b|\\b\\p{Lu}{2,}\\b`, 'u');
/** A human being: a title, or a run of capitalised words (not the sentence's first) that names no body ("Edgard Le Leblanc"). */
const HUMAN_TITLE_RE = new RegExp(`\\b(?:${TITLES}|Judge|Justice)\\b`);
const CAPITAL_RUN_RE = /(?<=\S\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;
const BODY_END_RE = new RegExp(`(?:${INSTITUTION_WORDS})$`, 'u');
const PERSON_RE = new RegExp(`\\b(?:${TITLES})\\b|\\b[A-Z][a-z]+ [A-Z][a-z]+\\b`);
const PLACE_RE = /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom) (?:the )?[A-Z][\p{L}-]+/u;
/** A capitalised name after a preposition of place: "in Port-au-Prince", "in New York", "to Haiti". */
const PLACE_NAME_RE = /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom) (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)/gu;
/** A run of capitalised words: a name, wherever it stands. */
const NAME_RUN_RE = /\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*/gu;
/** A month's or a weekday's name: "in October" is no place. */
const CALENDAR_NAME_RE = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAYS})$`, 'iu');
/** What WordNet calls a town or a city (Port-au-Prince is a national capital, New York a city and a port). */
const SETTLEMENT_RE = /\b(?:city|capital|town|metropolis|port|municipality|urban center)\b/u;
const REASON_RE = /\b(?:because|since|due to|in order to|so that|so as to|aims? to|as a result|without|after|following)\b/i;
/** A purpose clause after a named object: "visited Haiti to assess". */
const PURPOSE_RE = /\b\p{Ll}+ed (?:\p{Lu}[\p{L}-]* ){1,3}to \p{Ll}+/u;

/**
 * Whether the text says why (see REASON_RE), or else where its purpose clause starts ("to assess" in
 * "visited Haiti to assess the progress of the mission": the visit's purpose, not the mission's);
 * undefined for neither.
 */
export function reasonAt(text: string): { because: boolean; purposeAt: number } | undefined {
  if (REASON_RE.test(text)) return { because: true, purposeAt: -1 };
  const m = PURPOSE_RE.exec(text);
  return m ? { because: false, purposeAt: m.index + m[0].lastIndexOf(' to ') } : undefined;
}
/** An explicit date (a month with a day or year, or a year) answers "when" better than "this week". */
export const EXPLICIT_TIME_RE = new RegExp(`\\b(?:(?:${MONTH_NAMES}) \\d{1,2}|${YEAR})\\b`, 'i');
const CHANNEL_QUESTION_RE = new RegExp(`\\b(?:how|where|through what|via what|on what|in what)\\b.*\\b(?:${TELLING_VERBS.join('|')})(?:s|d|ed|es|ing)?\\b`);
/** A channel of communication: a social network, an account, a statement, a speech... */
const CHANNEL_RE = /\b(?:on|via|through|in|at|to) (?:(?:his|her|their|its|the|a|an|official|own) )*(?:X|Twitter|Facebook|Instagram|TikTok|YouTube|Telegram|WhatsApp|account|statement|post|tweet|speech|address|interview|press (?:conference|briefing|release)|broadcast|letter|website|blog|radio|television|TV)\b|\b(?:wrote|posted|tweeted|broadcast|told reporters)\b/;
/** An addition: "600 more officers" answers "how many extra officers" (WordNet gives "extra" no "more"). */
const MORE_RE = /\b(?:more|extra|additional|another)\b/i;
/** A time on the clock: "10:30", "9 a.m.", "in the evening". */
const CLOCK_RE = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk)\b/i;
/** An amount of money: a currency, or a sum in millions. */
const MONEY_RE = /[$€£]|\b(?:usd|kes|kshs?|dollars?|shillings?|euros?|francs?|gourdes?|millions?|billions?)\b/i;
/** How something turns out: "continues to yield positive results" says whether the mission is working. */
const OUTCOME_RE = /\b(?:results?|success(?:ful|fully)?|succeed(?:s|ed|ing)?|effective|achieve(?:s|d|ment)?|gains|positive|fail(?:s|ed|ing|ure)?|worked)\b/i;
/** "Which other countries…", "any other", "how many officers have other countries sent": a question about more than the ones the sources name (see OTHER_RE). */
export const OTHERS_QUESTION_RE = /\b(?:which|what|any|how many) other\b|^\W*other\s+(?:countries|nations|states)\b|\bhow many \p{L}+ (?:besides|other than|apart from|except)\b|\bhow many\b[^?.!]*\bother (?:countries|nations|states|governments)\b/iu;
/** A passage naming more than one of a kind answers "who else", "besides the council": "the council and other stakeholders". */
const OTHER_RE = /\b(?:other|others|also|as well as|too|additional|among them|including)\b/i;
const HANDLE_RE = /(?:^|\s|\()@\w{2,}/u;

/** "What time period", "over what time frame": a stretch of time, which "the last few weeks" gives. */
export const TIME_SPAN_QUESTION_RE = /\btime[\s-]*(?:period|frame|window|span)\b|\btimeframe\b|\b(?:stretch|span|period|window) of time\b/;
/** "How much time", "how many days": a length of time, which "the last few weeks" gives and a date or a count of officers does not. */
export const DURATION_QUESTION_RE = /\bhow much time\b|\bhow many (?:days|weeks|months|years|hours)\b/;

/** "How much does it cost", "how much money", "how much are they paid": an amount of money is asked. */
const MONEY_QUESTION_RE = /\bhow much\b(?!\s+(?:time|longer|more)\b)[^?.!]*\b(?:money|costs?|costing|spen[dt]|spending|pa(?:y|id|ying|yed)|fund(?:s|ed|ing)?|budget|salar(?:y|ies)|allowances?|worth|contribut\w*|giv(?:e|es|ing)|gave|financ\w*|pledg\w*|donat\w*)\b|\b(?:pa(?:y|id)|salar(?:y|ies)|allowances?|costs?)\s+how (?:much|many)\b/;
/** "Estimated cost of…?", "what is the budget of…": money is asked, when no question word asks another kind. */
const MONEY_NOUN_RE = /^\W*(?:what(?:'s|’s| is| was| are| were)\s+(?:the\s+|its\s+|their\s+)?)?(?:estimated\s+|total\s+|annual\s+|projected\s+|overall\s+)?(?:costs?|budgets?|price|salary|salaries|allowances?|funding|expenditure)\b/;
/** "What time of day", "at what hour": a time on the clock. */
const CLOCK_QUESTION_RE = /\btime of (?:the )?day\b|\b(?:what|which) hour\b/;

/** What kind of answer the question wants, from its question words. */
export function answerTypeOf(question: string): AnswerType {
  // "What city was he in when he met them": a "when" after another question word joins a clause and asks
  // nothing; one before its verb ("…, and when is its renewal due?") or ending a sentence ("…, and when?") asks.
  // So is one inside a yes/no question ("Did he praise them when he saw them?"), not after a verb of saying or
  // knowing, which asks it ("Did the article say when…", "Do we know when…").
  const q = normalize(question)
    .replace(/(\b(?:what|which|who|whom|whose|where|how|why)\b.*?)\bwhen\b(?!\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b|\s*(?:[?.!]|$))/gu, '$1')
    .replace(/((?:^|[.?!]\s+)(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b[^?.!]*?)(?<!\b(?:know|knows|known|say|says|said|indicate|indicates|indicated|mention|mentions|mentioned|tell|tells|told|specify|specifies|specified|state|states|stated|reveal|reveals|revealed|note|notes|noted|sure|clear|announce|announces|announced|confirm|confirms|confirmed|decide|decided|explain|explains|explained|hint|hinted|set|give|gave|given)\s+)\bwhen\b(?!\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b|\s*(?:[?.!]|$))/gu, '$1');
  if (CLOCK_QUESTION_RE.test(q)) return 'clock';
  if (WEEKDAY_QUESTION_RE.test(q)) return 'weekday';
  if (TIME_SPAN_QUESTION_RE.test(q)) return 'period';
  if (DURATION_QUESTION_RE.test(q)) return 'duration';
  if (/\b(?:when|what (?:day|date|year|month|time)|which (?:day|date|year|month))\b/.test(q)) return 'time';
  if (MONEY_QUESTION_RE.test(q)) return 'money';
  if (/\bhow (?:many|much|long|old|big|large)\b/.test(q)) return 'number';
  if (/\b(?:who|whom|whose)\b/.test(q)) return 'person';
  if (/\bwhere\b/.test(q)) return 'place';
  // "What was he going to Haiti for?" asks why ("what are they hoping for" does not).
  if (/\bwhy\b/.test(q) || /^\W*what\b.*(?<!\b(?:hop\w*|ask\w*|call\w*|push\w*|look\w*|wait\w*|pa(?:y|id|ying)|stand\w*|account\w*|search\w*|fight\w*|vot\w*|known?))\s+for\W*$/.test(q)) return 'reason';
  if (CHANNEL_QUESTION_RE.test(q)) return 'channel';
  if (MONEY_NOUN_RE.test(q)) return 'money';
  return null;
}

/** Whether the text holds the kind of answer. */
export function fitsAnswerType(text: string, type: AnswerKind): boolean {
  switch (type) {
    case 'time':
      return TIME_RE.test(text);
    case 'date':
      return DATE_RE.test(text);
    case 'day':
      return DAY_RE.test(text);
    case 'duration':
      return SPAN_RE.test(text);
    case 'period':
      return TIME_RE.test(text) || SPAN_RE.test(text);
    case 'weekday':
      return WEEKDAY_RE.test(text);
    case 'number':
      return NUMBER_RE.test(text.replace(DATE_NUMBERS_RE, ' '));
    case 'person':
      return PERSON_RE.test(text);
    case 'body':
      return BODY_RE.test(text);
    case 'human':
      return HUMAN_TITLE_RE.test(text) || [...text.matchAll(CAPITAL_RUN_RE)].some((m) => !BODY_END_RE.test(m[0]));
    case 'place':
      return PLACE_RE.test(text);
    case 'city':
      return [...text.matchAll(PLACE_NAME_RE)].some((m) => isCityName(m[1]!)) || [...text.matchAll(NAME_RUN_RE)].some((m) => isKnownCity(m[0]));
    case 'reason':
      return REASON_RE.test(text) || PURPOSE_RE.test(text);
    case 'handle':
      return HANDLE_RE.test(text);
    case 'channel':
      return CHANNEL_RE.test(text);
    case 'other':
      return OTHER_RE.test(text);
    case 'outcome':
      return OUTCOME_RE.test(text);
    case 'more':
      return MORE_RE.test(text);
    case 'money':
      return MONEY_RE.test(text);
    case 'clock':
      return CLOCK_RE.test(text);
  }
}

/**
 * Whether a place's name may be a town's: "which city" is not answered by "to Haiti" (a country) nor by "to the
 * Security Support Mission" (a body). A name WordNet does not know may be any town's.
 */
function isCityName(name: string): boolean {
  if (BODY_END_RE.test(name) || CALENDAR_NAME_RE.test(name)) return false;
  const kinds = instancesOf(name);
  return kinds.length === 0 || kinds.some((k) => SETTLEMENT_RE.test(k));
}

/** Whether WordNet knows the name as a town's, wherever it stands: "toured Kisumu". */
function isKnownCity(name: string): boolean {
  return instancesOf(name).some((k) => SETTLEMENT_RE.test(k));
}

/** What WordNet says the named thing is an instance of (none without WordNet). */
function instancesOf(name: string): string[] {
  return WordNet.load()?.instanceOf(name.toLowerCase()) ?? [];
}

/** "Will", "shall", "gonna", "he'll": a question about what is yet to happen (see {@link asksFuture}). */
const FUTURE_WORD_RE = /\b(?:will|shall|gonna)\b|\b\p{L}+['’]ll\b/iu;
const GOING_TO_RE = /\bgoing to (\p{L}+)/giu;
/** A passage saying what will happen: "we will be calling", "they would call". */
const SAYS_FUTURE_RE = /\b(?:will|would|shall|going to)\b|['’]ll\b/iu;

/**
 * Whether the question asks what is yet to happen: "what will they push for", "what's he going to ask" (not
 * "going to Haiti", a journey). The news says the future with "will" or "would" ("we will be calling attention").
 */
export function asksFuture(question: string): boolean {
  if (FUTURE_WORD_RE.test(question)) return true;
  return [...question.matchAll(GOING_TO_RE)].some((m) => WordNet.load()?.isMostlyVerb(m[1]!.toLowerCase()) === true);
}

/** Whether a passage says what will be done ("we will be calling attention"): the answer to a question of {@link asksFuture}. */
export function saysFuture(text: string): boolean {
  return SAYS_FUTURE_RE.test(text);
}

/** "Is the mission working?", "according to Ruto, is it working?": an auxiliary first (after an "according to" clause) and no question word. */
const YES_NO_RE = /^\W*(?:according to [^,?]{1,40},\s*)?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b\s*([\s\S]*)$/i;

/**
 * Whether the question asks yes or no. It states its whole claim, so a passage
 * confirming it says more of the question's words than one that answers a
 * "what": the engine asks more of it (see `EngineOptions.yesNoThreshold`).
 */
export function isYesNoQuestion(question: string): boolean {
  return YES_NO_RE.test(question) && !WH_WORD_RE.test(question);
}

/** The rest of a yes/no question after its auxiliary ("the mission working" in "is the mission working?"), or undefined. */
export function yesNoClaim(question: string): string | undefined {
  return isYesNoQuestion(question) ? YES_NO_RE.exec(question)![1] : undefined;
}
