/**
 * The HTTP interactions endpoint on 127.0.0.1: a key pair made here, requests
 * signed for real (and tampered with), the shipped knowledge folder.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryGapRecorder } from '../../src/bot/gaps.js';
import { loadConfig } from '../../src/config.js';
import { KB_OVER_HTTP } from '../../src/http/interactions.js';
import { startHttp } from '../../src/http/main.js';
import { createInteractionsServer } from '../../src/http/server.js';
import { publicKeyFromHex, publicKeyToHex, timestampProblem, verifySignature } from '../../src/http/verify.js';
import { createLogger } from '../../src/logger.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { openKnowledgeBase } from '../../src/open-knowledge.js';
import { askOptions, autocomplete, button, interaction, keyPair, rawRequest, signedHeaders, slash, type RawResponse } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const keys = keyPair();
// One user asks everything here: a roomy rate limit (the limit has its own test below).
const config = loadConfig({ KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), WORD_VECTORS: 'off', DISCORD_PUBLIC_KEY: keys.publicHex, RATE_LIMIT_QUESTIONS: '1000' }, { dotenv: false });
const logger = createLogger({ level: 'silent' });
const gaps = new MemoryGapRecorder();
let server: Server;
let kb: KnowledgeBase;

const RUTO_600 = 'President William Ruto has committed to deploy 600 more Kenyan police officers to the Multinational Security Support Mission (MSS) in Haiti.';
const EPHEMERAL = 64;

beforeAll(async () => {
  kb = await openKnowledgeBase(config);
  server = createInteractionsServer({ ctx: { kb, config, logger, gaps }, publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY!) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

/** POSTs an interaction signed with the test's private key. */
function post(payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const body = JSON.stringify(payload);
  return rawRequest(server, { body, headers: { ...signedHeaders(keys.privateKey, body), ...headers } });
}

type Data = { content?: string; embeds?: Array<{ description?: string; title?: string; footer?: { text?: string } }>; components?: Array<{ components: Array<Record<string, unknown>> }>; flags?: number; allowed_mentions?: unknown; choices?: Array<{ name: string; value: string }> };
async function ok(res: Promise<RawResponse>): Promise<{ type: number; data: Data }> {
  const r = await res;
  expect(r.status, r.text).toBe(200);
  expect(r.headers['content-type']).toBe('application/json');
  return r.json() as { type: number; data: Data };
}
const quoteOf = (d: Data) => String(d.embeds?.[0]?.description ?? '').split('\n\n— ')[0]!.replace(/^> /gm, '').replace(/\*\*/g, '');

describe('Ed25519 verification with node:crypto', () => {
  it('round-trips the portal hex key and verifies only the exact timestamp + body', () => {
    const key = publicKeyFromHex(keys.publicHex);
    expect(publicKeyToHex(key)).toBe(keys.publicHex);
    const h = signedHeaders(keys.privateKey, '{"type":1}', 1_700_000_000);
    expect(verifySignature(key, '1700000000', Buffer.from('{"type":1}'), h['x-signature-ed25519']!)).toBe(true);
    expect(verifySignature(key, '1700000001', Buffer.from('{"type":1}'), h['x-signature-ed25519']!)).toBe(false);
    expect(verifySignature(key, '1700000000', Buffer.from('{"type":1} '), h['x-signature-ed25519']!)).toBe(false);
    expect(verifySignature(key, '1700000000', Buffer.from('{"type":1}'), 'zz')).toBe(false);
    expect(verifySignature(publicKeyFromHex(keyPair().publicHex), '1700000000', Buffer.from('{"type":1}'), h['x-signature-ed25519']!)).toBe(false);
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hex digits/);
  });

  it('accepts timestamps up to 5 minutes old and 60 s ahead', () => {
    const now = 1_700_000_000_000;
    expect(timestampProblem('1700000000', now)).toBeNull();
    expect(timestampProblem('1699999700', now)).toBeNull();
    expect(timestampProblem('1699999699', now)).toBe('stale timestamp');
    expect(timestampProblem('1700000060', now)).toBeNull();
    expect(timestampProblem('1700000061', now)).toBe('timestamp in the future');
    expect(timestampProblem('17e8', now)).toBe('malformed timestamp');
  });
});

