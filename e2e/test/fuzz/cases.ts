import fc from 'fast-check';
import { declaredKind, hasHeader, isWrite, pathParams, queryParams, type JsonPath, type Operation, type SchemaSlot } from './openapi.js';
import type { RawRequest } from './raw-http.js';
import {
  PROTO_KEYS,
  RawBytes,
  RawToken,
  badDate,
  controlString,
  decimalish,
  deepNesting,
  defineOwn,
  hostileString,
  hostileValue,
  infinityToken,
  loneSurrogate,
  malformedJson,
  nonObjectJson,
  protoKeyString,
  serialize,
} from './values.js';

/**
 * One fuzz case = the operation's baseline request + exactly one INVALIDATOR (a change the
 * contract says must be refused, so nothing can be written) + up to three EXTRAS (hostile
 * values that ride along and may or may not be valid where they land).
 */
export type Invalidator =
  | { kind: 'no-token' }
  | { kind: 'bad-token'; authorization: string }
  | { kind: 'expired-token' }
  | { kind: 'wrong-role'; role: string }
  | { kind: 'missing'; path: JsonPath }
  | { kind: 'wrong-type'; path: JsonPath; value: unknown }
  | { kind: 'bad-enum'; path: JsonPath; value: string }
  | { kind: 'infinite-number'; path: JsonPath; token: string }
  | { kind: 'extra-key'; path: JsonPath; key: string; value: unknown }
  | { kind: 'malformed-json'; text: string }
  | { kind: 'non-object-json'; text: string }
  | { kind: 'content-type'; contentType: string }
  | { kind: 'content-encoding'; encoding: string }
  | { kind: 'too-large'; path: JsonPath }
  | { kind: 'if-match'; value: string }
  | { kind: 'idempotency-key'; value: string }
  | { kind: 'path'; name: string; encoded: string }
  | { kind: 'upload'; contentType: string; body: string };

export type Extra =
  | { kind: 'set'; path: JsonPath; value: unknown }
  | { kind: 'proto-key'; path: JsonPath; key: string; value: unknown }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'query'; name: string; value: string };

export interface FuzzCase {
  invalidator?: Invalidator;
  extras: Extra[];
}

export interface FuzzTarget {
  op: Operation;
  role: string;
  basePath: Map<string, string>;
  baseQuery: Map<string, string>;
  baseBody?: unknown;
  slots: SchemaSlot[];
  dtos: JsonPath[];
  /** Free-form objects of the baseline body (e.g. `policy`), where any key is allowed. */
  freeObjects: JsonPath[];
}

export interface Tokens {
  forRole(role: string): string;
  expired: string;
  /** Well-formed JWTs the service must refuse (foreign secret, alg none, unknown role...). */
  forged: string[];
}

const IF_MATCH = /^(?:W\/)?"(-?\d+)"$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,200}$/;
const noCrLf = (s: string) => s.replace(/[\r\n]/g, '');
const latin1Garbage = fc.uint8Array({ minLength: 1, maxLength: 30 }).map((b) => Buffer.from(b).toString('latin1'));
const headerGarbage = fc.oneof(fc.string({ maxLength: 40 }), controlString, latin1Garbage, protoKeyString, fc.constantFrom('x'.repeat(9000), '', ' ', '"', '\\'));

/** Encodes a path segment; strings with lone surrogates are sent as their WTF-8 bytes. */
export function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}

const hostileSegment = fc.oneof(
  fc.constantFrom(...PROTO_KEYS).map(encodeSegment),
  fc.constantFrom('..', '.', '%2e%2e', '%00', '%ED%A0%80', '%', '%zz', '%C0%AF', 'a%2Fb', '%20', 'nope-fuzz', 'x'.repeat(5000), '%E2%80%AE', 'NaN', '1e309', '-0', '-1', '99999999999999999999'),
  fc.oneof(controlString, loneSurrogate, decimalish, badDate, fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })).map(encodeSegment),
);

