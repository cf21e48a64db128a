import { DomainError } from '@capaian/ddd';
import { isIsoInstant } from '@capaian/kernel';

// Evidence, note and reason rules are the same as measurement's: they live in libs/ddd.
export {
  MAX_EVIDENCE_LINKS as LKE_MAX_EVIDENCE_LINKS,
  MAX_NOTE_LENGTH as LKE_MAX_NOTE_LENGTH,
  MIN_REASON_LENGTH as LKE_MIN_REASON_LENGTH,
  checkEvidence,
  sameEvidence,
  checkNote,
  checkReason,
  checkYear,
  type EvidenceLinkInput as LkeEvidenceInput,
  type EvidenceLink as LkeEvidenceLink,
} from '@capaian/ddd';

/** An ISO-8601 instant with an explicit offset (the time comes in with the command). */
export function checkInstant(value: unknown, field = 'at'): string {
  if (!isIsoInstant(value)) throw new DomainError('INVALID_INSTANT', `${field} harus berupa waktu ISO-8601 dengan zona waktu / ${field} must be an ISO-8601 instant with an offset`, field);
  return value;
}

/** A non-empty id of a person or unit. */
export function checkId(value: unknown, field: string, code: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError(code, `${what} wajib diisi / ${field} is required`, field);
  return value.trim();
}
