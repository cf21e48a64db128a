import request from 'supertest';
import { exampleApprovedKpi, exampleScorecardApproved, integrationEvent, parseIntegrationEvent } from '@capaian/contracts';
import { createInProcessBus, type DeliveredMessage, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { measurementService } from '../../service.js';

const plan = exampleScorecardApproved({
  scorecardId: 'opd-dpmptsp-2026',
  unitId: 'opd-dpmptsp',
  kpis: [exampleApprovedKpi({ kpiId: 'ikm-2026', ownerUnitId: 'opd-dpmptsp', yearlyTarget: { value: '82' } })],
});

/** What planning publishes (the contract), put on the bus the way planning's relay does. */
function planningMessage(topic: string, eventId = '5f0c7a2e-0b1d-4c57-9a55-1d2f3e4a5b6c'): OutgoingMessage {
  const event = integrationEvent('planning.scorecard-approved', {
    eventId,
    occurredAt: '2026-01-02T03:04:05.000Z',
    tenantId: 'kab-contoh',
    aggregateId: plan.scorecardId,
    correlationId: 'c1',
    causationId: null,
    actor: 'planner',
    sourcePosition: 1,
    data: plan,
  });
  return { topic, key: `kab-contoh.${plan.scorecardId}`, eventId, type: event.type, schemaVersion: 1, correlationId: 'c1', payload: event };
}

describe('POST /realizations (measurement API, real PGlite store, in-process bus)', () => {
  let bus: MessageBus;
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const op = () => `Bearer ${svc.token('unit_operator', 'opd-dpmptsp')}`;
  const valid = { kpiId: 'ikm-2026', year: 2026, period: 'Q1', value: '80.5', note: 'Survei IKM TW I' };

  beforeEach(async () => {
    bus = createInProcessBus();
    svc = await createTestService(measurementService, { bus });
    http = request(svc.app.getHttpServer());
  });
  afterEach(async () => {
    await svc.close();
    await bus.close();
  });

  async function planArrives(): Promise<void> {
    await bus.publish([planningMessage(svc.infra.topics.planning)]);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if ((await http.get('/plan/kpis/ikm-2026').set('Authorization', op())).status === 200) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('plan did not arrive');
  }

  it('unknown KPI (planning event not yet received) -> 404 KPI_UNKNOWN, nothing stored', async () => {
    const res = await http.post('/realizations').set('Authorization', op()).send(valid).expect(404);
    expect(res.body).toMatchObject({ code: 'KPI_UNKNOWN', details: [expect.objectContaining({ field: 'kpiId' })] });
    expect(await svc.infra.store.headPosition()).toBe(0);
  });

  it('once planning’s event has arrived: 201 with id and stream position; bad input gets a clear 4xx and stores nothing', async () => {
    await planArrives();
    const before = await svc.infra.store.headPosition();
    await http
      .post('/realizations')
      .set('Authorization', `Bearer ${svc.token('unit_operator', 'opd-dinkes')}`)
      .send(valid)
      .expect(403);
    await http
      .post('/realizations')
      .set('Authorization', `Bearer ${svc.token('unit_operator')}`)
      .send(valid)
      .expect(403);
    expect(
      (
        await http
          .post('/realizations')
          .set('Authorization', op())
          .send({ ...valid, period: 'M01' })
          .expect(422)
      ).body.details[0].field,
    ).toBe('period');
    expect(
      (
        await http
          .post('/realizations')
          .set('Authorization', op())
          .send({ ...valid, year: 2025 })
          .expect(422)
      ).body.details[0].field,
    ).toBe('year');
    const wrongType = await http
      .post('/realizations')
      .set('Authorization', op())
      .send({ ...valid, value: 'delapan puluh' })
      .expect(422);
    expect(wrongType.body).toMatchObject({ code: 'INVALID_VALUE', details: [expect.objectContaining({ field: 'value' })] });
    expect(
      (
        await http
          .post('/realizations')
          .set('Authorization', op())
          .send({ ...valid, value: { x: 1 } })
          .expect(400)
      ).body.details[0].field,
    ).toBe('value');
    const malformed = await http.post('/realizations').set('Authorization', op()).set('content-type', 'application/json').send('{"kpiId": "ikm-2026",').expect(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    await http.post('/realizations').set('Authorization', op()).set('Idempotency-Key', 'bad key with spaces').send(valid).expect(400);
    expect(await svc.infra.store.headPosition()).toBe(before);

    const ok = await http.post('/realizations').set('Authorization', op()).set('Idempotency-Key', 'tw1-ikm').send(valid).expect(201);
    expect(ok.body).toMatchObject({ streamId: 'realization-kab-contoh.ikm-2026.2026.Q1', revision: 0, replayed: false });
    expect(ok.body.position).toBe(before + 1);
    const again = await http.post('/realizations').set('Authorization', op()).set('Idempotency-Key', 'tw1-ikm').send(valid).expect(201);
    expect(again.body).toEqual({ ...ok.body, replayed: true });
    await http
      .post('/realizations')
      .set('Authorization', op())
      .set('Idempotency-Key', 'tw1-ikm')
      .send({ ...valid, value: '81' })
      .expect(422);
    await http.post('/realizations').set('Authorization', op()).send(valid).expect(409);
    expect(await svc.infra.store.headPosition()).toBe(before + 1);
  });

  it('a redelivered planning event is stored once', async () => {
    await planArrives();
    const head = await svc.infra.store.headPosition();
    await bus.publish([planningMessage(svc.infra.topics.planning), planningMessage(svc.infra.topics.planning)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('publishes measurement.realization-recorded v1 for an accepted realization', async () => {
    await planArrives();
    const received: DeliveredMessage[] = [];
    const consumer = await bus.consume({ groupId: 'contract', topics: [svc.infra.topics.measurement], fromBeginning: true, handler: async (m) => void received.push(m) });
    const ok = await http.post('/realizations').set('Authorization', op()).send(valid).expect(201);
    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await consumer.stop();
    const event = parseIntegrationEvent(received[0]!.payload);
    expect(event).toMatchObject({
      type: 'measurement.realization-recorded',
      tenantId: 'kab-contoh',
      data: { realizationId: ok.body.realizationId, kpiId: 'ikm-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', value: '80.5', note: 'Survei IKM TW I' },
    });
    expect(received[0]!.key).toBe('kab-contoh.ikm-2026');
  });
});
