/**
 * Faults of the gateway connection, through the fake Discord with a 200 ms
 * heartbeat: the bot resumes (or identifies again) by itself, answers what was
 * asked while it was away exactly once, and never crashes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, Intent, startFakeDiscord } from '../fake-discord/server.js';
import { type BotUnderTest, NO_IDENTIFY_WAIT, QUESTION, RUTO_600, acceptedCallbacks, ask, descriptionOf, startBot, trackProcessErrors, until, waitConnected } from './harness.js';

let fake: FakeDiscord;
let bot: BotUnderTest;
let processErrors: ReturnType<typeof trackProcessErrors>;

beforeAll(async () => {
  processErrors = trackProcessErrors();
  // No privileged intent may be asked for: the fake closes the gateway with 4014 if the bot does.
  fake = await startFakeDiscord({ token: 'gateway-test-token-0123456789', applicationId: '1100000000000000001', heartbeatIntervalMs: 200, allowedPrivilegedIntents: 0 });
  bot = await startBot(fake, { env: { RATE_LIMIT_QUESTIONS: '1000' }, clientOptions: NO_IDENTIFY_WAIT });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  processErrors?.dispose();
});

afterEach(() => {
  expect(processErrors.errors).toEqual([]);
  expect(fake.problems()).toEqual([]);
});

/** Asks and expects the quoted answer, acknowledged exactly once. */
async function expectAnswered(ix: ReturnType<typeof ask>): Promise<void> {
  const res = await fake.waitForInteractionResponse(ix);
  expect(descriptionOf(res.embeds)).toContain(RUTO_600);
  expect(ix.callbacks).toHaveLength(1);
  expect(acceptedCallbacks(ix)).toHaveLength(1);
  expect(res.followUps).toEqual([]);
}

/** Waits until the bot resumed once more than `before`, successfully. */
async function resumedAfter(before: number): Promise<void> {
  await until(() => fake.resumes.length > before && fake.resumes.at(-1)!.outcome === 'ok', 'a successful RESUME');
  await waitConnected(bot.client);
}

/** Waits until the bot identified once more than `before`, and got READY. */
async function identifiedAfter(before: number): Promise<void> {
  await until(() => fake.identifies.length > before && fake.identifies.at(-1)!.accepted, 'a new accepted IDENTIFY');
  await waitConnected(bot.client);
}

describe('gateway faults', () => {
  it('identifies with Guilds and DirectMessages only: no privileged intent', () => {
    const identify = fake.identifies[0]!;
    expect(identify.accepted).toBe(true);
    expect(identify.intents).toBe(Intent.Guilds | Intent.DirectMessages);
    expect(identify.intents & (Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent)).toBe(0);
  });

  it.each([
    ['closed with the resumable code 4000', () => fake.closeGateway(4000), true],
    ['cut abruptly (TCP reset, 1006)', () => fake.dropGateway(), true],
    // Op 7 arrives on a live connection: what follows may still be delivered before the bot closes it.
    ['told to reconnect (op 7)', () => fake.sendReconnect(), false],
  ])('%s: resumes, and answers the question asked while away exactly once', async (_name, fault, replays) => {
    const resumes = fake.resumes.length;
    const identifies = fake.identifies.length;
    expect(fault()).toBe(1);
    // Sent while the bot is away: Discord keeps it in the session and replays it on RESUME.
    const ix = ask(fake, QUESTION);
    const user = fake.addUser({ username: `dm-${resumes}` });
    const dm = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    await resumedAfter(resumes);
    if (replays) expect(fake.resumes.at(-1)!.replayed).toBeGreaterThanOrEqual(2);
    expect(fake.identifies.length).toBe(identifies); // resumed, not identified again
    await expectAnswered(ix);
    const reply = await fake.waitForDirectMessageTo(user.id, (m) => m.message_reference?.['message_id'] === dm.id);
    expect(descriptionOf(reply.embeds)).toContain(RUTO_600);
    expect(fake.channelMessages.filter((m) => m.message_reference?.['message_id'] === dm.id)).toHaveLength(1);
    expect(bot.logs.withMsg('gateway resumed').length).toBeGreaterThan(0);
  });

  it('a dispatch delivered twice (the same interaction and message again) is answered once', async () => {
    const ix = ask(fake, QUESTION);
    await expectAnswered(ix);
    const user = fake.addUser({ username: 'twice' });
    const dm = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    await fake.waitForDirectMessageTo(user.id);
    fake.sendDispatch('INTERACTION_CREATE', ix.payload);
    fake.sendDispatch('MESSAGE_CREATE', { ...dm, channel_type: 1 });
    await until(() => bot.logs.withMsg(/delivered twice/).length >= 2, 'the duplicate log lines');
    expect(ix.callbacks).toHaveLength(1);
    expect(fake.channelMessages.filter((m) => m.message_reference?.['message_id'] === dm.id)).toHaveLength(1);
  });

  it.each([
    ['told its session is invalid (op 9, not resumable)', () => fake.sendInvalidSession(false)],
    ['closed with 1000', () => fake.closeGateway(1000)],
  ])('%s: identifies again and answers new questions', async (_name, fault) => {
    const identifies = fake.identifies.length;
    expect(fault()).toBe(1);
    await identifiedAfter(identifies);
    expect(fake.identifies.at(-1)!.intents).toBe(Intent.Guilds | Intent.DirectMessages);
    await expectAnswered(ask(fake, QUESTION));
    expect(bot.client.isReady()).toBe(true);
  });

  it('told its session is invalid but resumable (op 9, true): resumes', async () => {
    const resumes = fake.resumes.length;
    fake.sendInvalidSession(true);
    await resumedAfter(resumes);
    await expectAnswered(ask(fake, QUESTION));
  });

  it('heartbeats not acknowledged: notices the zombie connection and reconnects', async () => {
    const resumes = fake.resumes.length;
    const reconnecting = bot.logs.withMsg(/reconnecting/).length;
    fake.setHeartbeatAck(false);
    try {
      await until(() => fake.resumes.length > resumes, 'a RESUME after unacknowledged heartbeats');
    } finally {
      fake.setHeartbeatAck(true);
    }
    await resumedAfter(resumes);
    expect(bot.logs.withMsg(/reconnecting/).length).toBeGreaterThan(reconnecting);
    await expectAnswered(ask(fake, QUESTION));
  });

  it('after all that, one gateway connection, a ready client, and nothing logged at error', async () => {
    await waitConnected(bot.client);
    expect(fake.openConnections).toBe(1);
    expect(bot.client.isReady()).toBe(true);
    expect(bot.logs.records.filter((r) => Number(r['level']) >= 50)).toEqual([]);
  });
});
