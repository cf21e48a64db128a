import { DomainError } from '@capaian/ddd';

// Evidence, note and reason rules are the same as measurement's: they live in libs/ddd.
export {
  MAX_EVIDENCE_LINKS as LKE_MAX_EVIDENCE_LINKS,
  MAX_NOTE_LENGTH as LKE_MAX_NOTE_LENGTH,
  MIN_REASON_LENGTH as LKE_MIN_REASON_LENGTH,
  checkEvidence,
  sameEvidence,
  checkNote,
  checkReason,
  type EvidenceLinkInput as LkeEvidenceInput,
  type EvidenceLink as LkeEvidenceLink,
} from '@capaian/ddd';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;


/** An ISO-8601 instant with an explicit offset (the time comes in with the command). */
export function checkInstant(value: unknown, field = 'at'): string {
  const ok = typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  if (!ok) throw new DomainError('INVALID_INSTANT', `${field} harus berupa waktu ISO-8601 dengan zona waktu / ${field} must be an ISO-8601 instant with an offset`, field);
  return value as string;
}

/** A non-empty id of a person or unit. */
export function checkId(value: unknown, field: string, code: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError(code, `${what} wajib diisi / ${field} is required`, field);
  return value.trim();
}

export function checkYear(year: unknown, field = 'year'): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new DomainError('INVALID_YEAR', 'Tahun harus bilangan bulat 2000-2100 / year must be an integer between 2000 and 2100', field);
  }
  return year;
}
