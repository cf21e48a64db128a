import { badRequest } from './bad-request.js';

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/** Validates an Idempotency-Key header (optional). A bad one is a 400 naming the header. */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (!KEY.test(header)) throw badRequest('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', 'must be 1-200 characters of letters, digits, . _ : -');
  return header;
}
