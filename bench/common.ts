/** Helpers the benchmark scripts share. */
import os from 'node:os';
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

/** Latency figures of a list of samples, in milliseconds. */
export interface LatencyStats {
  n: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Mean, p50/p90/p99 and max of samples in milliseconds. */
export function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    meanMs: sum / Math.max(1, sorted.length),
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };
}

/** What every benchmark report says of when and where it ran. */
export function runFacts(): { generatedAt: string; node: string; platform: string; cpu: string | null; cpus: number; loadavg: number[] } {
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length,
    loadavg: os.loadavg(),
  };
}
