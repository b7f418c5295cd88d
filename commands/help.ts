import { ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, MessageFlags } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { helpMessage } from '../src/bot/format.js';

/** `/help`: what the bot knows, how it answers, and how to ask it by direct message. */
const help: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    description: 'What I know about the MSS mission in Haiti, how I answer, and how to ask me',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  async execute(interaction, ctx) {
    await interaction.reply({ ...helpMessage(ctx.kb.engine.sources()), flags: MessageFlags.Ephemeral });
  },
};

export default help;
