import lemmatizer from 'wink-lemmatizer';
import { stemmer } from 'stemmer';
import { DUTCH_DAN_RE, DUTCH_WORDS } from './dutch.js';
import { GERMAN_WORDS, withGermanCompounds } from './german.js';
import { KREYOL_WORDS } from './kreyol.js';
import { PIDGIN_WORDS } from './pidgin.js';
import { TAGALOG_CONTEXT_RE, TAGALOG_CONTEXT_WORDS, TAGALOG_OR_NOT_RE, TAGALOG_PEOPLE_OF_RE, TAGALOG_PREFIX_RE, TAGALOG_REDUPLICATION_RE, TAGALOG_VERB_FIRST_RE, TAGALOG_WORDS, progressive, tagalogVerb, verbFirst } from './tagalog.js';
import { URDU_CONTEXT_RE, URDU_CONTEXT_WORDS, URDU_KE_RE, URDU_WORDS } from './urdu.js';
import { WOLOF_WORDS } from './wolof.js';
import { LUO_WORDS } from './luo.js';
import { SOMALI_WORDS } from './somali.js';
import { AMHARIC_WORDS } from './amharic.js';
import { HANGUL_RE, KOREAN_PARTICLE_RE, KOREAN_WORDS, hangulWord } from './korean.js';
import { ARABIZI_PHRASES, ARABIZI_WORDS, isArabizi } from './arabizi.js';
import { isScots, SCOTS_PHRASES, SCOTS_WORDS } from './scots.js';
import { INDONESIAN_CONTEXT_RE, INDONESIAN_CONTEXT_WORDS, INDONESIAN_PHRASES, INDONESIAN_SUFFIXED_RE, withoutIndonesianSuffix } from './indonesian.js';
import { ITALIAN_ELIDED, ITALIAN_ELISION_RE, ITALIAN_WORDS, ROMANCE_WORDS, SPANISH_CONTEXT_RE, SPANISH_CONTEXT_WORDS, UNACCENTED_ITALIAN_WORDS, UNACCENTED_ROMANCE_WORDS } from './romance.js';
import { HYPHENED_PREFIX_RE, POSTPOSED_QUESTION_RE, SWAHILI_ASKER_RE, SWAHILI_WORDS, swahiliVerb } from './swahili.js';

/**
 * Words that carry no meaning of their own in a question or a passage. Kept
 * short on purpose: words such as "first", "more", "last" and "not" decide
 * answers here, so they are not stop words. Contractions typed without their
 * apostrophe ("whats") and words that only colour a question ("actually")
 * are stop words too.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be been before being below between both but by
  can could did do does doing done down during each few for from further had has have having he her here hers herself
  him himself his i if in into is it its itself just me my myself no nor of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who whom whose why
  will with would you your yours yourself yourselves how many much s t don tell know please say says said saying mention mentioned mentions also whether
  ever get got let lets shall may might must thing things anything something kind cite cites cited citing
  whats whos wheres whens hows whys thats theres heres dont doesnt didnt isnt arent wasnt werent cant couldnt wont
  isn aren wasn weren doesn didn hasn haven couldn wouldn shouldn im ive youre youve theyre theyve weve hes shes because etc
  actually really anything anyone someone everything everyone basically exactly currently
  even anyway literally honestly seriously truly apparently supposedly originally per actual like
  towards toward upon onto via within among amongst amid amidst across along around`
    .split(/\s+/)
    .filter(Boolean),
);

/** ASCII but the backtick, which reads as an apostrophe. */
const ASCII_RE = /^[\x00-\x5f\x61-\x7f]*$/u;
const ZERO_WIDTH_RE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/gu;

/**
 * Normalises text for matching: Unicode compatibility forms, typographic quotes
 * and dashes to ASCII, zero-width and direction marks removed, lower case.
 */
export function normalize(text: string): string {
  // Plain ASCII has no compatibility forms, typographic marks or invisible characters: most questions are.
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH_RE, '')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .toLowerCase();
}

/**
 * Words of a text as typed, in order: letters and digits with inner hyphens and
 * apostrophes (`port-au-prince`, `ruto's`), numbers with separators (`2,699`,
 * `24.5`), and social-media handles (`@williamsruto`).
 */
