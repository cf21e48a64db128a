#!/usr/bin/env node
// Event store throughput bench (not a test). Plain ESM JavaScript over the BUILT library:
//
//   npx nx build @capaian/eventstore && node bench/eventstore/run.mjs
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), EVENTSTORE_URL (optional: adds
// the EventStoreDB adapter), BENCH_ADAPTERS (default "postgres,pglite,pglite-memory[,eventstoredb]"),
// BENCH_SINGLE (2000), BENCH_BATCH_EVENTS (20000), BENCH_BATCH_SIZE (100), BENCH_WRITERS (8),
// BENCH_PGLITE_DIR (folder of the "pglite" adapter; default a temp folder on disk). "pglite-memory" is
// PGlite with dataDir memory://. BENCH_EVENTSTORE_DIST: the dist folder of another build of the library
// (before/after comparisons; default the workspace's).
//
// For every adapter it measures, against a ceiling measured in the same run on the same engine:
//   single     N single-event appends, one writer, 10 streams round-robin, exact expectedRevision
//              ceiling: single-row INSERT (autocommit) of the same columns/JSON into a plain table
//   single xW  the same with W concurrent writers (each on its own streams)
//              ceiling: W concurrent single-row INSERTs
//   batch      N events in appends of B events, exact expectedRevision
//              ceiling: multi-row INSERT of B rows per statement
//   read-all   readAll() over everything the adapter wrote
//              ceiling: one raw SELECT of the same rows from the plain table
//
// Prints a table and writes bench/results.json (key "eventstore": each figure with its ceiling and ratio).
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

let lib;
if (process.env.BENCH_EVENTSTORE_DIST) {
  // Another build of the library (e.g. an earlier version, for a before/after comparison).
  lib = await import(new URL(`file://${process.env.BENCH_EVENTSTORE_DIST.replace(/\/$/, '')}/index.js`).href);
} else {
  try {
    lib = await import('@capaian/eventstore');
  } catch {
    // Workspace symlink missing (npm install not run yet): use the build output directly.
    lib = await import(new URL('../../libs/eventstore/dist/index.js', import.meta.url).href);
  }
}
const { createPostgresEventStore, createPgliteEventStore, createEventStoreDbStore, categoryOf } = lib;

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const EVENTSTORE_URL = process.env.EVENTSTORE_URL;
const SINGLE = Number(process.env.BENCH_SINGLE ?? 2000);
const BATCH_EVENTS = Number(process.env.BENCH_BATCH_EVENTS ?? 20000);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 100);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const ADAPTERS = (process.env.BENCH_ADAPTERS ?? `postgres,pglite,pglite-memory${EVENTSTORE_URL ? ',eventstoredb' : ''}`).split(',').map((s) => s.trim());
const RUN = randomUUID().replace(/-/g, '').slice(0, 8);

const results = [];
const log = (...a) => console.log(...a);

function event(i) {
  return {
    id: randomUUID(),
    type: 'measurement.realization-recorded',
    schemaVersion: 1,
    data: { kpiId: `kpi-${i % 97}`, period: '2025-Q3', value: Math.round(Math.random() * 10000) / 100, unit: '%', note: 'bench event with a realistic small payload' },
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: 'user:bench', tenant: 'kab-bench' },
  };
}

function progress(label, done, total) {
  const step = Math.max(1, Math.floor(total / 4));
  if (done % step === 0 || done === total) log(`  ... ${label}: ${done}/${total}`);
}

async function timed(fn) {
  const t0 = performance.now();
  const count = await fn();
  return { count, seconds: (performance.now() - t0) / 1000 };
}

function record(scenario, adapter, run, ceiling) {
  const rate = run.count / run.seconds;
  const ceilingRate = ceiling ? ceiling.count / ceiling.seconds : undefined;
  results.push({ scenario, adapter, events: run.count, seconds: run.seconds, rate, ceilingRate });
  log(
    `  ${scenario.padEnd(10)} ${adapter.padEnd(12)} ${run.count} events in ${run.seconds.toFixed(2)} s = ${Math.round(rate)}/s` +
      (ceilingRate ? ` (ceiling ${Math.round(ceilingRate)}/s, ratio ${(rate / ceilingRate).toFixed(2)})` : ''),
  );
}

// ---------------------------------------------------------------- adapter scenarios

async function appendSingles(store, label, n, writers) {
  const prefix = `benchs${RUN}${label.replace(/\W/g, '')}`;
  let done = 0;
  const perWriter = Math.ceil(n / writers);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const revisions = new Map();
      for (let i = 0; i < perWriter && w * perWriter + i < n; i++) {
        const stream = `${prefix}-${w}.${i % 10}`;
        const expected = revisions.has(stream) ? revisions.get(stream) : 'no_stream';
        const r = await store.append(stream, [event(i)], { expectedRevision: expected });
        revisions.set(stream, r.nextExpectedRevision);
        progress(`${label} appends`, ++done, n);
      }
    }),
  );
  return done;
}

