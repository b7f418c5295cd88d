/**
 * The bot end to end: the real discord.js client, the real command modules and
 * the shipped knowledge folder, against the fake Discord on 127.0.0.1.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/client.js';
import type { Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/commands.js';
import { deployCommands } from '../../src/bot/deploy-commands.js';
import { MemoryGapRecorder } from '../../src/bot/gaps.js';
import { escapeText } from '../../src/bot/format.js';
import { replyInTime } from '../../src/bot/respond.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { openKnowledgeBase } from '../../src/open-knowledge.js';
import { type FakeDiscord, type FakeMessage, type Json, startFakeDiscord } from '../fake-discord/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'e2e-test-token-0123456789abcdef';
const APP_ID = '1100000000000000001';
const EPHEMERAL = 64;

/** A knowledge base whose engine can be swapped under the running bot (the bot reads kb.engine per question). */
class SwitchableKb {
  constructor(public current: { engine: KnowledgeBase['engine'] }) {}
  get engine(): KnowledgeBase['engine'] {
    return this.current.engine;
  }
}

/**
 * The command definitions with `default_member_permissions` as a number. discord.js's
 * builders (and Discord's docs) give it as a numeric string, which Discord accepts;
 * discord-api-spec types it as an integer, so the fake rejects the string form
 * (400 50035). Until the fake accepts both, it gets the same value as a number.
 */
function asTheFakeTakesThem(list: ReadonlyMap<string, Command>): Map<string, Command> {
  return new Map(
    [...list].map(([name, c]) => {
      const perms = (c.data as { default_member_permissions?: unknown }).default_member_permissions;
      return [name, typeof perms === 'string' ? { ...c, data: { ...c.data, default_member_permissions: Number(perms) } as unknown as Command['data'] } : c];
    }),
  );
}

/** Test-only commands: one that throws, one that defers and then throws, one that is slow. */
const boom: Command = {
  data: { name: 'boom', description: 'Always fails' },
  async execute() {
    throw new Error('boom: the handler failed');
  },
};
const lateBoom: Command = {
  data: { name: 'lateboom', description: 'Fails after deferring' },
  async execute(interaction) {
    await interaction.deferReply();
    throw new Error('lateboom: failed after deferring');
  },
};
const replyBoom: Command = {
  data: { name: 'replyboom', description: 'Fails after replying' },
  async execute(interaction) {
    await interaction.reply({ content: 'first part', allowedMentions: { parse: [] } });
    throw new Error('replyboom: failed after replying');
  },
};
const slow: Command = {
  data: { name: 'slow', description: 'Answers after a while' },
  async execute(interaction) {
    await replyInTime(interaction, { ephemeral: false, deferAfterMs: 20 }, async () => {
      await new Promise((r) => setTimeout(r, 150));
      return { content: 'slow but sure', allowedMentions: { parse: [], repliedUser: false } };
    });
  },
};

let fake: FakeDiscord;
let client: Client;
let config: Config;
let realKb: KnowledgeBase;
let kb: SwitchableKb;
let commands: Map<string, Command>;
const gaps = new MemoryGapRecorder();
const logs: Array<Record<string, unknown>> = [];
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'bot-e2e-'));
  fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
  config = loadConfig(
    // Lexical answers only: the word-vector table is the engine's business (and its own tests').
    // One user asks dozens of questions within seconds here: lift the per-user rate limit (tested in test/reliability/).
    { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), LOG_LEVEL: 'debug', WORD_VECTORS: 'off', RATE_LIMIT_QUESTIONS: '1000' },
    { dotenv: false },
  );
  // Opened the way `npm start` opens it.
  realKb = await openKnowledgeBase(config);
  kb = new SwitchableKb(realKb);
  const logger = createLogger({ level: 'debug', secrets: [TOKEN], destination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
  commands = await loadCommands();
  // Registered first, so the fake checks every interaction's options against the real definitions.
  await deployCommands(config, asTheFakeTakesThem(commands), logger);
  const all = new Map(commands);
  for (const c of [boom, lateBoom, replyBoom, slow]) all.set(c.data.name, c);
  client = await createBot({ config, kb: kb as unknown as KnowledgeBase, logger, gaps, commands: all });
  await client.login(TOKEN);
  await fake.waitForReady();
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
  await rm(tmp, { recursive: true, force: true });
});

