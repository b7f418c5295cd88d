import { describe, expect, it } from 'vitest';
import { lemmaOf, plainQuestion, normalize, positiveOf, termOf, terms, words } from '../../src/engine/text.js';

describe('lemmaOf', () => {
  it('finds the verb of a past in -ied the lemmatizer lacks ("readied" → ready), and leaves other words', () => {
    expect(lemmaOf('readied')).toBe('ready');
    expect(lemmaOf('carried')).toBe('carry');
    expect(lemmaOf('visited')).toBe('visit');
  });
});

describe('words', () => {
  it('folds typographic quotes and apostrophes to what people type', () => {
    expect(words('“Ruto’s visit”')).toEqual(words('"Ruto\'s visit"'));
    expect(words('Kenya’s deployment')).toEqual(['kenya', 'deployment']);
  });

  it('keeps hyphenated names, numbers, dates and handles whole', () => {
    expect(words('Port-au-Prince')).toEqual(['port-au-prince']);
    expect(words('600 officers, Resolution 2699, June 24, 2024')).toEqual(['600', 'officers', 'resolution', '2699', 'june', '24', '2024']);
    expect(words('2,500 recruits')).toEqual(['2500', 'recruits']);
    expect(words('(@WilliamsRuto) said')).toEqual(['@williamsruto', 'said']);
  });

  it('splits domains into words and joins dotted acronyms', () => {
    expect(words('pic.twitter.com/4BGGSZd6gM')).toEqual(['pic', 'twitter', 'com', '4bggszd6gm']);
    expect(words('the U.N. said')).toEqual(['the', 'un', 'said']);
    expect(words('24.5 percent')).toEqual(['24.5', 'percent']);
  });

  it('drops identifiers: digit runs longer than any count or date', () => {
    expect(words('<@&123456789012345678> 600 officers')).toEqual(['600', 'officers']);
  });

  it('drops zero-width and direction marks', () => {
    expect(words('Ha\u200Biti\u202E')).toEqual(['haiti']);
    expect(normalize('ＭＳＳ')).toBe('mss');
  });

  it('reads a backtick as an apostrophe, in plain ASCII too', () => {
    expect(normalize('Ruto`s post')).toBe("ruto's post");
    expect(words('Ruto`s post')).toEqual(['ruto', 'post']);
  });
});

