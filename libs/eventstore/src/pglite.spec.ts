import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { conformanceUpcasters, describeEventStoreConformance, newEvent } from './conformance.js';
import { createEventStore } from './create-event-store.js';
import { createPgliteEventStore } from './pglite.js';
import { Mutex } from './sql-client.js';
import { useTempDir } from './temp-dir.test-helpers.js';

describeEventStoreConformance('pglite (memory://)', (opts) => createPgliteEventStore({ dataDir: 'memory://', ...opts }));

let diskDir = '';
describeEventStoreConformance(
  'pglite (disk folder)',
  async (opts) => {
    diskDir = await mkdtemp(join(tmpdir(), 'capaian-es-'));
    return createPgliteEventStore({ dataDir: join(diskDir, 'db'), schema: 'svc_planning', ...opts });
  },
  () => rm(diskDir, { recursive: true, force: true }),
);

describe('PGlite specifics', () => {
  const dir = useTempDir('capaian-es-reopen-');

  it('data and checkpoints survive close + reopen of the same dataDir', async () => {
    const dataDir = join(dir(), 'nested', 'db');
    const first = await createPgliteEventStore({ dataDir });
    const events = [newEvent({ n: 1 }), newEvent({ n: 2 }, { type: 'conformance.legacy-named', schemaVersion: 1, data: { name: 'Sari' } })];
    const r = await first.append('kpi-1', events, { expectedRevision: 'no_stream' });
    await first.checkpoints.store('relay', r.position);
    await first.close();

    const second = await createEventStore({ kind: 'pglite', dataDir, upcasters: conformanceUpcasters });
    try {
      const read = await second.readStream('kpi-1');
      expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(read[1]).toMatchObject({ schemaVersion: 2, data: { fullName: 'Sari' } });
      expect(await second.headPosition()).toBe(2);
      expect(await second.checkpoints.load('relay')).toBe(2);
      expect(await second.append('kpi-1', [newEvent()], { expectedRevision: 1 })).toMatchObject({ written: true, nextExpectedRevision: 2, position: 3 });
    } finally {
      await second.close();
    }
  }, 60_000);

  it('sql.transaction serialises concurrent callers and rolls back on error; nested = savepoint', async () => {
    const store = await createPgliteEventStore({ dataDir: 'memory://' });
    try {
      await store.sql.query('CREATE TABLE counter (n int NOT NULL)');
      await store.sql.query('INSERT INTO counter VALUES (0)');
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.sql.transaction(async (tx) => {
            const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter');
            await new Promise((r) => setTimeout(r, 1));
            await tx.query('UPDATE counter SET n = $1', [rows[0]!.n + 1]);
          }),
        ),
      );
      expect((await store.sql.query<{ n: number }>('SELECT n FROM counter')).rows[0]!.n).toBe(20);
      await expect(
        store.sql.transaction(async (tx) => {
          await tx.query('UPDATE counter SET n = 100');
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      await store.sql.transaction(async (tx) => {
        await tx.query('UPDATE counter SET n = 30');
        await expect(
          tx.transaction(async (inner) => {
            await inner.query('UPDATE counter SET n = 999');
            throw new Error('inner');
          }),
        ).rejects.toThrow('inner');
      });
      expect((await store.sql.query<{ n: number }>('SELECT n FROM counter')).rows[0]!.n).toBe(30);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('Mutex runs critical sections one at a time, in order', async () => {
    const m = new Mutex();
    const log: string[] = [];
    await Promise.all(
      [3, 1, 2].map((d, i) =>
        m.runExclusive(async () => {
          log.push(`start${i}`);
          await new Promise((r) => setTimeout(r, d));
          log.push(`end${i}`);
        }),
      ),
    );
    expect(log).toEqual(['start0', 'end0', 'start1', 'end1', 'start2', 'end2']);
  });

  it('rejects invalid input before touching the database', async () => {
    const store = await createPgliteEventStore({ dataDir: 'memory://' });
    try {
      await expect(store.append('kpi-1', [], { expectedRevision: 'any' })).rejects.toThrow(RangeError);
      await expect(store.append('kpi-1', [newEvent({}, { id: 'not-a-uuid' })], { expectedRevision: 'any' })).rejects.toThrow(TypeError);
      const e = newEvent();
      await expect(store.append('kpi-1', [e, e], { expectedRevision: 'any' })).rejects.toThrow(RangeError);
      await expect(createPgliteEventStore({ dataDir: 'memory://', schema: 'Bad-Name' })).rejects.toThrow(/Invalid event store schema/);
    } finally {
      await store.close();
    }
  }, 30_000);
});
