import { CODE_PATTERN, isValidCode } from './index.js';
import { PROPERTY_RUNS, SAMPLE_CODES, assertPrototypeIntact, codeArb, fc } from './code-arbitraries.test-helpers.js';

describe('CODE_PATTERN / isValidCode: the one shape of a code', () => {
  it('accepts the codes people use (demo data, LKE criteria, spreadsheets)', () => {
    for (const c of [...SAMPLE_CODES, 'SUB-09', 'PLG', 'IKU_01', 'a', '2026/IKU-1', 'X'.repeat(40)]) expect(isValidCode(c)).toBe(true);
  });
  it('refuses blanks, codes without a leading letter or digit (empty slug), other characters and long codes', () => {
    for (const c of ['', ' ', '-', '--', '...', ' SS-01', '_a', 'SS#01', 'ÉS-01', 'a'.repeat(41), 'SS-01\n', 'a<b>']) expect(isValidCode(c)).toBe(false);
    for (const c of [undefined, null, 12, {}, ['SS-01']]) expect(isValidCode(c)).toBe(false);
  });
  it('property: a valid code always holds a letter or digit (its slug is never empty)', () => {
    fc.assert(
      fc.property(codeArb, (c) => {
        if (isValidCode(c)) expect(/[A-Za-z0-9]/.test(c)).toBe(true);
        expect(CODE_PATTERN.test(c)).toBe(isValidCode(c));
      }),
      { numRuns: PROPERTY_RUNS },
    );
    assertPrototypeIntact();
  });
});