function wrongTypeValues(slot: SchemaSlot): fc.Arbitrary<unknown> {
  const kind = declaredKind(slot.schema);
  const nullable = slot.required && !slot.schema.nullable ? [null] : [];
  const deep = deepNesting;
  switch (kind) {
    case 'string':
    case 'enum':
      return fc.oneof(
        fc.constantFrom<unknown>(0, 1.5, true, false, [], {}, ['x'], { x: 'y' }, ...nullable),
        infinityToken.map((t) => new RawToken(t)),
        deep,
      );
    case 'number':
      return fc.oneof(
        fc.constantFrom<unknown>('x', '', 'NaN', 'Infinity', '1e309', true, [], {}, [2026], ...nullable),
        hostileString.filter((s) => s.trim() === '' || Number.isNaN(Number(s))),
        deep,
      );
    case 'boolean':
      return fc.constantFrom<unknown>('yes', 2, [], {}, ...nullable);
    case 'array':
      return fc.oneof(
        fc.constantFrom<unknown>('x', 1, true, { 0: 'x' }, ...nullable),
        hostileString.filter((s) => s !== ''),
      );
    case 'dto':
      return fc.oneof(fc.constantFrom<unknown>('x', 1, true, ...nullable), hostileString, deep);
    default:
      return fc.constant(null);
  }
}

