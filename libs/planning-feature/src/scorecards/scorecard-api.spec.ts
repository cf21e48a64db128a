import { exampleApprovedKpi, parseIntegrationEvent, type ScorecardApprovedV1 } from '@capaian/contracts';
import type { DeliveredMessage } from '@capaian/messaging';
import type { TestService } from '@capaian/platform';
import { kpiBody as kpi, startPlanningApi, type PlanningApi } from './scorecard-api.test-helpers.js';

/**
 * The scorecard API end to end on one planning service (real PGlite store, in-process bus):
 * the plan of the Bupati and of one OPD cascaded from it. Tests share the service (a PGlite start
 * costs seconds) and build on each other in order, like a planner's year.
 */
describe('scorecards API (planning, real PGlite store, in-process bus)', () => {
  let svc: TestService;
  let http: PlanningApi['http'];
  let planner: () => string;
  let viewer: () => string;
  const published: DeliveredMessage[] = [];

  beforeAll(async () => {
    ({ svc, http, planner, viewer } = await startPlanningApi());
    await svc.infra.bus.consume({ groupId: 'contract-test', topics: [svc.infra.topics.planning], fromBeginning: true, handler: async (m) => void published.push(m) });
  });
  afterAll(() => svc.close());

  it('creates the Bupati scorecard (201, ETag, Location); 409 for a second one; 422 for an unknown unit; 400 names bad fields', async () => {
    const body = { unitId: 'pemda', year: 2026, title: 'Kartu Kinerja Bupati 2026', vision: 'Contoh maju', missions: ['Pelayanan prima'], goals: ['Investasi naik'] };
    const res = await http.post('/scorecards').set('Authorization', planner()).send(body).expect(201);
    expect(res.body).toMatchObject({ scorecardId: 'pemda-2026', revision: 0, replayed: false, eventTypes: ['scorecard-created'] });
    expect(res.headers['etag']).toBe('"0"');
    expect(res.headers['location']).toBe('/scorecards/pemda-2026');
    expect((await http.post('/scorecards').set('Authorization', planner()).send(body).expect(409)).body.code).toBe('SCORECARD_EXISTS');
    expect(
      (
        await http
          .post('/scorecards')
          .set('Authorization', planner())
          .send({ ...body, unitId: 'nope' })
          .expect(422)
      ).body,
    ).toMatchObject({ code: 'UNKNOWN_UNIT', details: [{ field: 'unitId' }] });
    const bad = await http.post('/scorecards').set('Authorization', planner()).send({ unitId: 'pemda', year: 26, title: '', theme: 'SPBE!' }).expect(400);
    expect((bad.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['theme', 'title', 'year']);
    await http
      .post('/scorecards')
      .set('Authorization', `Bearer ${svc.token('unit_operator', 'dpmptsp')}`)
      .send(body)
      .expect(403);
  });

  it('builds the plan: perspectives, objectives, strategy map (cycle rejected), KPIs with every attribute', async () => {
    const put = (path: string, body: object) => http.put(`/scorecards/pemda-2026${path}`).set('Authorization', planner()).send(body);
    await put('/perspectives/PLG', { name: 'Masyarakat', order: 1, weight: 60 }).expect(200);
    await put('/perspectives/PBI', { name: 'Proses Bisnis Internal', order: 2, weight: '30' }).expect(200);
    await put('/objectives/SS-01', { perspectiveCode: 'PLG', name: 'Pelayanan publik prima' }).expect(200);
    await put('/objectives/SS-02', { perspectiveCode: 'PBI', name: 'Proses layanan digital' }).expect(200);
    expect((await put('/objectives/SS-09', { perspectiveCode: 'KEU', name: 'x' }).expect(422)).body).toMatchObject({ code: 'UNKNOWN_PERSPECTIVE', details: [{ field: 'perspectiveCode' }] });
    await http.post('/scorecards/pemda-2026/strategy-map/links').set('Authorization', planner()).send({ from: 'SS-02', to: 'SS-01' }).expect(200);
    const cycle = await http.post('/scorecards/pemda-2026/strategy-map/links').set('Authorization', planner()).send({ from: 'SS-01', to: 'SS-02' }).expect(422);
    expect(cycle.body).toMatchObject({ code: 'STRATEGY_MAP_CYCLE', details: [{ field: 'to' }] });

    const ikm = await put('/kpis/IKU-01', kpi()).expect(200);
    expect(ikm.body.eventTypes).toEqual(['scorecard-kpi-defined']);
    await put(
      '/kpis/IKU-02',
      kpi({
        name: 'Opini BPK',
        objectiveCode: 'SS-02',
        ownerUnitId: 'pemda',
        valueType: 'categorical',
        grades: ['WTP', 'WDP', 'TW', 'TMP'],
        aggregation: 'last',
        frequency: 'yearly',
        baseline: 'WDP',
        yearlyTarget: 'WTP',
        periodTargets: {},
        endOfTermTarget: 'WTP',
      }),
    ).expect(200);
    await put(
      '/kpis/IKU-03',
      kpi({
        name: 'Inflasi',
        objectiveCode: 'SS-02',
        ownerUnitId: 'pemda',
        polarity: 'range',
        valueType: 'percent',
        aggregation: 'last',
        baseline: '3.1',
        yearlyTarget: { min: 2, max: 4 },
        periodTargets: { Q4: { min: '2', max: '4' } },
        endOfTermTarget: { min: '2', max: '4' },
      }),
    ).expect(200);
    await put('/kpis/IKU-04', kpi({ name: 'Izin terbit', unitOfMeasure: 'izin', aggregation: 'sum', yearlyTarget: 1200, periodTargets: { Q1: 300, Q2: 300, Q3: 300, Q4: 300 }, weight: 50 })).expect(
      200,
    );

    const got = await http.get('/kpis/pemda-2026.iku-03').set('Authorization', viewer()).expect(200);
    expect(got.body.kpi).toMatchObject({ polarity: 'range', yearlyTarget: { min: '2', max: '4' }, periodTargets: { Q4: { min: '2', max: '4' } } });
    expect(got.headers['etag']).toBe(`"${got.body.revision}"`);
  });

  it('400 for malformed KPI bodies (each field named); 422 for broken rules; nothing is stored', async () => {
    const head = await svc.infra.store.headPosition();
    const bad = await http
      .put('/scorecards/pemda-2026/kpis/IKU-05')
      .set('Authorization', planner())
      .send(kpi({ polarity: 'up', weight: '1,5', yearlyTarget: { low: 1 }, periodTargets: { Q5: 1 }, thresholds: { green: 'x' }, extra: true }))
      .expect(400);
    expect((bad.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual([
      'extra',
      'periodTargets',
      'polarity',
      'thresholds.green',
      'thresholds.yellow',
      'weight',
      'yearlyTarget',
    ]);
    const rule = await http
      .put('/scorecards/pemda-2026/kpis/IKU-05')
      .set('Authorization', planner())
      .send(kpi({ periodTargets: { M01: 1 }, ownerUnitId: 'ghost' }))
      .expect(422);
    expect(rule.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['ownerUnitId', 'UNKNOWN_UNIT'],
      ['periodTargets.M01', 'PERIOD_NOT_IN_FREQUENCY'],
    ]);
    await http.put('/scorecards/nope-2026/kpis/IKU-01').set('Authorization', planner()).send(kpi()).expect(404);
    await http.put('/scorecards/pemda-2026/kpis/IKU-01').set('Authorization', planner()).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('If-Match: a stale ETag is 412 and writes nothing; the same Idempotency-Key replays the first answer', async () => {
    const current = await http.get('/scorecards/pemda-2026').set('Authorization', viewer()).expect(200);
    const etag = current.headers['etag']!;
    const program = {
      level: 'program',
      name: 'Program Pelayanan Perizinan',
      objectiveCodes: ['SS-01'],
      budgetCeiling: 1500000000,
      ownerUnitId: 'dpmptsp',
      schedule: { start: '2026-01-02', end: '2026-12-31' },
    };
    const send = () => http.put('/scorecards/pemda-2026/initiatives/P-01').set('Authorization', planner()).set('If-Match', etag).set('Idempotency-Key', 'init-p01').send(program).expect(200);
    const first = await send();
    const again = await send();
    expect(again.body).toEqual({ ...first.body, replayed: true });
    const stale = await http.put('/scorecards/pemda-2026/perspectives/PLG').set('Authorization', planner()).set('If-Match', etag).send({ name: 'Masyarakat', order: 1, weight: 70 }).expect(412);
    expect(stale.body).toMatchObject({ code: 'STALE_ETAG', details: [{ field: 'If-Match', currentETag: first.headers['etag'] }] });
    const kegiatan = await http
      .put('/scorecards/pemda-2026/initiatives/K-01')
      .set('Authorization', planner())
      .send({ level: 'kegiatan', parentCode: 'P-01', name: 'Kegiatan', objectiveCodes: [], budgetCeiling: '2000000000', ownerUnitId: 'dpmptsp', schedule: { start: '2026-01-02', end: '2026-06-30' } })
      .expect(422);
    expect(kegiatan.body.code).toBe('BUDGET_EXCEEDS_PARENT');
  });

  it('approval: 422 while perspective weights sum to 90, then version 1 locks the plan and is published', async () => {
    const notHundred = await http.post('/scorecards/pemda-2026/approve').set('Authorization', planner()).send({ signedBy: 'Bupati Contoh' }).expect(422);
    expect(notHundred.body).toMatchObject({ code: 'PERSPECTIVE_WEIGHTS_NOT_100' });
    expect(notHundred.body.message).toContain('90');
    await http.put('/scorecards/pemda-2026/perspectives/PBI').set('Authorization', planner()).send({ name: 'Proses Bisnis Internal', order: 2, weight: 40 }).expect(200);
    const approved = await http.post('/scorecards/pemda-2026/approve').set('Authorization', planner()).set('x-correlation-id', 'pk-2026').send({ signedBy: 'Bupati Contoh' }).expect(200);
    expect(approved.body.eventTypes).toEqual(['scorecard-approved']);
    const locked = await http
      .put('/scorecards/pemda-2026/kpis/IKU-01')
      .set('Authorization', planner())
      .send(kpi({ yearlyTarget: 85 }))
      .expect(409);
    expect(locked.body.code).toBe('SCORECARD_LOCKED');
    await http.post('/scorecards/pemda-2026/approve').set('Authorization', planner()).send({ signedBy: 'Bupati Contoh' }).expect(409);
  });

  it('contract: publishes planning.scorecard-approved v1 with the whole plan, keyed by the scorecard', async () => {
    const deadline = Date.now() + 5000;
    const mine = () => published.filter((m) => m.type === 'planning.scorecard-approved' && m.key === 'kab-contoh.pemda-2026');
    while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(mine()).toHaveLength(1);
    const m = mine()[0]!;
    const event = parseIntegrationEvent(m.payload);
    expect(m).toMatchObject({ schemaVersion: 1, eventId: event.eventId, correlationId: 'pk-2026' });
    expect(event).toMatchObject({ type: 'planning.scorecard-approved', tenantId: 'kab-contoh', aggregateId: 'pemda-2026', actor: 'planner-tester' });
    const d = event.data as ScorecardApprovedV1;
    expect(d).toMatchObject({ scorecardId: 'pemda-2026', unitId: 'pemda', unitKind: 'pemda', parentUnitId: null, year: 2026, version: 1, signedBy: 'Bupati Contoh', revisionReason: null });
    expect(d.perspectives.map((p) => [p.perspectiveId, p.weight])).toEqual([
      ['pemda-2026.plg', '60'],
      ['pemda-2026.pbi', '40'],
    ]);
    expect(d.links).toEqual([{ fromObjectiveId: 'pemda-2026.ss-02', toObjectiveId: 'pemda-2026.ss-01' }]);
    // kpi() sends the catalog's example KPI: it comes back under this scorecard's ids and texts.
    expect(d.kpis.find((k) => k.kpiId === 'pemda-2026.iku-01')).toEqual(
      exampleApprovedKpi({ kpiId: 'pemda-2026.iku-01', objectiveId: 'pemda-2026.ss-01', name: 'Indeks Kepuasan Masyarakat', definition: 'Survei IKM', dataSource: 'Survei IKM' }),
    );
    expect(d.kpis.find((k) => k.code === 'IKU-02')).toMatchObject({ valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'], yearlyTarget: { value: 'WTP' } });
    expect(d.initiatives).toEqual([
      {
        initiativeId: 'pemda-2026.p-01',
        code: 'P-01',
        level: 'program',
        name: 'Program Pelayanan Perizinan',
        parentId: null,
        objectiveIds: ['pemda-2026.ss-01'],
        budgetCeiling: '1500000000',
        ownerUnitId: 'dpmptsp',
        start: '2026-01-02',
        end: '2026-12-31',
      },
    ]);
  });

  it('cascades to an OPD: direct (share of the parent target) and indirect; the performance tree flags the gaps', async () => {
    await http.post('/scorecards').set('Authorization', planner()).send({ unitId: 'dpmptsp', year: 2026, title: 'Kartu Kinerja DPMPTSP 2026' }).expect(201);
    const put = (path: string, body: object) => http.put(`/scorecards/dpmptsp-2026${path}`).set('Authorization', planner()).send(body);
    await put('/perspectives/PLG', { name: 'Masyarakat', order: 1, weight: 100 }).expect(200);
    await put('/objectives/SS-01', { perspectiveCode: 'PLG', name: 'Izin cepat', contributesTo: 'pemda-2026.ss-01' }).expect(200);
    await put('/objectives/SS-02', { perspectiveCode: 'PLG', name: 'Tanpa induk' }).expect(200);
    expect((await put('/objectives/SS-03', { perspectiveCode: 'PLG', name: 'x', contributesTo: 'pemda-2026.ss-77' }).expect(422)).body.code).toBe('PARENT_OBJECTIVE_NOT_FOUND');
    const share = await put('/kpis/IKU-01', {
      ...kpi({ name: 'Izin terbit', unitOfMeasure: 'izin', aggregation: 'sum', yearlyTarget: undefined, periodTargets: undefined }),
      cascadedFrom: { kpiId: 'pemda-2026.iku-04', share: 50 },
    }).expect(200);
    expect(share.body.eventTypes).toEqual(['scorecard-kpi-defined']);
    const derived = await http.get('/kpis/dpmptsp-2026.iku-01').set('Authorization', viewer()).expect(200);
    expect(derived.body.kpi).toMatchObject({ yearlyTarget: { value: '600' }, periodTargets: { Q1: { value: '150' } }, cascadedFrom: { kpiId: 'pemda-2026.iku-04', share: '50' } });
    await put('/kpis/IKU-02', kpi({ objectiveCode: 'SS-02', level: 'process', dataSource: undefined, yearlyTarget: undefined, periodTargets: undefined })).expect(200);

    const tree = await http.get('/org/units/pemda/performance-tree?year=2026').set('Authorization', viewer()).expect(200);
    expect(tree.body.root.scorecards.map((s: { scorecardId: string; status: string }) => [s.scorecardId, s.status])).toEqual([['pemda-2026', 'approved']]);
    expect(tree.body.root.children.map((c: { unitId: string }) => c.unitId)).toEqual(['dpmptsp']);
    expect(tree.body.gaps.map((g: { type: string; itemId: string }) => [g.type, g.itemId])).toEqual([
      ['orphan_objective', 'dpmptsp-2026.ss-02'],
      ['objective_without_result_kpi', 'dpmptsp-2026.ss-02'],
      ['kpi_without_target', 'dpmptsp-2026.iku-02'],
      ['kpi_without_data_source', 'dpmptsp-2026.iku-02'],
    ]);
    await http.get('/org/units/pemda/performance-tree?year=26').set('Authorization', viewer()).expect(400);
    await http.get('/org/units/ghost/performance-tree?year=2026').set('Authorization', viewer()).expect(404);
  });

  it('revision with a reason -> version 2; every earlier version stays readable (?asOf, /versions/1, /history)', async () => {
    const beforeRevision = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 15));
    expect((await http.post('/scorecards/pemda-2026/revisions').set('Authorization', planner()).send({}).expect(400)).body.details[0].field).toBe('reason');
    await http.post('/scorecards/pemda-2026/revisions').set('Authorization', planner()).send({ reason: 'Perubahan APBD 2026' }).expect(200);
    await http
      .put('/scorecards/pemda-2026/kpis/IKU-01')
      .set('Authorization', planner())
      .send(kpi({ yearlyTarget: 84 }))
      .expect(200);
    await http.post('/scorecards/pemda-2026/approve').set('Authorization', planner()).send({ signedBy: 'Bupati Contoh' }).expect(200);

    const now = await http.get('/scorecards/pemda-2026').set('Authorization', viewer()).expect(200);
    expect(now.body).toMatchObject({
      status: 'approved',
      version: 2,
      approvals: [
        { version: 1, reason: null },
        { version: 2, reason: 'Perubahan APBD 2026' },
      ],
    });
    expect(now.body.kpis.find((k: { code: string }) => k.code === 'IKU-01').yearlyTarget).toEqual({ value: '84' });
    const then = await http
      .get(`/scorecards/pemda-2026?asOf=${encodeURIComponent(beforeRevision)}`)
      .set('Authorization', viewer())
      .expect(200);
    expect(then.body).toMatchObject({ status: 'approved', version: 1, asOf: beforeRevision });
    expect(then.body.kpis.find((k: { code: string }) => k.code === 'IKU-01').yearlyTarget).toEqual({ value: '82.5' });
    expect(Number(then.headers['etag']!.replace(/"/g, ''))).toBeLessThan(Number(now.headers['etag']!.replace(/"/g, '')));
    await http.get('/scorecards/pemda-2026?asOf=2020-01-01T00:00:00Z').set('Authorization', viewer()).expect(404);
    await http.get('/scorecards/pemda-2026?asOf=kemarin').set('Authorization', viewer()).expect(400);

    const v1 = await http.get('/scorecards/pemda-2026/versions/1').set('Authorization', viewer()).expect(200);
    expect(v1.body.snapshot.kpis.find((k: { code: string }) => k.code === 'IKU-01').yearlyTarget).toEqual({ value: '82.5' });
    await http.get('/scorecards/pemda-2026/versions/3').set('Authorization', viewer()).expect(404);
    const history = await http.get('/scorecards/pemda-2026/history?item=IKU-01').set('Authorization', viewer()).expect(200);
    expect(history.body.map((h: { type: string }) => h.type)).toEqual(['scorecard-kpi-defined', 'scorecard-kpi-defined']);
    expect(history.body[1]).toMatchObject({ actor: 'planner-tester', data: { kpi: { yearlyTarget: { value: '84' } } } });

    const deadline = Date.now() + 5000;
    const versions = () => published.filter((m) => m.key === 'kab-contoh.pemda-2026').map((m) => m.type);
    while (versions().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(versions()).toEqual(['planning.scorecard-approved', 'planning.scorecard-revision-opened', 'planning.scorecard-approved']);
  });

  it("lists the tenant's scorecards; another tenant sees none of them", async () => {
    const list = await http.get('/scorecards?year=2026').set('Authorization', viewer()).expect(200);
    expect(list.body.map((s: { scorecardId: string; status: string }) => [s.scorecardId, s.status])).toEqual([
      ['dpmptsp-2026', 'draft'],
      ['pemda-2026', 'approved'],
    ]);
    expect(list.body.map((s: { perspectives: number; objectives: number; kpis: number }) => [s.perspectives, s.objectives, s.kpis])).toEqual([
      [1, 2, 2],
      [2, 2, 4],
    ]);
    expect(
      (
        await http
          .get('/scorecards')
          .set('Authorization', `Bearer ${svc.token('viewer', undefined, 'kota-lain')}`)
          .expect(200)
      ).body,
    ).toEqual([]);
    await http
      .get('/scorecards/pemda-2026')
      .set('Authorization', `Bearer ${svc.token('viewer', undefined, 'kota-lain')}`)
      .expect(404);
  });
});