afterEach(() => {
  kb.current = realKb;
  // Nothing the bot sent was a route Discord does not have, or a body Discord would reject.
  expect(fake.unknownRoutes).toEqual([]);
  expect(fake.schemaErrors).toEqual([]);
});

// ---------------------------------------------------------------------------

/** The bodies the bot sent for an interaction: its callback(s), then its edits of the reply. */
function bodiesFor(ix: { id: string }): Json[] {
  const record = fake.interactions.get(ix.id)!;
  const bodies = [...record.callbacks.map((c) => c.body), ...record.edits.map((e) => e.body)];
  expect(bodies.length).toBeGreaterThan(0);
  return bodies;
}

/** The body of the POST that created a message in a channel (recorded once the response is out). */
function postOf(message: FakeMessage): Promise<Json> {
  return fake.waitFor(
    () => fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages` && (r.response as Json | null)?.['id'] === message.id)?.body as Json | undefined,
    `the POST that created message ${message.id}`,
  );
}

/** The message-ish part of a body: callback bodies carry it under `data`. */
const messagePart = (b: Json): Json => ((b['data'] as Json | undefined) ?? b);

function ask(question: string, extra: { private?: boolean; guildId?: string | null; user?: string } = {}) {
  const options = [{ name: 'question', type: 3, value: question }, ...(extra.private === undefined ? [] : [{ name: 'private', type: 5, value: extra.private }])];
  return fake.sendSlashCommand({ name: 'ask', options, ...(extra.guildId !== undefined ? { guildId: extra.guildId } : {}), ...(extra.user ? { user: extra.user } : {}) });
}

function buttons(components: Json[]): Json[] {
  return components.flatMap((row) => (row['components'] as Json[] | undefined) ?? []);
}

const descriptionOf = (embeds: Json[], i = 0) => String(embeds[i]?.['description'] ?? '');

/** The quote (before the citation) shows `passage` word for word, with some of its words in bold. */
function expectVerbatimWithBold(description: string, passage: string): void {
  const quote = description.split('\n\n— ')[0]!;
  const plain = quote.replace(/^> /gm, '').replace(/\*\*/g, '');
  expect(plain).toBe(passage);
  const bold = [...quote.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!);
  expect(bold.length).toBeGreaterThan(0);
  for (const b of bold) expect(passage).toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${b}(?![\\p{L}\\p{N}])`, 'u'));
}

const RUTO_600 = 'President William Ruto has committed to deploy 600 more Kenyan police officers to the Multinational Security Support Mission (MSS) in Haiti.';

// ---------------------------------------------------------------------------

