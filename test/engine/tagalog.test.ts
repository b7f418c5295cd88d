import { describe, expect, it } from 'vitest';
import { tagalogVerb } from '../../src/engine/tagalog.js';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Tagalog words in a question (Taglish)', () => {
  it('reads question words and the news words in English, and drops particles', () => {
    expect(terms(plainQuestion('Ilan po ba yung additional na Kenyan police na ipapadala ni Ruto sa Haiti?'))).toEqual(terms('how many additional Kenyan police will send Ruto Haiti?'));
    expect(terms(plainQuestion('Kelan po sya pumunta mismo para bisitahin yung mga pulis nila?'))).toEqual(terms('when he went for visit the police their?'));
    expect(terms(plainQuestion('Ano po ibig sabihin ng MSS? buong pangalan po sana'))).toEqual(terms('what mean of MSS? full name'));
    // "Meron" (there is) and "parang" (it seems) ask nothing; "magulo" is chaotic.
    expect(terms(plainQuestion('what problems po ba meron sa market now? Parang magulo daw talaga dun'))).toEqual(terms('what problems market now? chaotic really there'));
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

describe('Taglish question words, particles and verbs', () => {
  it('reads "sa" and "pa" as Tagalog in a Taglish question, and the question words and news words in English', () => {
    expect(terms(plainQuestion('bukod sa council, may iba pa ba syang kinausap dun?'))).toEqual(terms('besides council, may other he talked to there?'));
    expect(terms(plainQuestion('ilan ba yung dagdag na pulis? sinong katrabaho nila, ayon kay Ruto?'))).toEqual(terms('how many the more police? who colleagues their, according to Ruto?'));
    expect(terms(plainQuestion('magkano sahod ng pulis? o hindi?'))).toEqual(terms('how much salary of police? ?'));
  });

  it('reads a Tagalog verb by its root and an English verb with Tagalog affixes', () => {
    expect(terms(plainQuestion('bakit daw sya bumisita dun? sino tinutulungan ng mission?'))).toEqual(terms('why he visit there? who help of mission?'));
    expect(plainQuestion('nag wo-work ba talaga yung mission?')).toBe('is the mission really working?');
    expect(tagalogVerb('inannounce', (w) => w === 'announce')).toBe('announce');
    expect(tagalogVerb('nakipag-usap', () => false)).toBe('talk');
  });

  it('keeps other languages and English as they were', () => {
    // Kreyòl "sa" (what) and "pa" (not) outside a Taglish question.
    expect(terms(plainQuestion('sa Ruto te di sou misyon an? li pa bon?'))).toEqual(terms(plainQuestion('kisa Ruto te di sou misyon an? li not bon?')));
    // Spanish "ilegal" is no Tagalog "i-" before "legal"; "basin" and "re-read" stay English.
    expect(tagalogVerb('ilegal', () => true)).toBeUndefined();
    expect(plainQuestion('Is the basin flooded? Did he re-read it?')).toBe('Is the basin flooded? Did he re-read it?');
  });
});
