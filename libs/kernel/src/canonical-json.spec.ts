import { canonicalHash, canonicalJson } from './canonical-json.js';

/** Strings, numbers and keys where canonical forms differ most often. */
const CANONICAL_FIXTURE = {
  zeta: 'Dinas Kesehatan — é ü 漢字 😀 "quoted" back\\slash /slash \u0001 \u001f \u007f \u2028 \t\n',
  Alpha: [0.1, 1e21, 1e-7, 5e-324, -0, 123456789012345680000, 2.5, -3, 0, 1.7976931348623157e308],
  nested: { b: null, a: true, B: false, '': 'empty key', é: 1, aa: [], ab: {}, 'a-b': 'x', a_b: 'y' },
  skipped: undefined,
  list: [undefined, null, 'x'],
};

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and writes strings and numbers as ECMAScript does', () => {
    expect(canonicalJson(CANONICAL_FIXTURE)).toBe(
      '{"Alpha":[0.1,1e+21,1e-7,5e-324,0,123456789012345680000,2.5,-3,0,1.7976931348623157e+308],"list":[null,null,"x"],' +
        '"nested":{"":"empty key","B":false,"a":true,"a-b":"x","a_b":"y","aa":[],"ab":{},"b":null,"é":1},' +
        '"zeta":"Dinas Kesehatan — é ü 漢字 😀 \\"quoted\\" back\\\\slash /slash \\u0001 \\u001f \u007f \u2028 \\t\\n"}',
    );
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(new Date('2026-01-05T03:04:05.000Z'))).toBe('"2026-01-05T03:04:05.000Z"');
  });

  it('sorts array-index-like keys as strings ("10" before "2")', () => {
    expect(canonicalJson({ '2': 'b', '10': 'a', x: 1 })).toBe('{"10":"a","2":"b","x":1}');
  });

  it('refuses what RFC 8785 cannot write: non-finite numbers and lone surrogates', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
    expect(() => canonicalJson({ s: 'a\ud800b' })).toThrow(/Lone surrogate/);
  });

  it('hashes request bodies as the request hashes stored with idempotency keys were computed', () => {
    // Pinned: the request hash of this body as stored by earlier releases (sorted keys, JSON.stringify).
    expect(canonicalHash(CANONICAL_FIXTURE)).toBe('15d73225aff2d61d912a618c4f1141a6033628e196b00037333bac99272aad8d');
    expect(canonicalHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalHash({ a: 1, b: [1, 2] })).toBe(canonicalHash({ b: [1, 2], a: 1 }));
    expect(canonicalHash({ a: [1, 2] })).not.toBe(canonicalHash({ a: [2, 1] }));
  });
});
