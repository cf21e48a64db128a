/**
 * The hash chain of a stream: every stored event carries
 *
 *   hash = sha256(canonicalJson(['capaian.event.v1', previousHash, streamId, revision, id, type,
 *                                schemaVersion, data, metadata]))   (lower-case hex)
 *
 * where `previousHash` is the hash of the stream's previous event (GENESIS_HASH for revision 0),
 * and `data` / `metadata` (including recordedAt) are the values exactly as the store returns them.
 * Writers hash `normalizeJson(value)`, which is what a JSON store returns for `value` (undefined
 * dropped, toJSON applied, numbers as JSON numbers): jsonb's key order and number spelling do not
 * matter because the canonical form sorts keys and re-spells numbers from the parsed values.
 *
 * `canonicalJson` is RFC 8785 (@capaian/kernel). For what a store can hold (JSON without lone
 * surrogates, which the store refuses, and without non-finite numbers, which JSON cannot carry)
 * it writes the same bytes as the hand-written canonical form the chain was started with, so
 * stored hashes verify unchanged and the tag stays `capaian.event.v1` (history.spec.ts pins a hash).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@capaian/contracts';

/** `previousHash` of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);
export const HASH_PATTERN = /^[0-9a-f]{64}$/;
const DOMAIN_TAG = 'capaian.event.v1';

/** The fields an event hash covers (a RecordedEvent has them all). */
export interface HashedFields {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
}

/** What a JSON store returns for `value` (JSON.parse of its JSON text; undefined reads as null). */
export function normalizeJson<T>(value: T): T {
  const text = JSON.stringify(value);
  return (text === undefined ? null : JSON.parse(text)) as T;
}

/** The hash of an event chained to `previousHash`. */
export function eventHash(event: HashedFields, previousHash: string): string {
  const text = canonicalJson([DOMAIN_TAG, previousHash, event.streamId, event.revision, event.id, event.type, event.schemaVersion, event.data, event.metadata]);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
