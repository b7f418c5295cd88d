/**
 * French, Spanish and Portuguese as askers mix them into English questions ("Who is leading le Conseil
 * présidentiel de transition?", "Cuándo fue que Ruto visitó a los policías kenianos?", "Quantos
 * policiais foram no primeiro grupo?"): the words
 * that carry the question, in English. Articles and other function words ask nothing; words that
 * are also English words ("son", "plus", "premier", "agents", "aide", "pays", "un" for the UN, "y" for
 * why, "pour", "but", "dire", "genre", "terrain", "con", "sin", Portuguese "do", "no", "data") are left out,
 * and so is "onu", which kreyol.ts reads already. Where two languages differ, the French or Spanish sense
 * stays (French "mais" is "but", not Portuguese "more"). Italian, which shares many of these words,
 * is read after them (ITALIAN_WORDS, below). Nothing here is a fact of the knowledge.
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
  'decir sí': 'approve', 'dijo sí': 'approved', 'en qué': 'in which', 'de qué': 'of what', 'para qué': 'for what', "pa' qué": 'for what',
  "pa'": 'for', 'qué cosa': 'what', 'nada más': 'only', 'quiso decir': 'meant', 'se juntó': 'met', 'se reunió': 'met', 'van a': 'will',
  'va a': 'will', 'es verdad': 'is it true', 'primer contingente': 'first contingent',
  'pour quoi': 'for what', 'pour la': 'for the', 'pour le': 'for the', 'pour les': 'for the', 'pour haïti': 'for Haiti',
  'vis-à-vis': 'about', 'le premier': 'the first', 'les premiers': 'the first', 'les premières': 'the first', 'cuáles son': 'which are',
  'quiénes son': 'who are', 'qué son': 'what are',
  'jefe de estado': 'head of state', 'luz verde': 'green light', 'codo a codo': 'side by side', 'a nivel mundial': 'globally',
  'hacía falta': 'was missing', 'hace falta': 'is missing', 'contra la constitución': 'unconstitutional', 'dice que': 'says',
  'qué dice': 'what says', 'va pues': '', 'qué onda': '', 'con quién': 'with whom', 'con quiénes': 'with whom', 'lo que': 'what',
  'a visitar': 'to visit', 'día de la semana': 'day of the week',
  // Spoken French, Québécois too ("Y'a-tu", "au juste", "en gros"): fillers ask nothing.
  "y'a": 'there is', 'y’a': 'there is', "y'avait": 'there was', 'y’avait': 'there was', 'il y avait': 'there was',
  'port au prince': 'Port-au-Prince', 'au juste': '', 'en gros': '', 'au long': 'in full', 'en premier lieu': 'in the first place', 'combien de temps': 'how long',
  'communiqué de presse': 'press release', 'conférence de presse': 'press conference', 'conseil de transition': 'transitional council',
  "d'autre monde": 'other people', 'd’autre monde': 'other people', 'est allé': 'went', 'est allée': 'went', 'sont allés': 'went',
  'se sent': 'feels', 'chef d’état': 'head of state', "chef d'état": 'head of state', 'à l’étranger': 'abroad', "à l'étranger": 'abroad',
  'quel pays': 'which country', 'notre pays': 'our country', 'le pays': 'the country', 'ce pays': 'this country', 'du pays': 'of the country',
  'la venue': 'the visit', 'sa venue': 'his visit', 'pris du retard': 'been delayed', 'la justice': 'the court', 'nom d’utilisateur': 'username',
  "nom d'utilisateur": 'username', 'rendu compte': 'reported', 'à la tête': 'leading', 'conseil de sécurité': 'Security Council', 'chefs d’état': 'heads of state', "chefs d'état": 'heads of state', 'chef de l’état': 'head of state',
  "chef de l'état": 'head of state', 'quel conseil': 'what advice', 'termes exacts': 'exact words', 'quelques semaines': 'a few weeks',
  "qu'entend faire": 'what intends to do', 'qu’entend faire': 'what intends to do', 'rendu auprès': 'visited',
  'ça marche': 'is it working', 'un pays': 'a country', "parmi d'autres": 'among others', 'parmi d’autres': 'among others', 'dirigeants mondiaux': 'world leaders', 'calme relatif': 'relative calm', 'compte officiel': 'official account',
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
  contribue: 'contributes', contribuent: 'contribute', contribuer: 'contribute', français: 'French', anglais: 'English', créole: 'Creole',
  élections: 'elections', élection: 'election', fruit: 'results', multinationale: 'multinational', entrevoit: 'foresees', recherche: 'pursuit', dont: '', cet: 'this', vers: 'towards',
  tâche: 'task', étrangers: 'foreign', sol: 'ground', opposé: 'opposed', fondement: 'basis', contesté: 'challenged',
  préside: 'chairs', auteur: 'author', sous: 'under', moyen: 'means', publiquement: 'publicly', paroles: 'words', éloge: 'praise',
  avenir: 'future', instance: 'body', appuie: 'supports', approbation: 'approval', donné: 'given', appui: 'support', commande: 'commands',
  responsables: 'leaders', conduisent: 'lead', espérance: 'hope', rendue: 'restored', délai: 'deadline', quelques: 'a few', restent: 'remain',
  souhaite: 'wishes', lors: 'during', ville: 'city', maux: 'problems', souffre: 'suffers', combattre: 'fight', entretien: 'meeting',
  évoque: 'mentions', hommes: 'men', contingent: 'contingent', rencontrés: 'met',
  // Spanish as it is typed in a hurry, in New York or Madrid ("q", "xq", "pa' qué", "al frente de", "le echó flores").
  q: '', xq: 'why', oye: '', 'pa qué': 'for what', 'al frente de': 'leading', 'está al frente': 'leads', 'echó flores': 'praised',
  'echarle flores': 'praise', 'dando la vuelta': 'touring', 'en primer lugar': 'in the first place', 'fuera del país': 'abroad',
  'aparte de': 'besides', ese: 'that', esa: 'that', eso: 'that', esos: 'those', hombre: 'man', estaba: 'was',
  lograr: 'achieve', logrado: 'achieved', aprobó: 'approved', aprobar: 'approve', aprobado: 'approved', paró: 'stopped',
  detuvo: 'stopped', faltaba: 'was missing', falta: 'missing', letras: 'letters', políticos: 'politicians',
  pedir: 'ask', aproveche: 'take advantage', algo: 'something',
  calmita: 'calm', tranquilidad: 'calm', mandó: 'sent', mandaron: 'sent',
  elogió: 'praised', alabó: 'praised', sueldo: 'salary', salario: 'salary', pagan: 'pay', muertos: 'dead',
  murieron: 'died', terminará: 'will end', termina: 'ends', cuesta: 'costs', costó: 'cost', plata: 'money', chavos: 'money',
  pandilleros: 'gang members', pandillero: 'gang member', maras: 'gangs', retrasó: 'delayed', retrasaron: 'delayed', retraso: 'delay',
  hubo: 'there was', sacar: 'send out', calmaria: 'calm', elementos: 'members', participan: 'take part', participa: 'takes part', operativos: 'operations', acaba: 'ends', acabará: 'will end', regresen: 'return', regresan: 'return', regresar: 'return', volver: 'return',
  juste: 'just', au: 'at the', lui: 'him', eux: 'them', veux: 'want', argument: 'argument', dedans: 'in it', eu: '', morts: 'dead', mort: 'dead', tués: 'killed', tué: 'killed', pendant: 'during', tournée: 'tour',
  "quelqu'un": 'someone', 'quelqu’un': 'someone', sécu: 'security', faire: 'do', attachée: 'attached', attaché: 'attached',
  lien: 'link', mène: 'leads', mener: 'lead', parmi: 'among', prêt: 'ready', prête: 'ready', voir: 'see', troupes: 'troops',
  soldats: 'soldiers', armée: 'army', moral: 'morale', effet: 'effect', conseillé: 'advised', conseiller: 'advise', resté: 'stayed',
  rester: 'stay', presse: 'press', pis: 'and', demandé: 'asked', annoncé: 'announced', annonce: 'announces', déployer: 'deploy',
  déployés: 'deployed', déployé: 'deployed', stabilité: 'stability', prospère: 'prosperous', élan: 'momentum', accalmie: 'lull',
  profiter: 'take advantage', mondiaux: 'world', mondial: 'world', écrit: 'wrote', officiel: 'official', illégal: 'illegal',
  illégale: 'illegal', autorité: 'authority', pouvoir: 'power', préalable: 'prior', étranger: 'abroad', conflits: 'conflicts',
  références: 'credentials', entente: 'agreement', humanitaires: 'humanitarian', promet: 'promises',
  ciudad: 'city', pidió: 'asked', autoridades: 'authorities', trabajan: 'work', trabaja: 'works', devolverle: 'restore',
  devolver: 'restore', exactamente: 'exactly', quiere: 'wants', quieren: 'want', aprovechen: 'take advantage', aprovechar: 'take advantage',
  impulsar: 'drive', cosa: 'thing', cuerpo: 'force', frenó: 'blocked', bloqueó: 'blocked', significan: 'mean', significa: 'means',
  siglas: 'letters', contingente: 'contingent', verdad: 'true', ayudan: 'help',
  según: 'according to', además: 'besides', mes: 'month', meses: 'months', dieron: 'gave', fallo: 'ruling', constitución: 'constitution',
  jueces: 'judges', recorrido: 'tour', allá: 'there', allí: 'there', buen: 'good', bueno: 'good', estuvo: 'was', mandatario: 'president',
  tropas: 'troops', platicó: 'talked', usuario: 'username', visitar: 'visit', evento: 'event', preparado: 'prepared', mejor: 'better',
  aprovecharan: 'take advantage', aprovecharon: 'took advantage', fíjese: '', púchica: '',
  razón: 'reason', raison: 'reason', oposición: 'opposition', fuerza: 'force', decisión: 'decision', mandato: 'mandate',
  // Portuguese: phrases, question and function words, then the news.
  'assembleia geral': 'General Assembly', 'nome completo': 'full name', 'rede social': 'social network',
  'redes sociais': 'social networks', 'o quê': 'what', 'o que': 'what', 'segundo o': 'according to',
  'segundo a': 'according to', 'primeiro grupo': 'first group', 'sim ou não': '', 'ou não': '',
  'foi ao': 'went to', 'foi para': 'went to', 'foram para': 'went to', 'polícia nacional': 'National Police',
  'nome do': 'name of the', 'nome da': 'name of the', 'de novo': 'again', 'dando resultado': 'yielding results', 'dando resultados': 'yielding results',
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
  juiz: 'judge', juízes: 'judges', declarou: 'declared', acordo: 'agreement', setembro: 'September', outubro: 'October', janeiro: 'January', junho: 'June',
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

/**
 * Italian as Italian readers mix it into English questions ("Allora, quanti poliziotti in più manda il
 * Kenya ad Haiti?", "Chi è il capo del consiglio di transizione?"): the words that carry the question, in
 * English. Fillers ("allora", "insomma", "scusa") ask nothing; words that are also English ("come", "dove",
 * "chi", "con", "per", "era", "fine", "tempo", "pace", "ai", "pronto") are read only in a phrase ("come si
 * chiama", "dove si", "con chi"), and words another language here reads already ("il", "su", "qui", "quel",
 * "alla", "mesi", "cosa", "mandato", "da", "di") keep that sense ("ad" before a name and "cosa" ending a
 * question are read in text.ts). Nothing here is a fact of the knowledge.
 */
