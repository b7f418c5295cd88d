/**
 * German as German-speaking readers mix it into English questions ("What did the kenyan Gericht
 * decide?", "wie heißt der Präsident?", "In which city findet this UN-Generalversammlung statt?"): the
 * words that carry the question, in English. Articles and question tags ask nothing; words that are
 * also English words ("die", "was", "war", "also", "tag", "rat", "den", "von", "name", "hat") are left
 * out. A compound noun ("Sicherheitsratsresolution", "Rechtsgrundlage", "Kommunikationskanal") is read
 * part by part, each part in English, its linking -s-, -es-, -n- left out (see `germanCompound`); the
 * parts of compounds may be words that are English too ("rat", "tag", "land"), as a compound is not.
 * Nothing here is a fact of the knowledge.
 */
export const GERMAN_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'ja oder nein': '', 'wie heißt': 'what is the name of', 'wie heisst': 'what is the name of', 'wie viele': 'how many',
  'wie viel': 'how much', 'wie lange': 'how long', 'seit wann': 'since when', 'bis wann': 'until when',
  'vereinten nationen': 'United Nations', 'vereinte nationen': 'United Nations', 'ich sehe nur': 'I see only', 'ich weiß nicht': '',
  'ich weiss nicht': '', 'findet statt': 'is held', 'oder nicht': 'or not',
  // Question words.
  wer: 'who', wann: 'when', wo: 'where', warum: 'why', wieso: 'why', weshalb: 'why', welche: 'which', welcher: 'which',
  welches: 'which', welchen: 'which', welchem: 'which', wieviele: 'how many', wieviel: 'how much', wie: 'how', wessen: 'whose',
  wem: 'whom', wofür: 'for what', wozu: 'why', woher: 'where from', wohin: 'where to',
  // Function words and particles.
  der: '', das: '', dem: '', des: '', ein: '', eine: '', einen: '', einem: '', einer: '', und: 'and', oder: 'or', ist: 'is',
  sind: 'are', nicht: 'not', nur: 'only', auch: 'also', mit: 'with', zu: 'to', für: 'for', über: 'about', ich: '', ja: '',
  nein: '', bitte: '', danke: '', vom: 'from the', zum: 'to the', zur: 'to the', beim: 'at the', nach: 'after', seit: 'since',
  gegen: 'against', ohne: 'without', zwischen: 'between', während: 'during', wegen: 'because of', durch: 'through', bei: 'at',
  noch: 'still', schon: 'already', jetzt: 'now', heute: 'today', gestern: 'yesterday', morgen: 'tomorrow', hier: 'here',
  dort: 'there', eigentlich: '', denn: '', doch: '', etwa: 'about', genau: 'exactly', zusammen: '', wirklich: 'really',
  andere: 'other', anderen: 'other', anderer: 'other', weitere: 'more', weiteren: 'more', zusätzliche: 'additional',
  zusätzlichen: 'additional', erste: 'first', ersten: 'first', erster: 'first', erstes: 'first', letzte: 'last', letzten: 'last',
  nächste: 'next', nächsten: 'next', neue: 'new', neuen: 'new', viele: 'many', später: 'later', ursprünglich: 'originally',
  überhaupt: '', ueberhaupt: '', statt: '',
  // Verbs of the news.
  haben: 'have', wurde: 'was', wurden: 'were', wird: 'will', kann: 'can', können: 'can',
  soll: 'should', sollen: 'should', sollte: 'should', muss: 'must', müssen: 'must', sagt: 'says', sagte: 'said', gesagt: 'said',
  geraten: 'advised', geschickt: 'sent', schicken: 'send', entsenden: 'deploy', entsandt: 'deployed', besuchen: 'visit',
  besucht: 'visited', besuchte: 'visited', getroffen: 'met', traf: 'met', genehmigt: 'approved', genehmigen: 'approve',
  autorisiert: 'authorized', veröffentlichen: 'publish', veröffentlicht: 'published', gepostet: 'posted', hervorheben: 'highlight',
  gelobt: 'praised', loben: 'praise', erklären: 'declare', erklärt: 'declared', vorbereitet: 'prepared', vorbereiten: 'prepare',
  verletzt: 'injured', getötet: 'killed', festgenommen: 'arrested', verhaftet: 'arrested', helfen: 'help', geholfen: 'helped',
  unterstützen: 'support', arbeiten: 'work', führt: 'leads', leitet: 'leads', auslaufen: 'expire', beginnt: 'begins',
  bezahlt: 'pays', zahlt: 'pays', kostet: 'costs', stationiert: 'stationed', blockiert: 'blocked', verzögert: 'delayed',
  entschieden: 'decided', findet: 'is held', gestorben: 'died',
  // Nouns and adjectives of the news.
  gericht: 'court', gerichts: 'court', richter: 'judge', urteil: 'ruling', entscheidung: 'decision', gesetz: 'law',
  verfassung: 'constitution', polizei: 'police', polizist: 'police officer', polizisten: 'police officers', beamte: 'officers',
  beamten: 'officers', präsident: 'president', praesident: 'president', premierminister: 'prime minister',
  staatschef: 'head of state', staatschefs: 'heads of state', anführer: 'leader', vorsitzender: 'chair', vorsitzende: 'chair',
  gremium: 'body', versammlung: 'assembly', generalversammlung: 'General Assembly', sicherheitsrat: 'Security Council',
  einsatz: 'deployment', entsendung: 'deployment', kontingent: 'contingent', gruppe: 'group', lob: 'praise',
  erfahrung: 'experience', frieden: 'peace', friedensstiftung: 'peacemaking', soldaten: 'soldiers', truppen: 'troops',
  regierung: 'government', banden: 'gangs', gewalt: 'violence', sicherheit: 'security', hoffnung: 'hope',
  bevölkerung: 'population', menschen: 'people', leute: 'people', länder: 'countries', staaten: 'states', ergebnisse: 'results',
  ergebnis: 'result', erfolg: 'success', mandat: 'mandate', haitianern: 'Haitians', haitianer: 'Haitians', haitianische: 'Haitian',
  haitianischen: 'Haitian', kenianische: 'Kenyan', kenianischen: 'Kenyan', kenia: 'Kenya', besuch: 'visit', reise: 'trip',
  datum: 'date', grund: 'reason', gründe: 'reasons', zweck: 'purpose', ziel: 'goal', ziele: 'goals', zielsetzung: 'objective',
  hilfe: 'help', unterstützung: 'support', beitrag: 'post', beiträge: 'posts', benutzername: 'username',
  konto: 'account', plattform: 'platform', nachricht: 'message', ankündigung: 'announcement', erklärung: 'statement',
  tage: 'days', tagen: 'days', woche: 'week', wochen: 'weeks', monat: 'month', monate: 'months', monaten: 'months',
  jahr: 'year', jahre: 'years', jahren: 'years', uhrzeit: 'time', gelegenheit: 'opportunity', lage: 'situation',
  fortschritt: 'progress', geld: 'money', kosten: 'cost', gehalt: 'salary', ausrüstung: 'equipment', vereinbarung: 'agreement',
  abkommen: 'agreement', abkürzung: 'abbreviation', ausland: 'abroad', stadt: 'city', städte: 'cities', hauptstadt: 'capital',
  verfassungswidrig: 'unconstitutional', rechtswidrig: 'unlawful', führungsrolle: 'leading role', einsatzleiter: 'commander', einsatzkräfte: 'forces',
};

