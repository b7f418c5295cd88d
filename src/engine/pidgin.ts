/**
 * West African Pidgin as Nigerian and Ghanaian readers mix it into English questions ("Wetin Ruto
 * advise the Haitian leaders?", "Wetin day di Kenyan oga land for Haiti go check im boys?"): the words
 * that carry the question, in English. Markers of tense, of emphasis and of a question ("dey", "don",
 * "sef", "abi") ask nothing; "wetin carry" is why, "land for" arrive in, "go check" visit,
 * "oga" the boss. Words that are also English ("go", "make", "for", "carry", "land", "boys",
 * "fit", and "im", which is chat's "I'm") keep their English sense save in a phrase only Pidgin says;
 * "soja" (soldier) is left out, as Spanish and Portuguese "soja" is soy. Nothing here is a fact of the knowledge.
 */
export const PIDGIN_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'wetin be': 'what is', 'who be': 'who is', 'na who': 'who', 'na which': 'which', 'na wetin': 'what',
  'i hear say': '', 'how far': '', 'no be': 'is not',
  'wetin carry': 'why did', 'wetin kind': 'what kind of', 'wetin dey happen': 'what is happening',
  'wetin happen': 'what happened', 'how e take': 'how did', 'e be like say': '', 'na so': '', 'na true': '',
  'land for': 'arrive in', 'go land': 'arrive in', 'don land': 'arrived in',
  'go check': 'visit', 'come check': 'visit', 'im boys': 'his troops', 'him boys': 'his troops', 'dem boys': 'the troops',
  'suppose do': 'aim to do', 'main work': 'main job', 'settle quarrel': 'resolve conflict', 'settling quarrel': 'conflict resolution',
  'make dem': 'them to', 'make e': 'him to', 'make una': 'you to', 'una fit': 'can you', 'e fit': 'can he', 'dem fit': 'can they',
  'carry go': 'take to', 'carry come': 'bring',
  // Question words and markers.
  wetin: 'what', abi: '', shey: '', sef: '', self: '', jare: '', una: 'you', e: 'he', nko: '', wia: 'where', hau: 'how',
  // Function words: "dey" (is, are), "wey" (that, who), "don" (has), "oda" (other), "togeda" (together).
  dey: '', wey: 'that', don: '', wan: 'want', oda: 'other', togeda: 'together', neva: 'not yet',
  // Nouns and verbs.
  oga: 'boss', ogas: 'bosses', ting: 'thing', kasala: 'trouble', wahala: 'trouble', gbege: 'trouble', yawa: 'trouble',
  comot: 'leave', sabi: 'know', pikin: 'child', pipo: 'people', pesin: 'person', olopa: 'police',
  kontri: 'country', goment: 'government', gofment: 'government', moni: 'money',
  japa: 'leave', waka: 'go',
};
