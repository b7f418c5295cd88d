/**
 * Dholuo as Luo readers around Kisumu mix it into English questions ("jopolis adi ma Ruto dwaro oro Haiti?",
 * "the jatelo of that council, nyinge ng'a?", "karang'o mano?"): the words that carry the question, in English.
 * Greetings, forms of address and words of emphasis ("misawa", "wuoda", "ahinya", "adier") ask nothing. Words
 * that are also English, Spanish or Kreyòl ("mane", "mano", "ma", "mar", "gi", "ka", "kanye", "oro", "kony",
 * "limo", "dwe" that Kreyòl reads "must") are left out or read only inside a phrase ("kinde mane", "ma gi",
 * "dwaro oro"). The apostrophe of "ang'o" is typed three ways, and all are read. Nothing here is a fact of the
 * knowledge.
 */
const WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  "nikech ang'o": 'why', "ang'o momiyo": 'why', "ang'o ma ne gi": 'what they', "ang'o ma gi": 'what they', "ang'o ma": 'what',
  'kinde mane': 'when', 'ndalo mane': 'when', 'chieng mane': 'which day', 'dwe mane': 'which month', 'higa mane': 'which year',
  'piny mane': 'which country', "nyinge ng'a": 'who', 'ma ne gi': 'that they', 'ma gi': 'that they', 'adi ma': 'how many',
  'ber ahinya': '', 'ero kamano': '', 'dwaro oro': 'want to send', 'nyasaye okonywa': '',
  // Question words.
  "ang'o": 'what', "ng'a": 'who', "ng'ano": 'who', "karang'o": 'where', adi: 'how many', nade: 'how',
  // Greetings, forms of address and words of emphasis.
  misawa: '', oyawore: '', erokamano: '', wuoda: '', nyara: '', osiepna: '', ahinya: '', adier: '',
  // Function words.
  duto: 'all', kanyo: 'there', nikech: 'because', koda: 'with',
  // Nouns and verbs of the news.
  nyinge: 'name', nying: 'name', jopolis: 'police', japolis: 'police officer', jotelo: 'leaders', jatelo: 'leader',
  jolweny: 'soldiers', jalweny: 'soldier', pinje: 'nations', piny: 'country', jokenya: 'Kenyans', jakenya: 'Kenyan',
  chieng: 'day', higa: 'year', higni: 'years', ndalo: 'days', kinde: 'time', wacho: 'say', nowacho: 'said',
  konyo: 'help', bura: 'meeting', kwongo: 'first', mokwongo: 'first', chandruok: 'problems', chandruoge: 'problems',
  tich: 'work', nooro: 'sent', nodhi: 'went', nolimo: 'visited', ber: 'good', gima: 'thing', dwaro: 'want', timo: 'do',
  kendo: 'again',
};

/** The words with each apostrophe Dholuo is typed with ("ang'o", "ang’o", "angʼo"). */
export const LUO_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WORDS).flatMap(([word, english]) => (word.includes("'") ? ["'", '’', 'ʼ'].map((a) => [word.replaceAll("'", a), english] as const) : [[word, english] as const])),
);
