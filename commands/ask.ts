import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
} from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { NO_MENTIONS, autocompleteChoices, moreResultsMessage, parseMoreResultsId } from '../src/bot/format.js';
import { answerReply, askQuestion, recallQuestion, replyInTime } from '../src/bot/respond.js';

/** `/ask question:<text> [private:<bool>]`: a verbatim passage and its citation, or an abstention. */
const ask: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    description: 'Ask about the Kenyan-led MSS mission in Haiti: I answer with a quoted passage of my sources',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, in plain words',
        required: true,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        description: 'Show the answer only to you',
        required: false,
      },
    ],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },

  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await replyInTime(interaction, { ephemeral }, () => answerReply(ctx, askQuestion(ctx, question)));
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'question') {
      await interaction.respond([]);
      return;
    }
    const typed = String(focused.value).slice(0, ctx.config.MAX_QUESTION_CHARS);
    await interaction.respond(autocompleteChoices(ctx.kb.engine.topics(typed, 25)));
  },

  /** `ask:more:…`: the other passages that match, only to whoever clicked. */
  async button(interaction, ctx) {
    const parsed = parseMoreResultsId(interaction.customId);
    const question = parsed === null ? undefined : 'question' in parsed ? parsed.question : recallQuestion(parsed.key);
    if (question === undefined) {
      await interaction.reply({
        content: 'This button has expired: please ask the question again.',
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    // Re-asking recomputes the alternatives (from the live engine) without recording a gap twice.
    await replyInTime(interaction, { ephemeral: true }, () => moreResultsMessage(ctx.kb.engine.ask(question)));
  },
};

export default ask;
