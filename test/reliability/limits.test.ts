/**
 * Per-user rate limits (a sliding window, bounded memory), through the fake for
 * slash commands, buttons, autocomplete and direct messages; and questions over
 * MAX_QUESTION_CHARS refused before any search work.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/command.js';
import { rateLimitMessage } from '../../src/bot/format.js';
import { SlidingWindowLimiter, createRateLimits } from '../../src/rate-limit.js';
import { type FakeDiscord, type FakeMessage, startFakeDiscord } from '../fake-discord/server.js';
import { type BotUnderTest, QUESTION, RUTO_600, acceptedCallbacks, ask, descriptionOf, startBot, trackProcessErrors, until } from './harness.js';

const EPHEMERAL = 64;

describe('SlidingWindowLimiter', () => {
  it('accepts `limit` events per window per key, says when to come back, and counts no refusals', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.take('a')).toEqual({ ok: true });
      now += 1000;
    }
    // 3 accepted at t0, t0+1s, t0+2s: the 4th waits until t0+10s.
    expect(limiter.take('a')).toEqual({ ok: false, retryAt: 1_010_000, firstRefusal: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAt: 1_010_000, firstRefusal: false });
    expect(limiter.take('b')).toEqual({ ok: true }); // per key
    now = 1_009_999;
    expect(limiter.take('a')).toEqual({ ok: false, retryAt: 1_010_000, firstRefusal: false });
    now = 1_010_000;
    expect(limiter.take('a')).toEqual({ ok: true }); // at retryAt the oldest has slid out; refusals were never counted
    expect(limiter.take('a')).toEqual({ ok: false, retryAt: 1_011_000, firstRefusal: true });
  });

  it('forgets keys whose window has passed, and never holds more than maxKeys', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, maxKeys: 100, now: () => now });
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`user-${i}`);
      expect(limiter.size).toBeLessThanOrEqual(100);
    }
    now += 1001;
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('holds at most `limit` timestamps per key however hard one key pushes', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ limit: 5, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 100_000; i++) {
      limiter.take('flood');
      now += 1;
    }
    const entry = (limiter as unknown as { entries: Map<string, { times: number[] }> }).entries.get('flood')!;
    expect(entry.times.length).toBe(5);
  });

  it('the bot’s buckets: questions from the configuration, /kb twice as loose (at least 10), autocomplete ten times', () => {
    const limits = createRateLimits({ RATE_LIMIT_QUESTIONS: 3, RATE_LIMIT_WINDOW_SECONDS: 7 });
    expect([limits.questions.limit, limits.kb.limit, limits.autocomplete.limit]).toEqual([3, 10, 30]);
    expect(limits.questions.windowMs).toBe(7000);
  });

  it('the notice says how many per how long and when to try again, as a Discord relative timestamp', () => {
    const m = rateLimitMessage(1_700_000_000_400, { questions: 5, seconds: 10 });
    expect(m.content).toContain('<t:1700000001:R>');
    expect(m.content).toContain('5 questions every 10 seconds');
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

// ---------------------------------------------------------------------------

let fake: FakeDiscord;
let bot: BotUnderTest;
let processErrors: ReturnType<typeof trackProcessErrors>;
/** The bot's clock for rate limits (moved by hand, so no test waits for a window to pass). */
let clock = Date.now();

/** A stand-in for `/kb` (the real one needs a moderator and a writable folder): counts against the kb bucket by name. */
const kbStub: Command = {
  data: { name: 'kb', description: 'stand-in' },
  async execute(interaction) {
    await interaction.reply({ content: 'kb ok', flags: EPHEMERAL, allowedMentions: { parse: [] } });
  },
};

beforeAll(async () => {
  processErrors = trackProcessErrors();
  fake = await startFakeDiscord({ token: 'limits-test-token-0123456789abcdef', applicationId: '1100000000000000001', heartbeatIntervalMs: 500 });
  bot = await startBot(fake, { env: { RATE_LIMIT_QUESTIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '10', MAX_QUESTION_CHARS: '200' }, commands: [kbStub], now: () => clock });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  processErrors?.dispose();
});

afterEach(() => {
  bot.kb.current = bot.realKb;
  clock += 60_000; // every test starts with full buckets
  expect(processErrors.errors).toEqual([]);
  expect(fake.problems()).toEqual([]);
});

