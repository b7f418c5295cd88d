/**
 * Reading a question: its words become concepts, each with the alternatives
 * a passage may hold it by (the word itself, its aliases, typo corrections,
 * WordNet synonyms and related words, words alike by meaning), weighted by how
 * rare the concept is in the knowledge. Frame words ("which city", "on what
 * date") are met by the kind of answer instead.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { stemmer } from 'stemmer';
import type { AliasTable } from './aliases.js';
import { type AnswerKind, answerTypeOf, DURATION_QUESTION_RE, FRAME_KINDS, FRAME_WORDS, NAMED_KINDS, TIME_SPAN_QUESTION_RE, WEEKDAY_QUESTION_RE } from './answer-types.js';
import { SOFT_WEIGHT, type SoftMatcher } from './meaning.js';
import type { PassageIndex } from './passage-index.js';
import { swahiliVerb } from './swahili.js';
import { tagalogVerb } from './tagalog.js';
import { americanOf, lemmaOf, normalize, positiveOf, STOP_WORDS, termOf, terms, wordTerms, words } from './text.js';
import type { WordNet } from './wordnet.js';

/** One way a question concept can be present in a passage: all of `terms`, worth `weight`. */
export interface Alternative {
  terms: string[];
  weight: number;
  /** Found by meaning (word vectors): counts for ranking, not for the lexical guard. */
  soft?: boolean;
  /** A looser word than the question's (see `relatedWords`): its frequency does not make the concept common. */
  loose?: boolean;
  /** Found only as a word of its own, not as part of a compound: a leader leads, "Kenyan-led" names no leader. */
  whole?: boolean;
  /** The name the knowledge gives the title most often (see `mainNameFor`): looser, yet it says whom "the president" means. */
  referent?: boolean;
}

/** A unit of the question's meaning: a word, or an alias phrase, with its variants. */
export interface Concept {
  /** The question's own words for it. */
  label: string;
  alternatives: Alternative[];
  /** Inverse document frequency: rare concepts weigh more in coverage. */
  idf: number;
  /** The question's word, when it may match by meaning (not a name, acronym or number). */
  semanticWord?: string;
  /** Set for frame words ("date", "city"): covered by a passage with that kind of answer. */
  frame?: AnswerKind;
  /** Set on a count of things ("three problems"): a passage listing that many covers it. */
  listOf?: number;
  /** The labels of the question words a frame word belongs to ("judge" in "the name of the judge", "haitian president"), when they come later. */
  frameOf?: string[];
  /**
   * Set on a word of one of the question's alias phrases' long forms ("support"
   * next to "MSS"): only the word outside the name, in `PassageTerms.plain`, is
   * more than the name again.
   */
  plain?: boolean;
  /** Set on an alias concept (see `PassageTerms.title`). */
  name?: boolean;
  /** Set on "besides" ("other than", "apart from") when what it sets aside is a name ("other than Kenya"): a list of things names no other of it. */
  setAsideNamed?: boolean;
  /**
   * Set on an alias concept when the question asks what it stands for: only a
   * passage holding two of its forms (MSS and Multinational Security Support) covers it fully.
   */
  defined?: boolean;
  /** Set on the role a "who is the…" or "which…" question asks about ("who is the commander of…", "which judge"): a passage without it names no one in it. */
  role?: boolean;
  /** Set on the thing a "which…" question asks to be identified ("which resolution"): "a resolution" identifies none. */
  identified?: boolean;
  /**
   * On a frame word, the label of the question word right before it ("capital" in "capital city", "end" in "end date"),
   * or of the thing counted ("gangs" in "the number of gangs"): the kind of answer is of that sort only.
   */
  qualifiedBy?: string;
  /**
   * On a body's frame word, the labels of the question words right before it ("interim", "presidential" in "Haiti's
   * interim presidential body"): a name holding them ("Transitional Presidential Council") is the body asked for.
   */
  describedBy?: string[];
  /**
   * The label of the name word right before this one ("haiti" in "haiti council", "kenyan" in "the Kenyan
   * police"): a capitalised name that holds this word after other words of its own ("Security Council") is another's.
   */
  namedBy?: string;
  /** Set on a name written inside a sentence ("did Ruto meet Biden") that no passage, alias or variant knows: what the question is about is not in the knowledge. */
  unknownName?: boolean;
  /** Set on the act whose doer a "who" question asks ("who sued", "who approved it"): a passage without it names no doer. */
  act?: boolean;
}

/** An aside in brackets, and one between commas or after the last comma of a sentence (see `withoutInsets`). */
const INSET_IN_BRACKETS_RE = /\s*\(([^()]{1,80})\)/gu;
const INSET_IN_COMMAS_RE = /,([^,;:?.!()]{1,80})(?=,|[?.!;]|$)/gu;
/** A second question or an alternative joined on ("…, and is there an exit strategy?", "…, or with local forces?"): no aside. */
const COORDINATED_RE = /^\s*(?:and|or|but)\s+\p{L}+\s+\p{L}+/iu;
/** A question word or a number: what an aside must not hold to be dropped. */
const WH_OR_NUMBER_RE = /\b(?:who|whom|whose|what|when|where|which|why|how)\b|\p{N}/iu;
/** A lead-in before a comma and a question word ("For the record, who…"); see `withoutAside`. */
const ASIDE_BEFORE_COMMA_RE = /^([^,?.!]+),\s*(?=(?:who|whom|whose|what|when|where|which|why|how)\b)/iu;

