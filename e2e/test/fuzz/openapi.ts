/**
 * The fuzzer's view of a service's OpenAPI document (/docs-json): its operations, their
 * parameters and request bodies with every `$ref` resolved, and a baseline request for each
 * (example values from the document and ids of the demo Pemda) that the mutations start from.
 */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  service: string;
  port: number;
  method: string;
  /** Path template, e.g. `/scorecards/{scorecardId}/kpis/{code}`. */
  path: string;
  key: string;
  params: Parameter[];
  /** Declared request body: JSON (with its resolved schema) or a multipart upload. */
  body?: { kind: 'json'; schema: Schema } | { kind: 'multipart' };
  /** Roles the service demands (learned by probing, see the spec); empty = any authenticated user. */
  roles: string[];
}

type Doc = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };

export function resolve(schema: Schema | undefined, doc: Doc, depth = 0): Schema {
  if (!schema) return {};
  if (depth > 12) return { type: 'object' };
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(doc.components?.schemas?.[name], doc, depth + 1);
  }
  const out: Schema = { ...schema };
  if (schema.properties) {
    out.properties = {};
    for (const [k, v] of Object.entries(schema.properties)) out.properties[k] = resolve(v, doc, depth + 1);
  }
  if (schema.items) out.items = resolve(schema.items, doc, depth + 1);
  return out;
}

export function operationsOf(service: string, port: number, doc: Doc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params: Parameter[] = (op.parameters ?? []).map((p: any) => ({ name: p.name, in: p.in, required: !!p.required, schema: resolve(p.schema, doc) }));
      const content = op.requestBody?.content ?? {};
      let body: Operation['body'];
      if (content['application/json']) body = { kind: 'json', schema: resolve(content['application/json'].schema, doc) };
      else if (content['multipart/form-data']) body = { kind: 'multipart' };
      ops.push({ service, port, method: method.toUpperCase(), path, key: `${method.toUpperCase()} ${path}`, params, body, roles: [] });
    }
  }
  return ops;
}

export const isWrite = (op: Operation) => op.method !== 'GET';
export const hasHeader = (op: Operation, name: string) => op.params.some((p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase());
export const pathParams = (op: Operation) => op.params.filter((p) => p.in === 'path');
export const queryParams = (op: Operation) => op.params.filter((p) => p.in === 'query');

/** Ids and codes of the demo Pemda (libs/demo-data), by parameter name. */
export interface DemoContext {
  pathValues: Map<string, string>;
  /** `code` depends on the collection it names: `perspectives/{code}` -> a perspective code. */
  codeByCollection: Map<string, string>;
  queryValues: Map<string, string>;
  /** Current documents of versioned-data endpoints (`PUT X` starts from `GET X`), by operation key. */
  twins: Map<string, unknown>;
}

export function baselinePathValue(op: Operation, name: string, ctx: DemoContext): string {
  if (name === 'code') {
    const collection = /\/([a-z-]+)\/\{code\}/.exec(op.path)?.[1] ?? '';
    return ctx.codeByCollection.get(collection) ?? 'X-01';
  }
  return ctx.pathValues.get(name) ?? 'x';
}

/**
 * A request body every property of which holds a plausible value (examples first). `twin` is the
 * current document of a versioned-data endpoint: it fills the free-form object (`policy`,
 * `worksheet`) of the body.
 */
export function baselineValue(schema: Schema, name: string, twin?: unknown): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum.includes(schema.example) ? schema.example : schema.enum[0];
  if (schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema.properties)) out[k] = baselineValue(v, k, twin);
    return out;
  }
  if (schema.example !== undefined) return structuredClone(schema.example);
  switch (schema.type) {
    case 'string':
      return 'x';
    case 'number':
    case 'integer':
      return name === 'year' ? 2026 : 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [baselineValue(schema.items, name)] : [];
    default:
      return twin !== undefined ? structuredClone(twin) : {};
  }
}

/** Paths of the free-form objects (no declared properties) of a baseline body. */
export function freeObjectPaths(schema: Schema, value: unknown, path: JsonPath = []): JsonPath[] {
  if (schema.properties && value && typeof value === 'object') {
    return Object.entries(schema.properties).flatMap(([k, s]) => freeObjectPaths(s, (value as Record<string, unknown>)[k], [...path, k]));
  }
  if (!schema.properties && !schema.enum && (schema.type === 'object' || schema.type === undefined) && value && typeof value === 'object' && !Array.isArray(value)) return [path];
  return [];
}

/** A JSON path into a body: property names and array indexes. */
export type JsonPath = Array<string | number>;

export interface SchemaSlot {
  path: JsonPath;
  schema: Schema;
  /** The property is in its parent's `required` list. */
  required: boolean;
  /** The parent is a DTO (declared properties, so unknown keys are refused). */
  inDto: boolean;
}

/** Every property reachable in the baseline body, with its schema. */
export function slotsOf(schema: Schema, value: unknown, path: JsonPath = []): SchemaSlot[] {
  const out: SchemaSlot[] = [];
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, s] of Object.entries(schema.properties)) {
      const p = [...path, k];
      out.push({ path: p, schema: s, required: (schema.required ?? []).includes(k), inDto: true });
      out.push(...slotsOf(s, (value as Record<string, unknown>)[k], p));
    }
  } else if (schema.type === 'array' && schema.items && Array.isArray(value) && value.length > 0) {
    out.push({ path: [...path, 0], schema: schema.items, required: false, inDto: false });
    out.push(...slotsOf(schema.items, value[0], [...path, 0]));
  }
  return out;
}

/** Every object (DTO) in the baseline body, by path; the root is `[]`. */
export function dtoPaths(schema: Schema, value: unknown, path: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [];
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    out.push(path);
    for (const [k, s] of Object.entries(schema.properties)) out.push(...dtoPaths(s, (value as Record<string, unknown>)[k], [...path, k]));
  } else if (schema.type === 'array' && schema.items && Array.isArray(value) && value.length > 0) {
    out.push(...dtoPaths(schema.items, value[0], [...path, 0]));
  }
  return out;
}

/** The schema type a value would have to have; undefined for free-form (`type: object`, no properties). */
export function declaredKind(schema: Schema): 'string' | 'number' | 'boolean' | 'array' | 'dto' | 'enum' | undefined {
  if (schema.enum) return 'enum';
  if (schema.properties) return 'dto';
  if (schema.type === 'string' || schema.type === 'boolean' || schema.type === 'array') return schema.type;
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  return undefined;
}
