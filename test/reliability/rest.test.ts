/**
 * Faults of Discord's REST API, through the fake: rate limits (429 with
 * Retry-After), a server error once (before and after the request took
 * effect), Discord down for good and back; and answers too slow for Discord's
 * 3 seconds, deferred in time and edited in afterwards.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/command.js';
import { answerReply, askQuestion, replyInTime } from '../../src/bot/respond.js';
import type { AnswerEngine } from '../../src/engine/engine.js';
import { type FakeDiscord, type FakeInteraction, startFakeDiscord } from '../fake-discord/server.js';
import { type BotUnderTest, QUESTION, RUTO_600, acceptedCallbacks, ask, descriptionOf, spin, startBot, trackProcessErrors, until } from './harness.js';

let fake: FakeDiscord;
let bot: BotUnderTest;
let processErrors: ReturnType<typeof trackProcessErrors>;

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

/** `/ask` that always defers (its answer "takes" 100 ms, its deferral is due after 10 ms). */
const slowAsk: Command = {
  data: { name: 'slowask', description: 'ask, deferred' },
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    await replyInTime(interaction, { ephemeral: false, deferAfterMs: 10 }, async () => {
      await new Promise((r) => setTimeout(r, 100));
      return answerReply(ctx, askQuestion(ctx, question));
    });
  },
};

/** Deferred after 30 ms, fails after 100 ms. */
const deferThenFail: Command = {
  data: { name: 'deferfail', description: 'fails right after deferring' },
  async execute(interaction) {
    await replyInTime(interaction, { ephemeral: false, deferAfterMs: 30 }, async () => {
      await new Promise((r) => setTimeout(r, 100));
      throw new Error('failed while the deferral was in flight');
    });
  },
};

beforeAll(async () => {
  processErrors = trackProcessErrors();
  fake = await startFakeDiscord({ token: 'rest-test-token-0123456789abcdef', applicationId: '1100000000000000001', heartbeatIntervalMs: 500, defaultTimeoutMs: 8000 });
  bot = await startBot(fake, { env: { RATE_LIMIT_QUESTIONS: '1000' }, commands: [slowAsk, deferThenFail] });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  processErrors?.dispose();
});

afterEach(() => {
  bot.kb.current = bot.realKb;
  fake.clearRestFaults();
  fake.setRestDown(false);
  expect(processErrors.errors).toEqual([]);
  expect(fake.unknownRoutes).toEqual([]);
  expect(fake.schemaErrors).toEqual([]);
});

/** The REST requests made for an interaction (its callback, webhook edits and follow-ups), in order. */
const requestsFor = (ix: FakeInteraction) => fake.requests.filter((r) => r.path.includes(`/${ix.id}/`) || r.path.includes(`/${ix.token}`));

async function expectAnsweredOnce(ix: FakeInteraction): Promise<void> {
  const res = await fake.waitForInteractionResponse(ix);
  expect(descriptionOf(res.embeds)).toContain(RUTO_600);
  expect(acceptedCallbacks(ix)).toHaveLength(1);
  expect(res.followUps).toEqual([]);
}

