import { loadConfig } from '../config.js';
import { KnowledgeBase } from '../knowledge-base.js';

/** Opens the knowledge base for a command-line tool: `--knowledge DIR`, else KNOWLEDGE_DIR, else `knowledge/`. */
export async function openForCli(knowledgeFlag: string | undefined): Promise<KnowledgeBase> {
  const config = loadConfig();
  return KnowledgeBase.open(knowledgeFlag ?? config.KNOWLEDGE_DIR, { maxQuestionChars: config.MAX_QUESTION_CHARS });
}
