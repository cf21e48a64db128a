// The generated province history of the replay benches: what evaluation keeps in its store
// (integration events, one stream per tenant, unit and year). Used by bench/replay (1M events on
// PostgreSQL) and bench/console (extra tenants beside the demo Pemda in embedded mode).
import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export const uuid = (s) => {
  const h = createHash('sha1').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
export const MONTHS = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];

/** The generated history, stream by stream (each stream's events in order). */
export function* history(scale) {
  const { tenants, years, units, kpis } = scale;
  let n = 0;
  const envelope = (tenantId, type, aggregateId, data, at) => ({
    eventId: uuid(`${type}|${aggregateId}|${n++}`),
    type,
    schemaVersion: type === 'measurement.realization-recorded' ? 2 : 1,
    occurredAt: at,
    tenantId,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: 'bench',
    sourcePosition: n,
    data,
  });
  for (let t = 0; t < tenants; t++) {
    const tenantId = `kab-${t}`;
    const org = [
      envelope(
        tenantId,
        'planning.org-changed',
        'org',
        { change: 'unit-registered', unitId: 'pemda', name: 'Pemda', kind: 'pemda', parentId: null, mergedInto: null, movedChildIds: [], reason: null, orgRevision: 0 },
        '2021-12-01T00:00:00.000Z',
      ),
    ];
    for (let u = 0; u < units; u++)
      org.push(
        envelope(
          tenantId,
          'planning.org-changed',
          'org',
          { change: 'unit-registered', unitId: `opd-${u}`, name: `OPD ${u}`, kind: 'opd', parentId: 'pemda', mergedInto: null, movedChildIds: [], reason: null, orgRevision: u + 1 },
          '2021-12-01T00:00:00.000Z',
        ),
      );
    yield [`input-${tenantId}.org`, org];
    for (let y = 0; y < years; y++) {
      const year = 2022 + y;
      for (let u = 0; u < units; u++) {
        const unitId = `opd-${u}`;
        const scorecardId = `${unitId}-${year}`;
        const stream = [];
        const plan = (version) => ({
          scorecardId,
          unitId,
          unitName: `OPD ${u}`,
          unitKind: 'opd',
          parentUnitId: 'pemda',
          year,
          theme: null,
          title: `Kartu Kinerja OPD ${u} ${year}`,
          vision: 'Visi',
          missions: ['Misi'],
          goals: ['Tujuan'],
          version,
          signedBy: 'Kepala OPD',
          revisionReason: version > 1 ? 'Perubahan APBD' : null,
          perspectives: [1, 2, 3, 4].map((p) => ({ perspectiveId: `${scorecardId}.p${p}`, code: `P${p}`, name: `Perspektif ${p}`, order: p, weight: '25' })),
          objectives: Array.from({ length: 8 }, (_, o) => ({
            objectiveId: `${scorecardId}.ss-${o}`,
            code: `SS-${o}`,
            perspectiveId: `${scorecardId}.p${(o % 4) + 1}`,
            name: `Sasaran ${o}`,
            weight: null,
            contributesTo: null,
          })),
          links: [],
          kpis: Array.from({ length: kpis }, (_, k) => ({
            kpiId: `${scorecardId}.iku-${k}`,
            code: `IKU-${k}`,
            objectiveId: `${scorecardId}.ss-${k % 8}`,
            name: `Indikator ${k}`,
            unitOfMeasure: '%',
            definition: '',
            dataSource: 'BPS',
            ownerUnitId: unitId,
            frequency: 'monthly',
            level: k % 3 === 0 ? 'process' : 'result',
            polarity: k % 5 === 0 ? 'lower_is_better' : 'higher_is_better',
            valueType: 'number',
            grades: null,
            aggregation: k % 2 === 0 ? 'average' : 'sum',
            weight: String(1 + (k % 4)),
            baseline: '70',
            yearlyTarget: { value: k % 2 === 0 ? '80' : '1200' },
            periodTargets: MONTHS.map((m) => ({ period: m, target: { value: k % 2 === 0 ? '80' : '100' } })),
            endOfTermTarget: null,
            thresholds: { green: '100', yellow: '75' },
            cascadedFrom: null,
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
            const recorded = { ...base, value, valueType: 'number', valueRevision: 1, evidence: [], note: null, submittedAt: at, deadline: at, late: false, afterLock: false };
            stream.push(envelope(tenantId, 'measurement.realization-recorded', `${kpiId}.${year}.${period}`, recorded, at));
            let revision = 1;
            if ((u * 31 + k * 17 + m) % 100 < 8) {
              revision = 2;
              stream.push(
                envelope(
                  tenantId,
                  'measurement.realization-corrected',
                  `${kpiId}.${year}.${period}`,
                  {
                    ...recorded,
                    value: (Number(value) + 1).toFixed(1),
                    valueRevision: 2,
                    reason: 'Koreksi rekap',
                    supersedesRevision: 1,
                    previousValue: value,
                  },
                  at,
                ),
              );
            }
            stream.push(envelope(tenantId, 'measurement.realization-verified', `${kpiId}.${year}.${period}`, { ...base, verifiedValueRevision: revision, value }, at));
          }
        }
        yield [`input-${tenantId}.${unitId}.${year}`, stream];
      }
    }
  }
}

export function scaleFor(target) {
  // ~2.08 events per KPI-month (record + verify + 8 % corrections), plus plans and org.
  const base = { tenants: 10, years: 5, units: 40, kpis: 20 };
  const perUnitYear = base.kpis * 12 * 2.08 + 1.25;
  const units = Math.max(1, Math.round(target / (base.tenants * base.years * perUnitYear)));
  return { ...base, units };
}

/** Appends about `target` events of that history to `store` (500 per append), with a progress line every 5 s. */
export async function generateHistory(store, target, log = console.log) {
  const scale = scaleFor(target);
  const t0 = performance.now();
  let written = 0;
  let lastPrint = t0;
  for (const [streamId, events] of history(scale)) {
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500).map((e) => ({
        id: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e,
        metadata: { correlationId: e.correlationId, causationId: e.eventId, actor: 'bench', tenantId: e.tenantId },
      }));
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
