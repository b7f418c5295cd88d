import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnswerEngine } from '../../src/engine/engine.js';
import { passageLink } from '../../src/engine/answer.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { SHIPPED_KNOWLEDGE, knowledgeOf } from '../helpers.js';

let knowledge: Knowledge;
let engine: AnswerEngine;
let sourceText: string;

beforeAll(async () => {
  const r = await loadKnowledge(SHIPPED_KNOWLEDGE);
  if (!r.ok) throw new Error('load failed');
  knowledge = r.knowledge;
  engine = AnswerEngine.build(knowledge);
  sourceText = await readFile(knowledge.sources[0]!.file, 'utf8');
});

describe('AnswerEngine.ask', () => {
  it('answers with the verbatim passage and its citation', () => {
    const a = engine.ask('How many additional officers will Kenya deploy to Haiti?');
    expect(a.answered).toBe(true);
    expect(a.quote).toContain('600 more Kenyan police officers');
    expect(sourceText).toContain(a.quote);
    expect(a.citation).toMatchObject({ publisher: 'K24 Digital', date: '2024-09-22', url: 'https://k24.digital/?p=177955' });
    expect(a.citation!.link.startsWith('https://k24.digital/?p=177955#:~:text=')).toBe(true);
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('reads everyday phrases through the shipped aliases: ordinary people, the nod, kind words, push for, local police', () => {
    expect(engine.ask('Which local force is the mission meant to support?').quote).toContain('assist the Haitian National Police');
    expect(engine.ask('Which Haitian force is the mission supposed to be assisting?').quote).toContain('assist the Haitian National Police');
    expect(engine.ask('During the tour, who did he congratulate?').quote).toContain('commended the Kenyan contingent');
    expect(engine.ask('are our officers operating alone out there or with the local police?').quote).toContain('working alongside their Haitian counterparts');
    // However many spaces a dropped word leaves ("alone over there or with locals": "over there" asks nothing).
    expect(engine.ask('are the Kenyans working alone over there or with the locals?').quote).toContain('working alongside their Haitian counterparts');
    // "Anybody" asks for whoever the passage names.
    expect(engine.ask('Did he praise anybody during the tour?').quote).toContain('commended the Kenyan contingent');
    expect(engine.ask("What's the big push he and the other leaders want to make at the UN?").quote).toContain('seize the opportunity');
    expect(engine.ask('What kind of change does the Kenyan leader want the Haitian bosses to push forward?').quote).toContain('progressive change');
    expect(engine.ask("What does he reckon it's done for everyday Haitians?").quote).toContain('restoring hope to the people');
    expect(engine.ask('What is the mission giving ordinary Haitians?').quote).toContain('restoring hope to the people');
    expect(engine.ask('When did the Security Council first give it the nod?').quote).toContain('approved by a UN Security Council resolution in October');
    expect(engine.ask('Did Ruto have kind words for the Kenyan officers on the ground?').quote).toContain('commended the Kenyan contingent');
  });

  it('reads a particle verb split by its pronoun whole: "send them off" is "send off", which the news says by "flagged off"', () => {
    expect(engine.ask('When did Ruto send them off to Haiti?').quote).toContain('flagged off the first group');
  });

  it('takes a list holding the thing set aside for the others asked ("besides the floods, what other troubles…"), not beside a name', () => {
    const lines = ['The town of Kisumu struggles amid floods, power cuts, and rising crime.', 'Kenya sent nurses, doctors, and drivers to Kisumu.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Besides the floods, what other troubles does the town face?').quote).toBe(lines[0]);
    expect(local.ask('Which nations other than Kenya sent help to Kisumu?').answered).toBe(false);
  });

  it('reads outside help (foreign police, international forces) as the mission sent', () => {
    expect(engine.ask('What problems is Haiti dealing with that made them need outside help?').quote).toContain('escalating gang violence');
    // "What's (actually) wrong in Haiti" asks its problems.
    expect(engine.ask("what's actually wrong in haiti that they need foreign police").quote).toContain('escalating gang violence');
  });

  it('reads a regular comparative as its plain adjective ("quieter": quiet, calm), and drops the degree before it ("a little")', () => {
    expect(engine.ask('What did he tell the Haitian leaders to do while things are a little quieter?').quote).toContain('take advantage');
  });

  it('matches an acronym against its long form through the aliases', () => {
    const short = engine.ask('Which body authorised the MSS?');
    expect(short.quote).toMatch(/authorised by the United Nations Security Council|backed by the United Nations Security Council/);
    const long = engine.ask('Who helps the HNP restore security?');
    expect(long.quote).toContain('Haitian National Police');
  });

  it('finds the answer despite typos in the question', () => {
    const a = engine.ask('When did Ruto flag off the frist groop of oficers?');
    expect(a.answered).toBe(true);
    expect(a.quote).toContain('June 24, 2024');
  });

  it('corrects two swapped letters as one slip ("frist" → first)', () => {
    expect(engine.ask('How many officers were in the frist group?').quote).toContain('first group of 400');
  });

  it('corrects a typo against the base forms of the knowledge’s words (aprove → approve, text: approved)', () => {
    const a = engine.ask('When did the United Nations aprove the mission?');
    expect(a.answered).toBe(true);
    expect(a.quote).toContain('October last year');
  });

  it('reads "through what channel" as asking for the medium an announcement went through', () => {
    const a = engine.ask('Through what channel did Ruto announce the additional police?');
    expect(a.answered).toBe(true);
    expect(a.quote).toMatch(/wrote on X|X account/);
  });

  it('does not take a word for an acronym it merely stems to ("use" is not the US)', async () => {
    const local = AnswerEngine.build(knowledgeOf(['Kenya and the United States share radios.', 'Kenya will use new radios from Japan.'], [['US', 'United States']]));
    expect(local.ask('Which radios does Kenya use?').quote).toBe('Kenya will use new radios from Japan.');
    expect(local.ask('Which radios does Kenya share with the US?').quote).toBe('Kenya and the United States share radios.');
    // A short alias that is a word, not an acronym, matches by its stem like any word ("cops" → cop).
    const cops = AnswerEngine.build(knowledgeOf(['Kenya will send 20 more doctors in May.', 'Kenya will send 600 more police officers in May.', 'Traders asked for a new market.'], [['cops', 'police']]));
    expect(cops.ask('How many more cops will Kenya send in May?').quote).toBe('Kenya will send 600 more police officers in May.');
  });

  it('looks for the kind of answer in the sentence that holds the question’s words', async () => {
    const local = AnswerEngine.build(knowledgeOf(['The summit of foreign ministers opens this week. In Paris, the mayor met the press.', 'The summit of ministers opens in Geneva on Friday.']));
    expect(local.ask('In which city does the summit of foreign ministers open?').quote).toBe('The summit of ministers opens in Geneva on Friday.');
  });

  it('reads the noun of a "which" question as the kind of answer, from WordNet (a forum is a group: a named one answers)', () => {
    const local = AnswerEngine.build(knowledgeOf(['Ministers will discuss the drought at the African Union Summit in Addis Ababa.', 'Ministers discussed the budget at length on Monday.', 'Farmers expect rain in March.']));
    const a = local.ask('At which forum will ministers discuss the drought?');
    expect(a.answered).toBe(true);
    expect(a.quote).toContain('African Union Summit');
    // A crop is no kind of name: the passage still lacks what is asked.
    expect(local.ask('Which crop will ministers discuss at the drought talks?').answered).toBe(false);
  });

  it('does not count a word of a name twice: "support" inside "Multinational Security Support" is the MSS again', () => {
    const local = AnswerEngine.build(
      knowledgeOf(['Kenya sent 400 officers to the Multinational Security Support mission in June.', 'Farmers expect rain in March.', 'The MSS is supporting the Haitian police in Port-au-Prince.'], [['MSS', 'Multinational Security Support']]),
    );
    expect(local.ask('Who is the MSS supporting?').quote).toBe('The MSS is supporting the Haitian police in Port-au-Prince.');
    // Without the acronym in the question, the name's words are words like any other.
    expect(local.ask('Which mission did Kenya send officers to?').quote).toContain('Multinational Security Support mission');
  });

  it('gives "the name of X" only beside X: any two capitalised words pass for a name', () => {
    const local = AnswerEngine.build(knowledgeOf(['President Ann Mwangi opened the new clinic in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a market.']));
    expect(local.ask('What is the name of the judge who opened the clinic in Kisumu?').answered).toBe(false);
    expect(local.ask('What is the name of the president who opened the clinic in Kisumu?').quote).toContain('Ann Mwangi');
    // The owner may be a phrase: a prime minister's name is not a president's.
    const titled = AnswerEngine.build(knowledgeOf(['President Ann Mwangi opened the new clinic in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a market.'], [['PM', 'Prime Minister']]));
    expect(titled.ask('What is the name of the Prime Minister who opened the clinic in Kisumu?').answered).toBe(false);
    expect(titled.ask('State the name of the Kenyan Prime Minister at the opening of the clinic in Kisumu.').answered).toBe(false);
    // "Name the…" asks a person's name as "the name of the…" does; "name the crops" asks them listed.
    expect(titled.ask('Name the Prime Minister who opened the new clinic in Kisumu.').answered).toBe(false);
    expect(titled.ask('Name the president who opened the new clinic in Kisumu.').quote).toContain('Ann Mwangi');
    // However much else of the question a passage holds, without the name it cannot give it.
    const ruling = AnswerEngine.build(knowledgeOf(['In January a court in Kisumu ruled that the new clinic was built without a permit.', 'Farmers expect rain in March.', 'Traders asked for a market.']));
    expect(ruling.ask('What was the name of the judge who ruled in January that the Kisumu clinic was built without a permit?').answered).toBe(false);
    expect(ruling.ask('When did the court rule that the Kisumu clinic was built without a permit?').answered).toBe(true);
  });

  it('takes a name in the source\'s title as the topic of each of its passages', () => {
    const lines = ['The mission aims to help the police restore order.', 'Kenya sent 400 officers to the MSS in June.', 'The mission began in June.', 'The mission has a base in the capital.', 'Farmers aim to plant in March.', 'Traders aim to open a market.'];
    const aliases = [['MSS', 'Multinational Security Support']];
    const titled = AnswerEngine.build(knowledgeOf(lines, aliases, { title: 'Report on the Multinational Security Support mission' }));
    expect(titled.ask('What is the aim of the MSS mission?').quote).toBe(lines[0]);
    // Without the name in the title, the passage that says "MSS" outranks the one that answers.
    const untitled = AnswerEngine.build(knowledgeOf(lines, aliases, { title: 'Report on the police' }));
    expect(untitled.ask('What is the aim of the MSS mission?').quote).not.toBe(lines[0]);
  });

  it('takes only a name, not an everyday alias, as the topic of a source whose title holds it', () => {
    const lines = ['The governor praised the nurses in Kisumu.', 'The clinic opened on Monday.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines, [['trip', 'visit']], { title: "Report on the governor's visit to Kisumu" }));
    // "Trip" is "visit", which only the title says: no passage tells where the trip went.
    expect(local.ask('Where did the governor go on his trip?').answered).toBe(false);
  });

  it('takes a pronoun for the subject of a yes/no question ("was it a Haitian court or a Kenyan one")', () => {
    const lines = ['A Kenyan court delayed the market levy in January.', 'Traders asked for a new market.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Was it a Ugandan court or a Kenyan court that delayed the market levy?').quote).toBe(lines[0]);
  });

  it('gives "what day" only with a day: "this week" or "January" names none', () => {
    const lines = ['The governor will address the assembly in Kisumu this week.', 'A court ruled against the market levy in January 2024.', 'The clinic opened on Monday, June 3.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What day will the governor address the assembly in Kisumu?').answered).toBe(false);
    expect(local.ask('On which exact day in January 2024 did the court rule against the market levy?').answered).toBe(false);
    expect(local.ask('What day did the clinic open?').quote).toBe(lines[2]);
    // "When" asks for any time: "this week" answers it.
    expect(local.ask('When will the governor address the assembly in Kisumu?').quote).toBe(lines[0]);
  });

  it('does not give what one person said for what another said ("what did the opposition say…")', () => {
    const lines = ['The governor said the clinic in Kisumu will open 600 more beds.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What did the opposition in Kisumu say about the 600 more beds at the clinic?').answered).toBe(false);
    expect(local.ask('What did the governor of Kisumu say about the 600 more beds at the clinic?').quote).toBe(lines[0]);
    // A pronoun names no one a passage must hold.
    expect(local.ask('What did he say about the 600 more beds at the clinic in Kisumu?').quote).toBe(lines[0]);
    // A passage that names them but reports no words of anyone's says nothing they said.
    const gangs = ['The governor opened the clinic in Kisumu amid rising gang violence.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const quiet = AnswerEngine.build(knowledgeOf(gangs));
    expect(quiet.ask('What did the gangs in Kisumu say about the clinic the governor opened?').answered).toBe(false);
    expect(quiet.ask('Who opened the clinic in Kisumu amid the gang violence?').quote).toBe(gangs[0]);
  });

  it('gives "how many days" only with a length of time: a count of something else is none', () => {
    const lines = ['The governor visited Kisumu on Monday and opened 3 clinics.', 'The clinic will stay open for the next few weeks.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many days did the governor spend visiting Kisumu?').answered).toBe(false);
    expect(local.ask('How many weeks will the clinic stay open?').quote).toBe(lines[1]);
  });

  it('gives "how much does it cost" only with an amount of money: a count of officers is none', () => {
    const lines = ['The governor committed to open 600 more beds at the clinic in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How much is the governor spending on the clinic in Kisumu?').answered).toBe(false);
    expect(local.ask('How many more beds will the clinic in Kisumu open?').quote).toBe(lines[0]);
    const funded = AnswerEngine.build(knowledgeOf(['The governor committed $2 million to the clinic in Kisumu.', ...lines.slice(1)]));
    expect(funded.ask('How much is the governor spending on the clinic in Kisumu?').answered).toBe(true);
  });

  it('ranks a passage that lacks the name asked for below one that has it, though it holds more of the question', () => {
    const lines = ['The Kisumu market levy was struck down in January.', 'Judge Ann Mwangi struck down the levy.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    const answer = local.ask('Which judge struck down the Kisumu market levy?');
    expect(answer.quote ?? answer.suggestions[0]?.quote).toBe(lines[1]);
  });

  it('gives "what time of day" only with a time on the clock: a date is none', () => {
    const lines = ['The governor posted the plan on Sunday, June 2, 2024.', 'The clinic opens at 9 a.m. on weekdays.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What time of day did the governor post the plan?').answered).toBe(false);
    expect(local.ask('What time of day does the clinic open?').quote).toBe(lines[1]);
  });

  it('asks "which judge" for a person, whom the name of a body does not give', () => {
    const lines = ['The Kisumu High Court ruled the market levy unconstitutional in January.', 'Traders asked for a new market.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which judge delivered the ruling on the market levy?').answered).toBe(false);
    expect(local.ask('Which court ruled on the market levy?').quote).toBe(lines[0]);
  });

  it('reads "go to a place" as visiting it, more surely said by "visited" than by "went ahead"', () => {
    const lines = ['The governor went ahead to praise the nurses of Kisumu this week.', 'The governor, who on Monday, May 6, visited the clinic in Kisumu, praised its nurses.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('When did the governor go to Kisumu?').quote).toBe(lines[1]);
    expect(local.ask('When did the governor fly out to Kisumu?').quote).toBe(lines[1]);
    expect(local.ask('So when was the governor flying out there, to Kisumu?').quote).toBe(lines[1]);
  });

  it('reads "other people", "anyone else" as whoever besides: "and other stakeholders" names them', () => {
    const lines = ['In Kisumu the governor held talks with the market council and other stakeholders.', 'The governor said the talks with the council gave hope to the people of Kisumu.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Did the governor talk only to the council or to other people too?').quote).toBe(lines[0]);
    expect(local.ask('Did the governor meet anyone else besides the council?').quote).toBe(lines[0]);
  });

  it('refuses a handle asked for from a passage that gives none; "in his own account" asks for no account', () => {
    const lines = ['Governor Ann Mwangi posted about the clinic on her official X account on Monday.', 'The governor said the clinic visit left her better prepared for the assembly.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("Under what X handle was the governor's post about the clinic published?").answered).toBe(false);
    expect(local.ask('Did the clinic visit leave the governor better prepared for the assembly, in her own account?').quote).toBe(lines[1]);
  });

  it('refuses a count of more from a passage that counts others ("how many additional nurses" is not "the first group of 40")', () => {
    const lines = ['The governor sent the first group of 40 nurses to Kisumu in May.', 'The clinic opened its doors to patients in Kisumu.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many additional nurses did the governor send to Kisumu?').answered).toBe(false);
    expect(local.ask('What size is the extra group of nurses the governor sent to Kisumu?').answered).toBe(false);
    expect(local.ask('How many nurses did the governor send to Kisumu?').quote).toBe(lines[0]);
  });

  it('refuses "who did it" from a passage without the act, whoever else it names; a court that "stopped" something blocked it', () => {
    const lines = ['Governor Ann Mwangi opened the new clinic in Kisumu in May.', 'The market in Kisumu was delayed by a court decision in March.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines, [['block', 'delay']]));
    expect(local.ask('Who inspected the new clinic Governor Mwangi opened in Kisumu in May?').answered).toBe(false);
    expect(local.ask('Who opened the new clinic in Kisumu?').quote).toBe(lines[0]);
    expect(local.ask('When did the court stop the market in Kisumu?').quote).toBe(lines[1]);
    expect(local.ask('When did the court shut it down, the market in Kisumu?').quote).toBe(lines[1]);
    expect(local.ask('When did the court strike down the market in Kisumu?').quote).toBe(lines[1]);
    // Who brought the case is who sued, which a ruling does not say.
    expect(local.ask('Who filed the case that stopped the market in Kisumu?').answered).toBe(false);
  });

  it('reads "which handle does she publish under" as the handle asked, and "her twitter name" as a handle on Twitter', () => {
    const lines = ['Governor Ann Mwangi wrote on her official X account on Monday that the clinic had opened.', 'The clinic has opened its doors to patients in Kisumu. pic.twitter.com/Ab12Cd — Ann Mwangi (@AnnMwangiGov) May 6, 2024', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // "Publishes" asks on what channel no more: the handle signs the post, and says it.
    expect(local.ask('Under which handle is it that the governor publishes on X?').quote).toContain('(@AnnMwangiGov)');
    // "Twitter name" keeps its platform: a lone "handle" has no word a passage holds.
    expect(local.ask("what's her twitter name, the @ thing").quote).toContain('(@AnnMwangiGov)');
  });

  it('judges a passage within its own source: other sources added change neither what it answers nor what it refuses', () => {
    const market = knowledgeOf(['The Kisumu market opened in May.', 'Traders at the Kisumu market sell fish.', 'The Kisumu market council meets weekly.', 'Farmers near the Kisumu market expect rain.'], [], { id: 'market' });
    const city = knowledgeOf(['The city budget rose in 2024.', 'The budget for roads was cut.', 'Schools got a larger budget.', 'The budget debate ran late.', 'Hospitals asked for more staff.', 'Buses will run at night.', 'The mayor opened a new bridge.', 'Water prices will not change.'], [], { id: 'city', url: 'https://example.org/city' });
    const both = AnswerEngine.build({ sources: [...market.sources, ...city.sources], aliases: [] });
    expect(AnswerEngine.build(market).ask('What is the budget of the Kisumu market?').answered).toBe(false);
    // Among both sources "Kisumu market" looks rare, and would seem most of the question.
    expect(both.ask('What is the budget of the Kisumu market?').answered).toBe(false);
    expect(both.ask('When did the Kisumu market open?').quote).toBe('The Kisumu market opened in May.');
    expect(both.ask('What happened to the budget for roads?').quote).toBe('The budget for roads was cut.');
  });

  it('asks which source is meant when two say all the question says, as well as each other', () => {
    const a = knowledgeOf(['Governor Ann Mwangi posted on X on Monday, May 6, 2024.', 'Farmers expect rain in March.'], [], { id: 'clinic' });
    const b = knowledgeOf(['Governor Ann Mwangi posted on X on Friday, March 8, 2024.', 'Traders asked for a market.'], [], { id: 'market', url: 'https://example.org/market' });
    const both = AnswerEngine.build({ sources: [...a.sources, ...b.sources], aliases: [] });
    const asked = both.ask('On what day did Governor Mwangi post on X?');
    expect(asked.answered).toBe(false);
    expect(asked.reason).toBe('ambiguous');
    expect(asked.suggestions.map((p) => p.citation.sourceId).sort()).toEqual(['clinic', 'market']);
    // A word that tells them apart: answered from the one source that has it.
    expect(both.ask('Which date did Governor Mwangi post on X on a Monday?').quote).toBe('Governor Ann Mwangi posted on X on Monday, May 6, 2024.');
    // A copy of a source says nothing different: no question which.
    const copy = knowledgeOf(['Governor Ann Mwangi posted on X on Monday, May 6, 2024.', 'Traders asked for a market.'], [], { id: 'copy', url: 'https://example.org/copy' });
    expect(AnswerEngine.build({ sources: [...a.sources, ...copy.sources], aliases: [] }).ask('On what day did Governor Mwangi post on X?').answered).toBe(true);
  });

  it('counts the kind of time asked as said in the sentence that gives it ("what stretch of time… seized" by "seize the chance of the next few weeks")', () => {
    const lines = ['Governor Ann Mwangi of Kisumu, who on Monday, May 6, 2024, visited the clinic, said the clinic works.', '“I am glad to be back in Kisumu. We must seize the chance of the next few weeks to finish the clinic. I met the nurses,” Governor Mwangi wrote on X.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    // The visit's sentence holds the governor and a date; the post's sentence the seizing and its stretch of time.
    expect(AnswerEngine.build(knowledgeOf(lines)).ask('In her post, what stretch of time did the Kisumu governor say should be seized?').quote).toContain('next few weeks');
  });

  it('refuses "alone or with the local police?" from a passage that does not say whether they work alongside them', () => {
    const lines = ['Kenyan police officers patrol the streets of Kisumu every night.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Are the Kenyan police officers patrolling the streets of Kisumu on their own or with the local police?').answered).toBe(false);
    expect(local.ask('Do Kenyan police officers patrol the streets of Kisumu every night?').answered).toBe(true);
  });

  it('meets "which judge" only by a judge: a passage naming a president names no judge', () => {
    const lines = ['President Ann Mwangi opened the Kisumu clinic in May 2024.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which judge opened the Kisumu clinic in May 2024?').answered).toBe(false);
    expect(local.ask('Which president opened the Kisumu clinic?').quote).toBe('President Ann Mwangi opened the Kisumu clinic in May 2024.');
  });

  it('refuses "who is the commander of…" from a passage that names no commander', () => {
    const lines = ['Governor Ann Mwangi sent 400 Kenyan police officers to the Turkana clinics in March 2024.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Who is the commander of the 400 Kenyan police officers sent to the Turkana clinics in March 2024?').answered).toBe(false);
    // The role named: answered.
    expect(local.ask('Who is the governor who sent 400 Kenyan police officers to the Turkana clinics?').quote).toBe(lines[0]);
    // A possessive and an alias ("PM": Prime Minister) name the role all the same.
    expect(local.ask("Who is Turkana's commander of the 400 Kenyan police officers sent to the clinics in March 2024?").answered).toBe(false);
    const withAlias = AnswerEngine.build(knowledgeOf(lines, [['PM', 'Prime Minister']]));
    expect(withAlias.ask("Who was Kenya's prime minister when Governor Ann Mwangi sent 400 police officers to the Turkana clinics in March 2024?").answered).toBe(false);
    // A relative clause without "that", a slash, an adverb: the role is read all the same.
    expect(local.ask('Who is the commander he sent to the Turkana clinics with 400 Kenyan police officers in March 2024?').answered).toBe(false);
    expect(local.ask('Which governor/judge actually sent 400 Kenyan police officers to the Turkana clinics in March 2024?').answered).toBe(false);
    expect(local.ask('Who is the Kenyan commander actually in charge of the 400 police officers sent to the Turkana clinics in March 2024?').answered).toBe(false);
    // Without the "is", as pidgin, creole and learners ask it.
    expect(local.ask('Who the commander of the 400 Kenyan police officers sent to the Turkana clinics in March 2024?').answered).toBe(false);
    // "Which judge…" asks for a judge the same way.
    expect(local.ask('Which judge sent 400 Kenyan police officers to the Turkana clinics in March 2024?').answered).toBe(false);
    expect(local.ask('Which governor sent 400 Kenyan police officers to the Turkana clinics in March 2024?').quote).toBe(lines[0]);
  });

  it('refuses a question of nothing but the knowledge\'s topic, which every passage meets', () => {
    const topics = ['clinic', 'bridge', 'market', 'school', 'road', 'dam', 'farm', 'port', 'stadium', 'library', 'hospital'];
    const lines = topics.map((t, i) => `The governor opened the Kisumu ${t} on day ${i + 1}.`);
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How does the article describe where Kisumu is?').answered).toBe(false);
    expect(local.ask('Did the governor open the Kisumu library?').quote).toBe(lines[9]);
  });

  it('refuses a question of nothing but one source\'s topic among other sources, as it would from that source alone', () => {
    const topics = ['clinic', 'bridge', 'market', 'school', 'road', 'dam', 'farm', 'port', 'stadium', 'library', 'hospital'];
    const kisumu = knowledgeOf(topics.map((t, i) => `The governor opened the Kisumu ${t} on day ${i + 1}.`), [], { id: 'kisumu' });
    const city = knowledgeOf(['The city budget rose in 2024.', 'The budget for roads was cut.', 'Buses will run at night.', 'The mayor opened a new bridge.', 'Water prices will not change.', 'Schools got a larger budget.', 'The budget debate ran late.', 'Hospitals asked for more staff.', 'Parks close at dusk.', 'Taxis need a new permit.', 'The port will grow.', 'Rents rose in May.'], [], { id: 'city', url: 'https://example.org/city' });
    const both = AnswerEngine.build({ sources: [...kisumu.sources, ...city.sources], aliases: [] });
    // Among both, "governor" and "Kisumu" look rare; within their source they are its topic.
    expect(AnswerEngine.build(kisumu).ask('Did the governor open anything in Kisumu?').answered).toBe(false);
    expect(both.ask('Did the governor open anything in Kisumu?').answered).toBe(false);
    expect(both.ask('Did the governor open the Kisumu library?').quote).toBe('The governor opened the Kisumu library on day 10.');
  });

  it('reads "leader" as one who leads, not as the "-led" of a compound', () => {
    const lines = ['The Kenyan-led force arrived in Kisumu on Monday.', 'Governor Ann Mwangi, who leads the council, praised the nurses on Friday.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    const a = local.ask('When did the Kenyan leader arrive in Kisumu?');
    expect([...a.matchedTerms, ...a.suggestions.flatMap(() => [])]).not.toContain('leader');
    expect(local.ask('When did the council leader praise the nurses?').quote).toBe(lines[1]);
  });

  it('reads "went to see" someone as visiting them', () => {
    const lines = ['The governor visited the nurses in Kisumu on Monday.', 'The governor met traders and farmers on Friday.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('On which day did the governor go and see the nurses?').quote).toBe(lines[0]);
    expect(local.ask('When did the governor travel to see the nurses?').quote).toBe(lines[0]);
    expect(local.ask('When did the governor travel to Kisumu to see the nurses?').quote).toBe(lines[0]);
    // "Going to see" is also the future of "see": it stays "see".
    expect(local.ask('Is the governor going to see the nurses again?').answered).toBe(false);
  });

  it('reads "besides X, who else" as asking for a passage that names X with others', () => {
    const lines = ['The minister met the farmers in Kisumu on Monday.', 'The minister met the farmers and other traders in Nakuru.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    for (const q of ['Besides the farmers, who else did the minister meet?', 'Apart from the farmers, who did the minister meet?', 'Who did the minister meet other than the farmers?']) {
      expect(local.ask(q).quote).toBe(lines[1]);
    }
    // "Which other" asks beyond the ones named: a passage must say so.
    expect(local.ask('Which other traders did the minister meet in Nakuru?').quote).toBe(lines[1]);
    expect(local.ask('Which other farmers did the minister meet in Kisumu on Monday?').answered).toBe(false);
    // A passage naming the farmers alone does not say who else.
    const alone = AnswerEngine.build(knowledgeOf([lines[0]!, lines[2]!, 'Traders asked for a market.']));
    expect(alone.ask('Besides the farmers, who else did the minister meet?').answered).toBe(false);
  });

  it('reads "full name" as asking for the longest form the knowledge gives the name', () => {
    const lines = ['Governor Ann Mwangi opened the clinic in Kisumu.', 'The clinic plans were signed by Ann Wanjiru Mwangi in 2019.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("What is Mwangi's full name?").quote).toBe(lines[1]);
    expect(local.ask('whats mwangis full name').quote).toBe(lines[1]);
  });

  it('takes the name the knowledge gives a title most often as naming the one "the governor\'s name" asks about', () => {
    const lines = ['Governor Mwangi opened the clinic.', 'Governor Mwangi met nurses at the clinic.', 'Governor Odhiambo sent greetings to the nurses of the clinic.', 'The clinic plans were signed by Ann Mwangi.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("What is the governor's name on the clinic plans?").quote).toBe(lines[3]);
    expect(local.ask('What is the name of the governor who signed the clinic plans?').quote).toBe(lines[3]);
    // Another governor's name says nothing of the one "the governor" means.
    const other = AnswerEngine.build(knowledgeOf([...lines.slice(0, 3), 'The clinic plans were signed by Ann Odhiambo.']));
    expect(other.ask("What is the governor's name on the clinic plans?").answered).toBe(false);
  });

  it('answers "the number of" a thing only with a count of that thing, as "how many" would', () => {
    const lines = ['The governor sent 40 nurses to Kisumu.', 'Gangs blocked the road to the clinic.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What is the number of nurses sent to Kisumu?').quote).toBe(lines[0]);
    expect(local.ask('What is the number of gangs in Kisumu?').answered).toBe(false);
  });

  it('answers "how many" only with a count of the thing asked, of the people asked about', () => {
    const lines = ['The governor sent 40 more Kenyan nurses to Kisumu.', 'Gangs blocked the road to the clinic.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many Kenyan nurses did the governor send to Kisumu?').quote).toBe(lines[0]);
    // Forty Kenyan nurses are no count of Ugandan ones, nor of the gangs the source speaks of elsewhere.
    expect(local.ask('How many Ugandan nurses did the governor send to Kisumu?').answered).toBe(false);
    expect(local.ask('How many gangs did the governor send to Kisumu?').answered).toBe(false);
  });

  it('reads an embedded post\'s signature as saying who wrote it', () => {
    const lines = ['Governor Mwangi wrote to the farmers on Monday.', 'The market reopens in May, and traders will return.\n— Ann Mwangi (@annmwangi) May 2, 2024', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Who wrote the embedded post?').quote).toBe(lines[1]);
    expect(local.ask('What is on the byline of the post about the market?').quote).toBe(lines[1]);
    expect(local.ask('Who wrote to the farmers?').quote).toBe(lines[0]);
  });

  it('reads "the governor\'s full name" as the full name of the one the knowledge calls governor most often', () => {
    const lines = [
      'Governor Mwangi opened the clinic in Kisumu.',
      'Governor Mwangi met nurses, and Governor Otieno Odhiambo sent greetings.',
      'Governor Mwangi thanked the donors.',
      'The clinic plans were signed by Ann Wanjiru Mwangi in 2019.',
    ];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("What is the governor's full name?").quote).toBe(lines[3]);
    expect(local.ask("What is the governor's middle name?").quote).toBe(lines[3]);
    // Two governors named as often: "the governor" says neither, so no full name is read into it.
    const even = AnswerEngine.build(knowledgeOf(['Governor Mwangi opened the clinic.', 'Governor Odhiambo opened the school.', 'Plans were signed by Ann Wanjiru Mwangi.', 'Otieno Odhiambo spoke at the school.']));
    expect(even.ask("What is the governor's full name?").quote).not.toBe('Plans were signed by Ann Wanjiru Mwangi.');
  });

  it('does not take the place or person a question names for the one it asks about', () => {
    const lines = ['Ministers spoke at the Ocean Summit.', 'The Ocean Summit opens next week in Mombasa, on the coast of Kenya.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('In which city is the Ocean Summit?').quote).toBe(lines[1]);
    // Same for "where": the shorter passage wins on BM25 unless "at the Ocean Summit" stops passing for a place.
    expect(local.ask('Where is the Ocean Summit being held?').quote).toBe(lines[1]);
  });

  it('does not take a title before a name the question gives for the name it asks', () => {
    const lines = [
      'In Kampala, Uganda, met the traders and the police; committed to more markets, President Otieno wrote on X.',
      'Otieno engaged the Ugandan Trade Council led by President Grace Akello.',
      'Farmers expect rain in March.',
    ];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // "President Otieno" names Otieno, whom the question gives: no other president is named beside that title.
    expect(local.ask('What is the name of the Ugandan president Otieno met?').quote).toBe(lines[1]);
    expect(local.ask('whats the name of the ugandan president otieno met with').quote).toBe(lines[1]);
    // A name after "by" names the thing before it: the council "led by President Grace Akello" names its leader.
    expect(local.ask('What is the name of the leader of the Ugandan Trade Council?').quote).toBe(lines[1]);
  });

  it('reads "commander name" and "the commander\'s name" as "the name of the commander"', () => {
    const lines = ['Governor Ann Mwangi met the police commander in Kisumu on Monday.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // The governor is named; the commander is not.
    expect(local.ask('kisumu police commander name').answered).toBe(false);
    expect(local.ask("What is the Kisumu police commander's name?").answered).toBe(false);
    expect(local.ask("What is the governor's name?").quote).toBe(lines[0]);
  });

  it('asks "the name of the Ugandan police" of Ugandan police: Kenyan police met before Ugandan officials are not they', () => {
    const lines = ['In Kampala, Ugandan officials looked on as Otieno met the Kenyan Police and President Grace Akello.', 'The Ugandan National Police guard the market in Kampala.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    const a = local.ask('What is the name of the Ugandan police Otieno met in Kampala?');
    expect(a.answered && a.quote).not.toBe(lines[0]);
  });

  it('does not take another\'s name for the thing a place word names: "the World Health Council" is no "Uganda council"', () => {
    const lines = ['The Kenyan-led health mission for Uganda, backed by the World Health Council, continues to show good results in the north.', 'Governor Mwangi said he had met the Ugandan Elders Council led by Chief Okello and other elders.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('uganda council who leads it').quote).toBe(lines[1]);
    // A name the question gives itself is the same one: "the health council".
    expect(local.ask('what does the health council say about uganda').quote).toBe(lines[0]);
  });

  it('asks a passage for a name beside the thing named: "gang violence" names no gang', () => {
    const lines = ['The Kenyan Police help the Haitian National Police against gang violence in the capital.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What are the names of the gangs the Kenyan police fight in the capital?').answered).toBe(false);
    // A name the thing is written in passes: "the name of the police" is in "Haitian National Police".
    expect(local.ask('What is the name of the police helped in the capital?').quote).toBe(lines[0]);
  });

  it('reads "go to a place" as visiting it, not as sending others there', () => {
    const lines = ['Governor Mwangi sent off the first nurses to Turkana on May 2, 2023.', 'Governor Mwangi, who on March 4, 2024, visited the clinics in Turkana, praised the nurses.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('On which date did Governor Mwangi go to Turkana?').quote).toBe(lines[1]);
    // A place the knowledge names, typed in lower case after the verb: "go turkana".
    expect(local.ask('which date did mwangi go turkana').quote).toBe(lines[1]);
    // "Heading Turkana's clinics" leads them: no visit.
    expect(local.ask("Since when is Mwangi heading Turkana's clinics?").answered).toBe(false);
  });

  it('reads "see" as a light verb, and "to see people" as visiting them', () => {
    const lines = ['Governor Mwangi, who on Saturday, May 4, visited the nurses in Turkana, praised the clinic.', 'Writing on X on Sunday, May 5, Governor Mwangi said the clinic in Turkana keeps getting better.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which day did the governor land in Turkana to see our nurses?').quote).toBe(lines[0]);
    // "Seeing" things asks nothing of the passage.
    expect(local.ask('Which day did the governor praise the clinic I keep seeing in the news?').quote).toBe(lines[0]);
  });

  it('names the person asked for only by words for people: an alias for a body names no one', () => {
    const lines = ['The High Court in Nakuru ruled against the market levy in May.', 'Traders welcomed the ruling on the levy.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines, [['judge', 'court']]));
    // "judge: court" lets a judge be the court in a question about what happened…
    expect(local.ask('Did a judge rule against the market levy?').quote).toBe(lines[0]);
    // …but the judge's name is a person's, which "the High Court in Nakuru" is not.
    expect(local.ask("What is the judge's name, the one who ruled against the levy?").answered).toBe(false);
    expect(local.ask('Levy ruling: judge name?').answered).toBe(false);
  });

  it('reads the verb after "who" as the act asked about, in its -s form too: "who commands" is not answered by who commended', () => {
    const lines = ['During his visit, the governor commended the Kenyan nurses working in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Who commands the Kenyan nurses in Kisumu?').answered).toBe(false);
    expect(local.ask('Who commended the Kenyan nurses?').quote).toBe(lines[0]);
  });

  it('reads taking someone to court as suing: a ruling does not say who sued', () => {
    const lines = ['The High Court ruled the county market levy unconstitutional in May.', 'Traders welcomed the ruling on the levy.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Who took the county to court over the market levy?').answered).toBe(false);
    expect(local.ask('who went to court to stop the levy').answered).toBe(false);
    expect(local.ask('When did the court rule against the market levy?').quote).toBe(lines[0]);
  });

  it('reads an ETA and a timeline as asking a date: a pledge without one gives none', () => {
    const lines = ['The governor pledged 300 more nurses for the Turkana clinics.', 'The first 100 nurses started work in Lodwar on May 3, 2024.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Need: ETA for the 300 additional nurses.').answered).toBe(false);
    expect(local.ask('What is the timeline for the 300 additional nurses?').answered).toBe(false);
    expect(local.ask('What was the timeline for the first 100 nurses?').quote).toBe(lines[1]);
  });

  it('reads "is it working?" and "how is it going" as asking how it turns out, and "working with" as work', () => {
    const lines = [
      'The governor said nurses from Kisumu are working alongside local staff on the Turkana clinic project.',
      'The Turkana clinic project has continued to yield positive results, the governor said.',
      'Farmers expect rain in March.',
    ];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Is the clinic project actually working, according to the governor?').quote).toBe(lines[1]);
    expect(local.ask('how is the clinic project going?').quote).toBe(lines[1]);
    expect(local.ask('is the clinic project working or nah').quote).toBe(lines[1]);
    expect(local.ask('is the clinic project working acording to the governor').quote).toBe(lines[1]);
    expect(local.ask('Is the clinic project working or not? What did the governor say?').quote).toBe(lines[1]);
    expect(local.ask('Alongside whom are the Kisumu nurses working?').quote).toBe(lines[0]);
    // "Going well" without "how": an outcome too; "going to" stays the future.
    expect(local.ask('Does the governor think the clinic project is going well so far?').quote).toBe(lines[1]);
  });

  it('reads "the purpose of" as asking for a reason: a passage saying why meets it', () => {
    const lines = ['The minister visited Turkana to inspect the new clinics.', 'The minister praised the Turkana clinics on his tour.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("What was the purpose of the minister's tour of Turkana?").quote).toBe(lines[0]);
    // A purpose clause gives the purpose of what comes before it: the visit's, not the clinics'.
    const project = ['The minister visited Turkana to assess the progress of the new clinic project.', 'The project aims to treat farmers.', 'Traders asked for a market.'];
    expect(AnswerEngine.build(knowledgeOf(project)).ask('What is the objective of the new clinic project?').quote).toBe(project[1]);
  });

  it('finds why a thing was said in the passage that goes on about it, and why a thing was done in its agent', () => {
    const lines = [
      'The Kisumu clinic was approved by the county in May, only to be blocked by a High Court ruling in June that found it illegal.',
      'The court said the county had no power to build on public land without a permit.',
      'Farmers expect rain in March.',
      'Traders asked for a market.',
    ];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // "The court said…" goes on from the ruling the passage before names: there is the court's reason.
    expect(local.ask('Why did the court say the clinic was illegal?').quote).toBe(lines[1]);
    // "Blocked by a High Court ruling" is why it was blocked.
    expect(local.ask('Why was the Kisumu clinic blocked? Was it the court?').quote).toBe(lines[0]);
  });

  it('meets "three problems" with a passage listing three things; "name two problems" asks them listed, not named', () => {
    const lines = ['The mission works in Turkana amid drought, hunger, and floods.', 'The governor of Turkana spoke to the mission in March.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('List three problems the mission in Turkana faces.').quote).toBe(lines[0]);
    expect(local.ask('Name two problems the mission in Turkana faces.').quote).toBe(lines[0]);
    // Three weeks is a length of time, no list.
    expect(local.ask('Did the mission work in Turkana for three weeks?').answered).toBe(false);
  });

  it('reads "when (or where) does it begin" as asking when (where) it is: the passage giving its time need not say "begin"', () => {
    const lines = ['The trade fair kicks off in Kisumu next week.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('When does the trade fair begin?').quote).toBe(lines[0]);
    expect(local.ask('When will the fair get underway?').quote).toBe(lines[0]);
    expect(local.ask('Where does the fair start?').quote).toBe(lines[0]);
    expect(local.ask('Where is the fair hosted?').quote).toBe(lines[0]);
    expect(local.ask('When is the trade fair scheduled to commence?').quote).toBe(lines[0]);
    // Not in a question of another kind: "begin" is then what is asked about.
    expect(local.ask('Why does the trade fair begin?').answered).toBe(false);
  });

  it('answers a question of nothing but a handle or a platform from the passages that give one', () => {
    const lines = ['Writing on her official X account on Sunday, the governor said the clinics keep saving lives.', '', 'The new clinics in Turkana keep saving lives.', '— Jane Mwangi (@JaneMwangi) May 5, 2024', '', 'Farmers expect rain in March.', '', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("what's her handle again?").quote).toContain('(@JaneMwangi)');
    expect(local.ask('where did she post about all this?').quote).toBe(lines[0]);
    // Not other kinds of answer, which any dated passage would seem to give.
    expect(local.ask('what time is it?').answered).toBe(false);
  });

  it('reads "the name of the person", "of the individual" as the name of whoever the rest of the question says', () => {
    const lines = ['Governor Mwangi met the Turkana Elders Council, chaired by Chief Lokiru, in Lodwar.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Name of the individual who chairs the Elders Council?').quote).toBe(lines[0]);
    expect(local.ask('The name of the person chairing the Elders Council, please.').quote).toBe(lines[0]);
  });

  it('reads the date under a quoted post as the post\'s: it says when nothing else happens', () => {
    const lines = ['Governor Mwangi will address the health summit in Kisumu this week.', '', 'The new clinics in Turkana keep saving lives, and the summit will hear of them.', '— Jane Mwangi (@JaneMwangi) May 5, 2024', '', 'Farmers expect rain in March.', '', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('On which date will Governor Mwangi speak at the summit about the clinics?').answered).toBe(false);
    expect(local.ask('On which date did Mwangi post about the clinics?').quote).toContain('(@JaneMwangi) May 5, 2024');
  });

  it('reads "extra" as "more" (a stop word), and answers "when" only beside a time', () => {
    const lines = ['The ministry will send 300 more nurses to Turkana.', 'The first group of nurses arrived in Turkana in May 2023.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many extra nurses will the ministry send to Turkana?').quote).toBe(lines[0]);
    expect(local.ask('How many additional nurses is the ministry sending?').quote).toBe(lines[0]);
    // The passage that says how many says nothing of when.
    expect(local.ask('When will the ministry send the extra nurses?').answered).toBe(false);
    expect(local.ask('When did the first group of nurses arrive?').quote).toBe(lines[1]);
  });

  it('prefers, for "which X", a passage that identifies the X to one that says only "a X"', () => {
    const lines = ['A court in Nakuru approved a council resolution in May.', 'The council will carry out Resolution 12 in June.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which council resolution is it?').quote).toBe(lines[1]);
    // Asked about otherwise, the first passage is first again.
    expect(local.ask('When was a council resolution approved?').quote).toBe(lines[0]);
  });

  it('does not answer about a group named by its count from a passage that counts another group', () => {
    const lines = ['The first group of 400 officers left on June 24, 2024.', 'The council promised 600 more officers.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('When will the 600 officers leave?').answered).toBe(false);
    expect(local.ask('When did the 400 officers leave?').quote).toBe(lines[0]);
    // A day of the month or a year is no count: "the 25th" asked of June 24 is a false premise to correct, not another group.
    expect(local.ask('When did the first group leave, on June 25?').quote).toBe(lines[0]);
  });

  it('does not answer how someone responded from a passage that names them but tells no response of theirs', () => {
    const lines = ['“In my meeting with the council led by Mayor Ann Otieno, I urged them to reopen the market,” the governor stated.', 'Farmers expect rain in March.', 'Traders sold maize.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask("How did Mayor Otieno respond to the governor's request to reopen the market?").answered).toBe(false);
    expect(local.ask('What did the governor urge the council to do?').quote).toBe(lines[0]);
  });

  it('does not answer about a group named by its count from a passage without the count another passage gives', () => {
    const lines = ['The council promised 600 more officers.', 'The governor said her visit to the new officers in Kisumu prepared her for the summit that opens this week.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('When will the 600 new officers fly to Kisumu?').answered).toBe(false);
    // Without a count, the visit is when the governor went.
    expect(local.ask('When did the governor travel to Kisumu?').quote).toBe(lines[1]);
  });

  it('does not take "other leaders" for "the leader" a "who is the leader of…" question asks about', () => {
    const lines = ['The mayor met other leaders of the council in March.', 'The council is led by Governor Ann Mwangi.'];
    expect(AnswerEngine.build(knowledgeOf(lines)).ask('Who is the leader of the council?').quote).toBe(lines[1]);
    expect(AnswerEngine.build(knowledgeOf([lines[0]!, 'Traders sold maize.'])).ask('Who is the leader of the council?').answered).toBe(false);
    // A few keywords ask for the last: "council leader" is the leader.
    expect(AnswerEngine.build(knowledgeOf([lines[0]!, 'Traders sold maize.'])).ask('mayor council leader').answered).toBe(false);
    // Nor when the role is typed with a slip ("leeder"): the word it is a slip of is a person's.
    const noLeader = ['The governor said that together with other leaders of the council, they would push for the new road.', 'The county council met the traders in March.', 'Farmers expect rain in March.'];
    expect(AnswerEngine.build(knowledgeOf(noLeader)).ask('who is the leeder of the county council').answered).toBe(false);
  });

  it('meets a frame word qualified by a noun ("capital city") only beside that noun', () => {
    const lines = ['The minister toured Kisumu and Nakuru in May 2023.', 'Traders sold maize in the market.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which city did the minister tour?').quote).toBe(lines[0]);
    // Kisumu is a city, but nothing says it is a capital.
    expect(local.ask('Which capital city did the minister tour?').answered).toBe(false);
    const capital = ['The minister toured Nairobi, the capital city, in May 2023.', ...lines.slice(1)];
    expect(AnswerEngine.build(knowledgeOf(capital)).ask('Which capital city did the minister tour?').quote).toBe(capital[0]);
  });

  it('answers a question about the future with the passage that tells what will be done, before one that tells what is', () => {
    const lines = ['The governor is ready to meet the traders at the county assembly this week.', 'We will be asking the traders at the county assembly to clean the market stalls.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What will the governor ask the traders at the county assembly?').quote).toBe(lines[1]);
    expect(local.ask("What's the governor going to ask the traders at the assembly?").quote).toBe(lines[1]);
  });

  it('answers "which … body" from a name that holds the words describing the body, and not from a name of the thing it is asked about', () => {
    const lines = ['The governor met the Kisumu Market Traders Council on Monday.', 'The Lake Region Water Project was approved by the county assembly.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which market traders body did the governor meet?').quote).toBe(lines[0]);
    // The project's own name is no answer to which body approved it.
    expect(local.ask('Which body approved the Lake Region Water Project?').answered).toBe(false);
  });

  it('answers whom someone met from the passage that says whom they engaged, the diplomatic word', () => {
    const lines = ['On Monday the governor engaged the Kisumu Traders Council on the new market.', 'Farmers expect rain in March.', 'The county built 12 clinics in Turkana.'];
    expect(AnswerEngine.build(knowledgeOf(lines)).ask('Who did the governor meet on Monday?').quote).toBe(lines[0]);
    // "Other people", "anyone else": whom is asked, as "who" asks it.
    const others = ['On Monday the governor engaged the Kisumu Traders Council and other stakeholders on the new market.', 'Together with other leaders, the governor will meet donors in May.', 'Farmers expect rain in March.'];
    expect(AnswerEngine.build(knowledgeOf(others)).ask('Did the governor meet other people apart from the council?').quote).toBe(others[0]);
  });

  it('reads "the name of the guy heading X" as the name of whoever heads X, not as a name of X', () => {
    const lines = ['On Monday the governor engaged the Kisumu Market Council headed by Chairman John Otieno.', 'Farmers expect rain in March.', 'The county built 12 clinics in Turkana.'];
    expect(AnswerEngine.build(knowledgeOf(lines)).ask("What's the name of the guy heading Kisumu's market council?").quote).toBe(lines[0]);
  });

  it('does not answer "which court" (a body asked by name) from a passage that says only "a court"', () => {
    const lines = ['The plan was delayed by a court decision in May.', 'Traders sold maize in the market.'];
    expect(AnswerEngine.build(knowledgeOf(lines)).ask('Which court delayed the plan?').answered).toBe(false);
    const named = ['The plan was delayed by a decision of the Nakuru High Court in May.', 'Traders sold maize in the market.'];
    expect(AnswerEngine.build(knowledgeOf(named)).ask('Which court delayed the plan?').quote).toBe(named[0]);
  });

  it('reads a passage that opens by referring back ("During the meeting, he…") with the one before it', () => {
    const lines = ['The governor met the traders of Kisumu market on Monday.', 'During the meeting, he urged them to clean the stalls before the rains.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What did the governor urge the traders to clean?').quote).toBe(lines[1]);
    // A passage that does not refer back has no such context.
    const apart = AnswerEngine.build(knowledgeOf([lines[0]!, 'Later the mayor urged everyone to clean the stalls before the rains.', lines[2]!]));
    expect(apart.ask('What did the governor urge the traders to clean?').quote).not.toBe('Later the mayor urged everyone to clean the stalls before the rains.');
  });

  it('answers "how many" only with a number, and a date is none', () => {
    const lines = ['The ministry sent nurses to Turkana on March 3, 2023.', 'Farmers expect rain in March.', 'The ministry will build 12 clinics in Turkana.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many clinics will the ministry build in Turkana?').quote).toBe(lines[2]);
    expect(local.ask('When did the ministry send nurses to Turkana?').quote).toBe(lines[0]);
    expect(local.ask('How many nurses did the ministry send to Turkana?').answered).toBe(false);
  });

  it('answers "which judge" only from a passage that names someone: "a three-judge bench" and an Act name no one', () => {
    const lines = ['In a judgment delivered on Friday, January 26, 2024, a three-judge bench ruled that the Motorcycle Transport Levy Act, 2023, was passed without public participation.', 'Governor Ann Mwangi opened the clinic in Kisumu.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('Which judge of the court delivered the judgment?').answered).toBe(false);
    expect(local.ask('When was the judgment delivered?').quote).toBe(lines[0]);
    expect(local.ask('Which governor opened the clinic?').quote).toBe(lines[1]);
  });

  it('answers "how many" only with a number of the thing asked, a force counted by any of its names', () => {
    const lines = ['The police now guard 40 schools in areas close to gang-controlled parts of the city.', 'The governor promised to send 600 more officers to the city.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // Forty schools are no count of gangs.
    expect(local.ask('How many gangs control the city?').answered).toBe(false);
    expect(local.ask('How many schools do the police guard?').quote).toBe(lines[0]);
    expect(local.ask('How many more police will the governor send?').quote).toBe(lines[1]);
  });

  it('answers "what day of the week" only with a weekday', () => {
    const lines = ['The ferry left Lamu on Friday, March 3, 2023.', 'The ferry reached Mombasa on March 5, 2023.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What day of the week did the ferry leave Lamu?').quote).toBe(lines[0]);
    const dated = AnswerEngine.build(knowledgeOf([lines[1]!, lines[2]!, 'Traders asked for a market.']));
    expect(dated.ask('What day of the week did the ferry reach Mombasa?').answered).toBe(false);
    expect(dated.ask('What day did the ferry reach Mombasa?').quote).toBe(lines[1]);
  });

  it('answers a yes/no question only from a passage that names its subject, unless the subject is the topic', () => {
    const working = 'The president said officers are training well alongside their counterparts in Haiti.';
    const question = 'According to the president, is the mission training well in Haiti?';
    // "Training alongside" is about the officers: the passage says nothing of the mission.
    const local = AnswerEngine.build(knowledgeOf([working, 'The mission continues to yield results.', 'Farmers expect rain in March.', 'Traders asked for a market.']));
    expect(local.ask(question).answered).toBe(false);
    // Where most passages are about the mission, a passage may leave it unsaid.
    const topical = AnswerEngine.build(knowledgeOf([working, 'The mission continues to yield results.', 'The mission began in June.', 'The mission has a base in the capital.', 'Farmers expect rain in March.']));
    expect(topical.ask(question).answered).toBe(true);
  });

  it('asks more of a passage for a yes/no question, which states its whole claim', () => {
    const lines = ['The clinic in Kisumu opened in May with ten nurses and a new ward.', 'Farmers expect rain in March.', 'Traders asked for a market.', 'The council met in Nakuru.', 'Rain fell in Eldoret.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    // The same words, 46% of them matched: enough for a "who" question, not for a yes/no one (50%).
    expect(local.ask('Who opened the clinic in Kisumu with doctors and surgeons?').quote).toBe(lines[0]);
    expect(local.ask('Did the clinic in Kisumu open with doctors and surgeons?').answered).toBe(false);
    expect(local.ask('Did ten nurses open the clinic in Kisumu?').quote).toBe(lines[0]);
  });

  it('prefers a passage that says the question in one sentence to one that gathers it from several', () => {
    const scattered = 'The governor met nurses. He praised farmers in Kisumu.';
    const together = 'The minister praised the nurses who are working long hours at the district hospital in Kisumu this year.';
    const local = AnswerEngine.build(knowledgeOf([scattered, together, 'Traders asked for a market.']));
    expect(local.ask('Who praised the nurses in Kisumu?').quote).toBe(together);
  });

  it('reads "how big" as asking for a number and "on the ground" as colour', () => {
    expect(engine.ask('How big was the first group of officers?').quote).toContain('first group of 400');
    expect(engine.ask('Who are the Kenyan police working alongside on the ground?').quote).toContain('Haitian counterparts');
  });

  it('reads a phrasal verb as the verb WordNet knows it for ("held up" → delayed)', async () => {
    const local = AnswerEngine.build(knowledgeOf(['The launch of the rocket was delayed by heavy rain.', 'The rocket carried two weather satellites.', 'Engineers tested the engines in May.']));
    const a = local.ask('What held up the launch of the rocket?');
    expect(a.answered).toBe(true);
    expect(a.quote).toBe('The launch of the rocket was delayed by heavy rain.');
    expect(a.best!.highlights.map(([s, e]) => a.quote!.slice(s, e))).toContain('delayed');
  });

  it('reads a phrasal verb as the plainer verb WordNet puts above it ("drop in" is to visit)', () => {
    const local = AnswerEngine.build(knowledgeOf(['The governor closed the clinic in Kisumu on Friday.', 'The governor visited the clinic in Kisumu on Monday.', 'Traders asked for a new market.']));
    expect(local.ask('When did the governor drop in at the clinic in Kisumu?').quote).toBe('The governor visited the clinic in Kisumu on Monday.');
  });

  it('looks up a comparative by its plain adjective (quieter → quiet, calm)', () => {
    const local = AnswerEngine.build(knowledgeOf(['Markets in Kisumu were busy on Friday.', 'Markets in Kisumu were calm on Monday.', 'Traders asked for a new market.']));
    expect(local.ask('On which day were markets in Kisumu quieter?').quote).toBe('Markets in Kisumu were calm on Monday.');
  });

  it('reads "want" as a light verb: what someone wants done is in the other words', () => {
    const local = AnswerEngine.build(knowledgeOf(['The council urged the mayor to fix the roads in Kisumu.', 'Farmers expect rain in March.', 'Traders asked for a new market.']));
    expect(local.ask('What does the council want?').quote).toBe('The council urged the mayor to fix the roads in Kisumu.');
  });

  it('reads verbs that only tie a subject to its troubles as light ("what crises is Haiti grappling with")', () => {
    const local = AnswerEngine.build(knowledgeOf(['Kisumu is seeing floods and a cholera outbreak amid heavy rain.', 'Farmers in Kisumu expect rain in March.', 'Traders asked for a new market.']));
    expect(local.ask('What floods is Kisumu grappling with?').quote).toBe('Kisumu is seeing floods and a cholera outbreak amid heavy rain.');
    expect(local.ask('Which outbreak is Kisumu dealing with?').answered).toBe(true);
    // So do "responding to", "tackling", "combating" what the passage names.
    expect(local.ask('What outbreak is Kisumu responding to?').answered).toBe(true);
    // "A deal" is no verb of undergoing: a question about one keeps it as its point.
    expect(local.ask('Which deal did Kisumu sign?').answered).toBe(false);
  });

  it('reads "over what period" as asking for a stretch of time, which does not answer "when"', () => {
    const local = AnswerEngine.build(knowledgeOf(['The traders used the calm of the last few weeks to rebuild the market.', 'The traders met the mayor.', 'Farmers expect rain.']));
    expect(local.ask('Over what period did the traders use the calm?').quote).toBe('The traders used the calm of the last few weeks to rebuild the market.');
    expect(local.ask('When will the traders rebuild the market?').answered).toBe(false);
  });

  it('does not take "become" for a light verb: a title before a name says nothing of when it was won', () => {
    const local = AnswerEngine.build(knowledgeOf(['Governor Otieno opened the clinic in Kisumu on Monday.', 'Farmers in Kisumu expect rain in March.', 'Traders asked for a new market.']));
    expect(local.ask('When did Otieno become governor?').answered).toBe(false);
    expect(local.ask('When did Governor Otieno open the clinic?').answered).toBe(true);
  });

  it('reads "first" before a verb, or "at first", as when it happened, not as which one', () => {
    const lines = ['The plan was approved by the council in May 2023.', 'The first buses arrived in June 2024.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('When was it first approved?').quote).toBe(lines[0]);
    // Before a noun, "first" still says which.
    expect(local.ask('When did the first buses arrive?').quote).toBe(lines[1]);
    expect(local.ask('When did Otieno first become governor?').answered).toBe(false);
  });

  it('does not read "news" as "new": the news of a trip is not New York', () => {
    const local = AnswerEngine.build(knowledgeOf(['The president flew to New York on Monday.', 'Farmers in Kisumu expect rain in March.', 'Traders asked for a new market.']));
    expect(local.ask('What news was there about the president?').answered).toBe(false);
  });

  it('reads chat shorthand as the words it stands for', () => {
    const a = engine.ask('wen did ruto visit haiti');
    expect(a.answered).toBe(true);
    expect(a.question).toBe('wen did ruto visit haiti');
    expect(a.quote).toContain('September 21, 2024');
    expect(engine.ask('what happened at the un security council in october last yr re haiti').quote).toContain('approved by a UN Security Council resolution');
  });

  it('reads "full name" as asking for an abbreviation\'s long form only when the question names an abbreviation', () => {
    expect(engine.ask('What is the full name of the MSS?').quote).toContain('Multinational Security Support Mission (MSS)');
    // Not an abbreviation: no passage that merely names Ruto passes for his full name.
    const person = engine.ask('What is Ruto’s full name?');
    expect(!person.answered || person.quote!.includes('William')).toBe(true);
  });

  it('joins irregular verb forms (met/meet)', () => {
    const a = engine.ask('Where did Ruto meet the Kenyan police?');
    expect(a.quote).toContain('Port-au-Prince');
  });

  it('finds the embedded post by its author’s handle', () => {
    const a = engine.ask('Who is @WilliamsRuto?');
    expect(a.answered).toBe(true);
    expect(a.quote).toContain('(@WilliamsRuto)');
  });

  it('abstains on off-topic questions and offers no quote', () => {
    // "best" must not pass for the "well" of "prepared him well", nor "time of year" for this week's date.
    for (const q of ['What is the best pizza in Naples?', 'How tall is Mount Kilimanjaro?', 'Who won the football world cup?', 'How do I bake bread?', 'best time of year to visit zanzibar?']) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.quote).toBeUndefined();
      expect(a.confidence).toBe(0);
      expect(a.reason).toBe('no-match');
    }
  });

  it('refuses empty and over-long questions before searching', () => {
    expect(engine.ask('   ').reason).toBe('empty');
    expect(engine.ask('the of and').reason).toBe('empty');
    const long = engine.ask('Haiti '.repeat(200));
    expect(long).toMatchObject({ answered: false, reason: 'too-long', suggestions: [] });
  });

  it('offers at most three alternatives, each verbatim, never the answer itself', () => {
    const a = engine.ask('What did the UN Security Council do about the mission?');
    expect(a.alternatives.length).toBeLessThanOrEqual(3);
    for (const alt of a.alternatives) {
      expect(sourceText).toContain(alt.quote);
      expect(alt.quote).not.toBe(a.quote);
    }
  });

  it('marks the matched words of the quote, and only whole words', () => {
    const a = engine.ask('How many officers went in the first group?');
    const marked = a.best!.highlights.map(([s, e]) => a.quote!.slice(s, e).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['officers', 'first', 'group']));
    for (const [s, e] of a.best!.highlights) {
      expect(/[\p{L}\p{N}]/u.test(a.quote![s - 1] ?? ' ')).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(a.quote![e] ?? ' ')).toBe(false);
    }
  });

  it('takes a title for the person the knowledge names with it ("the governor" → Mwangi)', async () => {
    const local = AnswerEngine.build(knowledgeOf(['Governor Ann Mwangi toured the county on Monday.', 'Mwangi visited Kisumu to open a new clinic.', 'Traders in Nakuru asked for a new market.']));
    const a = local.ask('Why did the governor visit Kisumu?');
    expect(a.quote).toBe('Mwangi visited Kisumu to open a new clinic.');
    expect(a.best!.highlights.map(([s, e]) => a.quote!.slice(s, e))).toContain('Mwangi');
    // And the other way: a name stands for the title the knowledge gives it.
    const byName = local.ask('Where did Mwangi tour on Monday?');
    expect(byName.quote).toBe('Governor Ann Mwangi toured the county on Monday.');
    const other = AnswerEngine.build(knowledgeOf(['Governor Ann Mwangi toured the county on Monday.', 'The governor opened a clinic in Kisumu on Friday.', 'Traders in Nakuru asked for a new market.']));
    const opened = other.ask('When did Mwangi open the clinic?');
    expect(opened.quote).toBe('The governor opened a clinic in Kisumu on Friday.');
    expect(opened.best!.highlights.map(([s, e]) => opened.quote!.slice(s, e))).toContain('governor');
    // A question that names the person already gets no other name for the title.
    const named = local.ask('Why did Governor Mwangi visit Kisumu?');
    expect(named.best!.highlights.map(([s, e]) => named.quote!.slice(s, e))).toEqual(expect.arrayContaining(['Mwangi', 'Kisumu']));
  });

  it('keeps every quote verbatim for any question', () => {
    const questions = ['Kenya', 'Haiti gangs', 'court ruling January', 'UN General Assembly New York', 'Le Leblanc', 'resolution 2699 mandate'];
    for (const q of questions) {
      const a = engine.ask(q);
      for (const p of [a.best, ...a.alternatives, ...a.suggestions]) if (p) expect(sourceText).toContain(p.quote);
    }
  });

  it('refuses what someone said in a speech a passage does not mention (a coming speech), not what the passage says', () => {
    const lines = ['The governor said she is better prepared to engage leaders at the assembly in Nairobi this week.', 'The governor said the clinic in Kisumu will open in May.', 'Farmers expect rain in March.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('What did the governor say to leaders in her speech at the assembly in Nairobi?').answered).toBe(false);
    expect(local.ask("What did the governor tell leaders in her address to the assembly in Nairobi?").answered).toBe(false);
    expect(local.ask('Whom will the governor engage at the assembly in Nairobi?').quote).toBe(lines[0]);
    expect(local.ask('What did the governor say about the clinic in Kisumu?').quote).toBe(lines[1]);
  });

  it('refuses a total from a passage that counts only an addition ("600 more")', () => {
    const lines = ['The governor promised 300 more nurses to the Kisumu clinic on Monday.', 'Farmers expect rain in March.', 'Traders asked for a market.'];
    const local = AnswerEngine.build(knowledgeOf(lines));
    expect(local.ask('How many nurses in total did the governor promise to the Kisumu clinic?').answered).toBe(false);
    expect(local.ask('How many nurses did the governor promise to the Kisumu clinic?').quote).toBe(lines[0]);
    const counted = AnswerEngine.build(knowledgeOf(['The governor promised 300 more nurses to the Kisumu clinic, 900 in total.', ...lines.slice(1)]));
    expect(counted.ask('How many nurses in total did the governor promise to the Kisumu clinic?').answered).toBe(true);
  });
});

