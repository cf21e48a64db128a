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
import { performance } from 'node:perf_hooks';
import { benchSettings, load, log, machine, openBenchStore, printTable, rawRead, saveResults, TICK, timed } from '../pg-bench.mjs';

const es = await load('@capaian/eventstore', 'eventstore');
const settings = benchSettings('history');
const { databaseUrl: DATABASE_URL, target: TARGET, schema: SCHEMA, rounds: ROUNDS } = settings;
const PAGE = 500;
const STREAM_EVENTS = 500;

function event(stream, i) {
  return {
    id: randomUUID(),
    type: i === 0 ? 'planning.scorecard-approved' : 'measurement.realization-recorded',
    schemaVersion: i === 0 ? 1 : 2,
    data: {
      kpiId: `${stream}.iku-${i % 20}`,
      unitId: `opd-${i % 40}`,
      year: 2026,
      period: `M${String((i % 12) + 1).padStart(2, '0')}`,
      value: (((i * 37) % 10000) / 100).toFixed(2),
      valueType: 'number',
      valueRevision: 1,
      evidence: [],
      note: null,
      late: false,
      afterLock: false,
    },
    metadata: { correlationId: randomUUID(), causationId: null, actor: 'user:bench', tenantId: 'kab-bench' },
  };
}

async function generate(store) {
  log(`generating ${TARGET.toLocaleString()} events into schema ${SCHEMA} (${Math.ceil(TARGET / STREAM_EVENTS)} streams of ${STREAM_EVENTS}, appends of 500)`);
  const t0 = performance.now();
  let written = 0;
  let lastPrint = t0;
  for (let s = 0; written < TARGET; s++) {
    const stream = `input-kab-bench.opd-${s}.2026`;
    const n = Math.min(STREAM_EVENTS, TARGET - written);
    await store.append(
      stream,
      Array.from({ length: n }, (_, i) => event(stream, i)),
      { expectedRevision: 'no_stream' },
    );
    written += n;
    if (performance.now() - lastPrint > 5000) {
      lastPrint = performance.now();
      log(`  generated ${written.toLocaleString()} events (${Math.round(written / ((lastPrint - t0) / 1000)).toLocaleString()}/s)`);
    }
  }
  log(`  generated ${written.toLocaleString()} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return written;
}

let { client, store, total } = await openBenchStore(es, settings, { isComplete: (n) => n === TARGET, generate });

const raw = await timed('raw read', total, ROUNDS, (tick) => rawRead(client, SCHEMA, 'position, event_id, stream_id, revision, type, schema_version, data, metadata, hash, prev_hash', PAGE, tick));
const storeRead = await timed('store read', total, ROUNDS, async (tick) => {
  let n = 0;
  for await (const _ of store.readAll({ upcast: false })) if (++n % TICK === 0) tick(n);
  return n;
});
const verify = await timed('verify', total, ROUNDS, (tick) => es.verifyHistory(store, { progressEvery: TICK, onProgress: (p) => p.events < total && tick(p.events) }));
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
const { rows: pgSettings } = await client.query(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb`);
await client.end();

const table = [
  ['raw read (ceiling)', raw.ms, 1],
  ['store read (readAll, upcast: false)', storeRead.ms, storeRead.ms / raw.ms],
  ['verifyHistory', verify.ms, verify.ms / raw.ms],
  ...(backfill ? [['start on a pre-chain store (hash every event)', backfill.ms, backfill.ms / raw.ms]] : []),
];
const host = `${machine()}, PostgreSQL ${pgSettings[0].v} (shared_buffers ${pgSettings[0].sb})`;
const rate = printTable(`history bench: ${total.toLocaleString()} events, schema ${SCHEMA}, ${host}, best of ${ROUNDS}`, 'time / raw read', total, table);

await saveResults('history', {
  machine: host,
  events: total,
  rounds: ROUNDS,
  scenarios: table.map(([name, ms, ratio]) => ({ name, seconds: Number((ms / 1000).toFixed(3)), eventsPerSecond: rate(ms), ratioToRawRead: Number(ratio.toFixed(3)) })),
  report: verify.result,
});
