/**
 * West African Pidgin as Nigerian and Ghanaian readers mix it into English questions ("Wetin Ruto
 * advise the Haitian leaders?", "How many police dey the first batch wey Kenya send?"): the words
 * that carry the question, in English. Markers of tense, of emphasis and of a question ("dey",
 * "don", "sef", "abi") ask nothing; words that are also English ("go", "make", "for", "carry") keep
 * their English sense. Nothing here is a fact of the knowledge.
 */
export const PIDGIN_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'wetin be': 'what is', 'who be': 'who is', 'na who': 'who', 'na which': 'which', 'na wetin': 'what',
  'i hear say': '', 'how far': '', 'no be': 'is not',
  // Question words and markers.
  wetin: 'what', abi: '', shey: '', sef: '', self: '', jare: '', oga: '', una: 'you', e: 'he',
  // Function words: "dey" (is, are), "wey" (that, who), "don" (has).
  dey: '', wey: 'that', don: '', wan: 'want',
  // Nouns and verbs.
  ting: 'thing', kasala: 'trouble', wahala: 'trouble', comot: 'leave', sabi: 'know', pikin: 'child',
};
