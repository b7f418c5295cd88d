/**
 * The fake REST API (`/api/v10/...`) and attachment CDN (`/attachments/...`): routing, auth,
 * body parsing (JSON and multipart), schema + limit validation, fault injection and the handlers.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { checkAutocompleteLimits, checkCommandLimits, checkMessageLimits, isEmptyMessage } from './limits.js';
import {
  apiChannel,
  apiDmChannel,
  apiGuildCreate,
  apiRole,
  apiUser,
  Permission,
  type FakeAttachment,
  type FakeMessage,
  type Json,
} from './objects.js';
import { toDiscordErrors, type BodyIssue, type SpecValidator } from './schema.js';
import {
  CallbackType,
  DiscordHttpError,
  InteractionType,
  MessageFlags,
  type FakeInteraction,
  type FakeState,
  type RegisteredCommand,
  type RestRequestRecord,
} from './state.js';
import { Intent, type Gateway } from './gateway.js';

/** A file uploaded in a multipart body. */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** What a route handler sees. */
export interface RouteContext {
  method: string;
  /** Decoded path after `/api/v10`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
  headers: IncomingHttpHeaders;
  /** `Date.now()` when the request arrived (timing rules use this, not handler time). */
  arrivedAt: number;
}

/** What a route handler returns. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Result of a route's Discord-rule check. */
interface LimitResult {
  issues: BodyIssue[];
  /** The body would create an empty message (50006). */
  empty?: boolean;
}

