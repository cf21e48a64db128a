import { parseDecimalCell } from './decimal.js';

const ok = (text: string, money = false) => {
  const r = parseDecimalCell(text, { money });
  if ('error' in r) throw new Error(`expected ${text} to parse: ${r.error}`);
  return r.value;
};
const err = (text: string, money = false) => {
  const r = parseDecimalCell(text, { money });
  if ('value' in r) throw new Error(`expected ${text} to fail, got ${r.value}`);
  return r.error;
};

describe('parseDecimalCell', () => {
  it.each([
    ['82.5', '82.5'],
    ['82,5', '82.5'],
    ['-3', '-3'],
    ['1000000', '1000000'],
    [' 82,50 % ', '82.50'],
    ['85%', '85'],
    ['+4', '4'],
    ['\u22125', '-5'],
    ['007', '7'],
    ['-0', '0'],
    ['1,500', '1.500'],
  ])('plain %p -> %s', (text, value) => {
    expect(ok(text)).toBe(value);
    expect(ok(text)).toMatch(/^-?\d{1,15}(\.\d{1,10})?$/);
  });

  it.each([
    ['1.500.000.000', '1500000000'],
    ['1.500.000,50', '1500000.50'],
    ['Rp 1.500.000', '1500000'],
    ['Rp. 2.500.000,75', '2500000.75'],
    ['rp1500000', '1500000'],
    ['-Rp 5.000', '-5000'],
    ['1.500', '1500'],
    ['1500.5', '1500.5'],
    ['1500,5', '1500.5'],
    ['2500000', '2500000'],
    ['1,500,000.50', '1500000.50'],
    ['1 500 000', '1500000'],
    ['0.500', '0.500'],
  ])('money %p -> %s', (text, value) => {
    expect(ok(text, true)).toBe(value);
  });

  it.each(['', 'abc', '82.5.1', '1.500.000', '1,500.5', '82.', '.5', '12a', 'Rp 1.000', '1e5', '--3'])('rejects plain %p', (text) => {
    expect(err(text)).toMatch(/\//); // bilingual
    expect(err(text)).toMatch(/82\.5|kosong/);
  });

  it.each(['1,500', '1.50.000', '1.500,000.5', 'Rp', 'Rp abc', '12.345.67'])('rejects money %p', (text) => {
    expect(err(text, true)).toMatch(/1\.500\.000/);
  });

  it('explains an ambiguous money value', () => {
    expect(err('1,500', true)).toMatch(/ambigu/i);
  });

  it('rejects too many digits', () => {
    expect(err('1234567890123456')).toMatch(/15/);
    expect(err('1.12345678901')).toMatch(/10/);
    expect(ok('123456789012345.1234567890')).toBe('123456789012345.1234567890');
  });
});
