import {
  exampleApprovedKpi,
  exampleMeasurementEventData,
  exampleRealizationCorrected,
  exampleRealizationRecorded,
  exampleScorecardApproved,
  type AnyIntegrationEvent,
  type IntegrationEventDataMap,
  type IntegrationEventType,
} from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { createEvaluationProjection, DEFAULT_SCORING_POLICY_V0, evaluateKpi, evaluateScorecard, type EvaluationProjection } from '@capaian/evaluation-domain';
import type { ScoringPolicy } from '@capaian/scoring';
import { INPUT_STREAM_CATEGORY, inputStreamFor } from '../../scores/achievement-view.js';
import { testEvent, testMessage, useEvaluationApi, waitUntil } from '../../evaluation-api.test-helpers.js';
import { kpiAchievementView } from './kpi-achievement.js';

const kpi = exampleScorecardApproved({
  unitId: 'opd-dpmptsp',
  kpis: [
    exampleApprovedKpi({
      kpiId: 'waktu-2026',
      ownerUnitId: 'opd-dpmptsp',
      code: 'IKU-02',
      name: 'Waktu layanan',
      unitOfMeasure: 'hari',
      polarity: 'lower_is_better',
      frequency: 'yearly',
      aggregation: 'average',
      yearlyTarget: { value: '5' },
      periodTargets: [],
    }),
  ],
});
const realization = exampleRealizationRecorded({ realizationId: 'r1', kpiId: 'waktu-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Y', value: '6', note: null });

const envelope = <K extends IntegrationEventType>(type: K, eventId: string, data: IntegrationEventDataMap[K]) =>
  testEvent(type, data, { eventId, occurredAt: '2026-03-01T00:00:00.000Z', aggregateId: 'waktu-2026', sourcePosition: 1 });
const message = <K extends IntegrationEventType>(topic: string, type: K, eventId: string, data: IntegrationEventDataMap[K]) =>
  testMessage(topic, envelope(type, eventId, data), 'kab-contoh.waktu-2026');

describe('GET /achievements/:kpiId (evaluation API, real PGlite store, in-process bus)', () => {
  const api = useEvaluationApi();

  async function waitForPeriods(n: number) {
    await waitUntil('the achievement', async () => ((await api.get('/achievements/waktu-2026')).body?.periods?.length ?? 0) >= n, 5000);
    return (await api.get('/achievements/waktu-2026').expect(200)).body;
  }

  it('404 before the KPI arrives, then the achievement from both topics (lower is better: 5 / 6 = 83.33 %) under the policy in force', async () => {
    await api.get('/achievements/waktu-2026').expect(404);
    await api.http.get('/achievements/waktu-2026').expect(401);
    await api.bus.publish([message(api.svc.infra.topics.planning, 'planning.scorecard-approved', '0b7c7d30-0000-4000-8000-000000000001', kpi)]);
    await api.bus.publish([message(api.svc.infra.topics.measurement, 'measurement.realization-recorded', '0b7c7d30-0000-4000-8000-000000000002', realization)]);
    const view = await waitForPeriods(1);
    expect(view).toMatchObject({ kpiId: 'waktu-2026', yearlyTarget: '5', polarity: 'lower_is_better', policyId: 'permendagri-86-2017', policy: { policyId: 'permendagri-86-2017', version: 0 } });
    const percent = '83.33333333333333333333333333333333';
    const achievement = { measurable: true, percent, capped: false, raw: percent, formula: 'lower_ratio', percentDisplay: '83.33' };
    expect(view.periods).toEqual([
      { period: 'Y', realization: '6', valueType: 'number', valueRevision: 1, status: 'submitted', target: { value: '5' }, targetSource: 'yearly', achievement, achievementDisplay: '83.33' },
    ]);
    expect(view.yearAchievement).toEqual({ value: '6', target: { value: '5' }, targetSource: 'yearly', achievement, achievementDisplay: '83.33' });
    expect(view.computedFromPosition).toBeGreaterThan(0);
    const metrics = await api.metrics();
    expect(metrics).toMatch(/capaian_projection_lag_events\{[^}]*projection="evaluation.achievements"[^}]*\} 0/);
    expect(metrics).toMatch(/capaian_consumer_lag_messages\{[^}]*topic="planning.events.v1"[^}]*\} 0/);
  });

  it('a redelivered message is kept once, in the stream of its tenant, unit and year', async () => {
    const head = await api.svc.infra.store.headPosition();
    await api.bus.publish([message(api.svc.infra.topics.measurement, 'measurement.realization-recorded', '0b7c7d30-0000-4000-8000-000000000002', realization)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await api.svc.infra.store.headPosition()).toBe(head);
    const stream = await api.svc.infra.store.readStream(`${INPUT_STREAM_CATEGORY}-kab-contoh.opd-dpmptsp.2026`);
    expect(stream.map((e) => e.type)).toEqual(['planning.scorecard-approved', 'measurement.realization-recorded']);
  });

  it('rebuilding the projection from the store gives exactly the live view', async () => {
    const live = (await api.get('/achievements/waktu-2026').expect(200)).body;
    const rebuilt = createEvaluationProjection();
    for await (const e of api.svc.infra.store.readAll({ category: INPUT_STREAM_CATEGORY })) rebuilt.apply(e);
    const view = kpiAchievementView(evaluateKpi(rebuilt.inputs, 'kab-contoh', 'waktu-2026', DEFAULT_SCORING_POLICY_V0)!, DEFAULT_SCORING_POLICY_V0);
    expect(JSON.parse(JSON.stringify(view))).toEqual(live);
  });
});