async function appendBatches(store, label, n, size) {
  const prefix = `benchb${RUN}`;
  let done = 0;
  const revisions = new Map();
  for (let b = 0; done < n; b++) {
    const stream = `${prefix}-${b % 20}`;
    const expected = revisions.has(stream) ? revisions.get(stream) : 'no_stream';
    const batch = Array.from({ length: Math.min(size, n - done) }, (_, i) => event(done + i));
    const r = await store.append(stream, batch, { expectedRevision: expected });
    revisions.set(stream, r.nextExpectedRevision);
    done += batch.length;
    if (b % Math.max(1, Math.floor(n / size / 4)) === 0) log(`  ... ${label} batches: ${done}/${n}`);
  }
  return done;
}

async function readAllOwn(store, label) {
  let count = 0;
  for await (const e of store.readAll({ fromPosition: 0 })) {
    if (!e.streamId.includes(RUN)) continue;
    count++;
    if (count % 5000 === 0) log(`  ... ${label} readAll: ${count}`);
  }
  return count;
}

// ---------------------------------------------------------------- raw ceilings (same engine, plain table)

const RAW_COLUMNS = 'event_id, stream_id, category, revision, type, schema_version, data, metadata';
const rawTableSql = (table) => `CREATE TABLE ${table} (
  position bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE, stream_id text NOT NULL, category text NOT NULL,
  revision integer NOT NULL, type text NOT NULL, schema_version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(), UNIQUE (stream_id, revision));
  CREATE INDEX ON ${table} (category, position)`;

function rowParams(stream, revision, e) {
  return [e.id, stream, categoryOf(stream), revision, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify({ ...e.metadata, recordedAt: new Date().toISOString() })];
}

function valuesList(rows) {
  return rows.map((_, r) => `(${Array.from({ length: 8 }, (_, c) => `$${r * 8 + c + 1}${c >= 6 ? '::text::jsonb' : ''}`).join(', ')})`).join(', ');
}

/** `query(text, params)` of a raw connection; `concurrentQuery` gives one per concurrent writer. */
async function ceilingSingles(queries, table, n, label) {
  let done = 0;
  const perWriter = Math.ceil(n / queries.length);
  const sql = `INSERT INTO ${table} (${RAW_COLUMNS}) VALUES ${valuesList([0])}`;
  await Promise.all(
    queries.map(async (query, w) => {
      for (let i = 0; i < perWriter && w * perWriter + i < n; i++) {
        await query(sql, rowParams(`${label}${RUN}-${w}.${i % 10}`, Math.floor(i / 10), event(i)));
        progress(`ceiling ${label}`, ++done, n);
      }
    }),
  );
  return done;
}

async function ceilingBatches(query, table, n, size) {
  let done = 0;
  for (let b = 0; done < n; b++) {
    const count = Math.min(size, n - done);
    const stream = `rawb${RUN}-${b % 20}`;
    const base = Math.floor(b / 20) * size;
    const rows = Array.from({ length: count }, (_, i) => rowParams(stream, base + i, event(done + i)));
    await query(`INSERT INTO ${table} (${RAW_COLUMNS}) VALUES ${valuesList(rows)}`, rows.flat());
    done += count;
  }
  return done;
}

async function ceilingRead(query, table) {
  const { rows } = await query(`SELECT position, ${RAW_COLUMNS} FROM ${table} ORDER BY position`);
  return rows.length;
}

// ---------------------------------------------------------------- per adapter

