import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear in a log line: the token under
 * any of the names discord.js and our code give it, and authorization headers.
 */
export const REDACT_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.*.headers.authorization',
  'headers.Authorization',
  '*.headers.Authorization',
];

/**
 * The project's structured logger (pino, JSON lines on stdout). Any string that
 * contains one of `secrets` is also masked, so a token inside an error message
 * never reaches the log.
 */
export function createLogger(options: { level?: string; secrets?: Array<string | undefined>; destination?: DestinationStream } = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const mask = (s: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[REDACTED]'), s);
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return mask(value);
    if (depth > 4 || value === null || typeof value !== 'object') return value;
    if (value instanceof Error) {
      return { type: value.name, message: mask(value.message), stack: mask(value.stack ?? ''), ...(('code' in value) ? { code: (value as { code: unknown }).code } : {}) };
    }
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
  };
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      base: undefined,
      hooks:
        secrets.length === 0
          ? {}
          : {
              logMethod(args, method) {
                method.apply(this, args.map((a) => scrub(a)) as Parameters<typeof method>);
              },
            },
    },
    options.destination,
  );
}
