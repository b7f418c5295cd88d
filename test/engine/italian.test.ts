import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Italian words in a question', () => {
  it('reads question words and the news words in English, and drops fillers', () => {
    expect(terms(plainQuestion('Allora, quanti agenti manda il Kenya ad Haiti, insomma?'))).toEqual(terms('how many officers sends Kenya to Haiti?'));
    expect(terms(plainQuestion('Quando è partito il primo gruppo di poliziotti kenioti?'))).toEqual(terms('when left the first group of police officers Kenyan?'));
    expect(terms(plainQuestion('Chi ha elogiato il capo del consiglio di transizione?'))).toEqual(terms('who has praised the head of council of transition?'));
  });

  it('reads elisions and a "cosa" that ends the question', () => {
    expect(terms(plainQuestion("In quale città si tiene l'Assemblea Generale dell'ONU?"))).toEqual(terms('in which city is held the General Assembly of the UN?'));
    expect(plainQuestion("Cos'è la missione? per fare cosa?")).toMatch(/^what is .*to do what\?$/u);
  });

  it('leaves English words alone, and the other languages their sense', () => {
    // "come", "dove", "con", "ad" and "all's" are English here; the Italian phrases around them are read.
    expect(plainQuestion("Come on: dove si tiene l'Assemblea, con chi? Was the ad a con? All's well.")).toBe(
      "Come on: where is held assembly, with whom? Was the ad a con? All's well.",
    );
    // French "quel" stays "which" (Italian "that"), and Kreyòl "mesi" stays thanks (Italian "months").
    expect(plainQuestion('quel consiglio? mesi').trim()).toBe('which council?');
  });
});