async function benchSql(kind) {
  let store;
  let cleanup = async () => {};
  const rawClients = [];
  let rawQuery;
  let rawQueries;
  const table = `bench_raw_${RUN}`;
  if (kind === 'postgres') {
    const schema = `bench_es_${RUN}`;
    store = await createPostgresEventStore({ connectionString: DATABASE_URL, schema, poolSize: Math.max(10, WRITERS + 2) });
    for (let i = 0; i < WRITERS; i++) {
      const c = new pg.Client({ connectionString: DATABASE_URL });
      await c.connect();
      rawClients.push(c);
    }
    rawQuery = (text, params) => rawClients[0].query(text, params);
    rawQueries = rawClients.map((c) => (text, params) => c.query(text, params));
    cleanup = async () => {
      await rawQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await rawQuery(`DROP TABLE IF EXISTS ${table}`);
      await Promise.all(rawClients.map((c) => c.end()));
    };
  } else {
    const dir = kind === 'pglite-memory' ? 'memory://' : (process.env.BENCH_PGLITE_DIR ?? (await mkdtemp(join(tmpdir(), 'capaian-bench-'))));
    store = await createPgliteEventStore({ dataDir: dir === 'memory://' ? dir : join(dir, 'db') });
    // PGlite is one connection: the raw ceiling uses the same instance directly (store.sql.db).
    const db = store.sql.db;
    rawQuery = (text, params) => db.query(text, params);
    rawQueries = Array.from({ length: WRITERS }, () => rawQuery);
    cleanup = async () => {
      if (dir !== 'memory://') await rm(dir, { recursive: true, force: true });
    };
  }
  try {
    for (const statement of rawTableSql(table).split(';')) await rawQuery(statement);
    // Warm-up (JIT, connections, catalog caches); not measured.
    await appendSingles(store, `${kind}-warmup`, 50, 1);
    await ceilingSingles([rawQuery], table, 50, 'warm');

    const single = await timed(() => appendSingles(store, `${kind} single`, SINGLE, 1));
    const singleCeiling = await timed(() => ceilingSingles([rawQuery], table, SINGLE, 'raws'));
    record('single', kind, single, singleCeiling);

    const concurrent = await timed(() => appendSingles(store, `${kind} single x${WRITERS}`, SINGLE, WRITERS));
    const concurrentCeiling = await timed(() => ceilingSingles(rawQueries, table, SINGLE, 'rawc'));
    record(`single x${WRITERS}`, kind, concurrent, concurrentCeiling);

    const batch = await timed(() => appendBatches(store, `${kind} batch`, BATCH_EVENTS, BATCH_SIZE));
    const batchCeiling = await timed(() => ceilingBatches(rawQuery, table, BATCH_EVENTS, BATCH_SIZE));
    record(`batch ${BATCH_SIZE}`, kind, batch, batchCeiling);

    const read = await timed(() => readAllOwn(store, kind));
    const readCeiling = await timed(() => ceilingRead(rawQuery, table));
    record('read-all', kind, read, readCeiling);
  } finally {
    await cleanup().catch((e) => console.error('cleanup failed', e));
    await store.close();
  }
}

async function benchEsdb() {
  const store = await createEventStoreDbStore({ connectionString: EVENTSTORE_URL });
  try {
    await appendSingles(store, 'esdb-warmup', 50, 1);
    record('single', 'eventstoredb', await timed(() => appendSingles(store, 'esdb single', SINGLE, 1)));
    record(`single x${WRITERS}`, 'eventstoredb', await timed(() => appendSingles(store, `esdb single x${WRITERS}`, SINGLE, WRITERS)));
    record(`batch ${BATCH_SIZE}`, 'eventstoredb', await timed(() => appendBatches(store, 'esdb batch', BATCH_EVENTS, BATCH_SIZE)));
    record('read-all', 'eventstoredb', await timed(() => readAllOwn(store, 'esdb')));
  } finally {
    await store.close();
  }
}

log(`Event store bench: node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM`);
log(`single N=${SINGLE}, batch N=${BATCH_EVENTS} in appends of ${BATCH_SIZE}, concurrent writers=${WRITERS}, adapters=${ADAPTERS.join(',')}`);
if (ADAPTERS.includes('postgres')) {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  const settings = await c.query(`SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('fsync') AS f, current_setting('shared_buffers') AS sb`);
  await c.end();
  const s = settings.rows[0];
  log(`PostgreSQL ${s.v} (${DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}): synchronous_commit=${s.sc}, fsync=${s.f}, shared_buffers=${s.sb}`);
}
for (const adapter of ADAPTERS) {
  log(`\n== ${adapter}`);
  if (adapter === 'eventstoredb') {
    if (!EVENTSTORE_URL) log('  skipped: EVENTSTORE_URL is not set');
    else await benchEsdb();
  } else if (adapter === 'postgres' || adapter === 'pglite' || adapter === 'pglite-memory') {
    await benchSql(adapter);
  } else {
    log(`  unknown adapter ${adapter}`);
  }
}

log('\n| scenario | adapter | events | seconds | events/s | ceiling events/s | ratio |');
log('|---|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  log(
    `| ${r.scenario} | ${r.adapter} | ${r.events} | ${r.seconds.toFixed(2)} | ${Math.round(r.rate)} | ${r.ceilingRate ? Math.round(r.ceilingRate) : 'n/a'} | ${r.ceilingRate ? (r.rate / r.ceilingRate).toFixed(2) : 'n/a'} |`,
  );
}

// The figures, next to their ceilings, in bench/results.json (key "eventstore"), as the other benches do.
const resultsFile = new URL('../results.json', import.meta.url);
const stored = JSON.parse(await readFile(resultsFile, 'utf8').catch(() => '{}'));
stored.eventstore = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, node ${process.version}`,
  settings: { single: SINGLE, batchEvents: BATCH_EVENTS, batchSize: BATCH_SIZE, writers: WRITERS, adapters: ADAPTERS },
  scenarios: results.map((r) => ({
    name: r.scenario,
    adapter: r.adapter,
    events: r.events,
    value: Math.round(r.rate),
    unit: 'events/s',
    ceiling: r.ceilingRate ? Math.round(r.ceilingRate) : null,
    ratio: r.ceilingRate ? Number((r.rate / r.ceilingRate).toFixed(3)) : null,
  })),
};
await writeFile(resultsFile, `${JSON.stringify(stored, null, 2)}\n`);
log('\nwritten: bench/results.json (key "eventstore")');
