import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved } from '@capaian/contracts';
import { numberedMessages, useEvaluationApi } from '../evaluation-api.test-helpers.js';

const message = numberedMessages('7c');

describe('GET /public/:tenant/publications: the public portal answers only what was published (real PGlite, in-process bus, no token)', () => {
  const api = useEvaluationApi();
  const { evaluator } = api;
  const realization = (value: string) =>
    message(api.svc.infra.topics.measurement, 'measurement.realization-recorded', exampleRealizationRecorded({ kpiId: 'dpmptsp-2026.iku-01', unitId: 'dpmptsp', period: 'Y', value, late: false }));
  const plan = exampleScorecardApproved({
    perspectives: [
      { perspectiveId: 'dpmptsp-2026.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '60' },
      { perspectiveId: 'dpmptsp-2026.pbl', code: 'PBL', name: 'Pembelajaran', order: 2, weight: '40' },
    ],
    objectives: [
      { objectiveId: 'dpmptsp-2026.ss-01', code: 'SS-01', perspectiveId: 'dpmptsp-2026.plg', name: 'Meningkatnya kualitas pelayanan', weight: null, contributesTo: null },
      { objectiveId: 'dpmptsp-2026.ss-02', code: 'SS-02', perspectiveId: 'dpmptsp-2026.pbl', name: 'Meningkatnya kompetensi ASN', weight: null, contributesTo: null },
    ],
    links: [{ fromObjectiveId: 'dpmptsp-2026.ss-02', toObjectiveId: 'dpmptsp-2026.ss-01' }],
    kpis: [
      exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] }),
      exampleApprovedKpi({
        kpiId: 'dpmptsp-2026.iku-02',
        code: 'IKU-02',
        objectiveId: 'dpmptsp-2026.ss-02',
        frequency: 'yearly',
        aggregation: 'last',
        yearlyTarget: { value: '50' },
        periodTargets: [],
      }),
    ],
  });
  let published: { units: Array<{ scorecardId: string; score: string | null; band: string | null; rank: number | null }>; position: number };

  beforeAll(async () => {
    await api.bus.publish([
      message(api.svc.infra.topics.planning, 'planning.scorecard-approved', plan),
      realization('60'),
      message(
        api.svc.infra.topics.measurement,
        'measurement.realization-recorded',
        exampleRealizationRecorded({ kpiId: 'dpmptsp-2026.iku-02', unitId: 'dpmptsp', period: 'Y', value: '50', late: false }),
      ),
    ]);
    await api.waitForPosition('dpmptsp-2026', 3);
  }, 60_000);

  it('before anything is published: an empty list, and the period answers 404 without a token', async () => {
    expect((await api.http.get('/public/kab-contoh/publications').expect(200)).body).toEqual({ tenantId: 'kab-contoh', publications: [] });
    const res = await api.http.get('/public/kab-contoh/publications/2026/Y').expect(404);
    expect(res.body).toMatchObject({ code: 'PUBLICATION_NOT_FOUND' });
    await api.http.get('/public/kab-contoh/publications/2026/Y/scorecards/dpmptsp-2026/strategy-map').expect(404);
    await api.http.get('/public/kab-contoh/publications/2026/Y/scorecards/dpmptsp-2026/lkjip').expect(404);
  });

  it('a published period answers its snapshot to anyone; unpublished periods and scorecards stay 404', async () => {
    published = (await api.http.post('/scores/publish').set('Authorization', evaluator()).set('Idempotency-Key', 'public-y').send({ year: 2026, period: 'Y' }).expect(200)).body;
    const [unit] = published.units;
    expect(unit).toMatchObject({ scorecardId: 'dpmptsp-2026', score: expect.any(String) });

    const list = (await api.http.get('/public/kab-contoh/publications').expect(200)).body;
    expect(list.publications).toHaveLength(1);
    const [p] = list.publications;
    expect(p).toMatchObject({ tenantId: 'kab-contoh', year: 2026, period: 'Y', position: published.position, edition: 1, policy: { version: 0 } });
    expect(Date.parse(p.publishedAt)).not.toBeNaN();
    expect(p.units).toEqual([
      expect.objectContaining({
        unitId: 'dpmptsp',
        unitName: plan.unitName,
        title: plan.title,
        planVersion: 1,
        scorecardId: 'dpmptsp-2026',
        score: unit!.score,
        band: expect.objectContaining({ code: unit!.band, label: expect.objectContaining({ id: expect.any(String), en: expect.any(String) }) }),
        rank: unit!.rank,
      }),
    ]);
    expect(p.bands.length).toBeGreaterThan(1);
    const one = (await api.http.get('/public/kab-contoh/publications/2026/Y').expect(200)).body;
    expect(one).toEqual(p);

    // Never published: another period, another year, another tenant.
    for (const path of ['/public/kab-contoh/publications/2026/Q2', '/public/kab-contoh/publications/2025/Y', '/public/kab-lain/publications/2026/Y', '/public/constructor/publications/2026/Y']) {
      expect((await api.http.get(path).expect(404)).body).toMatchObject({ code: 'PUBLICATION_NOT_FOUND' });
    }
    await api.http.get('/public/kab-contoh/publications/2026/Q2/scorecards/dpmptsp-2026/strategy-map').expect(404);
    const absent = await api.http.get('/public/kab-contoh/publications/2026/Y/scorecards/bpkad-2026/strategy-map').expect(404);
    expect(absent.body).toMatchObject({ code: 'SCORECARD_NOT_PUBLISHED' });
    expect((await api.http.get('/public/kab-lain/publications').expect(200)).body).toEqual({ tenantId: 'kab-lain', publications: [] });
  }, 60_000);

  it('the strategy map and the LKjIP of a published scorecard', async () => {
    const map = (await api.http.get('/public/kab-contoh/publications/2026/Y/scorecards/dpmptsp-2026/strategy-map').expect(200)).body;
    expect(map).toMatchObject({ scorecardId: 'dpmptsp-2026', title: plan.title, planVersion: 1, score: published.units[0]!.score, position: published.position });
    expect(map.perspectives.map((p: { code: string }) => p.code)).toEqual(['PLG', 'PBL']);
    expect(map.objectives).toEqual([
      expect.objectContaining({ objectiveId: 'dpmptsp-2026.ss-01', score: '75', band: expect.objectContaining({ code: expect.any(String) }) }),
      expect.objectContaining({ objectiveId: 'dpmptsp-2026.ss-02', score: '100' }),
    ]);
    expect(map.links).toEqual([{ fromObjectiveId: 'dpmptsp-2026.ss-02', toObjectiveId: 'dpmptsp-2026.ss-01' }]);

    const pdf = await api.http
      .get('/public/kab-contoh/publications/2026/Y/scorecards/dpmptsp-2026/lkjip')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('a later realization changes the live score, never the published one', async () => {
    await api.bus.publish([realization('80')]);
    await api.waitForPosition('dpmptsp-2026', 4);
    const live = (await api.get('/scores/scorecards/dpmptsp-2026').expect(200)).body;
    expect(live.score.score).not.toBe(published.units[0]!.score);

    const after = (await api.http.get('/public/kab-contoh/publications/2026/Y').expect(200)).body;
    expect(after.units[0]).toMatchObject({ score: published.units[0]!.score, band: expect.objectContaining({ code: published.units[0]!.band }) });
    const map = (await api.http.get('/public/kab-contoh/publications/2026/Y/scorecards/dpmptsp-2026/strategy-map').expect(200)).body;
    expect(map.objectives[0]).toMatchObject({ objectiveId: 'dpmptsp-2026.ss-01', score: '75' });
    expect((await api.http.get('/public/kab-contoh/publications').expect(200)).body.publications[0].units[0].score).toBe(published.units[0]!.score);

    // A second publication of the period is the one shown from then on (edition 2), with the new score.
    await api.http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    const second = (await api.http.get('/public/kab-contoh/publications/2026/Y').expect(200)).body;
    expect(second).toMatchObject({ edition: 2, units: [expect.objectContaining({ score: live.score.score })] });
  }, 60_000);

  it('path parameters are checked: 400 naming the field; odd tenant names do not fail', async () => {
    for (const [path, field, code] of [
      ['/public/Kab_Contoh/publications', 'tenant', 'INVALID_TENANT'],
      ['/public/__proto__/publications', 'tenant', 'INVALID_TENANT'],
      ['/public/kab-contoh/publications/1999/Y', 'year', 'INVALID_YEAR'],
      ['/public/kab-contoh/publications/20x6/Y', 'year', 'INVALID_YEAR'],
      ['/public/kab-contoh/publications/2026/Q5', 'period', 'INVALID_PERIOD'],
      ['/public/kab-contoh/publications/2026/Y/scorecards/..%2Fx/strategy-map', 'scorecardId', 'INVALID_SCORECARD'],
    ] as const) {
      const res = await api.http.get(path);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code, field, details: [{ field }] });
    }
    for (const tenant of ['constructor', 'prototype', 'tostring', 'hasownproperty']) {
      expect((await api.http.get(`/public/${tenant}/publications`).expect(200)).body).toEqual({ tenantId: tenant, publications: [] });
    }
  });
});
