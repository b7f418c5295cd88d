import { describe, expect, it } from 'vitest';
import { germanCompound } from '../../src/engine/german.js';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('German words in an English question', () => {
  it('reads question words and the news words in English', () => {
    expect(terms(plainQuestion('In which Monat and Jahr did the Gericht the Entsendung für verfassungswidrig erklären?'))).toEqual(terms('In which month and year did the court the deployment for unconstitutional declare?'));
    expect(terms(plainQuestion('Which Gremium has the MSS autorisiert? Wann, welche Gelegenheit?'))).toEqual(terms('Which body has the MSS authorized? when, which opportunity?'));
  });

  it('reads a compound noun part by part, its linking -s- and -n- left out, and one after a hyphen', () => {
    expect(germanCompound('Sicherheitsratsresolution')).toBe('security council resolution');
    expect(germanCompound('Bandenmitglieder')).toBe('gang members');
    expect(terms(plainQuestion('Over which Kommunikationskanal did he the X-Beitrag post, and where is the UN-Generalversammlung?'))).toEqual(
      terms('Over which communication channel did he the X post post, and where is the UN General Assembly?'),
    );
  });

  it('keeps English words, and words of other languages, as they were', () => {
    // English words made of what could be German parts ("general" + "ist") are no compounds.
    expect(germanCompound('nationalist')).toBeUndefined();
    expect(plainQuestion('Is the rat in the landmark a generalist?')).toBe('Is the rat in the landmark a generalist?');
    // Dutch "werden" (were) keeps its Dutch reading.
    expect(plainQuestion('Hoeveel agenten werden gestuurd?')).toMatch(/\bwere\b/u);
  });
});
