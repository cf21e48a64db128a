#!/usr/bin/env node
// Replay bench (not a test): rebuild evaluation's projections from 1,000,000 stored events, next to
// a raw read of the same events as the ceiling. Plain ESM over the BUILT libraries:
//
//   npx nx run-many -t build -p @capaian/eventstore @capaian/evaluation-domain && node bench/replay/run.mjs
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_EVENTS (default 1000000),
// BENCH_SCHEMA (default bench_replay_<events>; generated once, reused while its event count matches;
// BENCH_REGENERATE=1 drops it), BENCH_ROUNDS (default 2: each measurement is repeated, best kept).
//
// The events are what evaluation keeps in its store (integration events, one stream per tenant,
// unit and year): a province deployment of 10 Pemda, 5 years, 40 units each with 20 monthly KPIs;
// per KPI-month a realization and its verification, 8 % of them corrected before verification; each
// scorecard approved, some revised; the organization of each tenant.
//
//   raw read   SELECT of every row (same columns, same page size as the store) - the ceiling
//   store read readAll() of the event store adapter (decoding to RecordedEvent)
//   rebuild    readAll() + fold into evaluation's projection, then score every scorecard and rank every
//              tenant-year (what the service does after POST /admin/rebuild, plus computing every answer once)
import { generateHistory, scaleFor } from './history.mjs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const load = async (name, path) => {
  try {
    return await import(name);
  } catch {
    return import(new URL(path, import.meta.url).href);
  }
};
const es = await load('@capaian/eventstore', '../../libs/eventstore/dist/index.js');
const ev = await load('@capaian/evaluation-domain', '../../libs/evaluation-domain/dist/index.js');

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGET = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_replay_${TARGET}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PAGE = 1000;
const log = (...a) => console.log(...a);

async function countEvents(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".events`).catch(() => ({ rows: [{ n: -1 }] }));
  return rows[0].n;
}

async function generate(client, store) {
  log(`generating ~${TARGET.toLocaleString()} events into schema ${SCHEMA}: ${JSON.stringify(scaleFor(TARGET))}`);
  return generateHistory(store, TARGET, log);
}

async function timed(label, total, fn) {
  let best = Infinity;
  let result;
  for (let r = 1; r <= ROUNDS; r++) {
    const t0 = performance.now();
    result = await fn((done) => {
      if (done % 200_000 === 0) log(`  ${label} round ${r}: ${done.toLocaleString()} / ${total.toLocaleString()} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    });
    const ms = performance.now() - t0;
    log(`  ${label} round ${r}: ${(ms / 1000).toFixed(2)} s`);
    best = Math.min(best, ms);
  }
  return { ms: best, result };
}

const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
if (process.env.BENCH_REGENERATE === '1') await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
const store = await es.createPostgresEventStore({ connectionString: DATABASE_URL, schema: SCHEMA });
let total = await countEvents(client);
if (total < TARGET * 0.99) {
  if (total > 0) await client.query(`TRUNCATE "${SCHEMA}".events`);
  total = await generate(client, store);
} else log(`reusing ${total.toLocaleString()} events in schema ${SCHEMA}`);

const raw = await timed('raw read', total, async (tick) => {
  let from = 0;
  let n = 0;
  for (;;) {
    const { rows } = await client.query(`SELECT position, event_id, stream_id, revision, type, schema_version, data, metadata FROM "${SCHEMA}".events WHERE position > $1 ORDER BY position LIMIT $2`, [from, PAGE]);
    for (const _ of rows) if (++n % 200_000 === 0) tick(n);
    if (rows.length < PAGE) return n;
    from = Number(rows[rows.length - 1].position);
  }
});
const storeRead = await timed('store read', total, async (tick) => {
  let n = 0;
  for await (const _ of store.readAll()) if (++n % 200_000 === 0) tick(n);
  return n;
});
const rebuild = await timed('rebuild', total, async (tick) => {
  const projection = ev.createEvaluationProjection();
  let n = 0;
  for await (const e of store.readAll()) {
    projection.apply(e);
    if (++n % 200_000 === 0) tick(n);
  }
  // The scores every query reads: every scorecard scored and every tenant-year ranked, under the default policy.
  const inputs = projection.inputs;
  let scored = 0;
  const tenantYears = new Set();
  const evaluated = new Map(); // per tenant-year: scorecardId -> evaluation
  for (const s of inputs.scorecards.values()) {
    const key = `${s.tenantId}|${s.year}`;
    if (!evaluated.has(key)) evaluated.set(key, new Map());
    evaluated.get(key).set(s.scorecardId, ev.evaluateScorecard(inputs, s.tenantId, s.scorecardId));
    tenantYears.add(`${s.tenantId}|${s.year}`);
    scored++;
  }
  // Rankings reuse the evaluations just computed (same policy) instead of scoring again.
  for (const ty of tenantYears) {
    const [tenantId, year] = ty.split('|');
    ev.rankUnits(inputs, tenantId, Number(year), undefined, evaluated.get(ty));
  }
  return { ...projection.finish(), scorecardsScored: scored, rankings: tenantYears.size };
});
await store.close();
await client.end();

const rate = (ms) => Math.round(total / (ms / 1000));
const rows = [
  ['raw read (ceiling)', raw.ms, 1],
  ['store read', storeRead.ms, raw.ms / storeRead.ms],
  ['rebuild projections', rebuild.ms, raw.ms / rebuild.ms],
];
log('');
log(`replay bench: ${total.toLocaleString()} events, PostgreSQL (${SCHEMA}), ${cpus().length} cores ${cpus()[0]?.model ?? ''}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, best of ${ROUNDS}`);
log('| scenario | seconds | events/s | ratio to ceiling |');
log('|---|---|---|---|');
for (const [name, ms, ratio] of rows) log(`| ${name} | ${(ms / 1000).toFixed(2)} | ${rate(ms).toLocaleString()} | ${ratio.toFixed(2)} |`);
log(`rebuild result: ${JSON.stringify(rebuild.result)}`);