function expectNotice(content: string, retryAtMs: number): void {
  expect(content).toMatch(/^You are asking faster than I can answer: I take 3 questions every 10 seconds from each person\. Please try again <t:\d+:R>\.$/);
  const unix = Number(/<t:(\d+):R>/.exec(content)![1]);
  expect(unix).toBe(Math.ceil(retryAtMs / 1000));
}

describe('rate limits through Discord', () => {
  it('/ask: the 4th question in the window gets a polite ephemeral notice with when to try again; others are unaffected', async () => {
    const user = fake.addUser({ username: 'eager' }).id;
    const t0 = clock;
    for (let i = 0; i < 3; i++) {
      const res = await fake.waitForInteractionResponse(ask(fake, QUESTION, { user }));
      expect(descriptionOf(res.embeds)).toContain(RUTO_600);
      clock += 1000;
    }
    const refused = await fake.waitForInteractionResponse(ask(fake, QUESTION, { user }));
    expect(refused.ephemeral).toBe(true);
    expect(refused.embeds).toEqual([]);
    expectNotice(refused.content, t0 + 10_000);
    // Someone else still gets answers.
    const other = await fake.waitForInteractionResponse(ask(fake, QUESTION, { user: fake.addUser({ username: 'patient' }).id }));
    expect(descriptionOf(other.embeds)).toContain(RUTO_600);
    // Once the window has slid past the first question, the next one is answered.
    clock = t0 + 10_000;
    const again = await fake.waitForInteractionResponse(ask(fake, QUESTION, { user }));
    expect(descriptionOf(again.embeds)).toContain(RUTO_600);
    expect(bot.logs.withMsg('rate limited').some((r) => r['user'] === user && r['bucket'] === 'questions')).toBe(true);
  });

  it('"More results" counts against the same bucket', async () => {
    const user = fake.addUser({ username: 'clicker' }).id;
    const res = await fake.waitForInteractionResponse(ask(fake, 'Why did Ruto visit Haiti?', { user }));
    const button = (res.components[0]?.['components'] as Array<Record<string, unknown>>).find((b) => String(b['custom_id'] ?? '').startsWith('ask:more:'))!;
    await fake.waitForInteractionResponse(ask(fake, QUESTION, { user }));
    const click1 = await fake.waitForInteractionResponse(fake.sendButton({ message: res.message!, customId: String(button['custom_id']), user }));
    expect(click1.content).toMatch(/more passages? that match/);
    const click2 = await fake.waitForInteractionResponse(fake.sendButton({ message: res.message!, customId: String(button['custom_id']), user }));
    expect(click2.ephemeral).toBe(true);
    expect(click2.content).toMatch(/^You are asking faster/);
  });

  it('direct messages: the notice once, then silence until the window passes', async () => {
    const user = fake.addUser({ username: 'dm-flood' }).id;
    const t0 = clock;
    const sent: FakeMessage[] = [];
    for (let i = 0; i < 6; i++) sent.push(fake.sendDirectMessage({ userId: user, content: QUESTION }));
    // Wait until all six were handled: three answers and one notice posted, two refusals logged quietly.
    const repliesTo = (m: FakeMessage) => fake.channelMessages.filter((r) => r.message_reference?.['message_id'] === m.id);
    await until(() => sent.slice(0, 4).every((m) => repliesTo(m).length === 1), 'three answers and a notice');
    await until(() => bot.logs.records.filter((r) => r['msg'] === 'rate limited' && r['user'] === user).length === 3, 'three refusals logged');
    for (const m of sent.slice(0, 3)) expect(descriptionOf(repliesTo(m)[0]!.embeds)).toContain(RUTO_600);
    expectNotice(repliesTo(sent[3]!)[0]!.content, t0 + 10_000);
    expect(repliesTo(sent[4]!)).toEqual([]);
    expect(repliesTo(sent[5]!)).toEqual([]);
    // Only the first refusal is logged at info; the others at debug (a flood does not flood the log).
    const levels = bot.logs.records.filter((r) => r['msg'] === 'rate limited' && r['user'] === user).map((r) => r['level']);
    expect(levels).toEqual([30, 20, 20]);
    // The DM and /ask share the user's bucket.
    const slash = await fake.waitForInteractionResponse(ask(fake, QUESTION, { user, guildId: null }));
    expect(slash.content).toMatch(/^You are asking faster/);

    clock = t0 + 10_001;
    const later = fake.sendDirectMessage({ userId: user, content: QUESTION });
    const reply = await fake.waitForDirectMessageTo(user, (m) => m.message_reference?.['message_id'] === later.id);
    expect(descriptionOf(reply.embeds)).toContain(RUTO_600);
  });

  it('/kb has its own, looser bucket: a moderator out of questions can still use it, up to 10 per window', async () => {
    const mod = fake.addUser({ username: 'moderator' }).id;
    for (let i = 0; i < 4; i++) await fake.waitForInteractionResponse(ask(fake, QUESTION, { user: mod }));
    for (let i = 0; i < 10; i++) expect((await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'kb', user: mod }))).content).toBe('kb ok');
    const refused = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'kb', user: mod }));
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/<t:\d+:R>/);
    expect(bot.logs.withMsg('rate limited').some((r) => r['user'] === mod && r['bucket'] === 'kb')).toBe(true);
  });

  it('autocomplete past its (generous) bucket gets no choices, without an error', async () => {
    const user = fake.addUser({ username: 'typist' }).id;
    const type = (value: string) => fake.waitForInteractionResponse(fake.sendAutocomplete({ name: 'ask', user, options: [{ name: 'question', type: 3, value, focused: true }] }));
    for (let i = 0; i < 30; i++) expect((await type('offi')).choices!.length).toBeGreaterThan(0);
    const over = await type('offi');
    expect(over.type).toBe(8);
    expect(over.choices).toEqual([]);
  });

  it('/help and /sources are not rate limited', async () => {
    const user = fake.addUser({ username: 'reader' }).id;
    for (let i = 0; i < 6; i++) expect((await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'help', user }))).embeds.length).toBe(1);
  });
});

