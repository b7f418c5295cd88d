/**
 * Amharic in Latin letters as Ethiopian readers mix it into short English questions ("selam, kenya how many
 * more polise send?", "ruto will speak at which UN meeting, eshi"): the words that carry the question, in
 * English. Greetings, thanks and words of emphasis ("selam", "eshi", "betam") ask nothing. Words that are also
 * English or another language's ("min" what, "man" who, "yet" where, "and" one, "sew" person, "ken" day, "sim"
 * name, "lake" send; German "wer" and "Ende", Kreyòl "eske", the "Sint" of Sint Maarten) are left out, or, for
 * "sint" (how many), read only before what it counts ("sint qen"). Nothing here is a fact of the knowledge.
 */
export const AMHARIC_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'sint qen': 'how many days', 'sint sewoch': 'how many people', 'sint gize': 'how many times', 'fird bet': 'court',
  // Question words.
  meche: 'when', lemin: 'why', lemn: 'why', indet: 'how', endet: 'how', manew: 'who is', minew: 'what is', yetnew: 'where is',
  // Greetings, thanks and words of emphasis.
  selam: '', tenastilign: '', eshi: '', ishi: '', betam: '', amesegnalehu: '', amesegnalew: '', ameseginalehu: '', dehna: '',
  awo: '',
  // Function words.
  ahun: 'now', yene: 'my',
  // Nouns of the news.
  polisoch: 'police', firdbet: 'court', dagna: 'judge', mengist: 'government', ketema: 'city', qen: 'day', samint: 'week',
  meriwoch: 'leaders', mekniyat: 'reason', irdata: 'help', chigir: 'problem', chigiroch: 'problems', sewoch: 'people',
  budin: 'group', mejemerya: 'first', gubae: 'meeting', sebseba: 'meeting',
};
