import request from 'supertest';
import { parseIntegrationEvent, type OrgChangedV1 } from '@capaian/contracts';
import type { DeliveredMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { planningService } from '../../service.js';

describe('organization tree API (real PGlite store)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const auth = () => `Bearer ${svc.token('planner')}`;
  beforeAll(async () => {
    svc = await createTestService(planningService);
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc.close());

  it('registers Pemda -> OPD -> bidang, reorganizes, and keeps every earlier tree readable (?asOf)', async () => {
    await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'kab-contoh', name: 'Pemkab Contoh', kind: 'pemda', parentId: null }).expect(201);
    await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'opd-dinkes', name: 'Dinas Kesehatan', kind: 'opd', parentId: 'kab-contoh' }).expect(201);
    await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'opd-kominfo', name: 'Diskominfo', kind: 'opd', parentId: 'kab-contoh' }).expect(201);
    const reg = await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'bid-p2p', name: 'Bidang P2P', kind: 'bidang', parentId: 'opd-dinkes' }).expect(201);
    expect(reg.headers['etag']).toBe('"3"');
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));

    await http.post('/org/units/opd-kominfo/rename').set('Authorization', auth()).set('If-Match', '"3"').send({ name: 'Diskominfo dan Persandian', reason: 'Perda 3/2026' }).expect(200);
    // A second writer with the old ETag gets 412, and nothing is written.
    const stale = await http.post('/org/units/opd-dinkes/rename').set('Authorization', auth()).set('If-Match', '"3"').send({ name: 'Dinkes' }).expect(412);
    expect(stale.body.code).toBe('STALE_ETAG');
    await http.post('/org/units/opd-dinkes/merge').set('Authorization', auth()).send({ targetUnitId: 'opd-kominfo', reason: 'SOTK 2026' }).expect(200);

    const now = await http
      .get('/org/tree')
      .set('Authorization', `Bearer ${svc.token('viewer')}`)
      .expect(200);
    expect(now.headers['etag']).toBe('"5"');
    const opds = now.body.roots[0].children;
    expect(opds.map((o: { unitId: string; name: string }) => [o.unitId, o.name])).toEqual([['opd-kominfo', 'Diskominfo dan Persandian']]);
    expect(opds[0].children.map((c: { unitId: string }) => c.unitId)).toEqual(['bid-p2p']);

    const then = await http
      .get(`/org/tree?asOf=${before}`)
      .set('Authorization', `Bearer ${svc.token('viewer')}`)
      .expect(200);
    expect(then.body.roots[0].children.map((o: { unitId: string }) => o.unitId)).toEqual(['opd-dinkes', 'opd-kominfo']);

    const history = await http
      .get('/org/units/opd-dinkes/history')
      .set('Authorization', `Bearer ${svc.token('viewer')}`)
      .expect(200);
    expect(history.body.map((h: { type: string }) => h.type)).toEqual(['unit-registered', 'units-merged']);
    expect(history.body[1]).toMatchObject({ actor: 'planner-tester', data: { reason: 'SOTK 2026', movedChildIds: ['bid-p2p'] } });
  });

  it('answers bad input with a clear 4xx naming the field', async () => {
    const bad = await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'Bad Id', name: '', kind: 'dinas' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['unitId', 'name', 'kind']));
    const kind = await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'seksi-x', name: 'Seksi X', kind: 'seksi', parentId: 'opd-kominfo' }).expect(422);
    expect(kind.body).toMatchObject({ code: 'INVALID_PARENT_KIND', details: [expect.objectContaining({ field: 'parentId' })] });
    await http.post('/org/units').set('Authorization', auth()).send({ unitId: 'x', name: 'X', kind: 'opd', parentId: 'nope' }).expect(404);
    await http.post('/org/units/opd-kominfo/close').set('Authorization', auth()).send({ reason: 'x' }).expect(409);
    await http.post('/org/units/opd-kominfo/rename').set('Authorization', auth()).set('If-Match', 'three').send({ name: 'x' }).expect(400);
    await http.get('/org/tree?asOf=15-07-2026').set('Authorization', auth()).expect(400);
    await http
      .post('/org/units')
      .set('Authorization', `Bearer ${svc.token('unit_operator', 'opd-kominfo')}`)
      .send({ unitId: 'x', name: 'X', kind: 'opd', parentId: 'kab-contoh' })
      .expect(403);
  });

  it('contract: every change is published as planning.org-changed v1, in order, keyed <tenant>.org', async () => {
    const received: DeliveredMessage[] = [];
    const consumer = await svc.infra.bus.consume({ groupId: 'org-contract', topics: [svc.infra.topics.planning], fromBeginning: true, handler: async (m) => void received.push(m) });
    const deadline = Date.now() + 5000;
    while (received.filter((m) => m.type === 'planning.org-changed').length < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await consumer.stop();
    const org = received.filter((m) => m.type === 'planning.org-changed');
    expect(new Set(org.map((m) => m.key))).toEqual(new Set(['kab-contoh.org']));
    const events = org.map((m) => parseIntegrationEvent(m.payload).data as OrgChangedV1);
    expect(events.map((d) => [d.orgRevision, d.change, d.unitId])).toEqual([
      [0, 'unit-registered', 'kab-contoh'],
      [1, 'unit-registered', 'opd-dinkes'],
      [2, 'unit-registered', 'opd-kominfo'],
      [3, 'unit-registered', 'bid-p2p'],
      [4, 'unit-renamed', 'opd-kominfo'],
      [5, 'units-merged', 'opd-dinkes'],
    ]);
    expect(events[1]).toEqual({
      change: 'unit-registered',
      unitId: 'opd-dinkes',
      name: 'Dinas Kesehatan',
      kind: 'opd',
      parentId: 'kab-contoh',
      mergedInto: null,
      movedChildIds: [],
      reason: null,
      orgRevision: 1,
    });
    expect(events[5]).toMatchObject({ mergedInto: 'opd-kominfo', movedChildIds: ['bid-p2p'], reason: 'SOTK 2026' });
  });
});
