/**
 * Dutch as Dutch and Flemish readers mix it into English questions, often in Dutch word order ("Wanneer
 * zijn the first agenten vertrokken?", "Which raad has Ruto ontmoet?"): the words that carry the
 * question, in English. Particles ("eigenlijk", "toch", "hoor") ask nothing; words that are also English
 * words ("die", "door", "met", "van", "of", "land", "hoop", "rust", "agent", "wil") are left out, words German
 * also uses keep their German reading ("wie" is how), and words the other languages read already ("en", "al",
 * "te", "dit", "naam") keep theirs. Nothing here is a fact of the knowledge.
 */
export const DUTCH_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'waar staat': 'what stands', 'staat voor': 'stands for', 'hoe veel': 'how many', 'hoe lang': 'how long', 'hoe laat': 'what time',
  'hoe heet': 'what is the name of', 'hoe heette': 'what was the name of', 'wat voor': 'what kind of', 'van de': 'of the', 'van het': 'of the',
  'volledige naam': 'full name', 'nog steeds': 'still', 'tot nu toe': 'so far', 'tot nu': 'so far', 'ja of nee': '', 'of niet': 'or not',
  'verenigde naties': 'United Nations', 'algemene vergadering': 'General Assembly', 'naar het buitenland': 'abroad',
  'vorig jaar': 'last year', 'vorige maand': 'last month', 'vorige week': 'last week', 'deze week': 'this week',
  'samen met': 'together with', 'beter voorbereid': 'better prepared', 'vindt plaats': 'takes place', 'plaats vinden': 'take place',
  'goed in': 'good at', 'dank je': '', 'dank u': '',
  // Question words.
  wanneer: 'when', waar: 'where', welke: 'which', welk: 'which', waarom: 'why', hoeveel: 'how many', hoe: 'how', hoelang: 'how long',
  waarvoor: 'what for', waarheen: 'where to', waarmee: 'with what', waarover: 'about what',
  // Function words and particles.
  het: '', een: '', voor: 'for', naar: 'to', werd: 'was', werden: 'were', zijn: '', heeft: 'has', hebben: 'have', hadden: 'had',
  wordt: 'is', worden: 'be', waren: 'were', geweest: 'been', eigenlijk: '', nog: 'still', ook: 'also', maar: 'but', daar: 'there',
  hier: 'here', toen: 'then', deze: 'this', niet: 'not', geen: 'no', wel: '', zo: 'so', alleen: 'only',
  precies: 'exactly', ongeveer: 'about', bijna: 'almost', steeds: 'still', sinds: 'since', tijdens: 'during', volgens: 'according to',
  tegen: 'against', zonder: 'without', bij: 'at', uit: 'from', omdat: 'because', nadat: 'after', voordat: 'before', dus: 'so',
  hij: 'he', zij: 'they', ze: 'they', haar: 'her', hun: 'their', jullie: 'you', mijn: 'my', onze: 'our', zich: '',
  ik: '', nee: '', misschien: '', alsjeblieft: '', graag: '', bedankt: '', dankjewel: '', toch: '', eens: '', gewoon: '', hoor: '',
  // Verbs of the news.
  gestuurd: 'sent', sturen: 'send', stuurt: 'sends', stuurde: 'sent', stuurden: 'sent', uitgezonden: 'deployed', uitzenden: 'deploy',
  ingezet: 'deployed', bezocht: 'visited', bezoeken: 'visit', bezoekt: 'visits', ontmoet: 'met', ontmoette: 'met', ontmoeten: 'meet',
  gesproken: 'talked', sprak: 'spoke', spreken: 'speak', praten: 'talk', zei: 'said', zegt: 'says', zeggen: 'say', gezegd: 'said',
  geschreven: 'wrote', schreef: 'wrote', gepost: 'posted', geplaatst: 'posted', gevraagd: 'asked', vroeg: 'asked',
  aangespoord: 'urged', opgeroepen: 'called on', geprezen: 'praised', prees: 'praised', goedgekeurd: 'approved',
  goedkeuren: 'approve', goedkeuring: 'approval', geblokkeerd: 'blocked', tegengehouden: 'stopped', uitgesteld: 'delayed',
  vertraagd: 'delayed', geleid: 'led', leidt: 'leads', helpen: 'help', helpt: 'helps', geholpen: 'helped',
  steunen: 'support', gesteund: 'backed', vertrokken: 'left', vertrok: 'left', vertrekken: 'leave', aangekomen: 'arrived',
  aankomen: 'arrive', komt: 'comes', kwam: 'came', kwamen: 'came', gekomen: 'came', gaat: 'goes', gaan: 'go', gegaan: 'went',
  ging: 'went', gingen: 'went', begint: 'begins', beginnen: 'begin', begon: 'began', werkt: 'works', werken: 'work', gewerkt: 'worked',
  samenwerken: 'work together', samen: 'together', voorbereid: 'prepared', noemde: 'mentioned', genoemd: 'called', heet: 'is called',
  gebeurd: 'happened', gebeurt: 'happens', besloten: 'decided', geoordeeld: 'ruled', beoordelen: 'assess', gewond: 'wounded',
  gedood: 'killed', kost: 'costs', betaalt: 'pays', betalen: 'pay', wou: 'wanted', moet: 'must', moeten: 'must',
  kunnen: 'can', zal: 'will', zullen: 'will', zou: 'would', geeft: 'gives', gaf: 'gave', brengt: 'brings', voelt: 'feels',
  denkt: 'thinks', betekent: 'means', loopt: 'runs',
  // Nouns and adjectives of the news.
  politie: 'police', polititie: 'police', politieagenten: 'police officers', agenten: 'officers', rechter: 'judge',
  rechtbank: 'court', raad: 'council', veiligheidsraad: 'Security Council', overgangsraad: 'transitional council',
  eerste: 'first', eerst: 'first', tweede: 'second', laatste: 'last', groep: 'group', stad: 'city', landen: 'countries',
  dag: 'day', dagen: 'days', maand: 'month', maanden: 'months', weken: 'weeks', jaar: 'year', volledige: 'full',
  bezoek: 'visit', reden: 'reason', kans: 'chance', vergadering: 'meeting', bijeenkomst: 'meeting', leider: 'leader',
  leiders: 'leaders', wereldleiders: 'world leaders', hulp: 'help', steun: 'support', problemen: 'problems', probleem: 'problem',
  bericht: 'message', toespraak: 'speech', regering: 'government', overheid: 'government', parlement: 'parliament', leger: 'army',
  troepen: 'troops', bende: 'gang', bendes: 'gangs', geweld: 'violence', vrede: 'peace', veiligheid: 'security',
  stabiliteit: 'stability', vooruitgang: 'progress', resultaten: 'results', resolutie: 'resolution', mandaat: 'mandate',
  missie: 'mission', operatie: 'operation', uitspraak: 'ruling', beslissing: 'decision', ongrondwettelijk: 'unconstitutional',
  grondwet: 'constitution', overeenkomst: 'agreement', akkoord: 'agreement', toestemming: 'permission', buitenland: 'abroad',
  staatshoofd: 'head of state', doel: 'purpose', betekenis: 'meaning', afkorting: 'abbreviation', artikel: 'article',
  mensen: 'people', tijd: 'time', aantal: 'number', kosten: 'cost', goed: 'good', beter: 'better', nieuwe: 'new', nieuw: 'new',
  meer: 'more', andere: 'other', ander: 'other', grote: 'big', groot: 'big', officiële: 'official', officieel: 'official',
  keniaanse: 'Kenyan', keniaans: 'Kenyan', kenianen: 'Kenyans', haïtiaanse: 'Haitian', haitiaanse: 'Haitian', haïtiaans: 'Haitian',
  haitiaans: 'Haitian', haïtianen: 'Haitians', haitianen: 'Haitians', vn: 'UN',
  // Days and months.
  maandag: 'Monday', dinsdag: 'Tuesday', woensdag: 'Wednesday', donderdag: 'Thursday', vrijdag: 'Friday', zaterdag: 'Saturday',
  zondag: 'Sunday', januari: 'January', februari: 'February', maart: 'March', mei: 'May', juni: 'June', juli: 'July',
  augustus: 'August', oktober: 'October',
};

/** Dutch "dan" (then, than) says nothing, typed in lower case ("and the mandate dan?"); "Dan" in capitals is a name. */
export const DUTCH_DAN_RE = /(?<![\p{L}\p{N}'’-])dan(?![\p{L}\p{N}'’-])/gu;
