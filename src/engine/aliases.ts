/**
 * The knowledge's aliases (MSS = Multinational Security Support) as term
 * phrases, found in a question's or a passage's words.
 */
import { lemmaOf, terms, words } from './text.js';

/** An alias written in capitals (US, UN, X). */
const ACRONYM_RE = /^[\p{Lu}\p{N}]+$/u;

export class AliasTable {
  /** Alias phrases by the term they start with. */
  private readonly phrases = new Map<string, Array<{ terms: string[]; group: number; typed?: TypedPhrase[] }>>();
  /** Each group's phrases, as term lists. */
  private readonly groups: string[][][] = [];
  /** The terms of the aliases written as acronyms (US, UN): see {@link at}. */
  private readonly acronyms = new Set<string>();
  /** The groups that name something (a form written with a capital: MSS, Head of State), not everyday words (cops: police). */
  private readonly names = new Set<number>();
  /** Each phrase as its words' dictionary forms, with its group (see {@link groupWritten}). */
  private readonly written = new Map<string, number>();

  /** @param aliases Groups of phrases that mean the same, as the knowledge's aliases file gives them. */
  constructor(private readonly aliases: readonly (readonly string[])[]) {
    const groups = aliases.map((phrases) => phrases.map((p) => terms(p)).filter((t) => t.length > 0));
    for (const phrase of aliases.flat()) if (ACRONYM_RE.test(phrase)) this.acronyms.add(terms(phrase)[0]!);
    aliases.forEach((phrases, group) => {
      if (phrases.some((p) => /^\p{Lu}/u.test(p))) this.names.add(group);
      for (const p of phrases) this.written.set(writtenForm(p), group);
    });
    groups.forEach((phrases, group) => {
      const termLists = withNestedAliases(phrases, groups);
      this.groups.push(termLists);
      for (const t of termLists) {
        const list = this.phrases.get(t[0]!) ?? [];
        const typed = t.length === 1 ? typedPhrases(aliases[group]!, t[0]!) : undefined;
        list.push({ terms: t, group, ...(typed ? { typed } : {}) });
        this.phrases.set(t[0]!, list);
      }
    });
  }

  /** The aliases written as acronyms (US, UN, MSS), as terms. */
  acronymTerms(): ReadonlySet<string> {
    return this.acronyms;
  }

  /**
   * The longest alias phrase starting at word `i` of a text, matched on the
   * words' first terms (`typed`: the words as written, for acronyms).
   */
  at(firstTerms: Array<string | undefined>, typed: string[], i: number): { length: number; group: number } | undefined {
    const start = firstTerms[i];
    if (start === undefined) return undefined;
    let best: { length: number; group: number } | undefined;
    for (const phrase of this.phrases.get(start) ?? []) {
      // Stop words inside the question do not break a phrase ("Head of State").
      let j = i;
      let k = 0;
      while (k < phrase.terms.length && j < firstTerms.length) {
        const t = firstTerms[j];
        if (t === undefined) {
          j++;
          continue;
        }
        if (t !== phrase.terms[k]) break;
        j++;
        k++;
      }
      // A short acronym must be the word itself, not a stem ("use" stems to "us", not the US); "cops" may stem to "cop".
      const whole = phrase.terms.length > 1 || phrase.terms[0]!.length > 3 || !this.acronyms.has(phrase.terms[0]!) || typed[i] === phrase.terms[0];
      if (phrase.typed) j = i + typedLength(phrase.typed, typed, i);
      if (k === phrase.terms.length && whole && j > i && (!best || j - i > best.length)) best = { length: j - i, group: phrase.group };
    }
    return best;
  }

  /**
   * The group of the alias written as the phrase (up to inflection: "problem" is "problems"), or
   * undefined: unlike {@link at}, by words, not stems ("authorities" is not "authorisation").
   */
  groupWritten(phrase: string): number | undefined {
    return this.written.get(writtenForm(phrase));
  }

  /** The terms of every alias phrase of two or more terms ("multinational", "security", "support"…). */
  longFormTerms(): ReadonlySet<string> {
    this.longTerms ??= new Set(this.groups.flatMap((g) => g.filter((t) => t.length > 1).flat()));
    return this.longTerms;
  }

  private longTerms: Set<string> | undefined;

  /** The words of every name of two or more words, as written but in lower case ("united", "nations", "security"…). */
  nameWords(): ReadonlySet<string> {
    this.namedWords ??= new Set(this.aliases.filter((_, group) => this.names.has(group)).flat().filter((p) => /\s/u.test(p)).flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== ''));
    return this.namedWords;
  }

  private namedWords: Set<string> | undefined;

  /** Whether a group names something (see `names`). */
  isName(group: number): boolean {
    return this.names.has(group);
  }

  /** The phrases of a group, as term lists. */
  forms(group: number): string[][] {
    return this.groups[group]!;
  }

  /** The group of the one-word alias `term`, if it is one. */
  groupOf(term: string): number | undefined {
    return this.phrases.get(term)?.find((p) => p.terms.length === 1 && !p.typed)?.group;
  }
}

/**
 * A phrase of one content word and stop words ("in charge", "good at"), as
 * its words, and where its content word is among them.
 */
interface TypedPhrase {
  words: string[];
  at: number;
}

/**
 * The phrases of a group whose only term is `term` and whose other words are
 * stop words: these match only as written ("in charge", not every "charge").
 * Undefined when a phrase of the group is the term's word alone.
 */
function typedPhrases(phrases: readonly string[], term: string): TypedPhrase[] | undefined {
  const out: TypedPhrase[] = [];
  for (const p of phrases) {
    const ts = terms(p);
    if (ts.length !== 1 || ts[0] !== term) continue;
    const ws = words(p);
    if (ws.length === 1) return undefined;
    out.push({ words: ws, at: ws.findIndex((w) => terms(w)[0] === term) });
  }
  return out.length > 0 ? out : undefined;
}

/** How many words from `i` (the content word) one of the phrases covers in the typed words, or 0. */
function typedLength(phrases: TypedPhrase[], typed: string[], i: number): number {
  for (const { words: ws, at } of phrases) {
    const start = i - at;
    if (start >= 0 && ws.every((w, k) => k === at || typed[start + k] === w)) return ws.length - at;
  }
  return 0;
}

/**
 * The phrases of an alias group plus their variants with another alias
 * substituted inside ("United Nations General Assembly" → "UN General Assembly").
 */
function withNestedAliases(phrases: string[][], groups: string[][][]): string[][] {
  const out = new Map(phrases.map((p) => [p.join(' '), p]));
  for (const phrase of phrases) {
    for (const other of groups) {
      if (other === phrases) continue;
      for (const inner of other) {
        const at = indexOfSequence(phrase, inner);
        if (at < 0 || inner.length === phrase.length) continue;
        for (const replacement of other) {
          const variant = [...phrase.slice(0, at), ...replacement, ...phrase.slice(at + inner.length)];
          out.set(variant.join(' '), variant);
        }
      }
    }
  }
  return [...out.values()];
}

function indexOfSequence(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A phrase as its words' dictionary forms, lower case. */
function writtenForm(phrase: string): string {
  return words(phrase).map(lemmaOf).join(' ');
}
