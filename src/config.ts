import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const positiveInt = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be greater than 0');

/** Every setting the project reads from the environment (or `.env`). */
export const configSchema = z.object({
  DISCORD_TOKEN: z.string().regex(/^\S{20,}$/, 'must be the bot token from the Developer Portal (no spaces)').optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  KNOWLEDGE_DIR: z.string().min(1, 'must not be empty').default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUESTION_CHARS: positiveInt.max(4000, 'must be at most 4000 (Discord allows no longer messages)').default(500),
  RATE_LIMIT_QUESTIONS: positiveInt.default(5),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(10),
  KB_LOG_CHANNEL_ID: snowflake.optional(),
  KB_ROLE_IDS: z
    .string()
    .regex(/^\s*\d{17,20}(?:\s*,\s*\d{17,20})*\s*$/, 'must be a comma-separated list of role ids')
    .transform((s) => s.split(',').map((x) => x.trim()))
    .optional(),
  KB_WATCH: bool.default(false),
  WORD_VECTORS: z.enum(['auto', 'off'], { error: 'must be auto or off' }).default('auto'),
  KB_GAPS_PERSIST: bool.default(true),
  ATTACHMENT_HOSTS: z
    .string()
    .default('cdn.discordapp.com,media.discordapp.net')
    .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)),
  MAX_ATTACHMENT_BYTES: positiveInt.default(1_000_000),
  HEALTH_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535, 'must be a port number from 1 to 65535').optional(),
  HEALTH_HOST: z.string().regex(/^(?:localhost|[0-9.]+|[0-9a-fA-F:]+)$/, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  HTTP_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535, 'must be a port number from 1 to 65535').default(8080),
  SHARD_COUNT: z
    .union([z.literal('auto'), positiveInt.max(1000, 'must be at most 1000')], { error: 'must be auto or a whole number' })
    .default('auto'),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex digits of the public key from the Developer Portal').optional(),
});

export type Config = z.infer<typeof configSchema>;

/** A configuration error that names each bad variable and what is wrong, never its value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from the environment, after loading `.env` from the
 * working directory if there is one (variables already set win). Empty values
 * count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { dotenv = true } = {}): Config {
  if (dotenv && env === process.env) loadDotenv({ quiet: true });
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`));
  }
  return parsed.data;
}

/** What an entry point says when the bot has no token. */
export const MISSING_TOKEN =
  'DISCORD_TOKEN is not set: the bot needs its token from the Discord Developer Portal (Bot → Reset Token), in the environment or in .env.';

/**
 * {@link loadConfig} for an entry point: a configuration error is printed
 * (naming each bad variable, never its value) and gives `undefined`, for the
 * caller to exit 1.
 */
export function configOrReport(env: NodeJS.ProcessEnv, print: (text: string) => void): Config | undefined {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    print(`${err.message}\n`);
    return undefined;
  }
}