export function invalidatorArb(t: FuzzTarget, tokens: Tokens): fc.Arbitrary<Invalidator> {
  const { op } = t;
  const arbs: Array<fc.WeightedArbitrary<Invalidator>> = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<Invalidator>) => arbs.push({ weight, arbitrary });

  add(1, fc.constant({ kind: 'no-token' }));
  add(1, fc.constant({ kind: 'expired-token' }));
  add(
    2,
    fc
      .oneof(
        fc.constantFrom(
          ...tokens.forged.map((tk) => `Bearer ${tk}`),
          'Bearer',
          'Bearer ',
          'Basic dXNlcjpwYXNz',
          'Bearer a.b.c',
          `Bearer ${'A'.repeat(8000)}`,
          `Bearer ${tokens.forRole(t.role).slice(0, -3)}xyz`,
        ),
        headerGarbage.map((g) => `Bearer ${noCrLf(g)}`),
      )
      .map((authorization) => ({ kind: 'bad-token' as const, authorization: noCrLf(authorization) })),
  );
  const wrongRoles = ['planner', 'unit_operator', 'evaluator', 'viewer'].filter((r) => op.roles.length > 0 && !op.roles.includes(r));
  if (wrongRoles.length > 0)
    add(
      2,
      fc.constantFrom(...wrongRoles).map((role) => ({ kind: 'wrong-role' as const, role })),
    );

  if (op.body?.kind === 'json') {
    const required = t.slots.filter((s) => s.required);
    const typed = t.slots.filter((s) => declaredKind(s.schema) !== undefined);
    const enums = t.slots.filter((s) => s.schema.enum);
    const numbers = t.slots.filter((s) => declaredKind(s.schema) === 'number');
    if (required.length > 0)
      add(
        3,
        fc.constantFrom(...required).map((s) => ({ kind: 'missing' as const, path: s.path })),
      );
    if (typed.length > 0)
      add(
        5,
        fc.constantFrom(...typed).chain((s) => wrongTypeValues(s).map((value) => ({ kind: 'wrong-type' as const, path: s.path, value }))),
      );
    if (enums.length > 0)
      add(
        2,
        fc
          .record({ s: fc.constantFrom(...enums), v: fc.oneof(fc.constantFrom('', 'q1', 'Q5', ' Q1', 'Q1\u0000', 'Y ', 'yearly\u0000', 'NaN'), protoKeyString, hostileString) })
          .filter(({ s, v }) => !s.schema.enum!.includes(v))
          .map(({ s, v }) => ({ kind: 'bad-enum' as const, path: s.path, value: v })),
      );
    if (numbers.length > 0)
      add(
        2,
        fc.record({ s: fc.constantFrom(...numbers), token: infinityToken }).map(({ s, token }) => ({ kind: 'infinite-number' as const, path: s.path, token })),
      );
    // Prototype keys (`__proto__`, `constructor`, `toString`...) are invalidators too: the edge
    // refuses them anywhere in a body (400 FORBIDDEN_PROPERTY naming the path).
    add(
      3,
      fc
        .record({
          path: fc.constantFrom(...t.dtos),
          // Not the empty key: the answer names it as the field "" (correct, but not a name to check).
          key: fc.oneof(fc.constantFrom('bogus', ' ', 'a.b', '0', 'x\u0000y', '\ud800', 'ÿ', 'id', ...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 12 })),
          value: hostileValue,
        })
        .filter(({ path, key }) => !declaredAt(t, path).includes(key))
        .map(({ path, key, value }) => ({ kind: 'extra-key' as const, path, key, value })),
    );
    add(
      3,
      malformedJson.map((text) => ({ kind: 'malformed-json' as const, text })),
    );
    add(
      1,
      nonObjectJson.map((text) => ({ kind: 'non-object-json' as const, text })),
    );
    if (required.some((s) => s.path.length === 1)) {
      add(
        2,
        fc
          .constantFrom(
            'text/plain',
            'application/xml',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=zz',
            'application/octet-stream',
            '',
            'application/json; charset=utf-16',
            'application/json; charset=bogus',
            'application/json\u0000',
            'application/jsonp',
          )
          .map((contentType) => ({ kind: 'content-type' as const, contentType })),
      );
    }
    add(
      1,
      fc.constantFrom('gzip', 'deflate', 'br', 'x-bogus', 'gzip, gzip').map((encoding) => ({ kind: 'content-encoding' as const, encoding })),
    );
    if (typed.some((s) => declaredKind(s.schema) === 'string'))
      add(
        1,
        fc.constantFrom(...typed.filter((s) => declaredKind(s.schema) === 'string')).map((s) => ({ kind: 'too-large' as const, path: s.path })),
      );
  }
  if (op.body?.kind === 'multipart') add(6, uploadArb);

  if (hasHeader(op, 'If-Match')) {
    add(
      3,
      fc
        .oneof(
          // Not `"-0"`: it is read as revision 0, so it matches a stream at revision 0 (not stale).
          fc.constantFrom('"987654321"', 'W/"987654321"', '"3", "4"', '3', '"abc"', 'W/3', '"1e309"', '"99999999999999999999"', '*, "1"'),
          headerGarbage,
        )
        .map(noCrLf)
        .filter((v) => v.trim() !== '' && v.trim() !== '*' && (!IF_MATCH.test(v.trim()) || Number(IF_MATCH.exec(v.trim())![1]) > 1e6))
        .map((value) => ({ kind: 'if-match' as const, value })),
    );
  }
  if (hasHeader(op, 'Idempotency-Key')) {
    add(
      3,
      fc
        .oneof(fc.constantFrom('has space', 'a/b', 'ключ', 'a'.repeat(201), 'key\u0001', 'k=v', '__proto__?', '"quoted"'), headerGarbage)
        .map(noCrLf)
        .filter((v) => v.trim() !== '' && !IDEMPOTENCY_KEY.test(v.trim()))
        .map((value) => ({ kind: 'idempotency-key' as const, value })),
    );
  }
  const params = pathParams(op);
  if (params.length > 0) {
    add(
      isWrite(op) ? 4 : 8,
      fc.record({ name: fc.constantFrom(...params.map((p) => p.name)), encoded: hostileSegment }).map(({ name, encoded }) => ({ kind: 'path' as const, name, encoded })),
    );
  }
  return fc.oneof(...arbs);
}

function declaredAt(t: FuzzTarget, path: JsonPath): string[] {
  const slot = path.length === 0 ? undefined : t.slots.find((s) => s.path.join('.') === path.join('.'));
  const schema = path.length === 0 && t.op.body?.kind === 'json' ? t.op.body.schema : slot?.schema;
  return Object.keys(schema?.properties ?? {});
}

