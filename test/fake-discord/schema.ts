/**
 * Request-body validation against Discord's OpenAPI description, as shipped by the
 * `discord-api-spec` package.
 *
 * The package does not ship the OpenAPI JSON itself; it ships what was generated from it:
 *  - `build/discord-api-spec.ts`: the `Paths` interface, i.e. every operation's path, method and
 *    request-body type name(s) (e.g. `MessageCreateRequest`, or a union for interaction callbacks);
 *  - `discord-api-spec/zod`: one schema per OpenAPI component (`MessageCreateRequestSchema`, ...).
 * We read the operation → body-type map from the former, turn the component schemas into JSON
 * Schema with zod's `toJSONSchema` and validate with ajv (+ ajv-formats). Inline (anonymous) body
 * types in the spec are not validated.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvStandalone from 'ajv/dist/standalone/index.js';
import * as ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
/** Bump when the way schemas are produced or compiled changes. */
const CACHE_FORMAT = 4;
/**
 * Turning the spec into validators is slow (importing zod + the spec's 540 zod schemas, then
 * ajv-compiling schemas of ~25 kB each: 0.2-1 s apiece), and every vitest worker would pay it
 * again. So the operation map, the JSON Schemas and the compiled validators (as standalone
 * CommonJS modules) are cached in the OS temp dir, keyed by the versions of discord-api-spec,
 * zod and ajv. A warm cache needs neither zod nor the spec module.
 */
const CACHE_DIR = path.join(tmpdir(), 'fake-discord-spec-cache');

function defaultExport<T>(mod: unknown): T {
  const d = (mod as { default: unknown }).default;
  return (typeof d === 'function' ? d : (d as { default: unknown }).default) as T;
}

function versionOf(pkgJsonPath: string): string {
  return (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version;
}

function writeAtomic(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // caching is an optimisation only
  }
}

function readCached(file: string): string | undefined {
  try {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** One problem with a request body, located by a path into the body. */
export interface BodyIssue {
  path: Array<string | number>;
  code: string;
  message: string;
}

/** Discord's nested `errors` object for a 50035 Invalid Form Body response. */
export type DiscordFormErrors = { [key: string]: DiscordFormErrors } & { _errors?: Array<{ code: string; message: string }> };

/** Converts issues into Discord's `errors` object: `{ content: { _errors: [{ code, message }] } }`. */
export function toDiscordErrors(issues: BodyIssue[]): DiscordFormErrors {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const seg of issue.path) {
      const key = String(seg);
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const list = (node['_errors'] ??= []) as Array<{ code: string; message: string }>;
    list.push({ code: issue.code, message: issue.message });
  }
  return root as DiscordFormErrors;
}

interface BodyAlternative {
  /** Component name in the spec, e.g. `MessageCreateRequest`. */
  name: string;
  array: boolean;
}

/** What the spec says the body of one operation is. */
export type OperationBody =
  | { kind: 'none' }
  | { kind: 'inline' }
  | { kind: 'named'; alternatives: BodyAlternative[]; nullable: boolean };

/** Result of validating one body. */
export interface SpecValidationResult {
  /** False when the spec has no named schema for the operation (nothing was checked). */
  checked: boolean;
  /** The spec schema(s) used, e.g. `MessageCreateRequest` or `A | B`. */
  schema?: string;
  issues: BodyIssue[];
}

function findSpecDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'discord-api-spec');
    if (existsSync(path.join(candidate, 'build', 'discord-api-spec.ts'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('fake-discord: cannot find node_modules/discord-api-spec');
    dir = parent;
  }
}

/** Parses `export interface Paths { "/route": { post: { requestBody?: A | B; ... } } }`. */
export function parseOperationBodies(source: string): Map<string, OperationBody> {
  const out = new Map<string, OperationBody>();
  const start = source.indexOf('export interface Paths {');
  if (start < 0) throw new Error('fake-discord: discord-api-spec has no Paths interface');
  const lines = source.slice(start).split('\n');
  let currentPath: string | null = null;
  let currentMethod: string | null = null;
  let collecting: string | null = null;
  let depth = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '}') break;
    if (collecting !== null) {
      collecting += ` ${line.trim()}`;
      depth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
      if (depth <= 0 && line.trimEnd().endsWith(';')) {
        out.set(`${currentMethod} ${currentPath}`, parseBodyType(collecting));
        collecting = null;
      }
      continue;
    }
    const p = /^ {2}"(\/[^"]*)": \{$/.exec(line);
    if (p) {
      currentPath = p[1]!;
      continue;
    }
    const m = /^ {4}(get|post|put|patch|delete): \{$/.exec(line);
    if (m) {
      currentMethod = m[1]!.toUpperCase();
      continue;
    }
    const rb = /^ {6}requestBody\??:(.*)$/.exec(line);
    if (rb && currentPath && currentMethod) {
      collecting = rb[1]!.trim();
      depth = (collecting.match(/\{/g)?.length ?? 0) - (collecting.match(/\}/g)?.length ?? 0);
      if (depth <= 0 && collecting.endsWith(';')) {
        out.set(`${currentMethod} ${currentPath}`, parseBodyType(collecting));
        collecting = null;
      }
    }
  }
  return out;
}

