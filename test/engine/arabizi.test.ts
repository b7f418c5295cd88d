import { describe, expect, it } from 'vitest';
import { isArabizi } from '../../src/engine/arabizi.js';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Arabizi questions (Egyptian Arabic in Latin letters and digits)', () => {
  it('reads an Arabizi question in English', () => {
    expect(terms(plainQuestion('howa el mayor wa3ad yeb3at kam doctor zyada l Turkana?'))).toEqual(terms('he the mayor promised send how many doctor more to Turkana?'));
    expect(terms(plainQuestion('leh el ma7kama f Nairobi wa2afet el market?'))).toEqual(terms('why the court in Nairobi stopped the market?'));
    expect(terms(plainQuestion('meen ra2ees el wozara2 delwa2ty?'))).toEqual(terms('who prime minister now?'));
  });

  it('reads "eh" as "what", not a filler, in an Arabizi question only', () => {
    expect(terms(plainQuestion('el court 2alet eh 3an el market?'))).toEqual(terms('the court said what about the market?'));
    expect(plainQuestion('eh, what did the court say?')).toBe('what did the court say?');
  });

  it('needs one of its own marks and another: an English text message is no Arabizi', () => {
    expect(isArabizi('el mayor wa3ad eh?')).toBe(true);
    expect(isArabizi('see u 2day at the market')).toBe(false);
    expect(isArabizi('el presidente habló de Haití')).toBe(false);
    // Caribbean "di" is still "the" outside Arabizi.
    expect(plainQuestion('wha Ruto tell di leaders')).toBe('what Ruto tell the leaders');
  });
});
