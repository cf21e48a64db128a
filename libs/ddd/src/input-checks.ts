import { PLAN_YEAR_MESSAGE, isPlanYear } from '@capaian/kernel';
import { DomainError } from './decider.js';

/**
 * Checks of the free-form inputs every aggregate that takes evidence (bukti dukung), notes or
 * reasons applies the same way: measurement's realizations and evaluation's SAKIP answers.
 */
export const MAX_EVIDENCE_LINKS = 20;
export const MAX_URL_LENGTH = 2048;
export const MAX_LABEL_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;
export const MIN_REASON_LENGTH = 5;
export const MAX_REASON_LENGTH = 2000;

/**
 * The one shape of a code a person types for an item (perspective, objective, KPI, initiative,
 * criterion...), in bodies and in URL path segments: 1-40 characters, letters, digits, space,
 * `.`, `_`, `-` or `/`, starting with a letter or digit ("SS-01", "IKU 01", "1.2", "PRG-01").
 * The first character guarantees a non-empty slug. Words such as "constructor" or "__proto__"
 * may match: stores keyed by codes are Maps, never plain objects.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$/;
export const CODE_MESSAGE = 'a code is 1-40 letters, digits, spaces, . _ - or /, starting with a letter or digit';
export const CODE_MESSAGE_ID = 'kode terdiri dari 1-40 huruf, angka, spasi, . _ - atau /, diawali huruf atau angka';

/** True when `value` is a string of the CODE_PATTERN shape. */
export function isValidCode(value: unknown): value is string {
  return typeof value === 'string' && CODE_PATTERN.test(value);
}

/** A piece of evidence (bukti dukung) as the client sends it. */
export interface EvidenceLinkInput {
  url: string;
  label?: string | null;
}
/** A piece of evidence as stored in events (label normalized to null when absent or blank). */
export interface EvidenceLink {
  url: string;
  label: string | null;
}

/** Validates and normalizes evidence links: at most 20, http(s) only, no credentials in the URL. */
export function checkEvidence(input: unknown, field = 'evidence'): EvidenceLink[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw new DomainError('INVALID_EVIDENCE', 'Bukti dukung harus berupa daftar tautan / evidence must be a list of links', field);
  if (input.length > MAX_EVIDENCE_LINKS) {
    throw new DomainError('TOO_MANY_EVIDENCE_LINKS', `Bukti dukung paling banyak ${MAX_EVIDENCE_LINKS} tautan / at most ${MAX_EVIDENCE_LINKS} evidence links`, field);
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
    if (label !== undefined && label !== null && typeof label !== 'string') {
      throw new DomainError('INVALID_EVIDENCE', 'Label bukti dukung harus teks / evidence label must be text', `${at}.label`);
    }
    const cleanLabel = typeof label === 'string' && label.trim() !== '' ? label.trim() : null;
    if (cleanLabel !== null && cleanLabel.length > MAX_LABEL_LENGTH) {
      throw new DomainError('INVALID_EVIDENCE', `Label bukti dukung maks. ${MAX_LABEL_LENGTH} karakter / evidence label too long`, `${at}.label`);
    }
    return { url: trimmed, label: cleanLabel };
  });
}

export function sameEvidence(a: readonly EvidenceLink[], b: readonly EvidenceLink[]): boolean {
  return a.length === b.length && a.every((e, i) => e.url === b[i]!.url && e.label === b[i]!.label);
}

/** Optional free text: blank -> null; at most 2000 characters. */
export function checkNote(note: unknown, field = 'note'): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note !== 'string') throw new DomainError('INVALID_NOTE', 'Catatan harus teks / note must be text', field);
  const trimmed = note.trim();
  if (trimmed.length > MAX_NOTE_LENGTH) throw new DomainError('NOTE_TOO_LONG', `Catatan maks. ${MAX_NOTE_LENGTH} karakter / note too long (max ${MAX_NOTE_LENGTH})`, field);
  return trimmed === '' ? null : trimmed;
}

/** A reason (alasan) is required: at least 5 characters after trimming, at most 2000. */
export function checkReason(reason: unknown, field = 'reason'): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length < MIN_REASON_LENGTH) {
    throw new DomainError('REASON_REQUIRED', `Alasan wajib diisi (min. ${MIN_REASON_LENGTH} karakter) / a reason of at least ${MIN_REASON_LENGTH} characters is required`, field);
  }
  if (trimmed.length > MAX_REASON_LENGTH) throw new DomainError('REASON_TOO_LONG', `Alasan maks. ${MAX_REASON_LENGTH} karakter / reason too long (max ${MAX_REASON_LENGTH})`, field);
  return trimmed;
}

/** A plan year (integer 2000-2100, the kernel's bounds); else DomainError INVALID_YEAR naming `field`. */
export function checkYear(year: unknown, field = 'year'): number {
  if (!isPlanYear(year)) throw new DomainError('INVALID_YEAR', PLAN_YEAR_MESSAGE, field);
  return year;
}
