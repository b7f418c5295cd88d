/**
 * The optional health endpoint (HEALTH_PORT): `GET /health` answers
 *
 *   {"status":"ok","gateway":{"connected":true},"index":{"loaded":true},"passages":42,"uptimeSeconds":61}
 *
 * with 200 when the gateway is connected and the index is loaded, else 503 (and
 * `status` "unavailable", or "stopping" during a graceful shutdown). It listens
 * on 127.0.0.1 unless told otherwise; it reads no request body and serves
 * nothing else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';

export interface HealthState {
  /** Every gateway shard is connected (READY or RESUMED, not reconnecting). */
  gateway: boolean;
  /** The answer index is built. */
  index: boolean;
  /** Passages in the index. */
  passages: number;
  /** A graceful shutdown began. */
  stopping: boolean;
}

export interface HealthBody {
  status: 'ok' | 'unavailable' | 'stopping';
  gateway: { connected: boolean };
  index: { loaded: boolean };
  passages: number;
  uptimeSeconds: number;
}

/** The health document and its HTTP status for a state. */
export function healthOf(state: HealthState, uptimeSeconds: number): { code: 200 | 503; body: HealthBody } {
  const healthy = state.gateway && state.index && !state.stopping;
  return {
    code: healthy ? 200 : 503,
    body: {
      status: state.stopping ? 'stopping' : healthy ? 'ok' : 'unavailable',
      gateway: { connected: state.gateway },
      index: { loaded: state.index },
      passages: state.passages,
      uptimeSeconds: Math.round(uptimeSeconds),
    },
  };
}

export interface HealthServer {
  /** The port it listens on (useful with port 0). */
  port: number;
  host: string;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  /** Default 127.0.0.1; 0.0.0.0 only when configured so (e.g. in a container). */
  host?: string;
  state: () => HealthState;
  logger: Logger;
}

/** Starts the health endpoint; rejects if the port cannot be bound. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const host = options.host ?? '127.0.0.1';
  const startedAt = performance.now();
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?', 1)[0];
    if (url !== '/health' && url !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' }).end('{"error":"method not allowed"}');
      return;
    }
    let code: number;
    let text: string;
    try {
      const h = healthOf(options.state(), (performance.now() - startedAt) / 1000);
      code = h.code;
      text = JSON.stringify(h.body);
    } catch (err) {
      options.logger.warn({ err }, 'health check failed');
      code = 503;
      text = '{"status":"unavailable"}';
    }
    res.writeHead(code, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : text);
  });
  // A health check is one small request: no slow clients, no lingering sockets.
  server.requestTimeout = 5000;
  server.headersTimeout = 5000;
  server.keepAliveTimeout = 1000;
  server.maxHeadersCount = 50;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => options.logger.warn({ err }, 'health endpoint error'));
  const address = server.address() as AddressInfo;
  options.logger.info({ host, port: address.port }, 'health endpoint listening');
  return {
    port: address.port,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What to tell the operator when HEALTH_PORT cannot be listened on (both start-up commands say the same). */
export function healthPortProblem(port: number, err: unknown): string {
  return `HEALTH_PORT ${port}: cannot listen (${(err as NodeJS.ErrnoException).code ?? String(err)}). Choose a free port, or unset HEALTH_PORT.\n`;
}