describe('POST /interactions, signed', () => {
  it('answers PING with PONG', async () => {
    expect(await ok(post({ type: 1, id: '1', application_id: '1', token: 't', version: 1 }))).toEqual({ type: 1 });
  });

  it('answers /ask with the verbatim quote, its citation and buttons, as format.ts makes them (type 4)', async () => {
    const res = await ok(post(slash('ask', askOptions('How many more officers is Kenya sending to Haiti?'))));
    expect(res.type).toBe(4);
    expect(quoteOf(res.data)).toBe(RUTO_600);
    expect(res.data.embeds![0]!.description).toContain('**K24 Digital**');
    expect(res.data.embeds![0]!.footer?.text).toMatch(/^Quoted word for word/);
    expect(res.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(res.data.flags).toBeUndefined();
    const [more, link] = res.data.components![0]!.components;
    expect(String(more!['custom_id'])).toMatch(/^ask:more:/);
    expect(link).toMatchObject({ style: 5, url: 'https://k24.digital/?p=177955' });
  });

  it('/ask private:true answers ephemerally (flags 64); an abstention records the gap', async () => {
    const priv = await ok(post(slash('ask', askOptions('How many more officers is Kenya sending to Haiti?', true))));
    expect(priv.data.flags).toBe(EPHEMERAL);
    expect(quoteOf(priv.data)).toBe(RUTO_600);
    const none = await ok(post(slash('ask', askOptions("What's the best pizza in Naples?"))));
    expect(none.data.content).toContain('No passage in my sources answers that.');
    expect(gaps.list().map((g) => g.question)).toContain("What's the best pizza in Naples?");
  });

  it('/sources and /help are ephemeral embeds; /kb says to use the gateway bot; unknown commands are told so', async () => {
    const sources = await ok(post(slash('sources')));
    expect(sources.data.flags).toBe(EPHEMERAL);
    expect(sources.data.embeds![0]!.title).toMatch(/^My sources: 1 source/);
    const help = await ok(post(slash('help')));
    expect(help.data.flags).toBe(EPHEMERAL);
    expect(help.data.embeds![0]!.title).toBe('About this bot');
    const kb = await ok(post(slash('kb', [{ name: 'refresh', type: 1 }])));
    expect(kb.data).toMatchObject({ content: KB_OVER_HTTP, flags: EPHEMERAL });
    const unknown = await ok(post(slash('nope')));
    expect(unknown.data).toMatchObject({ content: 'I do not know that command any more.', flags: EPHEMERAL });
  });

  it('answers autocomplete (type 4) with choices (type 8)', async () => {
    const res = await ok(post(autocomplete('ask', [{ name: 'question', type: 3, value: 'offi', focused: true }])));
    expect(res.type).toBe(8);
    expect(res.data.choices!.length).toBeGreaterThan(0);
    expect(res.data.choices!.length).toBeLessThanOrEqual(25);
    expect(res.data.choices!.some((c) => /officers/.test(c.name))).toBe(true);
    const other = await ok(post(autocomplete('kb', [{ name: 'remove', type: 1, options: [{ name: 'source', type: 3, value: 'm', focused: true }] }])));
    expect(other).toEqual({ type: 8, data: { choices: [] } });
  });

  it('answers the "More results" button (MESSAGE_COMPONENT) ephemerally, for short and remembered long questions', async () => {
    const answer = await ok(post(slash('ask', askOptions('How many more officers is Kenya sending to Haiti?'))));
    const customId = String(answer.data.components![0]!.components[0]!['custom_id']);
    const more = await ok(post(button(customId)));
    expect(more.type).toBe(4);
    expect(more.data.flags).toBe(EPHEMERAL);
    expect(more.data.content).toMatch(/more passages? that match/i);
    expect(more.data.embeds!.length).toBeGreaterThan(0);

    const long = 'Why did President Ruto visit Haiti and the Kenyan police officers serving in the Multinational Security Support mission?';
    const longAnswer = await ok(post(slash('ask', askOptions(long))));
    const keyId = String(longAnswer.data.components![0]!.components[0]!['custom_id']);
    expect(keyId).toMatch(/^ask:more:k:/);
    expect((await ok(post(button(keyId)))).data.embeds!.length).toBeGreaterThan(0);
    expect((await ok(post(button('ask:more:k:forgotten')))).data.content).toBe('This button has expired: please ask the question again.');
    expect((await ok(post(button('other:thing')))).data.content).toBe('This button no longer works: please ask again.');
  });
});

describe('per-user rate limits, as on the gateway', () => {
  it('refuses questions over the limit with the ephemeral notice, autocomplete with no choices; per user', async () => {
    // The limits come from the configuration, as the gateway bot's do.
    const strict = { ...config, RATE_LIMIT_QUESTIONS: 2, RATE_LIMIT_WINDOW_SECONDS: 60 };
    const limited = createInteractionsServer({ ctx: { kb, config: strict, logger, gaps }, publicKey: publicKeyFromHex(keys.publicHex) });
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    try {
      const send = async (payload: Record<string, unknown>) => {
        const body = JSON.stringify(payload);
        return (await rawRequest(limited, { body, headers: signedHeaders(keys.privateKey, body) })).json() as { type: number; data: Data };
      };
      const q = () => slash('ask', askOptions('How many more officers is Kenya sending to Haiti?'));
      expect(quoteOf((await send(q())).data)).toBe(RUTO_600);
      expect(quoteOf((await send(q())).data)).toBe(RUTO_600);
      const third = await send(q());
      expect(third.data.content).toMatch(/^You are asking faster than I can answer: I take 2 questions every 60 seconds from each person\. Please try again <t:\d+:R>\.$/);
      expect(third.data.flags).toBe(EPHEMERAL);
      // Another user is not limited; /help is never limited.
      const other = q();
      (other['member'] as { user: { id: string } }).user.id = '1200000000000000099';
      expect(quoteOf((await send(other)).data)).toBe(RUTO_600);
      expect((await send(slash('help'))).data.embeds![0]!.title).toBe('About this bot');
      // Autocomplete has its own, roomier bucket (20 here); over it: no choices.
      const ac = () => autocomplete('ask', [{ name: 'question', type: 3, value: 'offi', focused: true }]);
      for (let i = 0; i < 20; i++) expect((await send(ac())).data.choices!.length).toBeGreaterThan(0);
      expect(await send(ac())).toEqual({ type: 8, data: { choices: [] } });
    } finally {
      await new Promise<void>((resolve) => {
        limited.close(() => resolve());
        limited.closeAllConnections();
      });
    }
  });
});

describe('refusals', () => {
  const body = JSON.stringify(interaction(1));

  it('401 for a bad signature: another key, a tampered body, a tampered timestamp', async () => {
    const other = keyPair();
    expect((await rawRequest(server, { body, headers: signedHeaders(other.privateKey, body) })).status).toBe(401);
    const h = signedHeaders(keys.privateKey, body);
    expect((await rawRequest(server, { body: body.replace('"type":1', '"type":2'), headers: h })).status).toBe(401);
    const later = { ...h, 'x-signature-timestamp': String(Number(h['x-signature-timestamp']) + 1) };
    expect((await rawRequest(server, { body, headers: later })).status).toBe(401);
    const flipped = h['x-signature-ed25519']!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect((await rawRequest(server, { body, headers: { ...h, 'x-signature-ed25519': flipped } })).status).toBe(401);
  });

  it('401 for missing or malformed signature headers', async () => {
    const h = signedHeaders(keys.privateKey, body);
    const cases: Array<Record<string, string>> = [
      {},
      { 'x-signature-timestamp': h['x-signature-timestamp']! },
      { 'x-signature-ed25519': h['x-signature-ed25519']! },
      { ...h, 'x-signature-ed25519': 'not hex' },
      { ...h, 'x-signature-timestamp': 'yesterday' },
    ];
    for (const headers of cases) {
      const res = await rawRequest(server, { body, headers });
      expect(res.status).toBe(401);
      expect(res.json()).toEqual({ error: 'invalid request signature' });
    }
  });

  it('401 for a correctly signed but stale (or future) timestamp; a little skew is fine', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await rawRequest(server, { body, headers: signedHeaders(keys.privateKey, body, now - 301) })).status).toBe(401);
    expect((await rawRequest(server, { body, headers: signedHeaders(keys.privateKey, body, now + 120) })).status).toBe(401);
    expect((await rawRequest(server, { body, headers: signedHeaders(keys.privateKey, body, now - 120) })).status).toBe(200);
    expect((await rawRequest(server, { body, headers: signedHeaders(keys.privateKey, body, now + 20) })).status).toBe(200);
  });

  it('413 for a body over 64 KiB: by Content-Length at once, or while streaming (chunked)', async () => {
    const big = JSON.stringify({ ...interaction(1), padding: 'x'.repeat(70 * 1024) });
    const declared = await rawRequest(server, { body: big, headers: signedHeaders(keys.privateKey, big) });
    expect(declared.status).toBe(413);
    expect(declared.headers['connection']).toBe('close');

    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(8 * 1024, 0x20));
    const streamed = await rawRequest(server, { body: { chunks }, headers: signedHeaders(keys.privateKey, Buffer.concat(chunks)) });
    expect(streamed.status).toBe(413);

    // 10 MB announced, 1 KB sent: the answer comes without waiting for (or keeping) the rest.
    const announced = await rawRequest(server, { body: { declaredLength: 10_000_000, send: Buffer.alloc(1024, 0x20) }, headers: signedHeaders(keys.privateKey, 'x') });
    expect(announced.status).toBe(413);
    expect(announced.ms).toBeLessThan(1000);

    // Exactly at the limit is fine (then refused for its signature only if bad: here it is good).
    const padded = JSON.stringify({ ...interaction(1), padding: '' });
    const atLimit = padded.replace('"padding":""', `"padding":"${'x'.repeat(64 * 1024 - padded.length)}"`);
    expect(Buffer.byteLength(atLimit)).toBe(64 * 1024);
    expect((await rawRequest(server, { body: atLimit, headers: signedHeaders(keys.privateKey, atLimit) })).status).toBe(200);
  });

  it('404 off the path, 405 for other methods, 400 for a signed body that is not an interaction', async () => {
    const h = signedHeaders(keys.privateKey, body);
    expect((await rawRequest(server, { path: '/', body, headers: h })).status).toBe(404);
    expect((await rawRequest(server, { path: '/interactions/x', body, headers: h })).status).toBe(404);
    const get = await rawRequest(server, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    expect((await rawRequest(server, { path: '/interactions?x=1', body, headers: h })).status).toBe(200);
    const notJson = 'hello';
    expect((await rawRequest(server, { body: notJson, headers: signedHeaders(keys.privateKey, notJson) })).status).toBe(400);
    const notInteraction = '[1,2]';
    expect((await rawRequest(server, { body: notInteraction, headers: signedHeaders(keys.privateKey, notInteraction) })).status).toBe(400);
  });
});

