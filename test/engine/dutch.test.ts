import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Dutch words in a question', () => {
  it('reads question words and the news words in English, and drops particles', () => {
    expect(terms(plainQuestion('Wanneer is de eerste groep politie eigenlijk naar Haiti gestuurd?'))).toEqual(terms('when first group police to Haiti sent?'));
    expect(terms(plainQuestion('In welke stad heeft hij de rechter ontmoet? Waarom?'))).toEqual(terms('in which city has he judge met? why?'));
    expect(terms(plainQuestion('Hoeveel agenten? Wat is de volledige naam van de raad?'))).toEqual(terms('how many officers? what is full name of the council?'));
  });

  it('drops "dan" (then) in lower case, and keeps "Dan" the name', () => {
    expect(terms(plainQuestion('And the mandaat dan, who gave it?'))).toEqual(terms('and the mandate, who gave it?'));
    expect(terms(plainQuestion('What did Dan say?'))).toContain('dan');
  });

  it('keeps the English, and the German, sense of words Dutch shares', () => {
    // Dutch "met" (with), "of" (or), "van" (of) and "land" (country) are English words: only "van de" is read.
    expect(plainQuestion('Who met the leader of the land van Ruto, or the president van de raad?')).toBe('Who met the leader of the land van Ruto, or the president of the council?');
    // German "wie" is how, not Dutch who.
    expect(terms(plainQuestion('wie viele agenten?'))).toEqual(terms('how many officers?'));
  });
});
