import { ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, MessageFlags } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { sourcesMessage } from '../src/bot/format.js';

/** `/sources`: what the bot can quote, with publisher, date, link and passage count. */
const sources: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'sources',
    description: 'List the sources I quote from, with their publisher, date, link and passage count',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  async execute(interaction, ctx) {
    await interaction.reply({ ...sourcesMessage(ctx.kb.engine.sources()), flags: MessageFlags.Ephemeral });
  },
};

export default sources;
