import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Indonesian questions', () => {
  it('reads an Indonesian question in English, its particles of tone dropped', () => {
    expect(terms(plainQuestion('berapa sih dokter tambahan yg mau dikirim ke Turkana?'))).toEqual(terms('how many doctor additional will sent to Turkana?'));
    expect(terms(plainQuestion('kapan ya gubernur itu dateng ke pasar? tanggal berapa?'))).toEqual(terms('when governor that come to pasar? date how many?'));
    expect(terms(plainQuestion('siapa nama hakim di Nairobi?'))).toEqual(terms('who name of judge in Nairobi?'));
  });

  it('reads a word with "-nya" or doubled by a "2" as the word, but not a name ending so ("Kenya")', () => {
    expect(terms(plainQuestion('menurut gubernur, hasilnya gimana? masalah2 apa aja?'))).toEqual(terms('according to governor, results how? problems what?'));
    expect(terms(plainQuestion('polisi Kenya disana kerja bareng siapa?'))).toEqual(terms('police Kenya there work together who?'));
  });

  it('reads its phrases anywhere, and its short words only in an Indonesian question', () => {
    expect(terms(plainQuestion('what did the Dewan Keamanan approve?'))).toEqual(terms('what did the Security Council approve?'));
    // Caribbean "di" is "the", Swahili "ya" is "of": not in an Indonesian question, where they are "in" and a particle.
    expect(plainQuestion('wha Ruto tell di leaders')).toBe('what Ruto tell the leaders');
    expect(terms(plainQuestion('sidang umum nya diadain dimana ya?'))).toEqual(terms('General Assembly held where?'));
    expect(terms(plainQuestion('pasar itu ada di kota apa sih?'))).toEqual(terms('pasar that there is in city what?'));
  });

  it('gives Tagalog the words both languages share when the question has more Tagalog marks', () => {
    expect(terms(plainQuestion('ilan po ang pulis na pinadala nya?'))).toEqual(terms(plainQuestion('ilan po ang pulis na pinadala niya?')));
  });
});
