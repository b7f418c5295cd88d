/**
 * Egyptian Arabic as it is typed in Latin letters, with digits for the sounds English lacks (Arabizi: "3" for
 * ع, "7" for ح, "2" for the glottal stop, "5" for خ, "8" for غ or ق): "howa Ruto wa3ad yeb3at kam police officer
 * zyada?", "el ma7kama 2alet eh?". The words that carry the question, in English. Its short words are also
 * English or another language's ("el", "eh", "men", "leh", "kam", "da", "fen"), so every word is read only in a
 * question that is Arabizi (see ARABIZI_CONTEXT_RE). Fillers and forms of address ("bezabt", "ya gama3a",
 * "aslan") ask nothing. Nothing here is a fact of the knowledge.
 */

/**
 * Words that mark a question as Arabizi: a word with an Arabizi digit among its letters ("wa3ad", "ma7kama"),
 * or one of its own words (STRONG_MARK_RE); and its commonest short words, which other languages share.
 */
const STRONG_MARK_RE = /(?<![\p{L}\p{N}'’-])(?:\p{L}+[2357]\p{L}*|[2357]\p{L}+|meen|emta|imta|ezay|izay|elly|howa|bta3|bto3o|walla|ya3ni|delwa2ty|feen|anhy|leh)(?![\p{L}\p{N}'’-])/giu;
const WEAK_MARK_RE = /(?<![\p{L}\p{N}'’-])(?:el|eh|fen|kam|w|f|fe|fel|lel|men|da|di|de|hya)(?![\p{L}\p{N}'’-])/iu;

/**
 * Whether a question is Arabizi: one of its own marks and another mark. One alone may be an English text
 * message's ("2day") or another language's ("leh").
 */
export function isArabizi(text: string): boolean {
  const strong = [...text.matchAll(STRONG_MARK_RE)].length;
  return strong >= 2 || (strong === 1 && WEAK_MARK_RE.test(text));
}

/** Phrases of an Arabizi question, read before its words and anywhere: no other language writes them. */
export const ARABIZI_PHRASES: Readonly<Record<string, string>> = {
  'ra2ees el wozara2': 'prime minister', 'ra2ees el wezara2': 'prime minister', 'kam wa7ed': 'how many',
  'kam yom': 'how many days', 'ya gama3a': '', '2abl meen': 'met whom', 'mabnya 3ala': 'based on', 'ta7t qyadet': 'led by',
  'ta7t qeyadet': 'led by', 'fe awel': 'in the first', 'fel awel': 'at first', 'l7ad delwa2ty': 'so far', 'lehad delwa2ty': 'so far',
  'men bara': 'from abroad', 'hayenadoo b': 'will call for', 'hayenado b': 'will call for',
};

/** Words read in their Arabizi sense in an Arabizi question. */
export const ARABIZI_WORDS: Readonly<Record<string, string>> = {
  // Question words.
  eh: 'what', eih: 'what', meen: 'who', min: 'who', fen: 'where', feen: 'where', emta: 'when', imta: 'when', leh: 'why',
  leih: 'why', ezay: 'how', izay: 'how', kam: 'how many', anhy: 'which', anhi: 'which', anho: 'which', anhee: 'which',
  // Articles, prepositions and particles ("el" the, "fel" in the, "lel" to the, "3al" on the).
  el: 'the', al: 'the', f: 'in', fe: 'in', fi: 'in', fel: 'in the', l: 'to', le: 'to', lel: 'to the', w: 'and', we: 'and',
  b: 'with', be: 'with', bel: 'with the', ma3: 'with', men: 'from', mn: 'from', '3ala': 'on', '3al': 'on the', '3an': 'about',
  gher: 'besides', '8er': 'besides', 'ba3d': 'after', '2abl': 'before', walla: 'or', 'la2': 'no', da: 'this', di: 'this', de: 'this',
  dah: 'this', elly: '', eli: '', illi: '', howa: 'he', hwa: 'he', hya: 'it', heya: 'it', homa: 'they', ana: 'I', kan: '',
  kano: '', kanet: '', 'bta3': '', 'bta3o': 'his', 'bta3t': '', 'bto3o': 'his', 'ya3ni': 'mean', 'ma3nah': 'mean', hnak: 'there',
  delwa2ty: 'now', dlwa2ty: 'now', delwa2ti: 'now',
  // Fillers.
  bezabt: '', '3ayezhom': '', '3omooman': '', m3aya: '', zay: '', '3ashan': 'because', aw: 'or', klam: 'words', '2owa': 'forces', 'zo3ama2ha': 'leaders', aslan: '', asln: '', masalan: '', ba2a: '', 'ya3ny': '', '3ayez': '', '3ayza': '', '3ayzeen': '', tab: '',
  // Nouns of the news.
  'ra2ees': 'president', 'ra2is': 'president', 'wozara2': 'ministers', shorta: 'police', '3asakr': 'troops', '3askar': 'troops',
  'ma7kama': 'court', '7okm': 'ruling', '7okoomet': 'government', '7okooma': 'government', '7okoma': 'government',
  dawla: 'country', dowal: 'countries', 'sha3b': 'people', masakel: 'problems', mashakel: 'problems', hadaf: 'aim',
  sabab: 'reason', zyara: 'visit', ziyara: 'visit', esm: 'name', esmaha: 'name', esmo: 'name', mortab: 'salary', felos: 'money',
  raqam: 'number', 'ra2am': 'number', madina: 'city', tarikh: 'date', yom: 'day', shahr: 'month', sana: 'year', 'esboo3': 'week',
  'zo3ama2': 'leaders', siyaseyeen: 'politicians', 'e5tesar': 'abbreviation', 'sala7eyat': 'authority', '7ad': 'anyone',
  kenyi: 'Kenyan', kenyeen: 'Kenyans', kenyeya: 'Kenyan',
  // Adjectives and numbers.
  awel: 'first', godad: 'new', zyada: 'more', tanya: 'other', tanyeen: 'other', kbar: 'big', 'nag7a': 'successful',
  'nage7a': 'successful', lwa7dohom: 'alone', me2ood: 'led',
  // Verbs, with the prefixes they are typed with ("yeb3at" sends, "ba3tet" sent, "bysht8alo" they work).
  'wa3ad': 'promised', 'yeb3at': 'send', 'ba3at': 'sent', 'ba3tet': 'sent', 'yeb3atolha': 'send', zar: 'visited',
  'ra7': 'went', safret: 'departed', safar: 'departed', katab: 'wrote', nazal: 'posted', '2al': 'said', '2alet': 'said',
  'by2ool': 'says', 'nasa7': 'urged', 'mada7': 'praised', 'wafe2': 'approved', 'wa2afet': 'stopped', 'wa2af': 'stopped',
  'byr2as': 'leads', bysht8alo: 'work', byshta8alo: 'work', bylef: 'touring', fad: 'helped', raga3: 'restore', hayewsalo: 'arrive', shayef: 'think', 'bt3any': 'suffer', 'et2atlo': 'killed',
  'et3awwaro': 'injured', 'ma2ado': 'signed', 'yesta8lo': 'take advantage', '2a3ad': 'stayed', edda: 'gave', ada: 'gave',
  'e3tarad': 'objected', 'sawwatet': 'voted', byedfa3: 'pays', 'byakhdo': 'get', '2abel': 'met', '2abal': 'met', '2ablo': 'met',
};