interface Route {
  method: string;
  template: string;
  segments: string[];
  auth: boolean;
  limits?: (ctx: RouteContext) => LimitResult;
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

/** A scripted REST failure (see FakeDiscord.failNextRest). */
export interface RestFault {
  /** HTTP method to match (any if omitted). */
  method?: string;
  /** Matches the decoded path after `/api/v10` (e.g. `/channels/1/messages`); a string matches as a substring. Any if omitted. */
  pathPattern?: string | RegExp;
  /** Status to answer with: 429 (rate limit), 500, 502, 503, 504, or any other. */
  status: number;
  /** For 429: seconds in `Retry-After` / `retry_after` (default 0.5). */
  retryAfterSec?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global`). */
  global?: boolean;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Response body override. */
  body?: unknown;
  /** Run the real handler first (state changes happen) and then answer with the fault, like a lost response. */
  afterHandler?: boolean;
}

interface ActiveFault extends RestFault {
  remaining: number;
}

/** A route added by a test with FakeDiscord.addRoute. */
export type CustomRouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

const json = (status: number, body?: unknown, headers?: Record<string, string>): RouteResult => ({ status, body, ...(headers ? { headers } : {}) });

function compile(method: string, template: string, auth: boolean, handler: Route['handler'], limits?: Route['limits']): Route {
  return { method, template, segments: template.split('/').slice(1), auth, handler, ...(limits ? { limits } : {}) };
}

function matchRoute(routes: Route[], segments: string[]): { byMethod: Map<string, { route: Route; params: Record<string, string> }> } {
  const byMethod = new Map<string, { route: Route; params: Record<string, string>; literals: number }>();
  for (const route of routes) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < segments.length; i++) {
      const t = route.segments[i]!;
      const s = segments[i]!;
      if (t.startsWith('{') && t.endsWith('}')) params[t.slice(1, -1)] = s;
      else if (t === s) literals++;
      else {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const prev = byMethod.get(route.method);
    if (!prev || literals > prev.literals) byMethod.set(route.method, { route, params, literals });
  }
  return { byMethod };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseBody(req: IncomingMessage, raw: Buffer): Promise<{ body: unknown; files: UploadedFile[] }> {
  const type = String(req.headers['content-type'] ?? '');
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    let body: unknown;
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        continue;
      }
      const file = value as File;
      files.push({ field, filename: file.name, contentType: file.type || 'application/octet-stream', bytes: Buffer.from(await file.arrayBuffer()) });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
}

/** What Discord's CDN would report for an upload without a useful content type. */
function guessContentType(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    txt: 'text/plain; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    csv: 'text/csv; charset=utf-8',
    json: 'application/json; charset=utf-8',
    yaml: 'application/x-yaml; charset=utf-8',
    yml: 'application/x-yaml; charset=utf-8',
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    zip: 'application/zip',
  };
  return types[ext] ?? 'application/octet-stream';
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Serves the REST API and the attachment CDN. */
export class RestApi {
  readonly routes: Route[] = [];
  readonly faults: ActiveFault[] = [];
  down: { status: number } | null = null;

  constructor(
    private readonly state: FakeState,
    private readonly gateway: Gateway,
    private readonly validator: SpecValidator,
    private readonly urls: { gatewayUrl: () => string },
  ) {
    this.#defineRoutes();
  }

  /** Adds a route (OpenAPI-style template, e.g. `/guilds/{guild_id}/bans/{user_id}`) ahead of the built-in ones. */
  addRoute(method: string, template: string, handler: CustomRouteHandler, options: { auth?: boolean } = {}): void {
    this.routes.unshift(compile(method.toUpperCase(), template, options.auth ?? true, handler));
  }

  /** Queues a scripted failure. */
  addFault(fault: RestFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  #takeFault(method: string, path: string): ActiveFault | undefined {
    const f = this.faults.find(
      (x) =>
        x.remaining > 0 &&
        (!x.method || x.method.toUpperCase() === method) &&
        (x.pathPattern === undefined || (typeof x.pathPattern === 'string' ? path.includes(x.pathPattern) : x.pathPattern.test(path))),
    );
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults.splice(this.faults.indexOf(f), 1);
    return f;
  }

  #faultResult(f: Pick<RestFault, 'status' | 'retryAfterSec' | 'global' | 'body'>): RouteResult {
    if (f.status === 429) {
      const retry = f.retryAfterSec ?? 0.5;
      const headers: Record<string, string> = {
        'retry-after': String(retry),
        'x-ratelimit-scope': f.global ? 'global' : 'user',
      };
      if (f.global) headers['x-ratelimit-global'] = 'true';
      else {
        Object.assign(headers, {
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retry),
          'x-ratelimit-reset': (Date.now() / 1000 + retry).toFixed(3),
          'x-ratelimit-bucket': 'f4k3b0ck37',
        });
      }
      return json(429, f.body ?? { message: 'You are being rate limited.', retry_after: retry, global: Boolean(f.global), ...(f.global ? { code: 0 } : {}) }, headers);
    }
    if (f.status >= 500) {
      if (f.body !== undefined) return json(f.status, f.body);
      if (f.status === 500) return json(500, { message: '500: Internal Server Error', code: 0 });
      const text = `<html><head><title>${f.status}</title></head><body><center><h1>${f.status} ${f.status === 502 ? 'Bad Gateway' : f.status === 503 ? 'Service Unavailable' : 'Gateway Timeout'}</h1></center><hr><center>cloudflare</center></body></html>`;
      return { status: f.status, body: Buffer.from(text), headers: { 'content-type': 'text/html' } };
    }
    return json(f.status, f.body ?? { message: `${f.status}: Fault injected by fake-discord`, code: 0 });
  }

  /** Entry point for every HTTP request to the fake. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RestRequestRecord = {
      method,
      path: url.pathname,
      route: null,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      authorized: req.headers.authorization !== undefined,
      status: 0,
      response: undefined,
      time: arrivedAt,
      durationMs: 0,
    };
    let result: RouteResult;
    try {
      const raw = await readBody(req);
      result = await this.#route(req, url, method, raw, record, arrivedAt);
    } catch (err) {
      result = err instanceof DiscordHttpError ? this.#errorResult(err) : json(500, { message: `fake-discord internal error: ${(err as Error).stack ?? String(err)}`, code: 0 });
    }
    record.status = result.status;
    record.response = Buffer.isBuffer(result.body) ? `<${result.body.length} bytes>` : result.body;
    record.durationMs = Date.now() - arrivedAt;
    this.state.requests.push(record);
    this.#send(res, result);
    this.state.notify();
  }

  #errorResult(err: DiscordHttpError): RouteResult {
    return json(err.status, { message: err.message, code: err.code, ...(err.errors ? { errors: err.errors } : {}) });
  }

  #send(res: ServerResponse, result: RouteResult): void {
    const headers: Record<string, string> = { ...(result.headers ?? {}) };
    let payload: Buffer | undefined;
    if (Buffer.isBuffer(result.body)) payload = result.body;
    else if (result.body !== undefined && result.status !== 204) {
      payload = Buffer.from(JSON.stringify(result.body));
      headers['content-type'] ??= 'application/json';
    }
    if (payload) headers['content-length'] = String(payload.length);
    res.writeHead(result.status, headers);
    res.end(payload);
  }

  #unknown(method: string, path: string, status = 404): RouteResult {
    this.state.unknownRoutes.push({ method, path, time: Date.now() });
    return status === 405 ? json(405, { message: '405: Method Not Allowed', code: 0 }) : json(404, { message: '404: Not Found', code: 0 });
  }

  async #route(req: IncomingMessage, url: URL, method: string, raw: Buffer, record: RestRequestRecord, arrivedAt: number): Promise<RouteResult> {
    const rawSegments = url.pathname.split('/').slice(1);
    let segments: string[];
    try {
      segments = rawSegments.map((s) => decodeURIComponent(s));
    } catch {
      return this.#unknown(method, url.pathname);
    }

    if (segments[0] === 'attachments') {
      record.path = url.pathname;
      const fault = this.#takeFault(method, url.pathname);
      if (fault) {
        record.fault = `failNextRest(${fault.status})`;
        return this.#faultResult(fault);
      }
      return this.#serveAttachment(method, segments);
    }
    if (segments[0] !== 'api' || segments[1] !== 'v10') return this.#unknown(method, url.pathname);
    const apiSegments = segments.slice(2);
    const path = `/${apiSegments.join('/')}`;
    record.path = path;

    let body: unknown;
    let files: UploadedFile[] = [];
    try {
      ({ body, files } = await parseBody(req, raw));
    } catch {
      return json(400, { message: 'The request body contains invalid JSON.', code: 50109 });
    }
    record.body = body;
    record.files = files.map((f) => ({ field: f.field, filename: f.filename, size: f.bytes.length, contentType: f.contentType }));

    const { byMethod } = matchRoute(this.routes, apiSegments);
    const match = byMethod.get(method);
    if (match) record.route = match.route.template;

    if (this.down) {
      record.fault = `setRestDown(${this.down.status})`;
      return this.#faultResult({ status: this.down.status });
    }
    const fault = this.#takeFault(method, path);
    if (fault && !fault.afterHandler) {
      record.fault = `failNextRest(${fault.status})`;
      return this.#faultResult(fault);
    }

    if (!match) return this.#unknown(method, path, byMethod.size > 0 ? 405 : 404);
    const { route, params } = match;

    if (route.auth && req.headers.authorization !== `Bot ${this.state.config.token}`) {
      return json(401, { message: '401: Unauthorized', code: 0 });
    }

    const ctx: RouteContext = { method, path, params, query: url.searchParams, body, files, headers: req.headers, arrivedAt };
    if (body !== undefined) {
      const spec = await this.validator.validate(method, route.template, body);
      if (spec.issues.length) {
        const errors = toDiscordErrors(spec.issues);
        this.state.schemaErrors.push({ method, path, route: route.template, source: 'openapi', ...(spec.schema ? { schema: spec.schema } : {}), code: 50035, issues: spec.issues, errors, body, time: arrivedAt });
        return json(400, { message: 'Invalid Form Body', code: 50035, errors });
      }
    }
    if (route.limits) {
      const lim = route.limits(ctx);
      if (lim.issues.length) {
        const errors = toDiscordErrors(lim.issues);
        this.state.schemaErrors.push({ method, path, route: route.template, source: 'discord-limits', code: 50035, issues: lim.issues, errors, body, time: arrivedAt });
        return json(400, { message: 'Invalid Form Body', code: 50035, errors });
      }
      if (lim.empty) {
        const issues = [{ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' }];
        this.state.schemaErrors.push({ method, path, route: route.template, source: 'discord-limits', code: 50006, issues, errors: toDiscordErrors(issues), body, time: arrivedAt });
        return json(400, { message: 'Cannot send an empty message', code: 50006 });
      }
    }

    let result: RouteResult;
    try {
      result = await route.handler(ctx);
    } catch (err) {
      if (!(err instanceof DiscordHttpError)) throw err;
      result = this.#errorResult(err);
    }
    if (fault?.afterHandler) {
      record.fault = `failNextRest(${fault.status}, afterHandler)`;
      return this.#faultResult(fault);
    }
    return result;
  }

  #serveAttachment(method: string, segments: string[]): RouteResult {
    const file = segments.length === 4 ? this.state.files.get(segments[2]!) : undefined;
    if ((method !== 'GET' && method !== 'HEAD') || !file || file.attachment.filename !== segments[3]) {
      return { status: 404, body: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } };
    }
    return { status: 200, body: method === 'HEAD' ? Buffer.alloc(0) : file.bytes, headers: { 'content-type': file.attachment.content_type } };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Like Discord, tells the gateway about messages the bot itself created/edited (MESSAGE_CREATE /
   * MESSAGE_UPDATE, subject to intents; ephemeral messages are not dispatched). A bot that answers
   * every message it sees will meet its own replies here.
   */
  #echo(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', msg: FakeMessage): void {
    if ((msg.flags & MessageFlags.Ephemeral) !== 0) return;
    const c = this.state.channels.get(msg.channel_id);
    if (!c) return;
    if (c.kind === 'dm') {
      this.gateway.dispatchToShard(0, t, { ...msg, channel_type: 1 }, Intent.DirectMessages, true);
    } else {
      const member = this.state.memberJson(c.channel.guildId, this.state.bot.id);
      const { user: _user, ...memberNoUser } = member ?? {};
      this.gateway.dispatchToShard(this.gateway.shardForGuild(c.channel.guildId), t, { ...msg, guild_id: c.channel.guildId, member: memberNoUser }, Intent.GuildMessages, true);
    }
  }

  /** Turns uploaded files into hosted attachments, using the body's `attachments` entries for names. */
  #uploads(ctx: RouteContext, channelId: string, messageBody: unknown = ctx.body): FakeAttachment[] {
    const body = isObj(messageBody) ? messageBody : {};
    const described = Array.isArray(body['attachments']) ? (body['attachments'] as Json[]) : [];
    return ctx.files.map((f, index) => {
      const idx = /^files\[(\d+)\]$/.exec(f.field)?.[1] ?? String(index);
      const meta = described.find((a) => String(a['id']) === idx) ?? {};
      const filename = typeof meta['filename'] === 'string' ? meta['filename'] : f.filename;
      return this.state.hostFile(filename, f.bytes, f.contentType === 'application/octet-stream' ? guessContentType(filename) : f.contentType, {
        channel_id: channelId,
        ...(typeof meta['description'] === 'string' ? { description: meta['description'] } : {}),
      } as Partial<FakeAttachment>);
    });
  }

  /** The bot's guild-wide permissions (@everyone + its roles; channel overwrites are not modelled). */
  #botPermissions(guildId: string): bigint {
    const g = this.state.guilds.get(guildId);
    if (!g) return 0n;
    return g.roles.filter((r) => r.id === g.id || r.botId === this.state.bot.id).reduce((acc, r) => acc | BigInt(r.permissions), 0n);
  }

  #interaction(ctx: RouteContext): FakeInteraction {
    const ix = this.state.interactions.get(ctx.params['interaction_id']!);
    if (!ix || ix.token !== ctx.params['interaction_token']) throw new DiscordHttpError(404, 10062, 'Unknown interaction');
    return ix;
  }

  #webhookInteraction(ctx: RouteContext): FakeInteraction {
    if (ctx.params['webhook_id'] !== this.state.config.applicationId) throw new DiscordHttpError(404, 10015, 'Unknown Webhook');
    const ix = this.state.interactionsByToken.get(ctx.params['webhook_token']!);
    if (!ix || ctx.arrivedAt - ix.createdAt > this.state.config.interactionTokenTtlMs) throw new DiscordHttpError(401, 50027, 'Invalid Webhook Token');
    return ix;
  }

  #interactionMetadata(ix: FakeInteraction): Json {
    const user = this.state.users.get(ix.userId);
    const data = (ix.payload['data'] ?? {}) as Json;
    return {
      interaction_metadata: {
        id: ix.id,
        type: ix.type,
        user: user ? apiUser(user) : { id: ix.userId },
        authorizing_integration_owners: ix.payload['authorizing_integration_owners'] ?? {},
        ...(ix.type === InteractionType.ApplicationCommand ? { name: data['name'], command_type: data['type'] ?? 1 } : {}),
        ...(ix.sourceMessage ? { interacted_message_id: ix.sourceMessage.id } : {}),
      },
      ...(ix.type === InteractionType.ApplicationCommand
        ? { interaction: { id: ix.id, type: ix.type, name: data['name'], user: user ? apiUser(user) : { id: ix.userId } } }
        : {}),
    };
  }

  #interactionMessage(ix: FakeInteraction, ctx: RouteContext, body: Json, flags: number): FakeMessage {
    return this.state.createMessage({
      channelId: ix.channelId,
      guildId: ix.guildId,
      author: this.state.bot,
      body: { ...body, flags },
      attachments: this.#uploads(ctx, ix.channelId, body),
      type: ix.type === InteractionType.ApplicationCommand ? 20 : 0,
      webhookId: this.state.config.applicationId,
      extra: this.#interactionMetadata(ix),
    });
  }

  #messageById(ix: FakeInteraction, id: string): FakeMessage {
    if (id === '@original') {
      if (ix.ackType === null) throw new DiscordHttpError(404, 10015, 'Unknown Webhook');
      if (!ix.original || ix.originalDeleted) throw new DiscordHttpError(404, 10008, 'Unknown Message');
      return ix.original;
    }
    const msg = ix.followUps.find((m) => m.id === id) ?? (ix.original?.id === id && !ix.originalDeleted ? ix.original : undefined);
    if (!msg) throw new DiscordHttpError(404, 10008, 'Unknown Message');
    return msg;
  }

  #normalizeCommands(list: unknown[], scope: string, previous: RegisteredCommand[]): RegisteredCommand[] {
    return list.map((raw) => {
      const c = raw as Json;
      const type = (c['type'] as number | undefined) ?? 1;
      const prev = previous.find((p) => p.name === c['name'] && p.type === type);
      return {
        ...c,
        id: prev?.id ?? this.state.snowflakes.next(),
        application_id: this.state.config.applicationId,
        version: this.state.snowflakes.next(),
        type,
        name: String(c['name']),
        description: (c['description'] as string | undefined) ?? '',
        options: (c['options'] as unknown[] | undefined) ?? [],
        default_member_permissions: (c['default_member_permissions'] as string | null | undefined) ?? null,
        nsfw: (c['nsfw'] as boolean | undefined) ?? false,
        integration_types: (c['integration_types'] as number[] | undefined) ?? [0],
        contexts: (c['contexts'] as number[] | null | undefined) ?? null,
        name_localizations: (c['name_localizations'] as Json | undefined) ?? null,
        description_localizations: (c['description_localizations'] as Json | undefined) ?? null,
        ...(scope !== 'global' ? { guild_id: scope } : {}),
      } as RegisteredCommand;
    });
  }

  #commandScope(ctx: RouteContext): string {
    if (ctx.params['application_id'] !== this.state.config.applicationId) {
      throw new DiscordHttpError(403, 20012, 'You are not authorized to perform this action on this application');
    }
    const guildId = ctx.params['guild_id'];
    if (guildId === undefined) return 'global';
    if (!this.state.guilds.has(guildId)) throw new DiscordHttpError(403, 50001, 'Missing Access');
    return guildId;
  }

  #guild(ctx: RouteContext) {
    const g = this.state.guilds.get(ctx.params['guild_id']!);
    if (!g) throw new DiscordHttpError(404, 10004, 'Unknown Guild');
    return g;
  }

  #channelMessage(ctx: RouteContext): FakeMessage {
    const channelId = ctx.params['channel_id']!;
    if (!this.state.channels.has(channelId)) throw new DiscordHttpError(404, 10003, 'Unknown Channel');
    const msg = this.state.messages.get(ctx.params['message_id']!);
    if (!msg || msg.channel_id !== channelId) throw new DiscordHttpError(404, 10008, 'Unknown Message');
    return msg;
  }

  // ---- routes ----------------------------------------------------------------------------------

  #defineRoutes(): void {
    const s = this.state;
    const cfg = s.config;
    const r = (method: string, template: string, auth: boolean, handler: Route['handler'], limits?: Route['limits']) =>
      this.routes.push(compile(method, template, auth, handler, limits));
    const messageLimits =
      (requireContent: boolean) =>
      (ctx: RouteContext): LimitResult => ({
        issues: checkMessageLimits(ctx.body),
        empty: requireContent && isEmptyMessage(ctx.body, ctx.files.length),
      });

    // -- gateway & identity
    r('GET', '/gateway', false, () => json(200, { url: this.urls.gatewayUrl() }));
    r('GET', '/gateway/bot', true, () =>
      json(200, {
        url: this.urls.gatewayUrl(),
        shards: cfg.shards,
        session_start_limit: { total: 1000, remaining: this.gateway.sessionStartRemaining, reset_after: 14_400_000, max_concurrency: cfg.maxConcurrency },
      }),
    );
    r('GET', '/users/@me', true, () =>
      json(200, { ...apiUser(s.bot), bot: true, verified: true, mfa_enabled: false, email: null, locale: 'en-US', premium_type: 0 }),
    );
    r('GET', '/users/{user_id}', true, (ctx) => {
      const u = s.users.get(ctx.params['user_id']!);
      if (!u) throw new DiscordHttpError(404, 10013, 'Unknown User');
      return json(200, apiUser(u));
    });
    r('GET', '/applications/@me', true, () =>
      json(200, {
        id: cfg.applicationId,
        name: s.bot.username,
        icon: null,
        description: '',
        summary: '',
        type: null,
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        hook: true,
        is_monetized: false,
        team: null,
        owner: apiUser(s.bot),
        bot: apiUser(s.bot),
        approximate_guild_count: s.guilds.size,
        approximate_user_install_count: 0,
        integration_types_config: { '0': {} },
        tags: [],
        redirect_uris: [],
        interactions_endpoint_url: null,
        role_connections_verification_url: null,
      }),
    );

    // -- DMs
    r('POST', '/users/@me/channels', true, (ctx) => {
      const body = ctx.body as Json;
      const user = s.users.get(String(body['recipient_id']));
      if (!user) throw new DiscordHttpError(404, 10013, 'Unknown User');
      const id = s.dmChannelFor(user.id);
      return json(200, apiDmChannel(id, user));
    });

    // -- channels & messages
    r('GET', '/channels/{channel_id}', true, (ctx) => {
      const c = s.channels.get(ctx.params['channel_id']!);
      if (!c) throw new DiscordHttpError(404, 10003, 'Unknown Channel');
      if (c.kind === 'guild') return json(200, apiChannel(c.channel));
      return json(200, apiDmChannel(c.id, s.users.get(c.userId)!));
    });
    r(
      'POST',
      '/channels/{channel_id}/messages',
      true,
      (ctx) => {
        const channelId = ctx.params['channel_id']!;
        const c = s.channels.get(channelId);
        if (!c) throw new DiscordHttpError(404, 10003, 'Unknown Channel');
        if (c.kind === 'dm') {
          const u = s.users.get(c.userId);
          if (!u || u.bot || u.dmsClosed) throw new DiscordHttpError(403, 50007, 'Cannot send messages to this user');
        } else {
          const perms = this.#botPermissions(c.channel.guildId);
          const need = Permission.ViewChannel | Permission.SendMessages | (ctx.files.length ? Permission.AttachFiles : 0n);
          if ((perms & Permission.Administrator) === 0n && (perms & need) !== need) throw new DiscordHttpError(403, 50013, 'Missing Permissions');
        }
        const body = ctx.body as Json;
        const ref = body['message_reference'];
        if (isObj(ref) && typeof ref['message_id'] === 'string') {
          const target = s.messages.get(ref['message_id']);
          const refChannel = (ref['channel_id'] as string | undefined) ?? channelId;
          if ((!target || target.channel_id !== refChannel) && ref['fail_if_not_exists'] !== false) {
            throw new DiscordHttpError(400, 50035, 'Invalid Form Body', {
              message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
            } as never);
          }
        }
        const msg = s.createMessage({
          channelId,
          guildId: c.kind === 'guild' ? c.channel.guildId : null,
          author: s.bot,
          body,
          attachments: this.#uploads(ctx, channelId),
        });
        s.channelMessages.push(msg);
        this.#echo('MESSAGE_CREATE', msg);
        return json(200, msg);
      },
      messageLimits(true),
    );
    r('GET', '/channels/{channel_id}/messages/{message_id}', true, (ctx) => json(200, this.#channelMessage(ctx)));
    r(
      'PATCH',
      '/channels/{channel_id}/messages/{message_id}',
      true,
      (ctx) => {
        const msg = this.#channelMessage(ctx);
        if ((msg.author['id'] as string) !== s.bot.id) throw new DiscordHttpError(403, 50005, 'Cannot edit a message authored by another user');
        s.editMessage(msg, ctx.body as Json, this.#uploads(ctx, msg.channel_id));
        this.#echo('MESSAGE_UPDATE', msg);
        return json(200, msg);
      },
      messageLimits(false),
    );
    r('DELETE', '/channels/{channel_id}/messages/{message_id}', true, (ctx) => {
      const msg = this.#channelMessage(ctx);
      const c = s.channels.get(msg.channel_id);
      if (c?.kind === 'dm' && (msg.author['id'] as string) !== s.bot.id) throw new DiscordHttpError(403, 50003, 'Cannot execute action on a DM channel');
      s.messages.delete(msg.id);
      msg['deleted'] = true;
      return json(204);
    });
    r('POST', '/channels/{channel_id}/typing', true, (ctx) => {
      if (!s.channels.has(ctx.params['channel_id']!)) throw new DiscordHttpError(404, 10003, 'Unknown Channel');
      return json(204);
    });
    for (const method of ['PUT', 'DELETE']) {
      r(method, '/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me', true, (ctx) => {
        const msg = this.#channelMessage(ctx);
        s.reactions.push({ channelId: msg.channel_id, messageId: msg.id, emoji: ctx.params['emoji_name']!, added: method === 'PUT', at: ctx.arrivedAt });
        return json(204);
      });
    }

    // -- guilds
    r('GET', '/guilds/{guild_id}', true, (ctx) => {
      const g = this.#guild(ctx);
      const full = apiGuildCreate(g, s.bot);
      for (const k of ['joined_at', 'large', 'lazy', 'unavailable', 'member_count', 'voice_states', 'members', 'channels', 'threads', 'presences', 'stage_instances', 'guild_scheduled_events', 'soundboard_sounds', 'embedded_activities', 'activity_instances', 'application_command_counts', 'version']) {
        delete full[k];
      }
      return json(200, full);
    });
    r('GET', '/guilds/{guild_id}/channels', true, (ctx) => json(200, this.#guild(ctx).channels.map((c) => apiChannel(c))));
    r('GET', '/guilds/{guild_id}/roles', true, (ctx) => json(200, this.#guild(ctx).roles.map((role, i) => apiRole(role, i))));
    r('GET', '/guilds/{guild_id}/members/{user_id}', true, (ctx) => {
      const g = this.#guild(ctx);
      const m = s.memberJson(g.id, ctx.params['user_id']!);
      if (!m) throw new DiscordHttpError(404, 10007, 'Unknown Member');
      return json(200, m);
    });

    // -- application commands
    for (const base of ['/applications/{application_id}/commands', '/applications/{application_id}/guilds/{guild_id}/commands']) {
      r('GET', base, true, (ctx) => json(200, s.registeredCommands[this.#commandScope(ctx)] ?? []));
      r(
        'PUT',
        base,
        true,
        (ctx) => {
          const scope = this.#commandScope(ctx);
          const list = this.#normalizeCommands((ctx.body as unknown[] | null) ?? [], scope, s.registeredCommands[scope] ?? []);
          s.registeredCommands[scope] = list;
          return json(200, list);
        },
        (ctx) => ({ issues: checkCommandLimits(ctx.body) }),
      );
      r(
        'POST',
        base,
        true,
        (ctx) => {
          const scope = this.#commandScope(ctx);
          const previous = s.registeredCommands[scope] ?? [];
          const [cmd] = this.#normalizeCommands([ctx.body], scope, previous);
          const existed = previous.some((p) => p.id === cmd!.id);
          s.registeredCommands[scope] = [...previous.filter((p) => p.id !== cmd!.id), cmd!];
          return json(existed ? 200 : 201, cmd);
        },
        (ctx) => ({ issues: checkCommandLimits([ctx.body]).map((i) => ({ ...i, path: i.path.slice(1) })) }),
      );
      r('DELETE', `${base}/{command_id}`, true, (ctx) => {
        const scope = this.#commandScope(ctx);
        const list = s.registeredCommands[scope] ?? [];
        if (!list.some((c) => c.id === ctx.params['command_id'])) throw new DiscordHttpError(404, 10063, 'Unknown application command');
        s.registeredCommands[scope] = list.filter((c) => c.id !== ctx.params['command_id']);
        return json(204);
      });
    }

    // -- interactions
    r(
      'POST',
      '/interactions/{interaction_id}/{interaction_token}/callback',
      false,
      (ctx) => this.#callback(ctx),
      (ctx) => {
        const body = isObj(ctx.body) ? ctx.body : {};
        const type = body['type'];
        if (type === CallbackType.AutocompleteResult) return { issues: checkAutocompleteLimits(body) };
        if (type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage) {
          return {
            issues: checkMessageLimits(body['data'], ['data']),
            empty: type === CallbackType.ChannelMessageWithSource && isEmptyMessage(body['data'], ctx.files.length),
          };
        }
        return { issues: [] };
      },
    );
    const original = '/webhooks/{webhook_id}/{webhook_token}/messages/@original';
    const byId = '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}';
    for (const template of [original, byId]) {
      const idOf = (ctx: RouteContext) => (template === original ? '@original' : ctx.params['message_id']!);
      r('GET', template, false, (ctx) => json(200, this.#messageById(this.#webhookInteraction(ctx), idOf(ctx))));
      r(
        'PATCH',
        template,
        false,
        (ctx) => {
          const ix = this.#webhookInteraction(ctx);
          const msg = this.#messageById(ix, idOf(ctx));
          s.editMessage(msg, ctx.body as Json, this.#uploads(ctx, msg.channel_id));
          ix.edits.push({ messageId: msg.id, body: ctx.body as Json, at: ctx.arrivedAt });
          ix.version++;
          this.#echo('MESSAGE_UPDATE', msg);
          return json(200, msg);
        },
        messageLimits(false),
      );
      r('DELETE', template, false, (ctx) => {
        const ix = this.#webhookInteraction(ctx);
        const msg = this.#messageById(ix, idOf(ctx));
        if (msg === ix.original) ix.originalDeleted = true;
        else ix.followUps = ix.followUps.filter((m) => m !== msg);
        msg['deleted'] = true;
        ix.version++;
        return json(204);
      });
    }
    r(
      'POST',
      '/webhooks/{webhook_id}/{webhook_token}',
      false,
      (ctx) => {
        const ix = this.#webhookInteraction(ctx);
        if (ix.ackType === null) throw new DiscordHttpError(404, 10015, 'Unknown Webhook');
        const body = ctx.body as Json;
        let msg: FakeMessage;
        if (ix.ackType === CallbackType.DeferredChannelMessageWithSource && ix.original && (ix.original.flags & MessageFlags.Loading) !== 0) {
          // The first follow-up after a deferral replaces the "thinking..." message.
          msg = s.editMessage(ix.original, body, this.#uploads(ctx, ix.channelId));
          msg.edited_timestamp = null;
          ix.edits.push({ messageId: msg.id, body, at: ctx.arrivedAt });
          this.#echo('MESSAGE_UPDATE', msg);
        } else {
          const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
          msg = this.#interactionMessage(ix, ctx, body, flags);
          ix.followUps.push(msg);
          this.#echo('MESSAGE_CREATE', msg);
        }
        ix.version++;
        return ctx.query.get('wait') === 'true' ? json(200, msg) : json(204);
      },
      messageLimits(true),
    );
  }

  #callback(ctx: RouteContext): RouteResult {
    const s = this.state;
    const ix = this.#interaction(ctx);
    const body = ctx.body as Json;
    const type = body['type'] as number;
    const data = isObj(body['data']) ? body['data'] : {};
    const attempt = { type, body, at: ctx.arrivedAt, status: 0 };
    ix.callbacks.push(attempt);
    ix.version++;
    const fail = (status: number, code: number, message: string, errors?: Json): never => {
      attempt.status = status;
      throw new DiscordHttpError(status, code, message, errors as never);
    };
    if (ix.ackType !== null) fail(400, 40060, 'Interaction has already been acknowledged.');
    if (ctx.arrivedAt - ix.createdAt > s.config.interactionTimeoutMs) fail(404, 10062, 'Unknown interaction');
    const allowed: Record<number, number[]> = {
      [InteractionType.ApplicationCommand]: [4, 5, 9, 12],
      [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
      [InteractionType.Autocomplete]: [8],
      [InteractionType.ModalSubmit]: ix.sourceMessage ? [4, 5, 6, 7] : [4, 5],
    };
    if (!(allowed[ix.type] ?? []).includes(type)) {
      const issues = [{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for an interaction of type ${ix.type}` }];
      const errors = toDiscordErrors(issues);
      s.schemaErrors.push({ method: ctx.method, path: ctx.path, route: '/interactions/{interaction_id}/{interaction_token}/callback', source: 'discord-limits', code: 50035, issues, errors, body, time: ctx.arrivedAt });
      fail(400, 50035, 'Invalid Form Body', errors as Json);
    }
    const flags = typeof data['flags'] === 'number' ? data['flags'] : 0;
    switch (type) {
      case CallbackType.ChannelMessageWithSource:
        ix.ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
        ix.original = this.#interactionMessage(ix, ctx, data, flags);
        break;
      case CallbackType.DeferredChannelMessageWithSource:
        ix.deferred = true;
        ix.ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
        ix.original = this.#interactionMessage(ix, ctx, {}, (flags & MessageFlags.Ephemeral) | MessageFlags.Loading);
        break;
      case CallbackType.DeferredUpdateMessage:
        ix.deferred = true;
        ix.original = ix.sourceMessage;
        break;
      case CallbackType.UpdateMessage:
        ix.original = ix.sourceMessage;
        if (ix.sourceMessage) {
          s.editMessage(ix.sourceMessage, data, this.#uploads(ctx, ix.channelId, data));
          ix.edits.push({ messageId: ix.sourceMessage.id, body: data, at: ctx.arrivedAt });
        }
        break;
      case CallbackType.AutocompleteResult:
        ix.choices = Array.isArray(data['choices']) ? (data['choices'] as Json[]) : [];
        break;
      case CallbackType.Modal:
        ix.modal = data;
        break;
      default:
        break;
    }
    ix.ackType = type;
    ix.ackedAt = ctx.arrivedAt;
    if ((type === CallbackType.ChannelMessageWithSource || type === CallbackType.DeferredChannelMessageWithSource) && ix.original) {
      this.#echo('MESSAGE_CREATE', ix.original);
    } else if (type === CallbackType.UpdateMessage && ix.sourceMessage) {
      this.#echo('MESSAGE_UPDATE', ix.sourceMessage);
    }
    attempt.status = ctx.query.get('with_response') === 'true' ? 200 : 204;
    if (attempt.status === 204) return json(204);
    const message = ix.original && [4, 5, 7].includes(type) ? ix.original : undefined;
    return json(200, {
      interaction: {
        id: ix.id,
        type: ix.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === CallbackType.DeferredChannelMessageWithSource,
        response_message_ephemeral: ix.ephemeral,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }
}
