import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Tagalog words in a question (Taglish)', () => {
  it('reads question words and the news words in English, and drops particles', () => {
    expect(terms(plainQuestion('Ilan po ba yung additional na Kenyan police na ipapadala ni Ruto sa Haiti?'))).toEqual(terms('how many additional Kenyan police will send Ruto Haiti?'));
    expect(terms(plainQuestion('Kelan po sya pumunta mismo para bisitahin yung mga pulis nila?'))).toEqual(terms('when he went for visit the police their?'));
    expect(terms(plainQuestion('Ano po ibig sabihin ng MSS? buong pangalan po sana'))).toEqual(terms('what mean of MSS? full name'));
  });

  it('reads an English verb with Tagalog affixes as the verb', () => {
    expect(terms(plainQuestion('Kelan po na-approve ng UN? Sino nag-le-lead ng council?'))).toEqual(terms('when approve of UN? who lead of council?'));
    // Not an English word with a hyphen: "in-person" stays.
    expect(plainQuestion('Did he go in-person?')).toBe('Did he go in-person?');
  });

  it('keeps the Kreyòl sense of words both languages use', () => {
    // Kreyòl "pa" is not; Tagalog "pa" (still) would say nothing.
    expect(terms(plainQuestion('eske tribinal la te di li pa bon'))).toContain('not');
  });
});
