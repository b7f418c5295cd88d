import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, RefreshReport } from '../../src/knowledge-base.js';
import { refreshAfterWrite } from '../../src/moderation/refresh.js';

/** A stand-in knowledge base whose refreshes finish when the test says. */
function slowKb() {
  const pending: Array<(r: RefreshReport) => void> = [];
  let started = 0;
  const kb = {
    refresh: () =>
      new Promise<RefreshReport>((resolve) => {
        const n = ++started;
        pending.push(() => resolve({ ok: true, added: [`run-${n}`], removed: [], changed: [], passagesBefore: 0, passagesAfter: 0, aliasesChanged: false, ms: 0 }));
      }),
  } as unknown as KnowledgeBase;
  return { kb, finishNext: () => pending.shift()!(undefined as never), started: () => started };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('refreshAfterWrite', () => {
  it('never hands a caller a refresh that started before its call; later callers share the next one', async () => {
    const { kb, finishNext, started } = slowKb();
    const first = refreshAfterWrite(kb);
    const second = refreshAfterWrite(kb); // a write happened after run 1 started: must get run 2
    const third = refreshAfterWrite(kb);
    expect(started()).toBe(1);
    finishNext();
    expect((await first).ok && (await first as { added: string[] }).added).toEqual(['run-1']);
    await tick();
    expect(started()).toBe(2);
    finishNext();
    const [r2, r3] = await Promise.all([second, third]);
    expect(r2).toBe(r3);
    expect((r2 as { added: string[] }).added).toEqual(['run-2']);
    // Idle again: the next caller starts a run at once.
    const fourth = refreshAfterWrite(kb);
    expect(started()).toBe(3);
    finishNext();
    expect(((await fourth) as { added: string[] }).added).toEqual(['run-3']);
  });
});
