/**
 * Calendar dates and instants as the platform writes them: a date is `YYYY-MM-DD`, an instant is
 * ISO-8601 to the second (optional fraction) with an explicit offset (`Z` or `+07:00`).
 */

/** The shape of a date: `YYYY-MM-DD` (the shape only; `isIsoDate` also checks the day exists). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The shape of an instant: `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or `±HH:MM`. */
export const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_PARTS.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Milliseconds since the epoch of an ISO-8601 instant with an explicit offset, or null when `value` is not one. */
export function instantMillisOf(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT_PATTERN.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** True when `value` is an ISO-8601 instant with an explicit offset that names a real time. */
export function isIsoInstant(value: unknown): value is string {
  return instantMillisOf(value) !== null;
}
