/**
 * `/kb`: moderators keep the knowledge base current from Discord.
 *
 *   /kb refresh                       reload the knowledge folder, say what changed
 *   /kb add file:<attachment> [...]   add a source from an uploaded .md/.txt file
 *   /kb remove source:<id>            move a source to the trash
 *   /kb restore source:<id>           bring the newest trashed copy back
 *   /kb alias add|remove term means   edit aliases.yml
 *   /kb gaps                          the questions the bot could not answer
 *
 * Registered for members with Manage Server, in servers only; checked again
 * here (and KB_ROLE_IDS, when set). Every change is logged with who made it
 * and announced in KB_LOG_CHANNEL_ID when set. The Discord-free work is in
 * src/moderation/.
 */
import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext, Command } from '../src/bot/command.js';
import { GapLog, normaliseQuestion, type Gap } from '../src/gaps.js';
import { addSource, editAlias, refreshKnowledge, removeSource, restoreSource, trashedSources, type Outcome } from '../src/moderation/actions.js';
import { clip, fit, gapsReply } from '../src/moderation/messages.js';
import { moderationRefusal } from '../src/moderation/permissions.js';

const NO_MENTIONS = { parse: [] as [], repliedUser: false };
const GAPS_SHOWN = 15;

const builder = new SlashCommandBuilder()
  .setName('kb')
  .setDescription('Moderators: keep the knowledge base current')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) => s.setName('refresh').setDescription('Reload the knowledge folder and show what changed'))
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add a source from a Markdown or plain-text file')
      .addAttachmentOption((o) => o.setName('file').setDescription('The source, .md or .txt, UTF-8; front matter optional').setRequired(true))
      .addStringOption((o) => o.setName('id').setDescription('Id, e.g. un-report-2024-10 (if the file has no front matter)').setMaxLength(80))
      .addStringOption((o) => o.setName('title').setDescription('Title of the source').setMaxLength(300))
      .addStringOption((o) => o.setName('publisher').setDescription('Who published it').setMaxLength(200))
      .addStringOption((o) => o.setName('url').setDescription('Where it was published (http/https URL)').setMaxLength(1000))
      .addStringOption((o) => o.setName('date').setDescription('Publication date, YYYY-MM-DD').setMinLength(10).setMaxLength(10)),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Move a source to the trash (it can be restored)')
      .addStringOption((o) => o.setName('source').setDescription('The source to remove').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  )
  .addSubcommand((s) =>
    s
      .setName('restore')
      .setDescription('Bring a removed source back from the trash')
      .addStringOption((o) => o.setName('source').setDescription('The source to restore').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  )
  .addSubcommandGroup((g) =>
    g
      .setName('alias')
      .setDescription('Edit the aliases: terms that mean the same thing')
      .addSubcommand((s) =>
        s
          .setName('add')
          .setDescription('Make a term mean a phrase, e.g. MSS → Multinational Security Support')
          .addStringOption((o) => o.setName('term').setDescription('The term, e.g. MSS').setRequired(true).setMaxLength(100))
          .addStringOption((o) => o.setName('means').setDescription('What it means').setRequired(true).setMaxLength(100)),
      )
      .addSubcommand((s) =>
        s
          .setName('remove')
          .setDescription('Remove one meaning of a term')
          .addStringOption((o) => o.setName('term').setDescription('The term').setRequired(true).setMaxLength(100))
          .addStringOption((o) => o.setName('means').setDescription('The meaning to remove').setRequired(true).setMaxLength(100)),
      ),
  )
  .addSubcommand((s) => s.setName('gaps').setDescription('The questions the bot could not answer, most frequent first'));

// Servers only through `contexts`; the builder's deprecated `dm_permission` key is left out.
const { dm_permission: _deprecated, ...data } = builder.toJSON();

/**
 * The gaps to list: from a {@link GapLog}, or, for a recorder that keeps a plain
 * list of `{ question, at }` (the in-memory stand-in), counted here.
 */
function gapsOf(recorder: unknown): { gaps: Gap[]; total: number } | null {
  if (recorder instanceof GapLog) return { gaps: recorder.list(GAPS_SHOWN), total: recorder.size };
  const list = (recorder as { list?: unknown }).list;
  if (typeof list !== 'function') return null;
  const items = (list as () => unknown).call(recorder);
  if (!Array.isArray(items)) return null;
  const counted = new Map<string, Gap>();
  for (const item of items as Array<{ question?: unknown; at?: unknown; count?: unknown; lastAsked?: unknown }>) {
    if (typeof item?.question !== 'string') continue;
    const key = normaliseQuestion(item.question);
    if (key === '') continue;
    const at = item.at instanceof Date ? item.at.getTime() : typeof item.lastAsked === 'number' ? item.lastAsked : Date.now();
    const count = typeof item.count === 'number' ? item.count : 1;
    const g = counted.get(key) ?? { question: key, count: 0, firstAsked: at, lastAsked: at };
    g.count += count;
    g.firstAsked = Math.min(g.firstAsked, at);
    g.lastAsked = Math.max(g.lastAsked, at);
    counted.set(key, g);
  }
  const all = [...counted.values()].sort((a, b) => b.count - a.count || b.lastAsked - a.lastAsked);
  return { gaps: all.slice(0, GAPS_SHOWN), total: all.length };
}

async function announce(interaction: ChatInputCommandInteraction, ctx: BotContext, text: string): Promise<void> {
  const channelId = ctx.config.KB_LOG_CHANNEL_ID;
  if (!channelId) return;
  try {
    const channel = await interaction.client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      ctx.logger.warn({ channelId }, 'KB_LOG_CHANNEL_ID is not a channel the bot can send to');
      return;
    }
    await channel.send({ content: fit([text]), allowedMentions: NO_MENTIONS });
  } catch (err) {
    ctx.logger.warn({ err, channelId }, 'could not announce a knowledge-base change');
  }
}

