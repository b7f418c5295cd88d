/**
 * Swahili and Sheng as Kenyans mix them into English questions, on X as in chat ("Ruto alisema nini
 * about them?", "the first batch left lini?", "Mzee alipost wapi?", "makarao wangapi?"): the words that
 * carry the question, in English. "Which" written after its noun ("siku gani") is read before it, and a
 * verb in its English tense with its object ("aliwaambia", told them). Greetings, fillers and the
 * asker's asides ask nothing; Sheng that is also an English word ("form", "boss", "story") is left to
 * English; nothing here is a fact of the knowledge.
 */

/** Words and phrases, in English ("" for a word that asks nothing). Phrases come before their words. */
export const SWAHILI_WORDS: Readonly<Record<string, string>> = {
  // Question words.
  'kwa nini': 'why', 'ya nini': 'for what', nini: 'what', lini: 'when', wapi: 'where', nani: 'who', gani: 'which', aje: 'how',
  ngapi: 'how many', wangapi: 'how many', mbona: 'why', zipi: 'which', ipi: 'which', upi: 'which', lipi: 'which', yupi: 'who', wepi: 'who',
  // Function words.
  'juu ya': 'about', 'pamoja na': 'together with', 'saa hii': 'now', kuhusu: 'about', zaidi: 'more', nyuma: 'behind', yuko: 'is',
  'kando na': 'besides', 'mbali na': 'besides', 'nani mwingine': 'who else', 'nini kingine': 'what else', 'siku hizi': 'currently',
  'wasee wa': 'people of', 'ama aje': '', 'ama vipi': '', huko: 'there', hapo: 'there', sisi: 'we', tangu: 'since',
  kabla: 'before', baada: 'after',
  'peke yake': 'alone', 'peke yao': 'alone', 'peke yetu': 'alone', 'peke yangu': 'alone', peke: 'alone', 'wakati wa': 'during',
  'kulingana na': 'according to', kipindi: 'time span', kushika: 'seize', wanafaa: 'should', anafaa: 'should',
  'kina nani': 'who', kina: '', 'ilikuwa na': 'had', ilikuwa: 'was', 'kulikuwa na': 'there were', kulikuwa: 'there was', 'kufanya nini': 'to do what', kufanya: 'do',
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
  // Sheng ("mzee" and Zakayo are what Kenyans on X call the president; "maboys" our boys, the officers).
  makarao: 'police', karao: 'police', mzee: 'president', zakayo: 'president', maboys: 'boys', safari: 'trip', noma: 'trouble', poa: 'good', shwari: 'calm', hali: 'situation', wa: 'of',
  // Greetings, fillers and question tags ("sasa wasee", "manze", "si ni UN?", "ni kweli", "ama aje?"); "vizuri" (well) only grades.
  sasa: '', niaje: '', wasee: '', jamani: '', ati: '', eeh: '', habari: '', bana: '', buda: '', msee: '',
  manze: '', kwani: '', si: '', ndio: '', ni: '', kweli: '', ama: '', tena: '', bado: '', na: '', kwa: '',
  wenye: '', pia: '', tu: '', sana: '', vizuri: '',
  // More everyday words of the news.
  namba: 'number', aina: 'kind', lengo: 'aim', misheni: 'mission', msaada: 'help', usaidizi: 'help', mabadiliko: 'change',
  badiliko: 'change', bunge: 'parliament', rekodi: 'record', dunia: 'world', duniani: 'globally',
  kidogo: 'little', mwanzoni: 'at first', uamuzi: 'decision', hukumu: 'ruling', kikundi: 'group',
  kundi: 'group', mwisho: 'end', ujumbe: 'message', taarifa: 'statement', kufa: 'die',
  kubwa: 'big', mdogo: 'small',
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
  tua: 'arrive', rudisha: 'restore', rudishia: 'restore', ongelea: 'talk about', sumbua: 'trouble', sumbuliwa: 'trouble',
  fanyika: 'take place', pitisha: 'approve', pitishwa: 'approve', toa: 'issue', ondoka: 'leave', simama: 'stand',
  wasili: 'arrive', sukuma: 'push', leta: 'bring', saidiwa: 'help', ongozwa: 'lead', shukuru: 'thank',
};

/**
 * A verb said with -li- (past) in its English past ("ali-toa", issued; "ali-mw-ambia", told him): "which
 * judge issued the ruling" asks for a judge, "which judge issue" reads as a noun; "tell" asks nothing ("tell me").
 */
