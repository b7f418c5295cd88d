/**
 * The fake gateway: a `ws` WebSocket server speaking Discord's gateway v10 protocol with JSON
 * encoding (HELLO, IDENTIFY, heartbeats, READY + GUILD_CREATE, RESUME with replay, op 7/9,
 * close codes), sessions per shard, and fault injection.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { apiGuildCreate, apiUser, shardOfGuild, type Json } from './objects.js';
import type { FakeState } from './state.js';

/** Gateway opcodes. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

/** Gateway intents the fake looks at. */
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

export const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;
const ALL_VALID_INTENTS = (1 << 26) - 1;

/** A dispatch as sent on the wire. */
export interface DispatchPayload {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** A gateway session (created by IDENTIFY, continued by RESUME). */
export interface GatewaySession {
  readonly id: string;
  readonly shard: [number, number];
  readonly intents: number;
  seq: number;
  /** Every dispatch of the session, for RESUME replay. */
  readonly log: DispatchPayload[];
  conn: GatewayConnection | null;
  /** Invalidated sessions cannot be resumed (op 9 d:false / client closed with 1000/1001 / 4007 / 4009). */
  invalid: boolean;
  /** READY and every GUILD_CREATE have been sent. */
  ready: boolean;
  /** Highest sequence number actually written to a socket. */
  deliveredSeq: number;
  readonly createdAt: number;
}

/** One WebSocket connection. */
export interface GatewayConnection {
  readonly id: number;
  readonly ws: WebSocket;
  /** Path + query the client connected to. */
  readonly url: string;
  readonly viaResumeUrl: boolean;
  session: GatewaySession | null;
  /** IDENTIFY/RESUME accepted on this connection (and not invalidated since). */
  authenticated: boolean;
  open: boolean;
  heartbeats: number;
  /** Close code chosen by the fake, when the fake closed it. */
  serverCloseCode: number | null;
  clientCloseCode: number | null;
}

/** An IDENTIFY the fake received. */
export interface IdentifyRecord {
  at: number;
  accepted: boolean;
  closeCode?: number;
  shard: [number, number];
  intents: number;
  properties: Json;
  presence?: unknown;
  compress?: unknown;
  largeThreshold?: unknown;
  sessionId?: string;
  tokenMatched: boolean;
}

/** A RESUME the fake received. */
export interface ResumeRecord {
  at: number;
  sessionId: string;
  seq: number;
  /** `ok` = replayed + RESUMED; `invalid-session` = answered op 9; `closed` = closed with `closeCode`. */
  outcome: 'ok' | 'invalid-session' | 'closed';
  closeCode?: number;
  replayed: number;
  shard: [number, number] | null;
  viaResumeUrl: boolean;
}

/** A dispatch that could not be delivered. */
export interface LostDispatch {
  at: number;
  t: string;
  shard: number;
  reason: string;
}

/** Which connections a fault applies to. */
export interface GatewayTarget {
  /** Only connections of this shard id (default: all). */
  shard?: number;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  token: string;
  shards: number;
  maxConcurrency: number;
  allowedPrivilegedIntents: number;
  wsUrl: () => string;
}

export class Gateway {
  readonly wss = new WebSocketServer({ noServer: true });
  readonly connections = new Set<GatewayConnection>();
  readonly sessions = new Map<string, GatewaySession>();
  /** Shard id → session dispatches are routed to (the latest one identified/resumed). */
  readonly targets = new Map<number, GatewaySession>();
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly lostDispatches: LostDispatch[] = [];
  /** Non-dispatch messages received from clients other than heartbeats/identify/resume (e.g. op 3). */
  readonly received: Array<{ at: number; op: number; d: unknown; shard: number | null }> = [];
  /** Protocol violations seen (bad JSON, unknown op, unsupported encoding ...). */
  readonly protocolErrors: Array<{ at: number; message: string }> = [];
  heartbeatAck = true;
  sessionStartRemaining = 1000;
  #nextConnId = 1;

  constructor(
    private readonly state: FakeState,
    private readonly options: GatewayOptions,
  ) {}

