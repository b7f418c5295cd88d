/**
 * The HTTP interactions endpoint: a node:http server that Discord POSTs
 * interactions to (the app's "Interactions Endpoint URL"), instead of sending
 * them over the gateway.
 *
 * For each request, in this order (cheap checks first, the body read at most once):
 *   path ≠ the configured one → 404; method ≠ POST → 405 (Allow: POST);
 *   signature headers missing or malformed → 401;
 *   Content-Length over the limit → 413 at once, body unread; a body that grows
 *   over it while streaming → 413, the rest discarded, not kept;
 *   timestamp too old (replay) or too far in the future → 401;
 *   Ed25519 signature of timestamp + raw body not valid for the public key → 401;
 *   body not a JSON interaction → 400;
 *   else 200 with the interaction response as JSON (interactions.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { APIInteraction } from 'discord.js';
import type { BotContext } from '../bot/command.js';
import { type RateLimits, createRateLimits } from '../rate-limit.js';
import { interactionResponse } from './interactions.js';
import { type FreshnessOptions, timestampProblem, verifySignature } from './verify.js';

export interface InteractionsServerOptions extends FreshnessOptions {
  /** Engine, configuration, logger and gap recorder, as the gateway bot's commands get them. */
  ctx: BotContext;
  /** The application's public key (see `publicKeyFromHex`). */
  publicKey: KeyObject;
  /** The path Discord POSTs to (default `/interactions`). */
  path?: string;
  /** Largest accepted body in bytes (default 64 KiB; Discord's interactions are a few KiB). */
  maxBodyBytes?: number;
  /** The clock, for the timestamp check (default Date.now). */
  now?: () => number;
  /** Per-user rate limits (default: from the configuration, as the gateway bot's); null: none. */
  limits?: RateLimits | null;
}

export const DEFAULT_PATH = '/interactions';
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text).toString(), ...headers });
  res.end(text);
}

/**
 * Answers, closes the connection after the answer, and drops whatever else the
 * client sends meanwhile (read and discarded, never kept), for at most two seconds.
 */
function refuseAndClose(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  req.removeAllListeners('data');
  req.resume();
  send(res, status, body, { connection: 'close' });
  const timer = setTimeout(() => req.socket.destroy(), 2_000);
  timer.unref();
  req.socket.once('close', () => clearTimeout(timer));
}

/** The request handler (usable with any node:http server). */
export function interactionsHandler(options: InteractionsServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { ctx, publicKey } = options;
  const path = options.path ?? DEFAULT_PATH;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  const limits = options.limits === undefined ? createRateLimits(ctx.config) : options.limits;
  const log = ctx.logger.child({ component: 'http' });

  return (req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    if ((q === -1 ? url : url.slice(0, q)) !== path) return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' }, { allow: 'POST' });

    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
      log.debug({ signature: typeof signature, timestamp: typeof timestamp }, 'request without valid signature headers');
      return refuseAndClose(req, res, 401, { error: 'invalid request signature' });
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBody) {
      log.warn({ bytes: Number(declared) }, 'interaction body too large');
      return refuseAndClose(req, res, 413, { error: 'request body too large' });
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBody) {
        done = true;
        chunks.length = 0;
        log.warn({ bytes: size }, 'interaction body too large');
        refuseAndClose(req, res, 413, { error: 'request body too large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      done = true;
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      const stale = timestampProblem(timestamp, now(), options);
      if (stale !== null) {
        log.debug({ problem: stale }, 'interaction refused');
        return send(res, 401, { error: 'invalid request signature' });
      }
      if (!verifySignature(publicKey, timestamp, body, signature)) {
        log.debug('interaction with a bad signature refused');
        return send(res, 401, { error: 'invalid request signature' });
      }
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return send(res, 400, { error: 'body is not JSON' });
      }
      if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number') {
        return send(res, 400, { error: 'body is not an interaction' });
      }
      const started = performance.now();
      const response = interactionResponse(interaction, ctx, limits);
      send(res, 200, response);
      log.debug({ interactionId: interaction.id, type: interaction.type, ms: Math.round((performance.now() - started) * 10) / 10 }, 'interaction answered');
    });
  };
}

/** A node:http server answering interactions (not listening yet). */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
  const server = createServer(interactionsHandler(options));
  // Discord sends a few KiB at once: nobody needs long to send a request.
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  return server;
}