/**
 * The parts a German compound noun is made of, in English: read only within a compound, where a part
 * that is an English word too ("rat", "tag", "land") is German.
 */
const COMPOUND_PARTS: Readonly<Record<string, string>> = {
  sicherheit: 'security', rat: 'council', räte: 'councils', resolution: 'resolution', recht: 'legal', grundlage: 'basis',
  übergang: 'transitional', präsidial: 'presidential', general: 'general', versammlung: 'assembly', kommunikation: 'communication',
  kanal: 'channel', benutzer: 'user', name: 'name', reise: 'travel', zweck: 'purpose', konflikt: 'conflict', lösung: 'resolution',
  haupt: 'main', einsatz: 'deployment', leiter: 'leader', leitung: 'leadership', problem: 'problem', felder: 'areas', feld: 'area',
  führung: 'leadership', rolle: 'role', ziel: 'goal', polizei: 'police', beamte: 'officers', kontingent: 'contingent',
  bande: 'gang', mitglied: 'member', mitglieder: 'members', gesamt: 'total', budget: 'budget', unterstützung: 'support',
  mission: 'mission', mandat: 'mandate', dauer: 'duration', blauhelm: 'peacekeeping', panzer: 'armored', fahrzeug: 'vehicle',
  fahrzeuge: 'vehicles', staat: 'state', chef: 'head', chefs: 'heads', kräfte: 'forces', truppen: 'troops', soldat: 'soldier',
  frieden: 'peace', stiftung: 'making', welt: 'world', präsident: 'president', minister: 'minister', regierung: 'government',
  volk: 'people', land: 'country', länder: 'countries', stadt: 'city', tag: 'day', woche: 'week', monat: 'month', jahr: 'year',
  zeit: 'time', presse: 'press', konferenz: 'conference', treffen: 'meeting', gipfel: 'summit', sitzung: 'session',
  wahl: 'election', gewalt: 'violence', krise: 'crisis', hilfe: 'aid', hilfs: 'aid', arbeit: 'work', kosten: 'cost',
  ausbildung: 'training', ausrüstung: 'equipment', gericht: 'court', richter: 'judge', urteil: 'ruling', gesetz: 'law',
  verfassung: 'constitution', entscheidung: 'decision', besuch: 'visit', datum: 'date', grund: 'reason', geld: 'money',
  erfahrung: 'experience', hoffnung: 'hope', bevölkerung: 'population', nachricht: 'news', beitrag: 'post', konto: 'account',
  plattform: 'platform', vereinbarung: 'agreement', abkommen: 'agreement', dollar: 'dollar', gruppe: 'group', mann: 'man',
  offizier: 'officer', offiziere: 'officers', behörde: 'authority', behörden: 'authorities', sprecher: 'spokesman',
  vertrag: 'treaty', bericht: 'report', ergebnis: 'result', ergebnisse: 'results', fortschritt: 'progress', lage: 'situation',
  ankündigung: 'announcement', erklärung: 'statement', flughafen: 'airport', hafen: 'port', straße: 'street', strasse: 'street',
  polizist: 'police officer', polizisten: 'police officers', einheit: 'unit', einheiten: 'units', kontrolle: 'control',
  national: 'national', international: 'international', bilateral: 'bilateral', zusammen: 'joint', aus: 'out',
};