const PAST_PREFIX_RE = /^(?:[aiu]|wa|tu|ni|ki|li|ya|zi)li/u;
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  say: 'said', send: 'sent', pay: 'paid', go: 'went', see: 'saw', do: 'did', hurt: 'hurt', lead: 'led', meet: 'met',
  tell: 'told', write: 'wrote', win: 'won', fight: 'fought', take: 'took', leave: 'left', stand: 'stood', bring: 'brought', err: 'erred',
};

/** The English past of a verb, or of the first word of a phrasal verb ("talk about" → talked about). */
function pastOf(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const past = IRREGULAR_PAST[head!] ?? (head!.endsWith('e') ? `${head}d` : /[^aeiou]y$/u.test(head!) ? `${head!.slice(0, -1)}ied` : `${head}ed`);
  return [past, ...rest].join(' ');
}

/**
 * A Swahili verb's subject and tense prefixes: a-li- (he did), wa-me- (they have), i-li- (it did),
 * a-ta- (he will), a-ki- (while he), ku- (to); a relative after them (ali-ye-rule, who ruled); an object (ili-m-saidia, it helped him).
 */
const VERB_PREFIX_RE = /^(?:(?:[aiu]|wa|tu|ni|ki|li|ya|zi)(?:li|me|na|ta|ka|ki)(?:ye|o|yo|zo|cho|lo|po|ko|mo)?|ku)(mw|m|wa|ki|ni|tu)?$/u;
/** The object a verb's infix names, in English: "ali-wa-ambia" told them ("told them to…" asks what he urged). */
const OBJECTS: Readonly<Record<string, string>> = { m: 'him', mw: 'him', wa: 'them', ki: 'it', ni: 'me', tu: 'us' };

/** A subjunctive's subject before its root ending in -e: "wa-tumi-e", "a-fany-e". */
const SUBJUNCTIVE_RE = /^(?:[aiu]|wa|tu|ni|zi|li|ya|ki)(\p{L}{2,})e$/u;

/** Sheng's prefixes written apart from an English verb ("ili-approve", "wame-send"): the verb is read alone. */
export const HYPHENED_PREFIX_RE = /(?<![\p{L}-])(?:(?:[aiu]|wa|tu|ni|ki|li|ya|zi)(?:li|me|na|ta|ka)|ku)-(?=\p{L}{3,})/giu;

/**
 * The English verb of a Swahili verb form ("alisema" → say, "wamepelekwa" → send), or of Sheng's
 * English verb with Swahili prefixes ("alipost" → post, "iliblock" → block) when `isEnglish` knows
 * the rest; undefined for any other word.
 */
export function swahiliVerb(word: string, isEnglish: (word: string) => boolean): string | undefined {
  // The subjunctive, a subject and the root with its -a made -e ("wa-tumie", that they use), as English says it: "to use".
  const subjunctive = SUBJUNCTIVE_RE.exec(word);
  const root = subjunctive ? `${subjunctive[1]}a` : undefined;
  if (root !== undefined && VERB_ROOTS[root]) return `to ${VERB_ROOTS[root]}`;
  let english: string | undefined;
  for (let i = 2; i <= word.length - 3; i++) {
    const prefix = VERB_PREFIX_RE.exec(word.slice(0, i));
    if (!prefix) continue;
    const rest = word.slice(i);
    const verb = VERB_ROOTS[rest];
    if (verb) return [PAST_PREFIX_RE.test(word) ? pastOf(verb) : verb, ...(prefix[1] ? [OBJECTS[prefix[1]]] : [])].join(' ');
    if (english === undefined && isEnglish(rest)) english = rest;
  }
  return english;
}

/**
 * "Which" after its noun ("siku gani", which day; "mji upi", which city): put before it, where English
 * asks it, so that the kind of answer asked is read ("how many" is read wherever it stands).
 */
export const POSTPOSED_QUESTION_RE = /(?<![\p{L}\p{N}'’#@-])(\p{L}+)\s+(gani|ipi|upi|lipi|zipi)(?![\p{L}\p{N}'’-])/giu;

/**
 * A sentence about the asker after the question ("…ni gani? nataka kumtag", I want to tag him; "Mimi
 * niliona late", I saw it late): no part of what is asked, as "so I can follow him" is none in English.
 */
export const SWAHILI_ASKER_RE = /(?<=[?.!]\s*)(?:nataka|ninataka|tunataka|nilitaka|mimi)\b[^?.!]*[.!]?\s*$/giu;
