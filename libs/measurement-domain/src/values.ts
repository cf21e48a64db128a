import DecimalModule from 'decimal.js';
import { DomainError } from '@capaian/ddd';

// Evidence, note and reason rules are shared with evaluation (SAKIP answers): they live in libs/ddd.
export {
  MAX_EVIDENCE_LINKS,
  MAX_URL_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MIN_REASON_LENGTH,
  MAX_REASON_LENGTH,
  checkEvidence,
  sameEvidence,
  checkNote,
  checkReason,
  type EvidenceLinkInput,
  type EvidenceLink,
} from '@capaian/ddd';
import { DECIMAL_PATTERN } from '@capaian/contracts';

// decimal.js ships ESM with a default export but CommonJS-style typings; this keeps both honest.
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.Decimal;
/** 34 significant digits, half-even (the precision used by @capaian/scoring). */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

/** Limits of what a unit may attach to a realization. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Milliseconds since the epoch of an ISO-8601 instant with an explicit offset; throws INVALID_INSTANT naming `field`. */
export function instantMillis(value: unknown, field: string): number {
  const ms = typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new DomainError('INVALID_INSTANT', `${field} harus berupa waktu ISO-8601 dengan zona waktu / ${field} must be an ISO-8601 instant with an offset`, field);
  }
  return ms;
}

export function checkYear(year: unknown, field = 'year'): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new DomainError('INVALID_YEAR', 'Tahun harus bilangan bulat 2000-2100 / year must be an integer between 2000 and 2100', field);
  }
  return year;
}

/** Numeric equality for decimals ("80.5" equals "80.50"), string equality otherwise. */
export function sameValue(a: string, b: string, numeric: boolean): boolean {
  if (numeric && isDecimal(a) && isDecimal(b)) return new Decimal(a).eq(b);
  return a === b;
}

