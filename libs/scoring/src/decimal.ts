import DecimalModule from 'decimal.js';

// decimal.js ships ESM with a default export but CommonJS-style typings; this keeps both honest.
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.Decimal;

/**
 * 34 significant digits (IEEE decimal128), half-even: the precision of every score computation.
 * `toString()` never switches to exponent notation (scores are plain decimal strings).
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Internal: wide enough that sums of products of 34-digit achievements and plan weights are exact,
 * so a weighted mean is one correctly rounded division N / W (see rollup.ts).
 */
export const Exact = DecimalJs.clone({ precision: 1000, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
export type Exact = InstanceType<typeof Exact>;

/** Decimal written as a plain string: optional minus, digits, optional fraction (no exponent, no spaces). */
const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** True when `value` is a plain decimal string such as "12", "-0.5", "120.000". */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_STRING.test(value);
}

/**
 * Lenient reading of a score or percent received from elsewhere (also "1e-8" as older code wrote
 * small values): a finite Decimal, or null when it is not a number. Plan inputs use the strict
 * `isDecimalString`.
 */
export function readDecimal(value: unknown): Decimal | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const d = new Decimal(value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** A decimal's canonical string (no exponent, no "-0"). */
export function decimalString(d: Decimal | Exact): string {
  return d.isZero() ? '0' : d.toString();
}

/** The quotient n / w correctly rounded to 34 significant digits (n and w exact). */
export function quotient34(n: Exact | Decimal | string | number, w: Exact | Decimal | string | number): Decimal {
  return new Decimal(n.toString()).div(new Decimal(w.toString()));
}

export const ROUND_HALF_UP = DecimalJs.ROUND_HALF_UP;
