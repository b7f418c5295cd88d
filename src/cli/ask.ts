import { createInterface } from 'node:readline';
import { answerJson, answerText } from './render.js';
import { UsageError, parseCommandLine, runMain } from './args.js';
import { openForCli } from './open.js';

const USAGE = 'npm run ask -- [--json] [--knowledge DIR] "question"   (with --json and no question: one question per line on stdin)';

/** `npm run ask`: answers one question, or with `--json` a stream of them on stdin. */
async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine({
    options: { json: { type: 'boolean', default: false }, knowledge: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const question = positionals.join(' ');
  if (question.trim() === '' && !values.json) throw new UsageError(`no question given. ${USAGE}`);
  const kb = await openForCli(values.knowledge);
  if (question.trim() !== '') {
    const answer = kb.engine.ask(question);
    process.stdout.write(values.json ? `${JSON.stringify(answerJson(answer))}\n` : answerText(answer));
    return 0;
  }
  // One JSON object per input line, in order, from one process.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!process.stdout.write(`${JSON.stringify(answerJson(kb.engine.ask(line)))}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  return 0;
}

runMain(main);