describe("a KPI's achievements (pure: the evaluation projection and the scoring path) and inputStreamFor", () => {
  let position = 0;
  /** An accepted integration event as evaluation's intake stores it. */
  function stored<K extends IntegrationEventType>(type: K, data: IntegrationEventDataMap[K]): RecordedEvent {
    position += 1;
    const event = envelope(type, `0b7c7d30-0000-4000-8000-${String(position).padStart(12, '0')}`, data);
    const streamId = inputStreamFor(event as AnyIntegrationEvent)!;
    return { id: event.eventId, streamId, type, schemaVersion: event.schemaVersion, data: event, metadata: { correlationId: 'c', recordedAt: event.occurredAt }, revision: 0, position };
  }
  const base = { realizationId: 'r1', kpiId: 'waktu-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Y' as const };

  it('keeps every measurement event in the stream of its tenant, unit and year', () => {
    for (const [type, data] of Object.entries(exampleMeasurementEventData())) {
      const event = envelope(type as IntegrationEventType, '0b7c7d30-0000-4000-8000-00000000000a', data as never) as AnyIntegrationEvent;
      expect({ type, stream: inputStreamFor(event) }).toEqual({ type, stream: `${INPUT_STREAM_CATEGORY}-kab-contoh.dpmptsp.2026` });
    }
  });

  const viewOf = (p: EvaluationProjection, kpiId: string, policy: ScoringPolicy = DEFAULT_SCORING_POLICY_V0) => kpiAchievementView(evaluateKpi(p.inputs, 'kab-contoh', kpiId, policy)!, policy);

  it('a correction replaces the period value; a redelivered older revision does not bring it back; a rejected value does not count', () => {
    const p = createEvaluationProjection();
    p.apply(stored('planning.scorecard-approved', kpi));
    p.apply(stored('measurement.realization-recorded', realization));
    const rejected = stored('measurement.realization-rejected', { ...base, rejectedValueRevision: 1, value: '6', reason: 'Bukti dukung kurang' });
    p.apply(rejected);
    expect(viewOf(p, 'waktu-2026').periods).toEqual([
      expect.objectContaining({ period: 'Y', realization: '6', status: 'rejected', achievement: { measurable: false, reason: 'missing_realization' }, achievementDisplay: null }),
    ]);
    expect(viewOf(p, 'waktu-2026').computedFromPosition).toBe(rejected.position);
    const corrected = stored('measurement.realization-corrected', exampleRealizationCorrected({ ...base, value: '5', valueRevision: 2, supersedesRevision: 1, previousValue: '6' }));
    p.apply(corrected);
    p.apply(stored('measurement.realization-recorded', realization));
    const view = viewOf(p, 'waktu-2026');
    expect(view.periods).toEqual([
      {
        period: 'Y',
        realization: '5',
        valueType: 'number',
        valueRevision: 2,
        status: 'submitted',
        target: { value: '5' },
        targetSource: 'yearly',
        achievement: { measurable: true, percent: '100', capped: false, raw: '100', formula: 'lower_ratio', percentDisplay: '100.00' },
        achievementDisplay: '100.00',
      },
    ]);
    expect(view.computedFromPosition).toBe(corrected.position);
  });

  it('grades and milestone dates are scored by the policy, as in /scores', () => {
    const p = createEvaluationProjection();
    p.apply(
      stored(
        'planning.scorecard-approved',
        exampleScorecardApproved({
          unitId: 'opd-dpmptsp',
          kpis: [
            exampleApprovedKpi({
              kpiId: 'opini-2026',
              code: 'IKU-03',
              ownerUnitId: 'opd-dpmptsp',
              frequency: 'yearly',
              valueType: 'categorical',
              grades: ['WTP', 'WDP', 'TW', 'TMP'],
              yearlyTarget: { value: 'WTP' },
              periodTargets: [],
            }),
            exampleApprovedKpi({
              kpiId: 'mpp-2026',
              code: 'IKU-04',
              ownerUnitId: 'opd-dpmptsp',
              frequency: 'yearly',
              polarity: 'milestone',
              valueType: 'milestone_date',
              yearlyTarget: { value: '2026-09-30' },
              periodTargets: [],
            }),
          ],
        }),
      ),
    );
    p.apply(stored('measurement.realization-recorded', exampleRealizationRecorded({ ...base, kpiId: 'opini-2026', value: 'WDP', valueType: 'categorical' })));
    p.apply(stored('measurement.realization-recorded', exampleRealizationRecorded({ ...base, realizationId: 'r2', kpiId: 'mpp-2026', value: '2026-10-05', valueType: 'milestone_date' })));
    expect(viewOf(p, 'opini-2026').periods).toEqual([
      expect.objectContaining({ realization: 'WDP', valueType: 'categorical', achievement: expect.objectContaining({ percent: '75', formula: 'categorical_policy', percentDisplay: '75.00' }) }),
    ]);
    // Five days late at 1 point a day.
    expect(viewOf(p, 'mpp-2026').periods).toEqual([
      expect.objectContaining({ realization: '2026-10-05', achievement: expect.objectContaining({ percent: '95', daysLate: 5 }), achievementDisplay: '95.00' }),
    ]);
  });

  it("each period is compared with its own target, and every figure equals the KPI's figure in the scorecard's evaluation for that period, under the policy given", () => {
    // A quarterly sum KPI (yearly target 1200: 300 a quarter) and a quarterly average KPI with its own Q2 target.
    const plan = exampleScorecardApproved({
      unitId: 'opd-dpmptsp',
      kpis: [
        exampleApprovedKpi({ kpiId: 'izin-2026', code: 'IKU-05', ownerUnitId: 'opd-dpmptsp', frequency: 'quarterly', aggregation: 'sum', yearlyTarget: { value: '1200' }, periodTargets: [] }),
        exampleApprovedKpi({
          kpiId: 'ikm-2026',
          code: 'IKU-06',
          ownerUnitId: 'opd-dpmptsp',
          frequency: 'quarterly',
          aggregation: 'average',
          yearlyTarget: { value: '80' },
          periodTargets: [{ period: 'Q2', target: { value: '90' } }],
        }),
      ],
    });
    const p = createEvaluationProjection();
    p.apply(stored('planning.scorecard-approved', plan));
    for (const [kpiId, period, v] of [
      ['izin-2026', 'Q1', '250'],
      ['izin-2026', 'Q2', '400'],
      ['ikm-2026', 'Q1', '81.5'],
      ['ikm-2026', 'Q2', '77'],
    ] as const) {
      p.apply(stored('measurement.realization-recorded', exampleRealizationRecorded({ ...base, realizationId: `${kpiId}-${period}`, kpiId, period, value: v })));
    }
    const policy: ScoringPolicy = { ...DEFAULT_SCORING_POLICY_V0, policyId: 'scoring-policy-kab-contoh.2026', version: 3, display: { decimals: 1 } };
    const izin = viewOf(p, 'izin-2026', policy);
    expect(izin.periods.map((x) => [x.period, x.target, x.targetSource, x.achievementDisplay])).toEqual([
      ['Q1', { value: '300' }, 'yearly_share', '83.3'],
      ['Q2', { value: '300' }, 'yearly_share', '120.0'],
    ]);
    expect(izin.yearAchievement).toMatchObject({ value: '650', achievementDisplay: '54.2' });
    const ikm = viewOf(p, 'ikm-2026', policy);
    expect(ikm.periods.map((x) => [x.period, x.target, x.targetSource, x.achievementDisplay])).toEqual([
      ['Q1', { value: '80' }, 'yearly', '101.9'],
      ['Q2', { value: '90' }, 'period', '85.6'],
    ]);
    expect(ikm.policy).toEqual({ policyId: 'scoring-policy-kab-contoh.2026', version: 3 });
    for (const period of ['Q1', 'Q2', 'Y'] as const) {
      const evaluation = evaluateScorecard(p.inputs, 'kab-contoh', plan.scorecardId, policy, period)!;
      for (const view of [izin, ikm]) {
        const inScores = evaluation.score.perspectives.flatMap((x) => x.objectives.flatMap((o) => o.used)).find((u) => u.id === view.kpiId)!;
        const shown = period === 'Y' ? view.yearAchievement.achievement : view.periods.find((x) => x.period === period)!.achievement;
        expect({ period, kpi: view.kpiId, percent: shown.measurable ? shown.percent : null }).toEqual({ period, kpi: view.kpiId, percent: inScores.score });
      }
    }
  });
});
