import { Decimal, Exact, decimalString, quotient34 } from '@capaian/kernel';

/**
 * Internal decimal helpers of value for money (not exported from the folder's index).
 * Sums and products are exact (a wide decimal), and every ratio is one division correctly rounded
 * to Decimal's 34 significant digits (as the scoring roll-ups do), so results do not depend on the
 * order of the parts and never go through binary floating point.
 */
export const Wide = Exact;
export type Wide = Exact;

type Num = Wide | Decimal | string | number;

/** n / d correctly rounded to 34 significant digits (n, d exact). The caller rules out d = 0. */
export function quotient(n: Num, d: Num): string {
  return decimalString(quotient34(n, d));
}

export function sum(values: Iterable<Num>): Wide {
  let s = new Wide(0);
  for (const v of values) s = s.plus(v.toString());
  return s;
}

export function str(v: Wide | Decimal): string {
  return decimalString(new Decimal(v.toString()));
}
