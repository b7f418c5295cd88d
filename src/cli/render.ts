import type { Answer } from '../engine/answer.js';

/** The answer object as the `--json` output promises it. */
export function answerJson(a: Answer): Record<string, unknown> {
  return {
    question: a.question,
    answered: a.answered,
    ...(a.answered ? { quote: a.quote, citation: a.citation, section: a.best?.section ?? null, paragraph: a.best?.paragraph, passageId: a.best?.passageId } : { reason: a.reason }),
    confidence: a.confidence,
    matchedTerms: a.matchedTerms,
    alternatives: a.alternatives.map((p) => ({ quote: p.quote, citation: p.citation, score: p.score })),
    suggestions: a.suggestions.map((p) => ({ quote: p.quote, citation: p.citation, score: p.score })),
  };
}

/** The answer as a person reads it in a terminal. */
export function answerText(a: Answer): string {
  if (!a.answered) {
    const why =
      a.reason === 'too-long'
        ? 'That question is too long: please ask it in fewer words.'
        : a.reason === 'empty'
          ? 'Please ask a question in words, for example: "How many more officers is Kenya sending to Haiti?"'
          : a.reason === 'ambiguous'
            ? 'More than one source matches that question as well as the other: please ask again with a word that tells them apart.'
            : 'No passage in my sources answers that.';
    const near =
      a.reason === 'ambiguous'
        ? `\nThe passages, one from each source:\n${a.suggestions.map((s) => `  - ${s.citation.title}: ${firstWords(s.quote)}`).join('\n')}`
        : a.suggestions.length > 0
          ? `\nNearest topics in the sources:\n${a.suggestions.map((s) => `  - ${firstWords(s.quote)}`).join('\n')}`
          : '';
    return `${why}${near}\n`;
  }
  const c = a.citation!;
  const quote = a.quote!.split('\n').map((l) => `> ${l}`).join('\n');
  return `${quote}\n\n— ${c.publisher}, "${c.title}", ${c.date}\n  ${c.link}\n  (confidence ${a.confidence.toFixed(2)})\n`;
}

function firstWords(text: string, max = 100): string {
  const line = text.split('\n')[0]!;
  return line.length <= max ? line : `${line.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}