const BOUNDARY = 'fuzzBoundary7MA4YWxk';
const uploadArb: fc.Arbitrary<Invalidator> = fc.oneof(
  fc
    .record({
      name: fc.constantFrom('file', 'files', ''),
      filename: fc.constantFrom('plan.xlsx', 'plan.csv', '', '../../etc/passwd', '\u0000.csv', 'x'.repeat(300)),
      content: fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
        fc.constantFrom('PK\u0003\u0004garbage', 'a,b,c\n1,2,3\n', '\u0000\u0000', '', 'kode,nama\n__proto__,x\nconstructor,y\n', `${'"'.repeat(1000)}`, "=cmd|' /C calc'!A0\n"),
      ),
    })
    .map(({ name, filename, content }) => ({
      kind: 'upload' as const,
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`,
    })),
  fc.constantFrom(
    { kind: 'upload' as const, contentType: 'multipart/form-data', body: 'no boundary' },
    { kind: 'upload' as const, contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ntruncated` },
    { kind: 'upload' as const, contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}--\r\n` },
    { kind: 'upload' as const, contentType: 'multipart/form-data; boundary=', body: '----\r\n' },
    { kind: 'upload' as const, contentType: 'application/json', body: '{"file":"x"}' },
  ),
);

export function extraArb(t: FuzzTarget): fc.Arbitrary<Extra> {
  const arbs: Array<fc.Arbitrary<Extra>> = [];
  if (t.op.body?.kind === 'json' && t.slots.length > 0) {
    arbs.push(fc.record({ path: fc.constantFrom(...t.slots.map((s) => s.path)), value: hostileValue }).map(({ path, value }) => ({ kind: 'set' as const, path, value })));
    arbs.push(
      fc
        .record({
          path: fc.constantFrom(...t.dtos, ...t.freeObjects),
          key: fc.constantFrom(...PROTO_KEYS),
          value: fc.constantFrom<unknown>(1, 'x', null, { polluted: true }, { prototype: { polluted: true } }, [], { toString: 'x' }),
        })
        .map(({ path, key, value }) => ({ kind: 'proto-key' as const, path, key, value })),
    );
  }
  arbs.push(
    fc
      .record({
        name: fc.constantFrom(
          'X-Correlation-Id',
          'Accept',
          'Accept-Language',
          'Accept-Encoding',
          'Accept-Charset',
          'X-Forwarded-For',
          'Cookie',
          'Origin',
          'User-Agent',
          'Range',
          'If-None-Match',
          'Prefer',
          'X-Request-Id',
          'Traceparent',
          '__proto__',
        ),
        value: headerGarbage.map(noCrLf),
      })
      .map(({ name, value }) => ({ kind: 'header' as const, name, value })),
  );
  arbs.push(
    fc
      .record({
        name: fc.constantFrom(...queryParams(t.op).map((p) => p.name), ...PROTO_KEYS, 'x', 'asOf', 'year'),
        value: fc.oneof(hostileSegment, fc.constantFrom('', '%', 'a&b=c', 'x[y]=z', '[]')),
      })
      .map(({ name, value }) => ({ kind: 'query' as const, name, value })),
  );
  return fc.oneof(...arbs);
}

/** Writes always carry an invalidator; reads (GET) may be sent with extras only. */
export function caseArb(t: FuzzTarget, tokens: Tokens): fc.Arbitrary<FuzzCase> {
  const inv = invalidatorArb(t, tokens);
  const extras = fc.array(extraArb(t), { maxLength: 3 });
  if (isWrite(t.op)) return fc.record({ invalidator: inv, extras });
  return fc.record({ invalidator: fc.option(inv, { freq: 4, nil: undefined }), extras: fc.array(extraArb(t), { minLength: 1, maxLength: 3 }) });
}

export interface BuiltRequest {
  raw: RawRequest;
  /** Sent from the second source address (bad credentials are counted per client address). */
  badCredentials: boolean;
}

const isPrefix = (a: JsonPath, b: JsonPath) => a.length <= b.length && a.every((x, i) => x === b[i]);

function getAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function setAt(root: unknown, path: JsonPath, value: unknown, remove = false): void {
  const parent = getAt(root, path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  if (remove) delete (parent as Record<string | number, unknown>)[key];
  else defineOwn(parent, key, value);
}

export function buildRequest(t: FuzzTarget, c: FuzzCase, tokens: Tokens): BuiltRequest {
  const { op } = t;
  const inv = c.invalidator;
  const pathValues = new Map([...t.basePath].map(([k, v]) => [k, encodeSegment(v)]));
  if (inv?.kind === 'path') pathValues.set(inv.name, inv.encoded);
  const query: string[] = [];
  if (!isWrite(op)) for (const [k, v] of t.baseQuery) query.push(`${encodeSegment(k)}=${encodeSegment(v)}`);

  const headers: Array<[string, string]> = [];
  let badCredentials = false;
  if (inv?.kind === 'bad-token') {
    headers.push(['Authorization', inv.authorization]);
    badCredentials = true;
  } else if (inv?.kind === 'expired-token') headers.push(['Authorization', `Bearer ${tokens.expired}`]);
  else if (inv?.kind === 'wrong-role') headers.push(['Authorization', `Bearer ${tokens.forRole(inv.role)}`]);
  else if (inv?.kind !== 'no-token') headers.push(['Authorization', `Bearer ${tokens.forRole(t.role)}`]);
  if (inv?.kind === 'if-match') headers.push(['If-Match', inv.value]);
  if (inv?.kind === 'idempotency-key') headers.push(['Idempotency-Key', inv.value]);

  let body: Buffer | undefined;
  let contentType: string | undefined;
  if (op.body?.kind === 'json' && t.baseBody !== undefined) {
    contentType = 'application/json';
    const tree = structuredClone(t.baseBody);
    const invPath = inv && 'path' in inv && Array.isArray(inv.path) ? inv.path : undefined;
    for (const e of c.extras) {
      if ((e.kind === 'set' || e.kind === 'proto-key') && invPath && isPrefix(e.path, invPath)) continue;
      if (e.kind === 'set') setAt(tree, e.path, e.value);
      if (e.kind === 'proto-key') {
        const target = e.path.length === 0 ? tree : getAt(tree, e.path);
        if (target && typeof target === 'object' && !Array.isArray(target)) defineOwn(target, e.key, e.value);
      }
    }
    if (inv?.kind === 'missing') setAt(tree, inv.path, undefined, true);
    if (inv?.kind === 'wrong-type') setAt(tree, inv.path, inv.value);
    if (inv?.kind === 'bad-enum') setAt(tree, inv.path, inv.value);
    if (inv?.kind === 'infinite-number') setAt(tree, inv.path, new RawToken(inv.token));
    if (inv?.kind === 'too-large') setAt(tree, inv.path, 'x'.repeat(2_200_000));
    if (inv?.kind === 'extra-key') {
      const target = inv.path.length === 0 ? tree : getAt(tree, inv.path);
      if (target && typeof target === 'object') defineOwn(target, inv.key, inv.value);
    }
    body = serialize(tree);
    if (inv?.kind === 'malformed-json') body = Buffer.from(inv.text, 'utf8');
    if (inv?.kind === 'non-object-json') body = Buffer.from(inv.text, 'utf8');
    if (inv?.kind === 'content-type') {
      contentType = inv.contentType;
      // The UTF-8 bytes labelled UTF-16: they decode to garbage (a correctly encoded UTF-16 body is valid).
    }
    if (inv?.kind === 'content-encoding') headers.push(['Content-Encoding', inv.encoding]);
  }
  if (inv?.kind === 'upload') {
    contentType = inv.contentType;
    body = Buffer.from(inv.body, 'latin1');
  }
  if (contentType !== undefined) headers.push(['Content-Type', noCrLf(contentType)]);

  for (const e of c.extras) {
    if (e.kind === 'header') headers.push([e.name, e.value]);
    if (e.kind === 'query') query.push(`${encodeSegment(e.name)}=${e.value}`);
  }
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues.get(name) ?? 'x');
  return { raw: { method: op.method, target: query.length > 0 ? `${path}?${query.join('&')}` : path, headers, body }, badCredentials };
}

/** The request as text for a failure report (long values cut). */
export function describe(req: RawRequest): string {
  const cut = (s: string) => (s.length > 400 ? `${s.slice(0, 300)}…(${s.length} chars)…${s.slice(-60)}` : s);
  const headers = req.headers.map(([k, v]) => `${k}: ${JSON.stringify(cut(v))}`).join('\n    ');
  const body = req.body === undefined ? '(none)' : JSON.stringify(cut(req.body.toString('latin1')));
  return `${req.method} ${cut(req.target)}\n    ${headers}\n  body: ${body}`;
}

export { RawBytes };
