/**
 * Tagalog as Filipino readers mix it into English questions, Taglish ("Ilan po ba yung additional na
 * Kenyan police?", "Kelan po sya pumunta sa Haiti?"): the words that carry the question, in English.
 * Particles of politeness, of a question and of emphasis ("po", "ba", "naman", "diba", "daw") ask
 * nothing; words that are also English ("may", "pang", "bat") are left out, and the Kreyòl "sa" and "pa"
 * keep their Kreyòl sense. Verbs are listed as they are written in the news's sense, affixes and all. Nothing here is
 * a fact of the knowledge.
 */
export const TAGALOG_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'ibig sabihin': 'mean', 'buong pangalan': 'full name', 'labag sa constitution': 'unconstitutional', 'labag sa konstitusyon': 'unconstitutional',
  'pag-aayos ng gulo': 'conflict resolution', 'sino-sino': 'who', 'anu-ano': 'what',
  'ibang bansa': 'other countries',
  // Question words.
  ilan: 'how many', kelan: 'when', kailan: 'when', sino: 'who', saan: 'where', saang: 'which', ano: 'what', anong: 'what', anu: 'what',
  bakit: 'why', paano: 'how', alin: 'which', pong: '',
  // Particles, pronouns and function words.
  po: '', ba: '', naman: '', diba: '', daw: '', yung: 'the', ung: 'the', ang: 'the', ng: 'of', mga: '', nya: 'his',
  niya: 'his', nila: 'their', sya: 'he', siya: 'he', si: '', ni: '', talaga: 'really', mismo: '', lang: 'only', dun: 'there',
  doon: 'there', ngayon: 'now', habang: 'while', kasama: 'together with', tungkol: 'about', pala: '', sana: '', yun: 'that',
  ito: 'this', iba: 'other', ibang: 'other', papuntang: 'to', medyo: '', mas: 'more', na: '',
  // Nouns, verbs and adjectives of the news.
  pulis: 'police', araw: 'day', petsa: 'date', korte: 'court', pangalan: 'name', buong: 'full', problema: 'problems',
  unang: 'first', umalis: 'left', pinaalis: 'sent', pinost: 'posted', pumunta: 'went',
  bisitahin: 'visit', binisita: 'visited', kinausap: 'talked to', pinayo: 'advised', payo: 'advice', tahimik: 'calm',
  resulta: 'results', magandang: 'good', maganda: 'good', pinuri: 'praised', tulungan: 'help', tumulong: 'help',
  nakakatulong: 'helps', hinarang: 'blocked', kulang: 'lacking', ipapadala: 'will send', ipinadala: 'sent',
  pagpapadala: 'sending', 'pag-asa': 'hope', pagbabago: 'change', gaganapin: 'held', uumpisa: 'start',
  magsisimula: 'start', ipapanawagan: 'call for', panawagan: 'call', nakita: 'met', kababayan: 'compatriots',
  bansa: 'country', lungsod: 'city', taga: 'people of', klaseng: 'kind of', gusto: 'want', sabi: 'said', sinabi: 'said',
  lahat: 'all', nagpadala: 'sent', namatay: 'died', patay: 'dead', huling: 'last', linggo: 'weeks', buwan: 'month', taon: 'year',
};

/** English verbs with Tagalog affixes ("nag-le-lead", "i-post", "mag-uumpisa"): the verb is read alone. Not "in-": "in-person" is English. */
export const TAGALOG_PREFIX_RE = /(?<![\p{L}-])(?:nag|mag|na|i|naka|nakaka|pina)-(?:\p{L}{1,3}-)?(?=\p{L}{3,})/giu;
