/**
 * Haitian Creole as Haitian readers mix it into English questions ("Èske prezidan Ruto going to send
 * more lapolis?", "Sa l di sou rezilta yo?"): the words that carry the question, in English.
 * Greetings, markers of tense and of a yes/no question are left out; nothing here is a fact of the
 * knowledge. Words that are also English words ("men", "non", "dat") are not read as Creole.
 */
export const KREYOL_WORDS: Readonly<Record<string, string>> = {
  // Greetings and phrases first: a phrase is read before its words.
  'sak pase': '', 'sa k ap fèt': '', 'sa k pase': '', 'kounye a': 'now', 'jodi a': 'today', 'ki lè': 'when',
  'ki kote': 'where', 'ki moun': 'who', 'ki sa': 'what', 'se vre': '', 'pa konprann': '', mwen: '',
  'wi ou non': '', 'sa k ap pase': '', 'peyi a': 'the country', 'sa a': 'this', 'rezo sosyal': 'social network', 'sa k te pase': 'what happened', 'bon travay': 'good work',
  // Question words.
  kisa: 'what', sa: 'what', kilès: 'which', kiles: 'which', kiyès: 'who', kiyes: 'who', kimoun: 'who', kilè: 'when',
  kile: 'when', poukisa: 'why', konbyen: 'how many', kijan: 'how', kouman: 'how', kote: 'where', ki: 'which',
  // Markers of a question, of tense and of persons.
  èske: '', eske: '', se: '', li: '', l: '', yo: '', te: '', ap: '', pral: 'will', ka: 'can', gen: 'have', pa: 'not',
  // Function words.
  nan: 'in', sou: 'about', ak: 'and', pou: 'for', tout: 'all', ankò: 'again', deja: 'already', plis: 'more',
  // Verbs.
  di: 'say', voye: 'send', vini: 'come', ale: 'go', rankontre: 'meet', ede: 'help', swiv: 'follow', tande: 'hear', konnen: 'know', travay: 'work',
  // Nouns and adjectives of the news.
  prezidan: 'president', lapolis: 'police', polis: 'police', ayisyen: 'Haitian', ayiti: 'Haiti', pòtoprens: 'Port-au-Prince',
  potoprens: 'Port-au-Prince', konsèy: 'council', konsey: 'council', sekirite: 'security', misyon: 'mission',
  rezolisyon: 'resolution', deplwaman: 'deployment', deployman: 'deployment', ofisye: 'officers', sòlda: 'troops',
  solda: 'troops', vizit: 'visit', vizite: 'visited', jou: 'day', rezilta: 'results', espwa: 'hope', chanjman: 'change', lapè: 'peace',
  peyi: 'country', fanmi: '', vyolans: 'violence', bandi: 'gangs', manman: 'mother', nasyonzini: 'United Nations', onu: 'UN', kenyen: 'Kenyan', tribinal: 'court', jij: 'judge',
  lajan: 'money', miltinasyonal: 'multinational', tranzisyon: 'transition', tranzisyonèl: 'transitional',
  prezidansyèl: 'presidential',
};
