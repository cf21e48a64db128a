import { DECIMAL_PATTERN, Decimal, Exact, decimalString, isDecimal, isDecimalString, quotient34, readDecimal } from './decimal.js';

describe('Decimal', () => {
  it('rounds to 34 significant digits, half-even', () => {
    expect(new Decimal(2).div(3).toString()).toBe('0.6666666666666666666666666666666667');
    expect(new Decimal('1.0000000000000000000000000000000005').plus(0).toString()).toBe('1');
    expect(new Decimal('1.0000000000000000000000000000000015').plus(0).toString()).toBe('1.000000000000000000000000000000002');
    expect(new Decimal('1.0000000000000000000000000000000025').plus(0).toString()).toBe('1.000000000000000000000000000000002');
  });

  it('never writes an exponent', () => {
    expect(new Decimal('1e-8').toString()).toBe('0.00000001');
    expect(new Decimal('1e25').toString()).toBe('10000000000000000000000000');
    expect(new Exact('1e-30').toString()).toBe('0.000000000000000000000000000001');
  });

  it('Exact keeps sums of products exact; quotient34 rounds once', () => {
    expect(new Exact('1e20').plus('1e-40').toString()).toBe(`100000000000000000000.${'0'.repeat(39)}1`);
    expect(new Decimal('1e20').plus('1e-40').toString()).toBe('100000000000000000000');
    expect(quotient34(new Exact(1), 3).toString()).toBe('0.3333333333333333333333333333333333');
    expect(quotient34('10', '4').toString()).toBe('2.5');
  });
});

describe('decimal strings', () => {
  it('DECIMAL_PATTERN: 1-15 digits, up to 10 fraction digits, no exponent', () => {
    for (const ok of ['0', '12', '-3.5', '1000000.25', '123456789012345', '0.1234567890']) expect(isDecimal(ok)).toBe(true);
    for (const bad of ['', '1.', '.5', '1e3', '1,5', ' 1', '1234567890123456', '0.12345678901', '+1', 1.5, null]) expect(isDecimal(bad)).toBe(false);
    expect(DECIMAL_PATTERN.test('80.25')).toBe(true);
  });

  it('isDecimalString accepts any length, still no exponent', () => {
    expect(isDecimalString('1234567890123456789.12345678901234')).toBe(true);
    expect(isDecimalString('1e-8')).toBe(false);
    expect(isDecimalString(12)).toBe(false);
  });

  it('readDecimal is lenient but finite', () => {
    expect(readDecimal('1e-8')?.toString()).toBe('0.00000001');
    expect(readDecimal('Infinity')).toBeNull();
    expect(readDecimal('abc')).toBeNull();
    expect(readDecimal('  ')).toBeNull();
    expect(readDecimal(5)).toBeNull();
  });

  it('decimalString writes no "-0"', () => {
    expect(decimalString(new Decimal('-0'))).toBe('0');
    expect(decimalString(new Decimal('-0.50'))).toBe('-0.5');
  });
});
