/**
 * French, Spanish and Portuguese as askers mix them into English questions ("Who is leading le Conseil
 * présidentiel de transition?", "Cuándo fue que Ruto visitó a los policías kenianos?", "Quantos
 * policiais foram no primeiro grupo?"): the words
 * that carry the question, in English. Articles and other function words ask nothing; words that
 * are also English words ("son", "plus", "premier", "agents", "aide", "pays", "un" for the UN, "y" for
 * why, "pour", "but", "dire", "genre", "terrain", "con", "sin", Portuguese "do", "no", "data") are left out,
 * and so is "onu", which kreyol.ts reads already. Where two languages differ, the French or Spanish sense
 * stays (French "mais" is "but", not Portuguese "more"). Nothing here is a fact of the knowledge.
 */
export const ROMANCE_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'por qué': 'why', 'est-ce que': '', 'nations unies': 'United Nations', 'naciones unidas': 'United Nations',
  'assemblée générale': 'General Assembly', 'asamblea general': 'General Assembly', 'dirigé par': 'led by',
  'dirigée par': 'led by', 'liderada por': 'led by', 'dirigida por': 'led by', 'états-unis': 'United States',
  'estados unidos': 'United States', 'premier ministre': 'prime minister', 'primer ministro': 'prime minister',
  'police nationale': 'National Police', 'policía nacional': 'National Police', 'oui ou non': '', 'ou non': '',
  'sí o no': '', 'o no': '', 'à quel moment': 'when', 'ça veut dire': 'mean', 'veut dire': 'mean', 'quiere decir': 'mean',
  'ça va': '', 'réseau social': 'social network', 'reseau social': 'social network', 'réseaux sociaux': 'social networks', 'red social': 'social network', 'redes sociales': 'social networks', 'le but': 'the purpose', 'se tient': 'is held', 'sur place': 'there', 'il y a': 'there is', 'à part': 'besides', 'de plus': 'more', 'là-bas': 'there', 'sur le terrain': 'on the ground', 'je crois': '',
  "s'il vous plaît": '', svp: '', 'quelle sorte de': 'what kind of', 'accord bilatéral': 'bilateral agreement',
  'acuerdo bilateral': 'bilateral agreement', 'se reunió con': 'met', 'por favor': '', 'primer grupo': 'first group',
  'decir sí': 'approve', 'dijo sí': 'approved',
  'pour quoi': 'for what', 'pour la': 'for the', 'pour le': 'for the', 'pour les': 'for the', 'pour haïti': 'for Haiti',
  'vis-à-vis': 'about', 'le premier': 'the first', 'les premiers': 'the first', 'les premières': 'the first', 'cuáles son': 'which are',
  'quiénes son': 'who are', 'qué son': 'what are',
  // Question words.
  quand: 'when', pourquoi: 'why', combien: 'how many', où: 'where', qui: 'who', quoi: 'what', quel: 'which',
  quelle: 'which', quels: 'which', quelles: 'which', cuándo: 'when', cuando: 'when', cuántos: 'how many',
  cuántas: 'how many', dónde: 'where', quién: 'who', quiénes: 'who', qué: 'what', cuál: 'which', cuáles: 'which',
  lequel: 'which', laquelle: 'which', cuánto: 'how much', cómo: 'how',
  // Function words.
  le: '', la: '', les: '', des: '', du: 'of the', une: '', el: '', los: '', las: '', del: '', al: '', una: '', que: '',
  et: 'and', est: 'is', sont: 'are', été: '', il: 'he', elle: 'she', ils: 'they', dans: 'in', avec: 'with', sur: 'about',
  en: 'in', es: 'is', fue: 'was', por: 'by', para: 'for', su: 'his', sus: 'his', este: 'this', esta: 'this',
  était: 'was', étaient: 'were', ont: 'have', avait: 'had', fueron: 'were', je: '', nous: 'we', vous: 'you', notre: 'our',
  nos: 'our', votre: 'your', ses: 'his', leur: 'their', leurs: 'their', ce: 'this', cette: 'this', ces: 'these',
  ça: 'that', cela: 'that', aux: 'to', à: 'to', par: 'by', sans: 'without', selon: 'according to', mais: 'but', ou: 'or',
  pas: 'not', ne: '', aussi: 'also', seulement: 'only', maintenant: 'now', après: 'after', avant: 'before',
  depuis: 'since', exactement: 'exactly', vraiment: 'really', déjà: '', pero: 'but', porque: 'because',
  también: 'also', ahora: 'now', después: 'after', antes: 'before', sorte: 'kind',
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
  parti: 'left', arrivés: 'arrived', arrivent: 'arrive', arrivée: 'arrival', venu: 'came', venus: 'came', venir: 'come',
  rencontré: 'met', rencontrer: 'meet', rencontre: 'meeting', parlé: 'spoke', parle: 'speaks', parler: 'speak',
  dit: 'said', veut: 'wants', veulent: 'want', mentionne: 'mentions', mentionné: 'mentioned', cités: 'cited',
  félicité: 'commended', félicités: 'commended', félicite: 'commends', féliciter: 'commend', travaillent: 'work',
  travaille: 'works', travailler: 'work', seul: 'alone', seuls: 'alone', aidé: 'helped', redonner: 'restore',
  donne: 'gives', donner: 'give', pris: 'took', trouvait: 'found', trouve: 'finds', approuvé: 'approved',
  approuvée: 'approved', autorisé: 'authorised', autorisée: 'authorised', retardé: 'delayed', bloqué: 'blocked',
  promis: 'promised', taguer: 'tag', suivre: 'follow', dirige: 'leads', dirigeants: 'leaders', aller: 'go',
  allé: 'went', évaluer: 'assess', nom: 'name', numéro: 'number', gens: 'people', peuple: 'people', envoi: 'sending',
  objectif: 'objective', problèmes: 'problems', problème: 'problem', histoire: 'story', expérience: 'experience',
  internationale: 'international', temps: 'time', semaines: 'weeks', dernières: 'last', derniers: 'last',
  dernier: 'last', dernière: 'last', assemblée: 'assembly', générale: 'general', kenyane: 'Kenyan', kenyanes: 'Kenyan',
  haitien: 'Haitian', haitiens: 'Haitian', policière: 'police', bandes: 'gangs', paix: 'peace', crise: 'crisis',
  humanitaire: 'humanitarian', instabilité: 'instability', politique: 'political', bilatéral: 'bilateral',
  inconstitutionnel: 'unconstitutional', inconstitutionnelle: 'unconstitutional', décision: 'decision',
  // "article" as itself: listed so that "l'article" loses its elision (see text.ts).
  mandat: 'mandate', progrès: 'progress', article: 'article', commandant: 'commander', comandante: 'commander', actuellement: 'now',
  actualmente: 'now',
  habló: 'spoke', hablar: 'speak', conoció: 'met', reunió: 'met', llegaron: 'arrived', llegó: 'arrived',
  salieron: 'left', corte: 'court', nombre: 'name', número: 'number', gente: 'people', pueblo: 'people',
  problemas: 'problems', objetivo: 'objective', propósito: 'purpose', viaje: 'trip', mensaje: 'message',
  publicación: 'post', solos: 'alone', juntos: 'together', paz: 'peace', bandas: 'gangs', líderes: 'leaders',
  lideres: 'leaders', líder: 'leader', lidera: 'leads', liderada: 'led', tiene: 'has', tienen: 'have',
  doctorado: 'doctorate', cumplir: 'fulfil', felicitó: 'commended', felicitar: 'commend', inconstitucional: 'unconstitutional',
  razón: 'reason', raison: 'reason', oposición: 'opposition', fuerza: 'force', decisión: 'decision', mandato: 'mandate',
  // Portuguese: phrases, question and function words, then the news.
  'assembleia geral': 'General Assembly', 'nome completo': 'full name', 'rede social': 'social network',
  'redes sociais': 'social networks', 'o quê': 'what', 'o que': 'what', 'segundo o': 'according to',
  'segundo a': 'according to', 'primeiro grupo': 'first group', 'sim ou não': '', 'ou não': '',
  'foi ao': 'went to', 'foi para': 'went to', 'foram para': 'went to', 'polícia nacional': 'National Police',
  'de novo': 'again', 'dando resultado': 'yielding results', 'dando resultados': 'yielding results',
  o: '', os: '', uma: '',
  quantos: 'how many', quantas: 'how many', quanto: 'how much', onde: 'where', quem: 'who', quais: 'which',
  qual: 'which', quando: 'when', ele: 'he', ela: 'she', eles: 'they', foi: 'was', foram: 'were', ao: 'to', aos: 'to',
  pelo: 'by', pela: 'by', em: 'in', com: 'with', sem: 'without', sobre: 'about', seu: 'his', sua: 'his', dele: 'his',
  isso: 'that', isto: 'this', esse: 'this', essa: 'this', muito: '', também: 'also', depois: 'after',
  durante: 'during', não: 'not', já: '', só: 'only', ainda: 'still', é: 'is', está: 'is', estão: 'are', tem: 'has', têm: 'have',
  policiais: 'police officers', policial: 'police officer', polícia: 'police', primeiro: 'first',
  partiram: 'left', partiu: 'left', acontece: 'happens', matéria: 'the article', reportagem: 'the report', notícia: 'news',
  foto: 'photo', imagem: 'image', enfrentando: 'facing', enfrenta: 'faces', experiência: 'experience',
  resolução: 'resolution', conflitos: 'conflicts', antigo: 'former', viagem: 'trip', missão: 'mission',
  resultado: 'result', aproveitar: 'take advantage of', últimas: 'last', último: 'last', última: 'last',
  semanas: 'weeks', queria: 'wanted', quer: 'wants', conselho: 'council', usasse: 'use', usar: 'use', fazer: 'do',
  fazerem: 'do', atrasou: 'delayed', atraso: 'delay', justiça: 'court', pediu: 'asked', elogiou: 'praised',
  elogiar: 'praise', doutor: 'doctor', trabalham: 'work', trabalhar: 'work', sozinhos: 'alone', junto: 'together',
  enviou: 'sent', mandar: 'send', mandou: 'sent', vai: 'will', prometeu: 'promised', disse: 'said', falou: 'spoke',
  fala: 'speaks', falar: 'speak', encontrou: 'met', reuniu: 'met', chegaram: 'arrived', governo: 'government',
  gangues: 'gangs', violência: 'violence', esperança: 'hope', nome: 'name', quenianos: 'Kenyan', queniano: 'Kenyan',
  quenianas: 'Kenyan', queniana: 'Kenyan', quênia: 'Kenya', haitiana: 'Haitian', haitianas: 'Haitian',
  segurança: 'security', apoio: 'support', ajudar: 'help', ajudou: 'helped', povo: 'people', pessoas: 'people',
  transição: 'transition', liderado: 'led', chefe: 'head', oposição: 'opposition', decisão: 'decision',
  acordo: 'agreement', setembro: 'September', outubro: 'October', janeiro: 'January', junho: 'June',
  // Days and months.
  lundi: 'Monday', mardi: 'Tuesday', mercredi: 'Wednesday', jeudi: 'Thursday', vendredi: 'Friday', samedi: 'Saturday',
  dimanche: 'Sunday', lunes: 'Monday', martes: 'Tuesday', miércoles: 'Wednesday', jueves: 'Thursday', viernes: 'Friday',
  sábado: 'Saturday', domingo: 'Sunday', janvier: 'January', février: 'February', avril: 'April', juin: 'June',
  juillet: 'July', août: 'August', septembre: 'September', octobre: 'October', novembre: 'November',
  décembre: 'December', enero: 'January', febrero: 'February', marzo: 'March', abril: 'April', mayo: 'May',
  junio: 'June', julio: 'July', agosto: 'August', septiembre: 'September', octubre: 'October',
  noviembre: 'November', diciembre: 'December',
};

/** Words and phrases that, once their accents are gone, are English ("a part", "aide") or mean another thing ("publico", Swahili "nao"). */
const ENGLISH_WITHOUT_ACCENTS = new Set(['a part', 'aide', 'arrives', 'cites', 'premiere', 'publico', 'nao']);

/** The words as typed without accents ("quien", "mision", "resolucion"), where that is no other word here nor English. */
export const UNACCENTED_ROMANCE_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ROMANCE_WORDS)
    .map(([word, english]) => [word.normalize('NFD').replace(/\p{M}/gu, ''), english] as const)
    .filter(([plain, english]) => plain.length >= 3 && plain !== english.toLowerCase() && !(plain in ROMANCE_WORDS) && !ENGLISH_WITHOUT_ACCENTS.has(plain)),
);