describe('terms', () => {
  it('drops stop words but keeps words that decide answers', () => {
    expect(terms('What is the name of the first group?')).toEqual(['name', 'first', 'group']);
    expect(terms('How many more officers')).toEqual(['more', 'offic']);
    // "Whether", like "if", only opens a clause: "did they decide whether it was legal" asks nothing of a "whether".
    expect(terms('whether it was legal')).toEqual(['legal']);
    // A final s that is the word's own stays: "news" is not the "new" of "New York".
    expect(terms('news series officers')).toEqual(['news', 'series', 'offic']);
  });

  it('drops contractions typed without their apostrophe and words that only colour a question', () => {
    expect(terms('whats the aim, actually?')).toEqual(['aim']);
    expect(terms('when did he go, like what day')).toEqual(['go', 'dai']);
    // "Cite" is a verb of saying, like "mention": "the resolution he cited".
    expect(terms('which resolution he cited')).toEqual(['resolut']);
    expect(terms(plainQuestion('the court said no because why, im asking bc of the law etc'))).toEqual(terms('the court said no why, asking of the law'));
    expect(terms('is kenya honestly sending even more cops')).toEqual(['kenya', 'send', 'more', 'cop']);
    expect(terms('what did the council originally decide, per the mayor')).toEqual(['council', 'decid', 'mayor']);
    expect(terms('push the leaders towards change amid the calm')).toEqual(['push', 'leader', 'chang', 'calm']);
    expect(terms('Isn’t it true?')).toEqual(['true']);
  });

  it('reads an ordinal day as its number', () => {
    expect(terms('on the 21st')).toEqual(terms('September 21').slice(1));
    expect(terms('the 3rd and 24th')).toEqual(['3', '24']);
  });

  it('gives a one-syllable verb its silent e back only when the consonant was not doubled', () => {
    expect(termOf('hoping')).toBe(termOf('hope'));
    // "On what ground": a ground, not the past of grind.
    expect(termOf('ground')).toBe(termOf('grounds'));
    expect(termOf('hoped')).toBe(termOf('hope'));
    expect(termOf('hopping')).toBe(termOf('hop'));
    expect(termOf('hoping')).not.toBe(termOf('hop'));
    expect(termOf('visiting')).toBe(termOf('visit'));
  });

  it('joins irregular forms and British spellings', () => {
    expect(termOf('met')).toBe(termOf('meet'));
    expect(termOf('led')).toBe(termOf('lead'));
    expect(termOf('authorised')).toBe(termOf('authorized'));
    expect(termOf('officers')).toBe(termOf('officer'));
  });

  it('keeps the authority to act apart from an authorisation, which the Porter stem joins', () => {
    expect(terms('authority authorities')).toEqual(['authoriti', 'authoriti']);
    expect(terms('authorised authorized authorisation')).toEqual(['author', 'author', 'author']);
    // Acting "under the authority of" a body is acting as it authorised.
    expect(plainQuestion('Under whose authority do they go?')).toBe('authorised by whom do they go?');
  });

  it('indexes a hyphenated name as a whole and by its parts', () => {
    const t = terms('Port-au-Prince');
    expect(t).toContain(terms('PortauPrince')[0]);
    expect(t).toEqual(expect.arrayContaining(terms('Port Prince')));
  });

  it('keeps the handle and its bare name', () => {
    expect(terms('@WilliamsRuto')).toEqual(['@williamsruto', termOf('williamsruto')]);
  });

  it('gives the plain form of comparatives and superlatives, and leaves other words alone', () => {
    expect(positiveOf('quieter')).toBe('quiet');
    expect(positiveOf('biggest')).toBe('big');
    expect(positiveOf('officer')).toBe('officer');
  });

  it('reads "be over" at the end of a clause as an end, and "over there" as the place it is', () => {
    expect(plainQuestion('When will the strike be over?')).toBe('When will the strike end?');
    expect(plainQuestion('the strike, when will it all be over, then?')).toBe('the strike, when will it all end, then?');
    expect(plainQuestion('Who are the nurses helping over there?')).toBe('Who are the nurses helping over there?');
  });

  it('drops a quiz question\'s marks and its "state" or "give" of an exam paper, not a state or a gift it asks about', () => {
    expect(plainQuestion('State the date the clinic opened. (2 marks)')).toBe('the date the clinic opened.');
    expect(plainQuestion('Give the name of the governor [1 pt]')).toBe('the name of the governor');
    expect(plainQuestion('Which state did the governor visit?')).toBe('Which state did the governor visit?');
    expect(plainQuestion('State police arrested whom?')).toBe('State police arrested whom?');
  });

  it('spells out chat shorthand standing alone, not inside other words or names', () => {
    expect(plainQuestion('wat r the ppl n govt doing re haiti')).toBe('what are the people and government doing about haiti');
    expect(plainQuestion('the @ of the acc, acc to the post on fb or insta')).toBe('the @ of the account, according to the post on facebook or instagram');
    // "What sort of", "which type of" ask what "what kind of" asks; "the top man" is the leader; "a good name" a reputation.
    expect(plainQuestion('what sort of change? which type of court?')).toBe('what kind of change? which kind of court?');
    expect(plainQuestion('who is the top man of the council, the head man?')).toBe('who is the leader of the council, the leader?');
    expect(plainQuestion('does kenya have a good name in peacemaking')).toBe('does kenya have a good reputation in peacemaking');
    expect(plainQuestion('what should they make the most of, or capitalise on?')).toBe('what should they take advantage of, or take advantage of?');
    // "The Haitian authorities" are its leaders; "the top cop" a police chief; the commander-in-chief the president.
    expect(plainQuestion('what did he tell the Haitian authorities? who is the top cop?')).toBe('what did he tell the Haitian leaders? who is the police chief?');
    // "A site visit" is a visit, no web site.
    expect(plainQuestion("Date of the mayor's site visit?")).toBe("Date of the mayor's visit?");
    expect(plainQuestion('did the commander-in-chief go?')).toBe('did the president go?');
    expect(plainQuestion('how many of our boys and girls in blue went?')).toBe('how many of our police officers went?');
    // "By what means" asks how; "a little more quiet" is more quiet.
    expect(plainQuestion('By what means did he say it, now it is a little more quiet?')).toBe('how did he say it, now it is more quiet?');
    // "He'll", "they'd": a pronoun and its will or would; "wat's" is "what's".
    expect(plainQuestion("how many will he'll send? they’d go? wat's the date?")).toBe('how many will he will send? they would go? what is the date?');
    // Swahili and Sheng fillers, and "-ish".
    expect(terms(plainQuestion('Sasa wasee, is it quiet-ish there, jamani?'))).toEqual(['quiet']);
    expect(terms(plainQuestion('ni kweli prezzo visited huko Haiti tena?'))).toEqual(['presid', 'visit', 'haiti']);
    expect(terms(plainQuestion('Nani ni rais wa Haiti? mahakama ilisema nini kuhusu maafisa?'))).toEqual(terms('who president of Haiti? court say what about officers?'));
    expect(terms(plainQuestion('korti ilisema nini? nchi zingine?'))).toEqual(terms('court say what? other countries?'));
    expect(terms(plainQuestion('unga meeting iko wapi mwaka huu'))).toEqual(terms('unga meeting is where year this'));
    // Slang for praise.
    expect(terms(plainQuestion('did he give the officers a shoutout'))).toEqual(terms('did he give the officers praise'));
    expect(plainQuestion('who did he say well done to?')).toBe('who did he praise?');
    // French and Spanish words mixed in, read in English; their articles ask nothing.
    expect(terms(plainQuestion('Cuándo fue que Ruto visitó a los policías kenianos en Haití?'))).toEqual(terms('when was Ruto visited police Kenyan in Haiti'));
    expect(terms(plainQuestion('Who leads le Conseil présidentiel de transition? Pourquoi?'))).toEqual(terms('who leads council presidential transition why'));
    // French elisions, when the word after one is read here ("l'ONU", "d'autres", "qu'il"); names keep theirs.
    expect(terms(plainQuestion("À part le CPT, il a parlé avec d'autres gens là-bas? Le nom du chef qu'il a rencontré?"))).toEqual(terms('besides CPT, he spoke with other people there? name of the head he met?'));
    expect(terms(plainQuestion("Le déploiement approuvé par l'ONU à quel moment, samedi ou dimanche?"))).toEqual(terms('deployment approved by UN when, Saturday or Sunday?'));
    expect(terms(plainQuestion("Quel était le but de son voyage? L'Assemblée se tient où?"))).toEqual(terms('which was the purpose the son voyage? Assembly is held where?'));
    expect(plainQuestion("Côte d'Ivoire sent l'equipe?")).toBe("Côte d'Ivoire sent l'equipe?");
    expect(terms(plainQuestion('Le premier contingent? cette mission-là, pour quoi? Cuáles son los problemas cités?'))).toEqual(terms('the first contingent? mission, for what? which are problems?'));
    // Spanish of Central America: "jefe de Estado", "luz verde", "codo a codo", fillers ("fíjese", "va pues").
    expect(terms(plainQuestion('Fíjese, ¿en qué mes dieron luz verde? ¿A quién felicitó el jefe de Estado durante su recorrido, va pues?'))).toEqual(terms('in which month gave green light? who commended head of state during his tour?'));
    expect(terms(plainQuestion('¿Con quiénes trabajan codo a codo los agentes kenianos allá?'))).toEqual(terms('with whom work side by side officers Kenyan there?'));
    // Spanish typed without accents: "que" opening a question asks what; Caribbean "pa'" is "para".
    expect(terms(plainQuestion("Que significan las siglas MSS? En que ciudad se junto Ruto? Cuando salio el primer contingente pa' Haiti?"))).toEqual(terms('what mean letters MSS? in which city met Ruto? when left first contingent for Haiti?'));
    // French "M." before a name is a title; "a bit", "likkle bit" measure what follows; Caribbean "weh" is where.
    expect(terms(plainQuestion("Que dit M. Ruto de l'expérience du Kenya ?"))).toEqual(terms('what says Ruto of experience Kenya'));
    expect(terms(plainQuestion('is it a bit calmer? tings quiet likkle bit? weh him post it?'))).toEqual(terms('is it calmer? things quiet? where him post it?'));
    // A parliament's forms address the House and the record, and ask nothing.
    expect(terms(plainQuestion('Mr. Speaker Sir, on which date did the Governor visit Turkana, for the Hansard?'))).toEqual(terms('which date Governor visit Turkana?'));
    expect(terms(plainQuestion('With utmost respect, may the Committee be informed of the number of nurses sent? Kindly elaborate for the Honourable Members.'))).toEqual(terms('number of nurses sent?'));
    expect(terms(plainQuestion('Pursuant to the Statement, may the House know which clinic opened, Honourable Chair?'))).toEqual(terms('which clinic opened?'));
    // Spanish typed in a hurry ("q", "xq", "al frente de"); in a Spanish question "pa" is "para", not Kreyòl "not".
    expect(terms(plainQuestion('oye, xq la corte paro el envio? y cuantos agentes q van a mandar pa Haiti?'))).toEqual(terms('why court stopped sending? how many officers will send for Haiti?'));
    expect(terms(plainQuestion('quien esta al frente de ese consejo?'))).toEqual(terms('who leads that council?'));
    expect(terms(plainQuestion('Ruto pa t di sa?'))).toContain('not');
    // German mixed in: its articles and tags ask nothing; "die", "was", "war" stay English.
    expect(terms(plainQuestion('Who is leading the council, wie heißt der Präsident? Das Gericht, ja oder nein?'))).toEqual(terms('who is leading the council, what is the name of president? court?'));
    expect(terms(plainQuestion('Why did Ruto go überhaupt, what was the Zweck? In which Stadt?'))).toEqual(terms('why did Ruto go, what was the purpose? in which city?'));
    expect(terms(plainQuestion('How many Polizisten will die in the war?'))).toEqual(terms('how many police officers will die in the war?'));
    // Chat slang: "gas up" is praise, "link up" meeting, "pull up" going; "tf" opening a question is "what".
    expect(terms(plainQuestion('did he gas up the officers? who did he link up w? what day did he pull up to haiti, why tf'))).toEqual(terms('did he praise the officers? who did he meet with? what day did he go to haiti, why'));
    expect(plainQuestion('tf does he want')).toBe('what does he want');
    expect(terms(plainQuestion('which day did he show up in haiti? which platform for the comms?'))).toEqual(terms('which day did he go in haiti? which platform for the communication?'));
    // An acronym of the knowledge spelt letter by letter, typed or transcribed; other letters stay ("r u").
    const acronyms = new Set(['un', 'mss']);
    expect(plainQuestion('what does em ess ess mean? did the u n or the U.N. approve it? r u sure', acronyms)).toBe('what does MSS mean? did the UN or the UN approve it? are you sure');
    // Memo shorthand.
    expect(terms(plainQuestion("Location of mtg w/ add'l police?"))).toEqual(terms('location of meeting with additional police?'));
    // Formal French: the inverted pronoun ("a-t-il", "travaillent-ils") says nothing; "un" before a noun is no UN.
    expect(terms(plainQuestion('Quel pays est à la tête de la mission ? Un tribunal a-t-il contesté le déploiement ? Les policiers travaillent-ils seuls ?'))).toEqual(terms('which country is leading the mission? a tribunal challenged deployment? police officers work alone?'));
    // Spoken and Québécois French: "-tu" and "est-ce qu'" make a question and say nothing, "qu'est-ce que" is what; fillers ask nothing.
    expect(terms(plainQuestion("Il a-tu félicité quelqu'un? Est-ce qu'il a rencontré d'autre monde, au juste?"))).toEqual(terms('he commended someone? he met other people?'));
    expect(terms(plainQuestion("Qu'est-ce qu'il leur a conseillé? Y'avait combien de policiers dedans, en gros?"))).toEqual(terms('what he their advised? there was how many police officers in it?'));
    expect(terms(plainQuestion('Ruto est resté combien de temps à Port au Prince?'))).toEqual(terms('Ruto stayed how long to Port-au-Prince?'));
    // An acronym loses its elision: "l'UNGA" is the UNGA.
    expect(terms(plainQuestion("C'est juste un pays parmi d'autres à l'UNGA?"))).toEqual(terms('is just a country among other to UNGA?'));
    // Typed without accents, as often: "quien", "mision"; a word that is then English ("a part", "aide") stays English.
    expect(terms(plainQuestion('Quien lidera la mision? cuantos policias went in the primer grupo, la razón?'))).toEqual(terms('who leads mission? how many police went in the first group, reason?'));
    expect(plainQuestion('is Kenya a part of it? is the aide there?')).toBe('is Kenya a part of it? is the aide there?');
    expect(terms(plainQuestion('Qual o nome do juiz que declarou a missão inconstitucional?'))).toEqual(terms('which name of the judge declared mission unconstitutional?'));
    // Portuguese too; where French or Spanish read a word otherwise, they keep it ("mais" is "but"), and so does Swahili "nao".
    expect(terms(plainQuestion('Quantos policiais foram no primeiro grupo e quando eles partiram? Onde fica a Assembleia Geral?'))).toEqual(terms('how many police officers were no first group when they left? where fica General Assembly?'));
    expect(terms(plainQuestion('mais pourquoi? alikutana nao'))).toEqual(terms('but why? meet'));
    expect(terms(plainQuestion('Segundo o Ruto, a missão está dando resultado ou não? e os líderes?'))).toEqual(terms('according to Ruto, mission is yielding results? leaders?'));
    // A quote mark around a word is no part of it: "'últimas semanas'" is read; "l'equipe", "don't" stay whole.
    expect(terms(plainQuestion("Ruto fala de aproveitar as 'últimas semanas'"))).toEqual(terms('Ruto speaks the take advantage of as last weeks'));
    // A word that is also English keeps its English sense: "the premier", "a primer", "an aide".
    expect(terms(plainQuestion('Did the premier send an aide? any comment, or a dire terrain?'))).toEqual(terms('Did the premier send an aide? any comment, or a dire terrain?'));
    expect(terms(plainQuestion('Who is the Premier ministre?'))).toEqual(terms('prime minister'));
    // Thanks and polite words in any language ask nothing.
    expect(terms(plainQuestion('Ruto want what from our leaders? Mèsi. Thank you, asante sana, kindly explain'))).toEqual(['ruto', 'want', 'leader', 'explain']);
    // West African Pidgin: its markers ask nothing; "go" and "for" keep their English sense.
    expect(terms(plainQuestion('Wetin be the aim of this ting? How many police dey the first batch wey Kenya send go Haiti sef?'))).toEqual(terms('what is the aim of this? how many police the first batch that Kenya send go Haiti?'));
    expect(terms(plainQuestion('Him hail the officers?'))).toEqual(terms('praise the officers'));
    expect(terms(plainQuestion('which country dey lead the force self? e put PhD? the aim vis-a-vis the police'))).toEqual(terms('which country lead the force? he put PhD? the aim about the police'));
    // Caribbean English spellings.
    expect(plainQuestion('wha Ruto tell de leaders dem fi do wid dat')).toBe('what Ruto tell the leaders  to do with that');
    // Caribbean "a" before a verb is "-ing": "how di mission a go" asks how it is going.
    expect(plainQuestion('how di mission a go?')).toBe('how the mission going?');
    expect(plainQuestion('MSS short fa wha?')).toBe('MSS short for what?');
    expect(plainQuestion('Him big up di officers? Him chat to ongle di council inna Haiti?')).toBe('Him praise the officers? Him chat to only the council in Haiti?');
    expect(terms(plainQuestion('why di govment couldn sen dem out? how much officer guh Haiti wit dem')).join(' ')).toBe(terms('why the government couldn send out? how much officer go Haiti with').join(' '));
    // Caribbean "di" before a noun is "the"; Creole "di" (say) stands before a Creole word or alone.
    expect(plainQuestion('Why did Ruto go in di first place, wha Ruto tell di leaders')).toBe('Why did Ruto go in the first place, what Ruto tell the leaders');
    expect(plainQuestion('Kisa Ruto di? sa l di sou rezilta yo')).toMatch(/^what Ruto say\? what +say about results/u);
    expect(terms(plainQuestion('saw the pics lol. where did the prez go'))).toEqual(['see', 'pic', 'presid', 'go']);
    expect(plainQuestion('re-election of the U.S. R&B n U2')).toBe('re-election of the U.S. R&B and U2');
    expect(plainQuestion('Wen did Ruto go')).toBe('when did Ruto go');
    // "The ok" is an approval; "us" in lower case is the pronoun unless after "the" ("the us"), and "US" is the country.
    expect(terms(plainQuestion('who gave them the ok? not us, the us or the US?'))).toEqual(terms('who gave them the approval? not , the us or the US?'));
    expect(plainQuestion('not us')).toBe('not ');
    // Text messages: "2" and "4" as prepositions, "d" and "da" for "the"; a "2" that counts stays.
    expect(plainQuestion('wats d plan? when did UN approve kenya 2 send cops, according 2 da UN. leave 4 haiti when')).toBe('what is the plan? when did UN approve kenya to send cops, according to the UN. leave for haiti when');
    expect(plainQuestion('they sent 2 groups in 4 days')).toBe('they sent 2 groups in 4 days');
    expect(plainQuestion('which day did he land 2 c our cops')).toBe('which day did he land to see our cops');
    // Numbers of several words are written in digits; a number of one word stays a word.
    expect(plainQuestion('were there four hundred and twenty in the first group, the one on the twenty-second?')).toBe('were there 420 in the first group, the one on the 22?');
    expect(plainQuestion('six hundred more, or seven?')).toBe('600 more, or seven?');
    // Read aloud digit by digit or in pairs, the parts are written one after the other.
    expect(plainQuestion('resolution twenty six ninety nine, or two six nine nine? in twenty twenty four')).toBe('resolution 2699, or 2699? in 2024');
    // Spoken fillers.
    expect(terms(plainQuestion('um what problems uh does the market have, like prices and stuff'))).toEqual(terms('what problems does the market have like prices'));
    // Run-together words and slang that asks nothing.
    expect(plainQuestion('wat kinda market r they gonna build rn')).toBe('what kind of market are they going to build right now');
    expect(terms(plainQuestion('deadass why did the market close tho bro'))).toEqual(['market', 'close']);
    // Young people's slang for praising, boasting and the original one.
    expect(terms(plainQuestion('did the mayor show love to the og traders'))).toEqual(terms('did the mayor praise to the original traders'));
    expect(terms(plainQuestion("the mayor's flexing about the market"))).toEqual(terms("the mayor's boasting about the market"));
    // A Caribbean "boi" addresses the reader: no boys are asked about.
    expect(terms(plainQuestion('Which city is the meeting in, boi?'))).toEqual(['citi', 'meet']);
    // "Dose" after a question word is "does".
    expect(plainQuestion('wat dose the market sell')).toBe('what does the market sell');
    // A voice transcript's "hay tea" is Haiti.
    expect(plainQuestion('why did he go to hay tea')).toBe('why did he go to Haiti');
    // A question word run into its "is" still asks: "whos" is "who is".
    expect(plainQuestion('whos the president ruto met, whats the date')).toBe('who is the president ruto met, what is the date');
    expect(plainQuestion('y did he go w the cops this wk')).toBe('why did he go with the cops this week');
    // "The 1st batch" is the first; "September 1st" and "the 2nd of June" are dates.
    expect(plainQuestion('the 1st batch left on September 1st, the 2nd on the 3rd of June')).toBe('the first batch left on September 1st, the second on the 3rd of June');
  });

  it('drops who passes a question on, before it, after it or between its parts', () => {
    expect(plainQuestion('A listener from Port of Spain asks: who leads the council?')).toBe('who leads the council?');
    expect(plainQuestion('Somebody in Negril wants to know, where did Ruto meet the police?')).toBe('where did Ruto meet the police?');
    expect(plainQuestion('A listener asks what is Ruto handle on X')).toBe('what is Ruto handle on X');
    expect(plainQuestion('Which city is the Assembly in, a listener from Chaguanas asks?')).toBe('Which city is the Assembly in?');
    expect(plainQuestion('Why did he go? A caller asks').trim()).toBe('Why did he go?');
    expect(plainQuestion('Who sent them, a listener asks - was it Kenya alone?')).toBe('Who sent them was it Kenya alone?');
    // What someone in the news asks is the question itself.
    expect(plainQuestion('What did Ruto ask of the Haitian leaders?')).toBe('What did Ruto ask of the Haitian leaders?');
    expect(plainQuestion('Ruto asks the council to hold elections?')).toBe('Ruto asks the council to hold elections?');
    expect(plainQuestion('What Ruto asks the leaders, is it elections?')).toBe('What Ruto asks the leaders, is it elections?');
  });

  it('drops greetings and lead-ins before the question, and only those', () => {
    expect(plainQuestion('hey bot how many extra cops')).toBe('how many extra cops');
    // A request is no yes/no question: "could you explain X" asks X.
    expect(plainQuestion('Could you explain the reason for the trip?')).toBe('the reason for the trip?');
    expect(plainQuestion('hi, can you please tell me who leads the council')).toBe('who leads the council');
    expect(plainQuestion('Describe the mission')).toBe('the mission');
    expect(plainQuestion('what is the mission for?? someone explain')).toBe('what is the mission for?? ');
    expect(plainQuestion('Would I be right in supposing that the market opened?')).toBe('the market opened?');
    expect(plainQuestion('Could you spell out what MSS means?')).toBe('what MSS means?');
    expect(plainQuestion('Identify the leader of the council.')).toBe('the leader of the council.');
    expect(plainQuestion('Kindly outline the problems.')).toBe('the problems.');
    expect(plainQuestion('Please provide the number cited by His Excellency.').replace(/\s+/gu, ' ')).toBe('the number cited by His .');
    expect(plainQuestion('I read that a court stopped it. When?')).toBe('a court stopped it. When?');
    // Forms of address, and a request opening any sentence of the question.
    expect(plainQuestion('Greetings comrades. May I ask on which date he came?')).toBe('on which date he came?');
    expect(plainQuestion('Afande, kindly confirm the size of the first group.')).toBe('the size of the first group.');
    expect(plainQuestion('Wazee, habari za asubuhi. I wish to inquire what the purpose was.')).toBe('what the purpose was.');
    expect(plainQuestion('I wish to seek clarification on the resolution whose mandate the executive seeks to realise.')).toBe('the resolution whose mandate the executive seeks to realise.');
    expect(plainQuestion('I wish to understand what the mission is meant to achieve.')).toBe('what the mission is meant to achieve.');
    // "I want the date…", "I need the handle…" after the question say what is asked, not who asks.
    expect(plainQuestion('What day did the governor come? I want the date she was touring the clinic.')).toBe('What day did the governor come? the date she was touring the clinic.');
    // A part of the asker's that tells of a question ("my pupils asked me why…") asks nothing when another part asks outright.
    expect(plainQuestion('My pupils asked me why the clinic closed. What problems is the town facing?')).toBe('What problems is the town facing?');
    expect(plainQuestion('My question is who opened the clinic.')).toBe('My question is who opened the clinic.');
    // Asked in one word and a question word, once what is dropped asks nothing; not when it asks ("I wonder, did…?").
    expect(plainQuestion('And when were they waved off? I have a vague notion it was midsummer.')).toBe('And when were they waved off?');
    expect(plainQuestion('In which city, I wonder, did the governor open the clinic?')).toBe('In which city, I wonder, did the governor open the clinic?');
    // A pardon asked before the question, and a courtesy after it, ask nothing.
    expect(plainQuestion("Forgive an old hand's curiosity, but how many clinics did the governor open?")).toBe('how many clinics did the governor open?');
    expect(plainQuestion('Forgive an old man who knows little of these machines: how many clinics did the governor open?')).toBe('how many clinics did the governor open?');
    expect(plainQuestion("And the date of that clinic, if you'd be so kind?")).toBe('And the date of that clinic, ?');
    expect(plainQuestion('Sorry if this is obvious, but how many clinics did the governor open?')).toBe('how many clinics did the governor open?');
    expect(plainQuestion('Kindly assist. How many clinics did the governor open?')).toBe('How many clinics did the governor open?');
    // Greetings and apologies for asking, as shopkeepers and neighbours open.
    expect(plainQuestion('Asalaam alaikum. How many clinics did the governor open?')).toBe('How many clinics did the governor open?');
    expect(plainQuestion('Hello sir, sorry to disturb. How many clinics did the governor open?')).toBe('How many clinics did the governor open?');
    expect(plainQuestion('Morning! How many clinics did the governor open?')).toBe('How many clinics did the governor open?');
    // A diplomat's courtesies.
    expect(plainQuestion('Might I respectfully enquire as to the number of officers?')).toBe('the number of officers?');
    expect(plainQuestion('I should be grateful to learn the name of the leader.')).toBe('the name of the leader.');
    expect(plainQuestion('Pray tell, who leads the council?')).toBe('who leads the council?');
    expect(plainQuestion('I would be grateful if you could clarify the size of the first group.')).toBe('the size of the first group.');
    // Blessings, addresses and humble asides ask nothing; "my son" asked about stays.
    expect(plainQuestion('Beloved, grace and peace unto you in the name of our Lord. I humbly ask: how many officers went?')).toBe('how many officers went?');
    expect(terms(plainQuestion('Praise be to the Most High. My son, how, by the grace of God, did the visit go?'))).toEqual(terms('how did the visit go?'));
    expect(plainQuestion('Did my son go with the first group?')).toBe('Did my son go with the first group?');
    // Hedges of memory ask nothing: "unless I am mistaken", "as I recall".
    expect(terms(plainQuestion('Unless I am mistaken, the court, as I recall, stopped it in January?'))).toEqual(terms('the court stopped it in January?'));
    expect(terms(plainQuestion("who leads that council, I forgot the name"))).toEqual(terms('who leads that council, the name'));
    expect(terms(plainQuestion("I can't remember the day he visited"))).toEqual(terms('the day he visited'));
    // How short the answer should be, and "I gather", ask nothing.
    expect(terms(plainQuestion('Mission goal in one line? In a nutshell, in short, I gather it is help'))).toEqual(terms('Mission goal? it is help'));
    expect(plainQuestion('The court ruled. Can you tell me when?')).toBe('The court ruled. when?');
    // "H.E." is His Excellency: its full stops end no sentence, so the rest of the question stays.
    expect(terms(plainQuestion('Where did H.E. meet our officers?'))).toEqual(['meet', 'offic']);
    // A request standing alone after the question, as fact-checkers write: "…? Confirm", "… - check".
    expect(plainQuestion('Is the plan backed by the UN? Confirm')).toBe('Is the plan backed by the UN? ');
    expect(plainQuestion('Verify the date of the visit.')).toBe('the date of the visit.');
    expect(plainQuestion('Location of the market - check.')).toBe('Location of the market - ');
    expect(plainQuestion('What did they check?')).toBe('What did they check?');
    expect(plainQuestion('they arrived when? I mean the first group')).toBe('they arrived when?  the first group');
    expect(terms(plainQuestion('For the record, what, if anything, did the court decide?'))).toEqual(['court', 'decid']);
    expect(terms('what has the mission done')).toEqual(['mission']);
    // A verb of saying is no word to find, like "said": "the Assembly he mentioned".
    expect(terms('the Assembly he mentioned')).toEqual(['assembl']);
    expect(plainQuestion('Hi! quick question - who leads the council?')).toBe('who leads the council?');
    expect(plainQuestion('Hey there bot: wat r the terms')).toBe('what are the terms');
    expect(plainQuestion('Good morning all. Who leads the council?')).toBe('Who leads the council?');
    expect(plainQuestion('ok so quick q for the group: who leads the council?')).toBe('who leads the council?');
    expect(plainQuestion('quick one - who leads the council?')).toBe('who leads the council?');
    // Kreyòl greetings, and titles before a name ("Baba Ruto", "Mheshimiwa Speaker").
    expect(plainQuestion('sak pase! quick one, who leads the council?')).toBe('who leads the council?');
    expect(plainQuestion('Wah gwaan bot. Who leads the council?')).toBe('Who leads the council?');
    // An acronym joined to its word is two words, each known apart; a name's compound stays whole.
    expect(plainQuestion('Is the clinic UN-backed or UNSC-authorised?')).toBe('Is the clinic UN backed or UNSC authorised?');
    expect(plainQuestion('Is it a Kenyan-led clinic?')).toBe('Is it a Kenyan-led clinic?');
    expect(plainQuestion('When did Baba Ruto post it?')).toBe('When did Ruto post it?');
    expect(plainQuestion('Did baba say so?')).toBe('Did baba say so?');
    // A question tag with no comma before it, and where in the text the asker looked, ask nothing.
    expect(terms(plainQuestion("Ruto bragged about Kenya's record somewhere in there right? what did he say"))).toEqual(terms("Ruto bragged about Kenya's record? what did he say"));
    // An apology for asking, and what the answer is for, ask nothing.
    expect(plainQuestion('sorry dumb question but what does MSS stand for')).toBe('what does MSS stand for');
    expect(plainQuestion('Sorry if this is a silly question, but who leads it?')).toBe('who leads it?');
    expect(terms(plainQuestion('For my notes: who leads the council?'))).toEqual(terms('who leads the council?'));
    // A blessing before the question asks nothing: its "name" is no name asked for.
    expect(plainQuestion('Greetings in His holy name. Which body backs the mission?')).toBe('Which body backs the mission?');
    expect(plainQuestion('Peace be with you. Who leads the council? God bless you.')).toBe('Who leads the council? ');
    // Who told the asker is no part of what is asked: "my cousin in Delmas told me…" names no place to find.
    expect(plainQuestion('My cousin in Delmas told me the president came. what day was that')).toBe('the president came. what day was that');
    expect(plainQuestion('my friend says Ruto went to Haiti, when?')).toBe('Ruto went to Haiti, when?');
    // "In plain English", "in layman's terms" ask for a way of answering, like "in a nutshell".
    expect(terms(plainQuestion('what is the aim of this mission, like in plain English'))).toEqual(terms('what is the aim of this mission'));
    expect(terms(plainQuestion("In layman's terms, in simple words: who backs it?"))).toEqual(terms('who backs it?'));
    expect(plainQuestion('Botswana police?')).toBe('Botswana police?');
    expect(plainQuestion('Who said so?')).toBe('Who said so?');
    expect(plainQuestion('hello')).toBe('hello');
    expect(plainQuestion('Could someone remind me on which day Ruto went?')).toBe('on which day Ruto went?');
    expect(plainQuestion("I'd like to know what opportunity he saw.")).toBe('what opportunity he saw.');
    expect(plainQuestion('I was wondering when he went')).toBe('when he went');
    // A reference desk's "I'm looking for", "I'm after"; "most grateful" is as polite as "grateful".
    expect(plainQuestion("I'm looking for the forum he went to.")).toBe('the forum he went to.');
    expect(plainQuestion('I’m after the name of the council leader')).toBe('the name of the council leader');
    expect(plainQuestion('I would be most grateful if you could confirm the date.')).toBe('the date.');
    // A question tag, a check of truth and a form of address ask nothing themselves.
    expect(plainQuestion('He posted on X, right? Which day?')).toBe('He posted on X? Which day?');
    expect(terms(plainQuestion('Sir, is it true that a court blocked the deployment?'))).toEqual(['court', 'block', 'deploy']);
    expect(terms(plainQuestion('A court blocked the deployment. True?'))).toEqual(['court', 'block', 'deploy']);
    expect(terms(plainQuestion('True or false: a court blocked the deployment'))).toEqual(['court', 'block', 'deploy']);
    expect(plainQuestion('what is right?')).toBe('what is right?');
    expect(terms(plainQuestion('is it true a court blocked the deployment?'))).toEqual(['court', 'block', 'deploy']);
    expect(terms(plainQuestion('The market opens on Monday - is that accurate?'))).toEqual(['market', 'open', 'mondai']);
    expect(terms(plainQuestion('Is it accurate that the market opens on Monday?'))).toEqual(['market', 'open', 'mondai']);
    expect(terms(plainQuestion('does the market open on Monday yes or no'))).toEqual(['market', 'open', 'mondai']);
    expect(terms(plainQuestion('Is true that a court blocked the deployment?'))).toEqual(['court', 'block', 'deploy']);
    // A question that opens with an accented letter keeps it ("Èske" is no lead-in).
    expect(plainQuestion('Èske the market is open?').trim()).toBe('the market is open?');
    expect(plainQuestion('Éric, who leads the council?')).toBe('Éric, who leads the council?');
    expect(plainQuestion('Ça va? who leads the council?').trim()).toBe('? who leads the council?');
    // Titles before a name, and one word for an idiom's two.
    expect(terms(plainQuestion('When did Mr. Odinga greenlight it?'))).toEqual(terms('When did Odinga green light it?'));
    // The asker's doubt after the question is no part of it.
    expect(plainQuestion('Is the council behind this, or is that just PR?')).toBe('Is the council behind this?');
    expect(plainQuestion('Did the governor praise the traders, or was it all handshakes and photographs?')).toBe('Did the governor praise the traders?');
    expect(plainQuestion('Did the governor meet anyone else, or is that left delightfully vague?')).toBe('Did the governor meet anyone else?');
    // "At least" weighs nothing either.
    expect(plainQuestion('Did the governor at least praise the traders?')).toBe('Did the governor  praise the traders?');
    expect(plainQuestion('is the market open or nah')).toBe('is the market open');
    expect(plainQuestion('is the market open or nah according to the mayor')).toBe('is the market open according to the mayor');
    // "…or someone else?" offers no other answer of its own: the question asks whether.
    expect(plainQuestion('is the clinic run by the county or by someone else?')).toBe('is the clinic run by the county?');
    expect(plainQuestion('who else did he meet, or anyone else?')).toBe('who else did he meet?');
    expect(plainQuestion('In what city did he meet them? Port-au-Prince or somewhere else?')).toBe('In what city did he meet them? Port-au-Prince?');
    // "As usual" tells what the asker expects, not what is asked.
    expect(terms(plainQuestion('Where is the Assembly held? New York as usual?'))).toEqual(terms('Where is the Assembly held? New York?'));
    expect(plainQuestion('Why did she go there, was it just for photos?')).toBe('Why did she go there, ');
    expect(plainQuestion('Is it a UN plan or did Kenya just decide alone?')).toBe('Is it a UN plan?');
    expect(plainQuestion('Who is just?')).toBe('Who is just?');
    // A radio caller's "eh", "hello? yes, I want to ask" ask nothing.
    expect(plainQuestion('eh hello? yes, I want to ask, who leads the council?')).toBe('who leads the council?');
    expect(terms(plainQuestion('and the council, eh, who leads it?'))).toEqual(['council', 'lead']);
    // Contractions and misspellings of question words.
    expect(plainQuestion("why'd he go, who ok'd it, wich day")).toBe('why did he go, who approved it, which day');
    expect(plainQuestion("when'd the first lot of coppers head off? what'd he say, is it workin")).toBe('when did the first lot of cops head off? what did he say, is it working');
  });

  it('drops what a question says of the asker, when what is left still asks', () => {
    expect(plainQuestion('My niece is in the police and wants to know: how is the mission performing?')).toBe('how is the mission performing?');
    expect(plainQuestion('Which day did he visit? My wife says Friday, I say weekend.')).toBe('Which day did he visit?');
    expect(plainQuestion("My aunt doesn't use Twitter, so which platform did he use?")).toBe('so which platform did he use?');
    expect(plainQuestion('What is his handle on X, so I can follow him myself?')).toBe('What is his handle on X');
    expect(plainQuestion('what is his twitter name, I want to follow him')).toBe('what is his twitter name');
    // Punctuation said to a dictation app is written as marks; "period" only at the end, as "the calm period" is one.
    expect(plainQuestion('how many extra police is kenya sending comma i heard it was a lot question mark')).toBe('how many extra police is kenya sending');
    expect(plainQuestion('what did he tell them to do with the calm period question mark')).toBe('what did he tell them to do with the calm period?');
    expect(plainQuestion('who leads the council period')).toBe('who leads the council.');
    // A lawyer's Latin and forms.
    expect(plainQuestion('What was the ratio decidendi? Did he attend upon the contingent?')).toBe('What was the grounds? Did he visit the contingent?');
    // Without a comma, and after "whats" typed without its apostrophe; whom the answer is for.
    expect(plainQuestion('whats ruto twitter handle so i can follow him')).toBe('what is ruto twitter handle');
    expect(plainQuestion('whats ruto twitter handle i wanna follow')).toBe('what is ruto twitter handle');
    // Not the asker's own question: "what do I need to know".
    expect(plainQuestion('what do i need to know about the market')).toBe('what do i need to know about the market');
    expect(plainQuestion("What's Ruto's handle on X, for anyone who wants to follow him?")).toBe("What's Ruto's handle on X");
    expect(plainQuestion('whose handle is the post from, want to tag him properly')).toBe('whose handle is the post from');
    expect(plainQuestion('which day did he land, trying to build a timeline')).toBe('which day did he land');
    expect(plainQuestion('Is the MSS a UN thing? asking for my essay')).toBe('Is the MSS a UN thing?');
    // What is left must ask something: "When?" alone, or "Is it true?", leans on what the asker said.
    expect(plainQuestion('We know a court stopped it. When?')).toBe('We know a court stopped it. When?');
    expect(plainQuestion('Is it true? I heard Ruto promised 600 more')).toBe('Is it true? I heard Ruto promised 600 more');
    // A part with a question word asks, whoever it names.
    expect(plainQuestion('What did Ruto tell our police?')).toBe('What did Ruto tell our police?');
    expect(plainQuestion('We heard about the court: why did it rule that way?')).toBe('why did it rule that way?');
    // What the asker needs the answer for, said without "I", or in brackets.
    expect(plainQuestion('Who chairs the council? Want the spelling right.')).toBe('Who chairs the council?');
    // What everybody (people here) is saying is hearsay, not the question.
    expect(plainQuestion('Is Kenya sending soldiers or police? People in here keep saying army')).toBe('Is Kenya sending soldiers or police?');
    expect(plainQuestion('What does KDF mean? Everybody in town saying KDF KDF')).toBe('What does KDF mean?');
    expect(plainQuestion('Which platform did he use? (relevant for my paper)')).toBe('Which platform did he use?');
  });
});