/** Replies, then logs and announces the change. */
async function finish(interaction: ChatInputCommandInteraction, ctx: BotContext, action: string, outcome: Outcome): Promise<void> {
  ctx.logger[outcome.ok ? 'info' : 'warn'](
    { kb: { action, user: interaction.user.id, guild: interaction.guildId, ok: outcome.ok, ...outcome.details } },
    `kb ${action}: ${outcome.ok ? 'done' : 'not done'}`,
  );
  await interaction.editReply({ content: outcome.reply, allowedMentions: NO_MENTIONS });
  await announce(interaction, ctx, `${outcome.ok ? '📚' : '⚠️'} <@${interaction.user.id}> /kb ${action}: ${outcome.summary}`);
}

async function gaps(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const found = gapsOf(ctx.gaps);
  if (found === null) {
    await interaction.reply({ content: 'Unanswered questions are not being recorded on this bot.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // Mark the ones the knowledge base answers by now (after an add or an alias).
  const list = found.gaps.map((g) => ({ ...g, answeredNow: ctx.kb.engine.ask(g.question).answered }));
  await interaction.reply({ content: gapsReply(list, found.total), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(true);
  const action = group ? `${group} ${sub}` : sub;
  const refusal = moderationRefusal(interaction, ctx.config);
  if (refusal !== null) {
    ctx.logger.warn({ kb: { action, user: interaction.user.id, guild: interaction.guildId, ok: false, reason: 'not-allowed' } }, 'kb command refused: not a moderator');
    await interaction.reply({ content: `🔒 ${refusal}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  if (action === 'gaps') return gaps(interaction, ctx);

  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let outcome: Outcome;
  try {
    outcome = await run(interaction, ctx, action);
  } catch (err) {
    ctx.logger.error({ err, kb: { action, user: interaction.user.id } }, 'kb command failed');
    outcome = {
      ok: false,
      reply: '❌ Something went wrong; any partial change was undone where possible. The error is in the bot’s log.',
      summary: 'failed with an unexpected error (see the log)',
      details: { reason: 'error' },
    };
  }
  await finish(interaction, ctx, action, outcome);
}

function run(interaction: ChatInputCommandInteraction, ctx: BotContext, action: string): Promise<Outcome> {
  const { kb, config } = ctx;
  const o = interaction.options;
  switch (action) {
    case 'refresh':
      return refreshKnowledge(kb);
    case 'add': {
      const file = o.getAttachment('file', true);
      return addSource(
        kb,
        { url: file.url, name: file.name, size: file.size, contentType: file.contentType },
        { id: o.getString('id'), title: o.getString('title'), publisher: o.getString('publisher'), url: o.getString('url'), published: o.getString('date') },
        { allowedHosts: config.ATTACHMENT_HOSTS, maxBytes: config.MAX_ATTACHMENT_BYTES },
      );
    }
    case 'remove':
      return removeSource(kb, o.getString('source', true).trim());
    case 'restore':
      return restoreSource(kb, o.getString('source', true).trim());
    case 'alias add':
    case 'alias remove':
      return editAlias(kb, action === 'alias add' ? 'add' : 'remove', o.getString('term', true), o.getString('means', true));
    default:
      throw new Error(`unknown /kb subcommand ${action}`);
  }
}

function choiceName(text: string): string {
  return clip(text, 100);
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  if (moderationRefusal(interaction, ctx.config) !== null) {
    await interaction.respond([]);
    return;
  }
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false);
  const typed = String(focused.value).trim().toLowerCase();
  if (focused.name !== 'source') {
    await interaction.respond([]);
    return;
  }
  if (sub === 'restore') {
    const trashed = await trashedSources(ctx.kb);
    const choices = trashed
      .filter((t) => t.id.includes(typed))
      .slice(0, 25)
      .map((t) => ({ name: choiceName(`${t.id} (removed ${t.removedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`), value: t.id }));
    await interaction.respond(choices);
    return;
  }
  const sources = ctx.kb.engine.sources();
  const matches = sources.filter((s) => typed === '' || s.id.includes(typed) || s.title.toLowerCase().includes(typed));
  // Ids that start with what was typed first, then the rest in load order.
  matches.sort((a, b) => Number(b.id.startsWith(typed)) - Number(a.id.startsWith(typed)));
  await interaction.respond(matches.slice(0, 25).map((s) => ({ name: choiceName(`${s.title} (${s.id})`), value: s.id })));
}

const command: Command = { data, execute, autocomplete };
export default command;