export const ITALIAN_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'come si chiama': 'what is the name of', 'come si chiamano': 'what are the names of', 'come mai': 'why', 'come è': 'how is',
  'come va': 'how is it going', 'dove si': 'where', 'dove si tiene': 'where is held', 'dove si svolge': 'where is held',
  'dove si trova': 'where is', 'dove è': 'where is', 'dove sono': 'where are', 'dove ha': 'where has',
  'chi è': 'who is', 'chi e': 'who is', 'chi sono': 'who are', 'chi ha': 'who has', 'chi hanno': 'who have', 'chi era': 'who was',
  'con chi': 'with whom', 'da chi': 'by whom', 'di chi': 'whose', 'a chi': 'to whom', 'che cosa': 'what', 'cosa è': 'what is',
  'cosa ha': 'what has', 'cosa hanno': 'what have', 'cosa significa': 'what means', 'in cosa': 'in what', 'per cosa': 'for what',
  'su quale': 'on which', 'su quali': 'on which', 'su cosa': 'on what', 'su che': 'on which', 'per fare': 'to do',
  'che giorno': 'which day', 'che mese': 'which month', 'che data': 'which date', 'che anno': 'which year', 'in che': 'in which',
  'per quale motivo': 'for what reason', 'qual è': 'what is', 'quale è': 'what is', 'quali sono': 'which are',
  'quanto tempo': 'how long', 'vuol dire': 'mean', 'vuole dire': 'mean', 'sta per': 'stands for',
  'nazioni unite': 'United Nations', 'stati uniti': 'United States', 'assemblea generale': 'General Assembly',
  'consiglio di sicurezza': 'Security Council', 'polizia nazionale': 'National Police', 'primo ministro': 'prime minister',
  'capo di stato': 'head of state', 'capo dello stato': 'head of state', 'accordo bilaterale': 'bilateral agreement',
  'secondo nome': 'middle name', 'nome utente': 'username', 'per esteso': 'in full',
  'fianco a fianco': 'side by side', 'va bene': 'is going well', 'si vede': 'appears', 'più pronto': 'better prepared',
  'con il': 'with the', 'con i': 'with the', 'con gli': 'with the', 'con le': 'with the', 'andato a trovare': 'visited',
  'andata a trovare': 'visited', 'andare a trovare': 'visit',
  'è andato': 'went', 'è andata': 'went', 'sono andati': 'went', 'è partito': 'left', 'è partita': 'left', 'sono partiti': 'left',
  'è stato': 'was', 'è stata': 'was', 'sono stati': 'were', 'ci sono': 'there are', "c'è": 'there is', 'c’è': 'there is',
  'si tiene': 'is held', 'si svolge': 'is held', 'si sente': 'feels', 'sul posto': 'there', 'in più': 'more', 'di più': 'more',
  'più o meno': '', 'per favore': '', 'mi dici': '', 'non lo so': '', "un po'": '', 'un po’': '', 'dato l’ok': 'approved',
  "dato l'ok": 'approved', 'detto di no': 'said no', 'detto di sì': 'approved', 'prima di': 'before', 'fino a': 'until',
  'cogliere l’occasione': 'seize the opportunity', "cogliere l'occasione": 'seize the opportunity',
  // Question words.
  quanti: 'how many', quante: 'how many', perché: 'why', perchè: 'why', quale: 'which', quali: 'which',
  // Particles, pronouns and function words.
  allora: '', insomma: '', scusa: '', scusate: '', cioè: '', ecco: '', dunque: '', comunque: '', magari: '', grazie: '', già: '',
  gli: '', lei: 'she', loro: 'their', suo: 'his', suoi: 'his', questo: 'this', questa: 'this', questi: 'these',
  queste: 'these', quello: 'that', quella: 'that', quei: 'those', quelli: 'those', della: 'of the', dello: 'of the',
  delle: 'of the', degli: 'of the', dei: 'of the', nel: 'in the', nella: 'in the', nello: 'in the', nei: 'in the', negli: 'in the',
  nelle: 'in the', allo: 'to the', agli: 'to the', dal: 'from the', dalla: 'from the', dai: 'from the',
  dagli: 'from the', dalle: 'from the', sul: 'on the', sulla: 'on the', sui: 'on the', sulle: 'on the', tra: 'among', fra: 'among',
  senza: 'without', contro: 'against', entro: 'within', è: 'is', sono: 'are', erano: 'were', ha: 'has',
  hanno: 'have', aveva: 'had', avevano: 'had', stato: 'been', stata: 'been', stati: 'been', anche: 'also', ancora: 'still',
  adesso: 'now', oggi: 'today', ieri: 'yesterday', finora: 'so far', dopo: 'after', più: 'more', tutto: 'all', tutti: 'all',
  altri: 'other', altre: 'other', altro: 'other', insieme: 'together', laggiù: 'there', lì: 'there',
  // Nouns, verbs and adjectives of the news.
  poliziotti: 'police officers', poliziotto: 'police officer', polizia: 'police', agenti: 'officers', agente: 'officer',
  tribunale: 'court', tribunali: 'courts', giudici: 'judges', giudice: 'judge', sentenza: 'ruling', consiglio: 'council',
  transizione: 'transition', capo: 'head', missione: 'mission', paese: 'country', paesi: 'countries', città: 'city',
  giorno: 'day', giorni: 'days', mese: 'month', settimana: 'week', settimane: 'weeks', anno: 'year', anni: 'years',
  primo: 'first', prima: 'first', gruppo: 'group', partito: 'left', partiti: 'left', partire: 'leave', mandare: 'send',
  manda: 'sends', mandano: 'send', manderà: 'will send', inviare: 'send', invia: 'sends', inviato: 'sent', inviati: 'sent',
  invierà: 'will send', incontrato: 'met', incontrare: 'meet', incontro: 'meeting', elogiato: 'praised', elogiare: 'praise',
  lodato: 'praised', autorizzato: 'authorised', autorizzata: 'authorised', autorizzazione: 'authorisation',
  dispiegamento: 'deployment', schierare: 'deploy', rimandata: 'delayed', rimandato: 'delayed', rinviata: 'delayed',
  rinviato: 'delayed', ritardo: 'delay', bloccato: 'blocked', bloccata: 'blocked', fermato: 'stopped', bande: 'gangs',
  problemi: 'problems', motivo: 'reason', ragione: 'reason', firma: 'signature', sigla: 'letters', significato: 'meaning',
  chiama: 'called', chiamato: 'called', chiesto: 'asked', chiede: 'asks', detto: 'said', scritto: 'written', postato: 'posted',
  pubblicato: 'posted', messaggio: 'message', discorso: 'speech', visitato: 'visited', andato: 'went', andata: 'went',
  andare: 'go', truppe: 'troops', soldati: 'soldiers', mondiali: 'world', mondo: 'world', keniani: 'Kenyan',
  keniane: 'Kenyan', keniota: 'Kenyan', kenioti: 'Kenyan', keniote: 'Kenyan', haitiani: 'Haitian',
  haitiane: 'Haitian', assemblea: 'assembly', sicurezza: 'security', risoluzione: 'resolution', approfittare: 'take advantage',
  cogliere: 'seize', occasione: 'opportunity', speranza: 'hope', persone: 'people', popolo: 'people', aiutare: 'help',
  aiuto: 'help', aiuta: 'helps', risultati: 'results', risultato: 'result', funziona: 'works', lavorano: 'work', lavora: 'works',
  lavorare: 'work', reputazione: 'reputation', credenziali: 'credentials', parlare: 'speak', parlato: 'spoke',
  ridà: 'restores', ridare: 'restore', comincia: 'begins', inizia: 'begins', iniziare: 'start', deciso: 'decided',
  decisione: 'decision', incostituzionale: 'unconstitutional', accordo: 'agreement', precisa: 'exact', preciso: 'exact',
  esattamente: 'exactly', nuovi: 'new', nuovo: 'new', arriveranno: 'will arrive', arrivati: 'arrived', arrivo: 'arrival',
  guida: 'leads', guidata: 'led', guidato: 'led', membri: 'members', morti: 'dead', feriti: 'injured', uomini: 'men',
  durata: 'duration', paga: 'pays', bene: 'well', vede: 'sees', pronti: 'ready', pronta: 'ready', bisogna: 'need to',
  bisogno: 'need', votato: 'voted', parlamento: 'parliament',
  violenza: 'violence', crisi: 'crisis', politica: 'political', stabilità: 'stability',
  instabilità: 'instability', multinazionale: 'multinational', sostegno: 'support', progressi: 'progress',
  progresso: 'progress', valutare: 'assess', controllare: 'check', obiettivo: 'objective', scopo: 'purpose', viaggio: 'trip',
  giro: 'tour', promesso: 'promised', impegnato: 'committed', scorso: 'last', scorsa: 'last', ultimi: 'last', ultime: 'last',
  prossimo: 'next', prossima: 'next', secondo: 'according to',
  // Days and months.
  lunedì: 'Monday', martedì: 'Tuesday', mercoledì: 'Wednesday', giovedì: 'Thursday', venerdì: 'Friday', sabato: 'Saturday',
  domenica: 'Sunday', gennaio: 'January', febbraio: 'February', aprile: 'April', maggio: 'May', giugno: 'June', luglio: 'July',
  settembre: 'September', ottobre: 'October', dicembre: 'December',
};

