import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { Config } from '../config.js';

/**
 * Why this interaction's member may not change the knowledge base, or null
 * when they may: in a server, with Manage Server (or Administrator), and, when
 * KB_ROLE_IDS is set, holding one of those roles. Discord already hides the
 * command from others (`default_member_permissions`), but server admins can
 * override that per channel or role, so the bot checks again.
 */
export function moderationRefusal(interaction: BaseInteraction, config: Pick<Config, 'KB_ROLE_IDS'>): string | null {
  if (!interaction.inGuild()) return 'The /kb commands work in a server only.';
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    return 'Only moderators (with the Manage Server permission) may change the knowledge base.';
  }
  const roles = config.KB_ROLE_IDS;
  if (roles && roles.length > 0) {
    const member = interaction.member;
    const held: readonly string[] = Array.isArray(member.roles) ? member.roles : [...(member.roles as { cache: Map<string, unknown> }).cache.keys()];
    if (!roles.some((r) => held.includes(r))) return 'Only members with a knowledge-base moderator role may change the knowledge base.';
  }
  return null;
}
