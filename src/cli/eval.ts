import { evaluate, readQuestionSet } from '../eval.js';
import { UsageError, parseCommandLine, runMain } from './args.js';
import { openForCli } from './open.js';

/** `npm run eval -- FILE...`: scores question sets; exits 1 when any question is missed. */
async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine({
    options: { knowledge: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('npm run eval -- [--knowledge DIR] [--json] FILE...  (FILE in the format of shared/eval)');
  const kb = await openForCli(values.knowledge);
  let missed = 0;
  for (const file of positionals) {
    const questions = await readQuestionSet(file).catch((err: Error) => {
      throw new Error(err.message.startsWith(file) ? err.message : `cannot read ${file}: ${err.message.split('\n')[0]}`);
    });
    const r = evaluate(kb.engine, questions);
    missed += r.misses.length;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, ...r })}\n`);
      continue;
    }
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
    const out = [
      `${file}`,
      `  answered right:        ${r.answeredRight}/${r.answerable} (${pct(r.answeredRight, r.answerable)})`,
      `  abstained right:       ${r.abstainedRight}/${r.unanswerable} (${pct(r.abstainedRight, r.unanswerable)})`,
      `  wrong answers:         ${r.wrongAnswers}`,
      `  wrong abstentions:     ${r.wrongAbstentions}`,
      `  answered, should not:  ${r.answeredUnanswerable}`,
      ...r.misses.map((m) => `  MISS ${m.kind}: ${JSON.stringify(m.q)} expected ${JSON.stringify(m.expect)}${m.got ? `\n       got: ${JSON.stringify(m.got.slice(0, 140))}` : ''}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return missed > 0 ? 1 : 0;
}

runMain(main);
