/**
 * `npm run deploy-commands`: registers the slash commands the loader finds in
 * `commands/`: in one server (DISCORD_GUILD_ID, instant, for development) or
 * globally (may take a while to show everywhere).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import type { Command } from './command.js';
import { CommandLoadError, loadCommands } from './commands.js';

/** Where the commands were registered, and what Discord answered. */
export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string | undefined;
  registered: RESTPutAPIApplicationCommandsResult;
}

/**
 * Replaces the application's commands (in DISCORD_GUILD_ID if set, else
 * globally) with the definitions of `commands`. Needs DISCORD_TOKEN and
 * DISCORD_APPLICATION_ID: throws a {@link ConfigError} naming whichever is missing.
 */
export async function deployCommands(config: Config, commands: ReadonlyMap<string, Command> | Iterable<Command>, logger: Logger): Promise<DeployResult> {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => config[k] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(missing.map((k) => `${k} is not set: deploying the commands needs ${k === 'DISCORD_TOKEN' ? 'the bot token' : 'the application id'} from the Discord Developer Portal`));
  }
  const list = commands instanceof Map ? [...(commands as ReadonlyMap<string, Command>).values()] : [...(commands as Iterable<Command>)];
  const body = list.map((c) => c.data);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN!);
  const appId = config.DISCORD_APPLICATION_ID!;
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  logger.info({ scope: guildId ? 'guild' : 'global', guildId, commands: registered.map((c) => c.name) }, 'commands registered');
  return { scope: guildId ? 'guild' : 'global', guildId, registered };
}

/** The `npm run deploy-commands` script; returns its exit code. */
export async function main(env: NodeJS.ProcessEnv = process.env, io: { out?: (t: string) => void; err?: (t: string) => void } = {}): Promise<number> {
  const out = io.out ?? ((t: string) => void process.stdout.write(t));
  const errOut = io.err ?? ((t: string) => void process.stderr.write(t));
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      errOut(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  try {
    const commands = await loadCommands();
    const result = await deployCommands(config, commands, logger);
    out(
      `Registered ${result.registered.length} command(s) ${result.scope === 'guild' ? `in server ${result.guildId}` : 'globally (they may take up to an hour to appear everywhere)'}: ${result.registered.map((c) => `/${c.name}`).join(', ')}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CommandLoadError) {
      errOut(`${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    errOut(`Could not register the commands: ${config.DISCORD_TOKEN ? message.split(config.DISCORD_TOKEN).join('[REDACTED]') : message}\n`);
    return 1;
  }
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
