import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/engine/aliases.js';
import { PassageIndex } from '../../src/engine/passage-index.js';
import { QuestionReader } from '../../src/engine/question.js';
import { WordNet } from '../../src/engine/wordnet.js';
import { plainQuestion } from '../../src/engine/text.js';
import { knowledgeOf } from '../helpers.js';

describe('QuestionReader', () => {
  const knowledge = knowledgeOf(['Governor Ann Wanjiru Mwangi opened the clinic in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a market.']);
  const reader = new QuestionReader(PassageIndex.build(knowledge), new AliasTable([['MSS', 'Multinational Security Support']]), WordNet.load(), null);
  const concept = (question: string, label: string) => reader.read(question).find((c) => c.label === label);

  it('weighs "address" as a verb that ties troubles to their subject when troubles are asked; addressing a meeting is a speech', () => {
    expect(concept('What problems is the market meant to address?', 'address')!.idf).toBeLessThan(concept('When will the governor address the traders?', 'address')!.idf / 2);
  });

  it('weighs a word of very many senses half: it says little by itself', () => {
    // Neither word is in the knowledge, so both start from the same IDF.
    expect(concept('Who is heading the talks?', 'heading')!.idf).toBeCloseTo(concept('Who is guarding the talks?', 'guarding')!.idf / 2);
  });

  it('weighs "not" as a light word: a passage says no in its own words ("no authority", "unconstitutional")', () => {
    expect(concept('Why could the traders not ask for a market?', 'not')!.idf).toBeLessThan(concept('Why could the traders rarely ask for a market?', 'rarely')!.idf / 2);
  });

  it('weighs a verb that only frames what someone says as a light verb ("how does he describe…")', () => {
    expect(concept('How does the governor describe the clinic?', 'describe')!.idf).toBeLessThan(concept('How does the governor inspect the clinic?', 'inspect')!.idf / 2);
    // So do verbs that frame a claim: "what does the governor claim" asks what she said.
    expect(concept('What does the governor claim about the clinic?', 'claim')!.idf).toBeLessThan(concept('What does the governor inspect at the clinic?', 'inspect')!.idf / 2);
  });

  it('reads "the one", "which one", "another one" as a pronoun, and "one clinic" as a number', () => {
    expect(reader.read('Who is the governor, the one who opened the clinic?').map((c) => c.label)).not.toContain('one');
    expect(reader.read('Which one opened the clinic?').map((c) => c.label)).not.toContain('one');
    expect(reader.read('Did the governor open only one clinic?').map((c) => c.label)).toContain('one');
  });

  it('reads the options that end a question as one concept, either of which a passage may say ("…, the clinic or the market?")', () => {
    const options = concept('Who did the governor open, the clinic or the market?', 'clinic or market')!;
    expect(options.alternatives.map((a) => a.terms.join(' '))).toEqual(expect.arrayContaining(['clinic', 'market']));
    // It weighs as the commoner option: a passage saying the rarer one gains no more.
    expect(options.idf).toBeCloseTo(Math.min(concept('Who did the governor open, the clinic?', 'clinic')!.idf, concept('Who did the governor open, the market?', 'market')!.idf));
    // Not "others", nor two options no passage says: they are what is asked about.
    expect(reader.read('Did the governor meet the traders or others?').map((c) => c.label)).toContain('traders');
    expect(reader.read('Do the farmers speak French or Swahili?').map((c) => c.label)).toEqual(expect.arrayContaining(['french', 'swahili']));
    // However many spaces stand between them (a dropped particle leaves two: "Sunday ba or Monday?").
    expect(concept('Who did the governor open, the clinic  or  the market?', 'clinic or market')).toBeDefined();
    // Only at a sentence's end: "the clinic or the market in Kisumu" is no offer.
    expect(reader.read('Did the governor open the clinic or the market in Kisumu?').map((c) => c.label)).toContain('clinic');
  });

  it('reads an option of two words as one, when they make a compound ("a press conference or a radio station?")', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The governor announced the clinic on a radio station in Kisumu.', 'Farmers expect rain in March.'])), new AliasTable([]), WordNet.load(), null);
    const options = local.read('How did the governor announce the clinic, at a press conference or a radio station?').find((c) => c.label === 'press conference or radio station')!;
    // A passage says the compound only with both its words.
    expect(options.alternatives.map((a) => a.terms.join(' '))).toEqual(['press confer', 'radio station']);
    // Not two words that make no compound: "open" is no part of an option.
    expect(reader.read('Did the governor open clinics or markets?').map((c) => c.label)).toEqual(expect.arrayContaining(['open', 'clinics or markets']));
  });

  it('reads the first (initial, pioneer) contingent as the first group sent, as news counts it', () => {
    expect(reader.read('When did the initial contingent of traders leave?').map((c) => c.label)).toEqual(['initial', 'group', 'traders', 'leave']);
    expect(reader.read('How many traders were in the first lot?').map((c) => c.label)).toEqual(['traders', 'first', 'group']);
  });

  it('reads the first group flying (shipping, heading) out as leaving; not a person flying out to a place, nor a group to come', () => {
    const labels = (q: string) => reader.read(q).map((c) => c.label);
    expect(labels('When did the first group of traders fly out?')).toEqual(['first', 'group', 'traders', 'leave']);
    expect(labels('When will the next group of traders fly out?')).toContain('fly');
    expect(labels('Why did the governor fly out to Kisumu in the first place?')).toContain('fly');
  });

  it('reads the role a "who is serving as…" question asks about ("who is serving as Kisumu\'s mayor alongside…")', () => {
    expect(concept("Who is serving as Kisumu's mayor alongside the traders?", 'mayor')?.role).toBe(true);
    expect(concept('Who is the mayor alongside the traders?', 'mayor')?.role).toBe(true);
  });

  it('drops the degree before a word ("rather good at", not "rather than"), and reads "on the world stage" as globally', () => {
    expect(reader.read('What is the governor rather good at on the world stage?').map((c) => c.label)).toEqual(['governor', 'good', 'globally']);
    expect(reader.read('Did the governor open a clinic rather than a market?').map((c) => c.label)).toContain('rather');
  });

  it('reads a court knocking it back as blocking it (see the engine\'s test of particle verbs split by a pronoun)', () => {
    expect(reader.read('When did the court knock it back?').map((c) => c.label)).toEqual(['court', 'block']);
  });

  it('reads a get-together as a gathering, rocking up somewhere as a visit, and bothering to do a thing asked why as doing it', () => {
    expect(reader.read("Where is the farmers' big get-together?").map((c) => c.label)).toEqual(['farmers', 'gathering']);
    expect(reader.read('What day did Mwangi rock up in Kisumu?').map((c) => c.label)).toEqual(['day', 'mwangi', 'visit', 'kisumu']);
    expect(reader.read('Why did the governor bother opening the clinic?').map((c) => c.label)).toEqual(['governor', 'opening', 'clinic']);
    expect(reader.read('Did the governor bother the traders?').map((c) => c.label)).toContain('bother');
  });

  it('reads dropping a post or putting out a message as posting it', () => {
    expect(reader.read('What day did the governor drop the post?').map((c) => c.label)).toEqual(['day', 'governor', 'post']);
    expect(reader.read('When did the governor put out her message?').map((c) => c.label)).toEqual(['governor', 'post', 'message']);
  });

  it('reads backing someone up as supporting them, and giving them a hand as helping', () => {
    expect(reader.read('Which farmers is the council meant to back up?').map((c) => c.label)).toEqual(['farmers', 'council', 'support']);
    expect(reader.read('Whose traders is the council there to give a hand to?').map((c) => c.label)).toEqual(['traders', 'council', 'help']);
  });

  it('reads landing, touching down or arriving somewhere to see people as a visit', () => {
    expect(reader.read('What date did the governor land in Kisumu to see the traders?').map((c) => c.label)).toEqual(['date', 'governor', 'visit', 'kisumu', 'traders']);
    expect(reader.read('Which day did the governor touch down in Kisumu to check on the traders?').map((c) => c.label)).toEqual(['day', 'governor', 'visit', 'kisumu', 'traders']);
  });

  it('reads a person landing, arriving or getting somewhere as a visit; not "they", as often the people sent', () => {
    expect(reader.read('When did Mwangi land in Kisumu?').map((c) => c.label)).toEqual(['mwangi', 'visit', 'kisumu']);
    expect(reader.read('Which day did she finally arrive among the traders?').map((c) => c.label)).toEqual(['day', 'visit', 'traders']);
    expect(reader.read('What date did he get to Kisumu?').map((c) => c.label)).toEqual(['date', 'visit', 'kisumu']);
    expect(reader.read('When did they land in Kisumu?').map((c) => c.label)).toEqual(['land', 'kisumu']);
    expect(reader.read('when did mwangi land in kisumu').map((c) => c.label)).toEqual(['mwangi', 'visit', 'kisumu']);
    expect(reader.read('When did the traders land in Kisumu?').map((c) => c.label)).toContain('land');
    // Being there on a date asked ("exact date she was on the ground in Kisumu") is the visit too.
    expect(reader.read('Exact date Ann was on the ground in Kisumu').map((c) => c.label)).toContain('visit');
  });

  it('weighs the words of a second guess closing a question a fifth, when no passage has them ("…, or is she going it alone?")', () => {
    const plain = concept('Did the governor open the clinic with the traders?', 'traders')!.idf;
    expect(concept('Did the governor open the clinic, or is she carrying the burden alone?', 'burden')!.idf).toBeCloseTo(concept('Did the governor open the burden?', 'burden')!.idf / 5);
    // A word a passage has still counts whole: the guess may be the answer ("…, or with the traders?").
    expect(concept('Did the governor open the clinic alone, or was it with the traders?', 'traders')!.idf).toBeCloseTo(plain);
    // A coordination inside the question is no guess ("hurt or burdened by the rain").
    expect(concept('How many farmers were hurt or burdened by the rain?', 'burdened')!.idf).toBeCloseTo(concept('How many farmers were burdened by the rain?', 'burdened')!.idf);
  });

  it('reads a time window (time frame, window of time) as a length of time, which no date gives, and "how long" after it as asking it again', () => {
    const read = (q: string) => reader.read(q).map((c) => [c.label, c.frame]);
    expect(read('What time window did the governor give the traders?')).toEqual([['time', 'duration'], ['governor', undefined], ['give', undefined], ['traders', undefined]]);
    expect(read('The governor gave the traders a window of time to act, how long?')).toEqual([['governor', undefined], ['gave', undefined], ['traders', undefined], ['time', 'duration'], ['act', undefined]]);
  });

  it('reads setting foot somewhere as a visit ("when did he set foot in Kisumu?")', () => {
    expect(reader.read('When did the governor set foot among the traders in Kisumu?').map((c) => c.label)).toEqual(['governor', 'visit', 'traders', 'kisumu']);
    expect(reader.read('When did the governor drop in on the traders?').map((c) => c.label)).toEqual(['governor', 'visit', 'traders']);
    expect(reader.read('When did the governor show up in Kisumu?').map((c) => c.label)).toEqual(['governor', 'visit', 'kisumu']);
  });

  it('weighs the message a question asks the channel or date of as a fifth: the post is named by where it went up', () => {
    expect(concept('When did the governor post her message online?', 'message')!.idf).toBeCloseTo(concept('When did the governor read her message?', 'message')!.idf / 5);
  });

  it('reads signing a post as its signature ("how is the post signed?"), and signing anything else as signing', () => {
    const said = (q: string, label: string) => concept(q, label)!.alternatives.map((a) => a.terms.join(' '));
    expect(said('How is the governor\'s post signed?', 'signed')).toContain('signatur');
    expect(said('Did the governor sign the market deal?', 'sign')).not.toContain('signatur');
    // So is the name, author or title on a post named ("the name at the bottom of her tweet", "the author of the tweet inside the article").
    expect(said('How is her name written at the bottom of the governor\'s tweet?', 'name')).toContain('signatur');
    expect(reader.read('Who is the author of the tweet that is inside the article?').map((c) => c.label)).toEqual(['author', 'tweet']);
    expect(said('What name did the governor give the clinic?', 'name')).not.toContain('signatur');
  });

  it('reads a name of two words the passages write nowhere apart ("New York") as one concept', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The governor flew to New York in May.', 'A clinic opened in Kisumu.', 'Farmers expect rain in March.'])), new AliasTable([]), WordNet.load(), null);
    expect(local.read('Did the governor meet the mayor in New York?').map((c) => c.label)).toEqual(['governor', 'meet', 'mayor', 'new york']);
    // "New" is written apart ("a new clinic"): no name of two words.
    const apart = new QuestionReader(PassageIndex.build(knowledgeOf(['The governor flew to New York in May.', 'A new clinic opened in Kisumu.'])), new AliasTable([]), WordNet.load(), null);
    expect(apart.read('Did the governor fly to New York?').map((c) => c.label)).toEqual(['governor', 'fly', 'new', 'york']);
  });

  it('weighs a fifth the words no passage has in a sentence that does not ask ("Genuinely curious, I am a nurse in Leeds.")', () => {
    const aside = 'Who opened the clinic in Kisumu? Genuinely curious, I am a nurse in Leeds.';
    expect(concept(aside, 'leeds')!.idf).toBeCloseTo(concept('Who opened the clinic in Kisumu for nurses from Leeds?', 'leeds')!.idf / 5);
    expect(concept(aside, 'kisumu')!.idf).toBeCloseTo(concept('Who opened the clinic in Kisumu?', 'kisumu')!.idf);
    // A word the knowledge has still says what is asked ("I mean the rain"), and a question of one sentence is read whole.
    expect(concept('When do farmers expect it? I mean the rain and the drought.', 'rain')!.idf).toBeCloseTo(concept('When do farmers expect rain?', 'rain')!.idf);
    expect(concept('When do farmers expect it? I mean the rain and the drought.', 'drought')!.idf).toBeCloseTo(concept('When do farmers expect drought?', 'drought')!.idf / 5);
    expect(concept('Genuinely curious, who opened the clinic in Leeds?', 'leeds')!.idf).toBeCloseTo(concept('Who opened the clinic in Leeds?', 'leeds')!.idf);
  });

  it('reads a lead-in before a colon as a sentence that does not ask ("Clinic budget: …"), but not a name the aliases know', () => {
    expect(concept('Clinic budget: who opened the clinic?', 'budget')!.idf).toBeCloseTo(concept('Which clinic opened on budget?', 'budget')!.idf / 5);
    expect(concept('Clinic budget: who opened the clinic?', 'clinic')!.idf).toBeCloseTo(concept('Who opened the clinic?', 'clinic')!.idf);
    // An acronym the aliases know is no aside, though no passage writes it ("MSS source: who leads it?").
    expect(concept('MSS source: who opened the clinic?', 'mss')!.idf).toBeCloseTo(concept('Who opened the clinic of the MSS?', 'mss')!.idf);
  });

  it('asks for no kind of answer with a frame word of a statement before the question ("…talked of time being short. What…")', () => {
    const told = concept('The governor talked of time being short. What must farmers grab?', 'time')!;
    expect(told.frame).toBeUndefined();
    expect(told.idf).toBeCloseTo(concept('What must farmers grab in time?', 'time')!.idf / 5);
    // After the question it still says what is asked ("…? Just the time").
    expect(concept('When do farmers expect rain? Just the time.', 'time')!.frame).toBe('time');
  });

  it('weighs a noun the knowledge lacks half after "what kind of": the answer describes one without naming it', () => {
    expect(concept('What kind of harvest do farmers expect?', 'harvest')!.idf).toBeCloseTo(concept('When is the harvest the farmers expect?', 'harvest')!.idf / 2);
    expect(concept('What kind of rain do farmers expect?', 'rain')!.idf).toBeCloseTo(concept('When is the rain the farmers expect?', 'rain')!.idf);
  });

  it('takes no phrasal verb among the synonyms for its verb alone', () => {
    // WordNet gives "lead off" as a synonym of "begin"; "led" alone is no beginning.
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The Kenyan-led force arrived.', 'Talks start on Monday.'])), new AliasTable([]), WordNet.load(), null);
    const terms = local.read('When does the summit begin?').find((c) => c.label === 'begin')!.alternatives.map((a) => a.terms.join(' '));
    expect(terms).toContain('start');
    expect(terms).not.toContain('lead');
  });

  it('reads "go to a place", or a "go" that ends the question, as a visit', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The governor visited Kisumu.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string) => local.read(question).find((c) => c.label === 'go')!.alternatives.map((a) => a.terms.join(' '));
    expect(forms('Why did the governor go to Kisumu?')).toContain('visit');
    expect(forms('Why did the governor go?')).toContain('visit');
    expect(forms('Did the governor go ahead with it?')).not.toContain('visit');
    // A place named straight after the verb, as casual English and Pidgin say it: "go Kisumu", "travel go Kisumu".
    expect(forms('Why did the governor go Kisumu?')).toContain('visit');
    expect(local.read('Why governor travel go Kisumu?').find((c) => c.label === 'travel')!.alternatives.map((a) => a.terms.join(' '))).toContain('visit');
    expect(forms('Did the governor go home?')).not.toContain('visit');
    expect(local.read('When did the governor fly into Kisumu?').find((c) => c.label === 'fly')!.alternatives.map((a) => a.terms.join(' '))).toContain('visit');
  });

  it('reads "the meeting" as also an engagement, and "meet" as a meeting only', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The governor met the nurses.', 'Her engagement with the council went well.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string, label: string) => local.read(question).find((c) => c.label === label)!.alternatives.map((a) => a.terms.join(' '));
    expect(forms('How did the UN meeting go?', 'meeting')).toContain('engag');
    expect(forms('Where was the governor meeting the nurses?', 'meeting')).not.toContain('engag');
    // "Sat down with" the council: engaged it; sitting alone is no engagement.
    expect(local.read('Who did the governor sit down with?').map((c) => c.label)).toContain('engaged');
    expect(local.read('What did they say when the governor and the council sat down together?').map((c) => c.label)).toContain('engaged');
    expect(local.read('Where did the council sit?').map((c) => c.label)).toContain('sit');
  });

  it('takes no light verb for a synonym: "die" is a sense of "go", which says too little', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The officers went to the coast.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const terms = local.read('How many officers died?').find((c) => c.label === 'died')!.alternatives.map((a) => a.terms.join(' '));
    expect(terms).not.toContain('go');
  });

  it('reads "besides", "apart from" and "else" as asking for others', () => {
    expect(concept('Besides the farmers, who came?', 'besides')?.frame).toBe('other');
    expect(concept('Apart from the farmers, who came?', 'besides')?.frame).toBe('other');
    expect(concept('Who else came?', 'else')?.frame).toBe('other');
  });

  it('reads "full name" as the longest form of the name, and drops "full"', () => {
    const concepts = reader.read("What is Mwangi's full name?");
    expect(concepts.find((c) => c.label === 'name')!.alternatives.map((a) => a.terms.join(' '))).toEqual(['ann wanjiru mwangi']);
    expect(concepts.some((c) => c.label === 'full')).toBe(false);
    const middle = reader.read('mwangi middle name');
    expect(middle.find((c) => c.label === 'name')!.alternatives.map((a) => a.terms.join(' '))).toEqual(['ann wanjiru mwangi']);
    expect(middle.some((c) => c.label === 'middle')).toBe(false);
  });

  it('reads "what MSS means, the full name" as asking what the abbreviation stands for, and nothing else', () => {
    const concepts = reader.read('MSS, what it means exactly? the full name please');
    expect(concepts.map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('What do the letters MSS stand for?').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('Expand acronym MSS').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('what MSS mean, too many acronyms').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('the full name behind the abbreviation MSS?').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('What is the full designation of the mission abbreviated as MSS?').filter((c) => c.defined).map((c) => c.label)).toEqual(['mss']);
    expect(reader.read('What is the complete name of the MSS?').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    // A word between ("the full mission name") still asks the full name.
    expect(reader.read('What is the full mission name of the MSS?').filter((c) => c.defined).map((c) => c.label)).toEqual(['mss']);
    // "Spell out MSS in full", after a broadcast lead-in too; what the asker needs it for asks nothing.
    expect(reader.read(plainQuestion('ticker: spell out MSS in full')).map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('Write out in full the abbreviation MSS.').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('The acronym MSS, what does it signify?').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('What does the abbreviation MSS refer to?').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read('these letters MSS, they mean what in full words').map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
    expect(reader.read(plainQuestion('Kindly expand the acronym MSS for official documentation purposes.')).map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
  });

  it('drops a lead-in before a colon that names nothing the knowledge knows', () => {
    expect(reader.read('For my lesson tomorrow: what did the farmers expect?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    // Or before a comma, when a question follows.
    expect(reader.read('For the benefit of the younger students, what did the farmers expect?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    expect(reader.read('Farmers in March: what did they expect?').map((c) => c.label)).toEqual(['farmers', 'march', 'expect']);
    // A lead-in may be long: "for the benefit of an old hand unfamiliar with the latest acronyms".
    expect(reader.read('For the benefit of an old hand unfamiliar with the latest acronyms, what did the farmers expect?').map((c) => c.label)).toEqual(['farmers', 'expect']);
  });

  it('reads "thus far" and "on their way" as saying nothing, "profess" as framing a claim, "denotes" as asking a meaning', () => {
    expect(reader.read('Which traders were sent on their way thus far?').map((c) => c.label)).toEqual(['traders', 'sent']);
    expect(concept('What does the governor profess about the clinic?', 'profess')!.idf).toBeLessThan(concept('What does the governor inspect at the clinic?', 'inspect')!.idf / 2);
    expect(concept('What did the governor brag about the clinic?', 'brag')!.idf).toBeLessThan(concept('What did the governor inspect at the clinic?', 'inspect')!.idf / 2);
    expect(concept('How did the governor frame the clinic?', 'frame')!.idf).toBeLessThan(concept('How did the governor inspect the clinic?', 'inspect')!.idf / 2);
    // So do words that qualify a thing without saying what it is: "international standing".
    expect(concept("What is the governor's international standing?", 'international')!.idf).toBeLessThan(concept("What is the governor's medical standing?", 'medical')!.idf / 2);
    expect(concept('What did the court say of the domestic challenge?', 'domestic')!.idf).toBeLessThan(concept('What did the court say of the electoral challenge?', 'electoral')!.idf / 2);
    expect(concept('What is the situation at the clinic?', 'situation')!.idf).toBeLessThan(concept('What is the shortage at the clinic?', 'shortage')!.idf / 2);
    // "Initially" and "at the national level" say when or where only loosely.
    expect(concept('When was the clinic initially opened?', 'initially')!.idf).toBeLessThan(concept('When was the clinic hastily opened?', 'hastily')!.idf / 2);
    expect(concept('Who opened the clinic at the county level?', 'level')!.idf).toBeLessThan(concept('Who opened the clinic at the county office?', 'office')!.idf / 2);
    expect(reader.read("What does 'MSS' denote?").map((c) => [c.label, c.defined === true])).toEqual([['mss', true]]);
  });

  it('reads "against the constitution" as unconstitutional, as a ruling says it', () => {
    expect(reader.read('Did the court find the levy against the constitution?').map((c) => c.label)).toEqual(['court', 'find', 'levy', 'unconstitutional']);
    expect(reader.read('Did the levy break the constitution?').map((c) => c.label)).toEqual(['levy', 'unconstitutional']);
  });

  it('reads "alone or with them" as asking whether they work alongside them, and "alone" by itself as said', () => {
    const labels = (q: string) => reader.read(q).map((c) => c.label);
    expect(labels('Are the traders working alone or with the farmers?')).toEqual(['traders', 'working', 'alongside', 'farmers']);
    expect(labels('Are the traders working together with the farmers or on their own?')).toEqual(['traders', 'working', 'alongside', 'farmers']);
    expect(labels('Are the traders working solo or jointly w/ the farmers?')).toEqual(['traders', 'working', 'alongside', 'farmers']);
    expect(labels('Are the traders working alone in Kisumu or with the farmers?')).toEqual(['traders', 'working', 'alongside', 'kisumu', 'farmers']);
    expect(labels('Did the governor open the clinic alone?')).toContain('alone');
  });

  it('drops an aside set between commas or in brackets that names nothing the knowledge knows, and only that', () => {
    expect(reader.read('What, strictly speaking, did the farmers expect (such as they presently are)?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    expect(reader.read('What did the farmers expect, legally speaking?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    // A name the knowledge lacks, a frame word, a number, a second question or an alternative says what is asked.
    expect(reader.read('What did the farmers expect, such as Jimmy Cherizier?').map((c) => c.label)).toContain('jimmy');
    expect(reader.read('What is the username (handle) of the governor?').map((c) => c.label)).toContain('handle');
    expect(reader.read('What did the farmers expect, in 1999?').map((c) => c.label)).toContain('1999');
    expect(reader.read('What did the farmers expect, and is there an exit strategy?').map((c) => c.label)).toContain('strategy');
    expect(reader.read('Do the farmers work alone, or with local forces?').map((c) => c.label)).toContain('forces');
  });

  it('reads "saying" as "say": what is said is asked, not the channel it was said through', () => {
    expect(reader.read('What is the governor saying about the clinic?').map((c) => c.label)).toEqual(['governor', 'clinic']);
  });

  it('reads "bring back" as restoring, not backing, and "say yes to" or "agree to" as approving', () => {
    expect(reader.read('What does the governor aim to bring back to Kisumu?').map((c) => c.label)).toEqual(['governor', 'aim', 'restore', 'kisumu']);
    expect(reader.read('When did the governor say yes to the clinic?').map((c) => c.label)).toEqual(['governor', 'approve', 'clinic']);
    expect(reader.read('When did the governor agree to the clinic?').map((c) => c.label)).toEqual(['governor', 'approve', 'clinic']);
    // So is okaying it, as a verb; "is it okay?" asks no approval.
    expect(reader.read('When did the governor first okay the clinic?').map((c) => c.label)).toEqual(['governor', 'approve', 'clinic']);
    expect(reader.read('Is the clinic okay?').map((c) => c.label)).not.toContain('approve');
  });

  it('reads "does X think…" as what X says: the verb of opinion is no word to find', () => {
    expect(reader.read('Does the governor really think that the market helps?').map((c) => c.label)).toEqual(['governor', 'market', 'helps']);
    expect(reader.read('What did the traders think of the market?').map((c) => c.label)).toEqual(['traders', 'market']);
  });

  it('reads a doer by its verb, in any form the knowledge uses: a leader leads ("led by")', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The council was led by the governor.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    expect(local.read('Who is the leader of the council?').find((c) => c.label === 'leader')!.alternatives.map((a) => a.terms.join(' '))).toContain('lead');
  });

  it('reads an adjective in -al as also its noun: a presidential visit is the president\'s', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The president visited the clinic.', 'The court cited the constitution.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string, label: string) => local.read(question).find((c) => c.label === label)!.alternatives.map((a) => a.terms.join(' '));
    expect(forms('When was the presidential visit?', 'presidential')).toContain('presid');
    expect(forms('What constitutional bar did the court cite?', 'constitutional')).toContain('constitut');
    // Not a word that merely ends in "al": "rival" is no "riv".
    expect(forms('Which rival visited?', 'rival')).toEqual(['rival']);
  });

  it('reads an adjective as also its negation, which answers a yes/no question about it as well', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['A court ruled the levy unconstitutional.', 'The market stayed stable.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string, label: string) => local.read(question).find((c) => c.label === label)!.alternatives.map((a) => a.terms.join(' '));
    expect(forms('Was the levy constitutional?', 'constitutional')).toContain('unconstitut');
    // Only a negation the knowledge says: "stable" has no "unstable" here.
    expect(forms('Was the levy stable?', 'stable')).not.toContain('unstabl');
  });

  it('reads a word as also the compound it heads in the knowledge ("peace" → peacemaking), not any longer word', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['Kenya is known for peacemaking.', 'The statement came late.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string, label: string) => local.read(question).find((c) => c.label === label)!.alternatives.map((a) => a.terms.join(' '));
    expect(forms('Is Kenya good at peace?', 'peace')).toContain('peacemak');
    // "Statement" is no compound of "state": "ment" is no word.
    expect(forms('Which state?', 'state')).not.toContain('statement');
  });

  it('reads "anything good to say about" as praise', () => {
    expect(reader.read('Did the governor have anything good to say about the traders?').map((c) => c.label)).toEqual(['governor', 'praise', 'traders']);
    expect(reader.read('Did the governor say something nice to the traders?').map((c) => c.label)).toEqual(['governor', 'praise', 'traders']);
    expect(reader.read('Did the governor say the traders did a good job?').map((c) => c.label)).toEqual(['governor', 'traders', 'praise']);
  });

  it('reads asking, telling or pushing someone to do something as urging them', () => {
    expect(reader.read('What did the mayor ask the traders to do?').map((c) => c.label)).toEqual(['mayor', 'urge', 'traders']);
    expect(reader.read('What did the mayor push the traders to fix?').map((c) => c.label)).toEqual(['mayor', 'urge', 'traders', 'fix']);
    expect(reader.read('What will the traders push for?').map((c) => c.label)).toEqual(['traders', 'call']);
    expect(reader.read('What did the mayor nudge the traders to fix?').map((c) => c.label)).toEqual(['mayor', 'urge', 'traders', 'fix']);
    expect(reader.read('What did the mayor want the traders to fix?').map((c) => c.label)).toEqual(['mayor', 'urge', 'traders', 'fix']);
    // Not what someone wants of a thing ("want the plan to work"), nor a question asked.
    expect(reader.read('Which plan did the mayor want the market to follow?').map((c) => c.label)).not.toContain('urge');
    expect(reader.read('What did the traders ask about the market?').map((c) => c.label)).toEqual(['traders', 'ask', 'market']);
    // What someone told people who lead is what he urged them; what he told about a thing is not.
    expect(reader.read('What did the mayor tell the market leaders?').map((c) => c.label)).toEqual(['mayor', 'urge', 'market', 'leaders']);
    expect(reader.read('what did the mayor tell the council they should do').map((c) => c.label)).toContain('urge');
    expect(reader.read('What did the mayor tell reporters about the market?').map((c) => c.label)).not.toContain('urge');
  });

  it('matches a verb ("to support") only outside names: "Multinational Security Support" is no support given', () => {
    expect(concept('Whom did the council want to support?', 'support')?.plain).toBe(true);
    expect(concept('Which support did the council give?', 'support')?.plain).toBeUndefined();
  });

  it('reads "actual" as colour', () => {
    expect(reader.read("What's the actual name of the Kisumu council?").map((c) => c.label)).toEqual(['name', 'kisumu', 'council']);
  });

  it('reads a word said twice as one concept', () => {
    expect(reader.read('Do the Kisumu traders trade with the Nairobi traders?').map((c) => c.label)).toEqual(['kisumu', 'traders', 'trade', 'nairobi']);
  });

  it('drops phrases that only join a question together', () => {
    expect(reader.read('What did the farmers expect in the first place, according to the traders?').map((c) => c.label)).toEqual(['farmers', 'expect', 'traders']);
    expect(reader.read('Why did the farmers go to Kisumu in first place?').map((c) => c.label)).toEqual(['farmers', 'go', 'kisumu']);
    // The report is the knowledge itself: no passage says "report".
    expect(reader.read('What did the farmers expect, according to the report?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    expect(reader.read('What did the farmers expect, according to the opening of the report?').map((c) => c.label)).toEqual(['farmers', 'expect']);
    expect(reader.read('Where is the market in the article?').map((c) => c.label)).toEqual(['market']);
    expect(reader.read('What did the farmers expect regarding the market?').map((c) => c.label)).toEqual(['farmers', 'expect', 'market']);
    // "The present lull" is the current one; "present the plan" is no time.
    expect(reader.read('What did the traders do in the present lull?').map((c) => c.label)).toContain('current');
    expect(reader.read('Did the traders present the market?').map((c) => c.label)).toContain('present');
    // How far the source goes is no part of the question: "insofar as the report permits", "to the extent the article dates it".
    expect(reader.read('When, to the extent the article dates it, did the farmers meet?').map((c) => c.label)).toEqual(['farmers', 'meet']);
    expect(reader.read('Insofar as the report permits, where is the market?').map((c) => c.label)).toEqual(['market']);
    // "All the way" measures a trip, and asks nothing.
    expect(reader.read('Why did the governor fly all the way to Kisumu?').map((c) => c.label)).toEqual(['governor', 'fly', 'kisumu']);
    expect(reader.read('Is the governor good when it comes to markets?').map((c) => c.label)).not.toContain('comes');
    // "Is meant to", "is supposed to": what a thing is for is said by its verb, not by the modal ("aims to assist").
    // Not "was the trip meant to…", which asks its purpose; "supposed to do" asks the job itself, its aim (see below).
    expect(reader.read('Which crops did the farmers grow that the market is supposed to sell?').map((c) => c.label)).toEqual(['crops', 'farmers', 'grow', 'market', 'sell']);
    expect(reader.read('Which crops is the market supposed to sell?').map((c) => c.label)).toEqual(['crops', 'market', 'sell']);
    expect(reader.read('Was the market meant to sell crops?').map((c) => c.label)).toContain('meant');
    expect(reader.read("Was the market's stall intended to sell crops?").map((c) => c.label)).toContain('intended');
  });

  it('reads the words right before a body\'s frame word as describing it', () => {
    expect(concept("Who chairs the county's interim market body?", 'body')?.describedBy).toEqual(['market', 'interim', 'county']);
    expect(concept('Which body approved the market plan?', 'body')?.describedBy).toBeUndefined();
  });

  it('reads words that name the kind of answer as frames', () => {
    expect(concept('Market venue?', 'venue')?.frame).toBe('place');
    expect(concept('In which town did the farmers meet?', 'town')?.frame).toBe('city');
    expect(concept('On what date did the farmers meet?', 'date')?.frame).toBe('date');
    expect(concept('What was the size of the first group of farmers?', 'size')?.frame).toBe('number');
    expect(concept('headcount of the farmers in March?', 'headcount')?.frame).toBe('number');
    expect(concept('What was the strength of the first group of farmers?', 'strength')?.frame).toBe('number');
    // "What time frame" asks for a length of time (see the time window's test).
    expect(concept('What time frame did the council give the traders?', 'time')?.frame).toBe('duration');
    expect(concept('At what time did the council meet?', 'time')?.frame).toBe('time');
    // So does "what span of time".
    expect(concept('What span of time did the council give the traders?', 'time')?.frame).toBe('duration');
    expect(concept('What span of time did the council give the traders?', 'span')).toBeUndefined();
    // "What time period" may be a date.
    expect(concept('What time period did the council give the traders?', 'time')?.frame).toBe('period');
    // So does a window, which in a question is one of time.
    expect(concept('How long a window did the council give the traders?', 'window')?.frame).toBe('period');
    // "Online" says through what channel: a passage naming one (an account, a post) meets it.
    expect(concept('When did the mayor post the plan online?', 'online')?.frame).toBe('channel');
    expect(concept('Which app did the mayor post the plan on?', 'app')?.frame).toBe('channel');
    expect(concept('When did the mayor put the plan on the internet?', 'internet')?.frame).toBe('channel');
    // A site is a web site; "a site visit" is a visit (see plainQuestion).
    expect(concept('Which site did the mayor post the plan on?', 'site')?.frame).toBe('channel');
    // "His country's farmers" names a country it does not ask for.
    expect(concept('Which country do the farmers sell to?', 'country')?.frame).toBe('place');
    expect(concept("When did his country's farmers meet?", 'country')?.frame).toBeUndefined();
    // "Its number", "its date" still ask for one.
    expect(concept('The council passed a bylaw. What is its number?', 'number')?.frame).toBe('number');
    expect(concept('The market reopened. What was its date?', 'date')?.frame).toBe('date');
    expect(concept("whats the governor's @ on x", 'handle')?.frame).toBe('handle');
    // "His handle" still asks for one; "his account" may be his account of events.
    expect(concept('whats his @ on x', 'handle')?.frame).toBe('handle');
    expect(concept("what is the governor's twitter name?", 'handle')?.frame).toBe('handle');
    expect(concept('what is her username?', 'username')?.frame).toBe('handle');
    expect(concept('what is the twitter/X user of the governor?', 'handle')?.frame).toBe('handle');
    // "The name of her account", "account name", "the @ sign": the handle, not a person's name.
    expect(concept("What is the name of the governor's account on X?", 'handle')?.frame).toBe('handle');
    expect(reader.read('Account name of the governor?').map((c) => c.label)).toEqual(['handle', 'governor']);
    expect(reader.read('What is the governor called on X, the one with the @ sign?').map((c) => c.label)).toContain('handle');
    expect(concept('what was her account of the market?', 'account')?.frame).toBeUndefined();
    expect(concept('What was the purpose of the market?', 'purpose')?.frame).toBe('reason');
    expect(concept('On what grounds did the council close the market?', 'grounds')?.frame).toBe('reason');
    expect(concept('so what was the point of the market', 'purpose')?.frame).toBe('reason');
    expect(concept("What was the objective of the governor's trip?", 'objective')?.frame).toBe('reason');
    // So do the excuse, the pretext, the rationale and the motive given for it.
    expect(concept('What was the official excuse for the market?', 'excuse')?.frame).toBe('reason');
    expect(concept("What is the clinic's rationale?", 'rationale')?.frame).toBe('reason');
    // "The clinic's performance" asks how it turns out, as "is it working" does.
    expect(concept("How does the governor assess the clinic's performance?", 'performance')?.frame).toBe('outcome');
    expect(reader.read('Did the traders ask at one point?').map((c) => c.label)).toEqual(['traders', 'ask']);
    expect(reader.read('What was the point the traders made?').map((c) => c.label)).toContain('point');
    expect(concept('What is the name of the governor?', 'name')?.frame).toBe('person');
    // The noun as written: a meeting is a gathering (a body's name answers it), its lemma "meet" a sports event.
    expect(concept('What big meeting were the traders ready for?', 'meeting')?.frame).toBe('body');
    // "Top", "main" grade the thing like "big": no word of their own.
    expect(reader.read('Who chairs the top council, the main market?').map((c) => c.label)).not.toEqual(expect.arrayContaining(['top']));
    expect(reader.read('Who chairs the top council, the main market?').map((c) => c.label)).not.toContain('main');
    expect(reader.read('Who was on top?').map((c) => c.label)).toContain('top');
  });

  it('keeps a word whose holder\'s name is asked from its alias: a court is no judge', () => {
    const courtKnowledge = knowledgeOf(['The court ruled the plan unconstitutional.', 'Judge Ann Mwangi heard the case.']);
    const courtReader = new QuestionReader(PassageIndex.build(courtKnowledge), new AliasTable([['judge', 'court']]), WordNet.load(), null);
    const forms = (question: string, label: string) => courtReader.read(question).find((c) => c.label === label)?.alternatives.map((a) => a.terms.join(' '));
    expect(forms('What did the judges rule?', 'judges')).toContain('court');
    expect(forms('Which judge ruled on the plan?', 'judge')).not.toContain('court');
    expect(forms('Which High Court judge ruled on the plan?', 'judge')).not.toContain('court');
    expect(forms('What was the name of the judge who ruled?', 'judge')).not.toContain('court');
    // With the spaces a dropped word leaves ("what name  of judge": Tagalog "po" read as nothing), and as a keyword.
    expect(forms('what name  of  judge  ruled?', 'judge')).not.toContain('court');
    expect(forms('ruling: judge name?', 'judge')).not.toContain('court');
    expect(forms('Who was the judge that ruled on the plan?', 'judge')).not.toContain('court');
    // The noun phrase after "which" ends at a possessive: "which nation's judges" asks for a nation.
    expect(forms("Which nation's judges ruled?", 'judges')).toContain('court');
  });

  it('reads a thing\'s job as its aim, "acc to" as "according to", and "talkin" as "talking"', () => {
    expect(reader.read('What is the market supposed to do?').map((c) => c.label)).toEqual(['market', 'aim']);
    expect(reader.read('what are the traders even supposed to be doing there?').map((c) => c.label)).toEqual(['traders', 'aim']);
    expect(reader.read('What is the market meant to achieve?').map((c) => c.label)).toEqual(['market', 'aim']);
    expect(reader.read('What is the market trying to do?').map((c) => c.label)).toEqual(['market', 'aim']);
    expect(reader.read('what are the traders tryna do').map((c) => c.label)).toEqual(['traders', 'aim']);
    // "Trying to" only leads to what is tried: "did the judge try to stop it" asks of stopping.
    expect(reader.read('Did the mayor try to stop the market?').find((c) => c.label === 'try')?.idf ?? 0).toBeLessThan(reader.read('Did the mayor try to stop the market?').find((c) => c.label === 'stop')?.idf ?? 0);
    expect(reader.read('Is the market working acc to the traders?').map((c) => c.label)).toEqual(['market', 'outcome', 'traders']);
    expect(reader.read('is the market even working good 😅').map((c) => c.label)).toEqual(['market', 'outcome']);
    // "…working well or badly?", "…working, the governor says": how it turns out, as someone says.
    expect(reader.read('Is the market working well or badly?').map((c) => c.label)).toEqual(['market', 'outcome']);
    expect(reader.read('is market working governor says').map((c) => c.label)).toEqual(['market', 'outcome', 'governor']);
    expect(reader.read('Did the governor think the market was working when she visited?').map((c) => c.label)).toContain('outcome');
    expect(reader.read('which market are the traders talkin about').map((c) => c.label)).toContain('talking');
    // "Lacked a market" is "had no market": the news says what is missing with "no".
    expect(reader.read('Why did the traders say they lacked a market?').map((c) => c.label)).toEqual(['traders', 'market']);
    expect(reader.read('What did the traders say was missing from the market?').map((c) => c.label)).toEqual(['traders', 'market']);
    // A word that is one already stays: "origin" is no "origing".
    expect(reader.read('what is the origin of the market').map((c) => c.label)).toContain('origin');
  });

  it('reads "going to" before a verb as the future, and before a place as going there', () => {
    expect(reader.read('What are the traders going to push for?').map((c) => c.label)).not.toContain('going');
    expect(reader.read('Are the traders going to Nakuru?').map((c) => c.label)).toContain('going');
    // Going to court is suing.
    expect(reader.read('Are the traders going to court?').map((c) => c.label)).toEqual(['traders', 'sued']);
    // "The MSS session": the body named meets in it; a session of no named body stays.
    expect(reader.read('Where is the MSS session?').map((c) => c.label)).toEqual(['mss']);
    expect(reader.read('Where is the farmers session?').map((c) => c.label)).toEqual(['farmers', 'session']);
    // "Drive forward" is driving.
    expect(reader.read('What did the traders drive forward?').map((c) => c.label)).toEqual(['traders', 'drive']);
    // Going back is a return: no visit, and no "back" (support).
    const back = reader.read('When did the governor fly back to Kisumu?');
    expect(back.map((c) => c.label)).toEqual(['governor', 'fly', 'kisumu']);
    expect(back.find((c) => c.label === 'fly')!.alternatives.map((a) => a.terms.join(' '))).toEqual(['fly']);
    // "Supposed to" before a verb, in any tense or with no "is", says what is expected: the verb after it is asked.
    expect(reader.read('What the traders supposed to be selling?').map((c) => c.label)).toEqual(['traders', 'selling']);
    expect(reader.read('What were the traders supposed to sell?').map((c) => c.label)).toEqual(['traders', 'sell']);
    // So do "plans to", "intends to": what they will do is asked, not their plan; "the plan to sell" is one.
    expect(reader.read('Where do the traders plan to sell?').map((c) => c.label)).toEqual(['traders', 'sell']);
    expect(reader.read('What did the traders intend to sell?').map((c) => c.label)).toEqual(['traders', 'sell']);
    expect(reader.read('Who stopped the plan to sell?').map((c) => c.label)).toContain('plan');
    expect(reader.read('Are the traders going to Mombasa?').map((c) => c.label)).toContain('going');
    // "The guy heading the market" is whoever heads it: the question word asks a person already.
    expect(reader.read("Who's the guy heading the market?").map((c) => c.label)).toEqual(['heading', 'market']);
    // So is "the man chairing it", "the gentleman who opened it", whom the words after him say; "the person" is asked for.
    expect(reader.read('What is the name of the man chairing the market?').map((c) => c.label)).not.toContain('man');
    expect(reader.read('Who is the gentleman who opened the clinic?').map((c) => c.label)).not.toContain('gentleman');
    expect(concept('Name the person who opened the clinic', 'person')?.frame).toBe('person');
    // "What the farmers supposed to do", without its "are", asks what they do, not which farmers.
    expect(concept('What the farmers supposed to be doing there?', 'farmers')?.frame).toBeUndefined();
    // "When was Odinga in Kisumu" asks when he was there: his visit.
    expect(reader.read('When was Odinga in Kisumu?').map((c) => c.label)).toContain('visit');
    expect(reader.read('Who was in Kisumu?').map((c) => c.label)).not.toContain('visit');
    expect(reader.read('Odinga, he was in Kisumu which day?').map((c) => c.label)).toContain('visit');
    expect(reader.read('Who said Odinga was in Kisumu?').map((c) => c.label)).not.toContain('visit');
    // "She keeps saying": she says (no "saying" as a noun, a channel asked for).
    expect(reader.read('The governor keeps saying the clinic is open. Open when?').map((c) => c.label)).toEqual(['governor', 'clinic', 'open']);
    // "Is the clinic calm now": the present is what the news tells of, not a word it says; a quotation keeps it.
    expect(reader.read('Is the clinic calm now?').map((c) => c.label)).toEqual(['clinic', 'calm']);
    expect(reader.read('Who said "the clinic is now open"?').map((c) => c.label)).toContain('now');
    // "A period of calm" is calm; "the period of the rains" asks a time.
    expect(reader.read('Is the clinic in a period of calm?').map((c) => c.label)).toEqual(['clinic', 'calm']);
    expect(reader.read('Which period of the year do farmers expect rain?').map((c) => c.label)).toContain('period');
    // "In person" asks no person.
    expect(reader.read('On which day did the mayor come in person to the market?').map((c) => c.label)).not.toContain('person');
    // "The first time" is an occasion, no time asked.
    expect(concept('Is this the first time the mayor opened the market?', 'time')?.frame).toBeUndefined();
    expect(concept('What time did the mayor open the market?', 'time')?.frame).toBe('time');
    // "How much time is left": a length of time, not anything left behind.
    expect(concept('How much time did the mayor say was left to open the market?', 'time')?.frame).toBe('duration');
    expect(reader.read('How much time did the mayor say was left to open the market?').map((c) => c.label)).not.toContain('left');
    // "The men and women of the market" are the market's; "a word of praise" is praise.
    expect(reader.read('Did the mayor have any word of praise for the men and women of the market?').map((c) => c.label)).toEqual(['mayor', 'praise', 'market']);
    expect(reader.read('Which men did the mayor praise?').map((c) => c.label)).toContain('men');
    // "The big market" names the market, not a size; "is the market big?" asks one.
    expect(reader.read('When does the big market open?').map((c) => c.label)).toEqual(['market', 'open']);
    expect(reader.read('Is the market big?').map((c) => c.label)).toContain('big');
    // Where or when a thing is convened, held or opened asks where or when it is.
    expect(concept('Where was the market convened?', 'convened')!.idf).toBeLessThan(concept('Where was the market closed?', 'closed')!.idf / 2);
    // "This time" is no time asked.
    expect(reader.read('Which market are the traders pushing this time?').map((c) => c.label)).toEqual(['market', 'traders', 'pushing']);
  });

  it('reads "the guy\'s handle", "the big man", "the Kenyan fellow" as someone already spoken of, as "he" would be; "the council guy" is the council\'s', () => {
    expect(reader.read("What's the guy's handle?").map((c) => c.label)).toEqual(['handle']);
    expect(reader.read('Did the big man open the clinic?').map((c) => c.label)).toEqual(['open', 'clinic']);
    expect(reader.read('Where did the Kenyan fellow open the clinic?').map((c) => c.label)).not.toContain('fellow');
    expect(reader.read('Who did the council guy meet?').map((c) => c.label)).toContain('guy');
    expect(reader.read('Did the traders meet our guys?').map((c) => c.label)).toContain('guys');
  });

  it('reads a Swahili verb, or an English one with Swahili prefixes, as its English verb', () => {
    expect(reader.read('The traders walisema what about the market?').map((c) => c.label)).toEqual(['traders', 'market']);
    expect(reader.read('Which market alipost the prices?').map((c) => c.label)).toContain('post');
  });

  it('finds no "which X" frame past a verb: in "what is the council planned for", the council is asked about', () => {
    expect(concept('What is the council planned for?', 'council')?.frame).toBeUndefined();
    expect(concept('Which council planned the market?', 'council')?.frame).toBe('body');
  });

  it('lets a word the knowledge has also be said by a synonym of its commonest sense, at half weight', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The nurses helped the farmers.', 'The council will assist the traders.'])), new AliasTable([]), WordNet.load(), null);
    const help = local.read('Who will help the traders?').find((c) => c.label === 'help')!;
    expect(help.alternatives).toContainEqual({ terms: ['assist'], weight: 0.5 });
    expect(help.alternatives[0]).toEqual({ terms: ['help'], weight: 1 });
  });

  it('keeps a lead-in before a colon that names a topic, by an alias too', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The Haitian National Police asked for help.', 'Farmers expect rain.'])), new AliasTable([['HNP', 'Haitian National Police']]), WordNet.load(), null);
    expect(local.read('HNP: what did they ask for?').map((c) => c.label)).toContain('hnp');
    expect(local.read('For my class: what did the police ask for?').map((c) => c.label)).not.toContain('class');
  });

  it('drops what a question says of the source or of the answer\'s form', () => {
    expect(reader.read('Where does the article say the market is? Quote the wording.').map((c) => c.label)).toEqual(['market']);
    expect(reader.read("What did the traders ask for, in the governor's exact words?").map((c) => c.label)).toEqual(['traders', 'ask']);
    expect(reader.read('Which piece of the market did the traders ask for in particular?').map((c) => c.label)).toEqual(['piece', 'market', 'traders', 'ask']);
    expect(reader.read('Which clinic was opened by the governor named in the report?').map((c) => c.label)).toEqual(['clinic', 'opened', 'governor']);
    // "The article says…", "in the articles": the source itself, unless a passage speaks of an article.
    expect(reader.read('The article say farmers expect rain, is true?').map((c) => c.label)).toEqual(['farmers', 'expect', 'rain']);
    expect(reader.read("What is the 'rain' line in the readout?").map((c) => c.label)).toEqual(['rain']);
    // "His statement", "the quoted wording": what the source says.
    expect(reader.read("In the governor's quoted statement, what is the wording about rain?").map((c) => c.label)).toEqual(['governor', 'rain']);
    expect(reader.read('Does the report indicate when the farmers expect rain?').map((c) => c.label)).toEqual(['farmers', 'expect', 'rain']);
    // Asking for its backing of a claim asks the claim.
    expect(reader.read('What evidence is there that the farmers expect rain? Any proof?').map((c) => c.label)).toEqual(['farmers', 'expect', 'rain']);
    const charter = new QuestionReader(PassageIndex.build(knowledgeOf(['Article 5 of the charter binds the traders.'])), new AliasTable([]), WordNet.load(), null);
    expect(charter.read('What does article 5 say of traders?').map((c) => c.label)).toContain('article');
    // A clause of a law is asked for even where no passage speaks of one.
    expect(reader.read('Which Article of the Constitution did the court rely on?').map((c) => c.label)).toContain('article');
    expect(reader.read('Which article 12 clause did the court cite?').map((c) => c.label)).toContain('article');
  });

  it('reads "-men" as the plural of "-man" where WordNet knows the singular ("policemen" → officer)', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The officers arrived on Monday.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const forms = local.read('When did the policemen arrive?').find((c) => c.label === 'policemen')!.alternatives.map((a) => a.terms.join(' '));
    expect(forms).toContain('offic');
  });

  it('reads an irregular verb form as its verb only: "sat" is no "Sat" (Saturday)', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The market opened on Saturday.', 'Farmers expect rain.'])), new AliasTable([]), WordNet.load(), null);
    const forms = local.read('Who sat with the mayor?').flatMap((c) => c.alternatives.map((a) => a.terms.join(' ')));
    expect(forms).not.toContain('saturdai');
  });

  it('reads words the knowledge writes hyphenated as one concept ("port au prince")', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['Talks were held in Port-au-Prince.', 'The Kenyan-led force arrived.', 'Kenya is known for peacemaking.'])), new AliasTable([]), WordNet.load(), null);
    // And words it writes as one: "peace making" is peacemaking.
    expect(local.read('is kenya good at peace making').map((c) => c.label)).toEqual(['kenya', 'good', 'peacemaking']);
    expect(local.read('is kenya good at making peace').map((c) => c.label)).toEqual(['kenya', 'good', 'peacemaking']);
    expect(local.read('can kenya make peace').map((c) => c.label)).toEqual(['kenya', 'peacemaking']);
    expect(local.read('who met in port au prince').map((c) => c.label)).toEqual(['met', 'port-au-prince']);
    expect(local.read('the kenyan led force').map((c) => c.label)).toEqual(['kenyan-led', 'force']);
    expect(local.read('which kenyan port').map((c) => c.label)).toEqual(['kenyan', 'port']);
    // A compound with a part in another form than the knowledge's: "kenya-led" is said by "Kenyan-led".
    const kenyan = new QuestionReader(PassageIndex.build(knowledgeOf(['The Kenyan-led force arrived.', 'Kenyan officers landed.', 'Kenya is known for peacemaking.'])), new AliasTable([]), WordNet.load(), null);
    const kenyaLed = kenyan.read('who joined the kenya-led force').find((c) => c.label === 'kenya-led');
    expect(kenyaLed?.alternatives.map((a) => a.terms.join(' '))).toContain('kenyan lead');
    // A hyphenated alias phrase is its words; another hyphenated word stays one.
    const aliased = new QuestionReader(PassageIndex.build(knowledgeOf(['The council approved the Kenyan-led force.'])), new AliasTable([['green light', 'approval']]), WordNet.load(), null);
    expect(aliased.read('when did they green-light the force').map((c) => c.label)).toEqual(['green light', 'force']);
    expect(aliased.read('was it a photo-op').map((c) => c.label)).toEqual(['photo-op']);
    // A compound WordNet knows as a word is not its parts ("go-ahead" is no "went ahead"); its synonym may be an alias (green light → approval).
    const goAhead = aliased.read('who gave the go-ahead').find((c) => c.label === 'go-ahead')!.alternatives.map((a) => a.terms.join(' '));
    expect(goAhead).not.toContain('go ahead');
    expect(goAhead).toContain('approv');
  });

  it('reads a place\'s people ("Haitians", "Kenyans") as also said by "people"', () => {
    const peopleReader = new QuestionReader(PassageIndex.build(knowledgeOf(['The people of the nation hope for peace.'])), new AliasTable([]), WordNet.load(), null);
    const forms = (question: string, label: string) => peopleReader.read(question).find((c) => c.label === label)?.alternatives.map((a) => a.terms.join(' '));
    expect(forms('What do Haitians hope for?', 'haitians')).toContain('peopl');
    expect(forms('What do kenyans hope for?', 'kenyans')).toContain('peopl');
    expect(forms('What do officials hope for?', 'officials')).not.toContain('peopl');
    expect(forms('What do veterans hope for?', 'veterans')).not.toContain('peopl');
  });

  it('reads "what day of the week" as asking for a weekday, and "extra" as "more"', () => {
    expect(concept('What day of the week did the farmers come?', 'weekday')?.frame).toBe('weekday');
    expect(concept('How many extra traders came?', 'extra')?.frame).toBe('more');
  });

  it('weighs a country named again ("his country\'s", "the island nation") as a light word, not "which country"', () => {
    const full = concept('When did farmers of any country meet?', 'country')!.idf;
    expect(concept("When did his country's farmers meet?", 'country')!.idf).toBeCloseTo(full * 0.15);
    expect(concept('When did the farmers of the island nation meet?', 'nation')!.idf).toBeLessThan(concept('Which nation do the farmers sell to?', 'nation')!.idf / 2);
    // "Island", which no passage says, only qualifies the nation named again.
    expect(concept('When did the farmers of the island nation meet?', 'island')!.idf).toBeLessThan(concept('Which island do the farmers come from?', 'island')!.idf / 2);
    expect(concept('Which country do the farmers sell to?', 'country')!.idf).toBeCloseTo(full);
    // "The host country" is the one already known too.
    expect(concept('When did the farmers of the host country meet?', 'country')!.idf).toBeCloseTo(full * 0.15);
  });

  it('reads "the operation", "this force" as also the mission the knowledge names', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The mission helps farmers near Kisumu.', 'Traders asked for a market.'])), new AliasTable([]), WordNet.load(), null);
    const terms = (q: string, label: string) => local.read(q).find((c) => c.label === label)!.alternatives.flatMap((a) => a.terms);
    expect(terms('Whom does the operation help?', 'operation')).toContain('mission');
    expect(terms('Who does this security force help?', 'force')).toContain('mission');
    expect(terms('Whom is the program meant to help?', 'program')).toContain('mission');
    // "Which force" asks which one: no mission is named again.
    expect(terms('Which force helps farmers?', 'force')).not.toContain('mission');
  });

  it('reads a nation\'s leader as its president ("the Kenyan leader"), not a council\'s or a gang\'s', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['President Ann Mwangi of Kenya met Kenyan farmers.', 'The council leader met traders.'])), new AliasTable([]), WordNet.load(), null);
    const labels = (q: string) => local.read(q).map((c) => c.label);
    expect(labels('Whom did the Kenyan leader meet?')).toContain('president');
    expect(labels("Whom did Kenya's boss meet?")).toContain('president');
    expect(labels('Whom did the council leader meet?')).toContain('leader');
    expect(labels('Whom did the Kenyan leader of the council meet?')).toContain('leader');
  });

  it('reads "the stated purpose" as the purpose: the source is what states it', () => {
    expect(reader.read('What was the stated purpose of the clinic in Kisumu?').map((c) => c.label)).not.toContain('stated');
    expect(reader.read('What was stated about the clinic in Kisumu?').map((c) => c.label)).toContain('stated');
  });

  it('reads "when was he there", "on the ground with" as asking when he visited', () => {
    const labels = (q: string) => reader.read(q).map((c) => c.label);
    expect(labels('Which day was he actually there with the farmers?')).toContain('visit');
    expect(labels('On what date was the president on the ground with the traders?')).toContain('visit');
    // Not when neither a time nor a place is asked: "was he there" asks whether.
    expect(labels('Was he on the ground with the farmers?')).not.toContain('visit');
  });

  it('reads a hyphenated word WordNet knows with a space ("follow-up") as one word, not its parts', () => {
    const terms = (q: string, label: string) => concept(q, label)!.alternatives.flatMap((a) => a.terms);
    expect(terms('Where is the follow-up of the farmers?', 'follow-up')).not.toContain('follow');
    expect(terms('Where did the Kisumu-based traders meet?', 'kisumu-based')).toContain('kisumu');
  });

  it('weighs words that only place what is asked as light: "roughly when", "known as", "at the start of 2024", "at the end of March", "that autumn", "the Kenyan side", "the local farmers"', () => {
    const light = (q: string, label: string, against: string, againstLabel: string) => expect(concept(q, label)!.idf).toBeLessThan(concept(against, againstLabel)!.idf / 2);
    light('Roughly when did the farmers meet?', 'roughly', 'Quietly when did the farmers meet?', 'quietly');
    light('What is the clinic known as?', 'known', 'Who has known the governor longest?', 'known');
    light('What did the governor open at the start of 2024?', 'start', 'What did the governor say about the start of the clinic?', 'start');
    light('What did the governor open at the end of March?', 'end', 'What did the governor say about the end of the clinic?', 'end');
    light('Did the farmers meet that autumn?', 'autumn', 'Which autumn did the farmers meet?', 'autumn');
    light('Who spoke for the Kenyan side?', 'side', 'Which side of the river is the clinic on?', 'side');
    light('Did the governor meet the local farmers?', 'local', 'Did the governor meet the hungry farmers?', 'hungry');
  });

  it('reads "the main point of", "the goal of his trip", "offered words of appreciation", "what counsel did she give" and "back home" as the purpose, praise, advice and the place already known', () => {
    const labels = (q: string) => reader.read(q).map((c) => c.label);
    expect(labels('What was the main point of the clinic?')).toEqual(labels('What was the point of the clinic?'));
    expect(labels('What was the main point of the clinic?')).not.toContain('main');
    expect(labels('Did the governor offer any words of appreciation to the farmers?')).toContain('praise');
    expect(labels('Did the governor express gratitude to the farmers?')).toContain('praise');
    // The goal of a trip is its purpose; the goal of a clinic is what it aims at.
    expect(labels('What was the goal of his trip to the clinic?')).toContain('purpose');
    expect(labels('What is the goal of the clinic?')).toContain('goal');
    // "What counsel did she give" asks advice; "which counsel" may be a lawyer.
    expect(labels('What counsel did the governor give the farmers?')).toContain('advice');
    expect(labels('Which counsel represented the farmers?')).toContain('counsel');
    // "Solo or teaming up with them": whether they work alongside them.
    expect(labels('Are the farmers doing it solo or teaming up with the traders?')).toContain('alongside');
    expect(labels('Who runs the clinic back home?')).not.toContain('home');
    // Coming back home is a return, not a place named again.
    expect(labels('When did the farmers come back home?')).toContain('home');
  });

  it('reads a word stemmed like a name\'s word but no form of it as outside names ("unit", not "United Nations"), and a form of it as the name\'s', () => {
    const local = new QuestionReader(PassageIndex.build(knowledgeOf(['The United Nations sent officers.', 'A police unit guarded the clinic.'])), new AliasTable([['UN', 'United Nations']]), WordNet.load(), null);
    const plain = (q: string, label: string) => local.read(q).find((c) => c.label === label)!.plain;
    expect(plain('Which unit guarded the clinic?', 'unit')).toBe(true);
    expect(plain('Which nations sent officers?', 'nations')).toBeUndefined();
  });
});
