import type { GapRecorder } from './command.js';

/** A question the bot could not answer, and when it was asked. */
export interface Gap {
  question: string;
  at: Date;
}

/**
 * Keeps the latest unanswered questions in memory (the newest `capacity`), until
 * the persistent gaps store replaces it: anything with `record(question)` fits.
 */
export class MemoryGapRecorder implements GapRecorder {
  private readonly gaps: Gap[] = [];

  constructor(private readonly capacity = 1000) {}

  record(question: string): void {
    this.gaps.push({ question, at: new Date() });
    if (this.gaps.length > this.capacity) this.gaps.splice(0, this.gaps.length - this.capacity);
  }

  /** The recorded gaps, oldest first. */
  list(): readonly Gap[] {
    return [...this.gaps];
  }
}
