import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { PgSqlClient, createPgliteEventStore, type SqlClient } from '@capaian/eventstore';
import { MemoryInbox, SqlInbox, idempotentHandler, type Inbox } from './inbox.js';
import type { DeliveredMessage } from './port.js';
import { DATABASE_URL, describeWith, postgresService, randomSuffix } from './test-env.test-helpers.js';

const postgres = await postgresService();

function delivered(eventId = randomUUID()): DeliveredMessage {
  return {
    topic: 't',
    key: 'k',
    eventId,
    type: 'test.happened',
    schemaVersion: 1,
    correlationId: 'c',
    payload: {},
    partition: 0,
    offset: '0',
    attempt: 1,
  };
}

/** The same cases against PostgreSQL and PGlite. */
function describeSqlInbox(name: string, open: () => Promise<{ sql: SqlClient; close(): Promise<void> }>): void {
  describe(`SqlInbox on ${name}`, () => {
    const schema = `inbox_test_${randomSuffix()}`;
    let sql: SqlClient;
    let close: () => Promise<void>;
    let inbox: SqlInbox;
    const effects = `"${schema}".effects`;
    const countEffects = async (id: string) => Number((await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${effects} WHERE event_id = $1`, [id])).rows[0]!.n);

    beforeAll(async () => {
      ({ sql, close } = await open());
      inbox = new SqlInbox(sql, { schema });
      await inbox.init();
      await inbox.init(); // idempotent
      await sql.query(`CREATE TABLE ${effects} (event_id text NOT NULL)`);
    });

    afterAll(async () => {
      await sql?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await close?.();
    });

    it('handles an event id once per consumer; a duplicate does not call fn', async () => {
      const id = randomUUID();
      let calls = 0;
      const fn = async (tx: SqlClient) => {
        calls++;
        await tx.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [id]);
      };
      await expect(inbox.handleOnce('svc-a', id, fn)).resolves.toBe('handled');
      await expect(inbox.handleOnce('svc-a', id, fn)).resolves.toBe('duplicate');
      expect(calls).toBe(1);
      // Another consumer has its own record.
      await expect(inbox.handleOnce('svc-b', id, fn)).resolves.toBe('handled');
      expect(calls).toBe(2);
      expect(await countEffects(id)).toBe(2);
      expect(await inbox.has('svc-a', id)).toBe(true);
      const { rows } = await sql.query<{ handled_at: unknown }>(`SELECT handled_at FROM ${inbox.tableName} WHERE consumer = 'svc-a' AND event_id = $1`, [id]);
      expect(rows[0]!.handled_at).toBeInstanceOf(Date);
    });

    it('a failing fn rolls back its writes and the inbox row, so the redelivery is handled again', async () => {
      const id = randomUUID();
      await expect(
        inbox.handleOnce('svc-a', id, async (tx) => {
          await tx.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [id]);
          throw new Error('handler failed');
        }),
      ).rejects.toThrow('handler failed');
      expect(await inbox.has('svc-a', id)).toBe(false);
      expect(await countEffects(id)).toBe(0);

      await expect(inbox.handleOnce('svc-a', id, async (tx) => void (await tx.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [id])))).resolves.toBe('handled');
      expect(await countEffects(id)).toBe(1);
    });

    it('concurrent deliveries of one event id are handled exactly once', async () => {
      const id = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          inbox.handleOnce('svc-c', id, async (tx) => {
            await tx.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [id]);
            await new Promise((r) => setTimeout(r, 20));
          }),
        ),
      );
      expect(results.filter((r) => r === 'handled')).toHaveLength(1);
      expect(results.filter((r) => r === 'duplicate')).toHaveLength(4);
      expect(await countEffects(id)).toBe(1);
    });

    it('idempotentHandler() passes the transaction and skips duplicates', async () => {
      const seen: string[] = [];
      const handler = idempotentHandler(inbox, 'svc-h', async (m, tx) => {
        seen.push(m.eventId);
        await tx.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [m.eventId]);
      });
      const m = delivered();
      await handler(m);
      await handler({ ...m, attempt: 2 });
      expect(seen).toEqual([m.eventId]);
      expect(await countEffects(m.eventId)).toBe(1);
    });

    it('prune() deletes old records', async () => {
      const id = randomUUID();
      await inbox.handleOnce('svc-p', id, async () => undefined);
      expect(await inbox.prune(new Date(Date.now() - 60_000))).toBe(0);
      expect(await inbox.prune(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
      expect(await inbox.has('svc-p', id)).toBe(false);
    });

    it('rejects unsafe schema names', () => {
      expect(() => new SqlInbox(sql, { schema: 'x"; DROP TABLE y; --' })).toThrow(/Invalid schema/);
    });
  });
}

describeWith([postgres], 'inbox on PostgreSQL', () => {
  describeSqlInbox('PostgreSQL', async () => {
    const client = PgSqlClient.fromConnectionString(DATABASE_URL, 8);
    return { sql: client, close: () => client.close() };
  });
});

describeSqlInbox('PGlite', async () => {
  const store = await createPgliteEventStore({ dataDir: 'memory://' });
  return { sql: store.sql, close: () => store.close() };
});

describe('MemoryInbox', () => {
  it('handles once, lets a failed attempt be retried, and serialises concurrent duplicates', async () => {
    const inbox: Inbox<undefined> = new MemoryInbox();
    let calls = 0;
    await expect(inbox.handleOnce('c', 'e1', async () => void calls++)).resolves.toBe('handled');
    await expect(inbox.handleOnce('c', 'e1', async () => void calls++)).resolves.toBe('duplicate');
    await expect(inbox.handleOnce('other', 'e1', async () => void calls++)).resolves.toBe('handled');
    expect(calls).toBe(2);

    await expect(inbox.handleOnce('c', 'e2', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(inbox.handleOnce('c', 'e2', async () => void calls++)).resolves.toBe('handled');

    const results = await Promise.all(Array.from({ length: 4 }, () => inbox.handleOnce('c', 'e3', async () => void (await new Promise((r) => setTimeout(r, 10))))));
    expect(results.sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'handled']);
  });

  it('idempotentHandler() gives undefined as transaction', async () => {
    const inbox = new MemoryInbox();
    const txs: unknown[] = [];
    const handler = idempotentHandler(inbox, 'c', async (_m, tx) => void txs.push(tx));
    const m = delivered();
    await handler(m);
    await handler(m);
    expect(txs).toEqual([undefined]);
    expect(inbox.has('c', m.eventId)).toBe(true);
  });
});
