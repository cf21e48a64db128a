import request from 'supertest';
import {
  exampleApprovedKpi,
  exampleMeasurementEventData,
  exampleRealizationCorrected,
  exampleRealizationRecorded,
  exampleScorecardApproved,
  integrationEvent,
  type AnyIntegrationEvent,
  type IntegrationEventDataMap,
  type IntegrationEventType,
} from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { createInProcessBus, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { AchievementState, INPUT_STREAM_CATEGORY, inputStreamFor } from '../../scores/achievement-view.js';
import { evaluationService } from '../../service.js';

const kpi = exampleScorecardApproved({
  unitId: 'opd-dpmptsp',
  kpis: [exampleApprovedKpi({ kpiId: 'waktu-2026', ownerUnitId: 'opd-dpmptsp', code: 'IKU-02', name: 'Waktu layanan', unitOfMeasure: 'hari', polarity: 'lower_is_better', frequency: 'yearly', aggregation: 'average', yearlyTarget: { value: '5' }, periodTargets: [] })],
});
const realization = exampleRealizationRecorded({ realizationId: 'r1', kpiId: 'waktu-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Y', value: '6', note: null });

function envelope<K extends IntegrationEventType>(type: K, eventId: string, data: IntegrationEventDataMap[K]) {
  return integrationEvent(type, {
    eventId, occurredAt: '2026-03-01T00:00:00.000Z', tenantId: 'kab-contoh', aggregateId: 'waktu-2026', correlationId: 'c', causationId: null, actor: null, sourcePosition: 1, data,
  });
}

function message<K extends IntegrationEventType>(topic: string, type: K, eventId: string, data: IntegrationEventDataMap[K]): OutgoingMessage {
  const event = envelope(type, eventId, data);
  return { topic, key: 'kab-contoh.waktu-2026', eventId, type, schemaVersion: event.schemaVersion, correlationId: 'c', payload: event };
}

describe('GET /achievements/:kpiId (evaluation API, real PGlite store, in-process bus)', () => {
  let bus: MessageBus;
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const auth = () => `Bearer ${svc.token('evaluator')}`;

  beforeAll(async () => {
    bus = createInProcessBus();
    svc = await createTestService(evaluationService, { bus });
    http = request(svc.app.getHttpServer());
  });
  afterAll(async () => {
    await svc.close();
    await bus.close();
  });

  async function waitForPeriods(n: number) {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const r = await http.get('/achievements/waktu-2026').set('Authorization', auth());
      if (r.status === 200 && r.body.periods.length >= n) return r.body;
      await new Promise((res) => setTimeout(res, 20));
    }
    throw new Error('achievement did not appear');
  }

  it('404 before the KPI arrives, then the achievement from both topics (lower is better: 5 / 6 = 83.33 %)', async () => {
    await http.get('/achievements/waktu-2026').set('Authorization', auth()).expect(404);
    await http.get('/achievements/waktu-2026').expect(401);
    await bus.publish([message(svc.infra.topics.planning, 'planning.scorecard-approved', '0b7c7d30-0000-4000-8000-000000000001', kpi)]);
    await bus.publish([message(svc.infra.topics.measurement, 'measurement.realization-recorded', '0b7c7d30-0000-4000-8000-000000000002', realization)]);
    const view = await waitForPeriods(1);
    expect(view).toMatchObject({ kpiId: 'waktu-2026', yearlyTarget: '5', polarity: 'lower_is_better', policyId: 'default-2026.1' });
    expect(view.periods).toEqual([
      { period: 'Y', realization: '6', valueType: 'number', valueRevision: 1, achievement: { measurable: true, percent: '83.33333333333333333333333333333333', capped: false }, achievementDisplay: '83.33' },
    ]);
    expect(view.computedFromPosition).toBeGreaterThan(0);
    const metrics = (await http.get('/metrics').set('Authorization', `Bearer ${svc.token('admin')}`).expect(200)).text;
    expect(metrics).toMatch(/capaian_projection_lag_events\{[^}]*projection="evaluation.achievements"[^}]*\} 0/);
    expect(metrics).toMatch(/capaian_consumer_lag_messages\{[^}]*topic="planning.events.v1"[^}]*\} 0/);
  });

  it('a redelivered message is kept once, in the stream of its tenant, unit and year', async () => {
    const head = await svc.infra.store.headPosition();
    await bus.publish([message(svc.infra.topics.measurement, 'measurement.realization-recorded', '0b7c7d30-0000-4000-8000-000000000002', realization)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await svc.infra.store.headPosition()).toBe(head);
    const stream = await svc.infra.store.readStream(`${INPUT_STREAM_CATEGORY}-kab-contoh.opd-dpmptsp.2026`);
    expect(stream.map((e) => e.type)).toEqual(['planning.scorecard-approved', 'measurement.realization-recorded']);
  });

  it('rebuilding the projection from the store gives exactly the live view', async () => {
    const live = (await http.get('/achievements/waktu-2026').set('Authorization', auth()).expect(200)).body;
    const rebuilt = new AchievementState();
    for await (const e of svc.infra.store.readAll({ category: INPUT_STREAM_CATEGORY })) rebuilt.apply(e);
    expect(JSON.parse(JSON.stringify(rebuilt.view('kab-contoh', 'waktu-2026')))).toEqual(live);
  });
});