describe('REST faults', () => {
  it('429 with Retry-After on the reply: the reply is delivered after the wait', async () => {
    fake.failNextRest({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfterSec: 0.6 });
    const ix = ask(fake, QUESTION);
    await expectAnsweredOnce(ix);
    const statuses = requestsFor(ix).map((r) => r.status);
    expect(statuses[0]).toBe(429);
    expect(statuses.slice(1).every((s) => s < 300)).toBe(true);
    // Retried only after Retry-After, and still within Discord's 3 seconds.
    expect(ix.ackedAt! - ix.createdAt).toBeGreaterThanOrEqual(600);
    expect(ix.ackedAt! - ix.createdAt).toBeLessThan(3000);
  });

  it('429 on a direct-message reply: delivered after the wait', async () => {
    const user = fake.addUser({ username: 'dm-429' });
    fake.failNextRest({ method: 'POST', pathPattern: `/channels/${fake.dmChannelId(user.id)}/messages`, status: 429, retryAfterSec: 0.3 });
    const started = Date.now();
    const dm = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    const reply = await fake.waitForDirectMessageTo(user.id, (m) => m.message_reference?.['message_id'] === dm.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(descriptionOf(reply.embeds)).toContain(RUTO_600);
  });

  it.each([500, 502, 503])('%i once on the reply: delivered on the retry, acknowledged once', async (status) => {
    fake.failNextRest({ method: 'POST', pathPattern: CALLBACK, status });
    const ix = ask(fake, QUESTION);
    await expectAnsweredOnce(ix);
    expect(requestsFor(ix).map((r) => r.status)).toEqual([status, 204]);
    expect(ix.callbacks).toHaveLength(1);
  });

  it('500 after the reply took effect (its response lost): the retry is refused as already acknowledged, and that is fine', async () => {
    const before = bot.logs.records.length;
    fake.failNextRest({ method: 'POST', pathPattern: CALLBACK, status: 500, afterHandler: true });
    const ix = ask(fake, QUESTION);
    await expectAnsweredOnce(ix);
    await until(() => ix.callbacks.length >= 2, 'the retried callback');
    // The first attempt took effect; the retry got 40060 and nothing more was sent: no apology, no second answer.
    expect(ix.callbacks.map((c) => c.status)).toEqual([204, 400]);
    await fake.waitForInteractionResponse(ix, { settleMs: 200 });
    expect(acceptedCallbacks(ix)).toHaveLength(1);
    expect(ix.followUps).toEqual([]);
    expect(bot.logs.records.slice(before).filter((r) => Number(r['level']) >= 50)).toEqual([]);
  });

  it('Discord down for good: each failure logged once with its id; the process stays up and answers once Discord is back', async () => {
    const before = bot.logs.records.length;
    fake.setRestDown(true);
    const ixs = [ask(fake, QUESTION), ask(fake, 'When did Ruto visit Haiti?', { guildId: null })];
    const user = fake.addUser({ username: 'dm-while-down' });
    const dm = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    const failures = () => bot.logs.records.slice(before).filter((r) => Number(r['level']) >= 40);
    await until(() => failures().length >= 3, 'three failure log lines', 8000);
    // Let any late second line (a retry, an apology) show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    const lines = failures();
    for (const ix of ixs) {
      const mine = lines.filter((r) => r['interactionId'] === ix.id);
      expect(mine, `log lines for interaction ${ix.id}`).toHaveLength(1);
      expect(mine[0]!['msg']).toMatch(/could not answer/);
      expect(mine[0]!['status']).toBe(503);
    }
    expect(lines.filter((r) => r['messageId'] === dm.id)).toHaveLength(1);
    expect(lines).toHaveLength(3);
    // discord.js retried each request (3 retries) and gave up: no apology was attempted through a dead API.
    expect(fake.requests.filter((r) => r.fault?.startsWith('setRestDown')).length).toBe(3 * 4);

    fake.setRestDown(false);
    expect(bot.client.isReady()).toBe(true);
    await expectAnsweredOnce(ask(fake, QUESTION));
    const dm2 = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    const reply = await fake.waitForDirectMessageTo(user.id, (m) => m.message_reference?.['message_id'] === dm2.id);
    expect(descriptionOf(reply.embeds)).toContain(RUTO_600);
  });

  it('a DM reply carries its message id as an enforced nonce (a retried send cannot post twice on Discord)', async () => {
    const user = fake.addUser({ username: 'nonce' });
    const dm = fake.sendDirectMessage({ userId: user.id, content: QUESTION });
    await fake.waitForDirectMessageTo(user.id, (m) => m.message_reference?.['message_id'] === dm.id);
    const post = await until(
      () => fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${dm.channel_id}/messages` && r.status === 200),
      'the POST of the reply',
    );
    expect(post.body).toMatchObject({ nonce: dm.id, enforce_nonce: true });
  });

  it('an answer that fails while its deferral is in flight: the apology edits the "thinking…" reply (no second acknowledgement)', async () => {
    // The deferral is held up (a 429 for 1 s) while the answer fails.
    fake.failNextRest({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfterSec: 1 });
    const ix = fake.sendSlashCommand({ name: 'deferfail' });
    const res = await fake.waitForInteractionResponse(ix, { settleMs: 200 });
    expect(res.deferred).toBe(true);
    expect(res.content).toMatch(/^Sorry, something went wrong/);
    expect(ix.callbacks).toHaveLength(1);
    expect(bot.logs.withMsg('could not send the apology')).toEqual([]);
  });
});

// Last: the bot defers up front for a while after slow answers (respond.ts), which would change how the tests above answer.
describe('answers too slow for Discord’s 3 seconds', () => {
  it('are deferred before 3 s and edited in afterwards (a slow, synchronous engine)', async () => {
    const engine = bot.realKb.engine;
    // Each answer takes 600 ms of CPU: the third of three asked together cannot be ready within 1.5 s.
    bot.kb.current = { engine: Object.assign(Object.create(engine) as AnswerEngine, { ask: (q: string) => (spin(600), engine.ask(q)) }) };
    const ixs = [ask(fake, QUESTION), ask(fake, QUESTION, { private: true }), ask(fake, QUESTION, { guildId: null })];
    const responses = await Promise.all(ixs.map((ix) => fake.waitForInteractionResponse(ix, { timeoutMs: 10_000 })));
    for (const [i, res] of responses.entries()) {
      const ix = ixs[i]!;
      expect(descriptionOf(res.embeds)).toContain(RUTO_600);
      expect(ix.ackedAt! - ix.createdAt).toBeLessThan(3000);
      expect(acceptedCallbacks(ix)).toHaveLength(1);
      if (res.deferred) expect(ix.edits.length).toBeGreaterThanOrEqual(1);
    }
    expect(responses[1]!.ephemeral).toBe(true);
    expect(responses[2]!.deferred).toBe(true);
    expect(responses[0]!.deferred).toBe(false); // the first one was ready in time: one request, no deferral
  });

  it('a question asked after slow ones is deferred up front (the last answers took long)', async () => {
    const engine = bot.realKb.engine;
    // The first answer takes 1.5 s of CPU, the next ones are fast again.
    let slow = true;
    bot.kb.current = { engine: Object.assign(Object.create(engine) as AnswerEngine, { ask: (q: string) => (slow && spin(1500), (slow = false), engine.ask(q)) }) };
    const first = ask(fake, QUESTION);
    const r1 = await fake.waitForInteractionResponse(first, { timeoutMs: 10_000 });
    expect(r1.deferred).toBe(false); // 1.5 s of work, no way to know beforehand: answered directly, still in time
    const second = ask(fake, QUESTION);
    const r2 = await fake.waitForInteractionResponse(second, { timeoutMs: 10_000 });
    expect(r2.deferred).toBe(true);
    expect(second.ackedAt! - second.createdAt).toBeLessThan(500); // deferred before the work started
    expect(descriptionOf(r2.embeds)).toContain(RUTO_600);
  });

  it('a 5xx on the edit of a deferred answer: the edit is retried and the answer shown', async () => {
    fake.failNextRest({ method: 'PATCH', pathPattern: /^\/webhooks\//, status: 502 });
    const ix = fake.sendSlashCommand({ name: 'slowask', options: [{ name: 'question', type: 3, value: QUESTION }] });
    await expectAnsweredOnce(ix);
    expect(ix.deferred).toBe(true);
    expect(requestsFor(ix).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 502', 'PATCH 200']);
  });

  it('the edit of a deferred answer does not wait behind the bot’s global rate limit (interaction endpoints are exempt)', async () => {
    // As if the bot had just used up its 50 requests a second: discord.js holds every bot-token request for 4 s.
    const rest = bot.client.rest as unknown as { globalRemaining: number; globalReset: number };
    rest.globalRemaining = 0;
    rest.globalReset = Date.now() + 4000;
    try {
      const ix = fake.sendSlashCommand({ name: 'slowask', options: [{ name: 'question', type: 3, value: QUESTION }] });
      const res = await fake.waitForInteractionResponse(ix, { timeoutMs: 3500 });
      expect(res.deferred).toBe(true);
      expect(descriptionOf(res.embeds)).toContain(RUTO_600);
      expect(ix.edits[0]!.at - ix.createdAt).toBeLessThan(2500);
    } finally {
      rest.globalRemaining = 50;
      rest.globalReset = -1;
    }
  });

});
