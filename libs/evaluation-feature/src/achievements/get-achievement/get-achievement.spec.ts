import request from 'supertest';
import { exampleApprovedKpi, exampleScorecardApproved, integrationEvent, type RealizationRecordedV1, type ScorecardApprovedV1 } from '@capaian/contracts';
import { createInProcessBus, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { AchievementState, INPUT_STREAM_CATEGORY } from '../../scores/achievement-view.js';
import { evaluationService } from '../../service.js';

const kpi = exampleScorecardApproved({
  unitId: 'opd-dpmptsp',
  kpis: [exampleApprovedKpi({ kpiId: 'waktu-2026', ownerUnitId: 'opd-dpmptsp', code: 'IKU-02', name: 'Waktu layanan', unitOfMeasure: 'hari', polarity: 'lower_is_better', frequency: 'yearly', aggregation: 'average', yearlyTarget: { value: '5' }, periodTargets: [] })],
});
const realization: RealizationRecordedV1 = { realizationId: 'r1', kpiId: 'waktu-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Y', value: '6', note: null };

function message(topic: string, type: 'planning.scorecard-approved' | 'measurement.realization-recorded', eventId: string, data: ScorecardApprovedV1 | RealizationRecordedV1): OutgoingMessage {
  const event = integrationEvent(type as 'planning.scorecard-approved', {
    eventId, occurredAt: '2026-03-01T00:00:00.000Z', tenantId: 'kab-contoh', aggregateId: 'waktu-2026', correlationId: 'c', causationId: null, actor: null, sourcePosition: 1,
    data: data as ScorecardApprovedV1,
  });
  return { topic, key: 'kab-contoh.waktu-2026', eventId, type, schemaVersion: 1, correlationId: 'c', payload: event };
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
      { period: 'Y', realization: '6', achievement: { measurable: true, percent: '83.33333333333333333333333333333333', capped: false }, achievementDisplay: '83.33' },
    ]);
    expect(view.computedFromPosition).toBeGreaterThan(0);
    const metrics = (await http.get('/metrics').expect(200)).text;
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
