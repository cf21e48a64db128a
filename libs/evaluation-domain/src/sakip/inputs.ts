import { DomainError } from '@capaian/ddd';

/** A piece of evidence (bukti dukung) as the client sends it. */
export interface LkeEvidenceInput {
  url: string;
  label?: string | null;
}
/** A piece of evidence as stored in events (label null when absent or blank). */
export interface LkeEvidenceLink {
  url: string;
  label: string | null;
}

export const LKE_MAX_EVIDENCE_LINKS = 20;
export const LKE_MAX_NOTE_LENGTH = 2000;
export const LKE_MIN_REASON_LENGTH = 5;
const MAX_URL_LENGTH = 2048;
const MAX_LABEL_LENGTH = 200;
const MAX_REASON_LENGTH = 2000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Validates and normalizes evidence links: at most 20, http(s) only, no credentials in the URL. */
export function checkEvidence(input: unknown, field = 'evidence'): LkeEvidenceLink[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw new DomainError('INVALID_EVIDENCE', 'Bukti dukung harus berupa daftar tautan / evidence must be a list of links', field);
  if (input.length > LKE_MAX_EVIDENCE_LINKS) {
    throw new DomainError('TOO_MANY_EVIDENCE_LINKS', `Bukti dukung paling banyak ${LKE_MAX_EVIDENCE_LINKS} tautan / at most ${LKE_MAX_EVIDENCE_LINKS} evidence links`, field);
  }
  return input.map((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof item !== 'object' || item === null) throw new DomainError('INVALID_EVIDENCE', 'Bukti dukung harus berisi url / each evidence link needs a url', at);
    const { url, label } = item as { url?: unknown; label?: unknown };
    const trimmed = typeof url === 'string' ? url.trim() : '';
    let parsed: URL | null = null;
    try {
      parsed = trimmed.length > 0 && trimmed.length <= MAX_URL_LENGTH ? new URL(trimmed) : null;
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') {
      throw new DomainError(
        'INVALID_EVIDENCE_URL',
        `Tautan bukti dukung harus alamat http(s) yang sah tanpa kredensial, maks. ${MAX_URL_LENGTH} karakter / evidence must be a valid http(s) URL without credentials`,
        `${at}.url`,
      );
    }
    if (label !== undefined && label !== null && typeof label !== 'string') throw new DomainError('INVALID_EVIDENCE', 'Label bukti dukung harus teks / evidence label must be text', `${at}.label`);
    const clean = typeof label === 'string' && label.trim() !== '' ? label.trim() : null;
    if (clean !== null && clean.length > MAX_LABEL_LENGTH) throw new DomainError('INVALID_EVIDENCE', `Label bukti dukung maks. ${MAX_LABEL_LENGTH} karakter / evidence label too long`, `${at}.label`);
    return { url: trimmed, label: clean };
  });
}

export function sameEvidence(a: readonly LkeEvidenceLink[], b: readonly LkeEvidenceLink[]): boolean {
  return a.length === b.length && a.every((e, i) => e.url === b[i]!.url && e.label === b[i]!.label);
}

/** Optional free text: blank -> null; at most 2000 characters. */
export function checkNote(note: unknown, field = 'note'): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note !== 'string') throw new DomainError('INVALID_NOTE', 'Catatan harus teks / note must be text', field);
  const trimmed = note.trim();
  if (trimmed.length > LKE_MAX_NOTE_LENGTH) throw new DomainError('NOTE_TOO_LONG', `Catatan maks. ${LKE_MAX_NOTE_LENGTH} karakter / note too long (max ${LKE_MAX_NOTE_LENGTH})`, field);
  return trimmed === '' ? null : trimmed;
}

/** A reason (alasan): at least 5 characters after trimming, at most 2000. */
export function checkReason(reason: unknown, field = 'reason'): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length < LKE_MIN_REASON_LENGTH) {
    throw new DomainError('REASON_REQUIRED', `Alasan wajib diisi (min. ${LKE_MIN_REASON_LENGTH} karakter) / a reason of at least ${LKE_MIN_REASON_LENGTH} characters is required`, field);
  }
  if (trimmed.length > MAX_REASON_LENGTH) throw new DomainError('REASON_TOO_LONG', `Alasan maks. ${MAX_REASON_LENGTH} karakter / reason too long (max ${MAX_REASON_LENGTH})`, field);
  return trimmed;
}

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
