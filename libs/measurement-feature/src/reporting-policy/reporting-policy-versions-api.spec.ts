import request from 'supertest';
import { createTestService, type TestService } from '@capaian/platform';
import { measurementService } from '../service.js';

describe('reporting policy versions over HTTP: GET, PUT, GET …/versions, GET …/versions/:version (real PGlite)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const as = (role: 'evaluator' | 'planner' | 'unit_operator') => `Bearer ${svc.token(role)}`;
  const get = (path: string) => http.get(path).set('Authorization', as('planner'));

  beforeAll(async () => {
    svc = await createTestService(measurementService);
    http = request(svc.app.getHttpServer());
  });
  afterAll(async () => {
    await svc.close();
  });

  it('lists the default first, then each version with its reason, time and author; one version by number; 404/400 naming `version`', async () => {
    const before = await get('/reporting-policies/2026').expect(200);
    expect(before.headers['etag']).toBe('"-1"');
    expect(before.body).toEqual({
      year: 2026,
      isDefault: true,
      current: { policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true },
      versions: [{ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true }],
      default: { policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true },
    });

    expect((await http.put('/reporting-policies/2026').set('Authorization', as('planner')).send({ deadlineDaysAfterPeriodEnd: 15 }).expect(400)).body.details[0].field).toBe('reason');
    expect((await http.put('/reporting-policies/2026').set('Authorization', as('planner')).send({ deadlineDaysAfterPeriodEnd: 15, reason: 'ab' }).expect(422)).body.details[0].field).toBe('reason');
    await http.put('/reporting-policies/2026').set('Authorization', as('unit_operator')).send({ deadlineDaysAfterPeriodEnd: 15, reason: 'Perbup 7/2026' }).expect(403);
    const set = await http.put('/reporting-policies/2026').set('Authorization', as('planner')).send({ deadlineDaysAfterPeriodEnd: 15, reason: 'Perbup 7/2026' }).expect(200);
    expect(set.body).toMatchObject({
      year: 2026,
      revision: 0,
      changed: true,
      eventTypes: ['reporting-policy-set'],
      current: { policyId: 'reporting-kab-contoh-2026.1', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: true },
    });
    const same = await http.put('/reporting-policies/2026').set('Authorization', as('evaluator')).send({ deadlineDaysAfterPeriodEnd: 15, reason: 'Penegasan ulang' }).expect(200);
    expect(same.body).toMatchObject({ revision: 0, changed: false, eventTypes: [], data: null });
    await http.put('/reporting-policies/2026').set('Authorization', as('evaluator')).send({ deadlineDaysAfterPeriodEnd: 20, acceptBeforePeriodEnd: false, reason: 'Perbup 9/2026' }).expect(200);

    const list = await get('/reporting-policies/2026/versions').expect(200);
    expect(list.headers['etag']).toBe('"1"');
    expect(list.body).toEqual({
      year: 2026,
      versions: [
        { version: 0, policyId: 'reporting-2026.1', reason: null, recordedAt: null, actor: null },
        { version: 1, policyId: 'reporting-kab-contoh-2026.1', reason: 'Perbup 7/2026', recordedAt: expect.any(String), actor: 'planner-tester' },
        { version: 2, policyId: 'reporting-kab-contoh-2026.2', reason: 'Perbup 9/2026', recordedAt: expect.any(String), actor: 'evaluator-tester' },
      ],
    });
    const one = await get('/reporting-policies/2026/versions/1').expect(200);
    expect(one.body).toMatchObject({
      year: 2026,
      version: 1,
      reason: 'Perbup 7/2026',
      document: { policyId: 'reporting-kab-contoh-2026.1', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: true },
    });
    expect((await get('/reporting-policies/2026/versions/0').expect(200)).body.document).toEqual(before.body.default);
    expect((await get('/reporting-policies/2026').expect(200)).body).toMatchObject({ isDefault: false, current: { policyId: 'reporting-kab-contoh-2026.2', acceptBeforePeriodEnd: false } });
    expect((await get('/reporting-policies/2026/versions/3').expect(404)).body).toMatchObject({ code: 'VERSION_NOT_FOUND', details: [{ field: 'version' }] });
    expect((await get('/reporting-policies/2026/versions/-1').expect(400)).body.details[0].field).toBe('version');
    expect((await get('/reporting-policies/2027/versions').expect(200)).body.versions).toHaveLength(1);
  });
});
