import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnswerEngine } from '../../src/engine/engine.js';
import { DEFAULT_VECTOR_WORDS, defaultVectorTablePath, ensureVectorTable } from '../../src/engine/vectors/ensure.js';
import type { WordVectors } from '../../src/engine/vectors/table.js';
import { evaluate, readQuestionSet } from '../../src/eval.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { SHIPPED_KNOWLEDGE, knowledgeOf } from '../helpers.js';

const QUESTIONS = 'test/fixtures/questions';

/** An engine over the sources of the given folders (not their caches), read from a copy removed once loaded. */
async function engineFor(dirs: string[], vectors: WordVectors | null): Promise<AnswerEngine> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-quality-'));
  try {
    for (const d of dirs) await cp(d, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
    const r = await loadKnowledge(dir);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return AnswerEngine.build(r.knowledge, { vectors });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Quality floors measured on the question sets: a change that makes answers
// worse fails here. Wrong answers to off-topic questions are never accepted.
describe('answer quality on the question sets', () => {
  let vectors: WordVectors | null;
  beforeAll(async () => {
    vectors = await ensureVectorTable({ file: defaultVectorTablePath(SHIPPED_KNOWLEDGE), words: DEFAULT_VECTOR_WORDS });
  }, 120_000);

  it('has the word vectors (the package is installed)', () => {
    expect(vectors).not.toBeNull();
  });

  it('answers the development set and refuses every off-topic question', async () => {
    const r = evaluate(await engineFor([SHIPPED_KNOWLEDGE], vectors), await readQuestionSet(`${QUESTIONS}/dev-questions.json`));
    expect(r.answeredUnanswerable).toBe(0);
    // The bar the answer-engine issue sets: 95% of answerable questions right.
    expect(r.answeredRight / r.answerable).toBeGreaterThanOrEqual(0.95);
  });

  it('answers more paraphrased questions with the semantic signal, and refuses the same', async () => {
    const questions = await readQuestionSet(`${QUESTIONS}/paraphrased.json`);
    const withVectors = evaluate(await engineFor([SHIPPED_KNOWLEDGE], vectors), questions);
    const lexical = evaluate(await engineFor([SHIPPED_KNOWLEDGE], null), questions);
    expect(withVectors.answeredUnanswerable).toBe(0);
    expect(withVectors.answeredRight).toBeGreaterThan(lexical.answeredRight);
    // Measured 31/36 with vectors, 25/36 without: this pins the floor.
    expect(withVectors.answeredRight).toBeGreaterThanOrEqual(31);
  });

  it('refuses the off-topic questions of a set written without sight of the engine, and answers no fewer than measured', async () => {
    // unseen.json: 38 chatty answerable questions and 12 the article cannot
    // answer (4 off-topic, 8 near-topic), written by someone who never saw the
    // engine. Its recall is low (see README, Performance): this pins the floor.
    const questions = await readQuestionSet(`${QUESTIONS}/unseen.json`);
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    const r = evaluate(engine, questions);
    expect(r.answeredRight).toBeGreaterThanOrEqual(15);
    expect(r.wrongAnswers).toBeLessThanOrEqual(2);
    for (const q of questions.slice(38, 42)) expect(engine.ask(q.q).answered, q.q).toBe(false);
  });

  it('refuses every off-topic question of the two dev-style fresh sets, and answers no fewer than measured', async () => {
    // unseen-2 and unseen-3: 30 short answerable questions, 6 off-topic and 4
    // near-topic ones each, written without sight of the engine (floors as measured).
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    for (const [file, floor] of [['unseen-2', 24], ['unseen-3', 20]] as const) {
      const questions = await readQuestionSet(`${QUESTIONS}/${file}.json`);
      const r = evaluate(engine, questions);
      expect(r.answeredRight, file).toBeGreaterThanOrEqual(floor);
      expect(r.wrongAnswers, file).toBeLessThanOrEqual(1);
      for (const q of questions.slice(30, 36)) expect(engine.ask(q.q).answered, q.q).toBe(false);
    }
  });

  // Fresh sets of 30 answerable questions then off-topic, then near-topic ones, written without sight of the engine.
  // unseen-4: everyday and slangy words ("drop in on", "running the show"), 4 off-topic, 6 near-topic; measured 7/30 right, 3 mistakes.
  // unseen-5: a third plain, a third reworded, a third casual, 5 off-topic, 5 near-topic, written after this
  // session's changes; measured 14/30 right when written, 15/30 once chat shorthand was read, 2 mistakes.
  // unseen-6: mixed styles, 4 off-topic, 6 near-topic; measured 15/30 right and 4 mistakes when written, 16/30
  // and 3 after the "besides", "full name" and named-place changes, 17/30 and 2 once "extra" read as "more".
  // unseen-7: askers of several kinds, 4 off-topic, 6 near-topic; measured 13/30 right and 7 mistakes when
  // written (the engine at the start of that session: 12/30), 14/30 and 6 once "day of the week" asked for a weekday.
  // unseen-8: Discord-style ("hey bot", "quick question:"), 4 off-topic, 6 near-topic; 11/30 right, 3 mistakes when
  // written (the same as the engine at the start of that session), 16/30 and 4 once lead-ins were dropped.
  // unseen-9: a varied crowd, 4 off-topic, 6 near-topic; written last and measured once: 15/30 right, 3 mistakes
  // (the engine at the start of that session: 14/30, 3 mistakes).
  // unseen-10: casual, typos, idioms, 4 off-topic, 6 near-topic; 9/30 right, 4 mistakes when written.
  // unseen-11: careful readers who paraphrase everything; 9/30 right, 1 mistake when written (the engine at the start of that session: 9/30, 1).
  // unseen-12: quick phone typing, abbreviations; 18/30 right, 3 mistakes when written (start of that session: 18/30, 4).
  // unseen-13: an international crowd, English as a second language; written last: 18/30 right, 1 mistake (start of that session: the same).
  // unseen-14 (news readers, a third each plain, reworded, casual) and unseen-15 (testers: a researcher, a fact-checker, a skeptic),
  // written at the end of that session: 13/30 and 4 mistakes, 16/30 and 1 (the engine at its start: 10/30 and 3, 13/30 and 1).
  // unseen-16: a broad mix, terse to long-winded, written after that session's last change: 11/30 right, 1 mistake (its start: 10/30, 1).
  // unseen-17: diaspora chat, written after that session's last change and measured once: 18/30 right, 2 mistakes (its start: 13/30, 2).
  // unseen-18 (student club chat), unseen-19 (community radio, English as a second language), unseen-20 (a teacher and
  // her students; off-topic questions last) and unseen-21 (policy analysts), written by helpers that never saw the engine
  // and measured once mid-session, after its first eleven changes: 19, 12, 14 and 16/30 right, 0, 1, 0 and 2 mistakes
  // (the engine at the start of that session: 16, 11, 12 and 15/30, with 2, 3, 0 and 2 mistakes).
  // unseen-22 (retired police officers' families, some Swahili and Sheng) and unseen-23 (a fact-checking desk and
  // gamers), written the same way and measured once near that session's end: 11 and 17/30 right, 0 and 2 mistakes
  // (its start: 8 and 14/30, 0 and 2).
  // unseen-24 (a podcast host and a researcher: indirect references, context clauses) and unseen-25 (search-style
  // keywords and fragments), measured once near its end: 7 and 24/30 right, 4 and 4 mistakes (its start: 6 and 21/30, 4 and 5).
  // unseen-26 (diaspora professionals, British and American spellings) and unseen-27 (first-time users: plain, yes/no and
  // "explain" questions), measured once after its last engine change: 11 and 21/30 right, 1 and 1 mistake (its start: 10 and 19/30, 0 and 3).
  // Sets 28-43 mix their ten unanswerable questions among the thirty answerable ones (no run to check: the floor on
  // mistakes counts them). Written by helpers that never saw the engine, each group measured once when it came in,
  // against the engine at the start of that session (right/120 and mistakes, with vectors):
  // 28-31 (Haitian diaspora with Kreyòl, a debate team, phone typing, retired diplomats): 66, 6 (start 65, 5);
  // 32-35 (a school class, fact-checkers with wrong premises, IR hobbyists' idioms, first-time DMs): 75, 7 (74, 6);
  // 36-39 (a newsroom, older readers, law students, police families with Swahili): 56, 7 (47, 7);
  // 40-43 (a moderator's tricky paraphrases, Caribbean English, gamer slang, translators): 47, 12 (41, 14).
  // The next session, against its own start:
  // 44-51 (French-speaking Haitians, keyword searchers, sceptics, aid workers, teenagers, careful readers, Sheng,
  // librarians), measured before any change: 125/240, 22 mistakes (the same engine);
  // 52-55 (retired police officers, voice transcripts, think-tank analysts, East African English), measured after
  // half the changes: 59/120, 7 (58, 7);
  // 56-59 (a teacher's quiz, terse Discord asks, Port-au-Prince readers with Kreyòl, fact-checkers' false premises),
  // measured after all but the last two changes: 62/120, 10 (61, 10);
  // 60-63 (elderly Haitian-Americans with Kreyòl, Kenyan teenagers with Sheng, journalism students, UN staff's
  // acronyms), measured after all but the last four changes: 49/120, 11 (35, 12). The first two personas were chosen
  // to try the Swahili and Haitian Creole reading: 26/60 against 13/60;
  // 64-67 (a world-news Reddit thread, parliamentary aides, Discord members of all kinds, homework questions),
  // measured after the last change: 65/120, 12 (63, 13).
  // The next session: 68-75 (police families with Swahili, French-speaking Montrealers, political science students,
  // radio call-in transcripts, wire-service fact checks, Spanish-speaking learners, casual Discord members, military
  // analysts), measured before any change: 100/240, 30 mistakes (the same engine).
  // 76-83 (Nairobi students, Port-au-Prince shopkeepers, NGO researchers, voice-assistant transcripts, the Kenyan
  // diaspora, plain headline questions, Caribbean neighbours, quiz writers), written while the session's changes were
  // made and measured once after the last: 155/240, 18 mistakes (its start: 153, 18); with the look-alike sources
  // added, 142/240 and 18 mistakes (its start: 142, 45).
  // The next session: 84-91 (Nairobi Sheng speakers, Haitians in Miami with Kreyòl and French, human-rights lawyers,
  // Haitian-American nurses, PR people, budget analysts, elderly people unsure of names, journalists building a
  // timeline), written while the session's changes were made and measured once after the last: 106/240, 27 mistakes
  // (its start: 99, 25); with the look-alike sources added, 94/240 and 33 (its start: 89, 31). The session then learnt
  // from their misses; 92-99 (a Kenyan school debate club with Swahili, Haitian students writing English as a third
  // language, teachers' worksheets, search-style fragments, security-studies jargon, officers' worried families,
  // Caribbean radio hosts, sceptics with loaded premises), written meanwhile and measured once after that:
  // 132/240, 12 mistakes (its start: 120, 11); with the look-alike sources added, 103/240 and 24 (its start: 96, 23).
  // The next session: 100-103 (Kenyan radio texters, Haitian organisers in Montreal writing French, peace-studies
  // students, voice-to-text transcripts), measured once after its first changes, which did not touch them: 59/120, 3
  // mistakes (the same as its start); the session then learnt from them (French, text-message "2" and "4"): 77/120, 3.
  // 104-107 (people replying angrily to Ruto's post, Kenyan county officials, children of 10-12, Spanish-speaking
  // readers), written meanwhile and measured once near the session's end: 70/120, 11 mistakes (its start: 63, 11);
  // lexical 62, 9 (55, 9); with the look-alike sources added, 61 and 11 (56, 12). The session then learnt from them
  // (French and Spanish typed without accents, "did a good job", "other leaders"): 80/120, 6.
  // The next session: 108, 109, 114, 115 (Haitians in Miami with Kreyòl, retired Kenyan police officers, Brazilian
  // readers with Portuguese, terse phone typing), measured once after its first two changes: 66/120, 8 mistakes (the
  // same as its start); 110-111 (wire fact-checkers, a debate team), mid-session: 35/60, 6 (34, 5); 112-113 (Pidgin,
  // human-rights lawyers), late: 15/60, 3 (14, 3). The session then learnt from them (Portuguese, Pidgin, forms of
  // address, requests after the question): 158/240, 16. 116-117 (officers' wives and mothers with Swahili, IR lecturers),
  // measured once at the session's end with no change after: 33/60, 4 mistakes (its start: 31, 4).
  // The next session: 118-141 (twenty-four sets: Kreyòl, Québécois and formal French, Sheng, German, Spanish,
  // Pidgin, a diplomat, fact-checkers, teachers, sceptics, voice notes…), each pair measured once as it arrived:
  // 397/720, 59 mistakes (its start: 376, 66). The session then learnt from them (accent-less Kreyòl and Spanish,
  // French inversion, asides between commas, "why did the court…" in the passage that goes on): 476/720, 43.
  // 142-145 (a Jamaican podcast host, a Kenyan county assembly member, a Brazilian student in Portuguese, a retired
  // Kenyan teacher), measured once at its end with no change after: 74/120, 10 mistakes (its start: 71, 9).
  // The next session, each group measured once as it arrived: 146-147 (a Guatemalan reader in Spanish, a Haitian
  // teenager on TikTok in Kreyòl), 33/60, 6 mistakes (its start: 31, 6); 148-149 (a Jamaica Defence Force soldier's
  // wife, a Nairobi litigation lawyer), 29/60, 2 (29, 2); 150-151 (a TV news producer's prompts, a blind user's
  // dictation), 25/60, 0 (24, 0); 152-153 (a Nigerian civil servant, an elderly American church volunteer), 36/60, 2 (36, 2);
  // 154-155 (a Somali-Kenyan trader in Eastleigh, a Trinidadian calypsonian), 43/60, 6 (43, 6); 156-157 (a dyslexic
  // adult typing fast, a Chinese exchange student), 40/60, 12 (40, 12); 158-159 (a Haitian National Police officer, a
  // Kenyan student's exam prompts), 37/60, 0 (36, 0); 160-161 (an Australian backpacker, a retired Ghanaian diplomat),
  // 22/60, 1 (21, 1); 162-163 (a Mombasa shopkeeper with Swahili and Gujarati, a Dominican border official in Spanish),
  // 36/60, 0 (34, 0); 164-165 (a tester's loaded premises, a Reddit geopolitics commenter), 26/60, 0 (25, 0);
  // 166-167 (a Brazilian MINUSTAH veteran, a debate judge), 45/60, 2 (45, 2); 168-169 (a Filipino nurse in Dubai in
  // Taglish, a Canadian RCMP officer's jargon), 15/60, 0 (15, 0). Together 387/720, 31 mistakes (its start: 379, 31).
  // The session then learnt from them (punctuation said aloud, Tagalog, Spanish, Somali, Jamaican and Australian
  // English, a diplomat's courtesies, "took the government to court", unknown names): 457/720, 21.
  // The next session, each group measured once as it arrived: 170-171 (a Haitian Uber driver in Boston with Kreyòl, a
  // Kenyan nurse in Manchester), 41/60, 4 mistakes (its start: 41, 4); 172-173 (a Rwandan journalist's French-shaped
  // English, a Senegalese student in French and Wolof), 35/60, 3 (35, 3); 174-175 (a Haitian grandmother in Brooklyn
  // typed by her granddaughter, a Vietnamese-American ESL student), 47/60, 5 (47, 5); 176-177 (Sheng on X with emoji,
  // a Bahamian police recruit), 38/60, 7 (36, 7); 178-179 (a Kisumu fisherman with Dholuo, a US Army veteran's
  // jargon), 25/60, 5 (24, 5); 180-181 (a Mexican journalist in Spanish, a French diplomat's English), 43/60, 3 (43,
  // 3); 182-183 (an Indian IT professional in Nairobi, a Lahore student in Roman Urdu), 20/60, 0 (20, 0: the Urdu
  // set 0 of 30); 184-185 (a South African police sergeant, a Zimbabwean history teacher's comprehension questions),
  // 36/60, 5 (36, 5); 186-187 (a conspiracy-minded YouTube commenter, a public librarian), 39/60, 3 (39, 3); 188-189
  // (a Dutch reader, an Italian reader), 17/60, 5 (17, 5); 190-191 (a Kenyan pupil of nine, a Haitian-Canadian rapper
  // in Montreal), 36/60, 6 (36, 6); 192-193 (an Ethiopian flight attendant, a retired US Foreign Service officer),
  // 24/60, 3 (24, 2). Together 401/720, 49 mistakes (its start: 398, 48).
  // The session then learnt from them (Roman Urdu, Italian, Dutch, Wolof, Dholuo, formal hedges, options that end a
  // question, "who did it" needs the act, a court that "stopped" it, "New York" as one name, Sheng): 497/720, 36.
  // 194-201 (a Congolese journalist in French and Lingala, a Kenyan student's quiz prompts, an American talk-radio
  // listener, a Haitian doctor in Paris writing French, a Ugandan boda-boda rider, a Canadian policy analyst, a
  // Jamaican grandmother in London, a Kenyan police spokesperson), measured once at the session's end with no change
  // after: 144/240, 18 mistakes (its start: 141, 18).
  // Next session, each group measured once on arrival against the engine at its start: 206-207 (a Filipino worker in
  // Dubai in Taglish, a Somali refugee in Eastleigh), 42/60, 4 mistakes (42, 4); 208-209 (a Discord teenager, a Chinese
  // student in Nairobi), 47/60, 3 (45, 3); 202-203 (a Lagos trader in Pidgin, a German engineer's compounds), 31/60, 4
  // (29, 4); 204-205 (a Brazilian reader in Portuguese, an elderly Kenyan pastor), 31/60, 3 (29, 3). Together 151/240,
  // 14 (145, 14). After learning from them (Somali, Taglish verbs, German compounds, Pidgin, blessings): 190/240, 8.
  // Next session: 216-217 (a Russian-speaking analyst in Tallinn, a Ghanaian radio DJ in Ghanaian Pidgin and Twi), the
  // only group of four commissioned that arrived, measured once on arrival: 45/60, 1 mistake (its start: 45, 1).
  // Next session, one set per helper, each measured once on arrival: 210 (a K-pop fan in Seoul, Konglish) 21/30, 1; 213
  // (a Kenyan parliamentary aide) 7/30, 2; 214-215 (Spanglish in the Bronx, Hinglish WhatsApp forwards) 30/60, 8. Together
  // 58/120, 11 (its start: 58, 11). After learning from them (Hindi, hurried Spanish, Konglish particles, a parliament's
  // forms): 96/120, 11. At the session's end 211 (a Pétion-Ville market woman's voice notes in Kreyòl) 21/30, 1, and 212
  // (a Turkish journalist) 23/30, 2, arrived: 44/60, 3 (its start: 44, 3), with no change after.
  // Next session, one set per helper, each measured once on arrival (its start in brackets): 225 (an everyday news
  // reader, plain English) 22/30, 5 (22, 5); 221 (a Gen Z teenager on TikTok) 24/30, 3 (23, 3); 222 (a Jakarta student
  // in Indonesian) 0/30, 0; 218 (a Cairo student in Arabizi) 0/30, 0; 220 (a Japanese exchange student) 24/30, 0; 224
  // (a careful paraphraser, plain English) 17/30, 5 (17, 4); 219 (a retired Kenyan army general) 17/30, 3; 223 (a
  // Glasgow pensioner in broad Scots) 3/30, 1. After learning from them (Indonesian, Arabizi and Scots readings, Gen Z
  // slang, "trying to do" as an aim): the floors below.
  // Next session, eight sets in plain English, one per helper, each measured once on arrival (all equal to its start):
  // 228 (a retired librarian in Ohio) 22/30, 2; 230 (a law student) 26/30, 2; 232 (a radio call-in host) 21/30, 2; 233
  // (a German engineer's literal English) 24/30, 4; 231 (a Toronto 12-year-old) 21/30, 2; 227 (a think-tank analyst)
  // 17/30, 2; 226 (a Manchester teacher's comprehension quiz) 19/30, 4; 229 (a commuter's search fragments) 27/30, 2.
  // Together 177/240, 20. After learning from them (a country named again, "the operation" as the mission, a nation's
  // leader as its president, "the stated purpose", a speech no passage names, a total from an addition): the floors
  // below. Eight more plain-English sets written meanwhile and held out until then, 234-241 (a Nairobi nurse, an
  // international desk officer, a British letter writer, a debate coach, a podcast producer, an Australian backpacker,
  // a translator, a Texas high-school student), measured once after: 163/240, 15 mistakes (its start: 154, 21). After
  // learning from those too ("on the ground with" as a visit, "sat down together", caretaker), eight more held out
  // the same way, 242-249 (a Mombasa schoolteacher, an international-relations student, a Chicago shop owner, a
  // fact-checking intern, a Port-au-Prince church volunteer, an Ottawa civil servant, a London night guard, a Dublin
  // book-club member): 176/240, 13 (its start: 170, 14).
  // Next session, sixteen plain-English sets the same way. 250-257 (a retired Nairobi police inspector, a Haitian-American
  // nurse in Miami, a journalism professor, a Rift Valley farmer, a Leeds sixth-former, an NGO logistics coordinator, a
  // retired ambassador, a Lagos student), measured on arrival: 180/240, 14. After learning from them ("what sort of",
  // "the top man", "a good name", light place and time words, "back home", words of appreciation, a name's look-alike
  // word): 193/240, 13. Held out until then, 258-265 (a Boston hospital administrator, an Edinburgh crossword setter, a
  // Kenyan in London, a voice assistant's transcripts, a human-rights researcher, a Birmingham gamer, a Cork quiz host, a
  // Montreal student's literal English), measured once: 187/240, 18 (its start: 182, 17). After learning from those too
  // ("the goal of his trip", "make the most of", "solo or teaming up with", "local", "what counsel did he give", a
  // role met only by its own word): the floors below. Eight more held out until then, 266-273 (a Cape Town retired
  // accountant, a Nairobi student cramming for a quiz, a Madrid translator's formal English, a Mombasa taxi driver, a
  // London documentary researcher, a Florida retiree, a Kampala civics teacher, a Haitian student in Montreal), measured
  // once: 170/240, 10 (its start: 166, 11).
  // Next session, 274-281 (a retired army officer in Nakuru, a Wellington reference librarian, an Atlanta podcast host, an
  // Accra economics student, a Manila call-centre worker's formal English, a Berlin engineer's keyword fragments, a
  // Nairobi radio news editor's headlines, a Geneva UN intern's jargon), measured on arrival: 185/240, 9. After learning
  // from them ("I'm looking for", "the authorities", "the top security body", "plans to", "a window", "he'll", a
  // gathering or summit for the assembly, officers for the contingent). Held out until then, 282-289 (a Texas
  // student's homework, a Washington policy analyst, a Jamaican radio caller, a Nairobi primary teacher, a Kisumu
  // grandmother, a Kenyan nurse in Doha, a Reddit user, a Cap-Haitien priest), measured once: 180/240, 14 (its start:
  // 178, 14). After learning from those too (the authority to act kept apart from an authorisation, "under whose
  // authority", "the man chairing it", "in which town", "boys in blue", "how many … other countries"), eight more held
  // out until then, 290-297 (a retired Mombasa judge, a Lisbon travel blogger, a Nairobi bank clerk, an Ohio geography
  // teacher, a Haitian taxi driver in Brooklyn, a Johannesburg data journalist, a Nairobi seminarian, a Gonaives radio
  // volunteer), measured once: 177/240, 14 (its start: 177, 14). Then "first okay sending them", "the troubles it is
  // meant to address", "a temporary council". Next session, 298-305 (a Liverpool hospital porter, a Toronto debate
  // coach, a retired Eldoret postman, a Port-au-Prince human-rights lawyer, a Cape Town librarian, a Mombasa truck
  // driver, an Australian backpacker, a retired diplomat in Addis Ababa), measured on arrival: 185/240, 16. Then "which
  // city" answered by a town's name only, not a country's (WordNet's instances), a question about the future ranked
  // to the passage that says "will", a body described by its own name's words, "who did he meet" as whom he engaged,
  // "the guy heading X", a site as a channel. Held out until those were done, 306-313 (a Nakuru school bus driver, a
  // Dublin history teacher, a Haitian nurse in Miami, a retired Nairobi civil servant, a Toronto student's study
  // guide, a farmer near Eldoret on the radio, an Accra sub-editor's fact checks, a Kenyan high-school debater),
  // measured once: 203/240, 11 (its start: 202, 11). Next session, "the president's full name" as the one the
  // knowledge calls president most often, a post's signature as its byline, "the guy" as someone spoken of, quiz
  // marks, "the number of gangs", "how many Haitian police", "be over", "anyone else" as whom, "who commands", and
  // "ordinary Haitians" as the people. Held out until those were done, 314-321 (a Haitian-American church volunteer
  // in Brooklyn, a Kisumu law student, a Canadian peacekeeping veteran, a Nairobi minibus conductor, a Paris-based
  // journalist, a Ugandan radio host, a retired British police inspector, an American civics teacher), measured
  // once: 199/240, 17 (its start: 199, 18). Next session, 322-325 and 330-333 were studied while working (a Haitian
  // nurse in Miami, a Kenyan debate coach, a German conflict-studies student, a Nigerian commentator with Pidgin, a
  // Congolese peacekeeping analyst, a Nairobi matatu driver in Sheng, a Haitian-American high-school student, a
  // Canadian parliamentary librarian): 200/240, 13 (its start: 183, 13), after lead-ins ("quick one", "sorry dumb
  // question but", "my cousin told me", a label before a colon), a statement's frame words, "not" as a light word
  // and the aliases push, local police, Haitian force, congratulate. Held out until those were done, 326-329 and
  // 334-337 (a retired US Army logistics officer, a Kenyan MP's research aide, a Jamaican call-in listener, an Indian
  // data journalist, a Brazilian journalist, a Kenyan grandmother through her grandson, a Trinidadian lecturer, an
  // Eastleigh community organiser), measured once: 177/240, 13 (its start: 173, 14). Written after those were
  // measured and measured once with no change after, 338-345 (a Haitian pastor in Montreal, a Kenyan student on X, a
  // retired British journalist, a Ghanaian geography teacher, a US National Guard veteran, a Dominican Republic
  // resident, a Kenyan officer's wife in Nakuru, a Swedish NGO worker): 186/240, 20 (its start: 182, 18). Next session,
  // 346, 347, 350, 351 and 354-361 were studied (a Filipino nurse in Dubai, a Kenyan opposition aide, a Kenyan primary
  // teacher, a Mexican think-tank intern, a Kenyan nurse in Minnesota, a Haitian law student, a Ugandan radio host, a
  // retired British diplomat, a Kenyan WhatsApp tech-bro, a Canadian debate coach, a Jamaican police sergeant, a
  // Venezuelan migrant): 316/480, 15 (its start: 293, 23). Held out, 348, 349, 352, 353 (a Haitian taxi-moto driver
  // through his cousin, a retired Irish peacekeeper, a Rwandan journalist, a teenage gamer) and 362-369, written while
  // the engine changed and measured once after its last change (a Haitian-Canadian nurse, a retired Kenyan police
  // inspector, a French exchange student, an American podcast producer, a Bahamian civil servant, a Kenyan Form 3
  // student, a Nigerian journalist, an Indian engineer): 289/480, 24 (its start: 284, 23). Next session, 370-377 were
  // studied (a Ghanaian pastor, a German PhD student, a Mombasa boda-boda rider, a Haitian grandmother in Miami through
  // her grandson, a Brazilian veteran of the earlier UN mission, a US congressional staffer, a sceptical Kenyan student
  // activist, an Australian backpacker): 182/320, 15 (its start: 170, 16). Held out and measured once after the last
  // change, 378-385 (a Dominican border guard, a Kenyan journalism intern, a South African security analyst, a
  // Trinidadian teacher, an Eastleigh shopkeeper, a Japanese researcher in Nairobi, a Kenyan police recruit's mother, a
  // Chinese student in London): 195/320, 20 (its start: 190, 20): the floors below.
  it.each([
    ['unseen-4', 26, 0, 4],
    ['unseen-5', 27, 0, 5],
    ['unseen-6', 29, 0, 4],
    ['unseen-7', 27, 2, 4],
    ['unseen-8', 29, 0, 4],
    ['unseen-9', 29, 0, 4],
    ['unseen-10', 26, 0, 4],
    ['unseen-11', 28, 0, 4],
    ['unseen-12', 29, 1, 4],
    ['unseen-13', 29, 0, 4],
    ['unseen-14', 26, 2, 4],
    ['unseen-15', 26, 2, 4],
    ['unseen-16', 26, 1, 4],
    ['unseen-17', 27, 0, 4],
    ['unseen-18', 29, 1, 5],
    ['unseen-19', 26, 1, 5],
    ['unseen-20', 25, 0, 4, 36],
    ['unseen-21', 26, 1, 4],
    ['unseen-22', 30, 0, 5],
    ['unseen-23', 28, 1, 5],
    ['unseen-24', 23, 2, 5],
    ['unseen-25', 29, 1, 5],
    ['unseen-26', 26, 2, 5],
    ['unseen-27', 27, 1, 5],
    ['unseen-28', 27, 0, 0],
    ['unseen-29', 26, 0, 0],
    ['unseen-30', 28, 0, 0],
    ['unseen-31', 20, 2, 0],
    ['unseen-32', 28, 0, 0],
    ['unseen-33', 25, 0, 0],
    ['unseen-34', 25, 2, 0],
    ['unseen-35', 29, 3, 0],
    ['unseen-36', 30, 0, 0],
    ['unseen-37', 25, 2, 0],
    ['unseen-38', 23, 2, 0],
    ['unseen-39', 25, 1, 0],
    ['unseen-40', 25, 0, 0],
    ['unseen-41', 21, 2, 0],
    ['unseen-42', 28, 1, 0],
    ['unseen-43', 21, 2, 0],
    ['unseen-44', 27, 3, 0],
    ['unseen-45', 28, 2, 0],
    ['unseen-46', 18, 0, 0],
    ['unseen-47', 20, 0, 0],
    ['unseen-48', 25, 2, 0],
    ['unseen-49', 21, 1, 0],
    ['unseen-50', 27, 0, 0],
    ['unseen-51', 25, 2, 0],
    ['unseen-52', 25, 1, 0],
    ['unseen-53', 28, 0, 0],
    ['unseen-54', 8, 0, 0],
    ['unseen-55', 27, 1, 0],
    ['unseen-56', 29, 0, 0],
    ['unseen-57', 28, 1, 0],
    ['unseen-58', 26, 2, 0],
    ['unseen-59', 14, 1, 0],
    ['unseen-60', 26, 0, 0],
    ['unseen-61', 24, 0, 0],
    ['unseen-62', 25, 3, 0],
    ['unseen-63', 16, 0, 0],
    ['unseen-64', 22, 1, 0],
    ['unseen-65', 20, 4, 0],
    ['unseen-66', 29, 0, 0],
    ['unseen-67', 25, 3, 0],
    ['unseen-68', 24, 1, 0],
    ['unseen-69', 24, 2, 0],
    ['unseen-70', 16, 2, 0],
    ['unseen-71', 23, 1, 0],
    ['unseen-72', 20, 6, 0],
    ['unseen-73', 28, 1, 0],
    ['unseen-74', 23, 4, 0],
    ['unseen-75', 19, 1, 0],
    ['unseen-76', 26, 1, 0],
    ['unseen-77', 21, 4, 0],
    ['unseen-78', 22, 2, 0],
    ['unseen-79', 27, 3, 0],
    ['unseen-80', 26, 0, 0],
    ['unseen-81', 26, 2, 0],
    ['unseen-82', 25, 1, 0],
    ['unseen-83', 29, 1, 0],
    ['unseen-84', 26, 1, 0],
    ['unseen-85', 24, 3, 0],
    ['unseen-86', 15, 1, 0],
    ['unseen-87', 24, 0, 0],
    ['unseen-88', 15, 1, 0],
    ['unseen-89', 16, 1, 0],
    ['unseen-90', 16, 1, 0],
    ['unseen-91', 27, 2, 0],
    ['unseen-92', 27, 1, 0],
    ['unseen-93', 25, 0, 0],
    ['unseen-94', 30, 0, 0],
    ['unseen-95', 29, 0, 0],
    ['unseen-96', 17, 0, 0],
    ['unseen-97', 26, 1, 0],
    ['unseen-98', 23, 0, 0],
    ['unseen-99', 5, 1, 0],
    ['unseen-100', 27, 0, 0],
    ['unseen-101', 25, 2, 0],
    ['unseen-102', 22, 0, 0],
    ['unseen-103', 28, 0, 0],
    ['unseen-104', 26, 1, 0],
    ['unseen-105', 23, 2, 0],
    ['unseen-106', 19, 0, 0],
    ['unseen-107', 28, 0, 0],
    ['unseen-108', 26, 1, 0],
    ['unseen-109', 23, 1, 0],
    ['unseen-110', 24, 3, 0],
    ['unseen-111', 22, 1, 0],
    ['unseen-112', 27, 2, 0],
    ['unseen-113', 16, 1, 0],
    ['unseen-114', 28, 0, 0],
    ['unseen-115', 28, 1, 0],
    ['unseen-116', 27, 1, 0],
    ['unseen-117', 19, 1, 0],
    ['unseen-118', 27, 0, 0],
    ['unseen-119', 16, 0, 0],
    ['unseen-120', 25, 4, 0],
    ['unseen-121', 22, 4, 0],
    ['unseen-122', 29, 0, 0],
    ['unseen-123', 24, 0, 0],
    ['unseen-124', 16, 4, 0],
    ['unseen-125', 16, 1, 0],
    ['unseen-126', 28, 0, 0],
    ['unseen-127', 18, 1, 0],
    ['unseen-128', 25, 1, 0],
    ['unseen-129', 26, 1, 0],
    ['unseen-130', 24, 1, 0],
    ['unseen-131', 23, 3, 0],
    ['unseen-132', 26, 0, 0],
    ['unseen-133', 25, 3, 0],
    ['unseen-134', 17, 3, 0],
    ['unseen-135', 21, 0, 0],
    ['unseen-136', 28, 1, 0],
    ['unseen-137', 23, 0, 0],
    ['unseen-138', 27, 1, 0],
    ['unseen-139', 25, 1, 0],
    ['unseen-140', 29, 1, 0],
    ['unseen-141', 25, 0, 0],
    ['unseen-142', 25, 1, 0],
    ['unseen-143', 28, 1, 0],
    ['unseen-144', 22, 2, 0],
    ['unseen-145', 26, 1, 0],
    ['unseen-146', 30, 0, 0],
    ['unseen-147', 26, 1, 0],
    ['unseen-148', 19, 2, 0],
    ['unseen-149', 21, 0, 0],
    ['unseen-150', 26, 1, 0],
    ['unseen-151', 25, 0, 0],
    ['unseen-152', 26, 1, 0],
    ['unseen-153', 18, 1, 0],
    ['unseen-154', 28, 0, 0],
    ['unseen-155', 27, 1, 0],
    ['unseen-156', 21, 6, 0],
    ['unseen-157', 26, 0, 0],
    ['unseen-158', 26, 0, 0],
    ['unseen-159', 29, 2, 0],
    ['unseen-160', 20, 0, 0],
    ['unseen-161', 15, 0, 0],
    ['unseen-162', 22, 0, 0],
    ['unseen-163', 22, 0, 0],
    ['unseen-164', 18, 0, 0],
    ['unseen-165', 15, 2, 0],
    ['unseen-166', 24, 1, 0],
    ['unseen-167', 27, 2, 0],
    ['unseen-168', 28, 1, 0],
    ['unseen-169', 23, 0, 0],
    ['unseen-170', 23, 1, 0],
    ['unseen-171', 27, 0, 0],
    ['unseen-172', 23, 0, 0],
    ['unseen-173', 17, 2, 0],
    ['unseen-174', 25, 1, 0],
    ['unseen-175', 29, 1, 0],
    ['unseen-176', 26, 2, 0],
    ['unseen-177', 27, 0, 0],
    ['unseen-178', 24, 1, 0],
    ['unseen-179', 19, 1, 0],
    ['unseen-180', 21, 3, 0],
    ['unseen-181', 29, 0, 0],
    ['unseen-182', 24, 0, 0],
    ['unseen-183', 28, 0, 0],
    ['unseen-184', 24, 1, 0],
    ['unseen-185', 24, 2, 0],
    ['unseen-186', 21, 1, 0],
    ['unseen-187', 26, 0, 0],
    ['unseen-188', 25, 1, 0],
    ['unseen-189', 27, 0, 0],
    ['unseen-190', 21, 4, 0],
    ['unseen-191', 24, 0, 0],
    ['unseen-192', 22, 2, 0],
    ['unseen-193', 12, 1, 0],
    ['unseen-194', 17, 3, 0],
    ['unseen-195', 28, 0, 0],
    ['unseen-196', 17, 1, 0],
    ['unseen-197', 17, 5, 0],
    ['unseen-198', 27, 1, 0],
    ['unseen-199', 20, 2, 0],
    ['unseen-200', 18, 3, 0],
    ['unseen-201', 20, 0, 0],
    ['unseen-206', 26, 0, 0],
    ['unseen-207', 29, 1, 0],
    ['unseen-208', 28, 1, 0],
    ['unseen-209', 28, 2, 0],
    ['unseen-202', 28, 1, 0],
    ['unseen-203', 28, 0, 0],
    ['unseen-204', 19, 3, 0],
    ['unseen-205', 20, 1, 0],
    ['unseen-216', 26, 0, 0],
    ['unseen-217', 24, 1, 0],
    ['unseen-210', 28, 2, 0],
    ['unseen-213', 19, 1, 0],
    ['unseen-214', 25, 2, 0],
    ['unseen-215', 27, 3, 0],
    ['unseen-211', 22, 0, 0],
    ['unseen-212', 24, 2, 0],
    ['unseen-218', 25, 0, 0],
    ['unseen-219', 19, 0, 0],
    ['unseen-220', 25, 0, 0],
    ['unseen-221', 28, 1, 0],
    ['unseen-222', 27, 2, 0],
    ['unseen-223', 26, 0, 0],
    ['unseen-224', 27, 2, 0],
    ['unseen-225', 24, 4, 0],
    ['unseen-226', 25, 3, 0],
    ['unseen-227', 18, 1, 0],
    ['unseen-228', 28, 1, 0],
    ['unseen-229', 29, 1, 0],
    ['unseen-230', 27, 1, 0],
    ['unseen-231', 22, 1, 0],
    ['unseen-232', 26, 0, 0],
    ['unseen-233', 26, 4, 0],
    ['unseen-234', 29, 0, 0],
    ['unseen-235', 22, 2, 0],
    ['unseen-236', 24, 2, 0],
    ['unseen-237', 24, 0, 0],
    ['unseen-238', 26, 0, 0],
    ['unseen-239', 23, 0, 0],
    ['unseen-240', 22, 0, 0],
    ['unseen-241', 30, 1, 0],
    ['unseen-242', 25, 1, 0],
    ['unseen-243', 26, 0, 0],
    ['unseen-244', 28, 1, 0],
    ['unseen-245', 30, 0, 0],
    ['unseen-246', 28, 2, 0],
    ['unseen-247', 25, 1, 0],
    ['unseen-248', 24, 2, 0],
    ['unseen-249', 23, 1, 0],
    ['unseen-250', 24, 1, 0],
    ['unseen-251', 27, 1, 0],
    ['unseen-252', 26, 3, 0],
    ['unseen-253', 30, 0, 0],
    ['unseen-254', 30, 2, 0],
    ['unseen-255', 26, 1, 0],
    ['unseen-256', 22, 0, 0],
    ['unseen-257', 30, 1, 0],
    ['unseen-258', 22, 2, 0],
    ['unseen-259', 19, 0, 0],
    ['unseen-260', 29, 0, 0],
    ['unseen-261', 28, 4, 0],
    ['unseen-262', 24, 3, 0],
    ['unseen-263', 28, 1, 0],
    ['unseen-264', 27, 0, 0],
    ['unseen-265', 30, 0, 0],
    ['unseen-266', 23, 1, 0],
    ['unseen-267', 28, 2, 0],
    ['unseen-268', 17, 0, 0],
    ['unseen-269', 25, 1, 0],
    ['unseen-270', 25, 1, 0],
    ['unseen-271', 23, 0, 0],
    ['unseen-272', 25, 1, 0],
    ['unseen-273', 28, 2, 0],
    ['unseen-274', 20, 2, 0],
    ['unseen-275', 28, 2, 0],
    ['unseen-276', 26, 1, 0],
    ['unseen-277', 29, 0, 0],
    ['unseen-278', 29, 0, 0],
    ['unseen-279', 26, 0, 0],
    ['unseen-280', 26, 0, 0],
    ['unseen-281', 21, 2, 0],
    ['unseen-282', 27, 2, 0],
    ['unseen-283', 22, 0, 0],
    ['unseen-284', 26, 0, 0],
    ['unseen-285', 23, 0, 0],
    ['unseen-286', 25, 1, 0],
    ['unseen-287', 30, 1, 0],
    ['unseen-288', 26, 1, 0],
    ['unseen-289', 28, 1, 0],
    ['unseen-290', 14, 3, 0],
    ['unseen-291', 22, 1, 0],
    ['unseen-292', 30, 0, 0],
    ['unseen-293', 21, 2, 0],
    ['unseen-294', 26, 1, 0],
    ['unseen-295', 27, 0, 0],
    ['unseen-296', 26, 2, 0],
    ['unseen-297', 26, 4, 0],
    ['unseen-298', 23, 5, 0],
    ['unseen-299', 25, 1, 0],
    ['unseen-300', 25, 2, 0],
    ['unseen-301', 24, 3, 0],
    ['unseen-302', 29, 0, 0],
    ['unseen-303', 25, 1, 0],
    ['unseen-304', 30, 0, 0],
    ['unseen-305', 19, 1, 0],
    ['unseen-306', 28, 1, 0],
    ['unseen-307', 28, 1, 0],
    ['unseen-308', 28, 2, 0],
    ['unseen-309', 24, 3, 0],
    ['unseen-310', 26, 0, 0],
    ['unseen-311', 26, 2, 0],
    ['unseen-312', 27, 0, 0],
    ['unseen-313', 29, 0, 0],
    ['unseen-314', 25, 2, 0],
    ['unseen-315', 25, 3, 0],
    ['unseen-316', 27, 0, 0],
    ['unseen-317', 28, 2, 0],
    ['unseen-318', 27, 2, 0],
    ['unseen-319', 29, 0, 0],
    ['unseen-320', 24, 1, 0],
    ['unseen-321', 24, 6, 0],
    ['unseen-322', 29, 1, 0],
    ['unseen-323', 26, 1, 0],
    ['unseen-324', 28, 0, 0],
    ['unseen-325', 25, 3, 0],
    ['unseen-326', 23, 1, 0],
    ['unseen-327', 26, 0, 0],
    ['unseen-328', 18, 3, 0],
    ['unseen-329', 25, 3, 0],
    ['unseen-330', 26, 0, 0],
    ['unseen-331', 18, 3, 0],
    ['unseen-332', 28, 2, 0],
    ['unseen-333', 25, 3, 0],
    ['unseen-334', 26, 1, 0],
    ['unseen-335', 20, 3, 0],
    ['unseen-336', 26, 0, 0],
    ['unseen-337', 25, 2, 0],
    ['unseen-338', 28, 1, 0],
    ['unseen-339', 27, 3, 0],
    ['unseen-340', 18, 2, 0],
    ['unseen-341', 29, 0, 0],
    ['unseen-342', 21, 5, 0],
    ['unseen-343', 23, 5, 0],
    ['unseen-344', 22, 3, 0],
    ['unseen-345', 25, 1, 0],
    ['unseen-346', 29, 1, 0],
    ['unseen-347', 26, 1, 0],
    ['unseen-348', 24, 4, 0],
    ['unseen-349', 25, 0, 0],
    ['unseen-350', 26, 1, 0],
    ['unseen-351', 28, 2, 0],
    ['unseen-352', 27, 1, 0],
    ['unseen-353', 22, 4, 0],
    ['unseen-354', 30, 0, 0],
    ['unseen-355', 29, 1, 0],
    ['unseen-356', 25, 3, 0],
    ['unseen-357', 19, 2, 0],
    ['unseen-358', 24, 3, 0],
    ['unseen-359', 29, 0, 0],
    ['unseen-360', 27, 1, 0],
    ['unseen-361', 29, 0, 0],
    ['unseen-362', 25, 2, 0],
    ['unseen-363', 25, 3, 0],
    ['unseen-364', 26, 1, 0],
    ['unseen-365', 26, 1, 0],
    ['unseen-366', 26, 2, 0],
    ['unseen-367', 25, 1, 0],
    ['unseen-368', 25, 1, 0],
    ['unseen-369', 26, 1, 0],
    ['unseen-370', 23, 2, 0],
    ['unseen-371', 25, 1, 0],
    ['unseen-372', 26, 3, 0],
    ['unseen-373', 24, 1, 0],
    ['unseen-374', 19, 3, 0],
    ['unseen-375', 22, 0, 0],
    ['unseen-376', 21, 3, 0],
    ['unseen-377', 22, 2, 0],
    ['unseen-378', 25, 4, 0],
    ['unseen-379', 27, 2, 0],
    ['unseen-380', 25, 1, 0],
    ['unseen-381', 28, 1, 0],
    ['unseen-382', 21, 3, 0],
    ['unseen-383', 25, 2, 0],
    ['unseen-384', 19, 5, 0],
    ['unseen-385', 27, 1, 0],
  ] as const)('%s: at least %i right, at most %i mistakes, its run of off-topic questions refused', async (file, right, mistakes, offTopic, from: number = 30) => {
    const questions = await readQuestionSet(`${QUESTIONS}/${file}.json`);
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    const r = evaluate(engine, questions);
    expect(r.answeredRight).toBeGreaterThanOrEqual(right);
    expect(r.wrongAnswers + r.answeredUnanswerable).toBeLessThanOrEqual(mistakes);
    for (const q of questions.slice(from, from + offTopic)) expect(engine.ask(q.q).answered, q.q).toBe(false);
  });

  it('meets a frame word ("which month") with the kind of answer even where a look-alike by meaning ("last") is found', () => {
    const knowledge = knowledgeOf(['The council approved the plan in October last year.', 'The council met the traders last week.', 'Farmers expect rain in the coming weeks.']);
    const engine = AnswerEngine.build(knowledge, { vectors });
    const a = engine.ask('In which month did the council approve the plan?');
    expect(a.answered).toBe(true);
    expect(a.quote).toBe('The council approved the plan in October last year.');
  });

  it('ranks a passage that says the same in other words first only with the semantic signal', async () => {
    const knowledge = knowledgeOf([
      'Police stopped the delegation shipment at the Mombasa port on Monday.',
      'Police stopped the delegation vehicle at the Malaba border on Monday.',
      'The council met in Nairobi to discuss the budget for the coming year.',
      'Officers from three counties joined the patrol along the coast road.',
    ]);
    const top = (e: AnswerEngine) => {
      const a = e.ask('Where did police stop the delegation car on Monday?');
      return (a.best ?? a.suggestions[0])?.quote;
    };
    expect(top(AnswerEngine.build(knowledge, { vectors }))).toContain('vehicle');
    expect(top(AnswerEngine.build(knowledge, { vectors: null }))).not.toContain('vehicle');
  });

  it('matches a more specific word only when WordNet and the vectors agree, and only next to no gap', async () => {
    const knowledge = knowledgeOf([
      'During the tour, the governor commended the nurses of the county hospital.',
      'The governor opened a new bridge over the river in March.',
      'Farmers in the valley urged the council to repair the irrigation canals.',
    ]);
    const withVectors = AnswerEngine.build(knowledge, { vectors });
    const lexical = AnswerEngine.build(knowledge, { vectors: null });
    // praise → commended, encourage → urged: no word in common, only the meaning.
    for (const [q, expected] of [
      ['Whom did the governor praise during the tour?', 'nurses'],
      ['Whom did the farmers encourage?', 'irrigation'],
    ] as const) {
      const a = withVectors.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.quote, q).toContain(expected);
      expect(lexical.ask(q).answered, q).toBe(false);
    }
    // The same looser word next to a question word the passage lacks ("salary") is a guess: refused.
    expect(withVectors.ask('Which salary did the governor praise during the tour?').answered).toBe(false);
  });

  it('takes no related word from a rare sense: a currency is money, not "the state of being current"', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    // The news speaks of "the current relative calm".
    expect(engine.ask("What is Haiti's currency called these days?").answered).toBe(false);
  });

  it('takes a rarer WordNet sense as a looser word when the vectors confirm it (quiet → calm)', async () => {
    const knowledge = knowledgeOf(['The mayor urged traders to use the relative calm to reopen the market.', 'The governor opened a new bridge in March.', 'Farmers asked for cheaper seeds.']);
    const q = 'What did the mayor urge traders to do while things are quiet?';
    const a = AnswerEngine.build(knowledge, { vectors }).ask(q);
    expect(a.quote).toContain('relative calm');
    // "Calm" counts as lexical evidence only where the vectors confirm it.
    const lexical = AnswerEngine.build(knowledge, { vectors: null }).ask(q);
    expect(a.best!.lexicalScore).toBeGreaterThan(lexical.answered ? lexical.best!.lexicalScore : lexical.suggestions[0]!.lexicalScore);
    // A comparative is confirmed by its plain adjective: "quieter" is as much "calm" as "quiet" is.
    const quieter = AnswerEngine.build(knowledge, { vectors }).ask('What did the mayor urge traders to do while things are quieter?');
    expect(quieter.best?.lexicalScore ?? 0).toBeCloseTo(a.best!.lexicalScore, 5);
  });

  it('asks a little less of a long question of several clauses', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    // Eleven concepts, of which the passage says six: "legal grounds", "find", "lacked" are the asker's words.
    expect(engine.ask('On what legal grounds did the court find that the executive lacked authority to deploy officers abroad?').quote).toContain('without a prior bilateral agreement');
    // Not a yes/no question, which states a whole claim: "parliament" and "vote" are not said.
    expect(engine.ask("Did Kenya's parliament vote to approve the extra 600 officers before Ruto committed them?").answered).toBe(false);
    // The same words with the one point the passage lacks as the whole question: refused.
    expect(engine.ask('On what moral grounds did the court sit?').answered).toBe(false);
  });

  it('lets a looser word count beside a small gap, not beside several', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    // praise → commended; "officers" is said as "contingent": a fifth of the question missing at most.
    expect(engine.ask('Did Ruto praise the Kenyan officers during his tour?').quote).toContain('commended the Kenyan contingent');
    // judge → approved beside three missing words (high, issued, declared): no answer.
    expect(engine.ask('Which Kenyan High Court judge issued the ruling that declared the deployment unconstitutional?').answered).toBe(false);
    // Nor beside none: a judge is the role asked for, and only the word names it.
    expect(engine.ask('Which judge made the January 2024 ruling against the deployment?').answered).toBe(false);
  });

  it('weighs a word no dictionary knows little, and a real word the knowledge lacks fully', async () => {
    const engine = AnswerEngine.build(knowledgeOf(['The governor opened the new bridge in March.', 'Farmers asked for cheaper seeds.', 'The council met in Nakuru.']), { vectors });
    // "zqxwv vbnmq" are in no dictionary: slips of the keyboard, not the point of the question.
    expect(engine.ask('When did the governor open the bridge zqxwv vbnmq?').answered).toBe(true);
    // "collapse" is a real word the knowledge lacks: the question is about something else.
    expect(engine.ask('When did the bridge collapse?').answered).toBe(false);
  });

  it('refuses a question about a name the knowledge does not know, written inside a sentence', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    // "Biden" is a name the vectors know and no passage says: the meeting asked about is not in the news.
    expect(engine.ask('Did Ruto meet Biden in New York at the UN?').answered).toBe(false);
    expect(engine.ask('After that UN meeting in New York, did Ruto meet President Biden there or not?').answered).toBe(false);
    // Not a word opening a sentence, a month, one of the asker's options, a word of a longer name or a people's adjective.
    expect(engine.ask('When was the first contingent flagged off, was it June or July 2024?').quote).toContain('June 24, 2024');
    expect(engine.ask('What was the strength of the initial contingent dispatched by the East African country?').quote).toContain('first group of 400');
    expect(engine.ask('Good evening: how many extra Kenyan cops did the African president promise to send to Haiti?').quote).toContain('600 more');
  });

  it('reads the news words for a court blocking and officers dispatched, and "beyond" as besides', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    expect(engine.ask('When did the Kenyan court block it?').quote).toContain('delayed by a Kenyan court decision');
    expect(engine.ask('How big was the initial Kenyan police contingent dispatched to Haiti?').quote).toContain('first group of 400');
    expect(engine.ask('Interlocutors beyond the TPC?').quote).toContain('other stakeholders');
    // "Went ahead to state" goes nowhere: the visit's purpose is where the going is.
    expect(engine.ask('Why him did go a Haiti inna di first place?').quote).toContain('to assess the progress');
    // A journey is a trip.
    expect(engine.ask("What was the principal object of the President's journey to Haiti?").quote).toContain('to assess the progress');
    // "The General Assembly session" is the Assembly.
    expect(engine.ask('In which city was the General Assembly session at which the President intended to raise Haiti convening?').quote).toContain('New York');
  });

  it('still refuses off-topic questions with the semantic signal on', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE], vectors);
    for (const q of ['What is the best pizza in Naples?', 'How do I repair a bicycle tyre?', 'Which team won the football league?', 'What is the weather in Paris tomorrow?']) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
  });

  it('answers the development questions as well with look-alike sources added, and refuses what the news lacks', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE, 'test/fixtures/lookalike'], vectors);
    const dev = evaluate(engine, await readQuestionSet(`${QUESTIONS}/dev-questions.json`));
    // Measured 17/18 right, no wrong answer, every off-topic question refused (16/18 and 2 wrong answers before
    // each passage was judged within its own source and a tie between sources was asked about).
    expect(dev.answeredRight).toBeGreaterThanOrEqual(17);
    expect(dev.wrongAnswers + dev.answeredUnanswerable).toBe(0);
    // The held-out set's questions the news does not answer ("what is the budget of the MSS?"): 3 of them
    // answered from the look-alike sources when last measured, 10 before.
    const heldout = evaluate(engine, await readQuestionSet(`${QUESTIONS}/heldout.json`));
    expect(heldout.answeredUnanswerable).toBeLessThanOrEqual(3);
  });

  it('still cites the right source with look-alike sources added', async () => {
    const engine = await engineFor([SHIPPED_KNOWLEDGE, 'test/fixtures/lookalike'], vectors);
    const questions = await readQuestionSet(`${QUESTIONS}/lookalike.json`);
    let rightSource = 0;
    let answerable = 0;
    let refused = 0;
    for (const q of questions) {
      const a = engine.ask(q.q);
      if (q.expect.length === 0) {
        if (!a.answered) refused++;
        continue;
      }
      answerable++;
      if (a.answered && a.citation?.sourceId === q['source']) rightSource++;
    }
    expect(rightSource / answerable).toBeGreaterThanOrEqual(0.8);
    // Near-topic questions no source answers (the budget, deaths, votes…): 12 of 12 refused when last measured
    // (9 before each passage was judged within its own source).
    expect(refused).toBeGreaterThanOrEqual(12);
    for (const q of ['What is the best pizza in Naples?', 'How tall is Mount Kilimanjaro?', 'Who won the 2022 FIFA World Cup?']) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
  });
});