  /** Total heartbeats received on all connections. */
  get heartbeatCount(): number {
    let n = 0;
    for (const c of this.#allConnectionsEver) n += c.heartbeats;
    return n;
  }
  readonly #allConnectionsEver: GatewayConnection[] = [];

  /** Handles an HTTP upgrade for `/gateway` (and `/gateway/resume`). Returns false if the path is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname.replace(/\/+$/, '');
    if (p !== '/gateway' && p !== '/gateway/resume') return false;
    this.wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, url, p === '/gateway/resume'));
    return true;
  }

  #onConnection(ws: WebSocket, url: URL, viaResumeUrl: boolean): void {
    const conn: GatewayConnection = {
      id: this.#nextConnId++,
      ws,
      url: url.pathname + url.search,
      viaResumeUrl,
      session: null,
      authenticated: false,
      open: true,
      heartbeats: 0,
      serverCloseCode: null,
      clientCloseCode: null,
    };
    this.connections.add(conn);
    this.#allConnectionsEver.push(conn);
    ws.on('message', (data, isBinary) => this.#onMessage(conn, data as Buffer, isBinary));
    ws.on('close', (code) => this.#onClose(conn, code));
    ws.on('error', () => {
      /* socket errors surface as close */
    });

    const v = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (v !== '10') {
      this.#protocolError(`client connected with v=${String(v)}; only v=10 is supported`);
      this.closeConnection(conn, 4012, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      this.#protocolError(`client asked for encoding=${encoding}; the fake only speaks json`);
      this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (url.searchParams.has('compress')) {
      this.#protocolError(`client asked for transport compression ${url.searchParams.get('compress')}; not supported by the fake`);
      this.closeConnection(conn, 4000, 'Unsupported compression');
      return;
    }
    this.#send(conn, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] }, s: null, t: null });
    this.state.notify();
  }

  #protocolError(message: string): void {
    this.protocolErrors.push({ at: Date.now(), message });
  }

