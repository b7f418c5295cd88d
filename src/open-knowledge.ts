import type { Config } from './config.js';
import type { EngineOptions } from './engine/engine.js';
import { DEFAULT_VECTOR_WORDS, defaultVectorTablePath, ensureVectorTable, type VectorLogger } from './engine/vectors/ensure.js';
import { KnowledgeBase } from './knowledge-base.js';

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
