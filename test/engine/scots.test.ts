import { describe, expect, it } from 'vitest';
import { isScots } from '../../src/engine/scots.js';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('broad Scots questions', () => {
  it('reads a Scots question in English', () => {
    expect(terms(plainQuestion('Hoo mony mair polis is the cooncil sendin ower tae Turkana noo?'))).toEqual(terms('how many more police is the council sending over to Turkana now?'));
    expect(terms(plainQuestion("Whit's the nummer o thon market, can ye mind?"))).toEqual(terms("what's the number of that market, can you remember?"));
    expect(terms(plainQuestion('Hoo lang will the market bide noo?'))).toContain('long');
  });

  it('needs two of its marks: "fur", "mind" and "lot" stay English elsewhere', () => {
    expect(isScots('Whit wis the court thinking?')).toBe(true);
    expect(isScots('whit did the court say')).toBe(false);
    expect(terms(plainQuestion('a fur coat, mind the lot'))).toEqual(terms('a fur coat, mind the lot'));
  });
});
