/**
 * Tagalog as Filipino readers mix it into English questions, Taglish ("Ilan po ba yung additional na
 * Kenyan police?", "Kelan po sya pumunta sa Haiti?", "saan nya inannounce yung dagdag na pulis?"): the
 * words that carry the question, in English. Particles of politeness, of a question and of emphasis
 * ("po", "ba", "naman", "diba", "daw", "rin") ask nothing; words that are also English ("may", "pang",
 * "bat", "at", "noon") are left out, and words another language reads ("sa" and "pa" of Kreyòl, "din" of
 * Urdu, "sabi" of Pidgin) are read in their Tagalog sense only in a question that is Taglish (see
 * TAGALOG_CONTEXT_RE). Verbs are read by their root, affixes and all ("bumisita", "tinutulungan",
 * "ipapadala": visit, help, send), and so are English verbs with Tagalog affixes ("inannounce",
 * "nag wo-work"). Nothing here is a fact of the knowledge.
 */
export const TAGALOG_WORDS: Readonly<Record<string, string>> = {
  // Phrases first: a phrase is read before its words.
  'ibig sabihin': 'mean', 'buong pangalan': 'full name', 'labag sa constitution': 'unconstitutional', 'labag sa konstitusyon': 'unconstitutional',
  'pag-aayos ng gulo': 'conflict resolution', 'sino-sino': 'who', 'anu-ano': 'what', 'ano-ano': 'what',
  'ibang bansa': 'other countries', 'para saan': 'why', 'ano ang dahilan': 'why', 'gaano katagal': 'how long', 'gaano kalaki': 'how big',
  'gaano karami': 'how many', 'anong oras': 'what time', 'ayon kay': 'according to', 'ayon sa': 'according to', 'bukod sa': 'besides',
  'bukod kay': 'besides', 'maliban sa': 'besides', 'maliban kay': 'besides', 'sabi nya': 'he said', 'sabi niya': 'he said', 'sabi ni': 'said',
  'sabi ng': 'said', 'sabi daw': 'said', 'sabi nila': 'they said', 'pagdating sa': 'about', 'mga tao': 'people',
  // Question words.
  ilan: 'how many', ilang: 'how many', kelan: 'when', kailan: 'when', sino: 'who', sinong: 'who', sinu: 'who', saan: 'where',
  saang: 'which', ano: 'what', anong: 'what', anu: 'what', bakit: 'why', paano: 'how', paanong: 'how', alin: 'which', aling: 'which',
  magkano: 'how much', gaano: 'how', kanino: 'whom', pong: '',
  // Particles, pronouns and function words.
  po: '', ba: '', naman: '', diba: '', daw: '', rin: '', nga: '', yata: '', muna: '', eh: '', opo: '', yung: 'the',
  ung: 'the', ang: 'the', ng: 'of', mga: '', nya: 'his', niya: 'his', nyang: 'his', niyang: 'his', nila: 'their', nilang: 'their',
  sya: 'he', siya: 'he', syang: 'he', siyang: 'he', sila: 'they', silang: 'they', kanila: 'their', kanilang: 'their', nito: 'its',
  si: '', ni: '', sina: '', talaga: 'really', mismo: '', lang: 'only', dun: 'there', doon: 'there', duon: 'there',
  dito: 'here', ngayon: 'now', ngayong: 'this', habang: 'while', kasama: 'together with', tungkol: 'about', pala: '', sana: '',
  yun: 'that', yon: 'that', iyon: 'that', ito: 'this', iba: 'other', ibang: 'other', papuntang: 'to', medyo: '', mas: 'more', na: '',
  dahil: 'because', kaya: '', kung: 'if', meron: '', mayroon: '', parang: '', kapag: 'if', tapos: 'then', pagkatapos: 'after',
  simula: 'since', mula: 'from', hanggang: 'until', siguro: 'maybe', dapat: 'should',
  kailangan: 'need', pwede: 'can', puwede: 'can', wag: 'not', huwag: 'not', lahat: 'all', isang: 'one', totoo: '',
  // Nouns, verbs and adjectives of the news.
  pulis: 'police', pulisya: 'police', sundalo: 'soldiers', opisyal: 'officials', pinuno: 'leader', pangulo: 'president',
  gobyerno: 'government', pamahalaan: 'government', siyudad: 'city', lungsod: 'city', bansa: 'country',
  katrabaho: 'colleagues', kasamahan: 'colleagues', kapwa: 'fellow', lokal: 'local', korte: 'court', hukom: 'judge',
  huwes: 'judge', desisyon: 'decision', batas: 'law', konseho: 'council', mamamayan: 'citizens', dahilan: 'reason', layunin: 'goal',
  pakay: 'purpose', balita: 'news', pahayag: 'statement', tulong: 'help', araw: 'day', petsa: 'date', oras: 'time', linggo: 'weeks',
  buwan: 'month', taon: 'year', kahapon: 'yesterday', pangalan: 'name', buong: 'full', problema: 'problems', gulo: 'trouble', magulo: 'chaotic',
  sahod: 'salary', sweldo: 'salary', gastos: 'cost', pera: 'money', bayad: 'pay', dagdag: 'more', karagdagan: 'additional',
  bagong: 'new', unang: 'first', huling: 'last', susunod: 'next', tahimik: 'calm', katahimikan: 'calm', resulta: 'results',
  magandang: 'good', maganda: 'good', umalis: 'left', pinaalis: 'sent', pinost: 'posted', pumunta: 'went', bisitahin: 'visit',
  binisita: 'visited', kinausap: 'talked to', pinayo: 'advised', payo: 'advice', pinuri: 'praised', tulungan: 'help',
  tumulong: 'help', nakakatulong: 'helps', hinarang: 'blocked', kulang: 'lacking', ipapadala: 'will send', ipinadala: 'sent',
  pagpapadala: 'sending', 'pag-asa': 'hope', pagbabago: 'change', gaganapin: 'held', uumpisa: 'start', magsisimula: 'start',
  ipapanawagan: 'call for', panawagan: 'call', nakita: 'met', kababayan: 'compatriots', taga: 'people of', klaseng: 'kind of',
  gusto: 'want', sinabi: 'said', nagpadala: 'sent', namatay: 'died', patay: 'dead', nangyari: 'happened', mangyari: 'happen',
  nahuli: 'arrested', nasugatan: 'injured', dumating: 'arrived', darating: 'arrive',
};

