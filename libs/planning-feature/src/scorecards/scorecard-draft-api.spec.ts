import type { TestService } from '@capaian/platform';
import { kpiBody as kpi, startPlanningApi, type PlanningApi } from './scorecard-api.test-helpers.js';

/**
 * Edits of a draft scorecard end to end on one planning service (real PGlite store): removals,
 * codes named like Object.prototype members, malformed codes and schedules, the owner rule of an
 * approval. Tests share the service and the DPMPTSP draft, and build on each other in order.
 */
describe('draft scorecard edits (planning, real PGlite store)', () => {
  let svc: TestService;
  let http: PlanningApi['http'];
  let planner: () => string;
  let viewer: () => string;

  beforeAll(async () => {
    ({ svc, http, planner, viewer } = await startPlanningApi());
    await http.post('/scorecards').set('Authorization', planner()).send({ unitId: 'dpmptsp', year: 2026, title: 'Kartu Kinerja DPMPTSP 2026' }).expect(201);
    const put = (path: string, body: object) => http.put(`/scorecards/dpmptsp-2026${path}`).set('Authorization', planner()).send(body).expect(200);
    await put('/perspectives/PLG', { name: 'Masyarakat', order: 1, weight: 100 });
    await put('/objectives/SS-01', { perspectiveCode: 'PLG', name: 'Izin cepat' });
    await put('/objectives/SS-02', { perspectiveCode: 'PLG', name: 'Tanpa induk' });
    await put('/kpis/IKU-01', kpi({ name: 'Izin terbit', unitOfMeasure: 'izin', aggregation: 'sum' }));
    await put('/kpis/IKU-02', kpi({ objectiveCode: 'SS-02', level: 'process' }));
  });
  afterAll(() => svc.close());

  it('profile, removals and unlinking on a draft: 404 for what does not exist, 409 for what is still in use', async () => {
    const path = (p: string) => `/scorecards/dpmptsp-2026${p}`;
    const profile = await http
      .put(path('/profile'))
      .set('Authorization', planner())
      .send({ title: 'Kartu Kinerja DPMPTSP 2026 (draf 2)', missions: ['Izin cepat'], goals: [] })
      .expect(200);
    expect(profile.body.eventTypes).toEqual(['scorecard-profile-updated']);
    expect((await http.put(path('/profile')).set('Authorization', planner()).send({ title: '' }).expect(400)).body.details[0].field).toBe('title');
    expect((await http.delete(path('/perspectives/PLG')).set('Authorization', planner()).expect(409)).body.code).toBe('PERSPECTIVE_IN_USE');
    expect((await http.delete(path('/objectives/SS-01')).set('Authorization', planner()).expect(409)).body.code).toBe('OBJECTIVE_IN_USE');
    expect((await http.delete(path('/kpis/IKU-09')).set('Authorization', planner()).expect(404)).body.code).toBe('KPI_NOT_FOUND');
    expect((await http.delete(path('/initiatives/P-09')).set('Authorization', planner()).expect(404)).body.code).toBe('INITIATIVE_NOT_FOUND');
    await http.post(path('/strategy-map/links')).set('Authorization', planner()).send({ from: 'SS-02', to: 'SS-01' }).expect(200);
    expect((await http.post(path('/strategy-map/unlink')).set('Authorization', planner()).send({ from: 'SS-01', to: 'SS-02' }).expect(404)).body.code).toBe('LINK_NOT_FOUND');
    await http.post(path('/strategy-map/unlink')).set('Authorization', planner()).send({ from: 'SS-02', to: 'SS-01' }).expect(200);
    await http.delete(path('/kpis/IKU-02')).set('Authorization', planner()).expect(200);
    const removed = await http.delete(path('/objectives/SS-02')).set('Authorization', planner()).expect(200);
    expect(removed.body.eventTypes).toEqual(['objective-removed']);
    const now = await http.get('/scorecards/dpmptsp-2026').set('Authorization', viewer()).expect(200);
    expect(now.body.objectives.map((o: { code: string }) => o.code)).toEqual(['SS-01']);
    expect(now.body.header.title).toBe('Kartu Kinerja DPMPTSP 2026 (draf 2)');
  });

  it('codes named like Object.prototype members: DELETE .../constructor is 404 and the scorecard stays readable and writable', async () => {
    const path = (p: string) => `/scorecards/dpmptsp-2026${p}`;
    const head = await svc.infra.store.headPosition();
    for (const kind of ['kpis', 'perspectives', 'objectives', 'initiatives']) {
      for (const code of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
        const res = await http
          .delete(path(`/${kind}/${code}`))
          .set('Authorization', planner())
          .expect(404);
        expect(res.body.code).toMatch(/_NOT_FOUND$/);
      }
      // "__proto__" does not start with a letter or digit: not a code at all.
      expect(
        (
          await http
            .delete(path(`/${kind}/__proto__`))
            .set('Authorization', planner())
            .expect(400)
        ).body,
      ).toMatchObject({ code: 'INVALID_CODE', details: [{ field: 'code' }] });
    }
    expect(await svc.infra.store.headPosition()).toBe(head);
    const read = await http.get(path('')).set('Authorization', viewer()).expect(200);
    expect(read.body.objectives.map((o: { code: string }) => o.code)).toEqual(['SS-01']);
    // Such a code is an ordinary code: define, read by global id, remove.
    await http
      .put(path('/kpis/constructor'))
      .set('Authorization', planner())
      .send(kpi({ name: 'Kode konstruktor', weight: 10 }))
      .expect(200);
    expect((await http.get('/kpis/dpmptsp-2026.constructor').set('Authorization', viewer()).expect(200)).body.kpi).toMatchObject({ code: 'constructor', kpiId: 'dpmptsp-2026.constructor' });
    await http.get('/kpis/dpmptsp-2026.tostring').set('Authorization', viewer()).expect(404);
    await http.delete(path('/kpis/constructor')).set('Authorization', planner()).expect(200);
    await http.get('/kpis/dpmptsp-2026.constructor').set('Authorization', viewer()).expect(404);
    await http.put(path('/perspectives/PLG')).set('Authorization', planner()).send({ name: 'Masyarakat', order: 1, weight: 100 }).expect(200);
    expect((await http.get(path('')).set('Authorization', viewer()).expect(200)).body.kpis.map((k: { code: string }) => k.code)).toEqual(['IKU-01']);
  });

  it('a path segment that is not a code is 400 INVALID_CODE naming the parameter; nothing is stored', async () => {
    const head = await svc.infra.store.headPosition();
    for (const bad of ['-x', '%20', 'a%23b', '_x', 'x'.repeat(41)]) {
      const res = await http.put(`/scorecards/dpmptsp-2026/perspectives/${bad}`).set('Authorization', planner()).send({ name: 'Masyarakat', order: 1, weight: 100 }).expect(400);
      expect(res.body).toMatchObject({ code: 'INVALID_CODE', details: [{ field: 'code' }] });
      await http.delete(`/scorecards/dpmptsp-2026/kpis/${bad}`).set('Authorization', planner()).expect(400);
    }
    const body = await http
      .put('/scorecards/dpmptsp-2026/kpis/IKU-07')
      .set('Authorization', planner())
      .send(kpi({ objectiveCode: '-SS' }))
      .expect(400);
    expect(body.body.details.map((d: { field: string }) => d.field)).toEqual(['objectiveCode']);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('an initiative needs a schedule: 400 naming schedule / schedule.start / schedule.end, never a 500', async () => {
    const head = await svc.infra.store.headPosition();
    const program = { level: 'program', name: 'Program Perizinan', objectiveCodes: ['SS-01'], budgetCeiling: '1000', ownerUnitId: 'dpmptsp' };
    const put = (body: object) => http.put('/scorecards/dpmptsp-2026/initiatives/PRG-01').set('Authorization', planner()).send(body);
    const fields = async (body: object) => ((await put(body).expect(400)).body.details as Array<{ field: string }>).map((d) => d.field);
    expect(await fields(program)).toEqual(['schedule']);
    expect(await fields({ ...program, schedule: null })).toEqual(['schedule']);
    expect(await fields({ ...program, schedule: '2026' })).toEqual(['schedule']);
    expect(await fields({ ...program, schedule: { end: '2026-12-31' } })).toEqual(['schedule.start']);
    expect(await fields({ ...program, schedule: { start: '2026-01-01' } })).toEqual(['schedule.end']);
    expect(await fields({ ...program, schedule: { start: '2026-06-01', end: '2026-05-31' } })).toEqual(['schedule.end']);
    const doc = { unitId: 'dpmptsp', year: 2026, title: 'x', perspectives: [], objectives: [], links: [], kpis: [], initiatives: [{ ...program, code: 'PRG-01' }] };
    expect(((await http.post('/scorecards/import').set('Authorization', planner()).send(doc).expect(400)).body.details as Array<{ field: string }>).map((d) => d.field)).toEqual([
      'initiatives.0.schedule',
    ]);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('approval refuses a KPI without an owner unit: 422 KPI_OWNER_REQUIRED naming kpis.<code>.ownerUnitId', async () => {
    const path = (p: string) => `/scorecards/dinkes-2027${p}`;
    await http.post('/scorecards').set('Authorization', planner()).send({ unitId: 'dinkes', year: 2027, title: 'Kartu Kinerja Dinkes 2027' }).expect(201);
    await http.put(path('/perspectives/PLG')).set('Authorization', planner()).send({ name: 'Masyarakat', order: 1, weight: 100 }).expect(200);
    await http.put(path('/objectives/SS-01')).set('Authorization', planner()).send({ perspectiveCode: 'PLG', name: 'Sehat' }).expect(200);
    await http
      .put(path('/kpis/IKU-01'))
      .set('Authorization', planner())
      .send(kpi({ ownerUnitId: 'dinkes' }))
      .expect(200);
    await http
      .put(path('/kpis/IKU-02'))
      .set('Authorization', planner())
      .send(kpi({ ownerUnitId: null }))
      .expect(200);
    const refused = await http.post(path('/approve')).set('Authorization', planner()).send({ signedBy: 'Kepala Dinkes' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'KPI_OWNER_REQUIRED', details: [{ field: 'kpis.IKU-02.ownerUnitId', code: 'KPI_OWNER_REQUIRED' }] });
    expect(refused.body.message).toContain('IKU-02');
    expect((await http.get(path('')).set('Authorization', viewer()).expect(200)).body.status).toBe('draft');
    await http
      .put(path('/kpis/IKU-02'))
      .set('Authorization', planner())
      .send(kpi({ ownerUnitId: 'dinkes' }))
      .expect(200);
    await http.post(path('/approve')).set('Authorization', planner()).send({ signedBy: 'Kepala Dinkes' }).expect(200);
  });
});
