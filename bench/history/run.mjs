#!/usr/bin/env node
// History verification bench (not a test): verifyHistory() over 1,000,000 stored events, next to a raw
// read of the same rows measured in the same run. Plain ESM over the BUILT library:
//
//   npx nx build @capaian/eventstore && node bench/history/run.mjs
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_EVENTS (default 1000000),
// BENCH_SCHEMA (default bench_history_<events>; generated once, reused while its event count matches;
// BENCH_REGENERATE=1 drops it), BENCH_ROUNDS (default 2: each measurement repeated, best kept),
// BENCH_BACKFILL=1 also measures the start on a store created before the hash chain (drops the hash
// columns, reopens: every event is hashed at start).
//
//   raw read    paged `SELECT ... ORDER BY position` of every row and column (pg driver, 500 per page) - the ceiling
//   store read  readAll({ upcast: false }) of the PostgreSQL adapter (decoding to RecordedEvent)
//   verify      verifyHistory(store): store read + canonical JSON + sha256 + link checks per event
// Prints a table and writes bench/results.json (key "history").
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

let es;
try {
  es = await import('@capaian/eventstore');
} catch {
  es = await import(new URL('../../libs/eventstore/dist/index.js', import.meta.url).href);
}

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGET = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_history_${TARGET}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PAGE = 500;
const STREAM_EVENTS = 500;
const log = (...a) => console.log(...a);

function event(stream, i) {
  return {
    id: randomUUID(),
    type: i === 0 ? 'planning.scorecard-approved' : 'measurement.realization-recorded',
    schemaVersion: i === 0 ? 1 : 2,
    data: { kpiId: `${stream}.iku-${i % 20}`, unitId: `opd-${i % 40}`, year: 2026, period: `M${String((i % 12) + 1).padStart(2, '0')}`, value: ((i * 37) % 10000 / 100).toFixed(2), valueType: 'number', valueRevision: 1, evidence: [], note: null, late: false, afterLock: false },
    metadata: { correlationId: randomUUID(), causationId: null, actor: 'user:bench', tenantId: 'kab-bench' },
  };
}

async function countEvents(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".events`).catch(() => ({ rows: [{ n: -1 }] }));
  return rows[0].n;
}

async function generate(store) {
  log(`generating ${TARGET.toLocaleString()} events into schema ${SCHEMA} (${Math.ceil(TARGET / STREAM_EVENTS)} streams of ${STREAM_EVENTS}, appends of 500)`);
  const t0 = performance.now();
  let written = 0;
  let lastPrint = t0;
  for (let s = 0; written < TARGET; s++) {
    const stream = `input-kab-bench.opd-${s}.2026`;
    const n = Math.min(STREAM_EVENTS, TARGET - written);
    await store.append(stream, Array.from({ length: n }, (_, i) => event(stream, i)), { expectedRevision: 'no_stream' });
    written += n;
    if (performance.now() - lastPrint > 5000) {
      lastPrint = performance.now();
      log(`  generated ${written.toLocaleString()} events (${Math.round(written / ((lastPrint - t0) / 1000)).toLocaleString()}/s)`);
    }
  }
  log(`  generated ${written.toLocaleString()} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return written;
}

async function timed(label, total, fn) {
  let best = Infinity;
  let result;
  for (let r = 1; r <= ROUNDS; r++) {
    const t0 = performance.now();
    result = await fn((done) => log(`  ${label} round ${r}: ${done.toLocaleString()} / ${total.toLocaleString()} (${((performance.now() - t0) / 1000).toFixed(1)} s)`));
    const ms = performance.now() - t0;
    log(`  ${label} round ${r}: ${(ms / 1000).toFixed(2)} s`);
    best = Math.min(best, ms);
  }
  return { ms: best, result };
}

const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
if (process.env.BENCH_REGENERATE === '1') await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
let store = await es.createPostgresEventStore({ connectionString: DATABASE_URL, schema: SCHEMA });
let total = await countEvents(client);
if (total !== TARGET) {
  if (total > 0) await client.query(`TRUNCATE "${SCHEMA}".events`);
  total = await generate(store);
} else log(`reusing ${total.toLocaleString()} events in schema ${SCHEMA}`);

const raw = await timed('raw read', total, async (tick) => {
  let from = 0;
  let n = 0;
  for (;;) {
    const { rows } = await client.query(
      `SELECT position, event_id, stream_id, revision, type, schema_version, data, metadata, hash, prev_hash FROM "${SCHEMA}".events WHERE position > $1 ORDER BY position LIMIT $2`,
      [from, PAGE],
    );
    n += rows.length;
    if (n % 200_000 < PAGE && rows.length === PAGE) tick(n);
    if (rows.length < PAGE) return n;
    from = Number(rows[rows.length - 1].position);
  }
});
const storeRead = await timed('store read', total, async (tick) => {
  let n = 0;
  for await (const _ of store.readAll({ upcast: false })) if (++n % 200_000 === 0) tick(n);
  return n;
});
const verify = await timed('verify', total, (tick) => es.verifyHistory(store, { progressEvery: 200_000, onProgress: (p) => p.events < total && tick(p.events) }));
if (!verify.result.ok) throw new Error(`the bench store does not verify: ${JSON.stringify(verify.result.firstBreak)}`);

let backfill;
if (process.env.BENCH_BACKFILL === '1') {
  await store.close();
  await client.query(`ALTER TABLE "${SCHEMA}".events DROP COLUMN hash, DROP COLUMN prev_hash`);
  const t0 = performance.now();
  store = await es.createPostgresEventStore({ connectionString: DATABASE_URL, schema: SCHEMA });
  backfill = { ms: performance.now() - t0 };
  log(`  backfill at start: ${(backfill.ms / 1000).toFixed(2)} s`);
  const again = await es.verifyHistory(store);
  if (!again.ok) throw new Error(`the backfilled store does not verify: ${JSON.stringify(again.firstBreak)}`);
}
await store.close();
const { rows: settings } = await client.query(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb`);
await client.end();

const rate = (ms) => Math.round(total / (ms / 1000));
const table = [
  ['raw read (ceiling)', raw.ms, 1],
  ['store read (readAll, upcast: false)', storeRead.ms, storeRead.ms / raw.ms],
  ['verifyHistory', verify.ms, verify.ms / raw.ms],
  ...(backfill ? [['start on a pre-chain store (hash every event)', backfill.ms, backfill.ms / raw.ms]] : []),
];
const machine = `${cpus().length} cores ${cpus()[0]?.model ?? ''}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${settings[0].v} (shared_buffers ${settings[0].sb})`;
log('');
log(`history bench: ${total.toLocaleString()} events, schema ${SCHEMA}, ${machine}, best of ${ROUNDS}`);
log('| scenario | seconds | events/s | time / raw read |');
log('|---|---:|---:|---:|');
for (const [name, ms, ratio] of table) log(`| ${name} | ${(ms / 1000).toFixed(2)} | ${rate(ms).toLocaleString()} | ${ratio.toFixed(2)} |`);

const file = new URL('../results.json', import.meta.url);
const existing = await readFile(file, 'utf8').then(JSON.parse).catch(() => ({}));
existing.history = {
  date: new Date().toISOString(), machine, events: total, rounds: ROUNDS,
  scenarios: table.map(([name, ms, ratio]) => ({ name, seconds: Number((ms / 1000).toFixed(3)), eventsPerSecond: rate(ms), ratioToRawRead: Number(ratio.toFixed(3)) })),
  report: verify.result,
};
await writeFile(file, `${JSON.stringify(existing, null, 2)}\n`);
log(`written to bench/results.json (key "history")`);
