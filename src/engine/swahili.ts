/**
 * Swahili and Sheng as a Kenyan server mixes them into English questions ("Ruto alisema nini
 * about them?", "the first batch left lini?", "Ruto alipost wapi?"): the words that carry the
 * question, in English. Greetings and fillers are left out; nothing here is a fact of the
 * knowledge.
 */

/** Words and phrases, in English ("" for a word that asks nothing). Phrases come before their words. */
export const SWAHILI_WORDS: Readonly<Record<string, string>> = {
  // Question words.
  'kwa nini': 'why', 'ya nini': 'for what', nini: 'what', lini: 'when', wapi: 'where', nani: 'who', gani: 'which', aje: 'how',
  ngapi: 'how many', wangapi: 'how many', mbona: 'why', zipi: 'which', ipi: 'which', yupi: 'who', wepi: 'who',
  // Function words.
  'juu ya': 'about', 'pamoja na': 'together with', 'saa hii': 'now', kuhusu: 'about', zaidi: 'more', nyuma: 'behind', yuko: 'is',
  akiwa: '', mambo: '', ya: 'of', hii: 'this', hiyo: 'that', hio: 'that', hao: 'those', huu: 'this', hiki: 'this', hizi: 'these',
  hawa: 'these', yule: 'that', ile: 'that', nje: 'abroad', za: 'of', mpaka: '',
  kuna: 'there is', iko: 'is', nao: 'with them', yao: 'their', wetu: 'our', yetu: 'our', pekee: 'only', kamili: 'exactly',
  pamoja: 'together', kwanza: 'first', ina: 'has', eti: '', hivo: '', hivyo: '', wako: 'are', yeye: 'he', lake: 'his',
  yake: 'his', haswa: 'exactly', hasa: 'exactly', 'kwa full': 'in full', kwenye: 'in',
  // Nouns.
  kazi: 'work', mtu: 'person', watu: 'people', mwingine: 'other', wengine: 'others', kitu: 'thing', siku: 'day',
  serikali: 'government', askari: 'officers', polisi: 'police', mwanzo: 'beginning', pesa: 'money', shida: 'problems',
  'umoja wa mataifa': 'United Nations', rais: 'president', mahakama: 'court', jaji: 'judge', maafisa: 'officers',
  afisa: 'officer', wanajeshi: 'troops', tarehe: 'date', mwezi: 'month', wiki: 'week', mwaka: 'year', usalama: 'security',
  magenge: 'gangs', genge: 'gang', amani: 'peace', matumaini: 'hope', tumaini: 'hope', matokeo: 'results', baraza: 'council',
  wakenya: 'Kenyans', mkenya: 'Kenyan', viongozi: 'leaders', kiongozi: 'leader', ziara: 'visit', mkutano: 'meeting',
  jeshi: 'force', vurugu: 'violence', ghasia: 'violence', mpango: 'plan', korti: 'court', nchi: 'country',
  'nchi zingine': 'other countries', 'nchi nyingine': 'other countries', ziko: 'are', zingine: 'other', nyingine: 'other', wenzake: 'others', akina: '', jina: 'name', picha: 'photo', wakati: 'time', utulivu: 'calm', mji: 'city', sababu: 'reason', mtandaoni: 'online', mkubwa: 'big', 'akina nani': 'who',
  // Somali words of Eastleigh's Swahili ("waa maxay MSS?", "walaal").
  'waa maxay': 'what is', maxay: 'what', xagee: 'where', goorma: 'when', immisa: 'how many', walaal: '', 'haa ama maya': '',
  // Sheng.
  makarao: 'police', karao: 'police', noma: 'trouble', poa: 'good', shwari: 'calm', hali: 'situation', wa: 'of',
  // Greetings, fillers and question tags ("sasa wasee", "manze", "si ni UN?", "ni kweli").
  sasa: '', niaje: '', wasee: '', jamani: '', ati: '', eeh: '', habari: '', mzee: '', bana: '', buda: '', msee: '',
  manze: '', kwani: '', si: '', ndio: '', ni: '', kweli: '', ama: '', tena: '', bado: '', huko: '', na: '', kwa: '',
  wenye: '', pia: '', tu: '', sana: '',
};

/** Verb roots, in English: "ali-sema" said, "wame-pelekwa" were sent, "ku-tuma" to send. */
const VERB_ROOTS: Readonly<Record<string, string>> = {
  sema: 'say', ongea: 'talk', tuma: 'send', tumwa: 'send', pelekwa: 'send', peleka: 'send', ahidi: 'promise',
  enda: 'go', fika: 'arrive', rudi: 'return', lipwa: 'pay', lipia: 'pay', saidia: 'help', tembelea: 'visit',
  ona: 'see', itwa: 'call', fanya: 'do', umia: 'hurt', ongoza: 'lead', kosea: 'err',
  chelewa: 'delay', zuia: 'block', kubali: 'approve', sifu: 'praise', kutana: 'meet', taka: 'want', ambia: 'tell', hitaji: 'need', fariki: 'die',
  uawa: 'kill', ua: 'kill', isha: 'end', kaa: 'stay', andikwa: 'write', andika: 'write', lenga: 'aim', anza: 'start',
  shinda: 'win', pigana: 'fight', linda: 'protect', kufa: 'die', fa: 'die', tumia: 'use', safiri: 'travel', sifia: 'praise',
  chelewesha: 'delay', tangaza: 'announce', weka: 'post', wekwa: 'post',
};

/**
 * A Swahili verb's subject and tense prefixes: a-li- (he did), wa-me- (they have), i-li- (it did),
 * a-ta- (he will), ku- (to); a relative after them (ali-ye-rule, who ruled); an object (ili-m-saidia, it helped him).
 */
const VERB_PREFIX_RE = /^(?:(?:[aiu]|wa|tu|ni|ki|li|ya|zi)(?:li|me|na|ta|ka)(?:ye|o|yo|zo|cho|lo|po|ko|mo)?|ku)(?:m|wa|ki|ni|tu)?$/u;

/** Sheng's prefixes written apart from an English verb ("ili-approve", "wame-send"): the verb is read alone. */
export const HYPHENED_PREFIX_RE = /(?<![\p{L}-])(?:(?:[aiu]|wa|tu|ni|ki|li|ya|zi)(?:li|me|na|ta|ka)|ku)-(?=\p{L}{3,})/giu;

/**
 * The English verb of a Swahili verb form ("alisema" → say, "wamepelekwa" → send), or of Sheng's
 * English verb with Swahili prefixes ("alipost" → post, "iliblock" → block) when `isEnglish` knows
 * the rest; undefined for any other word.
 */
export function swahiliVerb(word: string, isEnglish: (word: string) => boolean): string | undefined {
  let english: string | undefined;
  for (let i = 2; i <= word.length - 3; i++) {
    if (!VERB_PREFIX_RE.test(word.slice(0, i))) continue;
    const rest = word.slice(i);
    if (VERB_ROOTS[rest]) return VERB_ROOTS[rest];
    if (english === undefined && isEnglish(rest)) english = rest;
  }
  return english;
}
