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
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import * as z from 'zod';

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

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
function formatsPlugin(): FormatsPlugin {
  const mod = ajvFormats as unknown as { default: unknown };
  const d = mod.default as { default?: unknown } | FormatsPlugin;
  return (typeof d === 'function' ? d : d.default) as FormatsPlugin;
}

/** Validates request bodies against discord-api-spec. Build with {@link loadSpecValidator}. */
export class SpecValidator {
  readonly #operations: Map<string, OperationBody>;
  readonly #schemas: Record<string, unknown>;
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(operations: Map<string, OperationBody>, zodSchemas: Record<string, unknown>) {
    this.#operations = operations;
    this.#schemas = zodSchemas;
    this.#ajv = new Ajv2020({ strict: false, allErrors: false, logger: false });
    formatsPlugin()(this.#ajv);
  }

  /** The body description of an operation, by spec path template (`/channels/{channel_id}/messages`). */
  operation(method: string, template: string): OperationBody | undefined {
    return this.#operations.get(`${method.toUpperCase()} ${template}`);
  }

  /** Number of operations known from the spec. */
  get operationCount(): number {
    return this.#operations.size;
  }

  #validator(alt: BodyAlternative): ValidateFunction {
    const key = `${alt.name}${alt.array ? '[]' : ''}`;
    let fn = this.#compiled.get(key);
    if (!fn) {
      const zodSchema = this.#schemas[`${alt.name}Schema`];
      if (!zodSchema) throw new Error(`fake-discord: discord-api-spec/zod has no ${alt.name}Schema`);
      const json = z.toJSONSchema(zodSchema as z.ZodType, {
        target: 'draft-2020-12',
        unrepresentable: 'any',
        cycles: 'ref',
        reused: 'inline',
        io: 'input',
      }) as Record<string, unknown>;
      const schema = alt.array ? { $schema: json['$schema'], type: 'array', items: { ...json, $schema: undefined } } : json;
      for (const format of collectFormats(schema)) {
        if (!this.#ajv.formats[format]) this.#ajv.addFormat(format, true);
      }
      fn = this.#ajv.compile(JSON.parse(JSON.stringify(schema)) as object);
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
    let best: BodyIssue[] | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const alt of op.alternatives) {
      const fn = this.#validator(alt);
      if (fn(body)) return { checked: true, schema, issues: [] };
      const errors = simplifyErrors(fn.errors ?? []);
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

/**
 * ajv reports every failing branch of an `anyOf`; keep only the branch that got furthest
 * (fewest errors, discriminator matched), recursively, and drop the `anyOf` summary errors.
 */
export function simplifyErrors(errors: ErrorObject[]): ErrorObject[] {
  let list = [...errors];
  for (;;) {
    const anyOf = list
      .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
      .sort((a, b) => a.schemaPath.length - b.schemaPath.length)[0];
    if (!anyOf) break;
    const prefix = anyOf.schemaPath.replace(/\/(anyOf|oneOf)$/, `/${anyOf.keyword}/`);
    const branches = new Map<string, ErrorObject[]>();
    const others: ErrorObject[] = [];
    for (const e of list) {
      if (e === anyOf) continue;
      if (e.schemaPath.startsWith(prefix)) {
        const idx = e.schemaPath.slice(prefix.length).split('/')[0]!;
        branches.set(idx, [...(branches.get(idx) ?? []), e]);
      } else others.push(e);
    }
    let chosen: ErrorObject[] = [];
    let bestScore = Number.POSITIVE_INFINITY;
    for (const branchErrors of branches.values()) {
      const wrongShape = branchErrors.some(
        (e) =>
          (e.keyword === 'type' && e.instancePath === anyOf.instancePath) ||
          ((e.keyword === 'const' || e.keyword === 'enum') && e.instancePath === `${anyOf.instancePath}/type`),
      );
      const score = branchErrors.length + (wrongShape ? 1000 : 0);
      if (score < bestScore) {
        bestScore = score;
        chosen = branchErrors;
      }
    }
    if (bestScore >= 1000 && chosen.every((e) => e.keyword === 'type')) {
      // Nothing matched even in shape: report one type error at the union itself.
      const types = [...branches.values()].flat().filter((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath);
      chosen = [{ ...anyOf, keyword: 'type', params: { type: types.map((e) => String(e.params['type'])).join(' | ') } }];
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
