import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Hindi and Urdu words in a question (Hinglish, Roman Urdu)', () => {
  it('reads question words in English, and drops particles, forms of address and "to be"', () => {
    expect(terms(plainQuestion('Bhai, Ruto sahab Haiti kab pohanche the? poori tareekh batao yaar'))).toEqual(terms('Ruto Haiti when arrived? full date'));
    expect(terms(plainQuestion('Kis mulk ke kitne jawan Haiti mein hain?'))).toEqual(terms('which country how many troops in Haiti?'));
  });

  it('reads the news words, phrases before their words', () => {
    expect(terms(plainQuestion('Doosra dasta kitne afsaran ka hoga aur kab rawana hoga?'))).toEqual(terms('second contingent how many officers and when departed?'));
    expect(terms(plainQuestion('Hukumat ko adalat ke mutabiq bhejne se pehle kya karna chahiye tha?'))).toEqual(terms('government court according to send before what?'));
    expect(terms(plainQuestion('Kenyan police se Ruto ki mulaqat kis shehar mein hui thi?'))).toEqual(terms('Kenyan police Ruto meeting which city in?'));
  });

  it('reads Hindi words of Hinglish, and in a Hinglish question the words other languages read otherwise', () => {
    expect(terms(plainQuestion('Namaste ji, Ruto ne kitne naye police bhejne ka vaada kiya? Netaon ko kya salah di?'))).toEqual(terms('Ruto how many new police send promise? leaders what advice?'));
    // "mile" is met, "ya" or, "bura" bad in Hinglish; elsewhere English, Swahili and Luo keep their own.
    expect(terms(plainQuestion('Ruto kis shehar mein police se mile the? Natija accha hai ya bura?'))).toEqual(terms('Ruto which city in police met? result or bad?'));
    expect(terms(plainQuestion('How far is a mile from the port?'))).toContain('mile');
  });

  it('keeps English words and the other languages\' words that Urdu shares', () => {
    // "ke" (of) is dropped in lower case only: "KE" is Kenya.
    expect(terms(plainQuestion('Any KE position on the MSS? Haiti ke awaam ko kya mil raha hai?'))).toEqual(terms('Any KE position on the MSS? Haiti people getting?'));
    // English "main", "log", "din", "bar" stay English.
    expect(terms(plainQuestion('Is the main log of the din at the bar?'))).toEqual(terms('main log din bar'));
    // Swahili "naye" (with him) is not Urdu "naye" (new).
    expect(plainQuestion('Ruto alikutana naye lini?')).toContain('naye');
  });
});