describe('AchievementState and inputStreamFor (pure)', () => {
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

  it('a correction replaces the period value; a redelivered older revision does not bring it back', () => {
    const state = new AchievementState();
    state.apply(stored('planning.scorecard-approved', kpi));
    state.apply(stored('measurement.realization-recorded', realization));
    state.apply(stored('measurement.realization-rejected', { ...base, rejectedValueRevision: 1, value: '6', reason: 'Bukti dukung kurang' }));
    const corrected = stored('measurement.realization-corrected', exampleRealizationCorrected({ ...base, value: '5', valueRevision: 2, supersedesRevision: 1, previousValue: '6' }));
    state.apply(corrected);
    state.apply(stored('measurement.realization-recorded', realization));
    const view = state.view('kab-contoh', 'waktu-2026')!;
    expect(view.periods).toEqual([
      { period: 'Y', realization: '5', valueType: 'number', valueRevision: 2, achievement: { measurable: true, percent: '100', capped: false }, achievementDisplay: '100.00' },
    ]);
    expect(view.computedFromPosition).toBe(corrected.position);
  });

  it('a categorical grade or a milestone date is listed but not scored (non_numeric_value)', () => {
    const state = new AchievementState();
    state.apply(stored('planning.scorecard-approved', exampleScorecardApproved({
      unitId: 'opd-dpmptsp',
      kpis: [
        exampleApprovedKpi({ kpiId: 'opini-2026', code: 'IKU-03', ownerUnitId: 'opd-dpmptsp', frequency: 'yearly', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'], yearlyTarget: { value: 'WTP' }, periodTargets: [] }),
        exampleApprovedKpi({ kpiId: 'mpp-2026', code: 'IKU-04', ownerUnitId: 'opd-dpmptsp', frequency: 'yearly', polarity: 'milestone', valueType: 'milestone_date', yearlyTarget: { value: '2026-09-30' }, periodTargets: [] }),
      ],
    })));
    state.apply(stored('measurement.realization-recorded', exampleRealizationRecorded({ ...base, kpiId: 'opini-2026', value: 'WDP', valueType: 'categorical' })));
    state.apply(stored('measurement.realization-recorded', exampleRealizationRecorded({ ...base, realizationId: 'r2', kpiId: 'mpp-2026', value: '2026-08-15', valueType: 'milestone_date' })));
    const notScored = { measurable: false, reason: 'non_numeric_value' };
    expect(state.view('kab-contoh', 'opini-2026')!.periods).toEqual([{ period: 'Y', realization: 'WDP', valueType: 'categorical', valueRevision: 1, achievement: notScored, achievementDisplay: null }]);
    expect(state.view('kab-contoh', 'mpp-2026')!.periods).toEqual([{ period: 'Y', realization: '2026-08-15', valueType: 'milestone_date', valueRevision: 1, achievement: notScored, achievementDisplay: null }]);
  });
});
