import fc from 'fast-check';

/**
 * Hostile values, and the JSON text they are sent as. A body is a tree of plain values plus two
 * markers for what JSON.stringify cannot write: a raw token (`1e309`, `-0`, `NaN`, deep nesting
 * written out) and raw bytes inside a string (invalid UTF-8).
 */
export class RawToken {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `<raw ${this.text.length > 60 ? `${this.text.slice(0, 30)}…(${this.text.length} chars)` : this.text}>`;
  }
}
export class RawBytes {
  constructor(readonly hex: string) {}
  toJSON(): string {
    return `<bytes ${this.hex}>`;
  }
}

/** Keys that name Object.prototype members: as JSON keys, as codes, as ids in paths. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];

/** Serializes a body tree; keys are written as given (an own `__proto__` key included). */
export function serialize(value: unknown): Buffer {
  const parts: Buffer[] = [];
  const write = (v: unknown) => {
    if (v instanceof RawToken) parts.push(Buffer.from(v.text, 'utf8'));
    else if (v instanceof RawBytes) parts.push(Buffer.concat([Buffer.from('"'), Buffer.from(v.hex, 'hex'), Buffer.from('"')]));
    else if (Array.isArray(v)) {
      parts.push(Buffer.from('['));
      v.forEach((x, i) => {
        if (i > 0) parts.push(Buffer.from(','));
        write(x);
      });
      parts.push(Buffer.from(']'));
    } else if (v && typeof v === 'object') {
      parts.push(Buffer.from('{'));
      Object.keys(v).forEach((k, i) => {
        if (i > 0) parts.push(Buffer.from(','));
        parts.push(Buffer.from(`${JSON.stringify(k)}:`, 'utf8'));
        write((v as Record<string, unknown>)[k]);
      });
      parts.push(Buffer.from('}'));
    } else if (v === undefined) parts.push(Buffer.from('null'));
    else parts.push(Buffer.from(JSON.stringify(v), 'utf8'));
  };
  write(value);
  return Buffer.concat(parts);
}

/** Sets an own property, `__proto__` included (plain assignment would change the prototype). */
export function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\ufeff', '\ufffe', '\t', '\r\n', 'a', 'é', '𝕏'];

export const controlString = fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 24 });
export const loneSurrogate = fc.constantFrom('\ud800', 'a\udfffb', '\udbff\udbff', 'x\ud83d');
export const invalidUtf8 = fc.constantFrom('ff', 'c0af', 'eda080', 'f4908080', '80', 'e282');
export const protoKeyString = fc.constantFrom(...PROTO_KEYS, 'Object', '__proto__.x', 'constructor.prototype');
export const decimalish = fc.constantFrom(
  '1e309',
  '-1e309',
  '-0',
  '-0.0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e-400',
  '0x10',
  '1_000',
  '١٢٣',
  '1,5',
  '+1',
  '.5',
  '1.',
  ' 1',
  '1e',
  '--1',
  '9'.repeat(400),
  `0.${'0'.repeat(500)}1`,
);
export const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-1-1',
  '2026-07-15T25:00:00Z',
  '2026-07-15T00:00:00+25:00',
  '+275760-09-14',
  '-000001-01-01',
  'yesterday',
  'T',
  '2026-07-15T00:00:00.00000000000001Z',
  '1e309',
  '2026-W01',
);
export const hugeString = fc.record({ n: fc.integer({ min: 2_000, max: 300_000 }), c: fc.constantFrom('x', 'é', '\u0000', '💥', '\\') }).map(({ n, c }) => c.repeat(n));
export const binaryString = fc.string({ unit: 'binary', maxLength: 40 });

export const hostileString: fc.Arbitrary<string> = fc.oneof(controlString, loneSurrogate, protoKeyString, decimalish, badDate, hugeString, binaryString);

/** Number tokens JSON either cannot carry (NaN) or carries with surprises (`1e309` = Infinity, `-0`). */
export const infinityToken = fc.constantFrom('1e309', '-1e309', '1E400');
export const oddNumberToken = fc.constantFrom('1e309', '-1e309', '-0', '-0.0', '1E400', '123456789012345678901234567890', '1e-400', '2026.5', '9007199254740993', '-2026');

export const deepNesting = fc.record({ depth: fc.integer({ min: 20, max: 20_000 }), kind: fc.constantFrom('array', 'object', 'mixed') }).map(({ depth, kind }) => {
  if (kind === 'array') return new RawToken(`${'['.repeat(depth)}${']'.repeat(depth)}`);
  if (kind === 'object') return new RawToken(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  return new RawToken(`${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`);
});

/** Any hostile value: may or may not be valid where it lands. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: invalidUtf8.map((h) => new RawBytes(h)) },
  { weight: 2, arbitrary: oddNumberToken.map((t) => new RawToken(t)) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, [], {}, [null], { __proto__: null }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Malformed JSON texts (each must be refused by the JSON parser). */
export const malformedJson = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a": ',
    '{"a":1,}',
    "{'a':1}",
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":undefined}',
    '{"a":1}//x',
    '{"a":1} {"b":2}',
    '{"a":"\u0000"}',
    '{"a":"\\x00"}',
    '{"a":"\\ud8"}',
    '\ufeff{',
    '{a:1}',
    '{"a":01}',
    '{"a":.5}',
    '{"a":+1}',
    '{"a":1e}',
    '[1,]',
    ']',
  ),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !isJson(s)),
);
export const nonObjectJson = fc.constantFrom('null', '42', '"x"', 'true', '-0', '1e309');

export function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
