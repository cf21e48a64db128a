import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved } from '@capaian/contracts';
import { DEFAULT_SCORING_POLICY } from '@capaian/scoring';
import { numberedMessages, useEvaluationApi } from '../evaluation-api.test-helpers.js';

const message = numberedMessages('1e');

const dpmptsp = exampleScorecardApproved({
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', weight: '60', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] }),
    exampleApprovedKpi({
      kpiId: 'dpmptsp-2026.iku-02',
      code: 'IKU-02',
      name: 'Waktu layanan',
      weight: '40',
      polarity: 'lower_is_better',
      frequency: 'yearly',
      aggregation: 'last',
      yearlyTarget: { value: '5' },
      periodTargets: [],
    }),
  ],
});
const dinkes = exampleScorecardApproved({
  scorecardId: 'dinkes-2026',
  unitId: 'dinkes',
  unitName: 'Dinas Kesehatan',
  kpis: [exampleApprovedKpi({ kpiId: 'dinkes-2026.iku-01', ownerUnitId: 'dinkes', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] })],
  initiatives: [],
});
const value = (kpiId: string, unitId: string, v: string, at: string, valueRevision = 1) =>
  valueRevision === 1
    ? exampleRealizationRecorded({ realizationId: `${kpiId}-y`, kpiId, unitId, year: 2026, period: 'Y', value: v, valueRevision: 1, submittedAt: at, deadline: at })
    : {
        ...exampleRealizationRecorded({ realizationId: `${kpiId}-y`, kpiId, unitId, year: 2026, period: 'Y', value: v, valueRevision, submittedAt: at, deadline: at }),
        reason: 'Koreksi rekap',
        supersedesRevision: valueRevision - 1,
        previousValue: '0',
      };

