import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AnswerEngine } from './engine/engine.js';

/** A question set in the format of shared/eval: `expect` empty means "should abstain". */
export const questionSetSchema = z.array(z.object({ q: z.string(), expect: z.array(z.string()) }).passthrough());
export type QuestionSet = z.infer<typeof questionSetSchema>;

export interface EvalMiss {
  q: string;
  expect: string[];
  kind: 'wrong-answer' | 'wrong-abstention' | 'should-abstain';
  got?: string | undefined;
}

export interface EvalReport {
  answerable: number;
  unanswerable: number;
  answeredRight: number;
  abstainedRight: number;
  /** Answerable questions quoted with a passage that does not hold the answer. */
  wrongAnswers: number;
  /** Answerable questions the engine abstained on. */
  wrongAbstentions: number;
  /** Unanswerable questions the engine answered anyway. */
  answeredUnanswerable: number;
  misses: EvalMiss[];
}

/** Reads and validates a question set file. */
export async function readQuestionSet(file: string): Promise<QuestionSet> {
  const parsed = questionSetSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a question set: ${parsed.error.issues[0]?.message ?? 'bad format'}`);
  return parsed.data;
}

/**
 * Scores an engine on a question set with the shared/eval rule: an answerable
 * question is right when the quoted passage contains one of its `expect`
 * strings (ignoring case); an unanswerable one when the engine abstains.
 */
export function evaluate(engine: AnswerEngine, questions: QuestionSet): EvalReport {
  const r: EvalReport = { answerable: 0, unanswerable: 0, answeredRight: 0, abstainedRight: 0, wrongAnswers: 0, wrongAbstentions: 0, answeredUnanswerable: 0, misses: [] };
  for (const { q, expect } of questions) {
    const a = engine.ask(q);
    if (expect.length === 0) {
      r.unanswerable++;
      if (!a.answered) r.abstainedRight++;
      else {
        r.answeredUnanswerable++;
        r.misses.push({ q, expect, kind: 'should-abstain', got: a.quote });
      }
      continue;
    }
    r.answerable++;
    const quote = (a.quote ?? '').toLowerCase();
    if (a.answered && expect.some((e) => quote.includes(e.toLowerCase()))) r.answeredRight++;
    else if (a.answered) {
      r.wrongAnswers++;
      r.misses.push({ q, expect, kind: 'wrong-answer', got: a.quote });
    } else {
      r.wrongAbstentions++;
      r.misses.push({ q, expect, kind: 'wrong-abstention', got: a.suggestions[0]?.quote });
    }
  }
  return r;
}
