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
import { randomUUID, createHash } from 'node:crypto';
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

const uuid = (s) => {
  const h = createHash('sha1').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const MONTHS = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];

/** The generated history, stream by stream (each stream's events in order). */
function* history(scale) {
  const { tenants, years, units, kpis } = scale;
  let n = 0;
  const envelope = (tenantId, type, aggregateId, data, at) => ({
    eventId: uuid(`${type}|${aggregateId}|${n++}`), type, schemaVersion: type === 'measurement.realization-recorded' ? 2 : 1, occurredAt: at, tenantId, aggregateId,
    correlationId: randomUUID(), causationId: null, actor: 'bench', sourcePosition: n, data,
  });
  for (let t = 0; t < tenants; t++) {
    const tenantId = `kab-${t}`;
    const org = [envelope(tenantId, 'planning.org-changed', 'org', { change: 'unit-registered', unitId: 'pemda', name: 'Pemda', kind: 'pemda', parentId: null, mergedInto: null, movedChildIds: [], reason: null, orgRevision: 0 }, '2021-12-01T00:00:00.000Z')];
    for (let u = 0; u < units; u++) org.push(envelope(tenantId, 'planning.org-changed', 'org', { change: 'unit-registered', unitId: `opd-${u}`, name: `OPD ${u}`, kind: 'opd', parentId: 'pemda', mergedInto: null, movedChildIds: [], reason: null, orgRevision: u + 1 }, '2021-12-01T00:00:00.000Z'));
    yield [`input-${tenantId}.org`, org];
    for (let y = 0; y < years; y++) {
      const year = 2022 + y;
      for (let u = 0; u < units; u++) {
        const unitId = `opd-${u}`;
        const scorecardId = `${unitId}-${year}`;
        const stream = [];
        const plan = (version) => ({
          scorecardId, unitId, unitName: `OPD ${u}`, unitKind: 'opd', parentUnitId: 'pemda', year, theme: null, title: `Kartu Kinerja OPD ${u} ${year}`, vision: 'Visi', missions: ['Misi'], goals: ['Tujuan'],
          version, signedBy: 'Kepala OPD', revisionReason: version > 1 ? 'Perubahan APBD' : null,
          perspectives: [1, 2, 3, 4].map((p) => ({ perspectiveId: `${scorecardId}.p${p}`, code: `P${p}`, name: `Perspektif ${p}`, order: p, weight: '25' })),
          objectives: Array.from({ length: 8 }, (_, o) => ({ objectiveId: `${scorecardId}.ss-${o}`, code: `SS-${o}`, perspectiveId: `${scorecardId}.p${(o % 4) + 1}`, name: `Sasaran ${o}`, weight: null, contributesTo: null })),
          links: [],
          kpis: Array.from({ length: kpis }, (_, k) => ({
            kpiId: `${scorecardId}.iku-${k}`, code: `IKU-${k}`, objectiveId: `${scorecardId}.ss-${k % 8}`, name: `Indikator ${k}`, unitOfMeasure: '%', definition: '', dataSource: 'BPS', ownerUnitId: unitId,
            frequency: 'monthly', level: k % 3 === 0 ? 'process' : 'result', polarity: k % 5 === 0 ? 'lower_is_better' : 'higher_is_better', valueType: 'number', grades: null,
            aggregation: k % 2 === 0 ? 'average' : 'sum', weight: String(1 + (k % 4)), baseline: '70', yearlyTarget: { value: k % 2 === 0 ? '80' : '1200' },
            periodTargets: MONTHS.map((m) => ({ period: m, target: { value: k % 2 === 0 ? '80' : '100' } })), endOfTermTarget: null, thresholds: { green: '100', yellow: '75' }, cascadedFrom: null,
          })),
          initiatives: [],
        });
        stream.push(envelope(tenantId, 'planning.scorecard-approved', scorecardId, plan(1), `${year}-01-10T00:00:00.000Z`));
        if (u % 4 === 0) stream.push(envelope(tenantId, 'planning.scorecard-approved', scorecardId, plan(2), `${year}-07-10T00:00:00.000Z`));
        for (let m = 0; m < 12; m++) {
          for (let k = 0; k < kpis; k++) {
            const kpiId = `${scorecardId}.iku-${k}`;
            const period = MONTHS[m];
            const at = `${year}-${String(m + 1).padStart(2, '0')}-28T03:00:00.000Z`;
            const value = (k % 2 === 0 ? 60 + ((u * 7 + k * 13 + m * 3) % 40) : 70 + ((u + k + m) % 50)).toString() + '.' + ((k + m) % 10);
            const base = { realizationId: uuid(`${kpiId}|${period}`), kpiId, unitId, year, period };
            stream.push(envelope(tenantId, 'measurement.realization-recorded', `${kpiId}.${year}.${period}`, { ...base, value, valueType: 'number', valueRevision: 1, evidence: [], note: null, submittedAt: at, deadline: at, late: false, afterLock: false }, at));
            let revision = 1;
            if ((u * 31 + k * 17 + m) % 100 < 8) {
              revision = 2;
              stream.push(envelope(tenantId, 'measurement.realization-corrected', `${kpiId}.${year}.${period}`, { ...base, value: (Number(value) + 1).toFixed(1), valueType: 'number', valueRevision: 2, evidence: [], note: null, submittedAt: at, deadline: at, late: false, afterLock: false, reason: 'Koreksi rekap', supersedesRevision: 1, previousValue: value }, at));
            }
            stream.push(envelope(tenantId, 'measurement.realization-verified', `${kpiId}.${year}.${period}`, { ...base, verifiedValueRevision: revision, value }, at));
          }
        }
        yield [`input-${tenantId}.${unitId}.${year}`, stream];
      }
    }
  }
}

function scaleFor(target) {
  // ~2.08 events per KPI-month (record + verify + 8 % corrections), plus plans and org.
  const base = { tenants: 10, years: 5, units: 40, kpis: 20 };
  const perUnitYear = base.kpis * 12 * 2.08 + 1.25;
  const units = Math.max(1, Math.round(target / (base.tenants * base.years * perUnitYear)));
  return { ...base, units };
}

async function countEvents(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".events`).catch(() => ({ rows: [{ n: -1 }] }));
  return rows[0].n;
}

async function generate(client, store) {
  const scale = scaleFor(TARGET);
  log(`generating ~${TARGET.toLocaleString()} events into schema ${SCHEMA}: ${JSON.stringify(scale)}`);
  const t0 = performance.now();
  let written = 0;
  let lastPrint = t0;
  for (const [streamId, events] of history(scale)) {
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500).map((e) => ({ id: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e, metadata: { correlationId: e.correlationId, causationId: e.eventId, actor: 'bench', tenantId: e.tenantId } }));
      await store.append(streamId, chunk, { expectedRevision: i === 0 ? 'no_stream' : i - 1 });
      written += chunk.length;
    }
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