const WORD_RE = /@?[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu;

/** What a word may carry besides letters and hyphens: an apostrophe, a point, a comma or a digit. */
const ADORNED_RE = /['.,\p{N}]/u;

/** Splits text into normalised words (see {@link WORD_RE}). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD_RE)) {
    let w = m[0];
    // Most words are letters alone, with nothing below to take off or split.
    if (!ADORNED_RE.test(w)) {
      out.push(w);
      continue;
    }
    // Possessive 's and trailing apostrophes carry nothing: "ruto's" is "ruto".
    w = w.replace(/'s$/u, '').replace(/'$/u, '');
    // An ordinal day is its number: "the 21st" meets "September 21".
    w = w.replace(/^(\d{1,4})(?:st|nd|rd|th)$/u, '$1');
    // "2,699" and "10,000" are numbers; "24.5" keeps its point; "u.n." loses its dots.
    // "pic.twitter.com" is three words; "u.n." is one.
    const parts = w.split(/[.,]/u).filter(Boolean);
    if (/^\d{1,3}(?:,\d{3})+$/u.test(w)) w = w.replace(/,/gu, '');
    else if (/^\d+\.\d+$/u.test(w)) {
      // A decimal number keeps its point.
    } else if (parts.length > 1 && parts.some((p) => p.length > 1)) {
      out.push(...parts.filter((p) => !/^\d{13,}$/u.test(p)));
      continue;
    } else w = parts.join('');
    // Digit runs longer than any count or date are identifiers (ids, phone numbers), not words.
    if (w !== '' && !/^\d{13,}$/u.test(w)) out.push(w);
  }
  return out;
}

/**
 * The search terms one word stands for: the word's term itself, and for a
 * hyphenated word also its joined form and parts, so `Port-au-Prince`,
 * `Port au Prince` and `PortauPrince` meet. Handles keep their `@` form and
 * add the bare name.
 */
export function wordTerms(word: string): string[] {
  if (word.startsWith('@')) return [word, termOf(word.slice(1))];
  if (!word.includes('-') && !word.includes("'")) return STOP_WORDS.has(word) ? [] : [termOf(word)];
  const joined = word.replace(/['-]/gu, '');
  if (STOP_WORDS.has(joined)) return [];
  const parts = word.split(/['-]/u).filter((p) => p !== '' && !STOP_WORDS.has(p));
  return [termOf(joined), ...parts.map(termOf)];
}

const termCache = new Map<string, string>();
const TERM_CACHE_LIMIT = 50_000;

/**
 * The index term of one normalised word: British spellings folded to American
 * (authorised/authorized), irregular forms to their lemma (met → meet,
 * led → lead, officers → officer) with wink-lemmatizer, then the Porter stem.
 */
export function termOf(word: string): string {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const w = /^\p{L}+$/u.test(word) ? stemOf(lemmaOf(americanOf(word))) : word;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, w);
  return w;
}

/** Words whose final s is their own, not a plural's: the Porter stem would make "news" the "new" of "New York". */
const OWN_FINAL_S = new Set(['news', 'series', 'species']);
/** Stems kept apart from the Porter stem they share: the authority to act is no authorisation ("author"). */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([['authority', 'authoriti']]);

function stemOf(lemma: string): string {
  return OWN_FINAL_S.has(lemma) ? lemma : (OWN_STEMS.get(lemma) ?? stemmer(lemma));
}

/** A British spelling in its American form (authorised → authorized, honour → honor); other words unchanged. */
export function americanOf(word: string): string {
  return word.length >= 6 ? word.replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1').replace(/our(s?)$/u, 'or$1') : word;
}

/** Nouns the lemmatizer reads as a verb's past ("ground" of grind): "on what ground" is no grinding. */
const NOUNS_NOT_VERB_FORMS = new Set(['ground']);

/**
 * The base form of a word: its verb lemma (met → meet), else its noun lemma
 * (officers → officer). A one-syllable base left bare by the lemmatizer gets
 * its silent e back when the consonant was not doubled: hoping → hope (hopping → hop).
 */
export function lemmaOf(word: string): string {
  if (NOUNS_NOT_VERB_FORMS.has(word)) return word;
  const verb = lemmatizer.verb(word);
  // "Readied": the lemmatizer knows "readies" but not every past in -ied.
  if (verb === word && /\p{L}{2}ied$/u.test(word) && lemmatizer.verb(`${word.slice(0, -3)}ies`) === `${word.slice(0, -3)}y`) return `${word.slice(0, -3)}y`;
  const bare = /^([^aeiou]*[aeiou][^aeiouwxy])(?:ing|ed)$/u.exec(word);
  if (bare && verb === bare[1]) return `${verb}e`;
  return verb !== word ? verb : lemmatizer.noun(word);
}

/** The plain form of a comparative or superlative adjective (quieter → quiet, better → good), or the word. */
export function positiveOf(word: string): string {
  return lemmatizer.adjective(word);
}

/** An acronym joined to the word it qualifies ("UN-backed", "UNSC-authorised", "US-led"): the two words, each known apart. */
const ACRONYM_COMPOUND_RE = /\b(\p{Lu}{2,5})-(?=\p{Ll}{3,})/gu;

/** Chat shorthand for the words it stands for ("wat r u", "govt"): read before anything else in a question. */
const SHORTHAND: Readonly<Record<string, string>> = {
  // A question word run into its "is" ("whos the president", "whats the date").
  whats: 'what is', whos: 'who is', wheres: 'where is', whens: 'when is', hows: 'how is', whys: 'why is',
  w: 'with', y: 'why', wk: 'week', wks: 'weeks', r: 'are', u: 'you', ur: 'your', n: 'and', wat: 'what', wot: 'what', wut: 'what', wich: 'which', whitch: 'which', wher: 'where', wen: 'when', whn: 'when', hw: 'how',
  mtg: 'meeting', fb: 'facebook', insta: 'instagram', 'acc to': 'according to', acc: 'account', acct: 'account', 'w/': 'with', "add'l": 'additional', 'add’l': 'additional', yr: 'year', yrs: 'years', mth: 'month', mths: 'months', govt: 'government', gov: 'government', ppl: 'people', pple: 'people',
  // "Dose" after a question word is a misspelt "does" ("wat dose MSS stand for").
  'what dose': 'what does', 'wat dose': 'what does', 'how dose': 'how does', 'why dose': 'why does', 'where dose': 'where does', 'when dose': 'when does', 'who dose': 'who does',
  // A voice transcript's hearing of the country's name.
  'hay tea': 'Haiti', 'hey tea': 'Haiti',
  goverment: 'government', govermment: 'government', goverments: 'governments',
  wats: 'what is', "wat's": 'what is', 'wat’s': 'what is', "wot's": 'what is', 'wot’s': 'what is', d: 'the', da: 'the', c: 'see', pls: 'please', plz: 'please', b4: 'before', abt: 'about', re: 'about', thru: 'through', rn: 'right now',
  // "A site visit" is a visit on the spot, no web site (a site is a channel: see the frame words).
  'site visit': 'visit', 'site visits': 'visits',
  // Whoever is at the head of something: "the top man on that council", "the head man of it", and "the top cop", the police chief.
  'top man': 'leader', 'top men': 'leaders', 'top cop': 'police chief', 'top cops': 'police chiefs', 'top guy': 'leader', 'top dog': 'leader', 'head man': 'leader', 'big boss': 'leader',
  // "The Haitian authorities" are the people in charge, not the authority to do something.
  authorities: 'leaders',
  // The police, by their uniform: "our boys in blue", "the men and women in blue".
  'boys and girls in blue': 'police officers', 'men and women in blue': 'police officers', 'boys in blue': 'police officers', 'men in blue': 'police officers',
  // A head of state is his forces' commander-in-chief.
  'commander-in-chief': 'president', 'commander in chief': 'president',
  // "A good name in peacemaking" is a reputation, no name asked.
  'good name': 'good reputation', 'bad name': 'bad reputation',
  // "Make the most of the calm", "capitalise on it": take advantage of it, as the news says.
  'make the most of': 'take advantage of', 'make the best of': 'take advantage of', 'capitalise on': 'take advantage of', 'capitalize on': 'take advantage of',
  // "What sort of", "which type of" ask what "what kind of" asks.
  'sort of': 'kind of', 'what type of': 'what kind of', 'which type of': 'which kind of',
  kinda: 'kind of', sorta: 'kind of', gonna: 'going to', wanna: 'want to', gotta: 'got to', outta: 'out of', tryna: 'trying to',
  lemme: 'let me', gimme: 'give me', dunno: "don't know",
  "why'd": 'why did', 'why’d': 'why did', "how'd": 'how did', 'how’d': 'how did', "where'd": 'where did', 'where’d': 'where did',
  // "He'll send", "they'd go": the pronoun and its will or would (or had), which ask nothing.
  "he'll": 'he will', 'he’ll': 'he will', "she'll": 'she will', 'she’ll': 'she will', "they'll": 'they will', 'they’ll': 'they will', "we'll": 'we will', 'we’ll': 'we will', "i'll": 'i will', 'i’ll': 'i will', "you'll": 'you will', 'you’ll': 'you will', "it'll": 'it will', 'it’ll': 'it will', "that'll": 'that will', 'that’ll': 'that will', "there'll": 'there will', 'there’ll': 'there will', "he'd": 'he would', 'he’d': 'he would', "she'd": 'she would', 'she’d': 'she would', "they'd": 'they would', 'they’d': 'they would', "we'd": 'we would', 'we’d': 'we would', "you'd": 'you would', 'you’d': 'you would', "it'd": 'it would', 'it’d': 'it would',
  "when'd": 'when did', "what'd": 'what did', "wat'd": 'what did', "who'd": 'who did', "s'posed": 'supposed', sposed: 'supposed',
  // A dropped g: "goin", "workin", "sendin".
  goin: 'going', workin: 'working', sendin: 'sending', tryin: 'trying', doin: 'doing', chattin: 'chatting', talkin: 'talking',
  sayin: 'saying', comin: 'coming', gettin: 'getting', helpin: 'helping', leavin: 'leaving', lookin: 'looking',
  // Australian English: "coppers", "pollies", "big wigs", "the arvo", "a yarn", "a pat on the back".
  coppers: 'cops', pollies: 'politicians', 'big wigs': 'leaders', bigwigs: 'leaders', arvo: 'afternoon', 'pat on the back': 'praise',
  yarn: 'talk',
  // Acting "under the authority of" a body is acting as it authorised.
  'under the authority of': 'authorised by', 'under whose authority': 'authorised by whom', 'under what authority': 'authorised by what', 'under which authority': 'authorised by which',
  // Praise in plain words: "say well done to them".
  'say well done to': 'praise', 'said well done to': 'praised', 'says well done to': 'praises',
  "ok'd": 'approved', 'ok’d': 'approved', okayed: 'approved', okd: 'approved',
  'the ok': 'the approval', 'the okay': 'the approval',
  cuz: 'because', coz: 'because', bc: 'because', bcoz: 'because', prez: 'president', pres: 'president',
  // Chat interjections say nothing of what is asked.
  lol: '', lmao: '', haha: '', smh: '', tbh: '', imo: '', btw: '', idk: '', ngl: '', fr: '', deadass: '', lowkey: '', highkey: '',
  bro: '', bruh: '', boi: '', fam: '', tho: '', though: '',
  // Young people's slang: "the og squad" (the original one), "show love to" (praise), "flexing" (boasting).
  og: 'original', 'show love': 'praise', 'shows love': 'praises', 'showed love': 'praised', 'showing love': 'praising', 'show some love': 'praise', 'showed some love': 'praised',
  flex: 'boast', flexes: 'boasts', flexed: 'boasted', flexing: 'boasting', flexin: 'boasting',
  // A little of something is that thing ("now that it is a bit quiet", "di likkle bit a peace").
  'a bit': '', 'a little bit': '', 'little bit': '', 'likkle bit': '', 'a wee bit': '', 'a little more': 'more', 'a bit more': 'more',
  // "By what way", "in what way", "by what means" ask how.
  'by what way': 'how', 'in what way': 'how', 'by what means': 'how',
  // Thanks and polite words, in the languages askers mix in ("Mèsi.", "asante", "kindly explain", "abeg").
  thanks: '', 'thank you': '', thx: '', asante: '', 'asante sana': '', merci: '', mèsi: '', mesi: '', gracias: '', kindly: '', abeg: '', sha: '',
  // Forms of address, and titles before a name ("Mr. Ruto").
  sir: '', madam: '', maam: '', mr: '', mrs: '', mister: '', excellency: '',
  // One word for the idiom's two.
  greenlight: 'green light', greenlighted: 'green light', greenlit: 'green light',
  'gas up': 'praise', 'gassed up': 'praised', 'link up': 'meet', 'linked up': 'met', 'pull up': 'go', 'pulled up': 'went', 'show up': 'go', 'showed up': 'went', 'shows up': 'goes', comms: 'communication', solo: 'alone', tf: '',
  prezzo: 'president', eta: 'arrival date', shoutout: 'praise', 'shout out': 'praise', shoutouts: 'praise', hail: 'praise',
  ...SWAHILI_WORDS,
  ...KREYOL_WORDS,
  ...TAGALOG_WORDS,
  ...URDU_WORDS,
  ...WOLOF_WORDS,
  ...LUO_WORDS,
  ...SOMALI_WORDS,
  ...AMHARIC_WORDS,
  ...KOREAN_WORDS,
  ...INDONESIAN_PHRASES,
  ...ARABIZI_PHRASES,
  ...SCOTS_PHRASES,
  ...PIDGIN_WORDS,
  // Dutch before German: a word both use keeps its German reading.
  ...DUTCH_WORDS,
  ...GERMAN_WORDS,
  ...ROMANCE_WORDS,
  ...UNACCENTED_ROMANCE_WORDS,
  ...ITALIAN_WORDS,
  ...UNACCENTED_ITALIAN_WORDS,
  // Caribbean English spellings ("wha Ruto tell de leaders dem", "wid", "pon", "fuh") and greetings.
  de: 'the', dis: 'this', dat: 'that', dem: '', wid: 'with', wha: 'what', wah: 'what', weh: 'where', pon: 'on', fuh: 'for', fa: 'for', fi: 'to', tings: 'things',
  bout: 'about', seh: 'say', 'a go': 'going', gwaan: '', allyuh: '', bey: '', likkle: 'little', inna: 'in', 'big up': 'praise', 'bigged up': 'praised', ongle: 'only', sen: 'send', guh: 'go', dung: 'down', govment: 'government', betta: 'better', nuh: 'not', waan: 'want', lef: 'left', figet: 'forget', wit: 'with', lil: 'little',
  // Lawyers' Latin and forms: "the ratio decidendi", "attend upon".
  'ratio decidendi': 'grounds', 'condition precedent': 'prior condition', 'inter alia': '', 'attend upon': 'visit',
};
/** Text-message "2" (to) and "4" (for) after a word they follow as prepositions: "want 2 follow", "according 2 ruto", "leave 4 haiti". */
const SMS_TO_RE = /(?<=\b(?:according|want|wants|wanted|going|need|needs|trying|used|able|supposed|due|plan|plans|planned|ready|allowed|have|has|had)\s)2(?=\s+\p{L})|(?<=\p{L}\s)2(?=\s+(?:do|be|go|get|send|see|c|help|make|take|come|follow|know|say|tell|meet|stop|leave|deploy|restore|support|assist|visit|push|drive|use|keep|work|fight|bring|seize)\b)/giu;
const SMS_FOR_RE = /(?<=\b(?:leave|leaves|left|leaving|headed|heading|bound|depart|departed|departing|ready|wait|waiting|praise|praised|thanks)\s)4(?=\s+\p{L})/giu;
/** A word in capitals, an acronym: "l'UNGA" is the UNGA. */
const ACRONYM_RE = /^\p{Lu}{2,}$/u;
/** A French elision ("l'ONU", "d'autres", "qu'il", "c'était"): the word after it is read when it is one this module reads. */
const ELISION_RE = /(?<![\p{L}\p{N}'’])(?:[cdjlmnst]|qu)['’](?=(\p{L}+))/giu;
/**
 * Caribbean "di" before a noun is "the" ("wha Ruto tell di Haitian leaders"); Creole "di" (say) is followed by
 * a Creole word or nothing ("sa l di sou rezilta yo?", "sa li di?").
 */
const THE_DI_RE = /(?<![\p{L}'’])di(?=\s+(?!(?:sou|ke|ki|kisa|kiyès|kiyes|kimoun|kichòy|kichoy|anyen|li|l|yo|nan|pou|ak|mwen|ou|nou|se|sa|an|la|a)\b)\p{L})/giu;
// A word on its own: not part of "re-election", "R&B", "U.S." or "don't" (a quote mark around it is no part of it: "'últimas semanas'"); the longest phrase first ("se tient" before "se").
/** A run of letters and digits: where a shorthand key may start (see `withShorthand`). */
const RUN_RE = /[\p{L}\p{N}]+/gu;
const ALNUM_RE = /[\p{L}\p{N}]/u;
/** What may not follow a key: it would be part of a longer word ("pa" in "pa-", "kan" in "kan's", "u" in "u.s"). */
const SHORTHAND_END = String.raw`(?![\p{L}\p{N}&-]|['’][\p{L}\p{N}]|\.\p{L})`;
const SHORTHAND_END_RE = new RegExp(SHORTHAND_END, 'uy');
/**
 * The keys by the run of letters they start with: the key that is the run itself, and the longer
 * ones ("y'a", "port au prince"), longest first. One regular expression of all the keys would be
 * over 20 KB, past which V8 stops optimising it (plainQuestion took twenty times longer).
 */
const SHORTHAND_BY_START = new Map<string, { word?: string; phrases: Array<{ key: string; re: RegExp }> }>();
for (const key of Object.keys(SHORTHAND).sort((a, b) => b.length - a.length)) {
  const start = /^[\p{L}\p{N}]+/u.exec(key)![0];
  const entry = SHORTHAND_BY_START.get(start) ?? { phrases: [] };
  if (key === start) entry.word = key;
  else entry.phrases.push({ key, re: new RegExp(key.replace(/ /gu, String.raw`\s+`) + SHORTHAND_END, 'iuy') });
  SHORTHAND_BY_START.set(start, entry);
}

/**
 * The text with each shorthand word or phrase (see SHORTHAND) in the English it stands for, the
 * longest first; not inside a word ("n'" of "n'importe", "u.s", "&", "-" before it). A word of `own`
 * (the question's language's own reading of it) is read so, after the phrases.
 */
function withShorthand(text: string, own: Readonly<Record<string, string>> = {}): string {
  let out = '';
  let done = 0;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m !== null; m = RUN_RE.exec(text)) {
    const before = text[m.index - 1];
    if (before === '&' || before === '.' || before === '-' || ((before === "'" || before === '’') && ALNUM_RE.test(text[m.index - 2] ?? ''))) continue;
    const run = m[0].toLowerCase();
    const entry = SHORTHAND_BY_START.get(run);
    const ownWord = Object.hasOwn(own, run) ? run : undefined;
    if (!entry && ownWord === undefined) continue;
    let key: string | undefined;
    let end = 0;
    for (const phrase of entry?.phrases ?? []) {
      phrase.re.lastIndex = m.index;
      const hit = phrase.re.exec(text);
      if (hit) {
        key = phrase.key;
        end = m.index + hit[0].length;
        break;
      }
    }
    let reading = key === undefined ? undefined : SHORTHAND[key]!;
    const word = ownWord ?? entry?.word;
    if (key === undefined && word !== undefined) {
      SHORTHAND_END_RE.lastIndex = m.index + m[0].length;
      if (SHORTHAND_END_RE.test(text)) {
        reading = ownWord !== undefined ? own[ownWord]! : SHORTHAND[word]!;
        end = m.index + m[0].length;
      }
    }
    if (reading === undefined) continue;
    out += text.slice(done, m.index) + reading;
    done = end;
    RUN_RE.lastIndex = end;
  }
  return out + text.slice(done);
}

/** The months' names, as a regular expression's alternatives. */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** French "cette mission-là", "ce jour-ci": the word, pointed at. */
const FRENCH_DEMONSTRATIVE_RE = /(?<=\p{L})-(?:là|ci)(?!\p{L})/giu;
/** Chat "tf" opening a question is "what the…" ("tf does he want"); elsewhere ("why tf") it says nothing. */
const TF_WHAT_RE = /^\s*tf(?=\s)/iu;
/** French "un" before a noun ("un tribunal", "un délai"): the article, not the UN. */
const FRENCH_UN_RE = /\bun(?=\s+(?:tribunal|délai|jour|groupe|message|accord|juge|conseil|mois|an|autre|nouveau|grand|petit|certain|président|policier|contingent|rôle|problème|changement|rapport|appel|vote)\b)/giu;
/** Spanish "que" opening a question, typed without its accent: "Que le pidió Ruto…" asks what ("que" is "that" elsewhere). */
const SPANISH_WHAT_RE = /(?:^|(?<=[¿?.!]\s*))\s*que(?=\s)/giu;
/** Italian "cosa" that ends a question asks what ("per fare cosa?"); elsewhere it is Spanish "thing" (see romance.ts). */
const ITALIAN_WHAT_RE = /(?<![\p{L}'’])cosa(?=\s*\?)/giu;
/** Italian "ad" before a name ("manda il Kenya ad Haiti") is "to"; the English "ad" stays. */
const ITALIAN_AD_RE = /(?<![\p{L}'’])ad(?=\s+\p{Lu})/gu;
/** French inversion ("a-t-il", "travaillent-ils") and Québécois "il a-tu", "c'est-tu": the pronoun or particle after the verb makes a question and says nothing. */
const QUEBEC_QUESTION_RE = /(?<=\p{L})-(?:tu|(?:t-)?(?:il|elle|ils|elles|on))(?!\p{L})/giu;
/** French "qu'est-ce que" (what) and "est-ce qu'il" (a question's mark), read before elisions, which would leave "est-ce". */
const FRENCH_QUESTION_RE = /(?<![\p{L}'’])(qu['’])?est-ce qu(?:e(?!\p{L})|['’])/giu;

/** A hashtag of words run together ("#RutoInHaiti"): a tag of each word ("#Ruto #In #Haiti"), each read on its own. */
const HASHTAG_RE = /#(\p{L}[\p{L}\p{N}]*)/gu;

/** "Us" typed in lower case, not after "the": the pronoun ("not us, that's for sure"), not the US. */
const PRONOUN_US_RE = /(?<![\p{L}'’]|\bthe\s)us(?![\p{L}'’.])/gu;

/** "The 1st batch" is the first; "September 1st" and "the 1st of June" are dates (see `words`). */
const ORDINAL_RE = new RegExp(`(?<!\\b(?:${MONTH_NAMES})\\s+)\\b(?:1st|2nd|3rd)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b)`, 'giu');
const ORDINAL_WORDS: Readonly<Record<string, string>> = { '1st': 'first', '2nd': 'second', '3rd': 'third' };

/** Numbers said in words ("six hundred", "twenty-second"), as news writes them: in digits. */
const UNIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNIT_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNIT_WORDS.map((w, i) => [w, i] as const),
  ...TEN_WORDS.flatMap((w, i) => (w ? [[w, i * 10] as const] : [])),
  ...ORDINAL_UNIT_WORDS.flatMap((w, i) => (w ? [[w, i] as const] : [])),
]);
const NUMBER_WORDS = `${UNIT_WORDS.join('|')}|${TEN_WORDS.filter(Boolean).join('|')}|hundred|thousand|million`;
/**
 * A number in words that news writes in digits: a cardinal of two words or more ("four hundred",
 * "twenty-two") or a tens word with an ordinal ("twenty-second"). A number of one word stays a word,
 * as news may write it ("ten nurses", "the first group", "the one he met").
 */
const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:(?:${NUMBER_WORDS})(?:(?:[\\s-]+(?:and\\s+)?)(?:${NUMBER_WORDS}))+|(?:${TEN_WORDS.filter(Boolean).join('|')})[\\s-]+(?:${ORDINAL_UNIT_WORDS.filter(Boolean).join('|')}))\\b`,
  'giu',
);

/**
 * The number a phrase of number words says (see NUMBER_WORDS_RE): "six hundred" is 600; read aloud
 * digit by digit or in pairs, its parts are written one after the other ("two six nine nine",
 * "twenty six ninety nine": 2699; "twenty twenty four": 2024).
 */
function numberOf(phrase: string): string {
  const parts: number[] = [];
  let total = 0;
  let current = 0;
  /** The last word read: a unit (one to nineteen), a ten (twenty…), or a multiplier. */
  let last: 'unit' | 'ten' | 'scale' | undefined;
  const close = () => {
    if (last !== undefined) parts.push(total + current);
    total = current = 0;
    last = undefined;
  };
  for (const w of phrase.toLowerCase().split(/[\s-]+/u)) {
    if (w === 'and') continue;
    if (w === 'hundred') {
      current = (current || 1) * 100;
      last = 'scale';
    } else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * (w === 'thousand' ? 1000 : 1_000_000);
      current = 0;
      last = 'scale';
    } else {
      const value = NUMBER_WORD_VALUES.get(w) ?? 0;
      const ten = value >= 20;
      // A unit after a unit, or a ten after a unit or a ten, starts the next part of the number.
      if (last === 'unit' || (ten && last === 'ten')) close();
      current += value;
      last = ten ? 'ten' : 'unit';
    }
  }
  close();
  return parts.join('');
}

/**
 * Blessings, forms of address and humble asides in a churchgoer's register ("Beloved, grace and peace unto you.",
 * "Greetings in Christ, my child.", "by the grace of God", "I ask in all humility", "this old servant of God"): they
 * ask nothing. A blessing runs to the end of its sentence; an address or an aside is a few words.
 */
const BLESSING_RE = /(?:grace and peace|peace be (?:with|unto) (?:you|thee)|praise (?:be )?(?:to )?(?:the lord|god|the most high|jesus)|blessed be (?:the lord|god|his name)|(?:may )?god bless (?:you|thee)|mungu (?:akubariki|awabariki|ni mwema))[^.!?]*[.!?]\s*|\b(?:beloved(?: in (?:christ|the lord))?|brethren|brothers and sisters|dear (?:one|friend|brother|sister)s?|greetings in (?:christ|the lord|(?:his|god['’]s|jesus['’]?) (?:holy )?name)|my (?:dear )?(?:child|son|daughter)|alas|amen|hallelujah)\b *[,:;.!]|\b(?:by the grace of god|in all humility|with a thankful heart|with (?:all )?respect and (?:many )?thanks|i (?:humbly )?ask(?= *[:.])|i humbly ask|(?:this|an) old (?:servant of god|servant|man|woman))\b[,:;.!]?/giu;

/** "Quiet-ish": roughly quiet. */
const ISH_RE = /\b(\p{L}{3,})-ish\b/giu;

/** Greetings, forms of address and lead-ins before the question itself: "hey bot,", "Greetings comrades.", "Afande,", "quick question:", "quick one -", "ok so", "my cousin in Delmas told me". */
const PREAMBLE_RE = /^[^\p{L}\p{N}]*(?:(?:hey|hi|hello|yo|ok|okay|yes|so|um|eh|hmm|greetings|(?:good )?(?:morning|afternoon|evening)|good day|(?:as+alaa?mu? |salaa?m |salaam )?(?:alaikum|aleikum)|as+alaa?m|salaa?m|habari(?: za \p{L}+)?|afande|wazee|comrades?|gentlemen|colleagues|sa ?k pase|bonjou|bonswa|wh?a+g+w[aw]+n|wh?a+h? gw[aw]+n)\b(?:\s+(?:there|all|everyone|folks|guys|comrades|gentlemen|colleagues|sir|madam|brother|sister|friend|my friend)\b)?[\s,!?.:-]*)*(?:(?:the\s+)?bot\b[\s,!.:-]*)?(?:(?:sorry|apologies)\b(?:\s+to\s+(?:disturb|bother|trouble)(?:\s+you)?\b|[^,?.!:]{0,60},\s*but\b|[\s,]*(?:(?:if|for)\s+)?(?:(?:this\s+is|it['’]?s)\s+)?(?:(?:a|the|this)\s+)?(?:(?:dumb|silly|stupid|basic|naive|newbie)\s+(?:question|q)\b)?[\s,]*(?:but\b)?)[\s,!.:-]*)?(?:(?:forgive|pardon|excuse)\b(?:[^,?.!:]{0,60},\s*but\b|[^,?.!:]{0,80}:)[\s,]*)?(?:(?:a\s+)?quick (?:question|q|one)\b(?:\s+for\s+(?:the\s+)?(?:group|all|everyone))?[\s,!.:-]*)?(?:(?:i (?:read|heard|saw|was told)(?: somewhere)?|(?:my|a) \p{L}+(?: (?:in|from|at) \p{Lu}[\p{L}-]*)? (?:told me|says|said))\s+(?:that\s+)?)?/iu;

/**
 * A question tag or a check of truth asks nothing of its own: "He posted on X, right?" (its comma often left out), "is it true
 * that a court blocked it?" asks whether a court blocked it.
 */
const TAG_RE = /(?:,\s*|(?<=\p{L})(?<!\b(?:is|was|are|were|be|the|what|that|it)) +)\b(?:right|correct|no|innit|isn't (?:it|that)|didn't (?:he|she|they))\s*\?|\b(?:is|was) it (?:true|the case)(?: that)?\b(?!\s*[?.!])|\b(?:is|was) it (?:correct|right|accurate) that\b|\bis true that\b|(?<=[.!,\-–—]\s*)(?:true|accurate|is (?:that|this|it) (?:true|accurate|correct|right))\s*\?\s*$|^(?:true or false|yes or no)\s*[:,-]|[,:-]?\s*\btrue or false(?=[?.!\s]*$)/giu;

/**
 * The asker's doubt after the question ("…backed by the UN, or is that just PR?", "was it just for
 * photos?", "…working or nah?", "yes or no?"): an alternative no passage will say, so it is not asked.
 */
const DOUBT_RE = /\s*,?\s*\bor\s+(?:(?:is|was)\s+(?:it|that|this)\s+(?:all\s+)?|it['’]s\s+|(?:did|does|do|is|was)\s+\p{L}+\s+)?just\b[^?.!]*|\s*,?\s*\b(?:yes\s+)?or\s+(?:nah|not|no|what)\b(?=\s*(?:[?.!]|$|,?\s*acc?(?:ording|\.)?\s+to\b))|\s*,?\s*\bor\s+(?:by\s+|is it\s+|was it\s+)?(?:someone|somebody|something|somewhere|anyone|anybody|anywhere|another one)(?:\s+else)?(?=\s*(?:[?.!]|$))|(?<=[?.!,]\s*)(?:is|was)\s+(?:it|that|this)\s+(?:all\s+)?just\b[^?.!]*[?.!]?|\s*,?\s*\bor\s+(?:is|was)\s+(?:it|that|this)\s+all\b[^?.!]*|\s*,?\s*\bor\s+(?:is|was|does)\s+(?:it|that|this|the (?:article|piece|text|story|report))\s+(?:left\s+)?[^?.!]*\b(?:vague|unclear|unsaid|unspecified|silent)\b[^?.!]*/giu;

/** Fillers inside a question: "I mean the first group", "um", "gangs and stuff", "for the record", "what, if anything,", "unless I am mistaken", "I forgot the name" (the name stays) ask no meaning. */
const FILLER_RE = /\b(?:i mean|you know|i guess|and stuff|or something(?: like that)?|or whatever|and all that|for the record|if anything|in fact|if so|u[hm]+|erm?|eh|unless i(?:'m|’m| am) mistaken|in (?:one|a single|a few) (?:line|sentence|word)s?|in (?:a )?nutshell|(?:for|fi) (?:my|mi|the|our) (?:show |meeting |lecture |class )?notes|as (?:usual|always)(?=\s*[?.!,]|$)|somewhere in (?:there|(?:the|this|that) (?:article|text|piece|report|story))|(?:like )?in (?:plain|simple) (?:english|terms|words)|in lay(?:man|person)['’]?s terms|in brief|in short|if i (?:may|might) ask|as i recall|if i recall (?:correctly|rightly)|if memory serves(?: me)?|at (?:the very )?least|i gather(?: that)?|i confess|if you(?:['’]d| would) be so kind|i (?:forgot|forget|(?:can['’]?t|cannot|don['’]?t|do not) (?:remember|recall)))\b,?/giu;

/**
 * The forms of a parliament's questions: "Mr. Speaker Sir", "Honourable Chair", "for the Hansard", "for the
 * avoidance of doubt", "may the House know…", "kindly furnish the Honourable Members with…", "pursuant to
 * the statement,". They address the House and the record, and ask nothing of the passages.
 */
const PROCEDURE_RE = /\b(?:(?:mr\.?|madam) speaker(?:,?\s+sir)?|(?:the\s+)?honou?rable (?:chair(?:person)?|members?|speaker|house)|(?:for|of) (?:purposes of )?the hansard|for the (?:record|benefit|information) of (?:the )?(?:house|committee|(?:honou?rable )?members)|for the avoidance of doubt|with (?:the )?(?:utmost|greatest|due|all due) respect|so that the (?:committee|house) may (?:verify|note|confirm) the same|as per the (?:briefing|report|statement) (?:before|to) the (?:committee|house)|(?:according to|as per) the report tabled|(?:may|could|can|might) the (?:committee|house|members|clerk['’]s office) (?:be (?:informed|told|apprised)(?: of)?|know|clarify)|kindly furnish (?:the (?:honou?rable )?(?:members|house|committee) )?with|kindly (?:confirm|elaborate|state) for (?:the record|the hansard|the (?:honou?rable )?members|the house)|^pursuant to [^,?]{1,60},)(?![\p{L}])[\s,]*/giu;

/**
 * A question passed on for someone else: "A listener from Negril asks, …", "…, a listener asks - …",
 * "Somebody from Montego Bay wants to know: …". Who asks and where they write from is no part of what is asked.
 */
const REPORTED_BY = String.raw`(?:[\p{L}'’.]+\s+){1,6}?(?:asks|asked|is asking|wants? to know|would like to know|wonders|is wondering)`;
const REPORTED_LEAD_RE = new RegExp(String.raw`^(?![^,:?]*\b(?:what|which|who|whom|whose|when|where|why|how|do|does|did)\b[^,:?]*\b(?:asks|asked|asking|know|wonders|wondering)\b)${REPORTED_BY}(?:\s*[,:;–—-]\s*|\s+(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|if|whether)\b))`, 'iu');
const REPORTED_TAIL_RE = new RegExp(String.raw`(?:,|(?<=[?.!]))\s*${REPORTED_BY}\s*(?:[?.!]+\s*$|$|\s*[,:;–—-]\s*)`, 'iu');

/** A request for an answer before the question itself, or opening a sentence of it: "could you explain", "can you tell me", "kindly confirm", "may I ask", "I'm looking for". */
const REQUEST_RE = /(?:^|(?<=[.?!:]\s+))(?:(?:(?:can|could|would|will) )?(?:you|someone|anyone|somebody|anybody)\s+)?(?:please\s+|kindly\s+)?(?:(?:assist|help)(?: me| us)?\s*[.!:]\s*(?=\p{L})|tell me|remind me|spell out|explain(?: to me)?|describe|identify|(?:state|give)(?= (?:the|what|how|which|whether|why|when|who|where|his|her|their)\b)|provide|specify|indicate|clarify|confirm|verify|check|fact-check|give me|list|share|show me|summari[sz]e|outline|(?:may|can|could|might) i (?:respectfully |kindly |humbly )?(?:ask|enquire|inquire)(?: as to)?|i (?:should|would) (?:be grateful|like) to (?:learn|know)|i (?:would|should) be (?:(?:most|very|extremely|much) )?(?:grateful|obliged) (?:to (?:learn|know)|if you (?:could|would) (?:kindly )?(?:tell me|inform me|clarify|confirm|explain|indicate|specify|remind me))|would you be so kind as to (?:tell|inform) me|pray tell|(?:would|am) i (?:be )?right (?:in|to) (?:suppos|think|assum|say)\w*(?: that)?|i(?:'d| would) like to (?:know|ask|inquire|enquire)|i (?:want|need|wish) to (?:know|ask|inquire|enquire|understand)|i (?:want|need)(?= (?:the|his|her|their|its) )|(?:i (?:want|need|wish|would like) to )?seek clarification (?:on|about|regarding|as to)|i(?:'m| am| was) wondering|i(?:['’]m| am) (?:looking for|searching for|after|trying to (?:find(?: out)?|learn|work out|pin down)|hoping to (?:find(?: out)?|learn)|keen to (?:know|learn)))\b[\s,:]*/giu;

/** What the asker wants the answer for: "for official documentation purposes", "for record purposes". */
const FOR_PURPOSES_RE = /\s+for (?:[\p{L}'’-]+\s+){0,3}?purposes\b/giu;

/** A request standing alone after the question: "Is it UN-authorised? Confirm", "…alone. Check". */
const LONE_REQUEST_RE = /(?<=[.?!:;]\s*|\s[-–—]\s*)(?:please\s+|kindly\s+)?(?:confirm|check|verify|fact-check|explain|clarify)\s*[.?!]*\s*$/iu;

/** Punctuation said aloud to a dictation app ("…to Haiti comma I heard… question mark"): the mark itself. "Period" only at the end: "the calm period" is a period. */
const SPOKEN_PUNCTUATION_RE = /\s*\b(question mark|comma|full stop|exclamation (?:mark|point)|semicolon)\b|\s+(?:period|full stop)\s*$/giu;
const SPOKEN_MARKS: Readonly<Record<string, string>> = { 'question mark': '?', comma: ',', 'full stop': '.', 'exclamation mark': '!', 'exclamation point': '!', semicolon: ';' };

/** The question with its spoken punctuation written as marks (see SPOKEN_PUNCTUATION_RE). */
function withMarks(question: string): string {
  return question.replace(SPOKEN_PUNCTUATION_RE, (_, said?: string) => SPOKEN_MARKS[said?.toLowerCase() ?? 'full stop'] ?? '.');
}

/** "H.E." (His Excellency), whose full stops end no sentence. */
const HIS_EXCELLENCY_RE = /\bH\.\s?E\.(?=\s|$)/gu;
/** French "M." (Monsieur) before a name ("M. Ruto"): a title, and no sentence's end; so are "Baba", "Papa", "Mheshimiwa" ("Baba Ruto"). */
const MONSIEUR_RE = /\bM\.\s+(?=\p{Lu})|\b(?:Baba|Papa|Mheshimiwa)\s+(?=\p{Lu}\p{Ll})/gu;

/** Where the parts of a question meet: a sentence's end, a colon, a dash, ", so", ", but", ", I…", an opening bracket. */
const PART_RE = /(?<=[.?!:;])\s+|\s+[—–-]\s+|,\s+(?=(?:so|but|if you don'?t mind|i|i'm|i’m|my|we|we're|our|want|wanna|need|needed|wanted|trying|hoping|for (?:anyone|anybody|those|people|someone|somebody) who)\b)|\s+(?=so (?:that )?(?:i|we) (?:can|could|may|might)\b)|(?<!\b(?:do|does|did|should|can|could|would|will|must|shall|may|might|have|had|am|if|when|what|that|so|because|cuz|as|and|or|but)\s+)\s+(?=(?:i|we) (?:wanna|want to|wanted to|need to|gotta|have to|would like to|'d like to|’d like to)\b)|\s+(?=\()/iu;
/** A part about the asker, not the question: "my wife says…", "so I can follow him", "asking for my essay", "everybody is saying MSS". */
const ASKER_RE = /^(?:[\p{L}'’]+\s+){0,2}?(?:my|our|i|i'm|i’m|i've|i’ve|we|we're|we’re|everyone|everybody)\b|^(?:people|folks)\b.*\b(?:say|says|saying|said)\b|^(?:need|want|needed|wanted|wanna|trying|hoping)\b|^if you don'?t mind\b|^\(.*\)[.?!]*$/iu;
/** "When will it be over?": when it ends ("be over there" is a place, "over the calm" a topic). */
const BE_OVER_RE = /\s+(?:be|is|are|was|were)\s+over(?=\s*(?:[?.!,;]|$))/giu;
/** A quiz question's marks ("… (2 marks)", "[1 pt]"): what it is worth, nothing it asks. */
const QUIZ_MARKS_RE = /\s*[([]\s*\d+\s*(?:marks?|pts?|points?)\s*[)\]]/giu;
/** A question word: a part about the asker that has one still asks ("my question is who…"). */
export const WH_WORD_RE = /\b(?:who|whom|whose|what|whats|when|where|which|why|how)\b/iu;
/** A part saying whom the answer is for ("…, for anyone who wants to follow him"): its "who" asks nothing. */
const FOR_WHOM_RE = /^for (?:anyone|anybody|those|people|someone|somebody) who\b/iu;

/**
 * The question without the parts that tell of the asker ("My niece is in the police and wants to
 * know: how…", "…, so I can follow him"), when what is left asks something of at least two words.
 */
function withoutAsker(question: string): string {
  const parts = question.split(PART_RE);
  // A part of the asker's with a question word asks ("my question is who…"), unless another part asks outright
  // ("My pupils asked me why Haiti needs help. What problems is it facing?").
  const asks = (p: string) => !ASKER_RE.test(p) && WH_WORD_RE.test(p) && /\?\s*$/u.test(p);
  const told = (p: string) => /^[^?]*[.!]\s*$/u.test(p);
  const kept = parts.filter((p) => !FOR_WHOM_RE.test(p) && (!ASKER_RE.test(p) || (WH_WORD_RE.test(p) && !(told(p) && parts.some(asks)))));
  const rest = kept.join(' ');
  // What is left must ask something of two terms, or of one when what is dropped asks nothing ("When were they waved
  // off? I have a vague notion it was midsummer.", not "In which city, I wonder, did he meet them?").
  const droppedAsks = parts.some((p) => !kept.includes(p) && p.includes('?'));
  return kept.length < parts.length && (WH_WORD_RE.test(rest) || rest.includes('?')) && terms(rest).length >= (WH_WORD_RE.test(rest) && !droppedAsks ? 1 : 2) ? rest : question;
}

/**
 * A question as it is meant: lead-ins dropped ("hey bot, …", "could you explain"), and what it
 * says of the asker ("my aunt doesn't use Twitter, so…"); chat shorthand spelt out ("wat r the
 * ppl n govt doing" → "what are the people and government doing").
 */
export function plainQuestion(question: string, acronyms: ReadonlySet<string> = new Set()): string {
  // Arabizi "eh" is "what", no filler.
  const arabizi = isArabizi(question);
  const asked = withoutAsker(spelledAcronyms(withMarks(question).replace(QUIZ_MARKS_RE, '').replace(BE_OVER_RE, ' end'), acronyms).replace(HIS_EXCELLENCY_RE, 'His Excellency').replace(MONSIEUR_RE, '').replace(BLESSING_RE, '').replace(PREAMBLE_RE, (m) => (arabizi && /\beh\b/iu.test(m) ? m : '')).replace(REPORTED_LEAD_RE, '').replace(REPORTED_TAIL_RE, (m) => (/[?]\s*$/u.test(m) ? '?' : ' ')).replace(PROCEDURE_RE, ' ').replace(REQUEST_RE, '').replace(LONE_REQUEST_RE, '').replace(FOR_PURPOSES_RE, '').replace(FILLER_RE, (m) => (arabizi && m.trim().toLowerCase() === 'eh' ? m : '')).replace(DOUBT_RE, '').replace(TAG_RE, (m) => (m.endsWith('?') ? '?' : '')));
  const marked = (asked === '' ? question : asked)
    .replace(SWAHILI_ASKER_RE, '')
    .replace(FRENCH_QUESTION_RE, (_, what?: string) => (what ? 'what ' : ''))
    .replace(SPANISH_WHAT_RE, 'what')
    .replace(ITALIAN_WHAT_RE, 'what')
    .replace(ITALIAN_AD_RE, 'to')
    .replace(FRENCH_UN_RE, 'a')
    .replace(TF_WHAT_RE, 'what')
    .replace(ITALIAN_ELISION_RE, (_, elided: string) => ITALIAN_ELIDED[elided.toLowerCase()]!)
    .replace(ELISION_RE, (m, word: string) => (SHORTHAND[word.toLowerCase()] !== undefined || ACRONYM_RE.test(word) ? '' : m))
    .replace(HASHTAG_RE, (_, tag: string) => tag.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})/u).map((w) => `#${w}`).join(' '))
    .replace(HYPHENED_PREFIX_RE, '')
    .replace(ACRONYM_COMPOUND_RE, '$1 ')
    .replace(POSTPOSED_QUESTION_RE, '$2 $1')
    .replace(TAGALOG_PREFIX_RE, '')
    .replace(FRENCH_DEMONSTRATIVE_RE, '')
    .replace(QUEBEC_QUESTION_RE, '')
    .replace(THE_DI_RE, (di) => (arabizi || INDONESIAN_CONTEXT_RE.test(asked) ? di : 'the'))
    .replace(KOREAN_PARTICLE_RE, '')
    .replace(HANGUL_RE, (w) => hangulWord(w) ?? w)
    .replace(SMS_TO_RE, 'to')
    .replace(SMS_FOR_RE, 'for');
  // Tagalog and Indonesian share a few words ("nya"): the language with more of its own marks is the question's.
  const tagalogMarks = marksOf(TAGALOG_CONTEXT_RE, marked);
  const indonesianMarks = marksOf(INDONESIAN_CONTEXT_RE, marked);
  const taglish = tagalogMarks > 0 && tagalogMarks >= indonesianMarks;
  const indonesian = indonesianMarks > tagalogMarks;
  // A language's words that others read otherwise, read in its sense when the question is in it.
  const own = {
    ...(URDU_CONTEXT_RE.test(marked) ? URDU_CONTEXT_WORDS : {}),
    ...(SPANISH_CONTEXT_RE.test(marked) ? SPANISH_CONTEXT_WORDS : {}),
    ...(taglish ? TAGALOG_CONTEXT_WORDS : {}),
    ...(indonesian ? INDONESIAN_CONTEXT_WORDS : {}),
    ...(arabizi ? ARABIZI_WORDS : {}),
    ...(isScots(marked) ? SCOTS_WORDS : {}),
  };
  const inLanguage = taglish
    ? marked.replace(TAGALOG_OR_NOT_RE, '').replace(TAGALOG_PEOPLE_OF_RE, 'people of ').replace(TAGALOG_VERB_FIRST_RE, verbFirst).replace(TAGALOG_REDUPLICATION_RE, progressive)
    : indonesian
      ? marked.replace(INDONESIAN_SUFFIXED_RE, withoutIndonesianSuffix)
      : marked;
  const read = withShorthand(inLanguage, own);
  return withGermanCompounds(taglish ? read.replace(/(?<![\p{L}\p{N}'’-])\p{L}{4,}(?:-\p{L}+)?(?![\p{L}\p{N}'’-])/gu, (w) => tagalogVerb(w.toLowerCase(), () => false) ?? w) : read)
    .replace(URDU_KE_RE, '')
    .replace(DUTCH_DAN_RE, '')
    // Swahili verbs of known roots ("wanalipwa ngapi" → "pay how many"), so that the kind of answer asked is read too.
    .replace(/\p{Ll}{5,}/gu, (w) => swahiliVerb(w, () => false) ?? w)
    .replace(PRONOUN_US_RE, '')
    .replace(ISH_RE, '$1')
    .replace(ORDINAL_RE, (o) => ORDINAL_WORDS[o.toLowerCase()]!)
    .replace(NUMBER_WORDS_RE, numberOf);
}

/** How many words of a language's context expression (see TAGALOG_CONTEXT_RE) the text holds. */
function marksOf(context: RegExp, text: string): number {
  if (!context.test(text)) return 0;
  let all = EVERY_MARK.get(context);
  if (!all) EVERY_MARK.set(context, (all = new RegExp(context.source, 'giu')));
  return [...text.matchAll(all)].length;
}
/** Each context expression made global once, for `marksOf`. */
const EVERY_MARK = new Map<RegExp, RegExp>();

/** Letters as a voice transcript spells them ("em ess ess"). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a', bee: 'b', see: 'c', dee: 'd', ee: 'e', ef: 'f', gee: 'g', aitch: 'h', eye: 'i', jay: 'j', kay: 'k', el: 'l', em: 'm',
  en: 'n', oh: 'o', pee: 'p', cue: 'q', ar: 'r', ess: 's', es: 's', tee: 't', you: 'u', vee: 'v', ex: 'x', wye: 'y', zed: 'z', zee: 'z',
};
const SPELLED_RUN_RE = new RegExp(`(?<![\\p{L}])(?:(?:\\p{L}|${Object.keys(LETTER_NAMES).join('|')})[\\s.]+){1,5}(?:\\p{L}|${Object.keys(LETTER_NAMES).join('|')})(?![\\p{L}])\\.?`, 'giu');

/**
 * An acronym spelt letter by letter, as typed or transcribed ("u n", "em ess ess", "U.N."), as the
 * acronym, when it is one of the knowledge's (`acronyms`, in lower case): "r u" stays.
 */
function spelledAcronyms(question: string, acronyms: ReadonlySet<string>): string {
  if (acronyms.size === 0) return question;
  return question.replace(SPELLED_RUN_RE, (run) => {
    const letters = run.split(/[\s.]+/u).filter(Boolean).map((w) => (w.length === 1 ? w.toLowerCase() : LETTER_NAMES[w.toLowerCase()]));
    const joined = letters.join('');
    // "U.N." loses its dots; a full stop after "u n." still ends the sentence.
    const stop = run.endsWith('.') && !/\p{L}\.\p{L}/u.test(run) ? '.' : '';
    return letters.every((l) => l !== undefined) && acronyms.has(joined) ? joined.toUpperCase() + stop : run;
  });
}

/** All search terms of a text, stop words left out (the MiniSearch tokenizer + term processor). */
export function terms(text: string): string[] {
  return words(text).flatMap(wordTerms);
}
