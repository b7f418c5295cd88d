/**
 * `/kb` end to end: the real bot (createBot, the command modules) against the
 * fake Discord on 127.0.0.1, each test on its own temporary copy of knowledge/.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import kbCommand from '../../commands/kb.js';
import { createBot } from '../../src/bot/client.js';
import { loadConfig, type Config } from '../../src/config.js';
import { GapLog, gapsFileFor } from '../../src/gaps.js';
import { watchKnowledge } from '../../src/kb-watcher.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { Permission, startFakeDiscord, type CommandOptionInput, type FakeAttachment, type FakeDiscord, type InteractionResponse, type MemberInput } from '../fake-discord/server.js';
import { SHIPPED_KNOWLEDGE, cleanupTempDirs, recordingLogger, sourceText, tempDir, until } from './helpers.js';

const TOKEN = 'fake-discord-token-for-kb-tests';
const MOD_ROLE_ID = '1200000000000000042';
const SHIPPED_ID = 'mss-haiti-ruto-2024-09';
const MANAGE = (Permission.ManageGuild | Permission.ViewChannel | Permission.SendMessages | Permission.UseApplicationCommands).toString();
const PLAIN = (Permission.ViewChannel | Permission.SendMessages | Permission.UseApplicationCommands).toString();
const NEW_BODY = 'The Haitian Transitional Presidential Council appointed Garry Conille as Prime Minister on May 28, 2024.\n\nConille had worked for UNICEF before.\n';

interface Harness {
  dir: string;
  fake: FakeDiscord;
  client: Client;
  kb: KnowledgeBase;
  gaps: GapLog;
  config: Config;
  logChannelId: string;
  logLines: Array<Record<string, unknown>>;
  listing(): Promise<string[]>;
  kbCmd(subcommand: string, options?: CommandOptionInput[], extra?: { group?: string; member?: MemberInput; resolved?: Record<string, unknown> }): Promise<InteractionResponse>;
  ask(question: string): Promise<{ answered: boolean; text: string }>;
  upload(name: string, content: string | Uint8Array, type?: string): FakeAttachment;
}

const running: Array<() => Promise<void>> = [];
const fakes: FakeDiscord[] = [];
afterEach(async () => {
  // Whatever the test checked, the bot must not have sent anything Discord would reject.
  const problems = fakes.splice(0).flatMap((f) => f.problems());
  for (const stop of running.splice(0).reverse()) await stop();
  await cleanupTempDirs();
  expect(problems).toEqual([]);
});

async function harness(env: Record<string, string> = {}): Promise<Harness> {
  const dir = await tempDir({}, { shipped: true });
  const fake = await startFakeDiscord({
    token: TOKEN,
    guilds: [{ channels: [{ name: 'general' }, { name: 'kb-log' }], roles: [{ id: MOD_ROLE_ID, name: 'KB moderators', permissions: '0' }] }],
    defaultTimeoutMs: 10_000,
  });
  running.push(() => fake.close());
  fakes.push(fake);
  const guild = fake.defaultGuild;
  const logChannelId = guild.channels[1]!.id;
  const config = loadConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: dir,
      ATTACHMENT_HOSTS: `cdn.discordapp.com,${new URL(fake.baseUrl).host}`,
      MAX_ATTACHMENT_BYTES: '20000',
      KB_LOG_CHANNEL_ID: logChannelId,
      // These tests ask many questions as one member: the per-user limit is tested elsewhere.
      RATE_LIMIT_QUESTIONS: '1000',
      ...env,
    },
    { dotenv: false },
  );
  const kb = await KnowledgeBase.open(dir, { maxQuestionChars: config.MAX_QUESTION_CHARS });
  const { logger, lines } = recordingLogger();
  const gaps = await GapLog.open({ file: gapsFileFor(config), logger, debounceMs: 20 });
  const client = await createBot({ config, kb, logger, gaps });
  running.push(async () => {
    await client.destroy();
    await gaps.close();
  });
  await client.login(TOKEN);
  await fake.waitForReady();

  const h: Harness = {
    dir,
    fake,
    client,
    kb,
    gaps,
    config,
    logChannelId,
    logLines: lines,
    // The engine may keep a cache in .cache/: not the moderators' business.
    listing: async () => (await readdir(dir)).filter((n) => n !== '.cache').sort(),
    async kbCmd(subcommand, options = [], extra = {}) {
      const ix = fake.sendSlashCommand({
        name: 'kb',
        subcommand,
        ...(extra.group ? { subcommandGroup: extra.group } : {}),
        options,
        member: extra.member ?? { permissions: MANAGE },
        ...(extra.resolved ? { resolved: extra.resolved } : {}),
      });
      return fake.waitForInteractionResponse(ix, { timeoutMs: 10_000 });
    },
    async ask(question) {
      const ix = fake.sendSlashCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: question }], member: { permissions: PLAIN } });
      const res = await fake.waitForInteractionResponse(ix, { timeoutMs: 10_000 });
      const embed = res.embeds[0] as { description?: string; footer?: { text?: string } } | undefined;
      const answered = embed?.footer?.text?.includes('Quoted word for word') ?? false;
      return { answered, text: `${res.content}\n${embed?.description ?? ''}` };
    },
    upload: (name, content, type = 'text/markdown; charset=utf-8') => fake.hostAttachment(name, content, type),
  };
  return h;
}

const str = (name: string, value: string): CommandOptionInput => ({ name, type: 3, value });
const file = (att: FakeAttachment): CommandOptionInput => ({ name: 'file', type: 11, value: att.id });

describe('/kb registration', () => {
  it('is for Manage Server holders, in servers only (contexts, not dm_permission)', () => {
    expect(kbCommand.data.default_member_permissions).toBe('32');
    expect(kbCommand.data.contexts).toEqual([0]);
    expect(kbCommand.data).not.toHaveProperty('dm_permission');
    const names = (kbCommand.data.options ?? []).map((o) => o.name).sort();
    expect(names).toEqual(['add', 'alias', 'gaps', 'refresh', 'remove', 'restore']);
  });
});

describe('/kb end to end', () => {
  it('refresh reports an added and a changed source, and announces it in the log channel', async () => {
    const h = await harness();
    const before = h.kb.engine.passages.length;
    await writeFile(path.join(h.dir, 'conille-pm-2024-05.md'), sourceText(NEW_BODY, { id: 'conille-pm-2024-05' }));
    const shipped = path.join(h.dir, `${SHIPPED_ID}.md`);
    await writeFile(shipped, `${await readFile(shipped, 'utf8')}\nOne more paragraph at the end.\n`);

    const res = await h.kbCmd('refresh');
    expect(res.deferred).toBe(true);
    expect(res.ephemeral).toBe(true);
    expect(res.content).toContain('✅ Knowledge base refreshed');
    expect(res.content).toContain('Sources added (1): `conille-pm-2024-05`');
    expect(res.content).toContain(`Sources changed (1): \`${SHIPPED_ID}\``);
    expect(res.content).toContain('Sources removed (0): none');
    expect(res.content).toContain(`Passages: ${before} → ${before + 3}`);
    expect(res.content).toContain('Aliases: unchanged');
    expect(res.content).toMatch(/Took \d+ ms/);

    const announced = await h.fake.waitForChannelMessage((m) => m.content.includes('/kb refresh'), { channelId: h.logChannelId });
    expect(announced.content).toContain(`<@${h.fake.defaultUser.id}>`);
    expect(announced.content).toContain('added `conille-pm-2024-05`');
    const post = h.fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${h.logChannelId}/messages`);
    expect((post?.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
    const audit = h.logLines.find((l) => (l.kb as { action?: string } | undefined)?.action === 'refresh');
    expect(audit?.kb).toMatchObject({ user: h.fake.defaultUser.id, ok: true, added: ['conille-pm-2024-05'] });
  });

  it('a refresh with a broken file lists the problem with file and line; /ask keeps answering', async () => {
    const h = await harness();
    await writeFile(path.join(h.dir, 'broken.md'), '---\nid: broken\ntitle: T\npublisher: P\nurl: https://e.org\npublished: 22 September 2024\nlanguage: en\n---\nBody\n');
    const res = await h.kbCmd('refresh');
    expect(res.content).toContain('❌ The knowledge folder has 1 problem, so nothing was swapped in');
    expect(res.content).toMatch(/• `broken\.md` line 6: field "published" must be a date/);
    expect(res.content).not.toContain(h.dir);
    const answer = await h.ask('How many more police officers did Ruto commit to deploy?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('600');
    await h.fake.waitForChannelMessage((m) => m.content.includes('refresh failed'), { channelId: h.logChannelId });
  });

  it('questions asked during a refresh are all answered, none failing', async () => {
    // A bigger folder so the refresh takes a while (reading, then building the index).
    const body = (await readFile(path.join(SHIPPED_KNOWLEDGE, `${SHIPPED_ID}.md`), 'utf8')).split('---\n').slice(2).join('---\n');
    const h = await harness();
    for (let i = 0; i < 15; i++) await writeFile(path.join(h.dir, `copy-${i}.md`), sourceText(`${body}\nCopy number ${i}.`, { id: `copy-${i}` }));

    const refresh = h.fake.sendSlashCommand({ name: 'kb', subcommand: 'refresh', member: { permissions: MANAGE } });
    const asks: Array<Promise<{ answered: boolean }>> = [];
    const done = h.fake.waitForInteractionResponse(refresh, { timeoutMs: 15_000 });
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      asks.push(h.ask('How many more police officers did Ruto commit to deploy?'));
      await new Promise((r) => setTimeout(r, 25));
    }
    const res = await done;
    const answers = await Promise.all(asks);
    expect(res.content).toContain('Sources added (15)');
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.filter((a) => !a.answered)).toEqual([]);
    // They really overlapped: some were acknowledged after the refresh was and before its reply.
    const from = refresh.ackedAt!;
    const to = refresh.edits.at(-1)!.at;
    const during = [...h.fake.interactions.values()].filter((ix) => ix.id !== refresh.id && ix.ackedAt !== null && ix.ackedAt >= from && ix.ackedAt <= to);
    expect(during.length).toBeGreaterThan(0);
    // Every interaction was acknowledged in time (Discord's 3 s), none got an apology.
    for (const ix of h.fake.interactions.values()) expect(ix.callbacks.map((c) => c.status < 300)).toEqual([true]);
    expect(h.logLines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it('add: a source from an attachment served by Discord, then /ask answers from it', async () => {
    const h = await harness();
    const q = 'Who was appointed Prime Minister on May 28, 2024?';
    expect((await h.ask(q)).answered).toBe(false);
    const att = h.upload('conille.txt', NEW_BODY, 'text/plain; charset=utf-8');
    const res = await h.kbCmd('add', [
      file(att),
      str('id', 'conille-pm-2024-05'),
      str('title', 'Conille named Prime Minister'),
      str('publisher', 'Le Nouvelliste'),
      str('url', 'https://lenouvelliste.com/article/conille'),
      str('date', '2024-05-29'),
    ]);
    expect(res.content).toContain('✅ Added `conille-pm-2024-05`');
    expect(res.content).toContain('2 passages');
    expect(res.content).toContain('> The Haitian Transitional Presidential Council appointed Garry Conille');
    expect(await h.listing()).toContain('conille-pm-2024-05.md');
    const answer = await h.ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Garry Conille');
    await h.fake.waitForChannelMessage((m) => m.content.includes('added `conille-pm-2024-05`'), { channelId: h.logChannelId });
  });

  it('add is refused for each bad case, leaving the folder and answers as they were', async () => {
    const h = await harness();
    const before = await h.listing();
    const engine = h.kb.engine;
    const big = h.upload('big.md', sourceText('x '.repeat(15_000), { id: 'big' }));
    const cases: Array<[string, CommandOptionInput[], RegExp, Record<string, unknown>?]> = [
      ['too big (declared)', [file(big)], /larger than the 20 kB allowed/],
      ['too big (declared size lies, bytes read)', [file(big)], /larger than the 20 kB allowed/, { attachments: { [big.id]: { ...big, size: 100 } } }],
      ['binary', [file(h.upload('photo.md', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'text/plain'))], /not UTF-8 text/],
      ['bad front matter', [file(h.upload('bad.md', '---\nid: bad-source\ntitle: T\npublisher: P\nurl: https://e.org\npublished: 2024-13-45\nlanguage: en\n---\nText.\n'))], /`bad\.md` line 6: field "published"/],
      ['duplicate id', [file(h.upload('dup.md', sourceText('Another text.', { id: SHIPPED_ID })))], /id `mss-haiti-ruto-2024-09` is already loaded/],
      ['an id trying ../', [file(h.upload('plain.txt', 'Some text.\n', 'text/plain')), str('id', '../../outside'), str('title', 'T'), str('publisher', 'P'), str('url', 'https://e.org'), str('date', '2024-10-01')], /field "id" must be lower-case letters/],
    ];
    const outside = h.upload('elsewhere.md', sourceText('Text.', { id: 'elsewhere' }));
    cases.push(['a host outside the allow-list', [file(outside)], /only downloaded from cdn\.discordapp\.com/, { attachments: { [outside.id]: { ...outside, url: 'https://attacker.example/elsewhere.md' } } }]);
    for (const [what, options, expected, resolved] of cases) {
      const res = await h.kbCmd('add', options, resolved ? { resolved } : {});
      expect(res.content, what).toMatch(/^❌/);
      expect(res.content, what).toMatch(expected);
      expect(await h.listing(), what).toEqual(before);
      expect(h.kb.engine, what).toBe(engine);
    }
    expect((await h.ask('How many more police officers did Ruto commit to deploy?')).answered).toBe(true);
    // No request went to the attacker's host (the loopback guard would have thrown), and the big file was cut off.
    const refusals = h.logLines.filter((l) => (l.kb as { action?: string; ok?: boolean } | undefined)?.action === 'add');
    expect(refusals.map((l) => (l.kb as { reason?: string }).reason)).toEqual(['too-big', 'too-big', 'not-text', 'invalid', 'duplicate-id', 'invalid', 'host']);
  });

  it('remove moves the source to the trash, restore brings it back (both autocompleted)', async () => {
    const h = await harness();
    await writeFile(path.join(h.dir, 'conille-pm-2024-05.md'), sourceText(NEW_BODY, { id: 'conille-pm-2024-05', title: 'Conille named PM' }));
    await h.kbCmd('refresh');
    const original = await readFile(path.join(h.dir, 'conille-pm-2024-05.md'));

    const ac = h.fake.sendAutocomplete({ name: 'kb', subcommand: 'remove', options: [{ name: 'source', type: 3, value: 'conille', focused: true }], member: { permissions: MANAGE } });
    expect((await h.fake.waitForInteractionResponse(ac)).choices).toEqual([{ name: 'Conille named PM (conille-pm-2024-05)', value: 'conille-pm-2024-05' }]);

    const removed = await h.kbCmd('remove', [str('source', 'conille-pm-2024-05')]);
    expect(removed.content).toContain('🗑️ Removed `conille-pm-2024-05`');
    expect(await h.listing()).not.toContain('conille-pm-2024-05.md');
    const trash = await readdir(path.join(h.dir, '.trash'));
    expect(trash).toEqual([expect.stringMatching(/^conille-pm-2024-05-\d{8}T\d{9}Z\.md$/)]);
    expect((await h.ask('Who was appointed Prime Minister on May 28, 2024?')).answered).toBe(false);

    const ac2 = h.fake.sendAutocomplete({ name: 'kb', subcommand: 'restore', options: [{ name: 'source', type: 3, value: '', focused: true }], member: { permissions: MANAGE } });
    expect((await h.fake.waitForInteractionResponse(ac2)).choices).toEqual([{ name: expect.stringMatching(/^conille-pm-2024-05 \(removed /), value: 'conille-pm-2024-05' }]);

    const restored = await h.kbCmd('restore', [str('source', 'conille-pm-2024-05')]);
    expect(restored.content).toContain('♻️ Restored `conille-pm-2024-05`');
    expect(await readFile(path.join(h.dir, 'conille-pm-2024-05.md'))).toEqual(original);
    expect((await h.ask('Who was appointed Prime Minister on May 28, 2024?')).answered).toBe(true);
  });

  it('alias add makes a question answerable that was not', async () => {
    const h = await harness();
    const q = 'On which date did WSR write his post?';
    expect((await h.ask(q)).answered).toBe(false);
    const res = await h.kbCmd('add', [str('term', 'WSR'), str('means', 'William Samoei Ruto')], { group: 'alias' });
    expect(res.content).toContain('✅ Alias added: `WSR` → `William Samoei Ruto`');
    expect(res.content).toContain('Aliases: changed');
    const aliases = await readFile(path.join(h.dir, 'aliases.yml'), 'utf8');
    expect(aliases).toContain('# Domain aliases'); // comments kept
    expect(aliases).toMatch(/^WSR: William Samoei Ruto$/m);
    expect((await h.ask(q)).answered).toBe(true);

    const removed = await h.kbCmd('remove', [str('term', 'wsr'), str('means', 'William Samoei Ruto')], { group: 'alias' });
    expect(removed.content).toContain('✅ Alias removed');
    expect((await h.ask(q)).answered).toBe(false);
  });

  it('gaps lists unanswered questions, most frequent first, with counts and Discord timestamps', async () => {
    const h = await harness();
    await h.ask('What is the budget of the mission?');
    await h.ask('Who pays   for the MISSION?');
    await h.ask('who pays for the mission?');
    const res = await h.kbCmd('gaps');
    expect(res.ephemeral).toBe(true);
    const lines = res.content.split('\n');
    expect(lines[1]).toMatch(/^1\. \*\*2×\*\* “who pays for the mission\?” — last asked <t:\d+:R>$/);
    expect(lines[2]).toMatch(/^2\. \*\*1×\*\* “what is the budget of the mission\?”/);
    expect(res.content).not.toContain(h.fake.defaultUser.id);
    await h.gaps.flush();
    const saved = await readFile(path.join(h.dir, '.gaps.json'), 'utf8');
    expect(saved).toContain('who pays for the mission?');
    expect(saved).not.toContain(h.fake.defaultUser.id);
  });

  it('a member without Manage Server is refused, and nothing changes', async () => {
    const h = await harness();
    const att = h.upload('x.md', sourceText('Text.', { id: 'sneaky' }));
    const before = await h.listing();
    for (const [sub, options] of [
      ['add', [file(att)]],
      ['remove', [str('source', SHIPPED_ID)]],
      ['refresh', []],
      ['gaps', []],
    ] as Array<[string, CommandOptionInput[]]>) {
      const res = await h.kbCmd(sub, options, { member: { permissions: PLAIN } });
      expect(res.ephemeral, sub).toBe(true);
      expect(res.deferred, sub).toBe(false);
      expect(res.content, sub).toMatch(/^🔒 Only moderators \(with the Manage Server permission\)/);
    }
    expect(await h.listing()).toEqual(before);
    expect(h.fake.channelMessages.filter((m) => m.channel_id === h.logChannelId)).toEqual([]);
    const ac = h.fake.sendAutocomplete({ name: 'kb', subcommand: 'remove', options: [{ name: 'source', type: 3, value: '', focused: true }], member: { permissions: PLAIN } });
    expect((await h.fake.waitForInteractionResponse(ac)).choices).toEqual([]);
  });

  it('with KB_ROLE_IDS, Manage Server alone is not enough', async () => {
    const h = await harness({ KB_ROLE_IDS: MOD_ROLE_ID });
    const refused = await h.kbCmd('refresh', [], { member: { permissions: MANAGE, roles: [] } });
    expect(refused.content).toMatch(/^🔒 Only members with a knowledge-base moderator role/);
    const allowed = await h.kbCmd('refresh', [], { member: { permissions: MANAGE, roles: [MOD_ROLE_ID] } });
    expect(allowed.content).toContain('✅ Knowledge base refreshed');
  });

  it('the watcher picks up a file changed on disk, and /ask answers from it', async () => {
    const h = await harness();
    const { logger } = recordingLogger();
    const stop = watchKnowledge(h.kb, { logger, debounceMs: 50 });
    running.push(async () => stop());
    const q = 'Who was appointed Prime Minister on May 28, 2024?';
    expect((await h.ask(q)).answered).toBe(false);
    await writeFile(path.join(h.dir, 'conille-pm-2024-05.md'), sourceText(NEW_BODY, { id: 'conille-pm-2024-05' }));
    await until(() => h.kb.knowledge.sources.some((s) => s.id === 'conille-pm-2024-05'), 5000, 'the watcher to load the new source');
    expect((await h.ask(q)).answered).toBe(true);
  });
});
