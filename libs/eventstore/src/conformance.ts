/**
 * The shared conformance suite every EventStore adapter runs (Jest only: import it from
 * `@capaian/eventstore/conformance` in a spec, never from runtime code).
 *
 *   describeEventStoreConformance('pglite (memory)', (opts) => createPgliteEventStore({ dataDir: 'memory://', ...opts }));
 *
 * The factory is called once per suite with `upcasters` (conformanceUpcasters) that the store must
 * apply on every read. Tests use unique stream names (random suffix), so the database may be shared.
 * SQL adapters (kind postgres / pglite) must have gapless positions; EventStoreDB only strictly
 * increasing ones.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { describeConditionalAppend } from './conformance-conditions.js';
import { describeHashChain } from './conformance-history.js';
import { T, collect, conformanceUpcasters, newEvent, rejection, suffix, uniqueCategory, waitFor, type ConformanceFactory, type ConformanceOptions } from './conformance-support.js';
import { CheckpointConflictError, IdempotencyConflictError, UnstorableTextError, WrongExpectedRevisionError, type EventStore, type RecordedEvent, type Subscription } from './port.js';

export * from './conformance-support.js';

export function describeEventStoreConformance(name: string, factory: ConformanceFactory, cleanup?: () => Promise<void>, options: ConformanceOptions = {}): void {
  (options.skip ? describe.skip : describe)(`EventStore conformance: ${name}`, () => {
    let store: EventStore;
    let sql: boolean;
    const subscriptions: Subscription[] = [];

    const subscribeCollecting = (fromPosition: number, category?: string, onCaughtUp?: (p: number) => void) => {
      const seen: RecordedEvent[] = [];
      const errors: unknown[] = [];
      const sub = store.subscribe({
        fromPosition,
        category,
        handler: async (e) => {
          seen.push(e);
        },
        onError: (e) => errors.push(e),
        onCaughtUp,
      });
      subscriptions.push(sub);
      return { sub, seen, errors };
    };

    beforeAll(async () => {
      store = await factory({ upcasters: conformanceUpcasters });
      sql = store.kind !== 'eventstoredb';
    }, 60_000);

    afterAll(async () => {
      await Promise.all(subscriptions.map((s) => s.stop()));
      await store?.close();
      await cleanup?.();
    }, 60_000);

    describeConditionalAppend(() => store);
    describeHashChain(() => store);

    it(
      'ping and headPosition',
      async () => {
        await store.ping();
        const before = await store.headPosition();
        const r = await store.append(`${uniqueCategory()}-1`, [newEvent()], { expectedRevision: 'no_stream' });
        expect(await store.headPosition()).toBeGreaterThanOrEqual(r.position);
        expect(r.position).toBeGreaterThan(before);
      },
      T,
    );

    it(
      "'no_stream' creates a new stream and conflicts on an existing one",
      async () => {
        const stream = `${uniqueCategory()}-a`;
        const r = await store.append(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        expect(r).toMatchObject({ written: true, nextExpectedRevision: 1 });
        expect(r.position).toBeGreaterThan(0);
        const error = await rejection(store.append(stream, [newEvent()], { expectedRevision: 'no_stream' }));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: stream, expected: 'no_stream', actual: 1 });
        expect(await store.readStream(stream)).toHaveLength(2);
      },
      T,
    );

    it(
      'an exact revision succeeds and conflicts once the stream moved (with the actual revision)',
      async () => {
        const stream = `${uniqueCategory()}-b`;
        const r0 = await store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
        const r1 = await store.append(stream, [newEvent(), newEvent()], { expectedRevision: r0.nextExpectedRevision });
        expect(r1).toMatchObject({ written: true, nextExpectedRevision: 2 });
        expect(r1.position).toBeGreaterThan(r0.position);
        const stale = await rejection(store.append(stream, [newEvent()], { expectedRevision: 0 }));
        expect(stale).toBeInstanceOf(WrongExpectedRevisionError);
        expect(stale).toMatchObject({ expected: 0, actual: 2 });
        const missing = await rejection(store.append(`${uniqueCategory()}-none`, [newEvent()], { expectedRevision: 3 }));
        expect(missing).toBeInstanceOf(WrongExpectedRevisionError);
        expect(missing).toMatchObject({ expected: 3, actual: 'no_stream' });
      },
      T,
    );

    it(
      "'any' appends to new and existing streams",
      async () => {
        const stream = `${uniqueCategory()}-c`;
        expect(await store.append(stream, [newEvent()], { expectedRevision: 'any' })).toMatchObject({ written: true, nextExpectedRevision: 0 });
        expect(await store.append(stream, [newEvent()], { expectedRevision: 'any' })).toMatchObject({ written: true, nextExpectedRevision: 1 });
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1]);
      },
      T,
    );

    it(
      'two writers racing with the same expected revision: exactly one wins (10 races)',
      async () => {
        for (let race = 0; race < 10; race++) {
          const stream = `${uniqueCategory()}-race${race}`;
          await store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
          const results = await Promise.allSettled([
            store.append(stream, [newEvent({ writer: 1 })], { expectedRevision: 0 }),
            store.append(stream, [newEvent({ writer: 2 })], { expectedRevision: 0 }),
          ]);
          const won = results.filter((r) => r.status === 'fulfilled');
          const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(lost[0]!.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect((lost[0]!.reason as WrongExpectedRevisionError).actual).toBe(1);
          expect(await store.readStream(stream)).toHaveLength(2);
        }
      },
      T,
    );

    it(
      're-appending the same event ids stores nothing twice, even with a stale expected revision',
      async () => {
        const stream = `${uniqueCategory()}-d`;
        const batch = [newEvent({ n: 1 }), newEvent({ n: 2 })];
        const first = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        const again = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        expect(again).toEqual({ written: false, nextExpectedRevision: first.nextExpectedRevision, position: first.position });
        await store.append(stream, [newEvent({ n: 3 })], { expectedRevision: 1 });
        const stale = await store.append(stream, batch, { expectedRevision: 0 });
        expect(stale).toEqual({ written: false, nextExpectedRevision: 1, position: first.position });
        const exact = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        expect(exact.written).toBe(false);
        if (sql) {
          // EventStoreDB only de-duplicates 'any' appends on a best-effort basis.
          expect((await store.append(stream, batch, { expectedRevision: 'any' })).written).toBe(false);
        }
        expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      },
      T,
    );

    it(
      'a partial repeat is an IdempotencyConflictError',
      async () => {
        const stream = `${uniqueCategory()}-e`;
        const a = newEvent();
        const b = newEvent();
        await store.append(stream, [a, b], { expectedRevision: 'no_stream' });
        const partial = await rejection(store.append(stream, [b, newEvent()], { expectedRevision: 1 }));
        expect(partial).toBeInstanceOf(IdempotencyConflictError);
        expect((partial as IdempotencyConflictError).eventIds).toEqual([b.id]);
        if (sql) {
          // EventStoreDB has no global index by event id: only the SQL adapters see other streams.
          const elsewhere = await rejection(store.append(`${uniqueCategory()}-other`, [a], { expectedRevision: 'no_stream' }));
          expect(elsewhere).toBeInstanceOf(IdempotencyConflictError);
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      },
      T,
    );

    it(
      'text no store can keep (NUL, lone surrogate) is refused with UnstorableTextError naming the path; nothing is written',
      async () => {
        const stream = `${uniqueCategory()}-nul`;
        await store.append(stream, [newEvent({ n: 1 })], { expectedRevision: 'no_stream' });
        const nul = await rejection(store.append(stream, [newEvent({ n: 2 }), newEvent({ note: 'a\u0000b' })], { expectedRevision: 0 }));
        expect(nul).toBeInstanceOf(UnstorableTextError);
        expect((nul as UnstorableTextError).fields).toEqual(['data.note']);
        const surrogate = await rejection(store.append(stream, [{ ...newEvent({ n: 3 }), metadata: { correlationId: 'c', actor: '\ud800' } }], { expectedRevision: 0 }));
        expect((surrogate as UnstorableTextError).fields).toEqual(['metadata.actor']);
        const key = await rejection(store.append(stream, [newEvent({ ['k\u0000']: 1 })], { expectedRevision: 0 }));
        expect(key).toBeInstanceOf(UnstorableTextError);
        expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ n: 1 }]);
      },
      T,
    );

    it(
      'readStream forwards / backwards with fromRevision and maxCount',
      async () => {
        const stream = `${uniqueCategory()}-f`;
        await store.append(
          stream,
          [0, 1, 2, 3, 4].map((n) => newEvent({ n })),
          { expectedRevision: 'no_stream' },
        );
        const revs = (es: RecordedEvent[]) => es.map((e) => e.revision);
        expect(revs(await store.readStream(stream))).toEqual([0, 1, 2, 3, 4]);
        expect((await store.readStream(stream)).map((e) => e.data)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
        expect(revs(await store.readStream(stream, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(revs(await store.readStream(stream, { fromRevision: 2 }))).toEqual([2, 3, 4]);
        expect(revs(await store.readStream(stream, { direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
        expect(revs(await store.readStream(stream, { maxCount: 2 }))).toEqual([0, 1]);
        expect(revs(await store.readStream(stream, { direction: 'backwards', maxCount: 2 }))).toEqual([4, 3]);
        expect(revs(await store.readStream(stream, { fromRevision: 1, maxCount: 2 }))).toEqual([1, 2]);
        expect(await store.readStream(`${uniqueCategory()}-missing`)).toEqual([]);
        const events = await store.readStream(stream);
        for (let i = 1; i < events.length; i++) expect(events[i]!.position).toBeGreaterThan(events[i - 1]!.position);
        expect(events.every((e) => e.streamId === stream)).toBe(true);
      },
      T,
    );

    it('readAll from a position and by category, in global order, across pages', async () => {
      const catA = uniqueCategory();
      const catB = uniqueCategory();
      const from = await store.headPosition();
      for (let i = 0; i < 3; i++) {
        await store.append(`${catA}-${i}`, [newEvent({ a: i })], { expectedRevision: 'no_stream' });
        await store.append(`${catB}-${i}`, [newEvent({ b: i })], { expectedRevision: 'no_stream' });
      }
      const all = (await collect(store.readAll({ fromPosition: from }))).filter((e) => e.streamId.startsWith(catA) || e.streamId.startsWith(catB));
      expect(all.map((e) => e.data)).toEqual([{ a: 0 }, { b: 0 }, { a: 1 }, { b: 1 }, { a: 2 }, { b: 2 }]);
      const onlyA = await collect(store.readAll({ category: catA }));
      expect(onlyA.map((e) => e.data)).toEqual([{ a: 0 }, { a: 1 }, { a: 2 }]);
      expect(await collect(store.readAll({ category: catA, maxCount: 2 }))).toHaveLength(2);
      const afterFirst = await collect(store.readAll({ category: catA, fromPosition: onlyA[0]!.position }));
      expect(afterFirst.map((e) => e.data)).toEqual([{ a: 1 }, { a: 2 }]);

      // More than one page (page sizes are 500..1000).
      const big = uniqueCategory();
      for (let b = 0; b < 12; b++) {
        await store.append(
          `${big}-1`,
          Array.from({ length: 100 }, (_, i) => newEvent({ i: b * 100 + i })),
          { expectedRevision: b === 0 ? 'no_stream' : b * 100 - 1 },
        );
      }
      const paged = await collect(store.readAll({ category: big }));
      expect(paged).toHaveLength(1200);
      paged.forEach((e, i) => expect(e.revision).toBe(i));
      for (let i = 1; i < paged.length; i++) expect(paged[i]!.position).toBeGreaterThan(paged[i - 1]!.position);
      const firstOnes = await collect(store.readAll({ category: big, maxCount: 700 }));
      expect(firstOnes).toHaveLength(700);
    }, 60_000);

    it(
      'metadata round-trips; recordedAt is set by the store; schemaVersion is kept',
      async () => {
        const stream = `${uniqueCategory()}-g`;
        const event = newEvent(
          { x: 1 },
          {
            type: 'conformance.meta',
            schemaVersion: 3,
            metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: 'user:42', tenant: 'kab-bandung', recordedAt: '1999-01-01T00:00:00.000Z' },
          },
        );
        const t0 = Date.now();
        await store.append(stream, [event], { expectedRevision: 'no_stream' });
        const [read] = await store.readStream(stream);
        expect(read).toMatchObject({ id: event.id, type: 'conformance.meta', schemaVersion: 3, data: { x: 1 }, streamId: stream, revision: 0 });
        expect(read!.metadata).toMatchObject({ correlationId: 'corr-1', causationId: 'cause-1', actor: 'user:42', tenant: 'kab-bandung' });
        expect(read!.metadata.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(Math.abs(Date.parse(read!.metadata.recordedAt) - t0)).toBeLessThan(60_000);
        const minimal = newEvent();
        await store.append(stream, [minimal], { expectedRevision: 0 });
        const [, second] = await store.readStream(stream);
        expect(second!.metadata).toMatchObject({ correlationId: minimal.metadata.correlationId, causationId: null, actor: null });
      },
      T,
    );

    it(
      'applies upcasters on readStream, readAll and subscribe',
      async () => {
        const cat = uniqueCategory();
        const stream = `${cat}-h`;
        const from = await store.headPosition();
        await store.append(
          stream,
          [newEvent({ name: 'Dewi' }, { type: 'conformance.legacy-named', schemaVersion: 1 }), newEvent({ fullName: 'Budi' }, { type: 'conformance.legacy-named', schemaVersion: 2 })],
          { expectedRevision: 'no_stream' },
        );
        const expected = [
          { schemaVersion: 2, data: { fullName: 'Dewi' } },
          { schemaVersion: 2, data: { fullName: 'Budi' } },
        ];
        expect(await store.readStream(stream)).toMatchObject(expected);
        expect(await collect(store.readAll({ category: cat }))).toMatchObject(expected);
        const { sub, seen } = subscribeCollecting(from, cat);
        await waitFor(() => seen.length === 2, 10_000, 'upcast events');
        await sub.stop();
        expect(seen).toMatchObject(expected);
      },
      T,
    );

    it(
      'catch-up subscription: events before and after subscribing, in order, onCaughtUp once',
      async () => {
        const cat = uniqueCategory();
        const from = await store.headPosition();
        for (let i = 0; i < 3; i++) await store.append(`${cat}-${i}`, [newEvent({ i })], { expectedRevision: 'no_stream' });
        const caughtUp: number[] = [];
        const { sub, seen, errors } = subscribeCollecting(from, cat, (p) => caughtUp.push(p));
        await waitFor(() => caughtUp.length === 1, 10_000, 'onCaughtUp');
        expect(seen.map((e) => e.data)).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
        for (let i = 3; i < 5; i++) await store.append(`${cat}-${i}`, [newEvent({ i })], { expectedRevision: 'no_stream' });
        await waitFor(() => seen.length === 5, 10_000, 'live events');
        await sub.stop();
        expect(seen.map((e) => e.data)).toEqual([0, 1, 2, 3, 4].map((i) => ({ i })));
        for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
        expect(caughtUp).toHaveLength(1);
        expect(sub.position).toBe(seen[4]!.position);
        expect(errors).toEqual([]);
      },
      T,
    );

    it(
      'checkpoints: load/store, compare-and-set, resume a subscription from a stored checkpoint',
      async () => {
        const cat = uniqueCategory();
        const id = `proj-${suffix()}`;
        expect(await store.checkpoints.load(id)).toBeUndefined();
        const positions: number[] = [];
        for (let i = 0; i < 4; i++) positions.push((await store.append(`${cat}-${i}`, [newEvent({ i })], { expectedRevision: 'no_stream' })).position);
        await store.checkpoints.store(id, positions[0]!, 0);
        expect(await store.checkpoints.load(id)).toBe(positions[0]);
        await store.checkpoints.store(id, positions[1]!, positions[0]);
        const conflict = await rejection(store.checkpoints.store(id, positions[2]!, positions[0]));
        expect(conflict).toBeInstanceOf(CheckpointConflictError);
        expect(conflict).toMatchObject({ checkpointId: id, expected: positions[0], actual: positions[1] });
        expect(await store.checkpoints.load(id)).toBe(positions[1]);
        const other = `proj-${suffix()}`;
        const missing = await rejection(store.checkpoints.store(other, 5, 3));
        expect(missing).toMatchObject({ checkpointId: other, expected: 3, actual: undefined });
        await store.checkpoints.store(other, 7);
        expect(await store.checkpoints.load(other)).toBe(7);

        const resumeFrom = (await store.checkpoints.load(id))!;
        const { sub, seen } = subscribeCollecting(resumeFrom, cat);
        await waitFor(() => seen.length === 2, 10_000, 'events after the checkpoint');
        await new Promise((r) => setTimeout(r, 150));
        await sub.stop();
        expect(seen.map((e) => e.data)).toEqual([{ i: 2 }, { i: 3 }]);
      },
      T,
    );

    it(
      'live delivery to a subscription started at the head',
      async () => {
        const cat = uniqueCategory();
        const caughtUp: number[] = [];
        const { sub, seen } = subscribeCollecting(await store.headPosition(), cat, (p) => caughtUp.push(p));
        await waitFor(() => caughtUp.length === 1, 10_000, 'onCaughtUp');
        const t0 = Date.now();
        await store.append(`${cat}-1`, [newEvent({ live: true })], { expectedRevision: 'no_stream' });
        await waitFor(() => seen.length === 1, 5_000, 'live event');
        expect(Date.now() - t0).toBeLessThan(2_000);
        await sub.stop();
        expect(seen[0]!.data).toEqual({ live: true });
      },
      T,
    );

    it('concurrent writers (8 x 25) while a subscriber runs: exactly all events, in order, no gap, no duplicate', async () => {
      const cat = uniqueCategory();
      const from = await store.headPosition();
      // SQL adapters: subscribe to everything and prove gaplessness; EventStoreDB: by category.
      const { sub, seen, errors } = subscribeCollecting(from, sql ? undefined : cat);
      const writers = Array.from({ length: 8 }, async (_, w) => {
        const stream = `${cat}-w${w}`;
        let expected: number | 'no_stream' = 'no_stream';
        for (let i = 0; i < 25; i++) {
          const r = await store.append(stream, [newEvent({ w, i })], { expectedRevision: expected });
          expected = r.nextExpectedRevision;
        }
      });
      await Promise.all(writers);
      const ours = () => seen.filter((e) => e.streamId.startsWith(`${cat}-`));
      await waitFor(() => ours().length >= 200, 20_000, '200 events');
      await new Promise((r) => setTimeout(r, 200));
      await sub.stop();
      expect(errors).toEqual([]);
      const mine = ours();
      expect(mine).toHaveLength(200);
      expect(new Set(mine.map((e) => e.id)).size).toBe(200);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
      if (sql) {
        expect(seen).toHaveLength(200);
        seen.forEach((e, i) => expect(e.position).toBe(from + i + 1));
      }
      for (let w = 0; w < 8; w++) {
        const perWriter = mine.filter((e) => e.streamId === `${cat}-w${w}`);
        expect(perWriter.map((e) => e.revision)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      }
    }, 60_000);

    it(
      'stop() waits for the in-flight handler and stops delivery; a failing handler stops with onError',
      async () => {
        const cat = uniqueCategory();
        const from = await store.headPosition();
        let inFlight = false;
        let handled = 0;
        const sub = store.subscribe({
          fromPosition: from,
          category: cat,
          handler: async () => {
            inFlight = true;
            await new Promise((r) => setTimeout(r, 150));
            handled++;
            inFlight = false;
          },
        });
        subscriptions.push(sub);
        await store.append(`${cat}-1`, [newEvent()], { expectedRevision: 'no_stream' });
        await waitFor(() => inFlight, 5_000, 'handler start');
        await sub.stop();
        expect(inFlight).toBe(false);
        expect(handled).toBe(1);
        await store.append(`${cat}-2`, [newEvent()], { expectedRevision: 'no_stream' });
        await new Promise((r) => setTimeout(r, 300));
        expect(handled).toBe(1);

        const failing: unknown[] = [];
        let calls = 0;
        const broken = store.subscribe({
          fromPosition: from,
          category: cat,
          handler: async () => {
            calls++;
            throw new Error('boom');
          },
          onError: (e) => failing.push(e),
        });
        subscriptions.push(broken);
        await waitFor(() => failing.length === 1, 5_000, 'onError');
        await new Promise((r) => setTimeout(r, 200));
        expect(calls).toBe(1);
        expect((failing[0] as Error).message).toBe('boom');
        expect(broken.position).toBe(from);
        await broken.stop();

        // stop() from inside the handler does not deadlock.
        let selfStopped = 0;
        const self: Subscription = store.subscribe({
          fromPosition: from,
          category: cat,
          handler: async () => {
            selfStopped++;
            await self.stop();
          },
        });
        subscriptions.push(self);
        await waitFor(() => selfStopped === 1, 5_000, 'self stop');
        await self.stop();
        expect(selfStopped).toBe(1);
      },
      T,
    );
  });
}
