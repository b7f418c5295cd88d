/**
 * Somali as Somali readers mix it into English questions ("the booliska went goorma?", "yaa leads that
 * council?", "what did the maxkamad decide, walaal?"): the words that carry the question, in English. Nouns are
 * listed bare and with their article ("booliska", "maxkamadda"), with and without doubled letters. Marks of focus,
 * of a question and of "to be" ("waa", "ayaa", "miyaa", "tahay"), forms of address and blessings ("walaal",
 * "inshallah") ask nothing. Words that are also English or another language's ("dad", "dir", "bay", "kale", "ma";
 * Italian "dal", Kreyòl "ka", French "mise"; "ammaan", both security and praise) are left out or read only inside
 * a phrase ("kuwa kale", "ka dib"); "maxay", "goorma", "immisa", "xagee" and "walaal" are read with Swahili's
 * words, as Eastleigh mixes them. Nothing here is a fact of the knowledge.
 */
const WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'maxay tahay sababta': 'why', 'maxay ahayd sababta': 'why', 'maxaa sabab ah': 'why', 'maxaa yeelay': 'why', 'maxaa keenay': 'what caused',
  'maxaa dhacay': 'what happened', 'maxay tahay': 'what is', 'maxay yihiin': 'what are', 'maxuu yiri': 'what did he say',
  'maxuu yidhi': 'what did he say', "intee le'eg": 'how much', 'intee leeg': 'how much', 'xaggee buu': 'where did he',
  'xagee buu': 'where did he', 'halkee buu': 'where did he', 'ma aha': 'not', 'ku saabsan': 'about', 'sidoo kale': 'also',
  'oo dhan': 'all', 'ka dib': 'after', 'ka hor': 'before', 'ilaa hadda': 'so far', 'kuwa kale': 'others',
  'dalal kale': 'other countries', 'waddamo kale': 'other countries', 'wadamo kale': 'other countries',
  'magaca oo buuxa': 'full name', 'magaca buuxa': 'full name', 'golaha ammaanka': 'Security Council', 'golaha amaanka': 'Security Council',
  'golaha amniga': 'Security Council', 'golaha guud': 'General Assembly', 'qaramada midoobay': 'United Nations',
  'qaramada midowday': 'United Nations', 'ku meel gaar': 'transitional', 'ku meel gaarka': 'transitional', 'ka dhacayaa': 'take place', 'ka dhacay': 'took place',
  'u diray': 'sent', 'kulmi doonaa': 'will meet',
  "ra'iisul wasaare": 'prime minister', "ra'iisal wasaare": 'prime minister', 'raysal wasaare': 'prime minister',
  'raiisul wasaare': 'prime minister', 'la kulmay': 'met', 'diri doonaa': 'will send', 'sannadkii hore': 'last year',
  'sanadkii hore': 'last year', 'ugu horreysay': 'first', 'ugu horeysay': 'first',
  'ugu horreeyay': 'first', 'ugu horeeyay': 'first', 'ugu dambeysay': 'last', 'ugu dambeeyay': 'last',
  'dib u dhac': 'delay', 'ka soo horjeeda': 'against', 'baraha bulshada': 'social media', 'ku dhawaaqay': 'announced',
  'inna lillahi': '', 'inna lilahi': '', 'insha allah': '', "insha'allah": '', 'inshaa allah': '', 'iska warran': '',
  'ma nabad baa': '',
  // Question words.
  maxaa: 'what', maxuu: 'what', imisa: 'how many', meeqa: 'how many', intee: 'how much', xaggee: 'where', halkee: 'where',
  yaa: 'who', kuma: 'who', kee: 'which', keebaa: 'which', kuwee: 'which', sababtee: 'why', sidee: 'how', sideed: 'how',
  goormuu: 'when', goormay: 'when', maalintee: 'which day', bishee: 'which month', sanadkee: 'which year',
  sannadkee: 'which year', magaaladee: 'which city',
  // Marks of focus, of a question and of "to be"; forms of address, greetings, thanks and blessings.
  waa: '', ayaa: '', ayuu: '', ayay: '', ayey: '', baa: '', buu: '', waxaa: '', waxa: '', wuxuu: '', waxay: '',
  miyaa: '', miyuu: '', miyay: '', tahay: '', yahay: '', yihiin: '', ahaa: '', haa: '', haye: '', waryaa: '',
  walaalo: '', walaalayaal: '', walaashay: '', adeer: '', abti: '', salaan: '', nabadeey: '', mahadsanid: '',
  mahadsantahay: '', mahadsanidiin: '', fadlan: '', inshallah: '', inshaallah: '', inshaalah: '', wallahi: '',
  wallaahi: '', mashallah: '', mashaallah: '', alhamdulillah: '',
  // Function words.
  ahaayeen: '', ahayd: '',
  iyo: 'and', hadda: 'now', haatan: 'now', keliya: 'only', kaliya: 'only', dhammaan: 'all', saabsan: 'about',
  kadib: 'after', kahor: 'before', halkaas: 'there', halkaa: 'there', halkan: 'here', kaas: 'that', taas: 'that',
  kuwan: 'these', kuwaas: 'those', isaga: 'he', iyaga: 'they', wadajir: 'together',
  // Nouns and verbs of the news.
  madaxweyne: 'president', madaxweynaha: 'president', madaxwayne: 'president', madaxwaynaha: 'president',
  booliis: 'police', boolis: 'police', booliiska: 'police', booliska: 'police', boliska: 'police', bolis: 'police',
  ciidan: 'troops', ciidamo: 'troops', ciidanka: 'troops', ciidamada: 'troops', wasiir: 'minister', wasiirka: 'minister',
  maxkamad: 'court', maxkamadda: 'court', maxkamada: 'court', garsoore: 'judge', garsooraha: 'judge', qaadi: 'judge',
  "go'aan": 'decision', "go'aanka": 'decision', goaan: 'decision', xukun: 'ruling', xukunka: 'ruling', sharci: 'law',
  dastuur: 'constitution', dastuurka: 'constitution', dastuuri: 'constitutional',
  burcad: 'gangs', burcadda: 'gangs', burcadka: 'gangs', koox: 'group', kooxda: 'group', kooxo: 'groups', kooxaha: 'groups',
  siyaasad: 'politics', siyaasadda: 'politics', siyaasi: 'political', siyaasadeed: 'political',
  nabad: 'peace', nabadda: 'peace', nabadgelyo: 'security', amni: 'security', amniga: 'security', xasilooni: 'stability',
  xasillooni: 'stability', dagaal: 'fighting', dagaalka: 'fighting', dagaallo: 'fighting', rabshad: 'violence',
  rabshado: 'violence', rabshadaha: 'violence', colaad: 'conflict', khilaaf: 'conflict',
  dowlad: 'government', dowladda: 'government', dawlad: 'government', dawladda: 'government', dowladaha: 'governments',
  shir: 'meeting', shirka: 'meeting', shirar: 'meetings', shirweyne: 'conference', shirweynaha: 'conference',
  kulan: 'meeting', kulanka: 'meeting', kulmay: 'met', gole: 'council', golaha: 'council',
  dalka: 'country', dalal: 'countries', dalalka: 'countries', waddan: 'country', wadan: 'country', waddanka: 'country',
  wadanka: 'country', waddamo: 'countries', wadamo: 'countries', magaalo: 'city', magaalada: 'city', magaalooyin: 'cities',
  caasimad: 'capital', caasimadda: 'capital', caalamka: 'world', adduunka: 'world', caalami: 'global',
  hawl: 'mission', hawsha: 'mission', hawlgal: 'operation', howlgal: 'operation', hawlgalka: 'operation', howlgalka: 'operation',
  shaqo: 'work', shaqada: 'work', taariikh: 'date', taariikhda: 'date', maalin: 'day', maalinta: 'day', maalmo: 'days',
  maalmaha: 'days', bil: 'month', bisha: 'month', bilood: 'months', sanad: 'year', sanadka: 'year', sannad: 'year',
  sannadka: 'year', toddobaad: 'week', todobaad: 'week', toddobaadkan: 'this week', todobaadkan: 'this week',
  magac: 'name', magaca: 'name', magaciisa: 'his name', magaceeda: 'her name', magacooda: 'their name',
  safar: 'trip', safarka: 'trip', socdaal: 'visit', socdaalka: 'visit', booqasho: 'visit', booqashada: 'visit',
  booqday: 'visited', booqdey: 'visited', booqatay: 'visited', tagay: 'went', tegay: 'went', gaaray: 'arrived',
  diray: 'sent', dirtay: 'sent', dirayaa: 'will send', dirid: 'sending', dirista: 'sending',
  hoggaamiye: 'leader', hogaamiye: 'leader', hoggaamiyaha: 'leader', hogaamiyaha: 'leader', hoggaamiyeyaal: 'leaders',
  hogaamiyeyaal: 'leaders', hoggaamiyeyaasha: 'leaders', hogaamiyeyaasha: 'leaders', hogaamiyayaasha: 'leaders',
  hoggaamiya: 'leads', hogaamiya: 'leads', hoggaaminaya: 'leading', hogaaminaya: 'leading', madax: 'head', madaxda: 'leaders',
  koowaad: 'first', kowaad: 'first', caawin: 'help', caawimo: 'help', caawimaad: 'help', gargaar: 'help', kaalmo: 'help',
  taageero: 'support', taageeray: 'supported', dhibaato: 'problem', dhibaatada: 'problem', dhibaatooyin: 'problems',
  dhibaatooyinka: 'problems', ujeeddo: 'aim', ujeedo: 'aim', ujeeddada: 'aim', ujeedada: 'aim', sabab: 'reason',
  sababta: 'reason', sababo: 'reasons', lacag: 'money', lacagta: 'money', mushahar: 'salary', mushaharka: 'salary',
  kharash: 'cost', dadka: 'people', shacab: 'people', shacabka: 'people', rajo: 'hope', natiijo: 'results',
  natiijada: 'results', natiijooyin: 'results', wanaagsan: 'good', fiican: 'good', horumar: 'progress',
  yiri: 'said', yidhi: 'said', tiri: 'said', yiraahdeen: 'said', sheegay: 'said', sheegtay: 'said', buuxa: 'full', kmg: 'transitional',
  kulmeen: 'met', tageen: 'went', gaareen: 'arrived', ansixiyeen: 'approved', ansixisay: 'approved', qoray: 'wrote', qortay: 'wrote', qoraal: 'post',
  qoraalka: 'post', fariin: 'message', fariinta: 'message', dhintay: 'died', dhimasho: 'deaths', dilay: 'killed',
  ammaanay: 'praised', amaanay: 'praised', bogaadiyay: 'commended', bogaadiyey: 'commended', ansixiyay: 'approved',
  ansixiyey: 'approved', ansixin: 'approval', ogolaaday: 'approved', joojiyay: 'stopped', joojisay: 'stopped',
};

/** The words with each apostrophe Somali is typed with ("go'aan", "go’aan", "goʼaan"). */
export const SOMALI_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WORDS).flatMap(([word, english]) => (word.includes("'") ? ["'", '’', 'ʼ'].map((a) => [word.replaceAll("'", a), english] as const) : [[word, english] as const])),
);