/**
 * Words read in their Tagalog sense only in a Taglish question (see TAGALOG_CONTEXT_RE), as another
 * language or English reads them otherwise: "sa" (in, at, to; Kreyòl "what"), "pa" (still; Kreyòl "not"),
 * "pati" (also; Kreyòl "left"), "din" (too; Urdu "day"), "sabi" (said; Pidgin "know"), "hindi" and "wala"
 * (not, none; a language, an Urdu suffix), "nag" and "mag" before an English verb ("nag post"), "kay"
 * (before a name), "tropa" (which the Romance readings leave as it is).
 */
export const TAGALOG_CONTEXT_WORDS: Readonly<Record<string, string>> = {
  sa: '', pa: '', pati: 'also', din: '', sabi: 'said', hindi: 'not', wala: 'none', kasi: 'because', nag: '', mag: '', kay: '', e: '',
  tropa: 'troops', ulit: 'again',
};

/** Words only Taglish uses ("sino" and "ano" are Spanish and Portuguese too): a question with one of them is Taglish ("po", not the Italian "un po'"). */
export const TAGALOG_CONTEXT_RE = /(?<![\p{L}'’-])(?:mga|ng|yung|ung|nya|niya|nyang|niyang|sya|siya|syang|siyang|nila|naman|kelan|kailan|saan|saang|bakit|paano|ilan|ilang|anong|sinong|diba|daw|po|dun|doon|talaga|iba|ibang|ngayon|lahat)(?![\p{L}'’-])/iu;

/** A Taglish question's "or not?" ("pinuri ba nya o hindi?", "may resulta na ba o wala pa rin?"): asks nothing more, as English "or not?". */
export const TAGALOG_OR_NOT_RE = /\s*,?\s+(?:o|or)\s+(?:hindi|wala)(?:\s+pa)?(?:\s+(?:rin|din))?(?=\s*(?:[?.!]|$))/giu;

/** A syllable said twice before an English verb, what is under way ("nag wo-work", is working): the verb's -ing form. */
export const TAGALOG_REDUPLICATION_RE = /(?<![\p{L}'’-])(\p{L}{1,3})-(\1\p{L}{2,})(?![\p{L}'’-])/giu;

/** The -ing form of an English verb (work → working, manage → managing). */
export function progressive(_: string, _syllable: string, verb: string): string {
  return /[^e]e$/u.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}

/**
 * A yes/no question that puts its verb first, under way, and then its subject ("nag wo-work ba talaga yung
 * mission?"): in English order, "is the mission really working?".
 */