/** A sentence that asks: it ends with a question mark or opens with a question word or an auxiliary verb. */
const ASKING_SENTENCE_RE = /\?\s*$|^(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/iu;
const CONTEXT_WEIGHT = 0.2;

/**
 * A sentence around the question that does not ask ("Genuinely curious, I'm a paralegal in
 * Manchester", "sounds like waffle tbh") tells of the asker: its words that no passage has weigh
 * a fifth. Its words the knowledge has ("I mean the first group") and frame words after the question
 * ("just the number") still say what is asked; a frame word of a statement before it does not ("Ruto
 * talked of time being short. What…").
 */
function withContextWeighed(question: string, concepts: Concept[], known: (term: string) => boolean): Concept[] {
  // A lead-in before a colon ("A small point of detail: …", "For a briefing note: …") is a sentence of its own.
  const sentences = question.split(/(?<=[.?!])\s+|(?<=^[^.?!:]{1,60}):\s+/u).filter((s) => terms(s).length > 0);
  if (sentences.length < 2) return concepts;
  const asking = sentences.filter((s) => ASKING_SENTENCE_RE.test(s.trim()));
  if (asking.length === 0 || asking.length === sentences.length) return concepts;
  const asked = new Set(asking.flatMap(terms));
  if (asked.size < 2) return concepts;
  const context = new Set(sentences.filter((s) => !asking.includes(s)).flatMap(terms));
  // A statement before the question tells what it is about: its frame words ask for nothing ("Ruto talked of time being short. What…").
  const before = new Set(sentences.slice(0, sentences.indexOf(asking[0]!)).flatMap(terms));
  return concepts.map((c) => {
    const own = terms(c.label);
    if (own.length === 0 || !own.every((t) => context.has(t) && !asked.has(t))) return c;
    if (c.frame && !own.every((t) => before.has(t))) return c;
    // Said by no passage, nor a name the aliases know ("HNP: what is it meant to help them do"): weighed a fifth.
    const weighed = !c.name && own.every((t) => !known(t)) ? { idf: c.idf * CONTEXT_WEIGHT } : {};
    return c.frame ? { ...c, frame: undefined, ...weighed } : { ...c, ...weighed };
  });
}

/** A question closing on the asker's second guess: "Is it backed by the UN, or is Kenya carrying the cross alone?". */
const SECOND_GUESS_RE = /^(.*\S)\s*,?\s+or\s+((?:is|was|are|were|did|does|do|has|have|had|he|she|they|it|its|it['’]s|just|still|only|purely|simply|merely|a|an|some)\s(?![^?.!]*\bones?\b)[^?.!]*)[?.!]*\s*$/isu;

/**
 * The words of the asker's second guess ("…, or is Kenya carrying the cross alone?", "…or he went to check
 * something?") offer what the answer may rule out: those the question says nowhere else weigh a fifth.
 * A guess of a word or two is an option (see `withOptions`); one with a question word asks again.
 */
function withSecondGuessWeighed(question: string, concepts: Concept[], known: (term: string) => boolean): Concept[] {
  const guessed = new Set<string>();
  for (const sentence of question.split(/(?<=[.?!])\s+/u)) {
    const m = ASKING_SENTENCE_RE.test(sentence.trim()) ? SECOND_GUESS_RE.exec(sentence.trim()) : null;
    if (!m || WH_RE.test(m[2]!)) continue;
    const guess = terms(m[2]!);
    if (guess.length < 2) continue;
    const before = new Set(terms(m[1]!));
    for (const t of guess) if (!before.has(t)) guessed.add(t);
  }
  if (guessed.size === 0) return concepts;
  return concepts.map((c) => {
    const own = terms(c.label);
    return !c.frame && own.length > 0 && own.every((t) => guessed.has(t) && !known(t)) ? { ...c, idf: c.idf * CONTEXT_WEIGHT } : c;
  });
}

/** A question typed as a few keywords: no question word, auxiliary or other verb form ("haiti council leader"). */
const KEYWORDS_RE = /^(?!.*\b(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b)(?!.*\p{L}(?:ed|ing)\b)\W*\p{L}+(?:\s+\p{L}+){1,3}\W*$/u;

/** Counts of things a passage may list (see `Concept.listOf`), from two. */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Units of time: "three weeks" is a length, no list. */
const TIME_UNITS_RE = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|times)$/u;

/** A word and the word it is "of" ("name of the judge"), for frame words (see `Concept.frameOf`). */
/** A noun before "name", and the word before it ("mss commander name", "the Kenyan president's name"): see `Concept.frameOf`. */
const NOUN_NAME_RE = /((?:\p{L}+\s+){0,3}\p{L}+)(?:['’]s)?\s+name\b/gu;
/** "Name the judge…" at a sentence's start: the imperative asks the judge's name. */
const NAME_THE_RE = /(?:^|(?<=[.?!:]\s+))name\s+(?!of\b)(?:(?:the|a|an|his|her|its|their)\s+)?/gu;
const FRAME_OF_RE = /\b(\p{L}+)\s+of\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(\p{L}+)/gu;

/**
 * The noun a "which" or "what" question names its answer by ("at which forum
 * is…", "which Haitian force does…"): the last word before the verb.
 */
const WH_HEAD_RE = /\b(?:which|what)\s+((?:(?!(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\s)[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should|\p{L}+ed)\b/u;
/** Weight of a typo-corrected word and of a WordNet synonym, against 1 for the word itself. */
const TYPO_WEIGHT = 0.9;
const SYNONYM_WEIGHT = 0.7;
/** Weight of a synonym of a word the knowledge has (see `synonymsOfPresent`): the word itself is there to be found. */
const PRESENT_SYNONYM_WEIGHT = 0.5;
/** Weight of a word of the knowledge a letter or two longer or shorter (Kenya/Kenyan: see `relatedForms`). */
const RELATED_FORM_WEIGHT = 0.8;
/** Weight of a word one WordNet link away (see `relatedWords`), and the vector cosine that confirms it. */
const RELATED_WEIGHT = 0.6;
const RELATED_MIN = 0.45;
/** A word of this many senses or more (go, head, work) is too vague to stand for another. */
const MAX_RELATED_SENSES = 15;
/** Related words come from the word's two commonest senses: currency's third is "the state of being current". */
const RELATED_SENSES = 2;
/** A title and the name it precedes: "President William Ruto", "Governor Ann Waiguru". */
const TITLED_NAME_RE = /\b(President|Prime Minister|Deputy President|Minister|Governor|Senator|Mayor|Ambassador|Commissioner|Chancellor|King|Queen)((?: \p{Lu}[\p{L}'’-]*){1,4})/gu;
/** "Ruto's full name" (see `withFullName`); a run of capitalised words, and the titles that may lead one. */
const FULL_NAME_RE = /\b(full|middle|complete) name\b/i;
const NAME_RE = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;
const NAME_PREFIX_RE = /^(?:President|Prime|Minister|Deputy|Governor|Senator|Mayor|Ambassador|Commissioner|Chancellor|King|Queen|Dr|Mr|Mrs|Ms|Head|State)$/;
/** "What was the (main) point of the trip", "the goal of his visit" ask its purpose (not any point: "at one point"; not the mission's aim). */
const PURPOSE_RE = /\bthe (?:(?:main|whole|real|actual|chief|very) )?point of\b|\bthe (?:(?:main|real|actual|chief) )?(?:goal|aim|objective)(?= of (?:his|her|their|the|this|that) (?:trip|visit|tour|journey|travels?)\b)/giu;
/** "Went to see the officers", "travel to Haiti to meet them", "land in Haiti to see the boys": a visit, as the news says it ("visited the Kenyan troops in Haiti"). */
const GO_AND_SEE_RE = /\b(?:go|goes|going(?!\s+to\s+(?:see|meet)\b)|went|gone|come|comes|came|coming|travel(?:s|led|ed|ling|ing)?|fly|flies|flew|flying|head(?:s|ed|ing)?|land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down|arriv(?:e|es|ed|ing)|(?:turn|show|rock)(?:s|ed|ing)?\s+up)\s+(?:out\s+)?(?:(?:to|in(?!\s+person\b)|inna)\s+((?:[\p{L}'’-]+\s+){1,3}?))?(?:to\s+|and\s+|fi\s+)?(?:see|meet|check\s+on)\b/giu;
/** "Drop the post", "put out a message", "put up his update": to post it. */
const PUT_OUT_RE = /\b(?:drop(?:s|ped|ping)?|put(?:s|ting)?\s+(?:out|up)|push(?:es|ed|ing)?\s+out|sen[dt](?:s|ing)?\s+out|fire[sd]?\s+off)(?=\s+(?:(?:the|a|an|his|her|their|this|that)\s+)?(?:[\p{L}-]+\s+)?(?:post|tweet|message|update|statement|announcement)s?\b)/giu;
/** "The first (initial, pioneer) contingent", "the first ones (lot, batch)": the first group sent, as the news counts it ("the first group of 400"). */
const FIRST_CONTINGENT_RE = /\b(first|initial|pioneer|earliest|opening|original|1st)\s+(?:contingents?|ones|lot|mob|bunch|batch|wave|cohort)\b/giu;
/** "Back up the local police": to support them. */
const BACK_UP_RE = /\bback(?:s|ed|ing)?\s+(?:(?:them|it|him|her|us)\s+)?up\b(?!\s+(?:on|to|the\s+claim))/giu;
/** "Give them a hand", "lend a helping hand": to help them. */
const GIVE_A_HAND_RE = /\b(?:give|gives|gave|giving|lend|lends|lent|lending)\s+(?:(?:them|it|him|her|us)\s+)?a\s+(?:helping\s+)?hand\b/giu;
/** "Set foot in Haiti", "set foot among his men", "drop in on them", "show up in Haiti": to go there, which the news says by a visit. */
const BEING_THERE_RE = /\bset(?:s|ting)?\s+foot(?:\s+(?:in|on|among|with))?\b|\bdrop(?:s|ped|ping)?\s+in\s+on\b|\b(?:show|turn|rock)(?:s|ed|ing)?\s+up(?=\s+in\b)/giu;
/** "When was Ruto in Haiti", "Ruto was in Haiti which day", "when was the president on the ground": when he was there, which the news says by his visit. */
const BEING_WHO = String.raw`(\p{Lu}[\p{L}'’-]+|he|she|they|the\s+(?:\p{Lu}[\p{L}'’-]+\s+)?(?:president|leader|head of state))`;
const BEING_IN_PLACE = String.raw`(?:actually\s+|physically\s+|really\s+|last\s+)?(?:in\s+(?=\p{Lu})|(?:over\s+)?there\b|on the ground\b|in person\b)`;
const BEING_IN_RE = new RegExp(String.raw`\b(?:was|were)\s+${BEING_WHO}\s+${BEING_IN_PLACE}|\b${BEING_WHO}\s+(?:was|were)\s+${BEING_IN_PLACE}`, 'gu');
/**
 * "When did Ruto land in Haiti", "the president arrived among our boys", "when did he get to Haiti": a person's arrival
 * somewhere, which the news says by his visit: a name, or one lowercase word after "did", "when"… ("when did ruto land").
 * Not "they" nor a plural ("did the officers land"), as often the people sent, whose arrival the news does not date.
 */
const ARRIVER = String.raw`(\p{Lu}[\p{L}'’-]+|(?<=\b(?:did|has|had|when|after|once)\s+)(?!(?:they|we|you|it|i)\b)\p{Ll}[\p{L}'’-]*(?<!s)|(?:[Tt]he|[Oo]ur)\s+(?:\p{Lu}[\p{L}'’-]+\s+)?(?:[Pp]resident|[Ll]eader|[Hh]ead of [Ss]tate|man|prez))`;
const ARRIVED_RE = new RegExp(
  String.raw`\b${ARRIVER}\s+(?:(?:actually|finally|first|eventually|physically)\s+)?(?:(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|touch(?:es|ed|ing)?\s+down)(?:\s+up)?\s+(?:in|at|among|into)|(?:get|gets|got|gotten|getting)\s+(?:to|into))\b`,
  'gu',
);
/** "When did the first group fly (ship, head) out": leave, as the news says of the first group sent ("flagged off"); not a person flying out to a place, which is a visit, nor a group to come, which the news does not date. */
const SET_OUT_RE = /\b(?:fly|flies|flew|flown|flying|ship(?:s|ped|ping)?|head(?:s|ed|ing)?|jet(?:s|ted|ting)?|mov(?:e|es|ed|ing)|roll(?:s|ed|ing)?)\s+out\b(?!\s+(?:to|of|in|and)\s+(?:see|meet|visit)\b)/giu;
/** "The big UN get-together": a gathering, a meeting. */
const GET_TOGETHER_RE = /(?<=\b(?:the|a|that|this|big|annual|un|world)\s+)get[\s-]together\b/giu;
/** "Why did he bother going": why he went; bothering asks nothing more. */
const BOTHER_RE = /\bbother(?:s|ed|ing)?(?:\s+(?:to|with))?\s+(?=\p{L})/giu;
/** "Why does Haiti need outside help (foreign police)": the mission, as the news names the help sent. */
const OUTSIDE_HELP_RE = /\b(?:outside|foreign|international|external|overseas)\s+(?:help|police|cops|policemen|officers|forces?|troops|assistance|intervention|support)\b/giu;
/** "A little quieter", "somewhat calmer", "a lot more": the degree before a comparative asks nothing. */
const DEGREE_RE = /\b(?:a\s+(?:little|bit|tad|touch|lot)|somewhat|slightly|much|far|way)\s+(?=(?:\p{L}{2,}i?er|more|less)\b)/giu;
/** What a post's signature line gives, as a question asks it: who signed it, its author's name and title. */
const SIGNED_TERMS = new Set(['sign', 'name', 'author', 'writer', 'titl', 'displai', 'credit']);
/** "What's wrong in Haiti", "what has gone wrong there": its problems, as the news lists them. */
const WHATS_WRONG_RE = /\bwhat(?:['’]s|\s+is|\s+was|\s+has\s+gone|['’]s\s+gone|\s+went|\s+goes)\s+(?:(?:actually|really|so|even)\s+)?wrong\b/giu;
/** "Rather (quite, fairly) good at": the degree asks nothing; not "rather than". */
const RATHER_RE = /\b(?:rather|quite|fairly)\s+(?!than\b)(?=\p{L})/giu;
/** "On the world (global, international) stage": globally, as the news says it. */
const WORLD_STAGE_RE = /\b(?:on|at)\s+the\s+(?:world|global|international)\s+(?:stage|scene|arena)\b/giu;
/** "Did he praise anybody", "did he meet anyone else": the pronoun asks for whoever the passage names. */
const ANYBODY_RE = /\b(?:any|some)(?:body|one)\b/giu;
/** A particle verb split by its pronoun ("sent them off", "knock it back"): said whole, as a dictionary has it ("send off"). */
const SPLIT_PARTICLE_RE = /\b(\p{L}+) (it|them|him|her|us) (off|out|back|up|down|over|away)\b/giu;
/** "What will they push (press, lobby) for": what they will call for, as the news says it ("call to attention the need…"). */
const PUSH_FOR_RE = /\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobby(?:ing)?|lobbie[sd]|campaign(?:s|ed|ing)?|advocat(?:e|es|ed|ing)) for\b/giu;
/**
 * "What did he ask (tell, push, encourage) the leaders to do": a request to
 * someone to do something, as the news says it ("urged them to take
 * advantage"). Read as "urge" when someone is asked to do something.
 */
/** "What did he want the council to do": wanting people to do something is urging them; not "want the plan to work". */
const WANT_SOMEONE_TO_RE = /\bwant(?:s|ed)?(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:them|him|her|us|leaders?|leadership|council|authorities|government|officials|officers|police|people|president|countries|nations|stakeholders|traders|farmers)\s+to\s+\p{L})/giu;
/** "What did he tell the Haitian leaders?": what he told people who lead is what he urged them to do. */
const TELL_LEADERS_RE = /\b(?:tell|tells|told)(?=\s+(?:(?!about\b|regarding\b|of\b)[\p{L}'’-]+\s+){0,3}?(?:leaders?|leadership|council|authorities|government|officials|stakeholders|politicians)(?:\s*(?:[?.!,]|$)|\s+(?:they|that)\b))/giu;
const REQUEST_RE = /\b(?:ask(?:s|ed)?|tell(?:s)?|told|push(?:es|ed)?|nudg(?:e|es|ed)|encourag(?:e|es|ed)|advis(?:e|es|ed)|press(?:es|ed)?)(?=\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{L})/giu;
/**
 * "Is the mission working?", "how is it going?", "is it going well so far?": asks how it turns out (an
 * outcome frame, see answer-types), not for a passage that says "working".
 * Only at the end of the claim, and not after a question word other than
 * "how": "working together with", "alongside whom are they working" are work.
 */
const OUTCOME_QUESTION_RE = /(?:\b(?:working|succeeding|performing)|\b(?:going|doing)(?<=\bhow\b.*)|\b(?:going|doing)(?=\s+(?:well|good|fine|great|badly)\b))(?:\s+(?:well|good|fine|great|badly|so far|right now|at the moment|or not|or nah|or what|or (?:badly|poorly|bad|failing|not))){0,2}(?=[\s\p{Extended_Pictographic}\u{FE0F}]*(?:$|[?.!,;]|acc?(?:ording|\.)?\s+to\b|in \p{L}+\s*[?.!]*$|(?:\p{L}+\s+)?(?:says?|said|thinks?|claims?)\s*[?.!]*$|when\s+(?:he|she|they|it|we)\s))/giu;
/** Question words that ask for a thing: "alongside whom are they working" is about work. */
const WH_RE = /\b(?:who|whom|whose|what|when|where|which|why)\b/iu;
/** "What counsel did the President give…", "counsel he offered": advice, not a lawyer. */
const COUNSEL_GIVEN_RE = /\bcounsel(?=\s+(?:(?:did|does|do|has|had|would|will)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:give|gives|gave|given|giving|offer|offers|offered|offering|tender|tenders|tendered|provide|provides|provided|share|shares|shared|impart|imparts|imparted)\b)/giu;
/** "Did he have anything good to say about the officers?", "speak highly of": to praise them. */
const PRAISE_RE = /\b(?:(?:offer|offers|offered|offering|express|expresses|expressed|expressing|show|shows|showed|showing|give|gives|gave|giving)\s+(?:any\s+|some\s+|his\s+|her\s+|their\s+)?(?:words?\s+of\s+)?(?:appreciation|gratitude|thanks)|(?:have|has|had) (?:anything|something|much|any) (?:good|nice|positive|kind) to say about|sa(?:y|id) (?:good|nice|positive|kind) things about|sa(?:y|id) (?:anything|something) (?:good|nice|positive|kind) (?:about|to)|spoke highly of|speak highly of|(?:did|do|does|doing|done) (?:a )?(?:good|great|fine|decent) (?:job|work))\b/giu;
/** "What time of day": the kind of answer asked (see `answerTypeOf`), no word a passage must hold. */
const TIME_OF_DAY_RE = /\b(?:(?:what|which) )?time of (?:the )?day\b/giu;
/** "His Twitter name", "the X username", "her IG id", "the X user of Ruto": the handle, on that platform ("screen" names none). */
const PLATFORM_NAME_RE = /\b(twitter|x|instagram|ig|tiktok|facebook|social media|screen)\s+(?:(?:user\s*)?(?:name|id)|user(?=\s+(?:of|for)\b))\b/giu;
/** "The name of his account", "account name": the handle. */
const ACCOUNT_NAME_RE = /\b(?:account\s+(?:user\s*)?name|name\s+of\s+(?:[\p{L}'’]+\s+){1,3}?account)\b/giu;
/** A lone "@" ("what's his @ on X", "the one with the @ sign") asks for a handle. */
const LONE_AT_RE = /(?<=^|\s)@(?:\s+(?:sign|symbol))?(?=\s|$|[?.!,])/gu;
/** The same, to test for (no global state): an aside holding it asks something. */
const HAS_LONE_AT_RE = new RegExp(LONE_AT_RE.source, 'u');
/** "Does Ruto think the mission is working?" asks what Ruto says: the verb of opinion is not what a passage must hold. */
const OPINION_RE = /\b((?:do|does|did)(?:\s+\p{L}+){1,3}?)\s+(?:really\s+)?(?:think|believe|reckon|feel|consider)(?:\s+that)?\b/giu;
/** "Apart from", "other than": said as "besides" (see OTHER_RE). */
const BESIDES_RE = /\b(?:apart from|aside from|other than|except for|except|beyond)\b/giu;
/** Words for a stretch, which "of time" makes one of time ("what span of time"). */
const SPAN_OF_RE = /^(?:span|window|stretch|period|length)$/u;
/** Where in a time (see TIME_NAME_RE) a question places a thing: "at the start of 2024", "by the end of March". */
const TIME_POSITION_WORDS = new Set(['start', 'beginning', 'end', 'middle', 'outset', 'turn', 'close', 'dawn']);
const TIME_NAME_RE = /^(?:\d{4}|year|month|week|summer|autumn|fall|winter|spring|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
/** The seasons: "that autumn" places a thing in a time already known. */
const SEASON_WORDS = new Set(['autumn', 'fall', 'winter', 'summer', 'spring']);
/** Words for a country, which a question uses to name one it has no need to name ("his country", "the island nation"). */
const COUNTRY_WORDS = new Set(['country', 'nation', 'island', 'state', 'homeland', 'republic']);
/** Words for whoever leads, which said of a nation mean its president (see `nationLeaders`). */
const LEADER_WORDS = new Set(['leader', 'boss', 'chief', 'ruler']);
/** A determiner that points at a thing already known: "the island nation", "that Caribbean republic". */
const DEFINITE_RE = /^(?:the|that|this)$/u;
/** The same, and "its", before a mission named again ("its operation"). */
const MISSION_DETERMINER_RE = /^(?:the|that|this|its)$/u;
/** Words for a mission, which a question uses to name the one it is about ("the operation", "this force"). */
const MISSION_WORDS = new Set(['operation', 'force', 'intervention', 'undertaking', 'effort', 'program', 'programme', 'initiative']);
/** A possessive determiner: "his country's officers", "in his own account" name no country, no account asked for. */
const POSSESSIVE_RE = /^(?:his|her|their|its|our|my|your)$/u;
/** The words that can only ask for a handle (an "account" may be an account of events). */
const HANDLE_WORDS = new Set(['handl', 'usernam']);
/** What a post is called ("his message on X", "the update he posted"). */
const POSTED_RE = /^(?:message|update|statement|announcement|news)s?$/u;
/** Frame words that still ask after a possessive ("its number", "its date"). */
const OWNED_FRAMES = new Set(['number', 'date']);
/** "Who did he sit down with", "when they sat down together": whom he engaged, as the news says it ("engaged the council", "my engagement with"). */
const SIT_DOWN_WITH_RE = /\b(?:sit|sits|sat|sitting)\s+down\s+(?:with|together)\b/giu;
/** "When did the UN say yes to it", "agree to the mission", "first okay sending them": approve it, as the news says ("was approved by"). */
const SAY_YES_TO_RE = /\b(?:(?:say|says|said|saying)\s+yes|agree(?:s|d)?)\s+to\b|(?<=\b(?:first|ever|never|not|to|did|does|UN|council)\s+)(?:okay|ok)(?=\s+(?:the|sending|deploying|it|this|that|them|a|an|their|its|kenya['’]s)\b)/giu;
/** "Bring back order": restore it, as the news says ("restoring hope"); no backing. */
const BRING_BACK_RE = /\b(?:bring|brings|bringing|brought)\s+back\b/giu;
/** "Against the constitution", "contrary to the constitution": unconstitutional, as a ruling says it. */
const AGAINST_CONSTITUTION_RE = /\b(?:against|contrary to|in breach of|in violation of|violat(?:es|ed|ing)|breach(?:es|ed|ing)?|broke|breaks|break(?:ing)?)\s+(?:the\s+|their\s+|its\s+|our\s+|kenya['’]s\s+)?constitution\b/giu;
/** "The court stopped the deployment", "what did the judges say when they halted it", "shut it down", "struck it down": a court blocks, as the news says ("delayed by a court decision"). */
const COURT_STOPPED_RE = /\b((?:court|courts|judge|judges|judiciary|tribunal|ruling|injunction)\b[^?.!;]{0,40}?)\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|suspend|suspends|suspended|suspending|(?:shut|shuts|shutting|struck|strike|strikes|striking|threw|throw|throws|thrown|knocked|knock|knocks)(?: (?:it|this|that|them|the \p{L}+))? (?:down|out|back))\b/giu;
/** "Who took the government to court", "went to court to stop it", "who filed the case": sued, which a court's ruling does not say who did. */
const TO_COURT_RE = /\b(?:(?:took|take|takes|taken|taking|dragged|drag|drags|carried|carry|carries|hauled|haul)\s+((?:[\p{L}'’]+\s+){1,3}?)to court|(?:went|go|goes|gone|going)\s+to court|(?:filed|file|files|filing|brought|bring|lodged|lodge)\s+(?:the|a|that|this)\s+(?:court\s+)?(?:case|suit|lawsuit|petition))\b/giu;
/** Verbs of intending: before "to" and a verb they only say what someone will do. */
const INTENT_WORDS = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending']);
/** Words before one of them that make it a thing ("the plan") or part of a passive ("was intended"). */
const NOT_INTENDING_BEFORE_RE = /^(?:was|is|were|are|be|been|being|the|a|an|his|her|their|its|this|that|our|your)$/u;
/** Words before a noun, not a verb: "the meeting", "the UN meeting", "a big meeting". */
const BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'un', 'big', 'major', 'assembly', 'general']);
/** "He keeps saying", "kept mentioning": he says, mentions. */
const KEEPS_RE = /\b(?:keeps?|kept)\s+(?:on\s+)?(\p{L}+ing)\b/giu;
/** "Did he meet anyone else", "other people too?": whom is asked, as "who" would. */
const SOMEONE_RE = /\b(?:any|some)(?:one|body)\b|\bother (?:people|persons|folks|leaders|officials)\b|\bothers\b/iu;
/** How surely "engaged" says "met" (see `whoAsked`): the talks of diplomats, and not every meeting is one. */
const ENGAGED_WEIGHT = 0.8;
/** "Did he meet other people too", "anyone else": whoever besides, which "and other stakeholders" names. */
const OTHER_PEOPLE_RE = /\b(?:other (?:people|persons|folks|individuals|parties|actors|ones)|(?:any|some)(?:one|body) else)\b/giu;
/**
 * Words that qualify what they stand before without saying what it is ("international standing", "a multilateral forum",
 * "the whole mission", "a domestic challenge", "initially approved", "at the UN level", "roughly when"), and "situation", which names
 * whatever state things are in, and "not", which a passage says in its own words ("no authority", "unconstitutional"):
 * weighed as light verbs. Not "legal", which the aliases read as the court's.
 */
const VAGUE_QUALIFIERS = new Set(['international', 'multilateral', 'whole', 'domestic', 'situation', 'initially', 'level', 'stuff', 'roughly', 'approximately', 'local', 'not'].map((w) => stemmer(w)));
/**
 * Verbs so general that they say little of what is asked ("why did he go",
 * "what did it make"), and verbs that only frame what someone says ("how did
 * he describe the mission"): they weigh a fraction of their IDF in coverage.
 */
const LIGHT_VERBS = new Set(['go', 'come', 'get', 'see', 'make', 'take', 'give', 'put', 'keep', 'seem', 'happen', 'set', 'use', 'bring', 'turn', 'hold', 'want', 'describe', 'characterize', 'portray', 'claim', 'boast', 'brag', 'assert', 'insist', 'argue', 'allege', 'profess', 'frame', 'render', 'try'].map((w) => stemmer(w)));
const LIGHT_VERB_WEIGHT = 0.15;
/** Adjectives that grade a thing without saying which it is ("the big meeting", "a major gathering", "the top body"). */
const GRADING_ADJECTIVES = new Set(['big', 'bigger', 'biggest', 'huge', 'major', 'important', 'great', 'massive', 'significant', 'whole', 'entire', 'top', 'main', 'highest', 'key']);
/** Nouns for a person that say nothing of which ("who is the guy leading…", "the person heading…"). */
const ANYONE = new Set(['guy', 'guys', 'person', 'persons', 'man', 'men', 'woman', 'women', 'dude', 'fella', 'fellow', 'chap', 'bloke', 'lady', 'ladies', 'gentleman', 'gentlemen', 'individual', 'individuals', 'one', 'folks']);
/** Words before "first" that make it say which ("the first group", "its first contingent"). */
const FIRST_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'very']);
/** Words before "one" that make it a pronoun ("the one who", "which one", "another one"). */
const PRONOUN_ONE_BEFORE = new Set(['the', 'this', 'that', 'which', 'what', 'first', 'second', 'last', 'other', 'another', 'each', 'every', 'no', 'any', 'some', 'same', 'de', 'dat']);
/** The -ing form of a verb ("make" → making, "keep" → keeping); a word in -ing is its own. */
function gerundOf(verb: string): string {
  return verb.endsWith('ing') ? verb : verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}

/**
 * Words for the document being asked about ("does the article list…", "the write-up says") or for its
 * backing of a claim ("what evidence is there that…", "is there proof the UN backs this"): the question
 * is about what it says.
 */
const DOCUMENT_WORDS = new Set(['article', 'articles', 'write-up', 'writeup', 'line', 'lines', 'readout', 'passage', 'sentence', 'paragraph', 'excerpt', 'snippet', 'evidence', 'proof', 'statement', 'statements', 'quoted', 'phrase', 'phrases', 'wording']);
/** "Article 5", "the article of the Constitution": a clause of a law, not the story asked about. */
const LEGAL_ARTICLE_RE = /^articles? (?:\d|of (?:the |its |their |our )?(?:constitution|charter|treaty|act|law|convention))/u;
/** Nouns that only hold the noun after their "of" ("a word of praise", "a moment of calm", "a sense of hope"). */
const CONTAINER_NOUNS = new Set(['word', 'words', 'moment', 'spell', 'sense', 'feeling']);
/** Nouns of time that hold the noun after "a … of" ("a period of calm" is calm; "the period of the visit" asks a time). */
const SPELL_NOUNS = new Set(['period', 'time', 'stretch', 'phase']);
/** What a noun the knowledge lacks weighs after "what kind of" (see `concepts`). */
const DESCRIBED_WEIGHT = 0.5;
/**
 * Verbs that only tie a subject to its troubles ("what problems is Haiti
 * facing", "the crises it is grappling with"): the troubles carry the
 * question, and a passage names them without the verb ("amid … crises"). They weigh as light verbs.
 */
const UNDERGO_VERB_RE = /^(?:fac(?:e|es|ed|ing)|(?:grappl|struggl|contend|cop|tackl)(?:e|es|ed|ing)|confront(?:s|ed|ing)?|respond(?:s|ed|ing)?|combat(?:s|ed|ing)?)$/u;
/** "The troubles it is meant to address": one more such verb, when troubles are asked ("address the Assembly" is a speech). */
const ADDRESS_RE = /^address(?:es|ed|ing)?$/u;
/** Words that ask about troubles, with which "address" is that verb. */
const TROUBLES_RE = /\b(?:problems?|troubles?|challenges?|crisis|crises|conditions|issues|threats?|difficult(?:y|ies)|woes)\b/iu;
/** The same verbs that need their "with": "dealing with", not "a deal". */
const UNDERGO_WITH_RE = /^deal(?:s|t|ing)?$/u;
/** Verbs of going somewhere: "go to X" is to visit X (see `concepts`), said by "visited" (this weight) more than by "went" (that one). */
const VISIT_WEIGHT = 0.8;
const GOING_WEIGHT = 0.5;
const MOTION_VERBS = new Set(['go', 'went', 'gone', 'come', 'came', 'travel', 'fly', 'flew', 'head', 'jet'].map((w) => stemmer(w)));
/**
 * "When does the Assembly begin?" asks when it is, "in which city is it
 * starting" where, and so does "when is it scheduled to": a passage giving its time or place ("kicks off in New York
 * this week") seldom says "begin". In a "when" or "where" question these
 * weigh as light verbs.
 */
const START_VERBS = new Set(['begin', 'began', 'begun', 'start', 'commenc', 'underway', 'open', 'launch', 'kick', 'happen', 'occur', 'host', 'stage', 'convene', 'schedul', 'slate'].map((w) => stemmer(w)));
const TIME_OR_PLACE_QUESTION_RE = /\b(?:when|where)\b|\b(?:what|which) (?:date|day|time|city|country|place|venue|location)\b/;
/**
 * A word of this many WordNet senses or more (head, charge, point, call) says
 * little by itself: "which country is heading the force" is said by
 * "Kenyan-led", and "Head of State" is no answer to it. It weighs this share of its IDF.
 */
const POLYSEMOUS_SENSES = 40;
const POLYSEMY_WEIGHT = 0.5;
const UNKNOWN_WORD_WEIGHT = 0.3;
/** A hashtag's word, as `plainQuestion` leaves it: "#Haiti". */
const HASHTAG_WORD_RE = /#([\p{L}\p{N}]+)/gu;
/** Words that make a phrasal verb with the verb before them (see `phrasalVerb`). */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'over', 'back', 'away', 'on', 'in']);

/** Phrases that only join a question together: their words are not what is asked about. */
const FUNCTION_PHRASES_RE = /\b(?:(?:according to|in|from|per|as (?:per|stated in)) (?:the (?:opening|start|beginning|top|end|lead|intro|first (?:lines?|paragraph)) of )?(?:the|this|that|your) (?:report|article|story|piece|text|source|news (?:story|report|article))|(?:in ?so ?far|as far) as (?:the|this) (?:report|article|story|piece|text|source|account) (?:\p{L}+ )?(?:permits|allows|indicates|says|goes|records|shows|tells)|to the extent (?:that )?(?:the|this) (?:report|article|story|piece|text|source|account) (?:\p{L}+ )?(?:permits|allows|indicates|says|records|shows|tells|dates|gives|mentions)(?: it| this| that)?|as best (?:the|this) (?:report|article|story|piece|text|source|account) (?:records|says|tells|gives|dates) it|assuming (?:it|this|that)(?: is|['’]s) (?:mentioned|stated|reported|said|given|recorded)|in (?:the|this) (?:report|article|story|piece|text|source)['’]s (?:own )?(?:framing|description|telling|account|words|view)|based on|acc(?:ording|\.)? to|in terms of|with regard to|with respect to|in respect of|in relation to|as regards|regarding|concerning|pertaining to|as well as|set out to|in order to|right now|at the moment|(?:at )?this time|these days|in person|so far|thus far|on (?:their|his|her|its) way|over there|(?<!\b(?:come|comes|came|coming|go|goes|went|gone|going|fly|flies|flew|flying|head|heads|headed|heading|return|returns|returned|returning|send|sends|sent|sending|bring|brings|brought|bringing|get|gets|got|getting) )back home|as (?:he|she|they|\p{L}+) put it|(?:take|takes|taking|taken|took) place|of the (?:week|month|year)|on the ground|all (?:that|the) way|when it comes to|(?:in|for) (?:the )?first place|at (?:one|some|any) point|how (?:big|large|small))\b/giu;
/**
 * "Is it calm now", "what do Haitians now hope for": the present is what the news tells of (its
 * "current relative calm"), not a word it says. Kept inside a quotation ("I am now better prepared").
 */
const NOW_RE = /\bnow(?:adays)?\b(?![^"“”]*[”"])/giu;
/** "The present lull", "this present situation": the current one, as the news says ("the current relative calm"); not "present the plan". */
const PRESENT_RE = /\b(the|this|its|their|his|her)\s+present\s+(?=\p{L})/giu;
/**
 * "Which force is the mission meant to assist", "the crises it is supposed to
 * tackle": a thing's present job is said by its verb ("aims to assist"), not by
 * the modal. Not "was the trip meant to…" (a purpose), nor "supposed to do"
 * (its job itself).
 */
const MEANT_TO_RE = /\b((?:is|are)\b(?:\s+[\p{L}'’-]+){0,4}?\s+)(?:meant|supposed|intended) to\b(?!\s+(?:be\s+)?(?:do(?:ing)?|achieve|accomplish)\b)/giu;
/**
 * What a question says of the source or of the answer's form, not of its subject: "does the article
 * say", "quote the wording", "in his exact words", "according to our reading"; and qualifiers that
 * ask for precision ("the exact number", "anything in particular"); "the stated purpose" is the purpose the source states.
 */
const META_RE = /\b(?:(?:does|did|do) (?:the|this|that) (?:article|piece|report|story|text|source|post) (?:\p{L}+ly )?(?:say|list|mention|state|report|describe|give|cite|quote|indicate|identify|record|suggest|show|note|specify)s?|(?:mentioned|referenced|referred to|cited|quoted|named|described|reported) in (?:the|this|that) (?:article|piece|report|story|text|source)|(?:(?:that|which) (?:is|was) )?(?:inside|within) (?:the|this|that) (?:article|piece|report|story|text)|(?:at|on) the (?:bottom|foot) of|(?:in|using) (?:the )?(?:\p{L}+['’]s |his |her |their )?(?:exact |own |precise )?words|quote(?: the wording| precisely| exactly| it)?|according to (?:our|my|the) reading|(?:stated|declared|official|avowed|professed)(?= (?:purpose|objective|aim|goal|reason|mandate|intention|rationale|motive|mission)s?\b)|exact|precise(?:ly)?|particular(?:ly)?|specific(?:ally)?)\b/giu;
/** "How much time is left": the time, which a stretch of time answers ("the last few weeks"). */
const TIME_LEFT_RE = /\b(?:left|remaining|remains)\b/giu;
/** "A time window", "the time frame", "a window of time": a length of time, no date ("the last few weeks"), which "how long" asks again ("…a time window, how long?"). */
const TIME_WINDOW_RE = /\btime[\s-]*(?:window|frame|span)\b|\btimeframe\b|\b(?:window|span) of time\b/giu;
/** "How long", which a question naming a time window already asks. */
const HOW_LONG_RE = /\bhow long\b/giu;
/** "Lacked authority", "what was missing": had none, as the news says it ("had no authority", "without"). */
const LACK_RE = /\b(?:lack(?:s|ed|ing)?|missing)\b/giu;
/** "What is the mission supposed to do", "meant to achieve", "trying to do": its job, which the news says as its aim ("the mission aims to assist"). */
const JOB_RE = /\b(?:(?:meant|supposed|intended|trying|tryin|seeking|attempting) to|tryna) (?:be )?(?:do(?:ing)?|achieve|accomplish)\b/giu;

/** "What does MSS stand for", "UN is short for": questions that ask what an abbreviation means. */
const DEFINITION_WORDS = new Set(['stand', 'stands', 'short', 'abbreviation', 'abbreviations', 'abbreviated', 'acronym', 'acronyms', 'letters', 'initials', 'full', 'form', 'name', 'expansion', 'meaning', 'mean', 'means', 'behind', 'spell', 'spelled', 'spelt', 'designation', 'complete', 'expand', 'denote', 'denotes', 'signify', 'signifies', 'write', 'written', 'out', 'words', 'refer', 'refers', 'represent', 'represents']);
const DEFINITION_RE = /\b(?:stand|stands|short) for\b|\bspell(?:ed|t)? (?:it |that )?out\b|\bin full\b|\b(?:abbreviations?|abbreviated|acronyms?|(?:full|complete) (?:[a-z-]+ )?(?:form|name|designation)|expansion|expand|meaning)\b|\bmeans?\b|\bdenotes?\b|\bsignif(?:y|ies)\b/;

/** Turns questions into concepts against one knowledge's index, aliases and dictionaries. */
export class QuestionReader {
  private readonly phrasalCache = new Map<string, Alternative[] | undefined>();
  private nameForms: { words: ReadonlySet<string>; terms: ReadonlySet<string>; lemmas: ReadonlySet<string> } | undefined;
  private readonly variantCache = new Map<string, Alternative[]>();
  private readonly spelledOutCache = new Map<string, string>();
  private readonly unknownWords = new Map<string, boolean>();
  /** Names by the title written before them (see `namesForTitle`), worked out when first needed. */
  private titled: { byTitle: Map<string, Set<string>>; byName: Map<string, Set<string>>; main: Map<string, string> } | undefined;
  /** The words the passages write as names (see {@link knownNames}), worked out once. */
  private passageNames: Set<string> | undefined;
  private boundPairs: Map<string, string> | undefined;
  private readonly fullNames = new Map<string, string[] | undefined>();
  /** The knowledge's hyphenated words (see `compounds`), worked out when first needed. */
  private hyphenated: Set<string> | undefined;
  /** The first parts of the hyphenated words. */
  private hyphenStarts: Set<string> | undefined;
  /** Kinds of answer per noun (see `kindOf`). */
  private readonly kindCache = new Map<string, AnswerKind | undefined>();
  /** Synonyms of words the knowledge has, per word (see `synonymsOfPresent`). */
  private readonly presentSynonymCache = new Map<string, Alternative[]>();
  /** Base forms of the knowledge's words (see `hasWord`), worked out when first needed. */
  private vocabularyLemmas: SearchableMap<number> | undefined;

  /**
   * @param wordnet Synonyms and related words; null: none.
   * @param meaning Word vectors; null: no matching by meaning.
   */
  constructor(
    private readonly index: PassageIndex,
    private readonly aliases: AliasTable,
    private readonly wordnet: WordNet | null,
    private readonly meaning: SoftMatcher | null,
  ) {}

  /** The concepts of a question: what a passage must hold to answer it. */
  read(question: string): Concept[] {
    const asked = this.withoutAside(this.withTagsRead(question));
    const known = (t: string) => this.index.df.has(t);
    const names = namesIn(asked);
    const read = withSecondGuessWeighed(asked, withContextWeighed(asked, this.concepts(asked), known), known);
    return read.map((c, k) => (c.frame === 'other' && read[k + 1] !== undefined && names.has(read[k + 1]!.label) ? { ...c, setAsideNamed: true } : c));
  }

  /**
   * The question with its hashtags read (see `plainQuestion`, which splits "#RutoInHaiti" into a tag
   * per word): a tag's word the knowledge has is read as the word ("#Haiti", "#MSS"); one it lacks
   * ("#Siasa", politics) names the asker's topic, not what is asked, and weighs nothing.
   */
  private withTagsRead(question: string): string {
    return question.replace(HASHTAG_WORD_RE, (_, word: string) => {
      const ts = wordTerms(normalize(word));
      return ts.length > 0 && ts.every((t) => this.index.df.has(t)) ? word : '';
    });
  }

  /**
   * The question without a lead-in before a colon that the knowledge knows
   * nothing of ("For my lesson tomorrow: which resolution…"); one that names
   * a topic stays ("Resolution 2699: what does it say?").
   */
  private withoutAside(question: string): string {
    const plain = this.withoutInsets(question);
    // Or before a comma, when a question word follows: "For the benefit of the younger members, what is…".
    const colonAt = plain.indexOf(':');
    const colon = colonAt >= 0 ? colonAt : (ASIDE_BEFORE_COMMA_RE.exec(plain)?.[1]?.length ?? -1);
    if (colon < 0) return plain;
    const rest = plain.slice(colon + 1);
    return this.namesNothing(plain.slice(0, colon), false) && words(rest).length >= 2 ? rest : plain;
  }

  /**
   * The question without asides set in it, in brackets or between commas, that name nothing the
   * knowledge knows (see `namesNothing`): "Which nation, strictly speaking, holds the lead?", "did the
   * President confer (such as they presently are)?".
   */
  private withoutInsets(question: string): string {
    const out = question
      .replace(INSET_IN_BRACKETS_RE, (m, inset: string) => (this.namesNothing(inset) ? '' : m))
      .replace(INSET_IN_COMMAS_RE, (m, inset: string) => (this.namesNothing(inset) ? '' : m));
    return words(out).length >= 2 ? out : question;
  }

  /** Whether a few words (eight at most in an inset, twelve in a lead-in) name nothing: no word the knowledge has, no alias of one ("HNP"); in an inset, no name, question word, number or frame word either. */
  private namesNothing(text: string, inset = true): boolean {
    const ws = words(text);
    if (ws.length > (inset ? 8 : 12)) return false;
    // Inside a question, a capital other than "I" may be a name the knowledge lacks ("such as Jimmy Chérizier"): what
    // makes a question unanswerable; and a question word, a number or a frame word ("(handle)") asks something.
    if (inset && (WH_OR_NUMBER_RE.test(text) || /(?<!\p{L})(?!I\b)\p{Lu}/u.test(text) || COORDINATED_RE.test(text) || ws.some((w) => FRAME_WORDS.has(termOf(w))) || HAS_LONE_AT_RE.test(text))) return false;
    return !ws.some((w, i) => wordTerms(w).some((t) => this.index.df.has(t)) || this.aliases.at(ws.map((x) => wordTerms(x)[0]), ws, i) !== undefined);
  }

  private concepts(question: string, definitional = DEFINITION_RE.test(normalize(question))): Concept[] {
    const names = namesIn(question);
    const properNames = properNamesIn(question);
    const ws = this.nationLeaders(this.compounds(words(rephrased(this.spelledOutWords(question))).filter((w) => !definitional || !DEFINITION_WORDS.has(w))));
    const concepts: Concept[] = [];
    const head = this.whHead(question);
    const timeOrPlaceAsked = TIME_OR_PLACE_QUESTION_RE.test(normalize(question));
    const whoAsked = answerTypeOf(question) === 'person' || SOMEONE_RE.test(question);
    // "Who is the commander of the police", "which High Court judge ruled": the noun after "who is the", the head after "which".
    const roles = new Set([...normalize(question).matchAll(WHO_IS_RE)].map((m) => m[1]!));
    const asked = askedNouns(question);
    if (asked.length > 0) roles.add(asked.at(-1)!);
    // "haiti council leader": a few words with no question word nor verb ask for the last.
    else if (ws.length > 0 && KEYWORDS_RE.test(normalize(question))) roles.add(ws.at(-1)!);
    // "Which judge", "the name of the judge": the name asked is a judge's, which an alias ("judge: court") does not give.
    const nameOf = [...normalize(question).matchAll(FRAME_OF_RE)].filter((m) => FRAME_WORDS.get(termOf(m[1]!)) === 'person').map((m) => m[2]!);
    const whoseName = new Set(
      [...nameOf, ...asked, ...roles].filter((noun) => {
        const kind = names.has(noun) ? undefined : this.kindOf(noun);
        return kind !== undefined && NAMED_KINDS.has(kind);
      }),
    );
    const aliasGroupsAsked: number[] = [];
    const wordTermLists = ws.map((w) => wordTerms(w));
    const firstTerm = wordTermLists.map((t) => t[0]);
    /** The question word the last concept ends at. */
    let lastConceptEnd = -1;
    /** The first and last question word of each concept, as far as read (see `describedBy`). */
    const wordsOf: Array<[number, number]> = [];
    let from = 0;
    const noteWords = (to: number) => {
      while (wordsOf.length < concepts.length) wordsOf.push([from, to]);
    };
    for (let i = 0; i < ws.length; i++) {
      noteWords(i - 1);
      from = i;
      const word = ws[i]!;
      // "What span of time": its "time" is the span's (see `span`), no time of its own.
      if (word === 'time' && ws[i - 1] === 'of' && SPAN_OF_RE.test(ws[i - 2] ?? '')) continue;
      // "When did the UN first approve it", "why was it blocked at first": when, not which ("the first group" is which).
      if (word === 'first' && (ws[i - 1] === 'at' || (!FIRST_BEFORE_NOUN.has(ws[i - 1] ?? '') && !/['’]s$/u.test(ws[i - 1] ?? '') && i + 1 < ws.length && this.wordnet?.isMostlyVerb(lemmaOf(ws[i + 1]!)) === true))) continue;
      // Alias phrases, longest first, matched on the words' terms.
      const aliasMatch = this.aliases.at(firstTerm, ws, i);
      if (aliasMatch && !(aliasMatch.length === 1 && whoseName.has(word))) {
        const label = ws.slice(i, i + aliasMatch.length).join(' ');
        const forms = this.aliases.forms(aliasMatch.group);
        const titled = forms.filter((t) => t.length === 1).flatMap((t) => this.namesForTitle(t[0]!, firstTerm));
        const concept = this.concept(label, [...forms.map((t) => ({ terms: t, weight: 1 })), ...titled]);
        // Only an abbreviation is "defined" by its long form ("full name of the MSS", not of the president).
        const aliasConcept = definitional && !label.includes(' ') && label.length <= 6 ? { ...concept, defined: true } : concept;
        // Only a name is the topic of a source whose title holds it: "visit" (trip) in the title is no visit in every passage.
        const last = ws[i + aliasMatch.length - 1]!;
        const role = roles.has(last) && this.kindOf(last) === 'human' ? { role: true } : {};
        concepts.push(this.aliases.isName(aliasMatch.group) ? { ...aliasConcept, name: true, ...role } : { ...aliasConcept, ...role });
        aliasGroupsAsked.push(aliasMatch.group);
        i += aliasMatch.length - 1;
        lastConceptEnd = i;
        continue;
      }
      // "New York": a name of two words the passages never write apart is one concept, not two.
      if (ws[i + 1] !== undefined && this.boundNames().get(word) === ws[i + 1]) {
        const pair = [word, ws[i + 1]!];
        concepts.push(this.concept(pair.join(' '), [{ terms: pair.map(termOf), weight: 1 }]));
        i++;
        lastConceptEnd = i;
        continue;
      }
      // A phrasal verb ("held up") means what WordNet says the pair means (delay), not what its verb does alone.
      const phrasal = this.phrasalVerb(ws, i);
      if (phrasal) {
        concepts.push({ ...this.concept(`${word} ${ws[i + 1]}`, phrasal), ...(this.meaning ? { semanticWord: word } : {}) });
        i++;
        lastConceptEnd = i;
        continue;
      }
      const own = wordTermLists[i]!;
      if (own.length === 0) continue;
      // "Who's the guy heading the council": a person is asked, which the question word says already;
      // "the men and women of the contingent" are the contingent; "a word of praise" is praise, "a moment of calm" calm.
      // "The name of the man chairing it", "the gentleman who presides": whoever the words after him say.
      const describedPerson = !FRAME_WORDS.has(own[0]!) && DEFINITE_RE.test(ws[i - 1] ?? '') && /^(?:who|whom|that|at|\p{L}+ing)$/u.test(ws[i + 1] ?? '');
      if (ANYONE.has(word) && (roles.has(word) || describedPerson || ws[i + 1] === 'of' || (ws[i + 1] === 'and' && ANYONE.has(ws[i + 2] ?? '') && ws[i + 3] === 'of'))) continue;
      // "The guy's handle", "the Kenyan fellow", "this Le Leblanc guy": someone already spoken of, as "he" would be.
      // Not "the person" (a kind of answer), nor "the council guy" (the council's: a noun says whose).
      if (ANYONE.has(word) && !word.endsWith('s') && !FRAME_WORDS.has(own[0]!) && this.wordnet?.isMostlyNoun(ws[i - 1] ?? '') !== true && this.spokenOf(ws, i)) continue;
      // "The UNGA session", "the General Assembly session": the body named meets in it.
      if ((word === 'session' || word === 'sessions') && lastConceptEnd === i - 1 && (concepts.at(-1)?.name === true || ws[i - 1] === 'assembly')) continue;
      // "Push forward", "drive forward": the verb says it.
      if ((word === 'forward' || word === 'forwards') && i > 0 && this.wordnet?.isMostlyVerb(ws[i - 1]!) === true) continue;
      // "Flew back": the particle of a return (see goingBack below).
      if (word === 'back' && i > 0 && MOTION_VERBS.has(wordTermLists[i - 1]![0] ?? '')) continue;
      // "The one Ruto talked to", "that one", "which one": a pronoun, no number.
      if (word === 'one' && PRONOUN_ONE_BEFORE.has(ws[i - 1] ?? '')) continue;
      // "The article says…": the source itself, unless a passage speaks of an article ("Article 5 of the charter").
      if (DOCUMENT_WORDS.has(word) && !own.some((t) => this.index.df.has(t)) && !LEGAL_ARTICLE_RE.test(ws.slice(i, i + 4).join(' '))) continue;
      if (ws[i + 1] === 'of' && (CONTAINER_NOUNS.has(word) || (SPELL_NOUNS.has(word) && ws[i - 1] === 'a'))) continue;
      // "The big UN meeting", "a major gathering", "the top security body": a word that grades the thing names none.
      if (GRADING_ADJECTIVES.has(word) && wordTermLists[i + 1]?.length) continue;
      // "He plans to bring it up", "intends to raise": what he will do, as the news says it ("will be calling attention").
      // Not "the plan to send them", a thing, nor "was the trip intended to", which asks a purpose (see MEANT_TO_RE).
      const intends = INTENT_WORDS.has(word) && !NOT_INTENDING_BEFORE_RE.test(ws[i - 1] ?? '') && !(word.endsWith('ed') && /^(?:was|were|is|are)$/u.test(ws[0] ?? ''));
      // "Are they going to push for": the future, no going anywhere ("going to Haiti", "going to court" go).
      // "What the Kenyans supposed to be doing", "was the council supposed to drive" (see MEANT_TO_RE): what they do.
      if ((word === 'going' || word === 'supposed' || intends) && ws[i + 1] === 'to' && this.wordnet?.isMostlyVerb(ws[i + 2] ?? '') === true) continue;
      const alternatives: Alternative[] = [{ terms: [own[0]!], weight: 1 }];
      // A compound's words say it too ("kenyan-led": Kenyan, led), unless WordNet knows it as a word of its own ("go-ahead" is approval, not "went ahead").
      // WordNet writes some with a hyphen ("go-ahead"), others with a space ("get together").
      const lexicalized = own.length > 1 && word.includes('-') && (this.wordnet?.has(word) === true || this.wordnet?.has(word.replace(/-/gu, '_')) === true) && !this.index.vocabulary.has(word);
      if (own.length > 1 && !lexicalized) alternatives.push({ terms: own.slice(1), weight: 1 }, ...this.relatedCompounds(word));
      // "The UN meeting", "his meeting with the council": a meeting as a thing is also an engagement, the diplomatic
      // word for it ("engage world leaders at the Assembly", "my engagement with the council"); the verb only when
      // "who" is asked (see ENGAGED_WEIGHT).
      if ((word === 'meeting' || word === 'meetings') && BEFORE_NOUN.has(ws[i - 1] ?? '')) alternatives.push(...this.presentForms('engagement'));
      // "Who did he meet": whom he engaged, the diplomatic word ("engaged the council"). Asked where or when he met
      // someone, "met" keeps its own (rarer) weight: "engage world leaders" is a speech, at no place he met the police.
      if (own[0] === 'meet' && !(word === 'meeting' || word === 'meetings') && whoAsked) alternatives.push(...this.presentForms('engaged').map((a) => ({ ...a, weight: ENGAGED_WEIGHT })));
      alternatives.push(...this.relatedForms(word, own));
      alternatives.push(...this.namesForTitle(own[0]!, firstTerm));
      alternatives.push(...this.titlesForName(own[0]!, firstTerm));
      alternatives.push(...this.peopleOfPlace(word));
      // "Go to Haiti" is to visit it: said by "visited the troops in Haiti" more surely than by "went ahead to state", and not by "flagged off officers to Haiti".
      // "Fly out to Haiti", "flying out there", "head over there", "why did he go?": the same.
      // "Fly back", "head back home": a return, which is no visit, and "back" is no backing.
      const goingBack = MOTION_VERBS.has(own[0]!) && ws[i + 1] === 'back';
      // "Go Haiti", "travel go Haiti": a place named straight after the verb, as casual English and Pidgin say it.
      const placeAfter = ws[i + 1] === 'go' ? ws[i + 2] : ws[i + 1];
      // Not "heading Haiti's council", which leads it.
      const toNamedPlace = placeAfter !== undefined && own[0] !== 'head' && (names.has(placeAfter) || this.knownNames().has(placeAfter));
      const goingTo = !goingBack && MOTION_VERBS.has(own[0]!) && (i === ws.length - 1 || toNamedPlace || /^(?:(?:out|over|down) )?(?:to|into|there)\b/u.test(ws.slice(i + 1, i + 3).join(' ')));
      if (goingTo) {
        alternatives[0] = { terms: alternatives[0]!.terms, weight: GOING_WEIGHT };
        for (const t of ['visit', 'trip', 'tour']) if (this.index.df.has(t)) alternatives.push({ terms: [t], weight: VISIT_WEIGHT });
      }
      // "To see the troops", "did he see other folks": to see people is to visit or meet them.
      const seen = ws.slice(i + 1, i + 4).find((w) => !/^(?:the|a|an|our|his|her|their|my|your|its|some|any|other|these|those|all)$/u.test(w));
      // Not "going to see": a future, which no past visit answers; "see" weighs in full there.
      const future = (ws[i - 1] === 'to' && ws[i - 2] === 'going') || ws[i - 1] === 'gonna' || ws[i - 1] === 'will';
      const seeing = own[0] === 'see' && !future && seen !== undefined && NAMED_KINDS.has(this.kindOf(seen) ?? 'number');
      if (seeing) for (const t of ['visit', 'meet']) if (this.index.df.has(t)) alternatives.push({ terms: [t], weight: VISIT_WEIGHT });
      // "His country's officers", "in his own account" name a country, an account it does not ask for.
      // "His handle", "his username", "its number", "its date" still ask for one.
      const owned = !HANDLE_WORDS.has(own[0]!) && !OWNED_FRAMES.has(own[0]!) && (POSSESSIVE_RE.test(ws[i - 1] ?? '') || (ws[i - 1] === 'own' && POSSESSIVE_RE.test(ws[i - 2] ?? '')));
      // "The first time", "every time" count occasions, no time.
      const occasion = own[0] === 'time' && /^(?:first|second|third|last|next|every|each|only|one|many|several)$/u.test(ws[i - 1] ?? '');
      // "What time period", "what window of time", "how long a window": the stretch of time is asked, not a point in it.
      const span = (own[0] === 'time' && /^(?:period|frame|window|span)$/u.test(ws[i + 1] ?? '')) || (SPAN_OF_RE.test(word) && ws[i + 1] === 'of' && ws[i + 2] === 'time') || (word === 'window' && ws[i - 1] !== 'time');
      // "How much time": a length of time is asked.
      const duration = own[0] === 'time' && ws[i - 2] === 'how' && ws[i - 1] === 'much';
      const frame = owned || occasion ? undefined : span ? 'period' : duration ? 'duration' : (FRAME_WORDS.get(own[0]!) ?? (word === head ? this.kindOf(word) : undefined));
      // A frame word is covered by the kind of answer, not by its look-alikes ("reason" is not "decision").
      const absent = !(lexicalized ? own.slice(0, 1) : own).some((t) => this.index.df.has(t));
      if (!frame && absent) alternatives.push(...this.variants(word));
      else if (!frame) alternatives.push(...this.synonymsOfPresent(word, own));
      const semantic = this.meaning !== null && /^\p{Ll}{3,}$/u.test(word) && !names.has(word);
      if (semantic && absent) alternatives.push(...this.expansion(word));
      // A variant that is another word of the question ("live" → "people" in "how many people live") adds nothing.
      const others = new Set(wordTermLists.filter((_, j) => j !== i).flat());
      const concept = this.concept(word, alternatives.filter((a, k) => k === 0 || !a.terms.every((t) => others.has(t))));
      const undergo = UNDERGO_VERB_RE.test(word) || (UNDERGO_WITH_RE.test(word) && ws[i + 1] === 'with') || (ADDRESS_RE.test(word) && TROUBLES_RE.test(question));
      // "What kind of future": the answer describes one ("a stable and prosperous country") and need not name it.
      const described = i >= 2 && /^(?:kind|type|sort)$/u.test(ws[i - 2]!) && ws[i - 1] === 'of' && !own.some((t) => this.index.df.has(t));
      if (described) concept.idf *= DESCRIBED_WEIGHT;
      // "His country's officers", "the island nation", "that Caribbean country", "the host country": a country already known, named again, not asked about.
      const namedAgain = COUNTRY_WORDS.has(word) && (POSSESSIVE_RE.test(ws[i - 1] ?? '') || DEFINITE_RE.test(ws[i - 1] ?? '') || (DEFINITE_RE.test(ws[i - 2] ?? '') && (COUNTRY_WORDS.has(ws[i - 1]!) || names.has(ws[i - 1]!) || ws[i - 1] === 'host')));
      const modifiesCountry = COUNTRY_WORDS.has(ws[i + 1] ?? '') && DEFINITE_RE.test(ws[i - 1] ?? '');
      // "The operation", "this security force": the mission the knowledge is about, named again.
      const missionAgain = MISSION_WORDS.has(word) && (MISSION_DETERMINER_RE.test(ws[i - 1] ?? '') || (MISSION_DETERMINER_RE.test(ws[i - 2] ?? '') && !names.has(ws[i - 1]!) && !this.knownNames().has(ws[i - 1]!)));
      if (missionAgain && this.index.df.has('mission') && !own.includes('mission')) concept.alternatives.push({ terms: ['mission'], weight: 1 });
      if (namedAgain || modifiesCountry) concept.idf *= LIGHT_VERB_WEIGHT;
      // "The mission known by the initials MSS", "what is it known as": a name is asked, not who knows it.
      const namingVerb = word === 'known' && /^(?:as|by)$/u.test(ws[i + 1] ?? '');
      // "At the start of 2024", "by the end of March": where in a time, which the time itself says ("in January 2024").
      const timePosition = TIME_POSITION_WORDS.has(word) && ws[i + 1] === 'of' && TIME_NAME_RE.test(ws[i + 2] === 'the' || ws[i + 2] === 'that' || ws[i + 2] === 'this' ? (ws[i + 3] ?? '') : (ws[i + 2] ?? ''));
      // "When he visited that autumn": a season of a time already known. "The Haitian side", "their side": a people named again.
      const seasonAgain = SEASON_WORDS.has(word) && DEFINITE_RE.test(ws[i - 1] ?? '');
      const sideOf = word === 'side' && (POSSESSIVE_RE.test(ws[i - 1] ?? '') || (ws[i - 2] === 'the' && names.has(ws[i - 1]!)));
      if (seasonAgain || sideOf) concept.idf *= LIGHT_VERB_WEIGHT;
      if ((LIGHT_VERBS.has(own[0]!) && !goingTo && !seeing && !(own[0] === 'see' && future)) || VAGUE_QUALIFIERS.has(own[0]!) || undergo || namingVerb || timePosition || (timeOrPlaceAsked && START_VERBS.has(own[0]!))) concept.idf *= LIGHT_VERB_WEIGHT;
      else if (this.wordnet && !names.has(word) && this.wordnet.senseCount(lemmaOf(word)) >= POLYSEMOUS_SENSES) concept.idf *= POLYSEMY_WEIGHT;
      // A word neither the knowledge, WordNet nor the vectors know is most likely a typo of a word that matters little ("acording").
      else if (concept.alternatives.length === 1 && !own.some((t) => this.index.df.has(t)) && !names.has(word) && this.isUnknownWord(word)) concept.idf *= UNKNOWN_WORD_WEIGHT;
      // A role is named by its own word: a looser word ("judge" → approved) names no judge.
      // "Who is the leeder": the word it is a slip of says the kind.
      const slipOf = absent && concept.alternatives[1]?.weight === TYPO_WEIGHT ? concept.alternatives[1].terms[0] : undefined;
      const role = roles.has(word) && !names.has(word) && (this.kindOf(word) ?? (slipOf === undefined ? undefined : this.kindOf(slipOf))) === 'human';
      const named = role ? { ...concept, alternatives: this.ofOwnKind(concept.alternatives.filter((a) => !a.loose && !a.soft), own[0]!), role } : concept;
      const identified = !frame && !role && word === asked.at(-1) ? { identified: true } : {};
      const before = concepts.at(-1);
      const nounBefore = before !== undefined && lastConceptEnd === i - 1 && !before.frame && !names.has(ws[i - 1]!) && this.wordnet?.isMostlyNoun(ws[i - 1]!) === true;
      const qualified = (frame === 'place' || frame === 'city' || frame === 'date' || frame === 'day') && nounBefore ? { qualifiedBy: before!.label } : {};
      const namedBy = !frame && before !== undefined && lastConceptEnd === i - 1 && before.label === ws[i - 1] && this.knownNames().has(ws[i - 1]!) && this.isPlaceWord(ws[i - 1]!) && this.isCommonNoun(word) ? { namedBy: before.label } : {};
      // "Three problems": a passage listing three things gives them, whether or not it counts them.
      const count = COUNT_WORDS.indexOf(word) + 2;
      const listed = count >= 2 && /^\p{L}{3,}s$/u.test(ws[i + 1] ?? '') && !TIME_UNITS_RE.test(ws[i + 1]!) ? { listOf: count } : {};
      const unknownName = properNames.has(word) && !frame && this.meaning?.vectors.has(word) === true && named.alternatives.every((a) => a.terms.every((t) => !this.index.df.has(t))) ? { unknownName: true } : {};
      // "Who sued", "who approved it", "who commands the contingent": the verb after "who" (a past or -s form not mostly
      // a noun's: "sue" is a name too).
      const lemma = lemmaOf(word);
      const verbForm = word.endsWith('ed') || (/[^s]s$/u.test(word) && this.wordnet?.isVerb(lemma) === true);
      const verbAfterWho = ws[i - 1] === 'who' && this.wordnet !== null && (this.wordnet.isMostlyVerb(lemma) || (verbForm && !this.wordnet.isMostlyNoun(lemma)));
      const act = verbAfterWho && !frame && !role && !LIGHT_VERBS.has(own[0]!) ? { act: true } : {};
      concepts.push({ ...named, ...identified, ...listed, ...unknownName, ...act, ...namedBy, ...(frame ? { frame, ...qualified } : {}), ...(semantic ? { semanticWord: word } : {}) });
      lastConceptEnd = i;
    }
    noteWords(ws.length - 1);
    // "Haiti's interim presidential body": the words right before a body's frame word describe it, and may be its name's.
    concepts.forEach((c, k) => {
      if (c.frame !== 'body') return;
      const describing: string[] = [];
      for (let d = k - 1; d >= 0 && wordsOf[d]![1] === wordsOf[d + 1]![0] - 1; d--) describing.push(concepts[d]!.label);
      if (describing.length > 0) concepts[k] = { ...c, describedBy: describing };
    });
    // "The number of gangs": a number is the answer only beside the gangs, as "how many gangs" says ("the number of the
    // resolution" is its name, no count).
    concepts.forEach((c, k) => {
      const next = concepts[k + 1];
      if (c.frame === 'number' && next !== undefined && !next.frame && /[^s]s$/u.test(next.label) && wordsOf[k + 1]![0] === wordsOf[k]![1] + 2 && ws[wordsOf[k]![1] + 1] === 'of') concepts[k] = { ...c, qualifiedBy: next.label };
    });
    // "Ruto's full name" asks no abbreviation's meaning: read it again as an ordinary question.
    if (definitional && !concepts.some((c) => c.defined)) return this.concepts(question, false);
    const fullName = definitional ? null : FULL_NAME_RE.exec(question);
    const read = fullName ? this.withFullName(concepts, fullName[1]!.toLowerCase()) : concepts;
    // "The name of the judge": the name belongs to the judge (see the engine's `rank`); any two capitalised words pass for a name.
    // "Name the prime minister" asks the same of a person or a body; "name the problems" asks them listed.
    const owned = [
      ...[...normalize(question).matchAll(FRAME_OF_RE)].map((m) => ({ word: m[1]!, from: m.index + m[0].length - m[2]!.length, anyOwner: true, imperative: false })),
      ...[...normalize(question).matchAll(NAME_THE_RE)].map((m) => ({ word: 'name', from: m.index + m[0].length, anyOwner: false, imperative: true })),
    ];
    const listing = new Set<Concept>();
    for (const { word, from, anyOwner, imperative } of owned) {
      const frame = read.find((c) => c.frame === 'person' && c.label === word);
      if (!frame) continue;
      // The owner is the first concept read there, one word or a phrase ("the prime minister"), past words that ask nothing ("the biggest gang").
      let rest = normalize(question).slice(from);
      const at = (text: string) => read.find((c) => text.startsWith(c.label) && !/^\p{L}/u.test(text.slice(c.label.length)));
      for (let skip = 0; skip < 2 && !at(rest); skip++) rest = rest.replace(/^\p{L}+\s+/u, '');
      const owner = at(rest);
      if (!owner) continue;
      // "Name three problems" asks them listed, as "list" would: no name.
      if (!anyOwner && !this.namesSomeone(owner)) {
        if (imperative) listing.add(frame);
        continue;
      }
      // "The haitian president": both words own the name. Not a verb ("the commander leading") or a name ("the president ruto met") after it.
      const next = /^\s+(\p{L}+)/u.exec(rest.slice(owner.label.length))?.[1];
      const nextConcept = next === undefined ? undefined : read.find((c) => c !== frame && (c.label === next || c.label.startsWith(`${next} `)));
      const phrase = nextConcept !== undefined && nextConcept.label !== next;
      // Nor after a verb ("the guy heading Haiti's council"): what follows is its object.
      const noun = nextConcept !== undefined && !/ing$/u.test(owner.label) && (phrase || (!/(?:ing|ed)$/u.test(next!) && !names.has(next!) && !this.titles().byName.has(termOf(next!))));
      frame.frameOf = noun ? [owner.label, nextConcept.label] : [owner.label];
    }
    // "mss commander name", "the Kenyan president's name": the person or body named just before "name" owns it, and the word before that says which.
    const nameFrame = read.find((c) => c.frame === 'person' && c.label === 'name' && !c.frameOf);
    for (const m of nameFrame ? normalize(question).matchAll(NOUN_NAME_RE) : []) {
      const before = m[1]!.trim();
      const owner = read.find((c) => c !== nameFrame && (before === c.label || before.endsWith(` ${c.label}`)));
      if (!owner || !this.namesSomeone(owner)) continue;
      const rest = before.slice(0, -owner.label.length).trim().split(/\s+/u).pop();
      const which = read.find((c) => c !== nameFrame && c !== owner && c.label === rest);
      nameFrame!.frameOf = which ? [which.label, owner.label] : [owner.label];
    }
    // The person whose name is asked is said by words for people only ("the judge's name": no court's).
    for (const frame of read.filter((c) => c.frame === 'person' && c.frameOf)) {
      for (const label of frame.frameOf!) {
        const k = read.findIndex((c) => c.label === label);
        if (k >= 0 && this.kindOf(label) === 'human') read[k] = { ...read[k]!, alternatives: this.ofOwnKind(read[k]!.alternatives, termOf(label)) };
      }
    }
    // A verb ("to support") is no word of a name ("Multinational Security Support"): it matches only outside names.
    const verbs = new Set([...normalize(question).matchAll(/\bto\s+(\p{L}+)/gu)].map((m) => m[1]!));
    const nameTerms = new Set(aliasGroupsAsked.flatMap((group) => this.aliases.forms(group).filter((t) => t.length > 1).flat()));
    // A word said twice ("the Kenyan police or the Haitian police") is one concept: saying it again asks nothing more.
    const seen = new Set<string>();
    const once = read.filter((c) => {
      if (listing.has(c)) return false;
      const key = terms(c.label).join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const longForms = this.aliases.longFormTerms();
    // "The police unit" is no "United Nations": a word that stems like a name's word, but is no form of it, matches only outside names.
    const { words: nameWords, terms: nameWordTerms, lemmas: nameLemmas } = this.nameWordForms();
    const inName = (c: Concept) =>
      c.alternatives[0]!.terms.some((t) => nameTerms.has(t) || (verbs.has(c.label) && longForms.has(t))) || (!c.frame && c.alternatives[0]!.terms.length === 1 && nameWordTerms.has(c.alternatives[0]!.terms[0]!) && /^\p{L}+$/u.test(c.label) && !nameWords.has(c.label) && !nameLemmas.has(lemmaOf(c.label)));
    // "Under which handle does he publish on X?": the handle asked says where he posts.
    const handleAsked = once.some((c) => c.frame === 'handle' && HANDLE_WORDS.has(c.alternatives[0]!.terms[0]!));
    // "How is the post signed": a post is signed by its signature ("signed that deal" is no post's).
    const postAsked = once.some((c) => c.frame === 'channel' || c.frame === 'handle');
    // So are the name, the author and the title on it ("the full name and title at the bottom of his tweet").
    const postNamed = postAsked || once.some((c) => c.alternatives.some((a) => a.terms[0] === 'tweet' || a.terms[0] === 'post'));
    const signature = (c: Concept): Concept => (postNamed && !c.frame && SIGNED_TERMS.has(c.alternatives[0]!.terms[0]!) ? { ...c, alternatives: [...c.alternatives, { terms: ['signatur'], weight: 1 }] } : c);
    // "Publish his message on X": the message is the post asked about, which a passage names by where it went up.
    const posted = (c: Concept): Concept => (postAsked && !c.frame && POSTED_RE.test(c.label) ? { ...c, idf: c.idf * CONTEXT_WEIGHT } : c);
    return withOptions(once.map(signature).map(posted), normalize(question).replace(/\s+/gu, ' '), (c) => c.alternatives.some((a) => a.terms.every((t) => this.index.df.has(t))), (phrase) => this.wordnet?.has(phrase) === true).map((c) => (!c.name && inName(c) ? { ...c, plain: true } : handleAsked && c.frame === 'channel' ? { ...c, frame: 'handle' as const } : c));
  }

  /**
   * "Ruto's full (or middle) name": the name is met by the longest form the
   * knowledge gives it ("William Samoei Ruto"), not by any name; "full" is no word of the answer.
   */
  private withFullName(concepts: Concept[], kind: string): Concept[] {
    const name = concepts.find((c) => c.frame === 'person' && c.label === 'name');
    if (!name) return concepts;
    // Names as typed: "the president" may be any of the knowledge's presidents.
    // "The president's full name": the one the knowledge calls president most often, if one stands out.
    const asked = new Set(concepts.flatMap((c) => c.alternatives.filter((a) => a.terms.length === 1 && !a.loose).flatMap((a) => [a.terms[0]!, ...(c.label.includes(' ') || (a.weight ?? 1) < 1 ? [] : this.mainNameFor(a.terms[0]!))])));
    const full = [...asked].flatMap((t) => {
      const form = this.fullName(t);
      return form ? [{ terms: form, weight: 1 }] : [];
    });
    if (full.length === 0) return concepts;
    // Only the longer form meets it: any two capitalised words would pass for a name.
    return concepts.filter((c) => c.label !== kind).map((c) => (c === name ? { label: c.label, idf: c.idf, alternatives: full } : c));
  }

  /**
   * The longest form the passages give a name, by its last word's term ("ruto"
   * → william samoei ruto); looked for only in the passages holding the term.
   */
  private fullName(term: string): string[] | undefined {
    return remembered(this.fullNames, term, () => {
      let longest: string[] | undefined;
      for (const r of this.index.search.search(term, { fields: ['text'] })) {
        for (const m of this.index.passages[r.id as number]!.text.matchAll(NAME_RE)) {
          const ws = m[0].split(/\s+/);
          while (ws.length > 0 && (NAME_PREFIX_RE.test(ws[0]!) || STOP_WORDS.has(ws[0]!.toLowerCase()))) ws.shift();
          const t = ws.flatMap((w) => terms(w));
          if (t.length >= 2 && t.length === ws.length && t[t.length - 1] === term && t.length > (longest?.length ?? 0)) longest = t;
        }
      }
      return longest;
    });
  }

  /** The noun naming the kind of answer in a "which X is…" question, if any (see WH_HEAD_RE). */
  private whHead(question: string): string | undefined {
    const m = WH_HEAD_RE.exec(normalize(question));
    // "What kind of change": the kind is not a thing a passage names. "What the Kenyans supposed to do" (dropping "are") asks what they do.
    return m && !/\b(?:kind|type|sort|form)\b/.test(m[1]!) && !/^(?:the|this|that|these|those|his|her|their|our|my|your|its)\s/u.test(m[1]!) ? m[2] : undefined;
  }

  /** The alternatives that say a person's role as such: not a word for a thing of another kind ("judge: court" names a court, no judge). */
  private ofOwnKind(alternatives: Alternative[], own: string): Alternative[] {
    return alternatives.filter((a) => a.terms.length > 1 || a.terms[0] === own || (this.kindOf(a.terms[0]!) ?? 'human') === 'human');
  }

  /** The kind of answer a noun names, from WordNet's kind of its commonest sense (forum → a group → a name). */
  private kindOf(noun: string): AnswerKind | undefined {
    return remembered(this.kindCache, noun, () => {
      // Rarer senses stretch too far: a crop is a group in its third, a force in its fourth.
      // The noun as written first: "meeting" is a gathering, its lemma "meet" a sports event.
      const [kind] = this.wordnet ? [noun, lemmaOf(noun)].flatMap((n) => this.wordnet!.nounKinds(n, 1)) : [];
      return kind === undefined ? undefined : FRAME_KINDS[kind];
    });
  }

  /** A compound with one part in a related form (see `relatedForms`): "kenya-led" is said by "Kenyan-led". */
  private relatedCompounds(word: string): Alternative[] {
    const parts = word.split(/['-]/u).filter((p) => p !== '' && !STOP_WORDS.has(p));
    const partTerms = parts.map(termOf);
    return parts.flatMap((part, k) =>
      this.relatedForms(part, [partTerms[k]!]).map((r) => ({ terms: partTerms.map((t, j) => (j === k ? r.terms[0]! : t)), weight: RELATED_FORM_WEIGHT })),
    );
  }

  /**
   * "The Kenyan leader", "Haiti's boss": a nation's leader is its president, as the news titles him
   * ("President Ruto"). Not "the gang leader", nor "the council's leader", which name no nation.
   */
  private nationLeaders(ws: string[]): string[] {
    return ws.map((w, i) => (LEADER_WORDS.has(w) && ws[i + 1] !== 'of' && this.knownNames().has(ws[i - 1] ?? '') && this.isPlaceWord(ws[i - 1]!) ? 'president' : w));
  }

  /**
   * Words of the passages that extend the word by a letter or two, or that it
   * extends (Kenya/Kenyan, Haiti/Haitian): forms the stemmer does not join.
   */
  private relatedForms(word: string, own: string[]): Alternative[] {
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return [];
    const found = new Set<string>();
    for (const [w] of this.index.vocabulary.atPrefix(word)) {
      if (!/^\p{L}+$/u.test(w)) continue;
      // A letter or two longer ("Kenya", "Kenyan"), or a compound it heads ("peace" → peacemaking).
      if (w.length <= word.length + 2 || (w.length >= word.length + 4 && !STOP_WORDS.has(word) && this.wordnet?.has(lemmaOf(w.slice(word.length))) === true)) found.add(w);
    }
    for (const cut of [1, 2]) if (this.index.vocabulary.has(word.slice(0, -cut)) && !STOP_WORDS.has(word.slice(0, -cut))) found.add(word.slice(0, -cut));
    // The noun of an adjective in -al: a presidential visit is the president's, a constitutional bar the constitution's.
    const noun = /^(\p{L}{4,}?)i?al$/u.exec(word)?.[1];
    if (noun !== undefined && this.index.vocabulary.has(noun)) found.add(noun);
    // Its negation, which a yes/no question is answered by as well: "was it constitutional?" by "ruled it unconstitutional".
    for (const not of ['un', 'in', 'il', 'im', 'ir', 'non']) if (this.index.vocabulary.has(not + word)) found.add(not + word);
    // The doer's verb, in any of its forms: a leader leads ("led by"), a commander commands.
    const doer = /^(\p{L}{3,})(?:er|or)s?$/u.exec(word);
    const verb = doer && this.lemmaVocabulary().has(doer[1]!) && !STOP_WORDS.has(doer[1]!) ? doer[1]! : undefined;
    if (verb !== undefined) found.add(verb);
    const out: Alternative[] = [];
    for (const w of found) {
      const t = termOf(w);
      if (!own.includes(t)) out.push({ terms: [t], weight: RELATED_FORM_WEIGHT, ...(w === verb ? { whole: true } : {}) });
    }
    return out;
  }

  /**
   * The question with each word the knowledge and WordNet lack in the English it stands for: typed
   * without its final g ("talkin" → talking), or a Swahili verb ("alisema" → say, Sheng "alipost" →
   * post), or an English verb with Tagalog affixes ("inannounce" → announce). Before the set phrases are read: "wanaquote" is the "quote" of "the tweet they quote".
   */
  private spelledOutWords(question: string): string {
    return question.replace(/\p{L}{4,}/gu, (w) => {
      const lower = w.toLowerCase();
      const out = this.spelledOut(lower);
      return out === lower ? w : out;
    });
  }

  /** A word in the English it stands for (see `spelledOutWords`), remembered. */
  private spelledOut(word: string): string {
    return remembered(this.spelledOutCache, word, () => {
      const wordnet = this.wordnet;
      if (!wordnet || this.index.vocabulary.has(word) || wordnet.has(word)) return word;
      if (word.endsWith('in') && wordnet.has(lemmaOf(`${word}g`))) return `${word}g`;
      const isEnglish = (rest: string) => this.index.vocabulary.has(rest) || wordnet.has(rest);
      return swahiliVerb(word, isEnglish) ?? tagalogVerb(word, isEnglish) ?? word;
    });
  }

  /**
   * Words the knowledge writes as one, hyphenated ("port au prince" → port-au-prince, "kenyan led" →
   * kenyan-led): one concept, not three; and a hyphenated word that is an alias phrase
   * ("green-light": green light), as its words.
   */
  private compounds(ws: string[]): string[] {
    this.hyphenated ??= new Set([...this.index.vocabulary.keys()].filter((w) => w.includes('-')));
    this.hyphenStarts ??= new Set([...this.hyphenated].map((w) => w.slice(0, w.indexOf('-'))));
    const hyphenated = this.hyphenated;
    const starts = this.hyphenStarts;
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      const k = starts.has(ws[i]!) ? [3, 2].find((n) => i + n <= ws.length && hyphenated.has(ws.slice(i, i + n).join('-'))) : undefined;
      // And the other way: a compound the knowledge does not write ("green-light") is its words.
      const parts = ws[i]!.split('-').filter((w) => w !== '');
      if (k === undefined && parts.length > 1 && !hyphenated.has(ws[i]!) && this.aliases.groupWritten(parts.join(' ')) !== undefined) out.push(...parts);
      // Two words the knowledge writes as one ("peace making": peacemaking), or a verb and its object ("making peace", "make peace").
      else if (k === undefined && ws[i]!.length >= 3 && (ws[i + 1]?.length ?? 0) >= 3 && this.index.vocabulary.has(ws[i]! + ws[i + 1]!)) out.push(ws[i]! + ws[++i]!);
      else if (k === undefined && ws[i]!.length >= 3 && (ws[i + 1]?.length ?? 0) >= 3 && this.index.vocabulary.has(ws[i + 1]! + gerundOf(ws[i]!))) out.push(ws[i + 1]! + gerundOf(ws[i++]!));
      else out.push(k === undefined ? ws[i]! : ws.slice(i, i + k).join('-'));
      if (k !== undefined) i += k - 1;
    }
    return out;
  }

  /** Whether the word names a place or its people ("haiti", "kenyan"), as WordNet knows them. */
  private isPlaceWord(word: string): boolean {
    const m = /^(\p{L}{3,}?)(?:ian|an|ese)$/u.exec(word);
    return this.isPlace(word) || (m !== null && this.isPlaceOfStem(m[1]!));
  }

  /** Whether WordNet names one place (an instance: Kenya) by the word. */
  private isPlace(word: string): boolean {
    return this.wordnet?.nounKinds(word, 1)[0] === 'instance';
  }

  /** Whether the stem of a people's word names their place ("keny" → Kenya, "hait" → Haiti). */
  private isPlaceOfStem(stem: string): boolean {
    return [stem, `${stem}a`, `${stem}i`].some((p) => this.isPlace(p));
  }

  /** Whether the word is a common noun ("council", "police"), not a name ("Ruto", "Port-au-Prince"). */
  private isCommonNoun(word: string): boolean {
    const kind = this.wordnet?.nounKinds(lemmaOf(word), 1)[0];
    return kind !== undefined && kind !== 'instance';
  }

  /**
   * "Haitians" are the people of Haiti: a plural whose singular names a
   * place's people (Haiti → Haitian, Kenya → Kenyan) is also said by
   * "people" ("hope to the people of the Caribbean nation").
   */
  private peopleOfPlace(word: string): Alternative[] {
    const m = word.endsWith('ans') || word.endsWith('ese') ? /^(\p{L}{3,}?)(?:ians|ans|ese)$/u.exec(word) : null;
    if (!m || !this.wordnet || !this.index.df.has(termOf('people'))) return [];
    return this.isPlaceOfStem(m[1]!) ? [{ terms: [termOf('people')], weight: RELATED_WEIGHT }] : [];
  }

  /**
   * The people the knowledge names with a title ("President William Ruto"), as
   * looser words for the title ("why did the president travel" → "Ruto had
   * visited"). None when the question names one of them itself.
   */
  private namesForTitle(term: string, questionTerms: Array<string | undefined>): Alternative[] {
    const names = [...(this.titles().byTitle.get(term) ?? [])];
    if (names.some((n) => questionTerms.includes(n))) return [];
    const main = this.mainNameFor(term)[0];
    return names.map((n) => ({ terms: [n], weight: RELATED_WEIGHT, loose: true, ...(n === main ? { referent: true } : {}) }));
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
      const group = this.aliases.groupOf(t);
      return group === undefined ? [[t]] : this.aliases.forms(group);
    });
    return forms.map((f) => ({ terms: f, weight: RELATED_WEIGHT, loose: true }));
  }

  /** Whether the concept's head noun names a person or a body ("the prime minister", "the council"), which has a name. */
  private namesSomeone(c: Concept): boolean {
    const kind = this.kindOf(c.label.split(' ').pop()!);
    return kind !== undefined && NAMED_KINDS.has(kind);
  }

  /** Whether the word at i follows "the", "this" or "that", with at most two describing words between ("the big man"). */
  private spokenOf(ws: readonly string[], i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (DEFINITE_RE.test(ws[k]!)) return true;
      if (STOP_WORDS.has(ws[k]!)) return false;
    }
    return false;
  }

  /** The words the passages write with a capital inside a sentence ("Haiti", "Kenya"): names, however a question types them. */
  private knownNames(): Set<string> {
    this.passageNames ??= new Set(this.index.passages.flatMap((p) => [...namesIn(p.text)]));
    return this.passageNames;
  }

  /** The names of two words ("New York") whose words the passages write nowhere else, first word to second, worked out once. */
  private boundNames(): Map<string, string> {
    if (!this.boundPairs) {
      const names = this.knownNames();
      const count = new Map<string, number>();
      const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
      for (const p of this.index.passages) {
        const ws = words(p.text);
        ws.forEach((w, k) => {
          add(w);
          if (k + 1 < ws.length) add(`${w} ${ws[k + 1]}`);
        });
      }
      this.boundPairs = new Map();
      for (const [key, n] of count) {
        const [a, b] = key.split(' ');
        if (b === undefined) continue;
        // Not words of an alias's long form ("General Assembly"): the alias reads them.
        const inAlias = [a!, b].some((w) => this.aliases.longFormTerms().has(termOf(w)));
        if (!inAlias && names.has(a!) && names.has(b) && !STOP_WORDS.has(a!) && !STOP_WORDS.has(b) && count.get(a!) === n && count.get(b) === n) this.boundPairs.set(a!, b);
      }
    }
    return this.boundPairs;
  }

  /** The name a title precedes at least twice as often as any other ("President Ruto" against "President Le Leblanc"), if any. */
  private mainNameFor(title: string): string[] {
    const main = this.titles().main.get(title);
    return main === undefined ? [] : [main];
  }

  /**
   * Titles and the names they precede in the passages ("President William Ruto"), both ways, and the name each
   * title precedes at least twice as often as any other (see `mainNameFor`), worked out once.
   */
  private titles(): { byTitle: Map<string, Set<string>>; byName: Map<string, Set<string>>; main: Map<string, string> } {
    if (!this.titled) {
      const counts = new Map<string, Map<string, number>>();
      const byName = new Map<string, Set<string>>();
      for (const p of this.index.passages) {
        for (const m of p.text.matchAll(TITLED_NAME_RE)) {
          const title = termOf(normalize(m[1]!).split(' ').pop()!);
          const name = termOf(normalize(m[2]!).split(/\s+/).pop()!);
          const names = counts.get(title) ?? new Map<string, number>();
          counts.set(title, names.set(name, (names.get(name) ?? 0) + 1));
          byName.set(name, (byName.get(name) ?? new Set()).add(title));
        }
      }
      const byTitle = new Map<string, Set<string>>();
      const main = new Map<string, string>();
      for (const [title, names] of counts) {
        byTitle.set(title, new Set(names.keys()));
        const [first, second] = [...names].sort((a, b) => b[1] - a[1]);
        if (first![1] >= 2 * (second?.[1] ?? 0)) main.set(title, first![0]);
      }
      this.titled = { byTitle, byName, main };
    }
    return this.titled;
  }

  /** A typo correction, else WordNet synonyms, for a word no passage contains (remembered per word). */
  private variants(word: string): Alternative[] {
    return remembered(this.variantCache, word, () => this.findVariants(word));
  }

  private findVariants(word: string): Alternative[] {
    if (!/^\p{L}[\p{L}-]{2,}$/u.test(word)) return [];
    const out: Alternative[] = [];
    const known = this.wordnet?.has(word) || this.wordnet?.has(lemmaOf(word)) || this.wordnet?.has(positiveOf(word));
    if (!known && word.length >= 4) {
      const maxDistance = word.length >= 8 ? 2 : 1;
      let bestWord: string | undefined;
      let bestKey: [number, number] = [Infinity, 0];
      // Against the words as written and their base forms ("aprove" is one letter from "approve", two from "approved").
      for (const map of [this.index.vocabulary, this.lemmaVocabulary()]) {
        for (const [w, [count, distance]] of map.fuzzyGet(word, maxDistance)) {
          if (distance < bestKey[0] || (distance === bestKey[0] && count > bestKey[1])) {
            bestWord = w;
            bestKey = [distance, count];
          }
        }
      }
      // Two letters swapped ("frist") is one slip, though two edits apart.
      bestWord ??= swaps(word).find((w) => this.index.vocabulary.has(w));
      if (bestWord !== undefined) out.push(...wordTerms(bestWord).slice(0, 1).map((t) => ({ terms: [t], weight: TYPO_WEIGHT })));
    }
    if (out.length === 0 && this.wordnet) {
      // The first (most common) sense of a word is trusted as lexical evidence;
      // rarer senses only help ranking (die → "go", date → "engage" are senses too).
      // The plain adjective of an irregular comparative only ranks ("best" is not "well"); a regular one is the
      // word's own ("quieter" is "quiet", whose first sense is "calm").
      // An irregular verb form is read as its verb only: "sat" is "sit", not the "Sat" of Saturday.
      // "Policemen" is the plural of "policeman", which the lemmatizer does not know.
      const singular = word.endsWith('men') && lemmaOf(word) === word ? `${word.slice(0, -3)}man` : undefined;
      const base = singular !== undefined && this.wordnet.has(singular) ? singular : lemmaOf(word);
      const positive = positiveOf(word);
      const regular = positive !== word && word.startsWith(positive.replace(/[ye]$/u, ''));
      const forms = base !== word && !word.startsWith(base) ? [base] : regular ? [word, positive] : [word, base];
      const first = new Set(forms.flatMap((l) => this.wordnet!.synonyms(l, 1)));
      const lemmas = new Set([...forms, ...(positive !== word ? [positive] : [])]);
      for (const lemma of lemmas) {
        for (const synonym of this.wordnet.synonyms(lemma)) {
          // A phrasal verb is not its verb: "lead off" (begin) would match "Kenyan-led".
          if (synonym.split(' ').some((w) => PARTICLES.has(w))) continue;
          // A synonym that is an alias phrase is said by the alias's forms ("go-ahead" → green light → approval).
          const viaAlias = this.aliasForms(synonym).filter((f) => f.every((x) => this.index.df.has(x)));
          if (viaAlias.length > 0 && first.has(synonym)) {
            for (const f of viaAlias) out.push({ terms: f, weight: SYNONYM_WEIGHT });
            continue;
          }
          const t = terms(synonym);
          // A light verb says too little to stand for another word ("die" is a sense of "go").
          if (t.length === 0 || !t.every((x) => this.index.df.has(x) && !LIGHT_VERBS.has(x))) continue;
          // A rarer sense that the vectors confirm is a looser word (quiet → calm); otherwise it only ranks.
          if (first.has(synonym)) out.push({ terms: t, weight: SYNONYM_WEIGHT });
          else if (this.meaning && this.meaning.similarity(lemma, synonym) >= RELATED_MIN) out.push({ terms: t, weight: RELATED_WEIGHT, loose: true });
          else out.push({ terms: t, weight: SYNONYM_WEIGHT, soft: true });
        }
      }
      if (this.meaning) out.push(...this.relatedWords(word, lemmas));
    }
    return out;
  }

  /** A word as an alternative at full weight, when the knowledge has it. */
  private presentForms(word: string): Alternative[] {
    const t = terms(word);
    return t.length > 0 && t.every((x) => this.index.df.has(x)) ? [{ terms: t, weight: 1 }] : [];
  }

  /** The forms of the alias group a phrase is written as, or none. */
  private aliasForms(phrase: string): string[][] {
    const group = this.aliases.groupWritten(phrase);
    return group === undefined ? [] : this.aliases.forms(group);
  }

  /**
   * For a word the knowledge has: the one-word synonyms of its commonest
   * sense that the knowledge also has, at half weight ("help" is also said
   * by "assist", "world" by "global").
   */
  private synonymsOfPresent(word: string, own: string[]): Alternative[] {
    const wordnet = this.wordnet;
    if (!wordnet || !/^\p{Ll}{3,}$/u.test(word) || LIGHT_VERBS.has(own[0]!)) return [];
    return remembered(this.presentSynonymCache, word, () => {
      const out: Alternative[] = [];
      for (const synonym of new Set([word, lemmaOf(word)].flatMap((l) => wordnet.synonyms(l, 1)))) {
        const t = synonym.includes(' ') ? [] : terms(synonym);
        if (t.length === 1 && !own.includes(t[0]!) && this.index.df.has(t[0]!) && !LIGHT_VERBS.has(t[0]!)) out.push({ terms: t, weight: PRESENT_SYNONYM_WEIGHT });
      }
      return out;
    });
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
      for (const related of this.wordnet!.related(lemma, RELATED_SENSES)) {
        // One word, in the knowledge as that word (not merely the same stem: office is not officer).
        if (related.includes(' ') || !this.hasWord(related)) continue;
        const t = terms(related);
        const key = t.join(' ');
        if (t.length === 0 || seen.has(key) || !t.every((x) => this.index.df.has(x) && !LIGHT_VERBS.has(x))) continue;
        seen.add(key);
        if (this.wordnet!.senseCount(related) > MAX_RELATED_SENSES) continue;
        if (this.knowledgeForms(related).some((form) => this.meaning!.similarity(word, form) >= RELATED_MIN)) out.push({ terms: t, weight: RELATED_WEIGHT, loose: true });
      }
    }
    return out;
  }

  /** The words of the aliases' names of two or more words, with their terms and lemmas (see `concepts`), worked out once. */
  private nameWordForms(): { words: ReadonlySet<string>; terms: ReadonlySet<string>; lemmas: ReadonlySet<string> } {
    if (!this.nameForms) {
      const words = this.aliases.nameWords();
      this.nameForms = { words, terms: new Set([...words].map(termOf)), lemmas: new Set([...words].map(lemmaOf)) };
    }
    return this.nameForms;
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
    return remembered(this.phrasalCache, `${ws[i]} ${particle}`, () => this.findPhrasalVerb(ws[i]!, particle));
  }

  private findPhrasalVerb(word: string, particle: string): Alternative[] | undefined {
    if (!this.wordnet) return undefined;
    const verb = termOf(word);
    if (this.index.df.has(verb)) return undefined;
    const phrase = `${lemmaOf(word)} ${particle}`;
    if (!this.wordnet.has(phrase)) return undefined;
    const out: Alternative[] = [{ terms: [verb], weight: 1 }];
    const add = (form: string, weight: number) => {
      const t = terms(form);
      if (t.length > 0 && t.every((x) => this.index.df.has(x) && !LIGHT_VERBS.has(x))) out.push({ terms: t, weight, loose: true });
    };
    for (const synonym of this.wordnet.synonyms(phrase)) add(synonym, SYNONYM_WEIGHT);
    // A phrasal verb is mostly a homely way of saying its plainer verb: "drop in" is to visit.
    for (const broader of this.wordnet.broader(phrase)) if (this.wordnet.senseCount(broader) <= MAX_RELATED_SENSES) add(broader, RELATED_WEIGHT);
    return out.length > 1 ? out : undefined;
  }

  /** Whether no dictionary at hand knows the word (it needs WordNet and the vectors to tell). */
  private isUnknownWord(word: string): boolean {
    const { wordnet, meaning } = this;
    if (!wordnet || !meaning || !/^\p{L}+$/u.test(word)) return false;
    return remembered(this.unknownWords, word, () => !wordnet.has(word) && !wordnet.has(lemmaOf(word)) && !meaning.vectors.has(word));
  }

  /** Whether the knowledge uses the word, or (for a base form) any inflection of it. */
  private hasWord(word: string): boolean {
    if (this.index.vocabulary.has(word)) return true;
    return lemmaOf(word) === word && this.lemmaVocabulary().has(word);
  }

  /** The word as the knowledge writes it: itself, and its inflections there (commend → commended). */
  private knowledgeForms(word: string): string[] {
    const out = [word];
    for (const [w] of this.index.vocabulary.atPrefix(word.slice(0, -1))) {
      if (w !== word && out.length < 5 && lemmaOf(w) === word) out.push(w);
    }
    return out;
  }

  /** Base forms of the knowledge's words, with how often they occur (worked out when first needed). */
  private lemmaVocabulary(): SearchableMap<number> {
    if (!this.vocabularyLemmas) {
      this.vocabularyLemmas = new SearchableMap<number>();
      // Both spellings: the British fold is a guess that "praise" (→ "praize") gets wrong.
      for (const [w, count] of this.index.vocabulary) {
        for (const lemma of new Set([lemmaOf(w), lemmaOf(americanOf(w))])) this.vocabularyLemmas.set(lemma, (this.vocabularyLemmas.get(lemma) ?? 0) + count);
      }
    }
    return this.vocabularyLemmas;
  }

  /**
   * The knowledge's words nearest in meaning to a word no passage has, as
   * extra first-stage query terms; they count only as soft matches.
   */
  private expansion(word: string): Alternative[] {
    return this.meaning!.nearest(word).map((n) => ({ terms: [termOf(n.word)], weight: SOFT_WEIGHT * n.similarity, soft: true }));
  }

  private concept(label: string, alternatives: Alternative[]): Concept {
    return { label, alternatives, idf: idfOf(alternatives, (t) => this.index.df.get(t) ?? 0, this.index.passages.length) };
  }
}

/** Words for acting alone, and for acting with others. */
const ALONE = String.raw`(?:alone|solo|on (?:its|their|his|her|our|my) own|by (?:themselves|itself|himself|herself)|independently|unilaterally)`;
const ALONGSIDE = String.raw`(?:(?:(?:together|jointly|along|team(?:s|ed|ing)?\s+up|partner(?:s|ed|ing)?)\s+)?(?:with|w\/|w)|alongside|together|jointly|pamoja na)`;
/** "Alone (in Haiti) or with the Haitian police?", "with local cops or on their own?", "solo or teaming up with them": whether they work alongside them. */
const ALONE_OR_WITH_RE = new RegExp(String.raw`\b${ALONE}((?:\s+[\p{L}'’-]+){0,3}?)\s*,?\s+or\s+${ALONGSIDE}(?![\p{L}\/])|\b${ALONGSIDE}\s+((?:[\p{L}'’-]+\s+){1,4}?)or\s+${ALONE}\b`, 'giu');

/** The options the asker offers, ending a sentence: "…, Twitter or Facebook?", "Sat or Sun?", "a press conference or social media?". */
const OPTIONS_RE = /(?<![\p{L}'’-])((?:[\p{L}'’-]+ )?[\p{L}'’-]+),? or (?:(?:the|a|an|his|her|their|on|in|at|by|with) )?((?:[\p{L}'’-]+ )?[\p{L}'’-]+)\s*(?:[?!.]|$)/gu;

/** Words that offer no option of their own: "the council or others", "with the police or solo". */
const NO_OPTION_RE = /^(?:others?|else|any(?:one|body|thing)|some(?:one|body|thing)|every(?:one|body|thing)|alone|solo|both|all|none|not|more|less|too|also)$/u;

/**
 * The asker's options as one concept ("…, Twitter or Facebook?"): a passage saying either answers,
 * weighing as the commoner does. Not frame words, not two words the knowledge has neither of
 * ("French or Kreyòl?": what is asked about, which no passage says).
 */
function withOptions(concepts: Concept[], question: string, known: (c: Concept) => boolean, compound: (phrase: string) => boolean): Concept[] {
  let out = concepts;
  /** The concepts of an option: one word, or two that make one concept ("social media") or a compound ("press conference"). */
  const option = (words: string[]): Concept[] | undefined => {
    const phrase = words.join(' ');
    const whole = out.find((c) => c.label === phrase);
    if (whole) return [whole];
    const each = words.map((w) => out.find((c) => c.label === w));
    return each.every((c) => c !== undefined) && (words.length === 1 || compound(phrase)) ? (each as Concept[]) : undefined;
  };
  for (const m of question.matchAll(OPTIONS_RE)) {
    const [before, after] = [m[1]!.split(' '), m[2]!.split(' ')];
    const b = option(after);
    const a = (after.length === 2 && before.length === 2 ? option(before) : undefined) ?? option(before.slice(-1));
    if (!a || !b) continue;
    const options = [...a, ...b];
    if (new Set(options).size < options.length || options.some((c) => c.frame || NO_OPTION_RE.test(c.label)) || !options.some(known)) continue;
    // An option is said by a passage holding all its words, and is as rare as its rarest word.
    const said = (side: Concept[]): Alternative[] => (side.length === 1 ? side[0]!.alternatives : [{ terms: side.flatMap((c) => c.alternatives[0]!.terms), weight: 1 }]);
    const rarity = (side: Concept[]) => Math.max(...side.map((c) => c.idf));
    const merged: Concept = { ...options[0]!, label: [a, b].map((side) => side.map((c) => c.label).join(' ')).join(' or '), alternatives: [...said(a), ...said(b)], idf: Math.min(rarity(a), rarity(b)) };
    out = out.flatMap((c) => (c === options[0] ? [merged] : options.includes(c) ? [] : [c]));
  }
  return out;
}

/**
 * The IDF of a concept among `passages` passages with the given document frequencies: that of its
 * commonest word or phrase (looser words and those found by meaning left out).
 */
export function idfOf(alternatives: readonly Alternative[], df: (term: string) => number, passages: number): number {
  let most = 0;
  for (const a of alternatives) {
    if (a.soft || a.loose) continue;
    let least = Infinity;
    for (const t of a.terms) least = Math.min(least, df(t));
    most = Math.max(most, least);
  }
  return Math.log(1 + (passages - most + 0.5) / (most + 0.5));
}

/**
 * The question with its set phrases said in one word or none: "day of the
 * week" → weekday, "anything good to say about" → praise, "the point of" →
 * purpose, "is it working" → outcome, "does Ruto think" → does Ruto,
 * "apart from" → besides, "according to" → nothing.
 */
function rephrased(question: string): string {
  // "What are they working on" is work; "is it working or not? What did he say?" asks how it turns out: the sentence decides.
  // A "when" opening a clause ("working when he visited") asks nothing.
  const outcome = (m: string, at: number) => (/^(?:going|doing)/iu.test(m) || !WH_RE.test(sentenceAt(question, at).replace(/\bwhen\s+(?:he|she|they|it|we)\b/giu, '')) ? 'outcome' : m);
  return question
    .replace(WEEKDAY_QUESTION_RE, 'weekday')
    .replace(LONE_AT_RE, ' handle ')
    .replace(ACCOUNT_NAME_RE, 'handle')
    .replace(PLATFORM_NAME_RE, (_, platform: string) => (/^screen$/iu.test(platform) ? 'handle' : `${platform} handle`))
    .replace(TIME_OF_DAY_RE, ' ')
    .replace(COUNSEL_GIVEN_RE, 'advice')
    .replace(PRAISE_RE, 'praise')
    .replace(OPINION_RE, '$1')
    .replace(PURPOSE_RE, 'purpose')
    .replace(REQUEST_RE, 'urge')
    .replace(TELL_LEADERS_RE, 'urge')
    .replace(WANT_SOMEONE_TO_RE, 'urge')
    .replace(GO_AND_SEE_RE, (_m, place: string | undefined) => (place ? `visit ${place}` : 'visit'))
    .replace(BEING_THERE_RE, 'visit')
    .replace(BACK_UP_RE, 'support')
    .replace(GIVE_A_HAND_RE, 'help')
    .replace(FIRST_CONTINGENT_RE, '$1 group')
    .replace(PUT_OUT_RE, 'post')
    .replace(ARRIVED_RE, '$1 visit')
    .replace(BEING_IN_RE, (m, asked: string | undefined, told: string | undefined) => (TIME_OR_PLACE_QUESTION_RE.test(normalize(question)) || /\bdate\b/iu.test(question) ? `${asked ?? told} visit ` : m))
    .replace(PUSH_FOR_RE, 'call for')
    .replace(SIT_DOWN_WITH_RE, 'engaged')
    .replace(BRING_BACK_RE, 'restore')
    .replace(TO_COURT_RE, (_, sued?: string) => `sued ${sued ?? ''}`)
    .replace(COURT_STOPPED_RE, '$1block')
    .replace(AGAINST_CONSTITUTION_RE, 'unconstitutional')
    .replace(SAY_YES_TO_RE, 'approve')
    .replace(OUTCOME_QUESTION_RE, outcome)
    .replace(MEANT_TO_RE, '$1')
    .replace(JOB_RE, 'aim')
    .replace(LACK_RE, 'had no')
    .replace(TIME_WINDOW_RE, 'how much time')
    .replace(HOW_LONG_RE, (m) => (TIME_SPAN_QUESTION_RE.test(normalize(question)) ? 'how' : m))
    .replace(TIME_LEFT_RE, (m) => (DURATION_QUESTION_RE.test(normalize(question)) ? '' : m))
    .replace(META_RE, ' ')
    .replace(FUNCTION_PHRASES_RE, ' ')
    .replace(NOW_RE, ' ')
    .replace(PRESENT_RE, '$1 current ')
    .replace(ALONE_OR_WITH_RE, (_m, where?: string, them?: string) => `alongside ${them ?? ''}${where ?? ''}`)
    .replace(BESIDES_RE, 'besides')
    .replace(OTHER_PEOPLE_RE, 'besides')
    .replace(KEEPS_RE, (_m, doing: string) => lemmaOf(doing.toLowerCase()))
    .replace(OUTSIDE_HELP_RE, 'mission')
    .replace(WHATS_WRONG_RE, 'what problems')
    .replace(DEGREE_RE, '')
    .replace(RATHER_RE, '')
    .replace(WORLD_STAGE_RE, 'globally')
    .replace(ANYBODY_RE, '')
    .replace(SET_OUT_RE, (m) => (/\b(?:first|initial|earliest)\b(?!\s+place\b)/iu.test(question) && !/\b(?:will|next|going to|gonna)\b/iu.test(question) ? 'leave' : m))
    .replace(GET_TOGETHER_RE, 'gathering')
    .replace(BOTHER_RE, (m) => (/\bwhy\b/iu.test(question) ? '' : m))
    .replace(SPLIT_PARTICLE_RE, '$1 $3 $2');
}

/** "Who is the commander of…", "who was the main leader in…": the role a person is asked for (see `Concept.role`). */
const WHO_IS_RE = /\bwho(?:(?:\s+(?:is|was)|'s|’s|s)(?:\s+(?:serving|acting)\s+as)?\s+(?:the|a|an|[\p{L}-]+['’]s)|\s+the)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=(?:\s+(?:actually|really|currently|presently|now|exactly|precisely))?(?:\s+(?:of|in|at|on|for|from|with|alongside|under|during|behind|who|whom|that|when|while|during|before|after|leading|heading|running|he|she|they|we|you|i)\b|\s*[?.!,]?\s*$))/giu;

/** What ends the noun phrase after "which": a verb, an article, a preposition. */
const NOUN_PHRASE_END_RE = /^(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should|the|a|an|of|in|on|at|to|for|from|by|with|that|this|who|\p{L}+ed|\p{L}+ly)$/u;

/** The words of the noun phrase after "which" or "what" ("which Kenyan court judge sent" → kenyan, court, judge; "which nation's judiciary" → nation). */
function askedNouns(question: string): string[] {
  const out: string[] = [];
  for (const m of normalize(question).matchAll(/\b(?:which|what)\s+((?:[\p{L}'’/-]+\s*){1,4})/gu)) {
    for (const w of m[1]!.trim().split(/[\s/]+/u)) {
      // A verb ends it, regular ("delivered") or not ("sent", "gave": a lemma that is no start of the word).
      if (NOUN_PHRASE_END_RE.test(w) || !w.startsWith(lemmaOf(w))) break;
      const possessive = /['’]s?$/u.test(w);
      out.push(w.replace(/['’]s?$/u, ''));
      if (possessive) break;
    }
  }
  return out;
}

/** How many entries a per-word cache keeps before it starts again. */
const CACHE_LIMIT = 10_000;

/** The value worked out for a key, remembered in a bounded cache. */
function remembered<K, V>(cache: Map<K, V>, key: K, work: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = work();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The word with two neighbouring letters swapped, each way it can be. */
function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** The sentence of a text that holds offset `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...['?', '.', '!'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['?', '.', '!'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** Words of four letters or more written with a capital, not in capitals, inside a sentence: names more surely than {@link namesIn}'s. */
function properNamesIn(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)) {
    const before = question.slice(0, m.index);
    const after = question.slice(m.index + m[0].length);
    // Not the first word of a sentence, nor a month or a day (dates are read as dates), nor one of the asker's options ("June or July").
    if (!/[\p{L},]\s+$/u.test(before) || CALENDAR_RE.test(m[0]) || /\bor\s+(?:\p{L}+\s+)?$/iu.test(before) || /^\s+or\b/iu.test(after)) continue;
    // Not a word of a longer name, unless after a title ("National Police Service", "East African"; "President Biden" is one).
    const previous = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before)?.[1];
    if ((previous !== undefined && !TITLE_WORDS.has(previous.toLowerCase())) || /^\s+\p{Lu}/u.test(after)) continue;
    // Nor a people's adjective before a noun ("the African president"): it qualifies, and may well be said otherwise.
    if (/(?:an|ese|ish)$/u.test(m[0]) && /^\s+\p{Ll}/u.test(after)) continue;
    out.add(normalize(m[0]));
  }
  return out;
}
const CALENDAR_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const TITLE_WORDS = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'prime', 'minister', 'general', 'sir', 'madam', 'king', 'queen', 'senator', 'secretary']);

/** Words written with a capital inside the question (names): they never match by meaning. */
function namesIn(question: string): Set<string> {
  const out = new Set<string>();
  const raw = question.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  raw.forEach((w, i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) out.add(normalize(w));
  });
  return out;
}
