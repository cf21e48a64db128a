import type { Band } from './types';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Compares two decimal strings exactly (no floating point): negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const ma = DECIMAL.exec(a.trim());
  const mb = DECIMAL.exec(b.trim());
  if (!ma || !mb) return Number(a) - Number(b);
  const sa = ma[1] === '-' && !isZero(ma) ? -1 : 1;
  const sb = mb[1] === '-' && !isZero(mb) ? -1 : 1;
  if (sa !== sb) return sa;
  return sa * compareMagnitude(ma, mb);
}

function isZero(m: RegExpExecArray): boolean {
  return /^0*$/.test(m[2] ?? '') && /^0*$/.test(m[3] ?? '');
}

function compareMagnitude(a: RegExpExecArray, b: RegExpExecArray): number {
  const ia = (a[2] ?? '').replace(/^0+/, '');
  const ib = (b[2] ?? '').replace(/^0+/, '');
  if (ia.length !== ib.length) return ia.length - ib.length;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const fa = a[3] ?? '';
  const fb = b[3] ?? '';
  const width = Math.max(fa.length, fb.length);
  const pa = fa.padEnd(width, '0');
  const pb = fb.padEnd(width, '0');
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/** Sorts by score, highest first; what has no score goes last. */
export function byScoreDesc<T>(score: (item: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const x = score(a);
    const y = score(b);
    if (x == null && y == null) return 0;
    if (x == null) return 1;
    if (y == null) return -1;
    return compareDecimal(y, x);
  };
}

/** The policy band a score falls in (bounds as the policy states them, with their inclusiveness). */
export function bandFor(score: string | null | undefined, bands: readonly Band[]): Band | null {
  if (score == null) return null;
  return (
    bands.find((b) => {
      const aboveMin = b.min == null || (b.minInclusive ? compareDecimal(score, b.min) >= 0 : compareDecimal(score, b.min) > 0);
      const belowMax = b.max == null || (b.maxInclusive ? compareDecimal(score, b.max) <= 0 : compareDecimal(score, b.max) < 0);
      return aboveMin && belowMax;
    }) ?? null
  );
}
