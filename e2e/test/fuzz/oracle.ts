import type { FuzzCase } from './cases.js';
import type { Operation } from './openapi.js';
import type { RawResponse } from './raw-http.js';

/**
 * What every answer to a fuzz case must satisfy (undefined = fine, else the violation):
 *
 * 1. Never a 5xx, never no answer (the sender reports a timeout or a dropped connection).
 * 2. A write (POST/PUT/PATCH/DELETE) always carries an invalidator, so it must get a 4xx: a 2xx
 *    or 3xx means an invalid request was accepted (a write slipped through). Reads (GET) may
 *    answer 2xx: a hostile filter value can legitimately match nothing.
 * 3. A 4xx answered by the application is the problem body of libs/platform/src/errors.ts:
 *    `statusCode` equal to the HTTP status, `error` and `message` (non-empty) and a
 *    `correlationId`; and
 *    - 400 and 422 NAME THE FIELD OR HEADER: a non-empty `field`, or a non-empty `details` array
 *      whose every entry has a non-empty `field` (a body path like `kpis.0.weight`, a parameter
 *      like `year`, a header like `If-Match`, or `body` for a body that is not JSON at all);
 *    - 401, 403, 404, 405, 406, 409, 412, 413, 415 and 429 may give a reason instead of a field:
 *      a non-empty machine-readable `code` (or a `field`).
 *    - any other 4xx status is a violation.
 * 4. A 4xx with no body and no correlation id comes from Node's HTTP parser, before the
 *    application sees the request (e.g. a control character in a header value): it is accepted
 *    as 400, 413, 414, 417 or 431 and counted as `protocol`. So is a connection the server
 *    resets while a large body is still being written after such a head (the parser's 400 is
 *    lost with the reset).
 */
export type Verdict = { ok: true; protocol: boolean } | { ok: false; violation: string };

const REASON_STATUSES = new Set([401, 403, 404, 405, 406, 409, 412, 413, 415, 429]);
const PROTOCOL_STATUSES = new Set([400, 413, 414, 417, 431]);

const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;

export function judge(op: Operation, c: FuzzCase, res: RawResponse): Verdict {
  const fail = (violation: string): Verdict => ({ ok: false, violation });
  if (res.resetWhileSending) return { ok: true, protocol: true };
  if (res.status >= 500) return fail(`${res.status} server error`);
  if (res.status < 400) {
    if (op.method !== 'GET' && c.invalidator) return fail(`${res.status}: an invalid request (${c.invalidator.kind}) was accepted`);
    return { ok: true, protocol: false };
  }
  if (res.text === '' && !res.headers['x-correlation-id']) {
    return PROTOCOL_STATUSES.has(res.status) ? { ok: true, protocol: true } : fail(`${res.status} with an empty body`);
  }
  const b = res.json as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return fail(`${res.status} whose body is not a JSON problem object`);
  if (b.statusCode !== res.status) return fail(`${res.status} whose body says statusCode ${String(b.statusCode)}`);
  if (!nonEmpty(b.error)) return fail(`${res.status} without "error"`);
  const message = b.message;
  if (!(nonEmpty(message) || (Array.isArray(message) && message.length > 0 && message.every(nonEmpty)))) return fail(`${res.status} without a "message"`);
  if (!nonEmpty(b.correlationId)) return fail(`${res.status} without "correlationId"`);
  const details = b.details;
  const namesField = nonEmpty(b.field) || (Array.isArray(details) && details.length > 0 && details.every((d) => d && typeof d === 'object' && nonEmpty((d as { field?: unknown }).field)));
  if (res.status === 400 || res.status === 422) {
    return namesField ? { ok: true, protocol: false } : fail(`${res.status} ${String(b.code ?? '')} that names no field or header`);
  }
  if (REASON_STATUSES.has(res.status)) {
    return namesField || nonEmpty(b.code) ? { ok: true, protocol: false } : fail(`${res.status} without a "code" or "field"`);
  }
  return fail(`unexpected status ${res.status}`);
}
