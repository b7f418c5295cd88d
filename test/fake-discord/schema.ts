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
import * as z from 'zod';

const require = createRequire(import.meta.url);
/** Bump when the way schemas are produced or compiled changes. */
const CACHE_FORMAT = 1;
const CACHE_DIR = path.join(tmpdir(), 'fake-discord-ajv-cache');

function defaultExport<T>(mod: unknown): T {
  const d = (mod as { default: unknown }).default;
  return (typeof d === 'function' ? d : (d as { default: unknown }).default) as T;
}

/**
 * ajv compiles these big schemas slowly (~0.2-0.5 s each), and every vitest worker would pay it
 * again, so compiled validators are cached as standalone CommonJS modules in the OS temp dir,
 * keyed by a hash of the schema and the ajv version. Requires inside the generated code are
 * rewritten to absolute paths so the cached files resolve ajv/ajv-formats from this repo.
 */
function compileCached(ajv: Ajv2020, schema: Record<string, unknown>): ValidateFunction {
  const text = JSON.stringify(schema);
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256').update(`${CACHE_FORMAT}\0${ajvVersion}\0${text}`).digest('hex').slice(0, 32);
  const file = path.join(CACHE_DIR, `${key}.cjs`);
  if (existsSync(file)) {
    try {
      return require(file) as ValidateFunction;
    } catch {
      // corrupt or stale: recompile below
    }
  }
  const fn = ajv.compile(JSON.parse(text) as object);
  try {
    const standaloneCode = defaultExport<(a: Ajv2020, f: ValidateFunction) => string>(ajvStandalone);
    const code = standaloneCode(ajv, fn).replace(/require\("([^"]+)"\)/g, (_m, id: string) => `require(${JSON.stringify(require.resolve(id))})`);
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  } catch {
    // caching is an optimisation only
  }
  return fn;
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
  readonly #schemas: Record<string, unknown>;
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #json = new Map<string, Record<string, unknown>>();

  constructor(operations: Map<string, OperationBody>, zodSchemas: Record<string, unknown>) {
    this.#operations = operations;
    this.#schemas = zodSchemas;
    this.#ajv = new Ajv2020({ strict: false, allErrors: false, logger: false, code: { source: true } });
    defaultExport<(a: Ajv2020) => Ajv2020>(ajvFormats)(this.#ajv);
  }

  /** The body description of an operation, by spec path template (`/channels/{channel_id}/messages`). */
  operation(method: string, template: string): OperationBody | undefined {
    return this.#operations.get(`${method.toUpperCase()} ${template}`);
  }

  /** Number of operations known from the spec. */
  get operationCount(): number {
    return this.#operations.size;
  }

  #jsonSchema(name: string): Record<string, unknown> {
    let json = this.#json.get(name);
    if (!json) {
      const zodSchema = this.#schemas[`${name}Schema`];
      if (!zodSchema) throw new Error(`fake-discord: discord-api-spec/zod has no ${name}Schema`);
      json = z.toJSONSchema(zodSchema as z.ZodType, {
        target: 'draft-2020-12',
        unrepresentable: 'any',
        cycles: 'ref',
        // inline keeps ajv's schemaPath meaningful, which simplifyErrors relies on
        reused: 'inline',
        io: 'input',
        override: (ctx) => {
          // `z.undefined()` in a union means "may be omitted"; as JSON Schema it must match nothing.
          const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
          if (def.type === 'undefined') ctx.jsonSchema.not = {};
        },
      }) as Record<string, unknown>;
      this.#json.set(name, json);
    }
    return json;
  }

  /** False when the alternative's `type` discriminator (const/enum) rules the body out. */
  #discriminatorAllows(alt: BodyAlternative, body: unknown): boolean {
    if (alt.array || body === null || typeof body !== 'object' || Array.isArray(body)) return true;
    const typeSchema = (this.#jsonSchema(alt.name)['properties'] as Record<string, Record<string, unknown>> | undefined)?.['type'];
    if (!typeSchema) return true;
    const value = (body as Record<string, unknown>)['type'];
    if ('const' in typeSchema) return typeSchema['const'] === value;
    if (Array.isArray(typeSchema['enum'])) return (typeSchema['enum'] as unknown[]).includes(value);
    return true;
  }

  /** The exact JSON Schema an alternative is validated with (arrays wrapped). */
  #schemaFor(alt: BodyAlternative): Record<string, unknown> {
    const json = this.#jsonSchema(alt.name);
    if (!alt.array) return json;
    const { $schema, ...items } = json;
    return { $schema, type: 'array', items };
  }

  #validator(alt: BodyAlternative): ValidateFunction {
    const key = `${alt.name}${alt.array ? '[]' : ''}`;
    let fn = this.#compiled.get(key);
    if (!fn) {
      const schema = this.#schemaFor(alt);
      for (const format of collectFormats(schema)) {
        if (!this.#ajv.formats[format]) this.#ajv.addFormat(format, true);
      }
      fn = compileCached(this.#ajv, schema);
      this.#compiled.set(key, fn);
    }
    return fn;
  }

  /** Validates `body` against the request-body schema of `METHOD template`. */
  validate(method: string, template: string, body: unknown): SpecValidationResult {
    const op = this.operation(method, template);
    if (!op || op.kind !== 'named') return { checked: false, issues: [] };
    const schema = op.alternatives.map((a) => `${a.name}${a.array ? '[]' : ''}`).join(' | ');
    if (body === null && op.nullable) return { checked: true, schema, issues: [] };
    const candidates = op.alternatives.filter((alt) => this.#discriminatorAllows(alt, body));
    if (candidates.length === 0) {
      const allowed = op.alternatives.flatMap((alt) => {
        const t = (this.#jsonSchema(alt.name)['properties'] as Record<string, Record<string, unknown>>)['type']!;
        return 'const' in t ? [t['const']] : ((t['enum'] as unknown[]) ?? []);
      });
      return {
        checked: true,
        schema,
        issues: [{ path: ['type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${JSON.stringify(allowed)}.` }],
      };
    }
    let best: BodyIssue[] | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const alt of candidates) {
      const fn = this.#validator(alt);
      if (fn(body)) return { checked: true, schema, issues: [] };
      const errors = simplifyErrors(fn.errors ?? [], this.#schemaFor(alt), body);
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
      return { path: segs, code: 'BASE_TYPE_BAD_PATTERN', message: `Value does not match ${String(p['pattern'])} (snowflakes are strings of digits).` };
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

/** Loads (once per process) the spec's operation map and zod schemas. */
export function loadSpecValidator(): Promise<SpecValidator> {
  loading ??= (async () => {
    const dir = findSpecDir();
    const operations = parseOperationBodies(readFileSync(path.join(dir, 'build', 'discord-api-spec.ts'), 'utf8'));
    const zodModule: string = 'discord-api-spec/zod';
    const schemas = (await import(zodModule)) as Record<string, unknown>;
    return new SpecValidator(operations, schemas);
  })();
  return loading;
}
