/**
 * The one canonical JSON of the code base: RFC 8785 (JSON Canonicalization Scheme, the
 * `canonicalize` package). Object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as ECMAScript writes them. Used for the hash chain of stored history, for request hashes
 * kept with idempotency keys and for comparing values by content.
 *
 * Values outside JSON: undefined properties are skipped and undefined array items read as null (as
 * JSON.stringify does); a value that is undefined as a whole reads as null. RFC 8785 refuses
 * non-finite numbers and lone surrogates: `canonicalJson` throws a TypeError for them.
 */
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  try {
    return canonicalize(value) ?? 'null';
  } catch (e) {
    throw new TypeError(`canonicalJson: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** sha256 (lower-case hex) of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
