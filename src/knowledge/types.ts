/** The citation facts of one source, from its front matter. */
export interface SourceMeta {
  /** Stable kebab-case identifier, unique in the knowledge folder. */
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  notes?: string | undefined;
}

/** One source as loaded from the knowledge folder. */
export interface Source extends SourceMeta {
  /** Path of the file it came from. */
  file: string;
  /** The text after the front matter, exactly as in the file. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** SHA-256 of the whole file, for change detection. */
  hash: string;
}

/** A passage: a span of a source that can answer a question on its own. */
export interface Passage {
  /** Stable id: the source id and a hash of the text, so it survives reloads. */
  id: string;
  sourceId: string;
  /** The heading the passage stands under, if any (searchable, never quoted alone). */
  section?: string | undefined;
  /** 1-based ordinal of the paragraph among the source's paragraphs. */
  paragraph: number;
  /** 1-based line of the source file where the passage starts. */
  line: number;
  /** The quotable text: a verbatim substring of the source body. */
  text: string;
  /**
   * Lines attached to the passage that are not worth quoting (truncated embeds,
   * picture links): verbatim too, searchable, never quoted.
   */
  attached: string[];
}

/** A problem found in the knowledge folder, located for a moderator to fix. */
export interface Problem {
  file: string;
  /** 1-based line, or 0 when the problem is about the file as a whole. */
  line: number;
  message: string;
}

/** Alias groups: each group is a set of phrases that mean the same thing. */
export type Aliases = string[][];

/** Everything the answer engine is built from. */
export interface Knowledge {
  sources: Source[];
  aliases: Aliases;
}
