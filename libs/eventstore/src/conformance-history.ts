/** Conformance cases of the hash chain (history-hash.ts, verify-history.ts). Jest only. */
import { describe, expect, it } from '@jest/globals';
import { T, collect, newEvent, uniqueCategory } from './conformance-support.js';
import { eventHash, GENESIS_HASH, HASH_PATTERN } from './history-hash.js';
import type { EventStore } from './port.js';
import { chainHeadOf, checkChainHeads, verifyHistory } from './verify-history.js';

/** Data whose stored form differs from its JS text: key order, number spelling, escapes, nesting. */
const AWKWARD = { z: 1, a: [1.5, 1e21, -0, 0.1, 12345678901234567890, true, null, { y: 'é\n"\\\u2028', b: [] }], ключ: 'nilai', m: { c: 2, b: { d: 3 } }, u: undefined };

export function describeHashChain(store: () => EventStore): void {
  describe('hash chain', () => {
    it(
      'every event carries a hash chained to the previous one, equal to the hash recomputed from what is read',
      async () => {
        const cat = uniqueCategory();
        const stream = `${cat}-1`;
        await store().append(stream, [newEvent(AWKWARD, { metadata: { correlationId: 'c-1', actor: 'user:1', tenant: 'kab', nested: { b: 1, a: [2.5, 'x'] } } }), newEvent('scalar')], {
          expectedRevision: 'no_stream',
        });
        await store().append(stream, [newEvent({ name: 'Dewi' }, { type: 'conformance.legacy-named', schemaVersion: 1 })], { expectedRevision: 1 });
        const raw = await collect(store().readAll({ category: cat, upcast: false }));
        expect(raw.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(raw[0]!.previousHash).toBe(GENESIS_HASH);
        for (const [i, e] of raw.entries()) {
          expect(e.hash).toMatch(HASH_PATTERN);
          if (i > 0) expect(e.previousHash).toBe(raw[i - 1]!.hash);
          expect(eventHash(e, e.previousHash)).toBe(e.hash);
        }
        // readAll without upcast: as stored; with upcasters the event changes but keeps its stored hash.
        expect(raw[2]).toMatchObject({ schemaVersion: 1, data: { name: 'Dewi' } });
        const upcast = await store().readStream(stream);
        expect(upcast[2]).toMatchObject({ schemaVersion: 2, data: { fullName: 'Dewi' }, hash: raw[2]!.hash, previousHash: raw[1]!.hash });
        expect(upcast.map((e) => e.hash)).toEqual(raw.map((e) => e.hash));
        expect(await chainHeadOf(store(), stream)).toEqual({ streamId: stream, revision: 2, hash: raw[2]!.hash });
        expect(await chainHeadOf(store(), stream, raw[1]!.position)).toEqual({ streamId: stream, revision: 1, hash: raw[1]!.hash });
        expect(await checkChainHeads(store(), [{ streamId: stream, revision: 1, hash: raw[1]!.hash }])).toEqual([]);
        expect(
          await checkChainHeads(store(), [
            { streamId: stream, revision: 1, hash: raw[0]!.hash },
            { streamId: stream, revision: 9, hash: raw[0]!.hash },
          ]),
        ).toEqual([
          { streamId: stream, revision: 1, hash: raw[0]!.hash, actual: raw[1]!.hash },
          { streamId: stream, revision: 9, hash: raw[0]!.hash, actual: null },
        ]);
      },
      T,
    );

    it("appends under concurrency ('any' and exact, shared and own streams) keep every chain valid", async () => {
      const cat = uniqueCategory();
      const shared = `${cat}-shared`;
      await Promise.all(
        Array.from({ length: 6 }, async (_, w) => {
          let own: number | 'no_stream' = 'no_stream';
          for (let i = 0; i < 10; i++) {
            await store().append(shared, [newEvent({ w, i }), newEvent({ w, i, second: true })], { expectedRevision: 'any' });
            own = (await store().append(`${cat}-w${w}`, [newEvent({ w, i })], { expectedRevision: own })).nextExpectedRevision;
          }
        }),
      );
      const events = await store().readStream(shared);
      expect(events).toHaveLength(120);
      events.forEach((e, i) => {
        expect(e.revision).toBe(i);
        expect(e.previousHash).toBe(i === 0 ? GENESIS_HASH : events[i - 1]!.hash);
        expect(eventHash(e, e.previousHash)).toBe(e.hash);
      });
      const report = await verifyHistory(store());
      expect(report).toMatchObject({ ok: true, broken: 0, firstBreak: null, kind: store().kind });
      expect(report.events).toBeGreaterThanOrEqual(180);
      expect(report.streams).toBeGreaterThanOrEqual(7);
    }, 60_000);
  });
}
