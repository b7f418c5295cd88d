/**
 * Broad Scots as Glasgow readers type it ("Hoo mony mair polis is Kenya sendin ower tae Haiti noo?", "Whit wis
 * the court's beef?"): its words in English. Several are English words too ("fur", "mind", "hale", "an", "o",
 * "lot"), so they are read only in a question that is Scots (see isScots). Nothing here is a fact of the knowledge.
 */

/** Words that mark a question as Scots: two are needed, as one may be a typo ("whit") or a name. */
const SCOTS_MARK_RE = /(?<![\p{L}'’-])(?:whit|wha|whaur|hoo|mony|mair|polis|ower|noo|wis|dae|daein|cooncil|thon|aboot|oot|fae|afore|gonnae|onywey|ony|ither|ain|tae|gie|ye|hae|wi|fur|naw|aff|toon|heid|hame|\p{L}+nae)(?![\p{L}-])/giu;

/** Whether a question is broad Scots: two of its marks (see SCOTS_MARK_RE). */
export function isScots(text: string): boolean {
  return [...text.matchAll(SCOTS_MARK_RE)].length >= 2;
}

/** Scots read anywhere: no other language writes these. */
export const SCOTS_PHRASES: Readonly<Record<string, string>> = {
  "whit's": "what's", 'whit’s': 'what’s', "wha's": "who's", 'wha’s': 'who’s', "whaur's": "where's", 'whaur’s': 'where’s',
  'heid bummer': 'leader', 'aye or naw': '',
};

/** Scots words read in English in a Scots question. */
export const SCOTS_WORDS: Readonly<Record<string, string>> = {
  whit: 'what', wha: 'who', whaur: 'where', hoo: 'how', mony: 'many', mair: 'more', polis: 'police', ower: 'over', tae: 'to',
  noo: 'now', o: 'of', wis: 'was', heid: 'head', dae: 'do', daein: 'doing', fur: 'for', chairge: 'charge', cooncil: 'council',
  thon: 'that', wi: 'with', an: 'and', couldnae: 'could not', didnae: 'did not', isnae: 'is not', wisnae: 'was not',
  cannae: 'can not', wouldnae: 'would not', dinnae: 'do not', doesnae: 'does not', hale: 'whole', gien: 'given', oot: 'out',
  aff: 'off', nummer: 'number', oan: 'on', aboot: 'about', onywey: 'anyway', gie: 'give', shouther: 'shoulder', fae: 'from',
  ain: 'own', toon: 'town', guid: 'good', ony: 'any', accordin: 'according', ither: 'other', gonnae: 'going to', afore: 'before',
  roon: 'round', hae: 'have', ye: 'you', aw: 'all', nae: 'no', aye: '', ken: 'know', wee: '', son: '', hen: '', pal: '',
  thingmy: 'thing', bother: 'trouble', rammies: 'fights', rammy: 'fight', lads: 'officers', gettin: 'getting', sendin: 'sending',
  workin: 'working', pushin: 'pushing', gatherin: 'gathering', bangin: 'banging', dealin: 'dealing', hopin: 'hoping',
  sortin: 'sorting', leadin: 'leading', meetin: 'meeting', costin: 'costing', mind: 'remember', lot: 'group', lang: 'long',
  hame: 'home', sodgers: 'soldiers', alang: 'along', naw: 'no', peyed: 'paid', gaun: 'going', joab: 'job', killt: 'killed',
  faur: 'far', pit: 'put', caper: '',
};
