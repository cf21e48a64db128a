import DecimalModule from 'decimal.js';

// decimal.js ships ESM with a default export but CommonJS-style typings; this keeps both honest.
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.Decimal;

/** `toString()` never switches to exponent notation: decimals are written as plain strings. */
const NO_EXPONENT = { toExpNeg: -9e15, toExpPos: 9e15 } as const;

/**
 * The one decimal of the platform: 34 significant digits (IEEE decimal128), half-even.
 * `toString()` never switches to exponent notation (scores are plain decimal strings).
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN, ...NO_EXPONENT });
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Wide enough (1000 significant digits) that sums of products of 34-digit values are exact, so a
 * ratio is one correctly rounded division `quotient34(n, w)`. Same rounding and notation as Decimal.
 */
export const Exact = DecimalJs.clone({ precision: 1000, rounding: DecimalJs.ROUND_HALF_EVEN, ...NO_EXPONENT });
export type Exact = InstanceType<typeof Exact>;

export const ROUND_HALF_UP = DecimalJs.ROUND_HALF_UP;

/**
 * The shape of a decimal a person or an event sends, written as a string: optional minus, 1-15
 * digits, optionally a dot and 1-10 digits ("12", "-3.5", "1000000.25"). Never a float, no
 * exponent, no thousands separator.
 */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/;

/** True when `value` is a string of the DECIMAL_PATTERN shape (what inputs and events accept). */
export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/** A plain decimal string of any length: optional minus, digits, optional fraction (no exponent, no spaces). */
const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** True when `value` is a plain decimal string of any length, such as "12", "-0.5", "120.000". */
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
