import { cleanText, normalizeName, numberToText } from './text.js';

describe('numberToText', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [82.5, '82.5'],
    [-3, '-3'],
    [1000000, '1000000'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [1.2345678901234, '1.2345678901234'],
    [0.825 * 100, '82.5'],
    [1.005 * 1000, '1005'],
    [-0, '0'],
  ])('%p -> %s', (n, text) => {
    expect(numberToText(n)).toBe(text);
    expect(numberToText(n)).not.toMatch(/e/i);
  });

  it('gives undefined for NaN and Infinity', () => {
    expect(numberToText(Number.NaN)).toBeUndefined();
    expect(numberToText(Infinity)).toBeUndefined();
  });
});

describe('normalizeName / cleanText', () => {
  it('ignores case, spaces, underscores, hyphens and a trailing *', () => {
    expect(normalizeName(' Sumber Data ')).toBe(normalizeName('sumber_data'));
    expect(normalizeName('Kode *')).toBe('kode');
    expect(normalizeName('Rata-rata')).toBe('ratarata');
  });
  it('trims and turns empty into null', () => {
    expect(cleanText('  a b \u00a0')).toBe('a b');
    expect(cleanText(' \t ')).toBeNull();
  });
});
