import type { Passage, Source } from '../knowledge/types.js';

/** Where a quote comes from, for a person to check it. */
export interface Citation {
  sourceId: string;
  publisher: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  url: string;
  /** A deep link to the passage itself (a `#:~:text=` text fragment). */
  link: string;
}

/** A passage offered as an answer or as a suggestion. */
export interface QuotedPassage {
  /** The passage, verbatim: a substring of its source file. */
  quote: string;
  passageId: string;
  section?: string | undefined;
  paragraph: number;
  citation: Citation;
  /** The passage's score for the question, 0..1: the share of its meaning covered. */
  score: number;
  /** The share covered by the question's own words (and aliases, dictionary forms) alone, without word-vector matches. */
  lexicalScore: number;
  /** Spans of `quote` ([start, end) offsets) holding words that matched the question. */
  highlights: Array<[number, number]>;
}

/** What the engine says to a question. */
export interface Answer {
  question: string;
  /** True when a passage answers the question well enough to quote. */
  answered: boolean;
  /** The best passage's text, verbatim, when answered. */
  quote?: string | undefined;
  citation?: Citation | undefined;
  /** The best passage, when answered. */
  best?: QuotedPassage | undefined;
  /** How sure the engine is that `quote` answers the question, 0..1 (0 when abstaining). */
  confidence: number;
  /** The question's words found in the best passage. */
  matchedTerms: string[];
  /** Up to 3 further passages that also match, when answered. */
  alternatives: QuotedPassage[];
  /** When abstaining: the nearest passages, offered as topics to explore, not as answers. */
  suggestions: QuotedPassage[];
  /** Why the engine abstained, for people: set only when `answered` is false. */
  reason?: 'empty' | 'too-long' | 'no-match' | 'ambiguous' | undefined;
}

/**
 * A link to the passage itself: the source URL with a text fragment of the
 * passage's first and last words, which browsers scroll to and highlight.
 */
export function passageLink(url: string, text: string): string {
  const firstLine = text.split('\n')[0]!.trim();
  const ws = firstLine.split(/\s+/).filter(Boolean);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = ws.length <= 8 ? enc(firstLine) : `${enc(ws.slice(0, 4).join(' '))},${enc(ws.slice(-4).join(' '))}`;
  const base = url.split('#')[0];
  return `${base}#:~:text=${fragment}`;
}

/** The citation of a passage of a source. */
export function citationOf(source: Source, passage: Passage): Citation {
  return {
    sourceId: source.id,
    publisher: source.publisher,
    title: source.title,
    date: source.published,
    url: source.url,
    link: passageLink(source.url, passage.text),
  };
}
