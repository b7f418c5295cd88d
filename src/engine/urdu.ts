/**
 * Hindi and Urdu in Latin letters as South Asian readers mix them into English questions, Hinglish and Roman
 * Urdu ("Yaar Kenya aur kitne police wale bhej raha hai?", "Pehla dasta kab rawana hua tha?"): the words that
 * carry the question, in English. Particles, forms of address and the verb "to be" ("hai", "tha", "yaar",
 * "bhai", "sahab", "ji") ask nothing. Words that are also English ("the", "me", "main", "is", "us", "un",
 * "to", "so", "hi", "ho", "par", "bas", "jab", "log", "kar", "bar", "din", "kin", "mile", "hue", "agar") are
 * left out or read only inside a phrase ("kis din", "kin logon", "kar raha"); so are words another module
 * reads or that are common in Swahili and Tagalog ("ka", "ki", "se", "di", "na", "ya", "wo", "naye", "wala",
 * "abadi"), which keep their sense there. "ke" (of) is read only in lower case (see URDU_KE_RE). Verbs are
 * listed as they are written, inflected. Nothing here is a fact of the knowledge.
 */
export const URDU_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'kis din': 'which day', 'kaunse din': 'which day', 'konse din': 'which day', 'us din': 'that day', 'kis ne': 'who',
  'kis ko': 'whom', 'kis ke saath': 'with whom', 'kin ke saath': 'with whom', 'kin logon': 'which people', 'kin se': 'with whom',
  'kaun sa': 'which', 'kaun si': 'which', 'kaun se': 'which', 'kya kya': 'what', 'kab tak': 'by when', 'ab tak': 'so far',
  'kab se': 'since when', 'aur kitne': 'how many more', 'aur kitni': 'how many more', 'se pehle': 'before',
  'ke baad': 'after', 'ke liye': 'for', 'ke baare mein': 'about', 'ke bare mein': 'about', 'ke baray mein': 'about',
  'ke hawale se': 'regarding', 'ki wajah se': 'because of', 'ke mutabiq': 'according to', 'ke tehat': 'under',
  'ke ilawa': 'besides', 'ke alawa': 'besides', 'ke saath': 'with', 'ke neeche': 'below', 'ke andar': 'inside',
  'ke zariye': 'through', 'ke khilaf': 'against', 'ke darmiyan': 'between', 'ke dauran': 'during',
  'mil kar': 'alongside', milkar: 'alongside', 'is baar': 'this time', 'asal mein': '', 'kuch pata hai': '',
  'kar raha': '', 'kar rahi': '', 'kar rahe': '', 'kar diya': '', 'kar di': '', 'ho raha': '', 'ho rahi': '', 'ho rahe': '',
  'ho gaya': '', 'ho gayi': '', 'ho chuke': '', 'ho chuka': '',
  'police wale': 'police', 'police walon': 'police', 'poora naam': 'full name', 'pura naam': 'full name', poora: 'full', poori: 'full',
  'tanaza hal': 'conflict resolution', 'tanazaat hal': 'conflict resolution', 'baat cheet': 'talks', 'baat chit': 'talks',
  'bhej raha': 'sending', 'bhej rahe': 'sending', 'bhej rahi': 'sending', 'ijazat di': 'authorised', 'ijazat dee': 'authorised',
  'faida uthana': 'take advantage', 'faida uthaen': 'take advantage', 'faisla sunaya': 'ruled', 'rok diya': 'blocked',
  'dawa karta': 'claims', 'dawa karte': 'claim', 'dawa kiya': 'claimed', 'chal raha': 'running', 'chal rahi': 'running',
  'chal rahe': 'running', 'mil raha': 'getting', 'mil rahi': 'getting', 'mil rahe': 'getting', 'pichle saal': 'last year',
  'ghair aaini': 'unconstitutional', 'ghair qanooni': 'illegal', 'wazir e azam': 'prime minister', 'wazir-e-azam': 'prime minister',
  'aqwam e muttahida': 'United Nations', 'aqwam-e-muttahida': 'United Nations', 'salamti council': 'Security Council',
  // Question words.
  kya: 'what', kab: 'when', kaun: 'who', kon: 'who', kaunsa: 'which', kaunsi: 'which', kaunse: 'which', konsa: 'which',
  konsi: 'which', konse: 'which', kitne: 'how many', kitna: 'how much', kitni: 'how many', kahan: 'where', kahaan: 'where',
  kyun: 'why', kyon: 'why', kyu: 'why', kaise: 'how', kese: 'how', kis: 'which', kisne: 'who', kisko: 'whom',
  // Particles, forms of address, the verb "to be", pronouns and function words.
  yaar: '', yar: '', bhai: '', bhaiya: '', sahab: '', sahib: '', saab: '', ji: '', acha: '', accha: '', achha: '', arre: '',
  matlab: '', batao: '', bataen: '', bataiye: '', bataein: '', hai: '', hain: '', tha: '', thi: '', thay: '',
  hoga: '', hogi: '', honge: '', raha: '', rahe: '', rahi: '', hua: '', hui: '', huay: '', gaya: '', gayi: '', gai: '',
  kiya: '', kiye: '', karne: '', karna: '', karni: '', karta: '', karte: '', karti: '', chahiye: '', wale: '', wali: '',
  walon: '', ko: '', jo: '', jis: '', jin: '', asal: '', asli: '', mein: 'in', aur: 'and', bhi: 'also', yeh: 'this',
  woh: 'that', vo: 'that', unka: 'their', unki: 'their', unke: 'their', uska: 'his', uski: 'his', uske: 'his', iska: 'its',
  iski: 'its', iske: 'its', apni: 'own', apna: 'own', apne: 'own', inhon: 'they', unhon: 'they', unhone: 'they',
  khud: 'himself', pe: 'on', tak: 'until', liye: 'for', baare: 'about', baray: 'about', tehat: 'under',
  mutabiq: 'according to', ilawa: 'besides', alawa: 'besides', saath: 'with', wajah: 'reason', hawale: 'regarding',
  bahar: 'abroad', wahan: 'there', wahaan: 'there', yahan: 'here', abhi: 'now', sirf: 'only', sab: 'all', kuch: 'some',
  nahi: 'not', nahin: 'not', lekin: 'but', magar: 'but', kyunki: 'because', zaroori: 'necessary', zaruri: 'necessary',
  baad: 'after', naya: 'new', nayi: 'new',
  // Nouns, verbs and adjectives of the news.
  adalat: 'court', adaalat: 'court', faisla: 'decision', faisle: 'decision', faislay: 'decision', qarardad: 'resolution',
  qaraardad: 'resolution', daura: 'visit', dauray: 'visit', daure: 'visit', maqsad: 'purpose', maksad: 'purpose',
  ijazat: 'authorisation', mulk: 'country', mulkon: 'countries', shehar: 'city', shahar: 'city', tareekh: 'date',
  tarikh: 'date', mahina: 'month', mahine: 'month', mahinay: 'months', hafta: 'week', hafte: 'weeks', haftay: 'weeks',
  saal: 'year', pehla: 'first', pehli: 'first', pehle: 'first', aakhri: 'last', pichle: 'last', agle: 'next',
  doosra: 'second', dusra: 'second', dasta: 'contingent', daste: 'contingent', dastay: 'contingent', afsar: 'officer',
  afsaran: 'officers', afsaron: 'officers', jawan: 'troops', jawanon: 'troops', jawano: 'troops', sipahi: 'soldiers',
  fauj: 'army', bhejna: 'send', bhejne: 'send', bhejenge: 'will send', bhejega: 'will send', bheja: 'sent', bheji: 'sent',
  bheje: 'sent', pohanchna: 'arrive', pohanche: 'arrived', pohancha: 'arrived', pohanch: 'arrive', pahunche: 'arrived',
  pahuncha: 'arrived', pahunch: 'arrive', rawana: 'departed', naam: 'name', masail: 'problems', masaail: 'problems',
  masle: 'problems', masla: 'problem', madad: 'help', aman: 'peace', amn: 'peace', tanaza: 'conflict', tanazaat: 'conflicts',
  hukumat: 'government', hukoomat: 'government', sarkar: 'government', wazir: 'minister', sadar: 'president',
  sadr: 'president', sarbarah: 'head', qayadat: 'leadership', qiyadat: 'leadership', idara: 'body', idaray: 'body',
  idare: 'body', awaam: 'people', awam: 'people', logon: 'people', qaumi: 'national', faida: 'benefit', faaida: 'benefit',
  muddat: 'period', waqt: 'time', shuru: 'start', mulaqat: 'meeting', mulaqaat: 'meeting', mulakat: 'meeting',
  tareef: 'praise', naseehat: 'advice', nasihat: 'advice', taqreer: 'speech', zikr: 'mention', jawab: 'response',
  kaha: 'said', kehta: 'says', kehte: 'say', kehti: 'says', likha: 'written', neeche: 'below', kaam: 'work',
  kharcha: 'cost', paise: 'money', raqam: 'amount', shaheed: 'killed', halaak: 'killed', zakhmi: 'injured', hamla: 'attack',
  giroh: 'gang', tashaddud: 'violence', salamti: 'security', hifazat: 'security', muahida: 'agreement', ummeed: 'hope',
  umeed: 'hope', nateeja: 'result', nataij: 'results', mauqa: 'opportunity', tabdeeli: 'change', tajurba: 'experience',
  // Hindi as Hinglish writes it, where it differs from Urdu ("kitne police wale bhejne ka vaada", "netaon ko kya salah di").
  'fayda uthao': 'take advantage', 'faida uthao': 'take advantage', 'fayda uthana': 'take advantage', 'fayda uthaen': 'take advantage',
  'mil ke': 'alongside', 'mil kar ke': 'alongside', 'kiske saath': 'with whom', 'kinke saath': 'with whom', 'kin kin': 'whom',
  'pradhan mantri': 'prime minister', 'sanyukt rashtra': 'United Nations', 'suraksha parishad': 'Security Council',
  'samajh nahi aaya': '', 'samajh nahin aaya': '', 'yaad nahi': '', 'yaad nahin': '', 'ho gaye': '', 'aa raha': '', 'aa rahi': '',
  namaste: '', vaada: 'promise', vada: 'promise', wada: 'promise', waada: 'promise', vaade: 'promise', neta: 'leader', netaon: 'leaders',
  netao: 'leaders', salah: 'advice', shanti: 'peace', shaanti: 'peace', fayda: 'benefit', faayda: 'benefit', natija: 'result',
  nateeje: 'results', natije: 'results', buri: 'bad', sabha: 'assembly', mahasabha: 'General Assembly',
  saalana: 'annual', salana: 'annual', jayenge: 'will go', jaayenge: 'will go', jaenge: 'will go', gaye: 'went',
  mukhiya: 'head', pramukh: 'head', adhyaksh: 'president', rashtrapati: 'president', manzoori: 'approval',
  manjoori: 'approval', manzuri: 'approval', sweekriti: 'approval', tankhwah: 'salary', tankhwa: 'salary',
  tanakhwah: 'salary', vetan: 'salary', duniya: 'world', duniyaa: 'world', taiyar: 'prepared', tayyar: 'prepared',
  taiyaar: 'prepared', mauka: 'opportunity', pakadna: 'seize', pakadne: 'seize', khatam: 'end', khatm: 'end',
  chalega: 'continue', chalegi: 'continue', dekhne: 'see', dekhna: 'see', milti: 'gets', milta: 'gets', milte: 'get',
  suraksha: 'security', sena: 'army', samjhauta: 'agreement', nyayalaya: 'court', videsh: 'abroad', desh: 'country',
  deshon: 'countries', varsh: 'year', uddeshya: 'purpose', kaaran: 'reason', samasya: 'problem', samasyaen: 'problems',
  hinsa: 'violence', asha: 'hope', parinaam: 'result', safalta: 'success', sahayata: 'help', badi: 'big', bada: 'big',
  bade: 'big', jahan: 'where', jahaan: 'where', kaisa: 'how', kaisi: 'how', unko: 'them', likhi: 'written',
};

