import type { Config } from './config.js';
import type { EngineOptions } from './engine/engine.js';
import { DEFAULT_VECTOR_WORDS, defaultVectorTablePath, ensureVectorTable, type VectorLogger } from './engine/vectors/ensure.js';
import { KnowledgeBase, KnowledgeError } from './knowledge-base.js';

/**
 * Opens the knowledge base the way every entry point does: the word-vector
 * table loaded (built once when missing or stale, unless WORD_VECTORS=off),
 * then the folder loaded and indexed. Throws KnowledgeError on a bad folder.
 */
export async function openKnowledgeBase(config: Config, dir: string = config.KNOWLEDGE_DIR, logger?: VectorLogger, extra: Partial<EngineOptions> = {}): Promise<KnowledgeBase> {
  // One table for every folder opened with this configuration: a --knowledge
  // folder (or a test's) does not build its own copy.
  const file = defaultVectorTablePath(config.KNOWLEDGE_DIR);
  const vectors = config.WORD_VECTORS === 'off' ? null : await ensureVectorTable({ file, words: DEFAULT_VECTOR_WORDS, ...(logger ? { logger } : {}) });
  return KnowledgeBase.open(dir, { maxQuestionChars: config.MAX_QUESTION_CHARS, vectors, ...extra });
}

/**
 * {@link openKnowledgeBase} for an entry point: a folder with problems is
 * printed (each with file and line) and gives `undefined`, for the caller to exit 1.
 */
export async function openOrReport(config: Config, logger: VectorLogger | undefined, print: (text: string) => void): Promise<KnowledgeBase | undefined> {
  try {
    return await openKnowledgeBase(config, config.KNOWLEDGE_DIR, logger);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    print(`${err.message}\n`);
    return undefined;
  }
}