function parseBodyType(text: string): OperationBody {
  const t = text.replace(/;$/, '').trim();
  if (t === 'undefined' || t === '') return { kind: 'none' };
  if (t.includes('{') || t.includes('<')) return { kind: 'inline' };
  const parts = t
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  const alternatives: BodyAlternative[] = [];
  let nullable = false;
  for (const part of parts) {
    if (part === 'null') nullable = true;
    else if (/^[A-Za-z0-9_]+(\[\])?$/.test(part)) alternatives.push({ name: part.replace('[]', ''), array: part.endsWith('[]') });
    else return { kind: 'inline' };
  }
  return alternatives.length ? { kind: 'named', alternatives, nullable } : { kind: 'none' };
}


/** Validates request bodies against discord-api-spec. Build with {@link loadSpecValidator}. */
export class SpecValidator {
  readonly #operations: Map<string, OperationBody>;
  readonly #cachePrefix: string;
  readonly #zodModule: () => Promise<Record<string, unknown>>;
  #ajv: Ajv2020 | null = null;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #json = new Map<string, Record<string, unknown>>();

  constructor(operations: Map<string, OperationBody>, cachePrefix: string, zodModule: () => Promise<Record<string, unknown>>) {
    this.#operations = operations;
    this.#cachePrefix = cachePrefix;
    this.#zodModule = zodModule;
  }

  /** The body description of an operation, by spec path template (`/channels/{channel_id}/messages`). */
  operation(method: string, template: string): OperationBody | undefined {
    return this.#operations.get(`${method.toUpperCase()} ${template}`);
  }

  /** Number of operations known from the spec. */
  get operationCount(): number {
    return this.#operations.size;
  }

  #ajvInstance(): Ajv2020 {
    if (!this.#ajv) {
      this.#ajv = new Ajv2020({ strict: false, allErrors: false, logger: false, code: { source: true } });
      defaultExport<(a: Ajv2020) => Ajv2020>(ajvFormats)(this.#ajv);
    }
    return this.#ajv;
  }

  /** JSON Schema of a spec component (memory → disk cache → zod's toJSONSchema). */
  async #jsonSchema(name: string): Promise<Record<string, unknown>> {
    let json = this.#json.get(name);
    if (json) return json;
    const file = path.join(CACHE_DIR, `${this.#cachePrefix}-${name}.json`);
    const cached = readCached(file);
    if (cached) json = JSON.parse(cached) as Record<string, unknown>;
    else {
      const zod = (await import('zod')) as unknown as {
        toJSONSchema: (schema: unknown, options: Record<string, unknown>) => Record<string, unknown>;
      };
      const zodSchema = (await this.#zodModule())[`${name}Schema`];
      if (!zodSchema) throw new Error(`fake-discord: discord-api-spec/zod has no ${name}Schema`);
      json = zod.toJSONSchema(zodSchema, {
        target: 'draft-2020-12',
        unrepresentable: 'any',
        cycles: 'ref',
        // inline keeps ajv's schemaPath meaningful, which simplifyErrors relies on
        reused: 'inline',
        io: 'input',
        override: (ctx: { zodSchema: { _zod: { def: { type: string } } }; jsonSchema: Record<string, unknown> }) => {
          // `z.undefined()` in a union means "may be omitted"; as JSON Schema it must match nothing.
          if (ctx.zodSchema._zod.def.type === 'undefined') ctx.jsonSchema['not'] = {};
        },
      });
      acceptNumericStrings(json);
      writeAtomic(file, JSON.stringify(json));
    }
    this.#json.set(name, json);
    return json;
  }

