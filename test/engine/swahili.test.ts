import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/engine/answer-types.js';
import { swahiliVerb } from '../../src/engine/swahili.js';
import { plainQuestion, terms } from '../../src/engine/text.js';

const english = (word: string): boolean => ['post', 'block', 'quote'].includes(word);

describe('swahiliVerb', () => {
  it('reads a Swahili verb form as its English verb, in the past after -li-, with the object its infix names', () => {
    expect(swahiliVerb('alisema', english)).toBe('said');
    expect(swahiliVerb('wamepelekwa', english)).toBe('send');
    expect(swahiliVerb('kutuma', english)).toBe('send');
    expect(swahiliVerb('ilimsaidia', english)).toBe('helped him');
    expect(swahiliVerb('atatembelea', english)).toBe('visit');
    expect(swahiliVerb('anataka', english)).toBe('want');
    expect(swahiliVerb('itaisha', english)).toBe('end');
    expect(swahiliVerb('inalenga', english)).toBe('aim');
    // A relative after the tense: "ali-ye-post", who posted.
    expect(swahiliVerb('aliyepost', english)).toBe('post');
    expect(swahiliVerb('wamekufa', english)).toBe('die');
    expect(swahiliVerb('ilichelewesha', english)).toBe('delayed');
    expect(swahiliVerb('alitangaza', english)).toBe('announced');
  });

  it('reads Swahili verbs in the question itself, so that the kind of answer asked is read too', () => {
    expect(plainQuestion('polisi wanalipwa ngapi kwa mwezi')).toBe('police pay how many  month');
    expect(answerTypeOf(plainQuestion('polisi wanalipwa ngapi kwa mwezi'))).toBe('money');
  });

  it('reads the words of a question in Swahili and Sheng', () => {
    expect(terms(plainQuestion('hio mission inaitwa aje kwa full? nchi zingine ziko wapi? jina lake haswa'))).toEqual(terms('mission call how in full? other countries are where? name his exactly'));
    // "Peke yake" is alone, "kina nani" who (of several), "wakati wa" during, "ilikuwa" was.
    expect(terms(plainQuestion('alisifu kina nani wakati wa tour? sababu ilikuwa nini? alikutana na council peke yake?'))).toEqual(terms('praised who during tour? reason was what? met council alone?'));
    expect(terms(plainQuestion('kulingana na ruto, wanafaa kushika opportunity ya kipindi gani?'))).toEqual(terms('according to ruto, should seize opportunity of time span which?'));
    expect(plainQuestion('alienda kufanya nini huko')).toBe('went to do what there');
    // Eastleigh's Somali words too: "waa maxay" is what is; "walaal" (brother) asks nothing.
    expect(terms(plainQuestion('waa maxay MSS walaal? hiyo mkutano mkubwa iko mji gani, sababu gani?'))).toEqual(terms('what is MSS? that meeting big is city which, reason which?'));
  });

  it("reads Sheng's English verb with Swahili prefixes as the English verb", () => {
    expect(swahiliVerb('alipost', english)).toBe('post');
    expect(swahiliVerb('iliblock', english)).toBe('block');
    // Written apart ("ili-approve"), the prefixes are dropped before the question is read; "a-la-carte" stays.
    expect(plainQuestion('UN ili-approve hii deployment, wame-send wangapi? a-la-carte')).toBe('UN approve this deployment, send how many? a-la-carte');
  });

  it('leaves other words alone: no prefix, an unknown rest, or a prefix alone', () => {
    expect(swahiliVerb('posting', english)).toBeUndefined();
    expect(swahiliVerb('alibaba', english)).toBeUndefined();
    expect(swahiliVerb('sema', english)).toBeUndefined();
    expect(swahiliVerb('alipo', english)).toBeUndefined();
  });
});

describe('Swahili words in a question', () => {
  it('reads question words and phrases in English, and drops fillers', () => {
    expect(plainQuestion('The first batch left lini?')).toBe('The first batch left when?');
    expect(plainQuestion('Kwa  nini he went?')).toBe('why he went?');
    expect(terms(plainQuestion('Manze, si he told them something juu ya the calm iko sasa?'))).toEqual(['tell', 'calm']);
    expect(terms(plainQuestion('Kazi yao ni gani?'))).toEqual(['work']);
    // Sheng: "makarao" are the police.
    expect(terms(plainQuestion('Ruto alisifu hao makarao saa hii?'))).toEqual(terms('Ruto praise those police now'));
    // "Hali ni shwari?": is the situation calm; "the head wa hiyo council" is its head.
    expect(terms(plainQuestion('hali ni shwari huko?'))).toEqual(['situat', 'calm']);
    expect(plainQuestion('the prezzo wa hiyo council')).toBe('the president of that council');
  });
});
