/**
 * Korean as Korean readers mix it into English questions, Konglish ("Ruto daetongryeong-nim is sending how
 * many more police-deul?", "Kenyan court-eseo what they decide?", "UNGA starting eonje? 이번 주?"): the words
 * that carry the question, in English. Romanised particles after a hyphen ("-deul" plural, "-nim" and "-ssi"
 * honorifics, "-eseo", "-eun", "-ga", "-hante") ask nothing (see KOREAN_PARTICLE_RE); a word in Hangul is
 * read with its particle taken off ("목적이" → 목적, purpose: see `hangulWord`). Endings that only ask
 * ("뭐예요", "알려줘", "궁금해요") or that say how the asker feels ("ㅋㅋ", "ㅠㅠ") ask nothing. Romanised words
 * that are also English ("jal", "ju") are left out. Nothing here is a fact of the knowledge.
 */
export const KOREAN_WORDS: Readonly<Record<string, string>> = {
  // Romanised: question words.
  mwo: 'what', mwoya: 'what', mwoyeyo: 'what', mueot: 'what', nugu: 'who', nuga: 'who', eonje: 'when', eodi: 'where',
  eodiseo: 'where', wae: 'why', eotteoke: 'how', myeot: 'how many', eolma: 'how much', eoneu: 'which', museun: 'what',
  // Romanised: nouns of the news, and words of emphasis.
  daetongryeong: 'president', nalja: 'date', nara: 'country', beonho: 'number', dosi: 'city', jojik: 'organisation',
  munje: 'problem', jigeum: 'now', saram: 'people', saramdeul: 'people', gyeongchal: 'police', huimang: 'hope',
  mokjeok: 'purpose', pangyeol: 'ruling', beopwon: 'court', ireum: 'name', gyeolgwa: 'result', hoeui: 'meeting',
  chonghoe: 'General Assembly', anbori: 'Security Council', gundae: 'troops', pyeonghwa: 'peace', jiwon: 'support',
  daeum: 'next', cheot: 'first', oppa: '', jinjja: 'really', daebak: '', heol: '', geunde: 'but', geurigo: 'and',
};

/** Words in Hangul, without their particles (see `hangulWord`). */
const HANGUL_WORDS: Readonly<Record<string, string>> = {
  대통령: 'president', 경찰: 'police', 몇: 'how many', 명: '', 언제: 'when', 어디: 'where', 왜: 'why', 뭐: 'what', 무엇: 'what',
  누구: 'who', 이름: 'name', 목적: 'purpose', 판결: 'ruling', 법원: 'court', 희망: 'hope', 나라: 'country', 안정적인: 'stable',
  이번: 'this', 주: 'week', 문제: 'problem', 결과: 'result', 회의: 'meeting', 날짜: 'date', 예산: 'budget', 얼마: 'how much',
  도착: 'arrival', 출발: 'departure', 총리: 'prime minister', 기회: 'opportunity', 갱: 'gang', 전체: 'total', 약자: 'abbreviation',
  뜻: 'meaning', 풀네임: 'full name', 트위터: 'Twitter', 아이디: 'username', 허락: 'approval', 다른: 'other', 조용: 'calm',
  뉴욕: 'New York', 또: 'also', 며칠: 'how many days', 월: 'month', 끝나는: 'ending', 만났어요: 'met', 다쳤어요: 'injured',
  죽었어요: 'died', 갔어요: 'went', 뭐예요: 'what', 뭐야: 'what', 뭐였어요: 'what', 궁금해요: '', 궁금: '', 알려줘: '',
  알려주세요: '', 맞아요: '', 나왔어요: '', 있었어요: '', 있어: '', 있어요: '', 몰라요: '', 알아요: '', 정해졌어요: '',
  했어요: '', 하고: '', 싶어요: '', 얼마예요: 'how much', 허락했어요: 'approved', 출발했어: 'departed', 출발했어요: 'departed',
  얘기해요: 'talk', 조용해: 'calm', ㅋㅋ: '', ㅋㅋㅋ: '', ㅠㅠ: '', ㅎㅎ: '',
};

/** Particles a Hangul word ends in: subject, topic, object, of, at, from, with, too, only, and the polite "요". */
const HANGUL_PARTICLE_RE = /(?:이랑|에서|으로|한테|에게|하고|이|가|은|는|을|를|의|에|도|만|랑|와|과|로|요)$/u;

/** A romanised particle after a hyphen ("police-deul", "Ruto-ssi", "court-eseo", "Kenya-ga"): nothing. */
export const KOREAN_PARTICLE_RE = /(?<=\p{Script=Latin}{2})-(?:deul|nim|ssi|eseo|eun|neun|hante|ege|reul|eul|ga|(?<=\p{Script=Latin}{3}-)i)(?![\p{L}\p{N}-])/gu;

/** A word in Hangul in English ("목적이" → purpose); undefined when it is not one read here. */
export function hangulWord(word: string): string | undefined {
  if (Object.hasOwn(HANGUL_WORDS, word)) return HANGUL_WORDS[word];
  const bare = word.replace(HANGUL_PARTICLE_RE, '');
  return bare !== word && Object.hasOwn(HANGUL_WORDS, bare) ? HANGUL_WORDS[bare] : undefined;
}

/** Hangul words and the jamo of chat laughter and tears ("ㅋㅋ", "ㅠㅠ"). */
export const HANGUL_RE = /[\p{Script=Hangul}]+/gu;
