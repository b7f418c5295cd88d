import { describe, expect, it } from 'vitest';
import { answerTypeOf, asksFuture, fitsAnswerType, isYesNoQuestion, OTHERS_QUESTION_RE, yesNoClaim } from '../../src/engine/answer-types.js';

describe('answerTypeOf', () => {
  it.each([
    ['When did the first group leave?', 'time'],
    ['What day did Ruto visit Haiti?', 'time'],
    ['What day of the week did Ruto visit Haiti?', 'weekday'],
    ['Over what time window should the chance be seized?', 'period'],
    ['what time period did he mean', 'period'],
    ['over what stretch of time?', 'period'],
    ['How many officers went?', 'number'],
    ['Who heads the council?', 'person'],
    ['Where did Ruto meet the police?', 'place'],
    ['Why did the court block it?', 'reason'],
    ['How did Ruto announce the extra officers?', 'channel'],
    ['How did Ruto share news about his trip?', 'channel'],
    ['What is the aim of the mission?', null],
    ['what was ruto actually going to haiti for', 'reason'],
    ['What kind of future are Haitians hoping for?', null],
  ] as const)('reads %j as asking for %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('fitsAnswerType', () => {
  it('reads a "when" that joins a clause after another question word as asking no time', () => {
    expect(answerTypeOf('What city was he in when he met the officers?')).toBeNull();
    expect(answerTypeOf('What advice did he give when he met them?')).toBeNull();
    // Inside a yes/no question too; not after a verb of saying or knowing, which asks it.
    expect(answerTypeOf('Did he praise the officers when he saw them?')).toBeNull();
    expect(answerTypeOf('Did the article say when the officers will leave?')).toBe('time');
    // "…, and when is its renewal due?" asks a time.
    expect(answerTypeOf('What did the resolution set, and when is its renewal due?')).toBe('time');
    // A "when" that ends a sentence asks a time: "was it signed, and when?"
    expect(answerTypeOf('How did they settle it: was a treaty signed, and when?')).toBe('time');
    expect(answerTypeOf('Who signed it and when? Which body?')).toBe('time');
    expect(answerTypeOf('When did he meet them?')).toBe('time');
  });

  it('finds each kind of answer, and not where there is none', () => {
    expect(fitsAnswerType('on Saturday, September 21, 2024', 'time')).toBe(true);
    expect(fitsAnswerType('on Saturday, September 21, 2024', 'weekday')).toBe(true);
    expect(fitsAnswerType('on September 21, 2024', 'weekday')).toBe(false);
    // "Which day" wants a day: a date with its day, or a weekday; "this week" is none.
    expect(fitsAnswerType('on Saturday', 'day')).toBe(true);
    expect(fitsAnswerType('on September 21, 2024', 'day')).toBe(true);
    expect(fitsAnswerType('kicks off in New York this week', 'day')).toBe(false);
    expect(fitsAnswerType('kicks off in New York this week', 'time')).toBe(true);
    expect(fitsAnswerType('kicks off in New York this week', 'date')).toBe(false);
    expect(fitsAnswerType('a resolution in October last year', 'date')).toBe(true);
    // "Which city": a town's name, not a country's ("to Haiti"), a body's or a month's; a name WordNet does not know may be a town's.
    expect(fitsAnswerType('In Port-au-Prince, Haiti, met the Kenyan Police', 'city')).toBe(true);
    expect(fitsAnswerType('kicks off in New York this week', 'city')).toBe(true);
    expect(fitsAnswerType('deployment of police officers to Haiti is part of an MSS', 'city')).toBe(false);
    expect(fitsAnswerType('officers to the Multinational Security Support Mission', 'city')).toBe(false);
    expect(fitsAnswerType('a resolution in October last year', 'city')).toBe(false);
    expect(fitsAnswerType('a visit to Gonaives', 'city')).toBe(true);
    expect(fitsAnswerType('The minister toured Kisumu and Nakuru', 'city')).toBe(true);
    expect(fitsAnswerType('The minister toured Haiti', 'city')).toBe(false);
    expect(fitsAnswerType('deployment of police officers to Haiti', 'place')).toBe(true);
    // A stretch of time answers "over what period", not "when".
    expect(fitsAnswerType('the opportunity of the last few weeks', 'period')).toBe(true);
    expect(fitsAnswerType('the opportunity of the last few weeks', 'time')).toBe(false);
    expect(fitsAnswerType('the opportunity of the operation', 'period')).toBe(false);
    // "How much time" asks a length of time: a date gives none.
    expect(answerTypeOf('How much time did he say was left?')).toBe('duration');
    expect(answerTypeOf('How many days did he spend there?')).toBe('duration');
    expect(answerTypeOf('How much is Kenya spending on the mission?')).toBe('money');
    expect(answerTypeOf('how much are the officers getting paid')).toBe('money');
    expect(answerTypeOf('How much police was in the first batch?')).toBe('number');
    expect(answerTypeOf('How much more money? How much time is left?')).toBe('duration');
    expect(answerTypeOf('Estimated cost of deploying the officers?')).toBe('money');
    expect(answerTypeOf('What happened to the budget for roads?')).toBeNull();
    expect(answerTypeOf('how much has the US pledged so far?')).toBe('money');
    expect(answerTypeOf('police in Haiti are paid how many per month')).toBe('money');
    expect(answerTypeOf('Who is funding the mission?')).toBe('person');
    expect(answerTypeOf('What time of day was the post published?')).toBe('clock');
    expect(fitsAnswerType('posted at 10:30 a.m. on Sunday', 'clock')).toBe(true);
    expect(fitsAnswerType('posted on Sunday, September 22, 2024', 'clock')).toBe(false);
    expect(fitsAnswerType('pledged $300 million to the mission', 'money')).toBe(true);
    expect(fitsAnswerType('committed to deploy 600 more officers', 'money')).toBe(false);
    expect(fitsAnswerType('the opportunity of the last few weeks', 'duration')).toBe(true);
    expect(fitsAnswerType('he posted on Sunday, September 22, 2024', 'duration')).toBe(false);
    expect(fitsAnswerType('the first group of 400 officers', 'number')).toBe(true);
    // A date's numbers count nothing: "which resolution number" is not answered by "in January 2024".
    expect(fitsAnswerType('delayed by a court decision in January 2024', 'number')).toBe(false);
    expect(fitsAnswerType('he visited on Saturday, September 21, 2024', 'number')).toBe(false);
    expect(fitsAnswerType('the mandate of Security Council Resolution 2699', 'number')).toBe(true);
    expect(fitsAnswerType('400 officers on June 24, 2024', 'number')).toBe(true);
    expect(fitsAnswerType('led by President Edgard Le Leblanc', 'person')).toBe(true);
    // A human being is a title or a name that names no body: "Security Council" is none.
    expect(fitsAnswerType('led by President Edgard Le Leblanc', 'human')).toBe(true);
    expect(fitsAnswerType('the deployment was approved by a UN Security Council resolution', 'human')).toBe(false);
    // A named body is a name ending in an institution's word, or an acronym; a person is none.
    expect(fitsAnswerType('to assist the Haitian National Police', 'body')).toBe(true);
    expect(fitsAnswerType('authorised by the UN', 'body')).toBe(true);
    expect(fitsAnswerType('This, President Ruto said, has helped', 'body')).toBe(false);
    expect(fitsAnswerType('met the police in Port-au-Prince', 'place')).toBe(true);
    expect(fitsAnswerType('visited Haiti to assess the progress', 'reason')).toBe(true);
    expect(fitsAnswerType('continues to yield positive results', 'outcome')).toBe(true);
    expect(fitsAnswerType('working alongside their counterparts', 'outcome')).toBe(false);
    expect(fitsAnswerType('as he wrote on X', 'channel')).toBe(true);
    expect(fitsAnswerType('posted by @WilliamsRuto', 'handle')).toBe(true);
    expect(fitsAnswerType('the council and other stakeholders', 'other')).toBe(true);
    // Questions about more than the ones the sources name.
    for (const q of ['Which other countries sent police?', 'other countries sending police', 'How many countries besides Kenya sent police?', 'How many officers from other countries are in Haiti?']) expect(OTHERS_QUESTION_RE.test(q), q).toBe(true);
    for (const q of ['Did he meet others?', 'How many officers did Kenya send?']) expect(OTHERS_QUESTION_RE.test(q), q).toBe(false);
    expect(fitsAnswerType('to deploy 600 more officers', 'more')).toBe(true);
    const plain = 'the mission continues to yield positive results';
    for (const kind of ['time', 'weekday', 'number', 'person', 'place', 'reason', 'channel', 'handle', 'other', 'more'] as const) expect(fitsAnswerType(plain, kind)).toBe(false);
  });
});

describe('asksFuture', () => {
  it('tells a question about what is yet to happen from a journey and from the past', () => {
    expect(asksFuture('What will Ruto push for at the UN?')).toBe(true);
    expect(asksFuture("What's he going to ask the world leaders?")).toBe(true);
    expect(asksFuture("What'll they be asking for?")).toBe(true);
    expect(asksFuture('When is he going to Haiti?')).toBe(false);
    expect(asksFuture('What did Ruto push for at the UN?')).toBe(false);
  });
});

describe('isYesNoQuestion', () => {
  it('tells yes/no questions from questions with a question word', () => {
    for (const q of ['Is the mission working?', 'did ruto praise the officers', 'according to ruto, is the mission working?', 'Has Kenya sent more officers?']) expect(isYesNoQuestion(q), q).toBe(true);
    for (const q of ['Could you tell me who Edgard Le Leblanc is?', 'Did Kenya sign a deal, and on what date?', 'What is the MSS?', 'the mission is working?']) expect(isYesNoQuestion(q), q).toBe(false);
  });

  it('gives the claim of a yes/no question after its auxiliary', () => {
    expect(yesNoClaim('According to Ruto, is the mission working?')).toBe('the mission working?');
    expect(yesNoClaim('What is the mission?')).toBeUndefined();
  });
});
