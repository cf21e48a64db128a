import { Decimal, decimalString } from '@capaian/scoring';

/**
 * Internal decimal helpers of value for money (not exported from the folder's index).
 * Sums and products are exact (a wide decimal), and every ratio is one division correctly rounded
 * to Decimal's 34 significant digits (as the scoring roll-ups do), so results do not depend on the
 * order of the parts and never go through binary floating point.
 */
export const Wide = Decimal.clone({ precision: 1000 });
export type Wide = InstanceType<typeof Wide>;

type Num = Wide | Decimal | string | number;

/** n / d correctly rounded to 34 significant digits (n, d exact). The caller rules out d = 0. */
export function quotient(n: Num, d: Num): string {
  return decimalString(new Decimal(n.toString()).div(new Decimal(d.toString())));
}

export function sum(values: Iterable<Num>): Wide {
  let s = new Wide(0);
  for (const v of values) s = s.plus(v.toString());
  return s;
}

export function str(v: Wide | Decimal): string {
  return decimalString(new Decimal(v.toString()));
}