describe('npm run start:http (startHttp)', () => {
  it('needs DISCORD_PUBLIC_KEY', async () => {
    const errors: string[] = [];
    const result = await startHttp({ env: { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), WORD_VECTORS: 'off' }, stderr: (t) => void errors.push(t) });
    expect(result).toEqual({ ok: false, code: 1 });
    expect(errors.join('')).toMatch(/DISCORD_PUBLIC_KEY is not set/);
  });

  it('listens and answers a signed PING and /ask', async () => {
    const result = await startHttp({
      env: { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), WORD_VECTORS: 'off', DISCORD_PUBLIC_KEY: keys.publicHex, LOG_LEVEL: 'silent' },
      host: '127.0.0.1',
      port: 0,
    });
    if (!result.ok) throw new Error('startHttp failed');
    try {
      expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
      const ping = JSON.stringify(interaction(1));
      const pong = await rawRequest(result.url, { body: ping, headers: signedHeaders(keys.privateKey, ping) });
      expect(pong.json()).toEqual({ type: 1 });
      const ask = JSON.stringify(slash('ask', askOptions('How many more officers is Kenya sending to Haiti?')));
      const answer = await rawRequest(result.url, { body: ask, headers: signedHeaders(keys.privateKey, ask) });
      expect(quoteOf((answer.json() as { data: Data }).data)).toBe(RUTO_600);
    } finally {
      await result.stop();
    }
  });
});
