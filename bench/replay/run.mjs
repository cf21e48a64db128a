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
//
// Prints a table and writes bench/results.json (key "replay").
import { generateHistory, scaleFor } from './history.mjs';
import { benchSettings, load, log, machine, openBenchStore, printTable, rawRead, saveResults, TICK, timed } from '../pg-bench.mjs';

const es = await load('@capaian/eventstore', 'eventstore');
const ev = await load('@capaian/evaluation-domain', 'evaluation-domain');

const settings = benchSettings('replay');
const { target: TARGET, schema: SCHEMA, rounds: ROUNDS } = settings;
const PAGE = 1000;

async function generate(store) {
  log(`generating ~${TARGET.toLocaleString()} events into schema ${SCHEMA}: ${JSON.stringify(scaleFor(TARGET))}`);
  return generateHistory(store, TARGET, log);
}

const { client, store, total } = await openBenchStore(es, settings, { isComplete: (n) => n >= TARGET * 0.99, generate });

const raw = await timed('raw read', total, ROUNDS, (tick) => rawRead(client, SCHEMA, 'position, event_id, stream_id, revision, type, schema_version, data, metadata', PAGE, tick));
const storeRead = await timed('store read', total, ROUNDS, async (tick) => {
  let n = 0;
  for await (const _ of store.readAll()) if (++n % TICK === 0) tick(n);
  return n;
});
const rebuild = await timed('rebuild', total, ROUNDS, async (tick) => {
  const projection = ev.createEvaluationProjection();
  let n = 0;
  for await (const e of store.readAll()) {
    projection.apply(e);
    if (++n % TICK === 0) tick(n);
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

const rows = [
  ['raw read (ceiling)', raw.ms, 1],
  ['store read', storeRead.ms, raw.ms / storeRead.ms],
  ['rebuild projections', rebuild.ms, raw.ms / rebuild.ms],
];
const rate = printTable(`replay bench: ${total.toLocaleString()} events, PostgreSQL (${SCHEMA}), ${machine()}, best of ${ROUNDS}`, 'ratio to ceiling', total, rows);
log(`rebuild result: ${JSON.stringify(rebuild.result)}`);
await saveResults('replay', {
  machine: machine(),
  events: total,
  rounds: ROUNDS,
  scenarios: rows.map(([name, ms, ratio]) => ({ name, seconds: Number((ms / 1000).toFixed(3)), value: rate(ms), unit: 'events/s', ceiling: rate(raw.ms), ratio: Number(ratio.toFixed(3)) })),
  result: rebuild.result,
});
