import { loadConfig } from '../config.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { openKnowledgeBase } from '../open-knowledge.js';

/** Warnings go to stderr as one line each: stdout is the answer (and may be JSON). */
const stderrLogger = {
  warn: (_obj: object, msg: string) => void process.stderr.write(`warning: ${msg}\n`),
  info: (_obj: object, msg: string) => void process.stderr.write(`${msg}\n`),
};

/** Opens the knowledge base for a command-line tool: `--knowledge DIR`, else KNOWLEDGE_DIR, else `knowledge/`. */
export async function openForCli(knowledgeFlag: string | undefined): Promise<KnowledgeBase> {
  const config = loadConfig();
  return openKnowledgeBase(config, knowledgeFlag ?? config.KNOWLEDGE_DIR, stderrLogger);
}