export const TAGALOG_VERB_FIRST_RE = /(?<![\p{L}'’-])(?:(?:nag|mag)[\s-]+)?(\p{L}{1,3})-(\1\p{L}{2,})\s+ba\s+(?:(talaga)\s+)?(?:yung|ung|ang)\s+(\p{L}+)(?=\s*[?.!,]|\s*$)/giu;

/** The English of TAGALOG_VERB_FIRST_RE's question. */
export function verbFirst(_: string, syllable: string, verb: string, really: string | undefined, subject: string): string {
  return `is the ${subject} ${really ? 'really ' : ''}${progressive('', syllable, verb)}`;
}

/**
 * English verbs with Tagalog affixes ("nag-le-lead", "i-post", "mag-uumpisa", "magka-pag-asa"): the verb is
 * read alone; a syllable after the prefix only when it is said again ("le-lead", not "pag-asa"). Not "in-":
 * "in-person" is English.
 */
export const TAGALOG_PREFIX_RE = /(?<![\p{L}-])(?:nag|mag|na|i|naka|nakaka|pina|magka|nagka)-(?:(\p{L}{1,3})-(?=\1))?(?=\p{L}{3,})/giu;

/** "Taga-" before a place ("mga taga-Haiti"): the people of it. */
export const TAGALOG_PEOPLE_OF_RE = /(?<![\p{L}'’-])taga-(?=\p{L})/giu;

/** Verb roots, in English: "bumisita", "tinutulungan", "ipapadala" are read by them. Not bare (a root alone may be another language's word). */
const VERB_ROOTS: Readonly<Record<string, string>> = {
  bisita: 'visit', punta: 'go', dating: 'arrive', alis: 'leave', balik: 'return', tulong: 'help', padala: 'send', dala: 'bring',
  sabi: 'say', kausap: 'talk', usap: 'talk', puri: 'praise', salita: 'speak', sulat: 'write', basa: 'read', gawa: 'do', gamit: 'use',
  bayad: 'pay', aresto: 'arrest', harap: 'face', hiling: 'ask', tanong: 'ask', utos: 'order', tawag: 'call', simula: 'start',
  umpisa: 'start', lipad: 'fly', sali: 'join', pili: 'choose', sagot: 'answer', bantay: 'guard', pasok: 'enter',
  pigil: 'stop', harang: 'block', bigay: 'give', kuha: 'take', hanap: 'look for', pasya: 'decide', hatol: 'rule',
  laban: 'fight', suporta: 'support', pondo: 'fund', gastos: 'spend', pirma: 'sign', sunod: 'follow', banggit: 'mention',
  asam: 'hope', asa: 'hope', pakita: 'show', kita: 'see', sugat: 'wound', patay: 'kill',
};
/** Prefixes of a verb; each is tried, the shortest first ("nagpadala": nag + padala, not nagpa + dala). */
const VERB_PREFIXES = ['i', 'in', 'ni', 'ma', 'na', 'pag', 'nag', 'mag', 'ipa', 'ipag', 'pina', 'pinag', 'naka', 'maka', 'ipina', 'nagpa', 'magpa', 'nakaka', 'makaka', 'makipag', 'nakipag'];
/** Prefixes an English verb takes in Taglish ("inannounce", "nagpost", "magdeploy"); not "i" without its hyphen: "ilegal" is Spanish. */
const ENGLISH_PREFIX_RE = /^(?:nag|mag|in|ma|na|pina|ipa)-?/u;

/** A Tagalog root in English, trying the suffixes "-an", "-in" (with and without their "h", and the root's o made u before them). */
function rootOf(stem: string, bare = true): string | undefined {
  const candidates = bare ? [stem] : [];
  const suffix = /^(.{3,}?)h?(?:an|in)$/u.exec(stem);
  if (suffix) candidates.push(suffix[1]!, suffix[1]!.replace(/u([^aeiou]+)$/u, 'o$1'), `${suffix[1]}a`);
  for (const c of candidates) {
    const english = VERB_ROOTS[c];
    if (english) return english;
  }
  return undefined;
}

/** The stem without a first syllable said twice ("tutulungan" → tulungan, "aasam" → asam). */
function unreduplicated(stem: string): string[] {
  const out = [stem];
  const cv = /^([^aeiou-]?[aeiou])-?(?=\1)/u.exec(stem);
  if (cv) out.push(stem.slice(cv[0].length));
  return out;
}

/**
 * A Tagalog verb in English, by its root ("bumisita" → visit, "tinutulungan" → help, "nakipag-usap" →
 * talk), or an English verb with Tagalog affixes when `isEnglish` knows it ("inannounce" → announce).
 * Undefined for a word that is neither.
 */
export function tagalogVerb(word: string, isEnglish: (word: string) => boolean): string | undefined {
  // A suffix or a syllable said twice on the bare root ("gamitin", "kakausapin"), not the root alone: another language may write it.
  const suffixed = rootOf(word, false);
  if (suffixed) return suffixed;
  const stems = unreduplicated(word).slice(1);
  // The infix "-um-" or "-in-" after the first consonant ("b-um-isita", "t-in-utulungan") or before a vowel ("umalis").
  const withoutInfix = (w: string) => /^([^aeiou-])(?:um|in)(?=[aeiou])/u.exec(w)?.[1]?.concat(w.slice(3)) ?? (/^um(?=[aeiou])/u.test(w) ? w.slice(2) : undefined);
  const infixed = withoutInfix(word);
  if (infixed) stems.push(infixed);
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length).replace(/^-/u, '');
    stems.push(stem);
    const inner = withoutInfix(stem);
    if (inner) stems.push(inner);
  }
  for (const stem of stems) {
    if (stem.length < 3) continue;
    for (const bare of unreduplicated(stem)) {
      const english = rootOf(bare);
      if (english) return english;
    }
  }
  const english = ENGLISH_PREFIX_RE.exec(word);
  if (english && english[0].length > 0) {
    const rest = word.slice(english[0].length);
    for (const verb of unreduplicated(rest)) if (verb.length >= 4 && isEnglish(verb)) return verb;
  }
  return undefined;
}
