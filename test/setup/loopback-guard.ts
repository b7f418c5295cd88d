/**
 * Vitest setup file: the test process may talk to loopback only.
 *
 * Any attempt to open a TCP/TLS connection to, or resolve the name of, anything other than
 * 127.0.0.0/8, ::1 (incl. ::ffff:127.x.x.x) or `localhost` throws an Error naming the address.
 * Everything funnels through `net.Socket.prototype.connect` (net.connect, tls.connect, http, ws,
 * undici/fetch), so that is the choke point; `net.connect`/`tls.connect` and `dns.lookup` are
 * patched too so the error is thrown before any work is done. Unix sockets / pipes are allowed.
 */
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const GUARD = Symbol.for('fake-discord.loopback-guard');

/** True when `host` is a loopback IP literal or the name `localhost`. */
export function isLoopbackHost(host: string): boolean {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h.startsWith('::ffff:')) h = h.slice('::ffff:'.length);
  if (net.isIPv4(h)) return h.split('.')[0] === '127';
  if (net.isIPv6(h)) return h === '::1' || h === '0:0:0:0:0:0:0:1';
  return false;
}

function refuse(what: string, host: string, port?: unknown): never {
  const target = port === undefined || port === null || port === '' ? host : `${host}:${String(port)}`;
  throw new Error(`loopback-guard: refused ${what} to non-loopback address ${target} (tests may only reach 127.0.0.1/::1/localhost)`);
}

interface ConnectTarget {
  host?: string;
  port?: unknown;
  path?: string;
}

/** Works out where a `connect(...)` call is going, for every calling convention Node uses. */
function targetOf(args: unknown[]): ConnectTarget {
  let first = args[0];
  // net.connect() hands the socket a pre-normalised [options, cb] array.
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') {
    const o = first as { host?: unknown; hostname?: unknown; port?: unknown; path?: unknown };
    if (typeof o.path === 'string') return { path: o.path };
    const host = typeof o.host === 'string' ? o.host : typeof o.hostname === 'string' ? o.hostname : 'localhost';
    return { host, port: o.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

function check(what: string, args: unknown[]): void {
  const t = targetOf(args);
  if (t.path !== undefined) return;
  if (!isLoopbackHost(t.host ?? 'localhost')) refuse(what, t.host ?? '', t.port);
}

const g = globalThis as Record<symbol, unknown>;
if (!g[GUARD]) {
  g[GUARD] = true;

  const socketConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    check('connection', args);
    return (socketConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof socketConnect;

  for (const [mod, name] of [
    [net, 'connect'],
    [net, 'createConnection'],
    [tls, 'connect'],
  ] as const) {
    const original = (mod as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    (mod as unknown as Record<string, unknown>)[name] = function guarded(this: unknown, ...args: unknown[]) {
      check(`${mod === tls ? 'tls' : 'net'}.${name}`, args);
      return original.apply(this, args);
    };
  }

  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function guardedLookup(this: unknown, hostname: unknown, ...rest: unknown[]) {
    if (typeof hostname === 'string' && !isLoopbackHost(hostname)) refuse('DNS lookup', hostname);
    return (lookup as (...a: unknown[]) => unknown).call(this, hostname, ...rest);
  };
  const lookupPromise = dns.promises.lookup;
  (dns.promises as { lookup: unknown }).lookup = function guardedLookupPromise(this: unknown, hostname: unknown, ...rest: unknown[]) {
    if (typeof hostname === 'string' && !isLoopbackHost(hostname)) refuse('DNS lookup', hostname);
    return (lookupPromise as (...a: unknown[]) => unknown).call(this, hostname, ...rest);
  };
  // Make `import { connect } from 'node:net'` style bindings see the patched functions too.
  syncBuiltinESMExports();
}
