import { describe, expect, it } from 'vitest';
import { plainQuestion, terms } from '../../src/engine/text.js';

describe('Korean words in a question (Konglish)', () => {
  it('drops romanised particles after a hyphen and reads romanised words in English', () => {
    expect(terms(plainQuestion('Governor-nim is sending how many nurse-deul to Turkana? eonje?'))).toEqual(terms('Governor is sending how many nurse to Turkana? when?'));
    expect(terms(plainQuestion('wae did the court-eseo stop it? Kenya-ga leader?'))).toEqual(terms('why did the court stop it? Kenya leader?'));
  });

  it('reads Hangul words with their particles taken off, and drops what only asks', () => {
    expect(terms(plainQuestion('why did he go? 목적이 뭐야'))).toEqual(terms('why did he go? purpose what'));
    expect(terms(plainQuestion('which month? 판결 날짜 알려줘 ㅠㅠ'))).toEqual(terms('which month? ruling date'));
  });

  it('leaves English hyphenated words and unknown Hangul alone', () => {
    expect(plainQuestion('is the to-do list a follow-up?')).toBe('is the to-do list a follow-up?');
    expect(plainQuestion('what is 김치?')).toContain('김치');
  });
});
