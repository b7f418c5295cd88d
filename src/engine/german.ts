/**
 * German as German-speaking readers mix it into English questions ("What did the kenyan Gericht
 * decide?", "wie heißt der Präsident?", "ja oder nein?"): the words that carry the question, in
 * English. Articles and question tags ask nothing; words that are also English words ("die",
 * "was", "war", "also", "tag", "rat", "den", "von") are left out. Nothing here is a fact of the
 * knowledge.
 */
export const GERMAN_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'ja oder nein': '', 'wie heißt': 'what is the name of', 'wie heisst': 'what is the name of', 'wie viele': 'how many',
  'vereinten nationen': 'United Nations', 'ich sehe nur': 'I see only', 'ich weiß nicht': '', 'ich weiss nicht': '',
  // Question words.
  wer: 'who', wann: 'when', wo: 'where', warum: 'why', wieso: 'why', weshalb: 'why', welche: 'which', welcher: 'which',
  welches: 'which', wieviele: 'how many', wie: 'how',
  // Function words.
  der: '', das: '', dem: '', ein: '', eine: '', einen: '', und: 'and', oder: 'or', ist: 'is', sind: 'are', nicht: 'not',
  nur: 'only', auch: 'also', mit: 'with', zu: 'to', für: 'for', über: 'about', ich: '', ja: '', nein: '', bitte: '', danke: '',
  // Nouns, verbs and adjectives of the news.
  gericht: 'court', richter: 'judge', polizei: 'police', polizisten: 'police officers', präsident: 'president',
  praesident: 'president', lob: 'praise', gelobt: 'praised', erfahrung: 'experience', frieden: 'peace', soldaten: 'soldiers',
  truppen: 'troops', regierung: 'government', geraten: 'advised', gesagt: 'said', geschickt: 'sent', schicken: 'send',
  banden: 'gangs', gewalt: 'violence', hoffnung: 'hope', ergebnisse: 'results', mandat: 'mandate', sicherheitsrat: 'Security Council',
  haitianern: 'Haitians', haitianer: 'Haitians', kenianische: 'Kenyan', kenianischen: 'Kenyan', kenia: 'Kenya', besuch: 'visit',
  besucht: 'visited', datum: 'date', grund: 'reason', verfassungswidrig: 'unconstitutional', entschieden: 'decided',
  stadt: 'city', zweck: 'purpose', überhaupt: '', ueberhaupt: '',
};
