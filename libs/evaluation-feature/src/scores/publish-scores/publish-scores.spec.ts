import request from 'supertest';
import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved, integrationEvent, parseIntegrationEvent, type IntegrationEventType } from '@capaian/contracts';
import { checkChainHeads, verifyHistory } from '@capaian/eventstore';
import { createInProcessBus, type DeliveredMessage, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { evaluationService } from '../../service.js';

let n = 0;
function message(topic: string, type: IntegrationEventType, data: unknown): OutgoingMessage {
  n++;
  const event = integrationEvent(type as 'planning.scorecard-approved', {
    eventId: `5b000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    occurredAt: '2026-12-20T00:00:00.000Z',
    tenantId: 'kab-contoh',
    aggregateId: 'a',
    correlationId: `c${n}`,
    causationId: null,
    actor: null,
    sourcePosition: n,
    data: data as never,
  });
  return { topic, key: 'k', eventId: event.eventId, type, schemaVersion: event.schemaVersion, correlationId: `c${n}`, payload: event };
}

describe('POST /scores/publish: chain heads of the inputs (real PGlite, in-process bus)', () => {
  let bus: MessageBus;
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const published: DeliveredMessage[] = [];
  const evaluator = () => `Bearer ${svc.token('evaluator')}`;
  const realization = (kpiId: string, unitId: string, value: string) =>
    message(svc.infra.topics.measurement, 'measurement.realization-recorded', exampleRealizationRecorded({ kpiId, unitId, period: 'Y', value, late: false }));
  const waitForPosition = async (to: number) => {
    const deadline = Date.now() + 10_000;
    while ((await http.get('/scores/scorecards/dpmptsp-2026').set('Authorization', evaluator())).body?.positions?.to !== to && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };

  beforeAll(async () => {
    bus = createInProcessBus();
    svc = await createTestService(evaluationService, { bus });
    http = request(svc.app.getHttpServer());
    await bus.consume({ groupId: 'results', topics: [svc.infra.topics.evaluation], fromBeginning: true, handler: async (m) => void published.push(m) });
    // One scorecard of dpmptsp with a KPI owned by dinkes: its realizations arrive in dinkes' input stream.
    const plan = exampleScorecardApproved({
      kpis: [
        exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] }),
        exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-02', code: 'IKU-02', ownerUnitId: 'dinkes', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '50' }, periodTargets: [] }),
      ],
    });
    await bus.publish([
      message(svc.infra.topics.planning, 'planning.scorecard-approved', plan),
      realization('dpmptsp-2026.iku-01', 'dpmptsp', '84'),
      realization('dpmptsp-2026.iku-02', 'dinkes', '40'),
    ]);
    await waitForPosition(3);
  }, 60_000);
  afterAll(async () => {
    await svc.close();
    await bus.close();
  });

  it('the answer and the published event carry the head of each input stream; they match the stored history', async () => {
    const res = await http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    const store = svc.infra.store;
    const [dpmptsp] = await store.readStream('input-kab-contoh.dpmptsp.2026', { direction: 'backwards', maxCount: 1 });
    const [dinkes] = await store.readStream('input-kab-contoh.dinkes.2026', { direction: 'backwards', maxCount: 1 });
    expect(res.body.chainHeads).toEqual([
      { streamId: 'input-kab-contoh.dinkes.2026', revision: 0, hash: dinkes!.hash },
      { streamId: 'input-kab-contoh.dpmptsp.2026', revision: 1, hash: dpmptsp!.hash },
    ]);
    expect(await checkChainHeads(store, res.body.chainHeads)).toEqual([]);
    expect(await verifyHistory(store)).toMatchObject({ ok: true });

    const deadline = Date.now() + 5000;
    while (!published.some((m) => m.type === 'evaluation.scores-published') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const event = parseIntegrationEvent(published.find((m) => m.type === 'evaluation.scores-published')!.payload);
    expect(event.data).toMatchObject({ chainHeads: res.body.chainHeads });

    // A later input moves the head of its stream in the next publication; the first one still checks.
    await bus.publish([realization('dpmptsp-2026.iku-01', 'dpmptsp', '85')]);
    await waitForPosition(5);
    const next = await http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    expect(next.body.chainHeads.find((h: { streamId: string }) => h.streamId === 'input-kab-contoh.dpmptsp.2026')).toMatchObject({ revision: 2 });
    expect(await checkChainHeads(store, res.body.chainHeads)).toEqual([]);
  }, 60_000);

  it('a repeat with the same Idempotency-Key answers the first publication and stores nothing', async () => {
    const first = await http.post('/scores/publish').set('Authorization', evaluator()).set('Idempotency-Key', 'publish-q2-once').send({ year: 2026, period: 'Q2' }).expect(200);
    expect(first.body.replayed).toBe(false);
    await bus.publish([realization('dpmptsp-2026.iku-01', 'dpmptsp', '90')]);
    const again = await http.post('/scores/publish').set('Authorization', evaluator()).set('Idempotency-Key', 'publish-q2-once').send({ year: 2026, period: 'Q2' }).expect(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await svc.infra.store.readStream('published-kab-contoh.2026.Q2')).toHaveLength(1);
  }, 60_000);
});
