/**
 * What earlier releases stored must still read the same: hashes of the chain and name-based event
 * ids are pinned here with values computed by the code that wrote them.
 */
import { deterministicUuid, idempotentEventId } from './command-handling.js';
import { GENESIS_HASH, eventHash } from './history-hash.js';

describe('stored history stays verifiable', () => {
  it('hashes an event as the chain has always hashed it (RFC 8785 gives the same bytes for stored JSON)', () => {
    const data = {
      realizationId: 'r-1',
      kpiId: 'dinkes-2026.iku-03',
      value: '80.5',
      valueRevision: 2,
      note: 'Catatan: «Puskesmas» 😷 — "tahap II"\n\u0007\u2029',
      weights: [0.25, 1e21, -0, 3e-7],
      Unit: null,
      '10': true,
      '9': false,
      ünit: 'x',
    };
    const metadata = { correlationId: 'c-9', recordedAt: '2026-04-12T03:00:01.000Z', actor: 'operator@dinkes', idempotencyKey: 'k', causationId: null };
    const event = { streamId: 'realization-kab-contoh.x.2026.Q1', revision: 3, id: 'id-9', type: 'realization-corrected', schemaVersion: 1, data, metadata };
    // Pinned: computed by the canonical form the chain was started with.
    expect(eventHash(event, 'ab'.repeat(32))).toBe('071a3e92b77c4badbf7dd661382023deb096c345380e1df6b1862b1297e2f807');
    expect(eventHash({ ...event, data: { ...data, weights: [0.25] } }, 'ab'.repeat(32))).not.toBe('071a3e92b77c4badbf7dd661382023deb096c345380e1df6b1862b1297e2f807');
    expect(eventHash(event, GENESIS_HASH)).not.toBe(eventHash(event, 'ab'.repeat(32)));
  });

  it('derives the same event ids from the same names (UUID v5 layout)', () => {
    expect(deterministicUuid('reminder|kab-contoh.dpmptsp.dpmptsp-2026.iku-01.2026.Q1.overdue')).toBe('4ff68144-f1ad-51e4-9960-cfade68a57e2');
    expect(idempotentEventId('realization-kab-contoh.k.2026.Q1', 'key-1', 0)).toBe('8fbe8e84-0ce6-5721-8d32-43b3f9ce4eb4');
    expect(deterministicUuid('é漢字😀 longer than sixteen')).toBe('73b55660-e3e4-5c9b-9024-c8adc3652895');
    expect(deterministicUuid('short')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicUuid('short')).not.toBe(deterministicUuid('short2'));
  });
});
