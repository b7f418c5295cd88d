import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/engine/aliases.js';
import { terms, words } from '../../src/engine/text.js';

/** The alias phrase found at word `i` of a text, as the words it spans. */
function phraseAt(table: AliasTable, text: string, i: number): string | undefined {
  const ws = words(text);
  const first = ws.map((w) => terms(w)[0]);
  const found = table.at(first, ws, i);
  return found && ws.slice(i, i + found.length).join(' ');
}

describe('AliasTable', () => {
  const table = new AliasTable([
    ['UN', 'United Nations'],
    ['UNGA', 'United Nations General Assembly'],
    ['US', 'United States'],
    ['cops', 'police'],
    ['Head of State', 'President'],
  ]);

  it('finds the longest phrase at a word, across stop words', () => {
    expect(phraseAt(table, 'the United Nations General Assembly opens', 1)).toBe('united nations general assembly');
    expect(phraseAt(table, 'the United Nations met', 1)).toBe('united nations');
    expect(phraseAt(table, 'the head of state spoke', 1)).toBe('head of state');
  });

  it('gives a group every form, with other aliases substituted inside (UN General Assembly)', () => {
    const group = table.at(['unga'], ['unga'], 0)!.group;
    expect(table.forms(group).map((t) => t.join(' '))).toEqual(expect.arrayContaining(['unga', 'unit nation gener assembl', 'un gener assembl']));
    expect(phraseAt(table, 'at the UN General Assembly', 2)).toBe('un general assembly');
  });

  it('takes a short acronym only as the word itself ("use" is not the US); other aliases match by stem', () => {
    expect(phraseAt(table, 'what did they use', 3)).toBeUndefined();
    expect(phraseAt(table, 'sanctions by the US', 3)).toBe('us');
    expect(phraseAt(table, 'how many cops', 2)).toBe('cops');
    expect(phraseAt(table, 'the cop said', 1)).toBe('cop');
  });

  it('tells the group of a one-word alias', () => {
    expect(table.groupOf('presid')).toBe(table.at(['head', 'state'], ['head', 'state'], 0)!.group);
    expect(table.groupOf('assembl')).toBeUndefined();
  });

  it('finds the group of an alias by its written words, up to inflection, not by a shared stem', () => {
    const written = new AliasTable([['problems', 'crises'], ['green light', 'authorisation']]);
    expect(written.groupWritten('problem')).toBe(0);
    expect(written.groupWritten('green light')).toBe(1);
    // "authorities" and "authorisation" share the stem "author", not the word.
    expect(written.groupWritten('authorities')).toBeUndefined();
  });

  it('matches a phrase of one word and stop words only as written ("in charge", not every "charge")', () => {
    const typed = new AliasTable([['in charge', 'leading'], ['hold up', 'delay'], ['good', 'positive'], ['good at', 'credentials']]);
    expect(phraseAt(typed, 'who is in charge of the mission', 3)).toBe('charge');
    expect(phraseAt(typed, 'what are the charges', 3)).toBeUndefined();
    expect(phraseAt(typed, 'what could hold up the mission', 2)).toBe('hold up');
    expect(phraseAt(typed, 'the police will hold the line', 3)).toBeUndefined();
    // A group that also has the word alone takes it anywhere.
    expect(typed.at(['good'], ['good'], 0)?.group).toBe(2);
    expect(typed.groupOf('charg')).toBeUndefined();
    expect(typed.groupOf('good')).toBe(2);
  });
});