describe('the bot through the fake Discord', () => {
  it('logs in with only the Guilds and DirectMessages intents and gets ready', () => {
    expect(client.isReady()).toBe(true);
    const identify = fake.identifies.at(-1)!;
    expect(identify.accepted).toBe(true);
    expect(identify.intents).toBe((1 << 0) | (1 << 12)); // GUILDS | DIRECT_MESSAGES: nothing privileged
    expect(client.guilds.cache.size).toBe(1);
  });

  it('deployCommands registers what the loader finds, globally and in a guild', async () => {
    const names = [...commands.keys()].sort();
    expect(names).toEqual(expect.arrayContaining(['ask', 'help', 'sources']));
    expect(fake.registeredCommands['global']!.map((c) => c.name).sort()).toEqual(names);
    const ask = fake.registeredCommands['global']!.find((c) => c.name === 'ask')!;
    expect((ask['options'] as Json[]).map((o) => o['name'])).toEqual(['question', 'private']);

    const guildId = fake.defaultGuild.id;
    const result = await deployCommands({ ...config, DISCORD_GUILD_ID: guildId }, asTheFakeTakesThem(commands), createLogger({ level: 'silent' }));
    expect(result.scope).toBe('guild');
    expect(fake.registeredCommands[guildId]!.map((c) => c.name).sort()).toEqual(names);
    const put = fake.requests.filter((r) => r.method === 'PUT');
    expect(put.map((r) => r.route)).toEqual(['/applications/{application_id}/commands', '/applications/{application_id}/guilds/{guild_id}/commands']);
    await expect(deployCommands({ ...config, DISCORD_APPLICATION_ID: undefined }, commands, createLogger({ level: 'silent' }))).rejects.toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('/ask answers with the verbatim quote in bold, the citation and the buttons', async () => {
    const ix = ask('How many more officers is Kenya sending to Haiti?');
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.type).toBe(4); // answered directly: the engine is fast
    expect(res.ephemeral).toBe(false);
    const d = descriptionOf(res.embeds);
    expect(d.startsWith('> President William Ruto has committed to deploy')).toBe(true);
    expectVerbatimWithBold(d, 'President William Ruto has committed to deploy 600 more Kenyan police officers to the Multinational Security Support Mission (MSS) in Haiti.');
    expect(d).toContain('**K24 Digital**');
    expect(d).toContain('](https://k24.digital/?p=177955#:~:text=');
    expect(d).toMatch(/<t:\d+:D>/);
    const [more, link] = buttons(res.components);
    expect(String(more!['custom_id'])).toMatch(/^ask:more:/);
    expect(String(more!['custom_id']).length).toBeLessThanOrEqual(100);
    expect(link).toMatchObject({ style: 5, url: 'https://k24.digital/?p=177955' });
    const body = bodiesFor(ix)[0]!;
    expect(messagePart(body)['allowed_mentions']).toEqual({ parse: [], replied_user: false });
  });

  it('/ask abstains clearly, suggests topics, points to /sources and records the gap', async () => {
    const question = "What's the best pizza in Naples?";
    const res = await fake.waitForInteractionResponse(ask(question));
    expect(res.content).toContain('No passage in my sources answers that.');
    expect(res.content).toContain('/sources');
    expect(res.content.split('\n').filter((l) => l.startsWith('• ')).length).toBeGreaterThan(0);
    expect(res.embeds).toEqual([]);
    expect(gaps.list().map((g) => g.question)).toContain(question);
  });

  it('/ask refuses a question longer than MAX_QUESTION_CHARS politely', async () => {
    const res = await fake.waitForInteractionResponse(ask(`Why ${'really '.repeat(100)}did Kenya send police?`));
    expect(res.content).toMatch(/too long/);
    expect(res.content).toContain(String(config.MAX_QUESTION_CHARS));
  });

  it('/ask private:true answers ephemerally (flag 64)', async () => {
    const ix = ask('How many more officers is Kenya sending to Haiti?', { private: true });
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.ephemeral).toBe(true);
    expect((res.message!.flags & EPHEMERAL) !== 0).toBe(true);
    expect(Number(messagePart(bodiesFor(ix)[0]!)['flags']) & EPHEMERAL).toBe(EPHEMERAL);
    expectVerbatimWithBold(descriptionOf(res.embeds), RUTO_600);
  });

  it('/ask works in the bot’s DMs too (interaction without a guild)', async () => {
    const res = await fake.waitForInteractionResponse(ask('How many more officers is Kenya sending to Haiti?', { guildId: null }));
    expect(res.interaction.guildId).toBeNull();
    expectVerbatimWithBold(descriptionOf(res.embeds), RUTO_600);
  });

  it('autocomplete on question suggests topics (at most 25, each ≤ 100 characters)', async () => {
    const typed = await fake.waitForInteractionResponse(fake.sendAutocomplete({ name: 'ask', options: [{ name: 'question', type: 3, value: 'offi', focused: true }] }));
    expect(typed.type).toBe(8);
    expect(typed.choices!.length).toBeGreaterThan(0);
    expect(typed.choices!.some((c) => /officers/.test(String(c['name'])))).toBe(true);
    const empty = await fake.waitForInteractionResponse(fake.sendAutocomplete({ name: 'ask', options: [{ name: 'question', type: 3, value: '', focused: true }] }));
    expect(empty.choices!.length).toBeGreaterThan(0);
    for (const r of [typed, empty]) {
      expect(r.choices!.length).toBeLessThanOrEqual(25);
      for (const c of r.choices!) {
        expect([...String(c['name'])].length).toBeLessThanOrEqual(100);
        expect([...String(c['value'])].length).toBeLessThanOrEqual(100);
      }
      expect(r.interaction.ackedAt! - r.interaction.createdAt).toBeLessThan(3000);
    }
  });

  it('"More results" shows the alternatives, ephemeral, to whoever clicked', async () => {
    const res = await fake.waitForInteractionResponse(ask('Why did Ruto visit Haiti?'));
    const more = buttons(res.components).find((b) => String(b['custom_id'] ?? '').startsWith('ask:more:'))!;
    expect(more).toBeDefined();
    const click = fake.sendButton({ message: res.message!, customId: String(more['custom_id']) });
    const alt = await fake.waitForInteractionResponse(click);
    expect(alt.type).toBe(4);
    expect(alt.ephemeral).toBe(true);
    expect(alt.content).toMatch(/more passages? that match/);
    expect(alt.embeds.length).toBeGreaterThan(0);
    for (let i = 0; i < alt.embeds.length; i++) {
      expect(descriptionOf(alt.embeds, i)).toMatch(/^> /);
      expect(descriptionOf(alt.embeds, i)).toContain('**K24 Digital**');
      // None of them is the answer already shown.
      expect(descriptionOf(alt.embeds, i).split('\n\n')[0]).not.toBe(descriptionOf(res.embeds).split('\n\n')[0]);
    }
  });

  it('a refusal offers its nearest passages in full, ephemeral, behind a button', async () => {
    const res = await fake.waitForInteractionResponse(ask('When will the extra officers land in Haiti?'));
    expect(res.content).toContain('No passage in my sources answers that.');
    const near = buttons(res.components).find((b) => b['label'] === 'Show the nearest passages')!;
    expect(near).toBeDefined();
    const shown = await fake.waitForInteractionResponse(fake.sendButton({ message: res.message!, customId: String(near['custom_id']) }));
    expect(shown.ephemeral).toBe(true);
    expect(shown.content).toMatch(/^No passage answers that for sure/);
    expect(shown.embeds.length).toBeGreaterThan(0);
    for (let i = 0; i < shown.embeds.length; i++) expect(descriptionOf(shown.embeds, i)).toContain('**K24 Digital**');
    expect(shown.embeds.map((_, i) => descriptionOf(shown.embeds, i)).join('\n')).toContain('President William Ruto has committed');
  });

  it('"More results" works for a question too long to fit in the button id', async () => {
    const question = 'Why did President Ruto visit Haiti and the Kenyan police officers serving in the Multinational Security Support mission?';
    expect(question.length).toBeGreaterThan(91);
    const res = await fake.waitForInteractionResponse(ask(question));
    const more = buttons(res.components).find((b) => String(b['custom_id'] ?? '').startsWith('ask:more:'));
    expect(more).toBeDefined();
    expect(String(more!['custom_id']).length).toBeLessThanOrEqual(100);
    const alt = await fake.waitForInteractionResponse(fake.sendButton({ message: res.message!, customId: String(more!['custom_id']) }));
    expect(alt.ephemeral).toBe(true);
    expect(alt.embeds.length).toBeGreaterThan(0);
  });

  it('/sources lists the sources with publisher, date, link and passage count', async () => {
    const res = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'sources' }));
    const d = descriptionOf(res.embeds);
    const s = realKb.engine.sources()[0]!;
    expect(d).toContain(`**${s.publisher}**`);
    expect(d).toContain(`](${s.url})`);
    expect(d).toContain(`${s.passages} passages`);
    expect(d).toMatch(/<t:\d+:D>/);
  });

  it('/help explains what the bot knows, that it only quotes, the date range and DMs', async () => {
    const res = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'help' }));
    const d = descriptionOf(res.embeds);
    expect(d).toMatch(/word for word/);
    expect(d).toMatch(/never write an answer of my own/);
    expect(d).toMatch(/published <t:\d+:D>|between <t:\d+:D> and <t:\d+:D>/);
    expect(d).toMatch(/direct message/);
  });

  it('answers a direct message like /ask, as a reply to it', async () => {
    const user = fake.addUser({ username: 'dm-asker' });
    const dm = fake.sendDirectMessage({ userId: user.id, content: 'How many more officers is Kenya sending to Haiti?' });
    const reply = await fake.waitForDirectMessageTo(user.id);
    expect(reply.message_reference?.['message_id']).toBe(dm.id);
    expectVerbatimWithBold(descriptionOf(reply.embeds), RUTO_600);
    expect(reply.components.length).toBe(1);
    const post = await postOf(reply);
    expect(post['allowed_mentions']).toEqual({ parse: [], replied_user: false });
    expect(post['message_reference']).toMatchObject({ message_id: dm.id });
  });

  it('the "More results" button works in DMs too', async () => {
    const user = fake.addUser({ username: 'dm-more' });
    fake.sendDirectMessage({ userId: user.id, content: 'Why did Ruto visit Haiti?' });
    const reply = await fake.waitForDirectMessageTo(user.id);
    const more = buttons(reply.components).find((b) => String(b['custom_id'] ?? '').startsWith('ask:more:'))!;
    const alt = await fake.waitForInteractionResponse(fake.sendButton({ message: reply, customId: String(more['custom_id']) }));
    expect(alt.ephemeral).toBe(true);
    expect(alt.embeds.length).toBeGreaterThan(0);
  });

  it('"help" by DM gets the help text', async () => {
    const user = fake.addUser({ username: 'dm-help' });
    fake.sendDirectMessage({ userId: user.id, content: 'Help' });
    const reply = await fake.waitForDirectMessageTo(user.id);
    expect(descriptionOf(reply.embeds)).toMatch(/How I answer/);
  });

  it('ignores direct messages from other bots (and its own messages)', async () => {
    const otherBot = fake.addUser({ username: 'otherbot', bot: true });
    const before = fake.channelMessages.length;
    fake.sendDirectMessage({ userId: otherBot.id, content: 'How many more officers is Kenya sending to Haiti?', bot: true });
    await fake.sync(); // the client has processed the dispatch
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.channelMessages.length).toBe(before);
    // Not even attempted (Discord would refuse a DM to a bot anyway).
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${fake.dmChannelId(otherBot.id)}`))).toEqual([]);
    // The bot's own replies come back over the gateway too: a human's DM gets exactly one reply.
    const human = fake.addUser({ username: 'after-the-bot' });
    fake.sendDirectMessage({ userId: human.id, content: 'Why did Ruto visit Haiti?' });
    const reply = await fake.waitForDirectMessageTo(human.id);
    await fake.sync();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.channelMessages.slice(before)).toEqual([reply]);
  });

  it('mentions in a question never ping: allowed_mentions parse [] on slash replies and DM replies', async () => {
    const question = '@everyone <@&123456789012345678> how many more officers is Kenya sending to Haiti?';
    const ix = ask(question);
    const res = await fake.waitForInteractionResponse(ix);
    expectVerbatimWithBold(descriptionOf(res.embeds), RUTO_600); // the mentions are not words of the question
    for (const b of bodiesFor(ix)) expect(messagePart(b)['allowed_mentions']).toEqual({ parse: [], replied_user: false });

    const user = fake.addUser({ username: 'pinger' });
    fake.sendDirectMessage({ userId: user.id, content: `${question} <@${user.id}>` });
    const reply = await fake.waitForDirectMessageTo(user.id);
    expect((await postOf(reply))['allowed_mentions']).toEqual({ parse: [], replied_user: false });

    // An abstention with the mentions in it, too.
    const ix2 = ask('@everyone <@&123456789012345678> best pizza in Naples?');
    await fake.waitForInteractionResponse(ix2);
    for (const b of bodiesFor(ix2)) expect(messagePart(b)['allowed_mentions']).toEqual({ parse: [], replied_user: false });
  });

  it('keeps very long passages within Discord’s limits (answer, More results, DM)', async () => {
    const dir = path.join(tmp, 'long-kb');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    // Three 3,000-character paragraphs full of characters Markdown would eat (escaping doubles them).
    // One sentence each (passages are cut only at sentence ends), on different words (near-duplicates are folded).
    const filler = (seed: string, k: number) => {
      let s = `Kenya pledged ${seed} police officers to the Haiti mission, with`;
      for (let i = 0; s.length < 3000; i++) s += ` **${['alpha', 'bravo', 'charlie'][k]}_${i * (k + 7)}** ~~||${k}${i}||~~`;
      return `${s.slice(0, 2990).replace(/\s+\S*$/, '')} and more.`;
    };
    const paragraphs = ['six hundred', 'four hundred', 'one thousand'].map(filler);
    for (const p of paragraphs) {
      expect(p.length).toBeGreaterThan(2900);
      expect(escapeText(p).length).toBeGreaterThan(4096); // escaped, it cannot fit whole
    }
    await writeFile(
      path.join(dir, 'long-source.md'),
      `---\nid: long-source\ntitle: A very long report\npublisher: Test Publisher\nurl: https://example.org/long\npublished: 2024-10-01\nlanguage: en\n---\n${paragraphs.join('\n\n')}\n`,
    );
    const longKb = await openKnowledgeBase(config, dir);
    expect(longKb.engine.passages.map((p) => p.text.length > 2900)).toEqual([true, true, true]);
    kb.current = longKb;

    const res = await fake.waitForInteractionResponse(ask('How many police officers did Kenya pledge to the Haiti mission?'));
    const d = descriptionOf(res.embeds);
    expect([...d].length).toBeLessThanOrEqual(4096);
    expect(d).toContain('…'); // cut, inside the quote...
    expect(d).toContain('**Test Publisher**'); // ...and the citation kept
    expect(d.split('\n\n— ')[0]!.trimEnd().endsWith('…')).toBe(true);

    const more = buttons(res.components).find((b) => String(b['custom_id'] ?? '').startsWith('ask:more:'))!;
    const alt = await fake.waitForInteractionResponse(fake.sendButton({ message: res.message!, customId: String(more['custom_id']) }));
    const total = alt.embeds.reduce((n, e) => n + [...String(e['description'] ?? '')].length, 0);
    expect(alt.embeds.length).toBe(2);
    expect(total).toBeLessThanOrEqual(6000);

    const user = fake.addUser({ username: 'long-dm' });
    fake.sendDirectMessage({ userId: user.id, content: 'How many police officers did Kenya pledge to the Haiti mission?' });
    const reply = await fake.waitForDirectMessageTo(user.id);
    expect([...descriptionOf(reply.embeds)].length).toBeLessThanOrEqual(4096);
  });

  it('answers after a deferral when the work is slow (defer, then edit)', async () => {
    const res = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'slow' }));
    expect(res.type).toBe(5);
    expect(res.deferred).toBe(true);
    expect(res.content).toBe('slow but sure');
  });

  it('a failing handler gets a short ephemeral apology and a log line; the bot keeps serving', async () => {
    logs.length = 0;
    const res = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'boom' }));
    expect(res.ephemeral).toBe(true);
    expect(res.content).toMatch(/^Sorry, something went wrong/);
    const line = logs.find((l) => l['level'] === 50)!;
    expect(line['msg']).toBe('interaction handler failed');
    expect(JSON.stringify(line['err'])).toContain('boom: the handler failed');

    // Already acknowledged (deferred): the apology replaces the "thinking…" reply.
    const late = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'lateboom' }));
    expect(late.deferred).toBe(true);
    expect(late.content).toMatch(/^Sorry, something went wrong/);

    // Already answered: the apology is an ephemeral follow-up.
    const replied = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'replyboom' }));
    expect(replied.content).toBe('first part');
    expect(replied.followUps).toHaveLength(1);
    expect(replied.followUps[0]!.content).toMatch(/^Sorry, something went wrong/);
    expect(replied.followUps[0]!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(logs.filter((l) => l['level'] === 50).length).toBe(3);

    const next = await fake.waitForInteractionResponse(ask('How many more officers is Kenya sending to Haiti?'));
    expectVerbatimWithBold(descriptionOf(next.embeds), RUTO_600);
  });

  it('an engine that throws gets the apology (slash and DM), and the next question is answered', async () => {
    logs.length = 0;
    kb.current = {
      get engine(): never {
        throw new Error('engine exploded');
      },
    };
    const res = await fake.waitForInteractionResponse(ask('How many more officers is Kenya sending to Haiti?'));
    expect(res.ephemeral).toBe(true);
    expect(res.content).toMatch(/^Sorry, something went wrong/);
    const user = fake.addUser({ username: 'dm-during-outage' });
    fake.sendDirectMessage({ userId: user.id, content: 'How many more officers is Kenya sending to Haiti?' });
    const apology = await fake.waitForDirectMessageTo(user.id);
    expect(apology.content).toMatch(/^Sorry, something went wrong/);
    expect(logs.filter((l) => l['level'] === 50 && JSON.stringify(l['err']).includes('engine exploded')).length).toBe(2);
    // The token never reaches the log.
    expect(JSON.stringify(logs)).not.toContain(TOKEN);

    kb.current = realKb;
    const next = await fake.waitForInteractionResponse(ask('How many more officers is Kenya sending to Haiti?'));
    expectVerbatimWithBold(descriptionOf(next.embeds), RUTO_600);
    const dm = fake.sendDirectMessage({ userId: user.id, content: 'How many more officers is Kenya sending to Haiti?' });
    const answer = await fake.waitForDirectMessageTo(user.id, (m) => m.message_reference?.['message_id'] === dm.id);
    expectVerbatimWithBold(descriptionOf(answer.embeds), RUTO_600);
  });
});
