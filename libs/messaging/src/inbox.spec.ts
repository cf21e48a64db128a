import { randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { PgSqlClient, createPgliteEventStore, type SqlClient } from '@capaian/eventstore';
import { SqlInbox } from './inbox.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432), timeout: 2000 }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

function inboxSuite(name: string, open: () => Promise<{ sql: SqlClient; schema: string; close: () => Promise<void> }>, available: () => boolean) {
  describe(`SqlInbox on ${name}`, () => {
    let ctx: Awaited<ReturnType<typeof open>>;
    let inbox: SqlInbox;
    beforeAll(async () => {
      if (!available()) return;
      ctx = await open();
      inbox = new SqlInbox(ctx.sql, { schema: ctx.schema });
      await inbox.init();
      await ctx.sql.query(`CREATE TABLE IF NOT EXISTS ${ctx.schema}.effects (event_id text)`);
    });
    afterAll(async () => {
      if (available()) await ctx.close();
    });

    it('handles an event id once per consumer, with the effect in the same transaction', async () => {
      if (!available()) return;
      const id = randomUUID();
      const effect = (tx: SqlClient) => tx.query(`INSERT INTO ${ctx.schema}.effects VALUES ($1)`, [id]).then(() => undefined);
      expect(await inbox.handleOnce('projector', id, effect)).toBe('handled');
      expect(await inbox.handleOnce('projector', id, effect)).toBe('duplicate');
      expect(await inbox.handleOnce('another-consumer', id, async () => undefined)).toBe('handled');
      const { rows } = await ctx.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ctx.schema}.effects WHERE event_id = $1`, [id]);
      expect(rows[0]!.n).toBe('1');
    });

    it('a failing handler rolls back its inbox row, so the redelivery is handled again', async () => {
      if (!available()) return;
      const id = randomUUID();
      await expect(
        inbox.handleOnce('projector', id, async (tx) => {
          await tx.query(`INSERT INTO ${ctx.schema}.effects VALUES ($1)`, [id]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await inbox.handleOnce('projector', id, async () => undefined)).toBe('handled');
      const { rows } = await ctx.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ctx.schema}.effects WHERE event_id = $1`, [id]);
      expect(rows[0]!.n).toBe('0');
    });
  });
}

let pgUp = false;
beforeAll(async () => {
  pgUp = await reachable(DATABASE_URL);
  if (!pgUp) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL} (CI=true: this must fail, not skip)`);
    console.warn(`SKIPPING PostgreSQL inbox tests: no server at ${DATABASE_URL}`);
  }
});

inboxSuite(
  'PostgreSQL',
  async () => {
    const schema = `inbox_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 3 });
    await pool.query(`CREATE SCHEMA ${schema}`);
    const sql = new PgSqlClient(pool);
    return {
      sql,
      schema,
      close: async () => {
        await pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await pool.end();
      },
    };
  },
  () => pgUp,
);

inboxSuite(
  'PGlite',
  async () => {
    const store = await createPgliteEventStore({ dataDir: 'memory://' });
    await store.sql.query('CREATE SCHEMA IF NOT EXISTS inbox_test');
    return { sql: store.sql, schema: 'inbox_test', close: () => store.close() };
  },
  () => true,
);
