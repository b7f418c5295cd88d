import { loadKnowledge } from '../knowledge/loader.js';
import { splitPassages } from '../knowledge/passages.js';
import { formatProblem } from '../knowledge-base.js';
import { loadConfig } from '../config.js';
import { parseCommandLine, runMain } from './args.js';

/** `npm run kb:check`: validates the knowledge folder; exits 1 listing every problem. */
async function main(): Promise<number> {
  const { values } = parseCommandLine({ options: { knowledge: { type: 'string' } }, allowPositionals: false });
  const dir = values.knowledge ?? loadConfig().KNOWLEDGE_DIR;
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.problems.map(formatProblem).join('\n')}\n${loaded.problems.length} problem(s) in ${dir}\n`);
    return 1;
  }
  for (const s of loaded.knowledge.sources) {
    process.stdout.write(`ok  ${s.id}: ${splitPassages(s).length} passages (${s.publisher}, ${s.published})\n`);
  }
  process.stdout.write(`${loaded.knowledge.sources.length} source(s), ${loaded.knowledge.aliases.length} alias(es): the knowledge folder is valid\n`);
  return 0;
}

runMain(main);
