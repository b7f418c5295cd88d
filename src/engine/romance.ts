/**
 * French and Spanish as askers mix them into English questions ("Who is leading le Conseil
 * présidentiel de transition?", "Cuándo fue que Ruto visitó a los policías kenianos?"): the words
 * that carry the question, in English. Articles and other function words ask nothing; words that
 * are also English words ("son", "plus", "premier", "agents", "aide", "pays", "un" for the UN, "y" for
 * why) are left out, and so is "onu", which kreyol.ts reads already. Nothing here is a fact of the knowledge.
 */
export const ROMANCE_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'por qué': 'why', 'est-ce que': '', 'nations unies': 'United Nations', 'naciones unidas': 'United Nations',
  'assemblée générale': 'General Assembly', 'asamblea general': 'General Assembly', 'dirigé par': 'led by',
  'dirigée par': 'led by', 'liderada por': 'led by', 'dirigida por': 'led by', 'états-unis': 'United States',
  'estados unidos': 'United States', 'premier ministre': 'prime minister', 'primer ministro': 'prime minister',
  'police nationale': 'National Police', 'policía nacional': 'National Police', 'oui ou non': '', 'ou non': '',
  'sí o no': '', 'o no': '',
  // Question words.
  quand: 'when', pourquoi: 'why', combien: 'how many', où: 'where', qui: 'who', quoi: 'what', quel: 'which',
  quelle: 'which', quels: 'which', quelles: 'which', cuándo: 'when', cuando: 'when', cuántos: 'how many',
  cuántas: 'how many', dónde: 'where', quién: 'who', quiénes: 'who', qué: 'what', cuál: 'which', cuáles: 'which',
  // Function words.
  le: '', la: '', les: '', des: '', du: '', une: '', el: '', los: '', las: '', del: '', al: '', una: '', que: '',
  et: 'and', est: 'is', sont: 'are', été: '', il: 'he', elle: 'she', ils: 'they', dans: 'in', avec: 'with', sur: 'about',
  en: 'in', es: 'is', fue: 'was', por: 'by', para: 'for', su: 'his', sus: 'his', este: 'this', esta: 'this',
  // Nouns, verbs and adjectives of the news.
  président: 'president', presidente: 'president', policiers: 'police officers', policier: 'police officer',
  policías: 'police', policía: 'police', policia: 'police', policias: 'police', agentes: 'officers',
  oficiales: 'officers', officiers: 'officers', kényan: 'Kenyan', kényans: 'Kenyan', kényane: 'Kenyan',
  kényanes: 'Kenyan', keniano: 'Kenyan', kenianos: 'Kenyan', keniana: 'Kenyan', kenianas: 'Kenyan', haïtien: 'Haitian',
  haïtiens: 'Haitian', haïtienne: 'Haitian', haitiano: 'Haitian', haitianos: 'Haitian', haïti: 'Haiti', haití: 'Haiti',
  conseil: 'council', consejo: 'council', juge: 'judge', juez: 'judge', cour: 'court', misión: 'mission',
  visite: 'visit', visita: 'visit', visitó: 'visited', envoyer: 'send', envoyé: 'sent', envoyés: 'sent',
  enviar: 'send', envió: 'sent', enviará: 'will send', déploiement: 'deployment', despliegue: 'deployment',
  sécurité: 'security', seguridad: 'security', résolution: 'resolution', resolución: 'resolution',
  aider: 'help', ayuda: 'help', ayudar: 'help', soutien: 'support', soutenir: 'support', apoyo: 'support',
  apoyar: 'support', résultats: 'results', resultados: 'results', espoir: 'hope', esperanza: 'hope', calme: 'calm',
  calma: 'calm', changement: 'change', cambio: 'change', jour: 'day', día: 'day', fecha: 'date', semaine: 'week',
  semana: 'week', première: 'first', primero: 'first', primera: 'first',
  más: 'more', autres: 'other', otros: 'other', otras: 'other', compte: 'account', cuenta: 'account',
  publié: 'posted', publicó: 'posted', país: 'country', gouvernement: 'government',
  gobierno: 'government', violencia: 'violence', pandillas: 'gangs', groupe: 'group', grupo: 'group',
  kenia: 'Kenya', presidencial: 'presidential', présidentiel: 'presidential', présidentielle: 'presidential',
  transición: 'transition', discours: 'speech', discurso: 'speech', dijo: 'said', salió: 'left', partis: 'left',
};
