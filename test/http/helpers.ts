/** Helpers for the HTTP endpoint tests: a key pair, signed requests, raw HTTP on 127.0.0.1, interaction payloads. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { publicKeyToHex } from '../../src/http/verify.js';

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** The public key as the Developer Portal shows it (64 hex digits). */
  publicHex: string;
}

export function keyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey, privateKey, publicHex: publicKeyToHex(publicKey) };
}

/** Discord's signature headers for `body` sent at `timestamp` (Unix seconds). */
export function signedHeaders(privateKey: KeyObject, body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const ts = String(timestamp);
  const signature = sign(null, Buffer.concat([Buffer.from(ts), Buffer.isBuffer(body) ? body : Buffer.from(body)]), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': ts };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => Record<string, unknown>;
  /** ms from sending the headers to the end of the response. */
  ms: number;
}

/**
 * A raw HTTP request to the server on 127.0.0.1. `body` as a string (Content-Length set),
 * as `{ chunks }` (chunked, no Content-Length), or `{ declaredLength, send }` (a Content-Length
 * header announcing more than is sent).
 */
export function rawRequest(
  server: Server | string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer | { chunks: Buffer[] } | { declaredLength: number; send: Buffer } },
): Promise<RawResponse> {
  const port = typeof server === 'string' ? Number(new URL(server).port) : (server.address() as AddressInfo).port;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
    const b = options.body;
    if (typeof b === 'string' || Buffer.isBuffer(b)) headers['content-length'] = String(Buffer.byteLength(b));
    else if (b && 'declaredLength' in b) headers['content-length'] = String(b.declaredLength);
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/interactions', headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown>, ms: performance.now() - started });
        req.destroy();
      });
      res.on('error', reject);
    });
    // The server may answer (and close) before the whole body is sent: that is the point of some tests.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    if (typeof b === 'string' || Buffer.isBuffer(b)) req.end(b);
    else if (b && 'chunks' in b) {
      for (const c of b.chunks) req.write(c);
      req.end();
    } else if (b && 'declaredLength' in b) {
      req.write(b.send); // and never the rest
    } else req.end();
  });
}

let seq = 1_300_000_000_000_000_000n;
const snowflake = () => String(++seq);

/** An interaction payload as Discord sends it, from a guild member. */
export function interaction(type: number, data?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: snowflake(),
    application_id: '1100000000000000001',
    type,
    token: `token-${snowflake()}`,
    version: 1,
    locale: 'en-US',
    guild_id: '1200000000000000001',
    channel_id: '1200000000000000002',
    member: { user: { id: '1200000000000000003', username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null }, roles: [], permissions: '2147485696', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    app_permissions: '2147485696',
    entitlements: [],
    authorizing_integration_owners: { '0': '1200000000000000001' },
    context: 0,
    ...(data !== undefined ? { data } : {}),
    ...extra,
  };
}

export const slash = (name: string, options: Array<Record<string, unknown>> = []) => interaction(2, { id: snowflake(), name, type: 1, ...(options.length ? { options } : {}) });
export const autocomplete = (name: string, options: Array<Record<string, unknown>>) => interaction(4, { id: snowflake(), name, type: 1, options });
export const button = (customId: string) => interaction(3, { custom_id: customId, component_type: 2 }, { message: { id: snowflake(), channel_id: '1200000000000000002', content: '', embeds: [], components: [] } });
export const askOptions = (question: string, priv?: boolean) => [{ name: 'question', type: 3, value: question }, ...(priv === undefined ? [] : [{ name: 'private', type: 5, value: priv }])];
