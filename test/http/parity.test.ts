/**
 * Same answers both ways: the gateway bot (real discord.js client and command
 * modules, through the fake Discord) and the HTTP endpoint, asked the same
 * things, send the same interaction response: same type, content, embeds,
 * components, flags and allowed mentions.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/client.js';
import { MemoryGapRecorder } from '../../src/bot/gaps.js';
import { loadConfig } from '../../src/config.js';
import { createInteractionsServer } from '../../src/http/server.js';
import { publicKeyFromHex } from '../../src/http/verify.js';
import { createLogger } from '../../src/logger.js';
import { openKnowledgeBase } from '../../src/open-knowledge.js';
import { type FakeDiscord, type FakeInteraction, type Json, startFakeDiscord } from '../fake-discord/server.js';
import { askOptions, autocomplete, button, keyPair, rawRequest, signedHeaders, slash } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'parity-test-token-0123456789abcdef';
const keys = keyPair();
let fake: FakeDiscord;
let client: Client;
let server: Server;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  const config = loadConfig(
    { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), WORD_VECTORS: 'off', DISCORD_PUBLIC_KEY: keys.publicHex, RATE_LIMIT_QUESTIONS: '100' },
    { dotenv: false },
  );
  const kb = await openKnowledgeBase(config);
  const logger = createLogger({ level: 'silent' });
  client = await createBot({ config, kb, logger, gaps: new MemoryGapRecorder() });
  await client.login(TOKEN);
  await fake.waitForReady();
  server = createInteractionsServer({ ctx: { kb, config, logger, gaps: new MemoryGapRecorder() }, publicKey: publicKeyFromHex(keys.publicHex) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
  await new Promise<void>((resolve) => {
    server?.close(() => resolve());
    server?.closeAllConnections();
  });
});

/** The fields of a callback that a user sees, in API form, without discord.js's empty defaults. */
function visible(body: Json): Json {
  const data = (body['data'] ?? {}) as Json;
  const out: Json = { type: body['type'] };
  for (const k of ['content', 'embeds', 'components', 'allowed_mentions', 'choices']) {
    const v = data[k];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0 && k !== 'choices')) continue;
    out[k] = v;
  }
  out['ephemeral'] = ((Number(data['flags'] ?? 0) & 64) === 64);
  return out;
}

async function viaGateway(ix: FakeInteraction): Promise<Json> {
  await fake.waitForInteractionResponse(ix);
  const record = fake.interactions.get(ix.id)!;
  expect(record.callbacks).toHaveLength(1); // answered in one callback, no deferral
  return visible(record.callbacks[0]!.body as Json);
}

async function viaHttp(payload: Record<string, unknown>): Promise<Json> {
  const body = JSON.stringify(payload);
  const res = await rawRequest(server, { body, headers: signedHeaders(keys.privateKey, body) });
  expect(res.status).toBe(200);
  return visible(res.json() as Json);
}

const ask = (q: string, priv?: boolean) => ({
  gateway: () => fake.sendSlashCommand({ name: 'ask', options: askOptions(q, priv) as never }),
  http: () => slash('ask', askOptions(q, priv)),
});

describe('the HTTP endpoint answers exactly as the gateway bot', () => {
  it.each([
    ['an answer', ask('How many more officers is Kenya sending to Haiti?')],
    ['a private answer', ask('Who leads the MSS mission in Haiti?', true)],
    ['an abstention', ask("What's the best pizza in Naples?")],
    ['a refusal (too long)', ask(`Why ${'really '.repeat(100)}did Kenya send police?`)],
    ['/sources', { gateway: () => fake.sendSlashCommand({ name: 'sources' }), http: () => slash('sources') }],
    ['/help', { gateway: () => fake.sendSlashCommand({ name: 'help' }), http: () => slash('help') }],
    [
      'autocomplete',
      {
        gateway: () => fake.sendAutocomplete({ name: 'ask', options: [{ name: 'question', type: 3, value: 'pol', focused: true }] }),
        http: () => autocomplete('ask', [{ name: 'question', type: 3, value: 'pol', focused: true }]),
      },
    ],
  ])('%s', async (_label, c) => {
    const gateway = await viaGateway(c.gateway());
    const http = await viaHttp(c.http());
    expect(http).toEqual(gateway);
  });

  it('the "More results" button', async () => {
    const question = 'How many more officers is Kenya sending to Haiti?';
    const first = await fake.waitForInteractionResponse(fake.sendSlashCommand({ name: 'ask', options: askOptions(question) as never }));
    const customId = String(((first.components[0]?.['components'] as Json[])[0] as Json)['custom_id']);
    const gateway = await viaGateway(fake.sendButton({ message: first.message!, customId }));
    const http = await viaHttp(button(customId));
    expect(http).toEqual(gateway);
    expect(http['ephemeral']).toBe(true);
  });
});
