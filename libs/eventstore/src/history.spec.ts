/**
 * Tampering with the stored rows directly in SQL is found by verifyHistory, on PGlite and on
 * PostgreSQL; a store created before the hash chain is hashed at start.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { newEvent } from './conformance.js';
import { eventHash } from './history-hash.js';
import { createPostgresEventStore } from './postgres.js';
import { PgSqlClient, PgliteSqlClient, type SqlClient } from './sql-client.js';
import { SqlEventStore } from './sql-event-store.js';
import { verifyHistory } from './verify-history.js';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
const unreachable = await pgReachable();

interface Engine {
  name: string;
  /** A fresh, empty store and the quoted name of its events table. */
  open(log?: (line: string) => void, prepare?: (sql: SqlClient, table: string) => Promise<void>): Promise<{ store: SqlEventStore; table: string }>;
  cleanup(): Promise<void>;
}

const freshSchema = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const schemas: string[] = [];
/** One PGlite database for the whole file (starting one is slow); a fresh schema per store. */
let pglite: Promise<PgliteSqlClient> | undefined;
const engines: Engine[] = [
  {
    name: 'pglite',
    async open(log, prepare) {
      pglite ??= import('@electric-sql/pglite').then(async ({ PGlite }) => new PgliteSqlClient(await PGlite.create(), { ownsDb: true }));
      const sql = await pglite;
      const schema = freshSchema('es_hist');
      await prepare?.(sql, schema);
      return { store: await SqlEventStore.create(sql, { kind: 'pglite', schema, log }), table: `"${schema}".events` };
    },
    async cleanup() {
      await (await pglite)?.close();
    },
  },
  {
    name: 'postgres',
    async open(log, prepare) {
      const schema = freshSchema('es_hist');
      schemas.push(schema);
      if (!prepare) return { store: await createPostgresEventStore({ connectionString: url, schema, poolSize: 4 }), table: `"${schema}".events` };
      const sql = PgSqlClient.fromConnectionString(url, 4);
      await prepare(sql, schema);
      return { store: await SqlEventStore.create(sql, { kind: 'postgres', schema, ownsClient: true, log }), table: `"${schema}".events` };
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const s of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  },
];

/** Three streams: kpi-a (4 events), kpi-b (2), kpi-c (1), interleaved; positions 1..7. */
async function seed(store: SqlEventStore): Promise<void> {
  await store.append('kpi-a', [newEvent({ v: '1.50', n: 1 }), newEvent({ n: 2 })], { expectedRevision: 'no_stream' });
  await store.append('kpi-b', [newEvent({ n: 1 })], { expectedRevision: 'no_stream' });
  await store.append('kpi-a', [newEvent({ n: 3 })], { expectedRevision: 1 });
  await store.append('kpi-c', [newEvent({ n: 1 })], { expectedRevision: 'no_stream' });
  await store.append('kpi-b', [newEvent({ n: 2 })], { expectedRevision: 0 });
  await store.append('kpi-a', [newEvent({ n: 4 }, { metadata: { correlationId: 'c', actor: 'user:1', tenant: 'kab' } })], { expectedRevision: 2 });
}

for (const engine of engines) {
  const skip = engine.name === 'postgres' && unreachable !== undefined;
  if (skip && process.env.CI === 'true') {
    describe(`history verification: ${engine.name}`, () => {
      it('needs PostgreSQL (CI=true: an unreachable server is a failure)', () => {
        throw new Error(`PostgreSQL at ${url} is unreachable: ${unreachable}`);
      });
    });
    continue;
  }
  (skip ? describe.skip : describe)(`history verification: ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    const tampered = async (tamper: (sql: SqlClient, table: string) => Promise<unknown>) => {
      const { store, table } = await engine.open();
      try {
        await seed(store);
        expect(await verifyHistory(store)).toMatchObject({ ok: true, events: 7, streams: 3, broken: 0, legacy: 0, lastPosition: 7 });
        await tamper(store.sql, table);
        return await verifyHistory(store);
      } finally {
        await store.close();
      }
    };

    it('a clean store verifies, with counts and progress', async () => {
      const { store } = await engine.open();
      try {
        await seed(store);
        const progress: number[] = [];
        const report = await verifyHistory(store, { progressEvery: 3, onProgress: (p) => progress.push(p.events) });
        expect(report).toMatchObject({ ok: true, kind: engine.name, events: 7, streams: 3, legacy: 0, broken: 0, firstBreak: null, lastPosition: 7 });
        expect(progress).toEqual([3, 6, 7]);
      } finally {
        await store.close();
      }
    });

    it('an UPDATE of the data of a stored row: hash mismatch at its stream and revision', async () => {
      const report = await tampered((sql, t) => sql.query(`UPDATE ${t} SET data = jsonb_set(data, '{n}', '99') WHERE stream_id = 'kpi-a' AND revision = 1`));
      expect(report).toMatchObject({ ok: false, broken: 1, firstBreak: { reason: 'hash-mismatch', streamId: 'kpi-a', revision: 1, position: 2 } });
    });

    it('a decimal string turned into a number is a change; the same value spelled otherwise (2 as 2.0) is not', async () => {
      const report = await tampered((sql, t) => sql.query(`UPDATE ${t} SET data = jsonb_set(data, '{v}', '1.50') WHERE stream_id = 'kpi-a' AND revision = 0`));
      expect(report.firstBreak).toMatchObject({ reason: 'hash-mismatch', streamId: 'kpi-a', revision: 0 });
      const same = await tampered((sql, t) => sql.query(`UPDATE ${t} SET data = '{"n": 2.0}'::jsonb WHERE stream_id = 'kpi-a' AND revision = 1`));
      expect(same).toMatchObject({ ok: true, broken: 0 });
    });

    it('an UPDATE of the metadata (actor, recordedAt) of a stored row', async () => {
      const actor = await tampered((sql, t) => sql.query(`UPDATE ${t} SET metadata = metadata || '{"actor":"user:2"}' WHERE stream_id = 'kpi-a' AND revision = 3`));
      expect(actor).toMatchObject({ ok: false, firstBreak: { reason: 'hash-mismatch', streamId: 'kpi-a', revision: 3, position: 7 } });
      const when = await tampered((sql, t) => sql.query(`UPDATE ${t} SET metadata = metadata || '{"recordedAt":"2020-01-01T00:00:00.000Z"}' WHERE stream_id = 'kpi-b' AND revision = 0`));
      expect(when.firstBreak).toMatchObject({ reason: 'hash-mismatch', streamId: 'kpi-b', revision: 0, position: 3 });
    });

    it('an UPDATE of the type or schema version of a stored row', async () => {
      const type = await tampered((sql, t) => sql.query(`UPDATE ${t} SET type = 'conformance.other' WHERE stream_id = 'kpi-b' AND revision = 1`));
      expect(type.firstBreak).toMatchObject({ reason: 'hash-mismatch', streamId: 'kpi-b', revision: 1, position: 6 });
      const version = await tampered((sql, t) => sql.query(`UPDATE ${t} SET schema_version = 2 WHERE stream_id = 'kpi-c'`));
      expect(version.firstBreak).toMatchObject({ reason: 'hash-mismatch', streamId: 'kpi-c', revision: 0, position: 5 });
    });

    it('a changed row whose hash was recomputed too: the next link breaks', async () => {
      const report = await tampered(async (sql, t) => {
        await sql.query(`UPDATE ${t} SET data = '{"n":99}' WHERE stream_id = 'kpi-a' AND revision = 1`);
        const { rows } = await sql.query<{ event_id: string; type: string; schema_version: number; data: unknown; metadata: unknown; prev_hash: string }>(
          `SELECT event_id, type, schema_version, data, metadata, prev_hash FROM ${t} WHERE stream_id = 'kpi-a' AND revision = 1`,
        );
        const r = rows[0]!;
        const forged = eventHash({ streamId: 'kpi-a', revision: 1, id: r.event_id, type: r.type, schemaVersion: r.schema_version, data: r.data, metadata: r.metadata }, r.prev_hash);
        await sql.query(`UPDATE ${t} SET hash = $1 WHERE stream_id = 'kpi-a' AND revision = 1`, [forged]);
      });
      expect(report.firstBreak).toMatchObject({ reason: 'previous-hash-mismatch', streamId: 'kpi-a', revision: 2, position: 4 });
    });

    it('a deleted row: the missing revision of its stream, at its position', async () => {
      const middle = await tampered((sql, t) => sql.query(`DELETE FROM ${t} WHERE stream_id = 'kpi-a' AND revision = 1`));
      expect(middle).toMatchObject({ ok: false, broken: 1, events: 6, firstBreak: { reason: 'revision-gap', streamId: 'kpi-a', revision: 1, position: 2 } });
      const firstOfStream = await tampered((sql, t) => sql.query(`DELETE FROM ${t} WHERE stream_id = 'kpi-b' AND revision = 0`));
      expect(firstOfStream.firstBreak).toMatchObject({ reason: 'revision-gap', streamId: 'kpi-b', revision: 0, position: 3 });
      // The last event of a stream leaves only a gap in the positions.
      const lastOfStream = await tampered((sql, t) => sql.query(`DELETE FROM ${t} WHERE stream_id = 'kpi-c'`));
      expect(lastOfStream).toMatchObject({ ok: false, broken: 1, firstBreak: { reason: 'position-gap', streamId: null, revision: null, position: 5 } });
    });

    it('a store created before the hash chain gets the columns and its rows hashed at start, with progress lines', async () => {
      const lines: string[] = [];
      const { store, table } = await engine.open(
        (l) => lines.push(l),
        async (sql, schema) => {
          // The table as it was before the hash chain, with rows written by the former append.
          await sql.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
          await sql.query(`CREATE TABLE "${schema}".events (
            position bigint PRIMARY KEY CHECK (position > 0), event_id uuid NOT NULL UNIQUE, stream_id text NOT NULL, category text NOT NULL,
            revision integer NOT NULL CHECK (revision >= 0), type text NOT NULL, schema_version integer NOT NULL, data jsonb NOT NULL,
            metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL, UNIQUE (stream_id, revision))`);
          const rows = Array.from({ length: 12 }, (_, i) => ({ position: i + 1, id: randomUUID(), stream: `kpi-${i % 3}`, revision: Math.floor(i / 3), data: { i, x: 1.0 } }));
          for (const r of rows) {
            await sql.query(`INSERT INTO "${schema}".events VALUES ($1, $2, $3, 'kpi', $4, 'legacy.happened', 1, $5::text::jsonb, $6::text::jsonb, now())`, [
              r.position,
              r.id,
              r.stream,
              r.revision,
              JSON.stringify(r.data),
              JSON.stringify({ correlationId: 'c', causationId: null, actor: null, recordedAt: '2026-01-01T00:00:00.000Z' }),
            ]);
          }
        },
      );
      try {
        expect(lines[0]).toMatch(/hashing 12 events stored before the hash chain/);
        expect(lines[lines.length - 1]).toMatch(/12 events hashed in \d+ ms/);
        const legacyReport = await verifyHistory(store);
        expect(legacyReport.firstBreak).toBeNull();
        expect(legacyReport).toMatchObject({ ok: true, events: 12, streams: 3 });
        await store.append('kpi-1', [newEvent()], { expectedRevision: 3 });
        const [before, after] = await store.readStream('kpi-1', { fromRevision: 3 });
        expect(after!.previousHash).toBe(before!.hash);
        expect(await verifyHistory(store)).toMatchObject({ ok: true, events: 13 });
        // Opening again: nothing left to hash, the columns are NOT NULL.
        lines.length = 0;
        await store.init();
        expect(lines).toEqual([]);
        await expect(store.sql.query(`UPDATE ${table} SET hash = NULL WHERE position = 1`)).rejects.toThrow(/null/);
      } finally {
        await store.close();
      }
    }, 60_000);
  });
}