/** The Italian words as typed without accents ("perche", "citta", "piu"), where that is no other word here nor English. */
export const UNACCENTED_ITALIAN_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ITALIAN_WORDS)
    .map(([word, english]) => [word.normalize('NFD').replace(/\p{M}/gu, ''), english] as const)
    .filter(([plain, english]) => plain.length >= 3 && plain !== english.toLowerCase() && !(plain in ITALIAN_WORDS) && !(plain in ROMANCE_WORDS)),
);

/**
 * Italian elisions ("dell'ONU", "all'Assemblea", "dov'è", "cos'è"): in English, or the word in full where a phrase of
 * ITALIAN_WORDS reads it ("dove è"). Not before a lone letter but "è": "all's well", "Dell's" are English.
 */
export const ITALIAN_ELISION_RE = /(?<![\p{L}\p{N}'’])(dell|nell|all|dall|sull|dov|cos|com|quest|quell)['’](?=\p{L}{2}|è)/giu;
export const ITALIAN_ELIDED: Readonly<Record<string, string>> = {
  dell: 'of the ', nell: 'in the ', all: 'to the ', dall: 'from the ', sull: 'on the ', dov: 'dove ', cos: 'cosa ', com: 'come ',
  quest: 'this ', quell: 'that ',
};

/** Words that mark a question as Spanish (see SPANISH_CONTEXT_WORDS). */
export const SPANISH_CONTEXT_RE = /(?<![\p{L}'’-])(?:el|los|las|del|dijo|fue|pero|quien|quién|cuando|cuándo|cuantos|cuántos|cuantas|cuántas|donde|dónde|hay|xq|porque|está|ese|esa|mija|nena|oye)(?![\p{L}'’-])/iu;

/**
 * Words read in their Spanish sense only in a Spanish question, as another language or English reads
 * them otherwise: "pa" (for; Kreyòl "not"), "con" (with), "todo" (all), "lo" (it), "poder" (to be able).
 */
export const SPANISH_CONTEXT_WORDS: Readonly<Record<string, string>> = { pa: 'for', con: 'with', todo: 'all', lo: '', poder: '', hay: 'there are', nena: '', mija: '' };
