/**
 * Haitian Creole as Haitian readers mix it into English questions ("Èske prezidan Ruto going to send
 * more lapolis?", "Sa l di sou rezilta yo?"): the words that carry the question, in English.
 * Greetings, markers of tense and of a yes/no question are left out; nothing here is a fact of the
 * knowledge. Words that are also English words ("men", "non", "dat") are not read as Creole.
 */
const WORDS: Readonly<Record<string, string>> = {
  // Greetings and phrases first: a phrase is read before its words.
  'sak pase': '', 'sa k ap fèt': '', 'sa k pase': '', 'kounye a': 'now', 'jodi a': 'today', 'ki lè': 'when',
  'ki kote': 'where', 'ki moun': 'who', 'ki sa': 'what', 'se vre': '', 'pa konprann': '', mwen: '',
  'wi ou non': '', 'sa k ap pase': '', 'peyi a': 'the country', 'sa a': 'this', 'rezo sosyal': 'social network', 'sa k te pase': 'what happened', 'bon travay': 'good work',
  'ki dat': 'which date', 'ki non': 'which name', 'ki jan': 'how', 'ann ayiti': 'in Haiti', 'asanble jeneral': 'General Assembly',
  'ap fèt': 'is held', 'ap mache byen': 'is working', 'mache byen': 'working', 'an reta': 'delayed', 'lòt moun': 'other people', 'pa konstitisyonèl': 'unconstitutional', 'ane pase': 'last year', 'te pale': 'spoke', 'oswa non': 'or not', 'bay bravo': 'praised', 'limyè vèt': 'green light',
  // "Bloke" is also English ("the bloke"): read as blocked after a marker of tense only.
  'te bloke': 'blocked', 'ap bloke': 'blocking', 'pral bloke': 'will block',
  'pa t gen dwa': 'had no authority', 'pa gen dwa': 'has no authority', 'ki jou': 'which day', 'pi pare': 'better prepared', 'nèg la': 'he', 'vle di': 'mean',
  // Question words.
  kisa: 'what', sa: 'what', kilès: 'which', kiles: 'which', kiyès: 'who', kiyes: 'who', kimoun: 'who', kilè: 'when',
  kile: 'when', poukisa: 'why', konbyen: 'how many', kijan: 'how', kouman: 'how', kote: 'where', ki: 'which',
  // Markers of a question, of tense and of persons.
  èske: '', eske: '', se: '', li: '', l: '', m: '', yo: '', te: '', ap: '', pral: 'will', ka: 'can', gen: 'have', pa: 'not',
  // Function words.
  nan: 'in', sou: 'about', ak: 'and', pou: 'for', tout: 'all', ankò: 'more', deja: 'already', plis: 'more',
  // Verbs.
  di: 'say', voye: 'send', vini: 'come', ale: 'go', rankontre: 'meet', ede: 'help', swiv: 'follow', tande: 'hear', konnen: 'know', travay: 'work',
  // Nouns and adjectives of the news.
  prezidan: 'president', lapolis: 'police', polis: 'police', ayisyen: 'Haitian', ayiti: 'Haiti', pòtoprens: 'Port-au-Prince',
  potoprens: 'Port-au-Prince', konsèy: 'council', konsey: 'council', sekirite: 'security', misyon: 'mission',
  rezolisyon: 'resolution', deplwaman: 'deployment', deployman: 'deployment', ofisye: 'officers', sòlda: 'troops',
  solda: 'troops', vizit: 'visit', vizite: 'visited', jou: 'day', rezilta: 'results', espwa: 'hope', chanjman: 'change', lapè: 'peace',
  peyi: 'country', fanmi: '', vyolans: 'violence', bandi: 'gangs', manman: 'mother', nasyonzini: 'United Nations', onu: 'UN', kenyen: 'Kenyan', tribinal: 'court', jij: 'judge',
  lajan: 'money', miltinasyonal: 'multinational', tranzisyon: 'transition', tranzisyonèl: 'transitional',
  prezidansyèl: 'presidential', nimewo: 'number', pwoblèm: 'problems', atik: 'article', genyen: 'have', dapre: 'according to',
  dirije: 'leads', premye: 'first', gwoup: 'group', moun: 'people', ladan: 'in it', otorize: 'authorised', anpil: 'many',
  kontwole: 'controls', zòn: 'areas', pati: 'left', gouvènman: 'government', kont: 'account', pèp: 'people',
  konstitisyonèl: 'constitutional', mande: 'asked', rive: 'arrive', fòk: 'must', profite: 'take advantage', felisite: 'commended',
  pandan: 'during', lidè: 'leaders', dirijan: 'leaders', kòmandan: 'commander', mwa: 'month', ane: 'year', semèn: 'week',
  okazyon: 'opportunity', apwouve: 'approved', kalm: 'calm', pwofite: 'take advantage', sèlman: 'only', tou: 'also', isit: 'here', chèf: 'head', vin: 'come', pote: 'bring', fè: 'do', bay: 'give', menm: '', vre: '', ye: '', k: '', mouri: 'died', kòb: 'money', resevwa: 'receive', lòt: 'other', oswa: 'or', vle: 'want', apre: 'after', pare: 'prepared',
  egzakteman: 'exactly', objektif: 'objective', bon: 'good', òganizasyon: 'organisation', dwa: 'right', samdi: 'Saturday', dimanch: 'Sunday',
  eleksyon: 'elections', pwochèn: 'next', mond: 'world', sezi: 'seize', dènye: 'last', doktè: 'doctor',
};

/** Words that, once their accents are gone, are English ("lot"). */
const ENGLISH_WITHOUT_ACCENTS = new Set(['lot']);

/** The words as typed without accents ("pwoblem", "prezidansyel"), where that is no other word here. */
export const KREYOL_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(WORDS).map(([word, english]) => [word.normalize('NFD').replace(/\p{M}/gu, ''), english] as const).filter(([plain]) => plain.length >= 3 && !(plain in WORDS) && !ENGLISH_WITHOUT_ACCENTS.has(plain))),
  ...WORDS,
};
