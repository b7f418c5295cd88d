import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Haitian Creole words in a question', () => {
  it('reads question words, phrases and the news words in English, and drops markers and greetings', () => {
    expect(terms(plainQuestion('Sak pase! Èske prezidan an pral voye plis lapolis?'))).toEqual(terms('president an send more police'));
    expect(plainQuestion('Sa l di sou rezilta yo?').replace(/\s+/gu, ' ')).toBe('what say about results ?');
    expect(terms(plainQuestion('Ki lè konsèy la te rankontre?'))).toEqual(terms('when council meet'));
    expect(terms(plainQuestion('kile ruto te vizite ayiti'))).toEqual(terms('when ruto visited Haiti'));
    expect(terms(plainQuestion('Misyon an ap mache byen? Ruto pral voye konbyen polis ankò? Poukisa yo te an reta?'))).toEqual(terms('mission is working? Ruto will send how many police more? why delayed?'));
    // "Bloke" after a marker of tense is blocked; "the bloke" is English.
    expect(terms(plainQuestion('poukisa tribinal kenya te bloke deplwaman an'))).toEqual(terms('why court kenya blocked deployment an'));
    expect(terms(plainQuestion("who's the bloke running the council?"))).toContain('bloke');
    // Typed without accents, as often on a phone: "pwoblem", "prezidansyel".
    expect(terms(plainQuestion('ki pwoblem atik la di ki genyen ann ayiti? kiyes ki ap dirije konsey prezidansyel la'))).toEqual(terms('which problems article say which have in Haiti? who which leads council presidential'));
    expect(terms(plainQuestion('ki dat premye gwoup la te pati? eske tribinal la te di li pa konstitisyonel'))).toEqual(terms('which date first group left? court say unconstitutional'));
    // "Is it true?", "I don't understand", "yes or no" ask nothing.
    expect(terms(plainQuestion('mwen pa konprann, bandi yo everywhere, se vre? oui ou non?'))).toEqual(terms('gangs everywhere'));
    expect(terms(plainQuestion('Ki rezo sosyal li itilize? Wi ou non? mwen tande bon travay'))).toEqual(terms('which social network itilize? hear good work'));
    // "Di" before a Creole question word is "say"; "vle di" is "mean"; "pa t gen dwa" had no authority.
    expect(terms(plainQuestion('MSS vle di kisa? Ruto di kisa? jij yo di li pa t gen dwa fè kisa'))).toEqual(terms('MSS mean what? Ruto say what? judge say had no authority do what'));
    expect(terms(plainQuestion('konbyen kòb? li te la ki jou nan semèn nan, samdi? ki moun li te bay bravo?'))).toEqual(terms('how many money? which day in week, Saturday? who praised?'));
    // The French and Spanish words for it too.
    expect(terms(plainQuestion('Which réseau social, or red social?'))).toEqual(terms('which social network, or social network?'));
  });

  it('leaves words that are also English alone', () => {
    expect(plainQuestion('Which men met the council, non-stop?')).toBe('Which men met the council, non-stop?');
    // Nor does a word that is English once its accents are gone: "lòt" is other, "lot" a lot.
    expect(plainQuestion('when did the first lot fly out')).toBe('when did the first lot fly out');
  });
});