describe('scores API: scorecard score, as-of, timeline, what-if, policy versions, ranking, rebuild (real PGlite, in-process bus)', () => {
  const api = useEvaluationApi();
  const { evaluator, get } = api;

  beforeAll(async () => {
    const { bus, svc } = api;
    const { planning, measurement } = svc.infra.topics;
    await bus.publish([
      message(planning, 'planning.scorecard-approved', dpmptsp, '2026-01-10T00:00:00.000Z'),
      message(planning, 'planning.scorecard-approved', dinkes, '2026-01-10T00:00:00.000Z'),
      message(measurement, 'measurement.realization-recorded', value('dpmptsp-2026.iku-01', 'dpmptsp', '88', '2026-03-01T00:00:00.000Z'), '2026-03-01T00:00:00.000Z'),
      message(measurement, 'measurement.realization-recorded', value('dpmptsp-2026.iku-02', 'dpmptsp', '4', '2026-03-02T00:00:00.000Z'), '2026-03-02T00:00:00.000Z'),
      message(measurement, 'measurement.realization-recorded', value('dinkes-2026.iku-01', 'dinkes', '60', '2026-03-03T00:00:00.000Z'), '2026-03-03T00:00:00.000Z'),
      message(measurement, 'measurement.realization-corrected', value('dpmptsp-2026.iku-01', 'dpmptsp', '72', '2026-06-01T00:00:00.000Z', 2), '2026-06-01T00:00:00.000Z'),
    ]);
    await api.waitForPosition('dpmptsp-2026', 6);
  });

  it('scores a scorecard now, naming the policy and the positions; the corrected value counts', async () => {
    const r = await get('/scores/scorecards/dpmptsp-2026').expect(200);
    expect(r.body).toMatchObject({ scorecardId: 'dpmptsp-2026', period: 'Y', policy: { policyId: 'permendagri-86-2017', version: 0 }, positions: { from: 1, to: 6 } });
    // IKM 72/80 = 90 (weight 60), time 5/4 = 125 -> cap 120 (weight 40): 0.6 x 90 + 0.4 x 120 = 102
    expect(r.body.score.score).toBe('102');
    expect(r.body.score.band.code).toBe('sangat_tinggi');
    await get('/scores/scorecards/nope-2026').expect(404);
    await get('/scores/scorecards/dpmptsp-2026?period=Q5').expect(400);
    await api.http.get('/scores/scorecards/dpmptsp-2026').expect(401);
  });

  it('as of an instant shows what was known then (before the correction: 88)', async () => {
    const r = await get('/scores/scorecards/dpmptsp-2026?asOf=2026-04-01T00:00:00Z').expect(200);
    // 88/80 = 110 (60) and 120 (40): 66 + 48 = 114
    expect(r.body.score.score).toBe('114');
    expect(r.body.positions.to).toBeLessThan(6);
    await get('/scores/scorecards/dpmptsp-2026?asOf=2025-01-01T00:00:00Z').expect(404);
    await get('/scores/scorecards/dpmptsp-2026?asOf=kemarin').expect(400);
  });

  it('the timeline shows each event that moved the score', async () => {
    const r = await get('/scores/scorecards/dpmptsp-2026/timeline').expect(200);
    expect(r.body.points.map((p: { eventType: string; score: string | null }) => [p.eventType, p.score])).toEqual([
      ['planning.scorecard-approved', null],
      ['measurement.realization-recorded', '110'], // only IKM measurable yet: 88/80
      ['measurement.realization-recorded', '114'],
      ['measurement.realization-corrected', '102'],
    ]);
    expect(r.body.points.map((p: { scoreDisplay: string | null; changeDisplay: string | null }) => [p.scoreDisplay, p.changeDisplay])).toEqual([
      [null, null],
      ['110.00', null],
      ['114.00', '4.00'],
      ['102.00', '-12.00'],
    ]);
    expect((await get('/scores/scorecards/dpmptsp-2026/timeline').expect(200)).body).toEqual(r.body);
  });

  it('a new policy version changes the score; the old version still reproduces the old score; what-if shows both', async () => {
    const { version: _v, ...base } = DEFAULT_SCORING_POLICY;
    const defaultScore = (await get('/scores/scorecards/dpmptsp-2026').expect(200)).body;
    const defaultTimeline = (await get('/scores/scorecards/dpmptsp-2026/timeline').expect(200)).body;
    const defaultRanking = (await get('/scores/rankings/2026').expect(200)).body;
    const capped100 = { ...base, policyId: 'kab-contoh-2026', achievement: { ...base.achievement, cap: '100' }, bands: base.bands };
    await api.http
      .put('/policies/2026')
      .set('Authorization', `Bearer ${api.svc.token('planner')}`)
      .send({ policy: capped100, reason: 'Cap 100' })
      .expect(403);
    const bad = await api.http
      .put('/policies/2026')
      .set('Authorization', evaluator())
      .send({ policy: { ...capped100, achievement: { ...capped100.achievement, cap: 'seratus' } }, reason: 'Cap 100' })
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'INVALID_POLICY', details: [expect.objectContaining({ field: 'policy.achievement.cap' })] });
    const set = await api.http.put('/policies/2026').set('Authorization', evaluator()).send({ policy: capped100, reason: 'Cap 100 sesuai Perbup' }).expect(200);
    // The service names the tenant's version; the client's policyId is not an identity.
    expect(set.body.current).toMatchObject({ policyId: 'scoring-policy-kab-contoh.2026', version: 1 });

    const now = await get('/scores/scorecards/dpmptsp-2026').expect(200);
    expect(now.body).toMatchObject({ policy: { policyId: 'scoring-policy-kab-contoh.2026', version: 1 } });
    expect(now.body.score.score).toBe('94'); // 0.6 x 90 + 0.4 x 100

    // The default is version 0: it reproduces the scores computed before the change exactly, under another identity.
    const reproduced = await get(`/scores/scorecards/dpmptsp-2026?policyVersion=${defaultScore.policy.version}`).expect(200);
    expect(reproduced.body).toEqual(defaultScore);
    expect(reproduced.body.policy).not.toEqual(now.body.policy);
    expect((await get('/scores/scorecards/dpmptsp-2026/timeline?policyVersion=0').expect(200)).body).toEqual(defaultTimeline);
    expect((await get('/scores/rankings/2026?policyVersion=0').expect(200)).body).toEqual(defaultRanking);
    const whatIfDefault = await api.http.post('/scores/scorecards/dpmptsp-2026/what-if').set('Authorization', evaluator()).send({ policyVersion: 0 }).expect(200);
    expect(whatIfDefault.body.whatIf).toEqual({ policy: { policyId: 'permendagri-86-2017', version: 0 }, score: '102', scoreDisplay: '102.00', band: 'sangat_tinggi' });
    expect(whatIfDefault.body.actual.policy).toEqual({ policyId: 'scoring-policy-kab-contoh.2026', version: 1 });
    await get('/scores/scorecards/dpmptsp-2026?policyVersion=-1').expect(400);

    const whatIf = await api.http
      .post('/scores/scorecards/dpmptsp-2026/what-if')
      .set('Authorization', evaluator())
      .send({ policy: { ...DEFAULT_SCORING_POLICY } })
      .expect(200);
    expect(whatIf.body.actual).toMatchObject({ score: '94', policy: { policyId: 'scoring-policy-kab-contoh.2026' } });
    expect(whatIf.body.whatIf).toMatchObject({ score: '102', policy: { policyId: 'permendagri-86-2017' } });
    expect(whatIf.body.kpis.find((k: { kpiId: string }) => k.kpiId === 'dpmptsp-2026.iku-02')).toMatchObject({ actual: '100', whatIf: '120' });
    await api.http.post('/scores/scorecards/dpmptsp-2026/what-if').set('Authorization', evaluator()).send({}).expect(400);
    await api.http.post('/scores/scorecards/dpmptsp-2026/what-if').set('Authorization', evaluator()).send({ policyVersion: 9 }).expect(404);
    // Version 2 (cap 150); version 1 still reproduces 94, to the digit.
    const v2 = await api.http
      .put('/policies/2026')
      .set('Authorization', evaluator())
      .send({ policy: { ...capped100, achievement: { ...capped100.achievement, cap: '150' } }, reason: 'Cap 150 mulai TW III' })
      .expect(200);
    expect(v2.body.current).toMatchObject({ version: 2 });
    expect((await get('/scores/scorecards/dpmptsp-2026').expect(200)).body).toMatchObject({ policy: { version: 2 }, score: { score: '104' } }); // 0.6 x 90 + 0.4 x 125
    expect((await get('/scores/scorecards/dpmptsp-2026?policyVersion=1').expect(200)).body).toMatchObject({
      policy: { policyId: 'scoring-policy-kab-contoh.2026', version: 1 },
      score: { score: '94' },
    });
    await get('/scores/scorecards/dpmptsp-2026?policyVersion=7').expect(404);
    const policies = await get('/policies/2026').expect(200);
    expect(policies.body.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([
      ['permendagri-86-2017', 0],
      ['scoring-policy-kab-contoh.2026', 1],
      ['scoring-policy-kab-contoh.2026', 2],
    ]);
    expect(policies.body.default).toMatchObject({ policyId: 'permendagri-86-2017', version: 0 });
  });

  it('GET /achievements answers from the same computation as /scores, under the policy in force, with display values', async () => {
    const score = (await get('/scores/scorecards/dpmptsp-2026').expect(200)).body;
    const achievement = (await get('/achievements/dpmptsp-2026.iku-02').expect(200)).body;
    const kpi = score.kpis.find((k: { kpiId: string }) => k.kpiId === 'dpmptsp-2026.iku-02');
    // Policy version 2 (cap 150): 5 / 4 = 125, not the default's 120.
    expect(achievement).toMatchObject({ policyId: 'scoring-policy-kab-contoh.2026', policy: { version: 2 }, scorecardId: 'dpmptsp-2026', yearlyTarget: '5' });
    expect(achievement.periods).toEqual([expect.objectContaining({ period: 'Y', realization: '4', status: 'submitted', achievement: kpi.periods[0].achievement, achievementDisplay: '125.00' })]);
    expect(achievement.yearAchievement.achievement).toEqual(kpi.year.achievement);
    expect(kpi.year.achievement).toMatchObject({ percent: '125', percentDisplay: '125.00' });
    expect(score.score).toMatchObject({ score: '104', scoreDisplay: '104.00' });
    expect(score.score.perspectives[0]).toMatchObject({ scoreDisplay: expect.stringMatching(/^\d+\.\d{2}$/) });
    expect((await get('/achievements/dpmptsp-2026.iku-02?policyVersion=0').expect(200)).body.periods[0].achievement).toMatchObject({ percent: '120', percentDisplay: '120.00' });
    await get('/achievements/dpmptsp-2026.iku-02?policyVersion=x').expect(400);
  });

  it('ranks the OPDs of the tenant', async () => {
    const r = await get('/scores/rankings/2026').expect(200);
    expect(r.body.ranking.map((u: { rank: number; unitId: string; score: string; scoreDisplay: string }) => [u.rank, u.unitId, u.score, u.scoreDisplay])).toEqual([
      [1, 'dpmptsp', '104', '104.00'],
      [2, 'dinkes', '75', '75.00'],
    ]);
    expect(r.body.units.map((u: { unitId: string; scoreDisplay: string }) => [u.unitId, u.scoreDisplay])).toEqual([
      ['dinkes', '75.00'],
      ['dpmptsp', '104.00'],
    ]);
    expect(r.body.policy).toEqual({ policyId: 'scoring-policy-kab-contoh.2026', version: 2 });
    await get('/scores/rankings/26').expect(400);
  });

  it('rebuild: dropping the projections and folding the store again gives exactly the live answers', async () => {
    const paths = ['/scores/scorecards/dpmptsp-2026', '/scores/scorecards/dinkes-2026', '/scores/rankings/2026', '/achievements/dpmptsp-2026.iku-01', '/scores/scorecards/dpmptsp-2026/timeline'];
    const live = await Promise.all(paths.map(async (p) => (await get(p).expect(200)).body));
    await api.http.post('/admin/rebuild').set('Authorization', evaluator()).expect(403);
    const rebuilt = await api.http
      .post('/admin/rebuild')
      .set('Authorization', `Bearer ${api.svc.token('admin')}`)
      .expect(200);
    expect(rebuilt.body).toMatchObject({ events: 6, position: 6, summary: { scorecards: 2, kpiPeriods: 3 } });
    const after = await Promise.all(paths.map(async (p) => (await get(p).expect(200)).body));
    expect(after).toEqual(live);
    const metrics = await api.metrics();
    expect(metrics.split('\n').filter((l) => l.startsWith('capaian_projection_lag_events'))).toEqual([expect.stringMatching(/projection="evaluation.achievements".* 0$/)]);
  });
});
