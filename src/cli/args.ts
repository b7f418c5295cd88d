import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `util.parseArgs`, with its errors turned into one-line {@link UsageError}s. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
}

/**
 * Runs a command-line entry point: known errors become one line on stderr and a
 * non-zero exit, never a stack trace.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const e = err as Error;
      process.stderr.write(`${e.name === 'UsageError' ? 'usage error' : 'error'}: ${e.message}\n`);
      process.exitCode = e.name === 'UsageError' ? 2 : 1;
    },
  );
}
