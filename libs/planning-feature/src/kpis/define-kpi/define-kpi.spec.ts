import request from 'supertest';
import { parseIntegrationEvent } from '@capaian/contracts';
import type { DeliveredMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { planningService } from '../../service.js';

const body = {
  kpiId: 'ikm-2026', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat', ownerUnitId: 'opd-dpmptsp', unitOfMeasure: 'indeks',
  polarity: 'higher_is_better', frequency: 'quarterly', year: 2026, yearlyTarget: 82.5,
};

describe('POST /kpis and GET /kpis/:id (planning API, real PGlite store, in-process bus)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  // One service for the file (a PGlite start costs seconds on 2 cores); each test uses its own KPI id.
  beforeAll(async () => {
    svc = await createTestService(planningService);
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc.close());

  it('defines a KPI (201 with ETag and Location), then reads it back with the same ETag', async () => {
    const res = await http.post('/kpis').set('Authorization', `Bearer ${svc.token('planner')}`).send(body).expect(201);
    expect(res.body).toMatchObject({ kpiId: 'ikm-2026', streamId: 'kpi-kab-contoh.ikm-2026', revision: 0, replayed: false });
    expect(res.headers['etag']).toBe('"0"');
    expect(res.headers['location']).toBe('/kpis/ikm-2026');
    const got = await http.get('/kpis/ikm-2026').set('Authorization', `Bearer ${svc.token('viewer')}`).expect(200);
    expect(got.headers['etag']).toBe('"0"');
    expect(got.body.kpi).toMatchObject({ tenantId: 'kab-contoh', code: 'IKU-01', yearlyTarget: '82.5' });
  });

  it('400 names each bad field and stores nothing', async () => {
    const head = await svc.infra.store.headPosition();
    const res = await http
      .post('/kpis')
      .set('Authorization', `Bearer ${svc.token('planner')}`)
      .send({ ...body, polarity: 'up', yearlyTarget: '82,5', extra: 1 })
      .expect(400);
    const fields = (res.body.details as Array<{ field: string }>).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['polarity', 'yearlyTarget', 'extra']));
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('401 without a token, 403 for a role that may not plan, 404 for an unknown KPI', async () => {
    await http.post('/kpis').send(body).expect(401);
    await http.post('/kpis').set('Authorization', `Bearer ${svc.token('unit_operator', 'opd-dpmptsp')}`).send(body).expect(403);
    const res = await http.get('/kpis/nope').set('Authorization', `Bearer ${svc.token('viewer')}`).expect(404);
    expect(res.body.code).toBe('KPI_NOT_FOUND');
  });

  it('a second click with the same Idempotency-Key returns the first answer; a new request for the same id is 409', async () => {
    const auth = `Bearer ${svc.token('planner')}`;
    const b = { ...body, kpiId: 'ikm-click' };
    const head = await svc.infra.store.headPosition();
    const first = await http.post('/kpis').set('Authorization', auth).set('Idempotency-Key', 'click-1').send(b).expect(201);
    const second = await http.post('/kpis').set('Authorization', auth).set('Idempotency-Key', 'click-1').send(b).expect(201);
    expect(second.body).toEqual({ ...first.body, replayed: true });
    const conflict = await http.post('/kpis').set('Authorization', auth).send(b).expect(409);
    expect(conflict.body.code).toBe('KPI_ALREADY_DEFINED');
    const reused = await http.post('/kpis').set('Authorization', auth).set('Idempotency-Key', 'click-1').send({ ...b, yearlyTarget: '90' }).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await svc.infra.store.headPosition()).toBe(head + 1);
  });

  it('a KPI in another tenant is invisible', async () => {
    await http.post('/kpis').set('Authorization', `Bearer ${svc.token('planner')}`).send({ ...body, kpiId: 'ikm-tenant' }).expect(201);
    await http.get('/kpis/ikm-tenant').set('Authorization', `Bearer ${svc.token('viewer')}`).expect(200);
    await http.get('/kpis/ikm-tenant').set('Authorization', `Bearer ${svc.token('viewer', undefined, 'kota-lain')}`).expect(404);
  });

  it('contract: publishes a valid planning.kpi-defined v1, keyed by the KPI, with the event id header', async () => {
    const received: DeliveredMessage[] = [];
    const consumer = await svc.infra.bus.consume({ groupId: 'contract-test', topics: [svc.infra.topics.planning], fromBeginning: true, handler: async (m) => void received.push(m) });
    const created = await http.post('/kpis').set('Authorization', `Bearer ${svc.token('planner')}`).set('x-correlation-id', 'corr-42').send({ ...body, kpiId: 'ikm-contract' }).expect(201);
    const mine = () => received.filter((m) => m.key === 'kab-contoh.ikm-contract');
    const deadline = Date.now() + 5000;
    while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await consumer.stop();
    expect(mine()).toHaveLength(1);
    const m = mine()[0]!;
    const event = parseIntegrationEvent(m.payload);
    expect(m).toMatchObject({ key: 'kab-contoh.ikm-contract', type: 'planning.kpi-defined', schemaVersion: 1, eventId: event.eventId, correlationId: 'corr-42' });
    expect(event).toMatchObject({ tenantId: 'kab-contoh', aggregateId: 'ikm-contract', sourcePosition: created.body.position, actor: 'planner-tester' });
    expect(event.data).toEqual({
      kpiId: 'ikm-contract', ownerUnitId: 'opd-dpmptsp', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat', unitOfMeasure: 'indeks',
      polarity: 'higher_is_better', frequency: 'quarterly', year: 2026, yearlyTarget: '82.5',
    });
  });
});
