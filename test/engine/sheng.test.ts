import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Sheng and Swahili words in a question (as Kenyans write on X)', () => {
  it('reads question words and the news words in English, "which" before its noun', () => {
    expect(plainQuestion('Ruto alitua Haiti siku gani exactly? 📅')).toBe('Ruto arrived Haiti which day exactly? 📅');
    expect(terms(plainQuestion('Kando na ile council, alikutana na nani mwingine huko?'))).toEqual(terms('besides that council, met who else there?'));
    expect(terms(plainQuestion('Lengo la hii misheni ni nini haswa?'))).toEqual(terms('aim this mission what exactly?'));
    expect(terms(plainQuestion('Mzee alisifia wasee wa Haiti?'))).toEqual(terms('president praised people of Haiti?'));
  });

  it('reads a verb with its tense, its object and the subjunctive as English says them', () => {
    // Past: "which judge issued" asks for a judge; the object: "told them to use" is what he urged.
    expect(plainQuestion('Jaji gani alitoa ile ruling?')).toBe('which judge issued that ruling?');
    expect(plainQuestion('Ruto aliwaambia viongozi watumie nini?')).toBe('Ruto told them leaders to use what?');
  });

  it('splits a hashtag into its words, and leaves out a sentence about the asker', () => {
    expect(plainQuestion('Handle ya X ya mzee ni gani? nataka kumtag 😂 #RutoInHaiti')).toBe('Handle of X of president which ? ');
    expect(plainQuestion('Nani alipost? #RutoInHaiti')).toContain('#Ruto #In #Haiti');
  });

  it('leaves English words, handles and the other languages alone', () => {
    expect(plainQuestion('What form did the ruling take, and which judge was the boss?')).toBe('What form did the ruling take, and which judge was the boss?');
    expect(plainQuestion('Who is @WilliamsRuto?')).toBe('Who is @WilliamsRuto?');
    // Kreyòl and French "la" keep their sense.
    expect(terms(plainQuestion('ki kote misyon la ye?'))).toEqual(terms(plainQuestion('ki kote misyon ye?')));
  });
});
