import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Somali words in a question', () => {
  it('reads question words and the news words in English', () => {
    expect(terms(plainQuestion('Yaa hoggaamiya golaha ku meel gaarka? magaciisa?'))).toEqual(terms('who leads council transitional? his name?'));
    expect(terms(plainQuestion('goormuu madaxweynaha booqday ciidamada Kenya, maalintee?'))).toEqual(terms('when president visited troops Kenya, which day?'));
    expect(terms(plainQuestion('What did the maxkamadda say about the dowladda sending booliska?'))).toEqual(terms('What did the court say about the government sending police?'));
  });

  it('drops particles, forms of address and blessings, and reads a question phrase before its words', () => {
    expect(terms(plainQuestion('Salaan walaal, maxay tahay sababta Ruto went there? inshallah'))).toEqual(terms('why Ruto went there?'));
    expect(terms(plainQuestion('burcad iyo siyaasad, waa maxay dhibaatada?'))).toEqual(terms('gangs and politics, what is problem?'));
  });

  it('leaves English words and the words other languages read as they were', () => {
    // "dad" and "kale" are English, not Somali "people" and "other".
    expect(plainQuestion('Did his dad eat kale? goormuu?')).toBe('Did his dad eat kale? when?');
    // Kreyòl "ka" (can) and Italian "dal" (from the) keep their sense.
    expect(plainQuestion('li ka voye lapolis')).toContain('can send');
    expect(plainQuestion('Ruto è tornato dal Kenya')).toContain('from the');
  });
});
