import { badRequest } from './bad-request.js';

/** Parses an If-Match header holding one of our ETags (`"3"` or `W/"3"`); undefined when absent. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '' || header === '*') return undefined;
  const m = /^(?:W\/)?"(-?\d+)"$/.exec(header.trim());
  if (!m) throw badRequest('INVALID_IF_MATCH', 'If-Match', 'must be an ETag returned by this API, e.g. "3"');
  return Number(m[1]);
}

/** Parses `?asOf=` (an ISO-8601 instant); a bad one is a 400 naming the parameter. */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) || Number.isNaN(d.getTime())) {
    throw badRequest('INVALID_AS_OF', 'asOf', 'must be an ISO-8601 date or instant, e.g. 2026-07-15T00:00:00Z');
  }
  return d;
}
