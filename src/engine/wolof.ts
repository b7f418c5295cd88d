/**
 * Wolof as Senegalese readers mix it into French questions ("Ñaata policiers Ruto dafa promettre d'envoyer?",
 * "Kan moo dirige le conseil?", "Résolution bi, c'est quel numéro?"): the words that carry the question, in
 * English. Marks of focus, of a question and of a noun's article ("dafa", "dañu", "ndax", "bi"), yes and no,
 * greetings and thanks ("salam", "jërëjëf") ask nothing. Words that are also English, French, Spanish or
 * Tagalog ("fan", "lan", "wax", "moo", "tax", "ban", "nit", "dem", "dina", "dama", "naka") are left out or read
 * only inside a phrase ("fan la", "lan moo", "wax ma", "lu tax"); "kan" is who, and "kañ" (when) typed without
 * its tilde, so it is read only in "kan moo"; "ba" keeps its Tagalog sense, nothing either way; "yi", a name, is
 * left out. Nothing here is a fact of the knowledge.
 */
export const WOLOF_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'wax ma': '', 'wax nu': '', 'kan moo': 'who', 'kan mooy': 'who', 'kan ñoo': 'who', 'ñan moo': 'who', 'ñan ñoo': 'who', 'fan la': 'where',
  'fan lay': 'where', 'fan lañu': 'where', 'fan moo': 'where', 'lan la': 'what', 'lan lay': 'what', 'lan moo': 'what',
  'lan mooy': 'what', 'lan lañu': 'what', 'lu tax': 'why', 'lu waral': 'why', 'ban bés': 'which day', 'ban dëkk': 'which city',
  'ban réew': 'which country', 'nanga def': '', 'naka nga def': '', 'mangi fi': '', 'salamaalekum': '', 'salaam aleekum': '',
  'nit ñi': 'people', 'bu njëkk': 'first', 'bu njekk': 'first', 'njiitu réew': 'president', 'njiitu reew': 'president',
  'njiit yi': 'leaders', 'réew yi': 'countries', 'reew yi': 'countries', 'jafe jafe': 'problems', 'jafe-jafe': 'problems',
  'dafa dox': 'going', 'dañu dox': 'going', 'ngi dox': 'going', 'wax na': 'said',
  // Question words.
  ñaata: 'how many', naata: 'how many', nyaata: 'how many', kañ: 'when', kanñ: 'when', ñan: 'who',
  // Marks of focus, of a question, of a noun's article; yes, no, greetings and thanks.
  ndax: '', dafa: '', dañu: '', dafay: '', dañuy: '', danu: '', mooy: '', ñoo: '', bi: '', ñi: '', waaw: '', déedéet: '',
  deedeet: '', salam: '', jërëjëf: '', jerejef: '', jërejëf: '', dinañu: 'will', walla: 'or', rekk: 'only',
  itam: 'also', léegi: 'now', leegi: 'now', tey: 'today', démb: 'yesterday', yépp: 'all', lépp: 'all', ngir: 'for',
  ndaxte: 'because',
  // Nouns and verbs of the news.
  alkaati: 'police', 'takk-der': 'police', njiit: 'leader', dëkk: 'city', dekk: 'city', réew: 'country', reew: 'country',
  àttekaay: 'court', attekaay: 'court', àttekat: 'judge', attekat: 'judge', bés: 'day', ayubés: 'week', ayubes: 'week',
  yónnee: 'send', yonnee: 'send', yónni: 'sent', yonni: 'sent', seeti: 'visit', seetsi: 'visit', dimbali: 'help',
  ndimbal: 'help', jàppale: 'help', jappale: 'help', xaalis: 'money', jàmm: 'peace', jamm: 'peace', kaaraange: 'security',
  yakaar: 'hope', mbooloo: 'group', kurél: 'group', ndaje: 'meeting', njëkk: 'first', njekk: 'first', tur: 'name',
  turam: 'his name', waxoon: 'said', demoon: 'went', ñëw: 'come', ñëwoon: 'came', liggéey: 'work', liggey: 'work',
};
