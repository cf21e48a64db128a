/** Conformance cases of the conditional append (`AppendOptions.conditions`). Jest only. */
import { describe, expect, it } from '@jest/globals';
import { T, newEvent, rejection, uniqueCategory } from './conformance-support.js';
import { WrongExpectedRevisionError, type EventStore } from './port.js';

export function describeConditionalAppend(store: () => EventStore): void {
  describe('conditional append', () => {
    it(
      'appends when every condition holds (a revision, or no_stream for a missing stream)',
      async () => {
        const cat = uniqueCategory();
        const lock = `${cat}-lock`;
        await store().append(lock, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const r = await store().append(`${cat}-target`, [newEvent({ ok: 1 })], {
          expectedRevision: 'no_stream',
          conditions: [
            { streamId: lock, expectedRevision: 1 },
            { streamId: `${cat}-never`, expectedRevision: 'no_stream' },
          ],
        });
        expect(r).toMatchObject({ written: true, nextExpectedRevision: 0 });
        expect((await store().readStream(`${cat}-target`)).map((e) => e.data)).toEqual([{ ok: 1 }]);
      },
      T,
    );

    it(
      'a condition stream that moved: nothing is stored, WrongExpectedRevisionError names the condition stream',
      async () => {
        const cat = uniqueCategory();
        const lock = `${cat}-lock`;
        const target = `${cat}-target`;
        await store().append(lock, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        await store().append(target, [newEvent()], { expectedRevision: 'no_stream' });
        const head = await store().headPosition();

        const moved = await rejection(store().append(target, [newEvent()], { expectedRevision: 0, conditions: [{ streamId: lock, expectedRevision: 0 }] }));
        expect(moved).toBeInstanceOf(WrongExpectedRevisionError);
        expect(moved).toMatchObject({ streamId: lock, expected: 0, actual: 1 });

        const exists = await rejection(store().append(target, [newEvent()], { expectedRevision: 0, conditions: [{ streamId: lock, expectedRevision: 'no_stream' }] }));
        expect(exists).toMatchObject({ streamId: lock, expected: 'no_stream', actual: 1 });

        const missing = `${cat}-missing`;
        const absent = await rejection(store().append(target, [newEvent()], { expectedRevision: 'any', conditions: [{ streamId: missing, expectedRevision: 3 }] }));
        expect(absent).toBeInstanceOf(WrongExpectedRevisionError);
        expect(absent).toMatchObject({ streamId: missing, expected: 3, actual: 'no_stream' });

        // The first condition that fails is reported; the target's own revision is checked first.
        const both = await rejection(
          store().append(target, [newEvent()], {
            expectedRevision: 0,
            conditions: [
              { streamId: lock, expectedRevision: 1 },
              { streamId: missing, expectedRevision: 0 },
              { streamId: lock, expectedRevision: 1 },
            ],
          }),
        );
        expect(both).toMatchObject({ streamId: missing, expected: 0, actual: 'no_stream' });
        const own = await rejection(store().append(target, [newEvent()], { expectedRevision: 5, conditions: [{ streamId: missing, expectedRevision: 0 }] }));
        expect(own).toMatchObject({ streamId: target, expected: 5, actual: 0 });

        expect(await store().readStream(target)).toHaveLength(1);
        expect(await store().readStream(missing)).toEqual([]);
        if (store().kind !== 'eventstoredb') expect(await store().headPosition()).toBe(head);
      },
      T,
    );

    it(
      'an idempotent repeat returns the first answer without checking the conditions',
      async () => {
        const cat = uniqueCategory();
        const lock = `${cat}-lock`;
        const batch = [newEvent({ n: 1 })];
        const first = await store().append(`${cat}-target`, batch, { expectedRevision: 'no_stream', conditions: [{ streamId: lock, expectedRevision: 'no_stream' }] });
        await store().append(lock, [newEvent()], { expectedRevision: 'no_stream' });
        const again = await store().append(`${cat}-target`, batch, { expectedRevision: 'no_stream', conditions: [{ streamId: lock, expectedRevision: 'no_stream' }] });
        expect(again).toEqual({ ...first, written: false });
      },
      T,
    );

    it(
      'refuses malformed conditions before touching the store',
      async () => {
        const target = `${uniqueCategory()}-target`;
        const append = (conditions: unknown) => store().append(target, [newEvent()], { expectedRevision: 'any', conditions: conditions as never });
        await expect(append([{ streamId: 'lock-1', expectedRevision: 'any' }])).rejects.toThrow(RangeError);
        await expect(append([{ streamId: 'lock-1', expectedRevision: -1 }])).rejects.toThrow(RangeError);
        await expect(append([{ streamId: 'lock-1', expectedRevision: 1.5 }])).rejects.toThrow(RangeError);
        await expect(append([{ streamId: '', expectedRevision: 0 }])).rejects.toThrow(TypeError);
        await expect(
          append([
            { streamId: 'lock-1', expectedRevision: 0 },
            { streamId: 'lock-1', expectedRevision: 1 },
          ]),
        ).rejects.toThrow(RangeError);
        await expect(append({ streamId: 'lock-1', expectedRevision: 0 })).rejects.toThrow(TypeError);
        expect(await store().readStream(target)).toEqual([]);
      },
      T,
    );

    it('SQL: a condition is checked atomically with the append (a lock racing a write, 25 rounds)', async () => {
      if (store().kind === 'eventstoredb') return; // no multi-stream transaction: see README, "Conditions on EventStoreDB"
      for (let round = 0; round < 25; round++) {
        const cat = uniqueCategory();
        const lock = `${cat}-lock`;
        const [locked, written] = await Promise.allSettled([
          store().append(lock, [newEvent({ locked: true })], { expectedRevision: 'no_stream' }),
          store().append(`${cat}-target`, [newEvent({ value: round })], { expectedRevision: 'no_stream', conditions: [{ streamId: lock, expectedRevision: 'no_stream' }] }),
        ]);
        expect(locked.status).toBe('fulfilled');
        const lockPosition = (locked as PromiseFulfilledResult<{ position: number }>).value.position;
        if (written.status === 'fulfilled') {
          expect(written.value.position).toBeLessThan(lockPosition);
        } else {
          expect(written.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(written.reason).toMatchObject({ streamId: lock, expected: 'no_stream', actual: 0 });
          expect(await store().readStream(`${cat}-target`)).toEqual([]);
        }
      }
    }, 60_000);
  });
}
