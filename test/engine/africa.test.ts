import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Wolof, Dholuo and Amharic words in a question', () => {
  it('reads Wolof question words and news words in English, and drops its particles', () => {
    expect(terms(plainQuestion('Ñaata alkaati Ruto dafa yónnee ci Haïti?'))).toEqual(terms('how many police Ruto send ci Haiti?'));
    expect(terms(plainQuestion('Kan moo njiitu réew bi? Fan la ndaje bi?'))).toEqual(terms('who president? where meeting?'));
    expect(terms(plainQuestion('Le premier contingent bi, kañ la ñëwoon? waaw walla déedéet? jërëjëf'))).toEqual(terms('the first contingent, when came? or?'));
  });

  it("reads Dholuo question words and news words in English, whatever the apostrophe of ang'o", () => {
    expect(terms(plainQuestion("misawa, jopolis adi ma Ruto dwaro oro Haiti?"))).toEqual(terms('police how many Ruto want to send Haiti?'));
    expect(terms(plainQuestion("the jatelo of pinje duto, nyinge ng'a? karang'o?"))).toEqual(terms('the leader of nations all, who? where?'));
    for (const what of ["ang'o", 'ang’o', 'angʼo']) expect(terms(plainQuestion(`${what} ma gi timo?`))).toEqual(terms('what they do?'));
  });

  it('reads Amharic words in English, and drops greetings and emphasis', () => {
    expect(terms(plainQuestion('selam, meche polisoch go to haiti? betam curious, eshi'))).toEqual(terms('when police go to haiti? curious'));
    expect(terms(plainQuestion('ahun sint qen in the ketema?'))).toEqual(terms('now how many days in the city?'));
  });

  it('keeps the English, Kreyòl and Tagalog sense of words these languages share with them', () => {
    // English "man", "min", "yet" and "fan" and German "Ende" are not Amharic or Wolof question words; Wolof "kan" is, before "moo".
    expect(plainQuestion('Kan moo is the man, a fan yet? 5 min to the Ende')).toBe('who is the man, a fan yet? 5 min to the Ende');
    // Kreyòl "dwe" (must) is not Dholuo "month"; Tagalog "naka-" is not Wolof "naka" (how).
    expect(plainQuestion('eske lidè yo dwe pwofite meche?')).toBe(' leaders  dwe take advantage when?');
    expect(terms(plainQuestion('Ilan po yung pulis na naka-assign dun?'))).toEqual(terms('how many the police assign there?'));
  });
});
