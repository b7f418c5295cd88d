/**
 * Tests of the fake Discord itself, driven by a plain discord.js Client (not the bot).
 */
import dns from 'node:dns';
import net from 'node:net';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  Routes,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type StartFakeDiscordOptions } from './fake-discord/server.js';

const TOKEN = 'fake-token-for-tests';
const APP_ID = '1200000000000000001';

/** discord.js waits ~5 s between IDENTIFYs of one shard; tests that force a re-identify skip that. */
const noIdentifyThrottle: NonNullable<ClientOptions['ws']> = {
  buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
};

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await fake?.close();
  client = undefined;
  fake = undefined;
});

async function start(options: StartFakeDiscordOptions = {}, clientOptions: Partial<ClientOptions> = {}) {
  const f = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID, ...options });
  const c = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: f.apiUrl },
    ...clientOptions,
  });
  fake = f;
  client = c;
  const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
  await c.login(TOKEN);
  await ready;
  return { fake: f, client: c };
}

function onCommand(c: Client, handler: (i: ChatInputCommandInteraction) => Promise<unknown>): void {
  c.on(Events.InteractionCreate, (i: Interaction) => {
    if (i.isChatInputCommand()) void handler(i).catch(() => {});
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fake Discord with a real discord.js Client', () => {
  it('logs in: gateway/bot, IDENTIFY with intents and shard, READY and GUILD_CREATE', async () => {
    const { fake, client } = await start();
    expect(client.user?.id).toBe(APP_ID);
    expect(client.user?.bot).toBe(true);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({
      accepted: true,
      shard: [0, 1],
      intents: GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages,
    });
    const guild = client.guilds.cache.get(fake.defaultGuild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.defaultChannel.id)?.name).toBe('general');
    expect(guild?.roles.everyone.id).toBe(guild?.id);
    expect(guild?.members.me?.id).toBe(APP_ID);
    expect(fake.requests.map((r) => `${r.method} ${r.route}`)).toContain('GET /gateway/bot');
    expect(fake.problems()).toEqual([]);
  });

  it('delivers a slash command to interactionCreate and records interaction.reply', async () => {
    const { fake, client } = await start();
    let seen: ChatInputCommandInteraction | undefined;
    onCommand(client, async (i) => {
      seen = i;
      await i.reply({ content: `You asked: ${i.options.getString('question', true)}` });
    });
    const ix = fake.sendSlashCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who leads the mission?' }],
      member: { permissions: '8' },
    });
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.type).toBe(4);
    expect(res.content).toBe('You asked: Who leads the mission?');
    expect(res.ephemeral).toBe(false);
    expect(seen?.commandName).toBe('ask');
    expect(seen?.guildId).toBe(fake.defaultGuild.id);
    expect(seen?.channelId).toBe(fake.defaultChannel.id);
    expect(seen?.memberPermissions?.has('Administrator')).toBe(true);
    expect(fake.problems()).toEqual([]);
  });

  it('rejects a second acknowledgement with 40060', async () => {
    const { fake, client } = await start();
    const second = new Promise<unknown>((resolve) => {
      onCommand(client, async (i) => {
        await i.reply({ content: 'first' });
        resolve(
          await client.rest
            .post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'second' } }, auth: false })
            .catch((e: unknown) => e),
        );
      });
    });
    const ix = fake.sendSlashCommand({ name: 'ask' });
    const err = await second;
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(40060);
    expect((err as DiscordAPIError).status).toBe(400);
    expect((await fake.waitForInteractionResponse(ix)).content).toBe('first');
    expect(fake.interactions.get(ix.id)?.callbacks.map((c) => c.status)).toEqual([204, 400]);
  });

  it('rejects an acknowledgement after the interaction window with 10062', async () => {
    const { fake, client } = await start({ interactionTimeoutMs: 200 });
    const outcome = new Promise<unknown>((resolve) => {
      onCommand(client, async (i) => {
        await sleep(350);
        resolve(await i.reply({ content: 'too late' }).catch((e: unknown) => e));
      });
    });
    fake.sendSlashCommand({ name: 'ask' });
    const err = await outcome;
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(10062);
    expect((err as DiscordAPIError).status).toBe(404);
  });

  it('rejects 2001-character content with 50035 and records it; the interaction stays unacknowledged', async () => {
    const { fake, client } = await start();
    const outcome = new Promise<unknown>((resolve) => {
      onCommand(client, async (i) => {
        const err = await i.reply({ content: 'x'.repeat(2001) }).catch((e: unknown) => e);
        await i.reply({ content: 'x'.repeat(2000) });
        resolve(err);
      });
    });
    const ix = fake.sendSlashCommand({ name: 'ask' });
    const err = (await outcome) as DiscordAPIError;
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect(err.code).toBe(50035);
    expect(err.rawError).toMatchObject({ errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
    expect((await fake.waitForInteractionResponse(ix)).content).toHaveLength(2000);
    expect(fake.schemaErrors).toHaveLength(1);
    expect(fake.schemaErrors[0]).toMatchObject({ source: 'openapi', code: 50035 });
  });

  it('enforces Discord limits the schema does not know (channel message > 2000 chars, 6 buttons in a row)', async () => {
    const { fake, client } = await start();
    const channel = await client.channels.fetch(fake.defaultChannel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const long = await channel.send({ content: 'y'.repeat(2001) }).catch((e: unknown) => e);
    expect((long as DiscordAPIError).code).toBe(50035);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      Array.from({ length: 6 }, (_, n) => new ButtonBuilder().setCustomId(`b${n}`).setLabel(`B${n}`).setStyle(ButtonStyle.Primary)),
    );
    const wide = await channel.send({ content: 'buttons', components: [row] }).catch((e: unknown) => e);
    expect((wide as DiscordAPIError).code).toBe(50035);
    const empty = await client.rest.post(Routes.channelMessages(channel.id), { body: { content: '' } }).catch((e: unknown) => e);
    expect((empty as DiscordAPIError).code).toBe(50006);
    expect(fake.schemaErrors.map((e) => e.source)).toEqual(['discord-limits', 'openapi', 'discord-limits']);
  });

  it('delivers DMs (channel_type 1) to messageCreate and records the reply; other bots are flagged', async () => {
    const { fake, client } = await start();
    const received: Message[] = [];
    client.on(Events.MessageCreate, (m) => {
      received.push(m);
      if (!m.author.bot) void m.reply(`echo: ${m.content}`);
    });
    const sent = fake.sendDirectMessage({ content: 'hello bot' });
    const reply = await fake.waitForDirectMessageTo(fake.defaultUser.id);
    expect(reply.content).toBe('echo: hello bot');
    expect(reply.message_reference).toMatchObject({ message_id: sent.id });
    expect(received[0]?.channel.isDMBased()).toBe(true);
    expect(received[0]?.author.id).toBe(fake.defaultUser.id);

    // Like Discord, the gateway also echoes the bot's own reply.
    await fake.waitFor(() => received.some((m) => m.author.id === APP_ID), 'the echo of the bot reply');

    fake.sendDirectMessage({ userId: '1300000000000000099', content: 'beep', bot: true });
    const fromBot = await fake.waitFor(() => received.find((m) => m.content === 'beep'), 'the DM from another bot');
    expect(fromBot.author.bot).toBe(true);
    expect(fake.channelMessages).toHaveLength(1);
    expect(fake.problems()).toEqual([]);
  });

  it('resumes after close 4000 and replays a missed dispatch exactly once', async () => {
    const { fake, client } = await start();
    const seen: string[] = [];
    onCommand(client, async (i) => {
      seen.push(i.id);
      await i.reply({ content: 'answered' });
    });
    expect(fake.closeGateway(4000)).toBe(1);
    const ix = fake.sendSlashCommand({ name: 'ask' }); // queued while the client is away
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.content).toBe('answered');
    expect(seen).toEqual([ix.id]);
    expect(fake.resumes).toHaveLength(1);
    expect(fake.resumes[0]).toMatchObject({ outcome: 'ok', replayed: 1, viaResumeUrl: true });
    expect(fake.identifies).toHaveLength(1);
    await sleep(100);
    expect(seen).toEqual([ix.id]);
    expect(fake.problems()).toEqual([]);
  });

  it('makes the client re-identify after op 9, and answers a RESUME of a dead session with op 9', async () => {
    const { fake } = await start({}, { ws: noIdentifyThrottle });
    fake.sendInvalidSession(false);
    await fake.waitFor(() => fake.identifies.length === 2 && fake.openConnections === 1, 'a second IDENTIFY');
    await fake.waitForReady();
    expect(fake.identifies[1]?.accepted).toBe(true);
    expect(fake.resumes).toHaveLength(0);

    fake.closeGateway(4009); // session timed out: discord.js tries to RESUME, the fake says op 9
    await fake.waitFor(() => fake.identifies.length === 3 && fake.openConnections === 1, 'a third IDENTIFY');
    await fake.waitForReady();
    expect(fake.resumes.map((r) => r.outcome)).toEqual(['invalid-session']);
  });

  it('resumes after the socket is dropped and after heartbeat ACKs stop (zombie connection)', async () => {
    const { fake } = await start({ heartbeatIntervalMs: 250 });
    fake.dropGateway();
    await fake.waitFor(() => fake.resumes.length === 1 && fake.openConnections === 1, 'a RESUME after the drop');
    fake.setHeartbeatAck(false);
    await fake.waitFor(() => fake.resumes.length === 2, 'a RESUME after missed heartbeat ACKs');
    fake.setHeartbeatAck(true);
    await fake.waitForReady();
    expect(fake.resumes.map((r) => r.outcome)).toEqual(['ok', 'ok']);
    expect(fake.identifies).toHaveLength(1);
  });

  it('has discord.js retry a 429 after Retry-After', async () => {
    const { fake, client } = await start();
    fake.failNextRest({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 429, retryAfterSec: 0.2 });
    const channel = await client.channels.fetch(fake.defaultChannel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const started = Date.now();
    await channel.send('after a rate limit');
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    const posts = fake.requests.filter((r) => r.route === '/channels/{channel_id}/messages');
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.channelMessages.map((m) => m.content)).toEqual(['after a rate limit']);

    fake.setRestDown(true);
    const down = await channel.send('while down').catch((e: unknown) => e);
    expect((down as { status?: number }).status).toBe(503);
    fake.setRestDown(false);
    await channel.send('back up');
    expect(fake.requests.filter((r) => r.fault?.startsWith('setRestDown')).length).toBe(4); // discord.js retries 5xx 3 times
  });

  it('supports deferReply + editReply + followUp, buttons with update, and autocomplete limits', async () => {
    const { fake, client } = await start();
    client.on(Events.InteractionCreate, (i) => {
      void (async () => {
        if (i.isChatInputCommand()) {
          await i.deferReply({ flags: MessageFlags.Ephemeral });
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Secondary));
          await i.editReply({ content: 'edited', components: [row] });
          await i.followUp({ content: 'follow-up' });
        } else if (i.isButton()) {
          await i.update({ content: `clicked ${i.customId}`, components: [] });
        } else if (i.isAutocomplete()) {
          await i.respond(Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `v${n}` }))).catch(() => i.respond([{ name: 'ok', value: 'ok' }]));
        }
      })().catch(() => {});
    });
    const ix = fake.sendSlashCommand({ name: 'ask', guildId: null });
    const res = await fake.waitForInteractionResponse(ix);
    expect(res).toMatchObject({ type: 5, deferred: true, ephemeral: true, content: 'edited' });
    await fake.waitFor(() => fake.interactions.get(ix.id)?.followUps.length === 1, 'the follow-up');
    const click = fake.sendButton({ message: res.message!, customId: 'more' });
    expect(click.guildId).toBeNull();
    const updated = await fake.waitForInteractionResponse(click);
    expect(updated).toMatchObject({ type: 7, content: 'clicked more', components: [] });

    const ac = fake.sendAutocomplete({ name: 'ask', options: [{ name: 'question', type: 3, value: 'wh', focused: true }] });
    const choices = await fake.waitForInteractionResponse(ac);
    expect(choices.choices).toEqual([{ name: 'ok', value: 'ok' }]);
    expect(fake.schemaErrors.map((e) => JSON.stringify(e.errors))).toEqual([expect.stringContaining('choices')]);
  });

  it('registers commands, serves attachments, accepts multipart uploads, and 404s unknown routes', async () => {
    const { fake, client } = await start();
    const ask = new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question')
      .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true));
    const upload = new SlashCommandBuilder()
      .setName('upload')
      .setDescription('Upload a file')
      .addAttachmentOption((o) => o.setName('file').setDescription('The file').setRequired(true));
    await client.application!.commands.set([ask.toJSON(), upload.toJSON()]);
    expect(fake.registeredCommands['global']?.map((c) => c.name)).toEqual(['ask', 'upload']);
    expect(() => fake.sendSlashCommand({ name: 'ask', options: [{ name: 'qestion', type: 3, value: 'typo' }] })).toThrow(/no option "qestion"/);

    onCommand(client, async (i) => {
      const att = i.options.getAttachment('file', true);
      const text = await (await fetch(att.url)).text();
      await i.reply({ content: `got ${att.name}: ${text}`, files: [new AttachmentBuilder(Buffer.from('result bytes'), { name: 'result.txt' })] });
    });
    const file = fake.hostAttachment('kb.yaml', 'title: hello', 'application/yaml');
    const ix = fake.sendSlashCommand({ name: 'upload', options: [{ name: 'file', type: 11, value: file.id }] });
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.content).toBe('got kb.yaml: title: hello');
    expect(res.message?.attachments.map((a) => a.filename)).toEqual(['result.txt']);
    expect(fake.attachmentBytes(res.message!.attachments[0]!.id)?.toString()).toBe('result bytes');

    const unknown = await client.rest.get('/guilds/1/audit-logs').catch((e: unknown) => e);
    expect((unknown as DiscordAPIError).status).toBe(404);
    expect((unknown as DiscordAPIError).rawError).toEqual({ code: 0, message: '404: Not Found' });
    expect(fake.unknownRoutes.map((u) => `${u.method} ${u.path}`)).toEqual(['GET /guilds/1/audit-logs']);
  });

  it('routes guilds to shards with 2 shards', async () => {
    const { fake, client } = await start({ shards: 2 }, { shards: 'auto' });
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.guilds.map((g) => fake.shardOf(g.id))).toEqual([0, 1]);
    const shards: number[] = [];
    onCommand(client, async (i) => {
      shards.push(i.guild!.shardId);
      await i.reply({ content: `shard ${i.guild!.shardId}` });
    });
    const second = fake.guilds[1]!;
    const ix = fake.sendSlashCommand({ name: 'ask', guildId: second.id });
    expect(ix.shard).toBe(1);
    expect((await fake.waitForInteractionResponse(ix)).content).toBe('shard 1');
  });
});

describe('loopback guard', () => {
  it('refuses connections and lookups to non-loopback addresses', async () => {
    expect(() => net.connect({ host: '10.0.0.1', port: 80 })).toThrow(/loopback-guard.*10\.0\.0\.1/);
    expect(() => new net.Socket().connect(443, 'example.com')).toThrow(/loopback-guard.*example\.com/);
    expect(() => dns.lookup('example.com', () => {})).toThrow(/loopback-guard.*example\.com/);
    await expect(fetch('http://example.com/')).rejects.toThrow();
    const cause = await fetch('http://10.0.0.1:81/').catch((e: Error) => e.cause as Error);
    expect(String(cause)).toMatch(/loopback-guard.*10\.0\.0\.1/);
  });

  it('lets loopback through', async () => {
    const server = net.createServer((s) => s.end('hi'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as net.AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const sock = net.connect({ host: 'localhost', port }, () => {});
      let data = '';
      sock.on('data', (d) => (data += String(d)));
      sock.on('end', () => resolve(data));
      sock.on('error', reject);
    });
    server.close();
    expect(text).toBe('hi');
  });
});