describe('AnswerEngine.topics and sources', () => {
  it('lists the sources with their passage counts', () => {
    expect(engine.sources()).toEqual([expect.objectContaining({ id: 'mss-haiti-ruto-2024-09', publisher: 'K24 Digital', passages: 18 })]);
  });

  it('suggests at most the asked number of topics for what was typed, by prefix', () => {
    const topics = engine.topics('Resolu', 25);
    expect(topics.length).toBeGreaterThan(1);
    // Each topic starts a passage that has a word beginning with what was typed.
    for (const t of topics) {
      const passage = engine.passages.find((p) => p.text.replace(/[“”"]/gu, '').startsWith(t.replace(/…$/u, '')));
      expect(passage?.text, t).toMatch(/\bresolu/i);
    }
    expect(engine.topics('', 3)).toHaveLength(3);
    for (const t of engine.topics('police', 25)) expect(t.length).toBeLessThanOrEqual(100);
  });
});

describe('abstention holds as the knowledge grows', () => {
  it('still refuses off-topic questions, and still cites the right source, with look-alike sources added', async () => {
    const { cp, mkdtemp, rm } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-look-'));
    // The sources only (no caches), and the copy removed once read.
    await cp(SHIPPED_KNOWLEDGE, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
    await cp('test/fixtures/lookalike', dir, { recursive: true });
    const r = await loadKnowledge(dir);
    await rm(dir, { recursive: true, force: true });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const big = AnswerEngine.build(r.knowledge);
    expect(big.ask('What is the best pizza in Naples?').answered).toBe(false);
    const a = big.ask('How many more officers is Kenya sending to Haiti?');
    expect(a.citation?.sourceId).toBe('mss-haiti-ruto-2024-09');
    expect(a.quote).toContain('600 more');
  });
});

describe('passageLink', () => {
  it('links to a text fragment of the passage’s first and last words', () => {
    expect(passageLink('https://example.org/a#old', 'One two three four five six seven eight nine ten.')).toBe(
      'https://example.org/a#:~:text=One%20two%20three%20four,seven%20eight%20nine%20ten.',
    );
    expect(passageLink('https://example.org/a', 'Port-au-Prince is busy.')).toBe('https://example.org/a#:~:text=Port%2Dau%2DPrince%20is%20busy.');
  });
});

describe('AnswerEngine.buildAsync', () => {
  it('builds the same engine as build, giving the event loop back while it works', async () => {
    const { syntheticKnowledge } = await import('../../bench/synthetic.js');
    const big = syntheticKnowledge({ passages: 3000, seed: 7 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const built = await AnswerEngine.buildAsync(big);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
    const sync = AnswerEngine.build(big);
    expect(built.passages.length).toBe(sync.passages.length);
    const q = sync.passages[100]!.text.split(' ').slice(0, 8).join(' ');
    expect(built.ask(q)).toEqual(sync.ask(q));
  });
});
