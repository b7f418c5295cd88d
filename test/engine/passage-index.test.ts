import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/engine/passage-index.js';
import { knowledgeOf } from '../helpers.js';

/** 600 passages: "farmers" in every one, "rain" in every fifth, "seed" in every fourth, "market" in every third, one rare word. */
function farmingKnowledge() {
  const lines = Array.from({ length: 600 }, (_, i) => {
    const ws = [`Report ${i + 1}: farmers met`];
    if (i % 5 === 0) ws.push('to talk about the rain');
    if (i % 4 === 0) ws.push('to buy seed');
    if (i % 3 === 0) ws.push('and the market');
    if (i === 150) ws.push('near the irrigation dam');
    return `${ws.join(' ')}.`;
  });
  return knowledgeOf(lines);
}

describe('PassageIndex', () => {
  const knowledge = farmingKnowledge();
  const index = PassageIndex.build(knowledge);

  it('asks MiniSearch for the selective terms, best first', () => {
    const found = index.candidates(new Map([['irrig', 2], ['farmer', 1]]), 5);
    expect(found[0]).toEqual({ n: 150, bm25: 1 });
  });

  it('serves a question of common terms only from their posting lists: passages holding more of them first', () => {
    const found = index.candidates(new Map([['rain', 1], ['seed', 1], ['market', 1]]), 12);
    // Every 60th passage has all three words; the others found have the two rarest.
    expect(found.slice(0, 10).map((c) => [c.n % 60, c.bm25])).toEqual(Array.from({ length: 10 }, () => [0, 1]));
    expect(found.slice(10).map((c) => [c.n % 20, c.bm25])).toEqual([[0, 2 / 3], [0, 2 / 3]]);
    expect(index.candidates(new Map([['drought', 1]]), 10)).toEqual([]);
  });

  it('loads from its snapshot with the same answers, and ignores a snapshot that no longer fits the sources', async () => {
    const snapshot = JSON.parse(JSON.stringify(index.snapshot()));
    const loaded = PassageIndex.build(knowledge, snapshot);
    expect(loaded.fromSnapshot).toBe(true);
    const weights = new Map([['rain', 1], ['seed', 1], ['market', 1]]);
    expect(loaded.candidates(weights, 10)).toEqual(index.candidates(weights, 10));
    expect((await PassageIndex.buildAsync(knowledge, snapshot)).fromSnapshot).toBe(true);

    snapshot.passages[0].text = 'Words the source never said.';
    expect(PassageIndex.build(knowledge, snapshot).fromSnapshot).toBe(false);
    expect(PassageIndex.build(knowledge, { ...index.snapshot(), version: -1 }).fromSnapshot).toBe(false);
  });

  it('builds the same index in slices as at once', async () => {
    const sliced = await PassageIndex.buildAsync(knowledge);
    expect(sliced.passages).toEqual(index.passages);
    expect([...sliced.df]).toEqual([...index.df]);
    const weights = new Map([['farmer', 1], ['rain', 1]]);
    expect(sliced.candidates(weights, 10)).toEqual(index.candidates(weights, 10));
  });
});