describe('questions over MAX_QUESTION_CHARS', () => {
  /** An engine that records every use; the too-long refusal must not touch it. */
  function spyEngine(): { uses: string[] } {
    const uses: string[] = [];
    const real = bot.realKb.engine;
    bot.kb.current = {
      get engine() {
        return new Proxy(real, {
          get(target, prop, receiver) {
            uses.push(String(prop));
            return Reflect.get(target, prop, receiver);
          },
        });
      },
    };
    return { uses };
  }

  it.each([
    ['/ask with 201 characters', 'w'.repeat(201)],
    ['/ask with 10,000 characters', 'Why did Kenya send police to Haiti? '.repeat(300)],
    ['/ask with 6,000 characters of mentions and markdown', '@everyone <@&123456789012345678> **bold** `code` '.repeat(120)],
  ])('%s: refused with a clear message, before any search (the engine is not even looked at)', async (_name, question) => {
    const spy = spyEngine();
    const gapsBefore = bot.gaps.list().length;
    const ix = ask(fake, question, { user: fake.addUser({}).id });
    const res = await fake.waitForInteractionResponse(ix);
    expect(res.content).toMatch(/^Sorry, that question is too long for me: \d+ characters, and I read at most 200\. Please ask it in fewer words\.$/);
    expect(acceptedCallbacks(ix)).toHaveLength(1);
    expect(spy.uses).toEqual([]);
    expect(bot.gaps.list().length).toBe(gapsBefore);
  });

  it('a 10,000-character direct message: the same refusal, and the engine untouched', async () => {
    const spy = spyEngine();
    const user = fake.addUser({}).id;
    const dm = fake.sendDirectMessage({ userId: user, content: `${'¿Por qué? '.repeat(999)}?` });
    const reply = await fake.waitForDirectMessageTo(user, (m) => m.message_reference?.['message_id'] === dm.id);
    expect(reply.content).toMatch(/too long for me: \d+ characters, and I read at most 200/);
    expect(spy.uses).toEqual([]);
  });

  it('exactly MAX_QUESTION_CHARS is still read', async () => {
    const q = `${QUESTION} ${'x'.repeat(200 - QUESTION.length - 1)}`;
    expect(q.length).toBe(200);
    const res = await fake.waitForInteractionResponse(ask(fake, q, { user: fake.addUser({}).id }));
    expect(res.content).not.toMatch(/too long/);
  });
});