  /** The exact JSON Schema an alternative is validated with (arrays wrapped). */
  async #schemaFor(alt: BodyAlternative): Promise<Record<string, unknown>> {
    const json = await this.#jsonSchema(alt.name);
    if (!alt.array) return json;
    const { $schema, ...items } = json;
    return { $schema, type: 'array', items };
  }

  /** False when the alternative's `type` discriminator (const/enum) rules the body out. */
  async #discriminatorAllows(alt: BodyAlternative, body: unknown): Promise<boolean> {
    if (alt.array || body === null || typeof body !== 'object' || Array.isArray(body)) return true;
    const typeSchema = ((await this.#jsonSchema(alt.name))['properties'] as Record<string, Record<string, unknown>> | undefined)?.['type'];
    if (!typeSchema) return true;
    const value = (body as Record<string, unknown>)['type'];
    if ('const' in typeSchema) return typeSchema['const'] === value;
    if (Array.isArray(typeSchema['enum'])) return (typeSchema['enum'] as unknown[]).includes(value);
    return true;
  }

  /** Compiled validator (memory → cached standalone module → ajv compile). */
  async #validator(alt: BodyAlternative): Promise<ValidateFunction> {
    const key = `${alt.name}${alt.array ? '[]' : ''}`;
    let fn = this.#compiled.get(key);
    if (fn) return fn;
    const file = path.join(CACHE_DIR, `${this.#cachePrefix}-${alt.name}${alt.array ? '-array' : ''}.cjs`);
    if (existsSync(file)) {
      try {
        fn = require(file) as ValidateFunction;
      } catch {
        fn = undefined; // corrupt: recompile
      }
    }
    if (!fn) {
      const schema = await this.#schemaFor(alt);
      const ajv = this.#ajvInstance();
      for (const format of collectFormats(schema)) {
        if (!ajv.formats[format]) ajv.addFormat(format, true);
      }
      const compiled = ajv.compile(JSON.parse(JSON.stringify(schema)) as object);
      fn = compiled;
      try {
        const standaloneCode = defaultExport<(a: Ajv2020, f: ValidateFunction) => string>(ajvStandalone);
        // Absolute requires, so the cached file resolves ajv/ajv-formats from this repo.
        const code = standaloneCode(ajv, compiled).replace(/require\("([^"]+)"\)/g, (_m, id: string) => `require(${JSON.stringify(require.resolve(id))})`);
        writeAtomic(file, code);
      } catch {
        // caching is an optimisation only
      }
    }
    this.#compiled.set(key, fn);
    return fn;
  }

  /** Validates `body` against the request-body schema of `METHOD template`. */
  async validate(method: string, template: string, body: unknown): Promise<SpecValidationResult> {
    const op = this.operation(method, template);
    if (!op || op.kind !== 'named') return { checked: false, issues: [] };
    const schema = op.alternatives.map((a) => `${a.name}${a.array ? '[]' : ''}`).join(' | ');
    if (body === null && op.nullable) return { checked: true, schema, issues: [] };
    const candidates: BodyAlternative[] = [];
    for (const alt of op.alternatives) if (await this.#discriminatorAllows(alt, body)) candidates.push(alt);
    if (candidates.length === 0) {
      const allowed: unknown[] = [];
      for (const alt of op.alternatives) {
        const t = ((await this.#jsonSchema(alt.name))['properties'] as Record<string, Record<string, unknown>>)['type']!;
        allowed.push(...('const' in t ? [t['const']] : ((t['enum'] as unknown[]) ?? [])));
      }
      return {
        checked: true,
        schema,
        issues: [{ path: ['type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${JSON.stringify(allowed)}.` }],
      };
    }
    let best: BodyIssue[] | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const alt of candidates) {
      const fn = await this.#validator(alt);
      if (fn(body)) return { checked: true, schema, issues: [] };
      const errors = simplifyErrors(fn.errors ?? [], await this.#schemaFor(alt), body);
      // A failing discriminator (`type`) means "wrong alternative", not "bad body".
      const score = errors.length + (errors.some((e) => e.instancePath === '/type') ? 1000 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = errors.map(toIssue);
      }
    }
    return { checked: true, schema, issues: best ?? [] };
  }
}

/**
 * Discord's form parser coerces numeric strings into numbers (permission bitfields such as
 * `default_member_permissions` are documented, and sent by discord.js, as strings while the spec
 * types them as numbers). Let every plain number/integer also be a string of digits.
 */
function acceptNumericStrings(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) acceptNumericStrings(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const types = Array.isArray(o['type']) ? (o['type'] as unknown[]) : [o['type']];
  const numeric = types.includes('number') || types.includes('integer');
  if (numeric && !types.includes('string') && !('const' in o) && !('enum' in o)) {
    o['pattern'] = types.includes('number') ? '^-?[0-9]+(\\.[0-9]+)?$' : '^-?[0-9]+$';
    o['type'] = [...types, 'string'];
  }
  for (const v of Object.values(o)) acceptNumericStrings(v);
}

function collectFormats(node: unknown, acc = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) collectFormats(n, acc);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') acc.add(v);
      else collectFormats(v, acc);
    }
  }
  return acc;
}

/** Resolves a JSON pointer ("/a/0/b", optionally "#"-prefixed) in `root`. */
function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** True when `branch` cannot be the intended alternative for `data` (JSON type or `type` discriminator differs). */
function branchRuledOut(branch: unknown, data: unknown): boolean {
  if (!branch || typeof branch !== 'object') return false;
  const b = branch as Record<string, unknown>;
  if ('not' in b) return true;
  if (typeof b['type'] === 'string') {
    const t = jsonType(data);
    if (!(b['type'] === t || (b['type'] === 'number' && t === 'integer'))) return true;
  }
  const typeProp = (b['properties'] as Record<string, Record<string, unknown>> | undefined)?.['type'];
  if (typeProp && data && typeof data === 'object' && !Array.isArray(data)) {
    const v = (data as Record<string, unknown>)['type'];
    if ('const' in typeProp && typeProp['const'] !== v) return true;
    if (Array.isArray(typeProp['enum']) && !(typeProp['enum'] as unknown[]).includes(v)) return true;
  }
  return false;
}

/**
 * ajv reports every failing branch of an `anyOf`; keep only the branch the body was meant to
 * match (JSON type and `type` discriminator agree, fewest errors), recursively, and drop the
 * `anyOf` summary errors. Needs the (inlined) schema and the data to tell branches apart.
 */
export function simplifyErrors(errors: ErrorObject[], schema: unknown, data: unknown): ErrorObject[] {
  let list = [...errors];
  for (;;) {
    const anyOf = list
      .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
      .sort((a, b) => a.schemaPath.length - b.schemaPath.length)[0];
    if (!anyOf) break;
    const prefix = `${anyOf.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    const others: ErrorObject[] = [];
    for (const e of list) {
      if (e === anyOf) continue;
      if (e.schemaPath.startsWith(prefix)) {
        const idx = e.schemaPath.slice(prefix.length).split('/')[0]!;
        branches.set(idx, [...(branches.get(idx) ?? []), e]);
      } else others.push(e);
    }
    const value = atPointer(data, anyOf.instancePath);
    let chosen: ErrorObject[] = [];
    let bestScore = Number.POSITIVE_INFINITY;
    for (const [idx, branchErrors] of branches) {
      const ruledOut = branchRuledOut(atPointer(schema, `${prefix}${idx}`), value);
      const score = branchErrors.filter((e) => e.keyword !== 'anyOf').length + (ruledOut ? 1000 : 0);
      if (score < bestScore) {
        bestScore = score;
        chosen = branchErrors;
      }
    }
    if (bestScore >= 1000) {
      // No branch even has the right shape: report the union's alternatives at the union itself.
      const alternatives = (atPointer(schema, anyOf.schemaPath) as Array<Record<string, unknown>> | undefined) ?? [];
      const types = alternatives
        .filter((a) => !('not' in a))
        .map((a) => {
          const tp = (a['properties'] as Record<string, Record<string, unknown>> | undefined)?.['type'];
          const disc = tp && ('const' in tp ? tp['const'] : tp['enum']);
          return disc !== undefined ? `${String(a['type'] ?? 'object')} with type ${JSON.stringify(disc)}` : String(a['type'] ?? 'any');
        });
      chosen = [{ ...anyOf, keyword: 'type', params: { type: [...new Set(types)].join(' | ') } }];
    }
    list = [...others, ...chosen];
  }
  return list;
}

function toIssue(e: ErrorObject): BodyIssue {
  const segs = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'maxLength':
    case 'maxItems':
      return { path: segs, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${String(p['limit'])} or fewer in length.` };
    case 'minLength':
    case 'minItems':
      return { path: segs, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${String(p['limit'])} or more in length.` };
    case 'required':
      return { path: [...segs, String(p['missingProperty'])], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
    case 'const':
      return { path: segs, code: 'BASE_TYPE_CHOICES', message: `Value must be one of (${JSON.stringify(p['allowedValue'])},).` };
    case 'enum':
      return { path: segs, code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${JSON.stringify(p['allowedValues'])}.` };
    case 'format':
      return p['format'] === 'uri'
        ? { path: segs, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }
        : { path: segs, code: 'BASE_TYPE_BAD_FORMAT', message: `Must be a valid ${String(p['format'])}.` };
    case 'pattern':
      if (String(p['pattern']).startsWith('^-?[0-9]+')) return { path: segs, code: 'NUMBER_TYPE_COERCE', message: 'Value is not a number.' };
      if (String(p['pattern']) === '^(0|[1-9][0-9]*)$') return { path: segs, code: 'NUMBER_TYPE_COERCE', message: 'Value is not snowflake.' };
      return { path: segs, code: 'BASE_TYPE_BAD_PATTERN', message: `Value does not match ${String(p['pattern'])}.` };
    case 'minimum':
      return { path: segs, code: 'NUMBER_TYPE_MIN', message: `Value should be greater than or equal to ${String(p['limit'])}.` };
    case 'maximum':
      return { path: segs, code: 'NUMBER_TYPE_MAX', message: `Value should be less than or equal to ${String(p['limit'])}.` };
    case 'type':
      return { path: segs, code: 'BASE_TYPE_BAD_TYPE', message: `Must be of type ${String(p['type'])}.` };
    default:
      return { path: segs, code: `SCHEMA_${e.keyword.toUpperCase()}`, message: e.message ?? e.keyword };
  }
}

let loading: Promise<SpecValidator> | null = null;

/** Loads (once per process) the spec's operation map; schemas are converted/compiled on first use. */
export function loadSpecValidator(): Promise<SpecValidator> {
  loading ??= (async () => {
    const dir = findSpecDir();
    const prefix = createHash('sha256')
      .update(
        [
          CACHE_FORMAT,
          versionOf(path.join(dir, 'package.json')),
          versionOf(require.resolve('ajv/package.json')),
          versionOf(path.join(path.dirname(require.resolve('zod')), 'package.json')),
        ].join('\0'),
      )
      .digest('hex')
      .slice(0, 16);
    const opsFile = path.join(CACHE_DIR, `${prefix}-operations.json`);
    const cached = readCached(opsFile);
    let operations: Map<string, OperationBody>;
    if (cached) operations = new Map(JSON.parse(cached) as Array<[string, OperationBody]>);
    else {
      operations = parseOperationBodies(readFileSync(path.join(dir, 'build', 'discord-api-spec.ts'), 'utf8'));
      writeAtomic(opsFile, JSON.stringify([...operations]));
    }
    let zodModule: Promise<Record<string, unknown>> | null = null;
    const specZod: string = 'discord-api-spec/zod';
    return new SpecValidator(operations, prefix, () => (zodModule ??= import(specZod) as Promise<Record<string, unknown>>));
  })();
  return loading;
}