/** A German compound: a run of letters, long enough to be two parts or more. */
const COMPOUND_LETTERS_RE = /^\p{L}{8,}$/u;
/** What may join two parts ("Sicherheit-s-rat", "Bande-n-mitglieder", "Friede-ns-"), and end the last ("Staatschef-s"). */
const LINKS = ['', 's', 'es', 'n', 'en'];

/**
 * A German compound noun in English, part by part ("Sicherheitsratsresolution": security council
 * resolution; "Übergangspräsidialrat": transitional presidential council), the fewest parts first;
 * undefined when it is not one, every part known.
 */
export function germanCompound(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!COMPOUND_LETTERS_RE.test(w)) return undefined;
  // best[i]: the fewest parts that make up w's first i letters.
  const best: Array<string[] | undefined> = [[]];
  for (let i = 0; i < w.length; i++) {
    const before = best[i];
    if (before === undefined) continue;
    for (let j = i + 3; j <= w.length; j++) {
      const part = w.slice(i, j);
      const english = COMPOUND_PARTS[part];
      if (english === undefined) continue;
      for (const link of LINKS) {
        if (!w.startsWith(link, j)) continue;
        const k = j + link.length;
        const parts = [...before, english];
        if (best[k] === undefined || best[k]!.length > parts.length) best[k] = parts;
      }
    }
  }
  const parts = best[w.length];
  return parts !== undefined && parts.length >= 2 ? parts.join(' ') : undefined;
}

/**
 * A German word not read yet: a compound of its own ("Rechtsgrundlage"), or a German word or compound
 * after a hyphen ("UN-Generalversammlung", "Haiti-Einsatz", "X-Beitrag"), a noun in capitals, read
 * with a space for the hyphen.
 */
const GERMAN_WORD_RE = /(?:(?<=[\p{L}\p{N}])-(?=\p{Lu}))?(?<![\p{L}\p{N}'’])\p{L}{3,}(?![\p{L}\p{N}'’])/gu;

/** The text with its German compounds, and its German words after a hyphen, in English (see `germanCompound`). */
export function withGermanCompounds(text: string): string {
  return text.replace(GERMAN_WORD_RE, (m) => {
    const hyphen = m.startsWith('-');
    const word = hyphen ? m.slice(1) : m;
    const whole = hyphen ? GERMAN_WORDS[word.toLowerCase()] : undefined;
    const reading = whole ?? germanCompound(word);
    return reading === undefined ? m : `${hyphen ? ' ' : ''}${reading}`;
  });
}
