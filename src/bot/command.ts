import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Logger } from '../logger.js';

/** Records questions the bot could not answer, for moderators (`/kb gaps`). */
export interface GapRecorder {
  record(question: string): void;
}

/** What every command handler is given besides its interaction. */
export interface BotContext {
  kb: KnowledgeBase;
  config: Config;
  logger: Logger;
  gaps: GapRecorder;
}

/**
 * A slash command: one module in `commands/` exports one of these as its
 * default export. The loader (`src/bot/commands.ts`) discovers them; the
 * deploy script registers `data`.
 */
export interface Command {
  /** The definition sent to Discord (e.g. `new SlashCommandBuilder()...toJSON()`). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Buttons whose custom id starts with `${data.name}:` are routed here. */
  button?(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}