/** Urdu "ke" (of) says nothing, typed in lower case ("Haiti ke awaam"); "KE" in capitals is Kenya. */
export const URDU_KE_RE = /(?<![\p{L}\p{N}'’-])ke(?![\p{L}\p{N}'’-])/gu;

/** Words that mark a question as Hinglish or Roman Urdu (see URDU_CONTEXT_WORDS). */
export const URDU_CONTEXT_RE = /(?<![\p{L}'’-])(?:hai|hain|kya|kyun|kyon|kaun|kitne|kitni|kitna|kab|kahan|mein|nahi|nahin|tha|thi|yeh|woh|kaunsa|kaunsi|kaunse|kaise|raha|rahi|gaye|gaya|ji)(?![\p{L}'’-])/iu;

/**
 * Words read in their Hindi sense only in a Hinglish question, as another language or English reads them
 * otherwise: "mile" (met; the English mile), "naye" (new; Swahili "with him"), "ya" (or; Swahili "of"), "ka", "ki", "ne", "se" (of, by, from;
 * Kreyòl "can", "which"), "bura" (bad; Luo "meeting"), "beta" (a form of address), "toh" and "wala" (fillers).
 */
export const URDU_CONTEXT_WORDS: Readonly<Record<string, string>> = {
  mile: 'met', naye: 'new', ya: 'or', ka: '', ki: '', ne: '', se: '', bura: 'bad', beta: '', toh: '', wala: '', baat: 'talk', hi: '',
};
