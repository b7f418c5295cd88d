/** Helpers the benchmark scripts share. */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A command-line value that must be a positive whole number. */
export function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
}

/** `global.gc` if exposed, else switched on at run time, else undefined (heap figures are then approximate). */
export function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // No garbage collection on demand.
  }
  return undefined;
}
