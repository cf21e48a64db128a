import { DomainError } from '@capaian/ddd';
import { Decimal, instantMillisOf, isDecimal } from '@capaian/kernel';

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
  checkYear,
  type EvidenceLinkInput,
  type EvidenceLink,
} from '@capaian/ddd';
// Decimals and dates are the shared kernel's.
export { Decimal, isDecimal, isIsoDate } from '@capaian/kernel';

/** Milliseconds since the epoch of an ISO-8601 instant with an explicit offset; throws INVALID_INSTANT naming `field`. */
export function instantMillis(value: unknown, field: string): number {
  const ms = instantMillisOf(value);
  if (ms === null) {
    throw new DomainError('INVALID_INSTANT', `${field} harus berupa waktu ISO-8601 dengan zona waktu / ${field} must be an ISO-8601 instant with an offset`, field);
  }
  return ms;
}

/** Numeric equality for decimals ("80.5" equals "80.50"), string equality otherwise. */
export function sameValue(a: string, b: string, numeric: boolean): boolean {
  if (numeric && isDecimal(a) && isDecimal(b)) return new Decimal(a).eq(b);
  return a === b;
}
