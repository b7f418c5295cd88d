import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Nigerian Pidgin words in a question', () => {
  it('reads question words and phrases in English', () => {
    expect(terms(plainQuestion('Wetin carry Ruto go Haiti?'))).toEqual(terms('why did Ruto go Haiti?'));
    expect(terms(plainQuestion('Kenya get wetin kind record for settling quarrel?'))).toEqual(terms('Kenya get what kind of record for conflict resolution?'));
  });

  it('reads the news words of Pidgin in English', () => {
    expect(terms(plainQuestion('Wetin day di oga land for Haiti go check im boys?'))).toEqual(terms('what day the boss arrive in Haiti visit his troops?'));
    expect(terms(plainQuestion('di police dey work togeda wit oda pipo?'))).toEqual(terms('the police work together with other people?'));
  });

  it('keeps English words Pidgin also uses in their English sense', () => {
    // "land", "boys", "carry", "check", "im" (I'm, typed in a hurry) stay English outside a Pidgin phrase.
    expect(plainQuestion('Who owns the land? Did the boys carry it? im going to check')).toBe('Who owns the land? Did the boys carry it? im going to check');
  });
});