  #send(conn: GatewayConnection, payload: unknown): void {
    if (conn.open && conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(payload));
  }

  #onMessage(conn: GatewayConnection, data: Buffer, isBinary: boolean): void {
    if (!conn.open) return;
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(data.toString('utf8')) as { op?: unknown; d?: unknown };
      if (!payload || typeof payload !== 'object') throw new Error('not an object');
    } catch (err) {
      this.#protocolError(`undecodable gateway payload: ${(err as Error).message}`);
      this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = payload.op;
    switch (op) {
      case Op.Heartbeat:
        conn.heartbeats++;
        if (this.heartbeatAck) this.#send(conn, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        this.state.notify();
        return;
      case Op.Identify:
        this.#identify(conn, (payload.d ?? {}) as Json);
        return;
      case Op.Resume:
        this.#resume(conn, (payload.d ?? {}) as Json);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
      case Op.RequestSoundboardSounds:
        if (!conn.authenticated) {
          this.closeConnection(conn, 4003, 'Not authenticated.');
          return;
        }
        this.received.push({ at: Date.now(), op, d: payload.d, shard: conn.session?.shard[0] ?? null });
        if (op === Op.RequestGuildMembers && conn.session) {
          const d = (payload.d ?? {}) as Json;
          const members = [...(this.state.members.get(String(d['guild_id'])) ?? new Map<string, Json>()).values()];
          this.#dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
            guild_id: d['guild_id'],
            members,
            chunk_index: 0,
            chunk_count: 1,
            not_found: [],
            ...(d['nonce'] !== undefined ? { nonce: d['nonce'] } : {}),
          });
        }
        this.state.notify();
        return;
      default:
        this.#protocolError(`unknown opcode ${JSON.stringify(op)}`);
        this.closeConnection(conn, 4001, 'Unknown opcode.');
    }
  }

  #tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.options.token;
  }

  #identify(conn: GatewayConnection, d: Json): void {
    const shardIn = Array.isArray(d['shard']) ? (d['shard'] as unknown[]) : [0, 1];
    const shard: [number, number] = [Number(shardIn[0]), Number(shardIn[1])];
    const intents = d['intents'];
    const record: IdentifyRecord = {
      at: Date.now(),
      accepted: false,
      shard,
      intents: typeof intents === 'number' ? intents : Number.NaN,
      properties: (d['properties'] ?? {}) as Json,
      presence: d['presence'],
      compress: d['compress'],
      largeThreshold: d['large_threshold'],
      tokenMatched: this.#tokenMatches(d['token']),
    };
    this.identifies.push(record);
    const reject = (code: number, reason: string) => {
      record.closeCode = code;
      this.#protocolError(`IDENTIFY rejected with ${code}: ${reason}`);
      this.closeConnection(conn, code, reason);
      this.state.notify();
    };
    if (conn.authenticated) return reject(4005, 'Already authenticated.');
    if (!record.tokenMatched) return reject(4004, 'Authentication failed.');
    if (typeof intents !== 'number' || !Number.isInteger(intents) || intents < 0 || (intents & ~ALL_VALID_INTENTS) !== 0) {
      return reject(4013, 'Invalid intent(s).');
    }
    if ((intents & PRIVILEGED_INTENTS & ~this.options.allowedPrivilegedIntents) !== 0) return reject(4014, 'Disallowed intent(s).');
    if (typeof d['properties'] !== 'object' || d['properties'] === null) return reject(4002, 'Error while decoding payload.');
    if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      return reject(4010, 'Invalid shard.');
    }
    if (this.sessionStartRemaining <= 0) return reject(4004, 'Authentication failed.');
    this.sessionStartRemaining--;

    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard,
      intents,
      seq: 0,
      log: [],
      conn,
      invalid: false,
      ready: false,
      deliveredSeq: 0,
      createdAt: Date.now(),
    };
    const previous = this.targets.get(shard[0]);
    if (previous && previous !== session) {
      for (const p of previous.log) {
        if (p.s > previous.deliveredSeq) {
          this.lostDispatches.push({ at: Date.now(), t: p.t, shard: shard[0], reason: `session ${previous.id} was replaced by a new IDENTIFY before it was resumed` });
        }
      }
    }
    record.accepted = true;
    record.sessionId = session.id;
    this.sessions.set(session.id, session);
    this.targets.set(shard[0], session);
    conn.session = session;
    conn.authenticated = true;

    const guilds = this.guildsOfShard(shard);
    const bot = this.state.bot;
    this.#dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...apiUser(bot), bot: true, verified: true, mfa_enabled: false, email: null, locale: 'en-US', premium_type: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['fake'],
      game_relationships: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.options.wsUrl()}/resume`,
      shard,
      application: { id: this.state.config.applicationId, flags: this.#applicationFlags() },
      auth: {},
      _trace: ['["fake-gateway",{"micros":0}]'],
    });
    if ((intents & Intent.Guilds) !== 0) {
      for (const g of guilds) this.#dispatchTo(session, 'GUILD_CREATE', apiGuildCreate(g, bot));
    }
    session.ready = true;
    this.state.notify();
  }

  #applicationFlags(): number {
    const allowed = this.options.allowedPrivilegedIntents;
    let flags = 1 << 23; // APPLICATION_COMMAND_BADGE
    if (allowed & Intent.GuildPresences) flags |= 1 << 13;
    if (allowed & Intent.GuildMembers) flags |= 1 << 15;
    if (allowed & Intent.MessageContent) flags |= 1 << 19;
    return flags;
  }

  /** Guilds whose events go to `shard` = [id, count]. */
  guildsOfShard(shard: [number, number]) {
    return [...this.state.guilds.values()].filter((g) => shardOfGuild(g.id, shard[1]) === shard[0]);
  }

  #resume(conn: GatewayConnection, d: Json): void {
    const record: ResumeRecord = {
      at: Date.now(),
      sessionId: String(d['session_id']),
      seq: Number(d['seq']),
      outcome: 'ok',
      replayed: 0,
      shard: null,
      viaResumeUrl: conn.viaResumeUrl,
    };
    this.resumes.push(record);
    const close = (code: number, reason: string) => {
      record.outcome = 'closed';
      record.closeCode = code;
      this.#protocolError(`RESUME rejected with ${code}: ${reason}`);
      this.closeConnection(conn, code, reason);
      this.state.notify();
    };
    if (conn.authenticated) return close(4005, 'Already authenticated.');
    if (!this.#tokenMatches(d['token'])) return close(4004, 'Authentication failed.');
    const session = this.sessions.get(record.sessionId);
    if (!session || session.invalid) {
      record.outcome = 'invalid-session';
      this.#send(conn, { op: Op.InvalidSession, d: false, s: null, t: null });
      this.state.notify();
      return;
    }
    record.shard = session.shard;
    const seq = d['seq'] === null ? 0 : Number(d['seq']);
    if (!Number.isInteger(seq) || seq < 0 || seq > session.seq) return close(4007, 'Invalid seq.');
    if (session.conn && session.conn !== conn && session.conn.open) {
      // The session moved to a new connection: drop the old one.
      this.closeConnection(session.conn, 4009, 'Session timed out.', false);
    }
    session.conn = conn;
    conn.session = session;
    conn.authenticated = true;
    this.targets.set(session.shard[0], session);
    const missed = session.log.filter((p) => p.s > seq);
    for (const p of missed) this.#send(conn, p);
    session.deliveredSeq = session.seq;
    record.replayed = missed.length;
    this.#dispatchTo(session, 'RESUMED', { _trace: ['["fake-gateway",{"micros":0}]'] });
    this.state.notify();
  }

  #onClose(conn: GatewayConnection, code: number): void {
    conn.open = false;
    conn.authenticated = false;
    this.connections.delete(conn);
    const session = conn.session;
    if (conn.serverCloseCode === null) {
      conn.clientCloseCode = code;
      // A client closing with 1000/1001 ends its session (Discord: "will not be able to resume").
      if (session && (code === 1000 || code === 1001)) session.invalid = true;
    }
    if (session && session.conn === conn) session.conn = null;
    this.state.notify();
  }

  /** Closes one connection with `code`, applying Discord's session semantics for that code. */
  closeConnection(conn: GatewayConnection, code: number, reason = '', invalidate = true): void {
    if (!conn.open) return;
    conn.serverCloseCode = code;
    if (invalidate && conn.session && [4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014].includes(code)) conn.session.invalid = true;
    conn.authenticated = false;
    try {
      conn.ws.close(code, reason);
    } catch {
      conn.ws.terminate();
    }
    // Don't wait for the closing handshake: make the socket unusable right away.
    conn.open = false;
  }

  #dispatchTo(session: GatewaySession, t: string, d: unknown): DispatchPayload {
    const payload: DispatchPayload = { op: 0, t, s: ++session.seq, d };
    session.log.push(payload);
    const conn = session.conn;
    if (conn && conn.authenticated && conn.open) {
      this.#send(conn, payload);
      session.deliveredSeq = payload.s;
    }
    return payload;
  }

  /**
   * Sends a dispatch to the session currently serving `shard`. If that session's connection is
   * down, the event stays in the session log and is replayed on RESUME (as Discord does).
   * `intent` is the intent required to receive the event, if any. `silent` events (echoes of the
   * bot's own messages) are neither recorded as lost nor throw when nobody is connected.
   */
  dispatchToShard(shard: number, t: string, d: unknown, intent?: number, silent = false): { delivered: boolean; queued: boolean; reason?: string } {
    const session = this.targets.get(shard);
    const lost = (reason: string) => {
      if (!silent) this.lostDispatches.push({ at: Date.now(), t, shard, reason });
      return { delivered: false, queued: false, reason };
    };
    if (!session) {
      if (silent) return lost('no session');
      if (this.identifies.some((i) => i.accepted)) return lost(`no session was ever identified for shard ${shard}`);
      throw new Error(`fake-discord: cannot send ${t}: no gateway session for shard ${shard} yet (did the client log in? await fake.waitForReady() first)`);
    }
    if (session.invalid) return lost(`session ${session.id} of shard ${shard} is invalidated and not re-identified yet`);
    if (intent !== undefined && (session.intents & intent) === 0) return lost(`shard ${shard} did not identify with intent ${intent}`);
    this.#dispatchTo(session, t, d);
    const live = Boolean(session.conn?.authenticated && session.conn.open);
    this.state.notify();
    return { delivered: live, queued: !live };
  }

  /** The shard a guild's events go to, given the shard count clients identified with. */
  shardForGuild(guildId: string): number {
    const total = [...this.targets.values()][0]?.shard[1] ?? this.options.shards;
    return shardOfGuild(guildId, total);
  }

  #connectionsFor(target: GatewayTarget = {}): GatewayConnection[] {
    return [...this.connections].filter((c) => c.open && (target.shard === undefined || c.session?.shard[0] === target.shard));
  }

  // ---- faults ----------------------------------------------------------------------------------

  /** Closes matching connections with `code`. Returns how many were closed. */
  close(code: number, target: GatewayTarget & { reason?: string } = {}): number {
    const conns = this.#connectionsFor(target);
    for (const c of conns) this.closeConnection(c, code, target.reason ?? `fake-discord closeGateway(${code})`);
    this.state.notify();
    return conns.length;
  }

  /** Destroys matching TCP sockets without a closing handshake (client sees 1006). */
  drop(target: GatewayTarget = {}): number {
    const conns = this.#connectionsFor(target);
    for (const c of conns) {
      c.serverCloseCode = 1006;
      c.open = false;
      c.ws.terminate();
    }
    this.state.notify();
    return conns.length;
  }

  /** Sends op 7 RECONNECT. */
  reconnect(target: GatewayTarget = {}): number {
    const conns = this.#connectionsFor(target);
    for (const c of conns) this.#send(c, { op: Op.Reconnect, d: null, s: null, t: null });
    return conns.length;
  }

  /** Sends op 9 INVALID_SESSION; with `resumable: false` the session is also invalidated. */
  invalidSession(resumable: boolean, target: GatewayTarget = {}): number {
    const conns = this.#connectionsFor(target);
    for (const c of conns) {
      if (!resumable && c.session) c.session.invalid = true;
      c.authenticated = false;
      this.#send(c, { op: Op.InvalidSession, d: resumable, s: null, t: null });
    }
    this.state.notify();
    return conns.length;
  }

  /** Sends op 1 (the client must heartbeat immediately). */
  requestHeartbeat(target: GatewayTarget = {}): number {
    const conns = this.#connectionsFor(target);
    for (const c of conns) this.#send(c, { op: Op.Heartbeat, d: null, s: null, t: null });
    return conns.length;
  }

  /**
   * Sends op 1 (heartbeat request) on every authenticated connection and resolves once each has
   * answered with a heartbeat. Clients handle gateway messages in order, so afterwards every
   * dispatch sent before the call has been processed by the client.
   */
  sync(timeoutMs?: number): Promise<void> {
    const conns = [...this.connections].filter((c) => c.open && c.authenticated);
    const targets = conns.map((c) => ({ c, before: c.heartbeats }));
    for (const { c } of targets) this.#send(c, { op: Op.Heartbeat, d: null, s: null, t: null });
    return this.state
      .waitFor(() => targets.every(({ c, before }) => c.heartbeats > before || !c.open), `${targets.length} gateway client(s) to answer a heartbeat request`, timeoutMs)
      .then(() => undefined);
  }

  /** Number of shards with a live, authenticated session that got READY and its GUILD_CREATEs. */
  readyShards(): number {
    const shards = new Set<number>();
    for (const c of this.connections) {
      if (c.open && c.authenticated && c.session?.ready && !c.session.invalid) shards.add(c.session.shard[0]);
    }
    return shards.size;
  }

  async shutdown(): Promise<void> {
    for (const c of this.connections) {
      c.open = false;
      c.ws.terminate();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
