/**
 * `npm start`: the Discord bot. Reads the configuration, opens the knowledge
 * folder, loads the commands and logs in. Every startup mistake is one clear
 * message on stderr and exit code 1, never a stack trace.
 */
import { ConfigError, loadConfig, type Config } from '../config.js';
import { KnowledgeBase, KnowledgeError } from '../knowledge-base.js';
import { createLogger } from '../logger.js';
import { createBot } from './client.js';
import { CommandLoadError } from './commands.js';
import { MemoryGapRecorder } from './gaps.js';

const OFFLINE_HINT = 'To try the answers without Discord, run: npm run ask -- "How many officers did Kenya pledge?"';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    process.stderr.write(
      `DISCORD_TOKEN is not set: the bot needs its token from the Discord Developer Portal (Bot → Reset Token), in the environment or in .env.\n${OFFLINE_HINT}\n`,
    );
    return 1;
  }

  let kb: KnowledgeBase;
  try {
    kb = await KnowledgeBase.open(config.KNOWLEDGE_DIR, { maxQuestionChars: config.MAX_QUESTION_CHARS });
  } catch (err) {
    if (err instanceof KnowledgeError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  let client;
  try {
    client = await createBot({ config, kb, logger, gaps: new MemoryGapRecorder() });
  } catch (err) {
    if (err instanceof CommandLoadError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const engine = kb.engine;
  logger.info({ sources: engine.sources().length, passages: engine.passages.length, api: config.DISCORD_API_URL }, 'logging in');
  try {
    await client.login(token);
  } catch (err) {
    logger.fatal({ err }, 'could not log in to Discord');
    process.stderr.write(`Could not log in to Discord: ${err instanceof Error ? err.message.split(token).join('[REDACTED]') : String(err)}\nCheck DISCORD_TOKEN (and DISCORD_API_URL).\n`);
    await client.destroy();
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
